"""Keep TileDB-Py's default context in step with the session.

TileDB-Py keeps its default ``tiledb.Ctx`` in a context variable
(``tiledb.ctx._ctx_var``) and offers no public way to replace it once it
exists.  After a login we build a new context from the old one's
configuration with the ``rest.*`` credentials and ``ssl.ca_file`` replaced,
and set it in that variable.  When no default context exists yet nothing is
needed: TileDB-Py creates it later from the profile ``login()`` selected.

Context variables are per thread (and per asyncio task): the refresh applies
to the thread that called ``login()``; other threads create their default
context from the selected profile.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING, Any

import tiledb

from ._settings import SESSION_KEYS

if TYPE_CHECKING:
    from ._session import Session

__all__ = ["REPLACED_KEYS", "refresh_default_ctx", "session_params"]

logger = logging.getLogger("tiledb.client")

#: Parameters of a TileDB-Py configuration that belong to the session.
REPLACED_KEYS = SESSION_KEYS


def session_params(session: Session) -> dict[str, str]:
    """The TileDB-Py configuration parameters that carry ``session``."""
    params = {"rest.server_address": session.server_address, "rest.token": session.token}
    if session.workspace_id or session.workspace:
        params["rest.workspace"] = session.workspace_id or session.workspace or ""
    if session.ca_file:
        params["ssl.ca_file"] = session.ca_file
    if not session.verify_ssl:
        params["rest.verify_ssl"] = "false"
    return params


#: Parameters blanked rather than unset: unsetting would let the profile or the environment
#: bring them back (a username and password next to the session token).
BLANKED_KEYS = ("rest.username", "rest.password", "ssl.ca_file")


def apply_session(cfg: Any, session: Session) -> None:
    """Replace the session parameters of a ``tiledb.Config`` in place."""
    for key in REPLACED_KEYS:
        with contextlib.suppress(KeyError, tiledb.TileDBError):
            del cfg[key]
    for key in BLANKED_KEYS:
        cfg[key] = ""
    for key, value in session_params(session).items():
        cfg[key] = value


def refresh_default_ctx(session: Session) -> None:
    """Replace TileDB-Py's default context of this thread by one carrying ``session``."""
    ctx_module = getattr(tiledb, "ctx", None)
    ctx_var = getattr(ctx_module, "_ctx_var", None)
    if ctx_var is None:
        logger.debug("TileDB-Py has no default context variable; nothing to refresh")
        return
    try:
        current = ctx_var.get()
    except LookupError:
        return
    try:
        cfg = current.config()
        apply_session(cfg, session)
        ctx_var.set(tiledb.Ctx(cfg))
    except tiledb.TileDBError as exc:
        logger.warning("Could not refresh TileDB-Py's default context (%s)", type(exc).__name__)
