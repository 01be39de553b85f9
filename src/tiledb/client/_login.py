"""``login()``: switch the process to a stored profile.

``login()`` points TileDB-Py at a profile (``TILEDB_PROFILE_NAME`` /
``TILEDB_PROFILE_DIR``), resolves its settings through ``tiledb.Config()``,
opens a session (exchanging a username and password for a session token,
see :mod:`tiledb.client._session`), swaps it in, resizes the shared client
and refreshes TileDB-Py's default context.
"""

from __future__ import annotations

import logging
import os
import threading

from ._clients import shared_client
from ._environ import ENV_LOCK, PROFILE_DIR_VAR, PROFILE_NAME_VAR, set_profile_env
from ._errors import LoginError, LoginTypeError
from ._session import open_session, swap_session
from ._settings import resolve_settings
from ._tiledb_ctx import refresh_default_ctx
from ._validate import optional_path, optional_str

__all__ = ["login"]

logger = logging.getLogger("tiledb.client")

_LOGIN_LOCK = threading.RLock()


def login(
    profile_name: str | None = None, profile_dir: str | None = None, threads: int | None = None
) -> None:
    """Load a stored profile and make it the current session (see ``tiledb.client.login``)."""
    name = optional_str(profile_name, "profile_name", LoginTypeError)
    directory = optional_path(profile_dir, "profile_dir", LoginTypeError)
    if threads is not None and (isinstance(threads, bool) or not isinstance(threads, int)):
        raise LoginTypeError(f"threads must be a positive int or None, not {type(threads).__name__}.")
    if threads is not None and threads < 1:
        raise LoginError(f"threads must be at least 1, got {threads}.")
    if directory is not None:
        directory = os.path.abspath(os.path.expanduser(directory))
    with _LOGIN_LOCK:
        with ENV_LOCK:
            saved = (os.environ.get(PROFILE_NAME_VAR), os.environ.get(PROFILE_DIR_VAR))
            set_profile_env(name, directory)
        try:
            new = open_session(resolve_settings(), shared_client().open_httpx_client)
        except BaseException:
            set_profile_env(*saved)
            raise
        swap_session(new)
        if threads is not None:
            shared_client().set_threads(threads)
        refresh_default_ctx(new)
    logger.info("Logged in with %s at %s", new.profile_label, new.server_address)
