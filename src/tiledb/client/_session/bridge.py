"""The bridge to TileDB-Py: ``Config()`` and ``Ctx()`` built from the session, and TileDB-Py's default
context refreshed at ``login()``.

``Config(cfg_dict)`` is a ``tiledb.Config`` carrying the session's server address and
credentials (its session token, never a password); ``Ctx(config)`` is a ``tiledb.Ctx`` over it.
``login()`` replaces the ``rest.*`` and ``ssl.ca_file`` parameters of TileDB-Py's default context
so that arrays opened later without an explicit context use the new session too.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import tiledb

from .settings import SESSION_KEYS

if TYPE_CHECKING:
    from .session import Session

__all__ = ["REPLACED_KEYS", "Config", "Ctx", "refresh_default_ctx", "session_params"]

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


#: Parameters that belong to the session and may not be set through ``cfg_dict``.
RESERVED = ("rest.server_address", "rest.username", "rest.password")


def _as_dict(config: Any, name: str) -> dict[str, str]:
    """Accept ``None``, a mapping or a ``tiledb.Config``; return the parameters it sets."""
    if config is None:
        return {}
    if isinstance(config, tiledb.Config):
        defaults = tiledb.Config()
        # Only what differs from a fresh configuration was set on purpose.
        return {k: v for k, v in config.items() if defaults.get(k, None) != v}
    if isinstance(config, Mapping):
        return {str(k): str(v) for k, v in config.items()}
    raise TypeError(f"{name} must be a dict, a tiledb.Config or None, not {type(config).__name__}.")


def Config(cfg_dict: Mapping[str, Any] | None = None) -> tiledb.Config:
    """Builds a tiledb config setting the login parameters that exist for the cloud service.

    The result carries the session's ``rest.server_address`` and ``rest.token``
    (and ``ssl.ca_file`` when the profile has one), plus ``cfg_dict``.

    :raises ValueError: when ``cfg_dict`` sets ``rest.server_address``,
        ``rest.username`` or ``rest.password``: those come from the session.
    :return: tiledb.Config
    """
    extra = _as_dict(cfg_dict, "cfg_dict")
    refused = sorted(key for key in RESERVED if key in extra)
    if refused:
        raise ValueError(
            f"cfg_dict must not set {', '.join(refused)}: they come from the session; "
            "use tiledb.client.login() with another profile instead."
        )
    cfg = tiledb.Config()
    from .clients import shared_client  # the HTTP stack loads with the first session, not here

    apply_session(cfg, shared_client().current_session())
    for key, value in extra.items():
        cfg[key] = value
    return cfg


def Ctx(config: Mapping[str, Any] | tiledb.Config | None = None) -> tiledb.Ctx:
    """Builds a TileDB Context that has the tiledb config parameters for tiledb cloud set from stored login.

    :raises ValueError: as :func:`Config` does.
    :return: tiledb.Ctx
    """
    return tiledb.Ctx(Config(_as_dict(config, "config")))
