"""The live session: who we are, where the server is, and what we cached.

A :class:`Session` is immutable.  ``login()`` builds a new one and swaps it
in with one assignment, so a request that has started keeps the session
(credentials, host, caches) it started with, and every request carries the
credentials of exactly one profile.  :func:`open_session` turns resolved
settings into a session, exchanging a username and password for a session
token; without ``login()`` the first request loads the session the same way
from the environment as it stands (:func:`load_session`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from .._errors import LoginError, mask, redact
from .._frozen import Frozen
from .profiles import describe_profile

if TYPE_CHECKING:
    import httpx

    from ..rest_api.client import Client as GeneratedClient
    from .settings import Settings

__all__ = [
    "Session",
    "SessionCache",
    "current_session",
    "load_session",
    "open_session",
    "peek_session",
    "swap_session",
]

logger = logging.getLogger("tiledb.client")

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


#: Opens a short-lived ``httpx.Client`` for the settings of a profile (basic auth, the caller's
#: retry settings); the password exchange uses one and closes it.
ClientOpener = Callable[["Settings"], "httpx.Client"]


def load_session(open_client: ClientOpener) -> Session:
    """Open a session from the environment as it stands (the lazy first-use path)."""
    from .settings import resolve_settings

    settings = resolve_settings()
    logger.debug("Loaded %s lazily for %s", settings.profile_label, settings.server_address)
    return open_session(settings, open_client)


def open_session(settings: Settings, open_client: ClientOpener) -> Session:
    """Turn resolved settings into a live session, exchanging a password for a token.

    :raises LoginError: when the exchange fails; the message names the profile.
    """
    token = settings.token
    workspace_id = settings.workspace_id
    if token is None:
        token, workspace_id = _exchange_password(settings, open_client)
    return Session(
        server_address=settings.server_address,
        token=token,
        workspace=settings.workspace,
        workspace_id=workspace_id,
        username=settings.username,
        verify_ssl=settings.verify_ssl,
        ca_file=settings.ca_file,
        profile_name=settings.profile_name,
        profile_dir=settings.profile_dir,
    )


def _exchange_password(settings: Settings, open_client: ClientOpener) -> tuple[str, str | None]:
    """Create a session token with basic auth; return it and the workspace id."""
    from httpx import RequestError

    from .._http.retry import plain_request_refused, wrong_address_hint
    from ..rest_api.errors import ApiError, ResponseValidationError

    label = settings.profile_label
    secrets = (settings.password, settings.username and f"{settings.username}:{settings.password}")
    try:
        with _basic_auth_client(open_client(settings)) as generated:
            token, workspace_id = _create_session_token(generated, settings)
    except ApiError as exc:
        reason = f"the server answered {exc.status_code} to {exc.method} {exc.path}"
        tls_hint = plain_request_refused(exc.status_code, exc.body, settings.server_address)
        if tls_hint is not None:
            reason += f" ({tls_hint})"
        if exc.status_code in (401, 403):
            reason += " (check the username and password)"
        raise LoginError(_failed(label, reason)) from None
    except (RequestError, ResponseValidationError) as exc:
        hint = wrong_address_hint(exc, settings.server_address)
        detail = f"{type(exc).__name__}: {exc}" if hint is None else f"{type(exc).__name__}: {hint}"
        reason = redact(f"{settings.server_address} could not be used ({detail})", secrets)
        raise LoginError(_failed(label, reason + "; check the profile's host")) from None
    logger.debug("Exchanged the password of %s for a session token", label)
    return token, workspace_id


def _failed(label: str, reason: str) -> str:
    return (
        f"Login with {label} failed: {reason}. Store working credentials with "
        "tiledb.client.configure(..., overwrite=True) and call tiledb.client.login() again."
    )


class _basic_auth_client:
    """A short-lived generated client that authenticates with username and password."""

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def __enter__(self) -> GeneratedClient:
        from ..rest_api.client import Client as GeneratedClient

        return GeneratedClient(base_url=str(self._client.base_url)).set_httpx_client(self._client)

    def __exit__(self, *exc: Any) -> None:
        self._client.close()


def _create_session_token(generated: GeneratedClient, settings: Settings) -> tuple[str, str | None]:
    import uuid  # only password logins name a token

    from ..rest_api.api import TokensApi, WorkspacesApi
    from ..rest_api.models.token_create_request import TokenCreateRequest
    from ..rest_api.models.token_scope import TokenScope

    workspace = settings.workspace_id or settings.workspace
    workspace_id = None
    if workspace:
        workspace_id = WorkspacesApi(generated).get_workspace(workspace).data.workspace_id
    request = TokenCreateRequest(scope=TokenScope("*"), name=f"login-session-{uuid.uuid4()}")
    if workspace_id is not None:
        request.workspace_id = workspace_id
    created = TokensApi(generated).create_token(request).data
    return created.api_key, workspace_id or _unset_to_none(created.workspace_id)


def _unset_to_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None
