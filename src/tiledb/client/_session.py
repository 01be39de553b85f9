"""The live session: who we are, where the server is, and what we cached.

A :class:`Session` is immutable.  ``login()`` builds a new one and swaps it
in with one assignment, so a request that has started keeps the session
(credentials, host, caches) it started with, and every request carries the
credentials of exactly one profile.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from ._frozen import Frozen
from ._profiles import describe_profile
from ._redact import mask

__all__ = ["Session", "SessionCache", "current_session", "peek_session", "swap_session"]

_V = TypeVar("_V")


class SessionCache:
    """Values fetched once per session (the self user, the workspace).

    Each key has its own lock so concurrent first calls make one request.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values: dict[str, Any] = {}
        self._key_locks: dict[str, threading.Lock] = {}

    def get_or_load(self, key: str, loader: Callable[[], _V]) -> _V:
        """Return the cached value for ``key``, calling ``loader`` once to fill it."""
        try:
            return self._values[key]  # type: ignore[no-any-return]
        except KeyError:
            pass
        with self._lock:
            key_lock = self._key_locks.setdefault(key, threading.Lock())
        with key_lock:
            if key not in self._values:
                self._values[key] = loader()
            return self._values[key]  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        return f"SessionCache(keys={sorted(self._values)!r})"


class Session(Frozen):
    """Everything a request needs, fixed at login.

    ``token`` is the API key sent as ``X-TILEDB-REST-API-KEY``; a
    username/password profile has already been exchanged for one, so no
    password lives here.  Equality is identity: two logins are two sessions.
    ``cache`` defaults to a new, empty :class:`SessionCache`.
    """

    __match_args__ = (
        "server_address",
        "token",
        "workspace",
        "workspace_id",
        "username",
        "verify_ssl",
        "ca_file",
        "profile_name",
        "profile_dir",
        "cache",
    )
    __slots__ = __match_args__

    server_address: str
    token: str
    workspace: str | None
    workspace_id: str | None
    username: str | None
    verify_ssl: bool
    ca_file: str | None
    profile_name: str | None
    profile_dir: str | None
    cache: SessionCache

    def __init__(
        self,
        server_address: str,
        token: str,
        workspace: str | None = None,
        workspace_id: str | None = None,
        username: str | None = None,
        verify_ssl: bool = True,
        ca_file: str | None = None,
        profile_name: str | None = None,
        profile_dir: str | None = None,
        cache: SessionCache | None = None,
    ) -> None:
        set_ = object.__setattr__
        set_(self, "server_address", server_address)
        set_(self, "token", token)
        set_(self, "workspace", workspace)
        set_(self, "workspace_id", workspace_id)
        set_(self, "username", username)
        set_(self, "verify_ssl", verify_ssl)
        set_(self, "ca_file", ca_file)
        set_(self, "profile_name", profile_name)
        set_(self, "profile_dir", profile_dir)
        set_(self, "cache", SessionCache() if cache is None else cache)

    @property
    def profile_label(self) -> str:
        """A human description of where the session came from, for messages."""
        return describe_profile(self.profile_name, self.profile_dir)

    def __repr__(self) -> str:
        return (
            f"Session(server_address={self.server_address!r}, token={mask(self.token)!r}, "
            f"workspace={self.workspace!r}, workspace_id={self.workspace_id!r}, "
            f"username={self.username!r}, verify_ssl={self.verify_ssl!r}, ca_file={self.ca_file!r}, "
            f"profile_name={self.profile_name!r}, profile_dir={self.profile_dir!r})"
        )

    __str__ = __repr__


_current: Session | None = None
_swap_lock = threading.Lock()


def peek_session() -> Session | None:
    """Return the current session without loading one."""
    return _current


def current_session(loader: Callable[[], Session]) -> Session:
    """Return the current session, calling ``loader`` once if there is none yet."""
    global _current
    session = _current
    if session is not None:
        return session
    with _swap_lock:
        if _current is None:
            _current = loader()
        return _current


def swap_session(session: Session | None) -> None:
    """Make ``session`` current (``None`` forgets it; the next request loads lazily)."""
    global _current
    with _swap_lock:
        _current = session
