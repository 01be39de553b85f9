"""The process environment variables that select TileDB-Py's profile.

``login()`` and ``configure()`` change these variables, and ``tiledb.Config()``
reads them, so every access goes through one lock.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator

__all__ = ["ENV_LOCK", "PROFILE_DIR_VAR", "PROFILE_NAME_VAR", "profile_env", "set_profile_env"]

PROFILE_NAME_VAR = "TILEDB_PROFILE_NAME"
PROFILE_DIR_VAR = "TILEDB_PROFILE_DIR"

#: Held while the profile variables are read or changed.
ENV_LOCK = threading.RLock()


def _set(var: str, value: str | None) -> None:
    if value is None:
        os.environ.pop(var, None)
    else:
        os.environ[var] = value


def set_profile_env(name: str | None, directory: str | None) -> None:
    """Point TileDB-Py at a profile; ``None`` clears a variable (TileDB-Py's default)."""
    with ENV_LOCK:
        _set(PROFILE_NAME_VAR, name)
        _set(PROFILE_DIR_VAR, directory)


@contextlib.contextmanager
def profile_env(name: str | None, directory: str | None) -> Iterator[None]:
    """Set the profile variables for the duration of the block, then restore them.

    The lock is held for the whole block, so no other thread sees the
    temporary values.
    """
    with ENV_LOCK:
        saved = (os.environ.get(PROFILE_NAME_VAR), os.environ.get(PROFILE_DIR_VAR))
        set_profile_env(name, directory)
        try:
            yield
        finally:
            set_profile_env(*saved)
