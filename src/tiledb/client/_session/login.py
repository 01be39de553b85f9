"""``login()`` and the questions about the logged-in session: its user and workspaces.

``login()`` points TileDB-Py at a profile (``TILEDB_PROFILE_NAME`` / ``TILEDB_PROFILE_DIR``),
resolves its settings through ``tiledb.Config()``, opens a session (exchanging a username and
password for a session token, see :mod:`tiledb.client._session.session`), swaps it in, resizes the shared
client and refreshes TileDB-Py's default context.

Answers to the session queries (``get_self_user()``, ``get_workspace()``...) are cached in the
session, so they are fetched once per login and dropped with it. Failures that usually mean a
defective profile become :class:`ClientError` with a hint; other API errors surface unchanged.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from .._errors import ClientError, ConfigurationError, LoginError, LoginTypeError
from .bridge import refresh_default_ctx
from .profiles import ENV_LOCK, PROFILE_DIR_VAR, PROFILE_NAME_VAR, set_profile_env
from .session import open_session, swap_session
from .settings import resolve_settings
from .validate import is_workspace_id, optional_path, optional_str

if TYPE_CHECKING:
    from ..rest_api.client import Client as GeneratedClient
    from ..rest_api.models.user import User
    from ..rest_api.models.user_self_workspace import UserSelfWorkspace
    from .clients import Client
    from .records import Workspace
    from .session import Session


def shared_client() -> Client:
    """The process's shared :class:`Client` (its module, and httpx, load on first use)."""
    from .clients import shared_client as shared

    return shared()


__all__ = [
    "build",
    "default_user",
    "get_self_user",
    "get_user",
    "get_user_workspaces",
    "get_workspace",
    "get_workspace_id",
    "login",
]

logger = logging.getLogger("tiledb.client")

_LOGIN_LOCK = threading.RLock()


def login(
    profile_name: str | None = None, profile_dir: str | None = None, threads: int | None = None
) -> None:
    """Login and configure a TileDB client session using stored credentials.

    Loads a profile saved by :func:`configure` and makes it the current
    session; call it again to switch profiles.  The profile is resolved by
    TileDB-Py (``TILEDB_REST_*`` environment variables override its values)
    and becomes TileDB-Py's current profile too: ``TILEDB_PROFILE_NAME`` and
    ``TILEDB_PROFILE_DIR`` are set (or cleared for the defaults).  A username
    and password are exchanged for a session token; the password is not kept.
    A token profile is not checked against the server here: the first request
    (for example :func:`get_user`) is.  Cached user and workspace data are
    dropped and TileDB-Py's default context gets the new credentials.

    :param profile_name: Name of the profile; ``None`` uses the default
        profile if it exists (else credentials from the environment).
    :param profile_dir: Directory of ``profiles.json``; ``None`` means ``~/.tiledb``.
    :param threads: Resize the shared client's thread pool (``None``: unchanged).
    :raises LoginError: If the profile is missing or incomplete, or the login
        fails; the environment is left as it was.
    """
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


_R = TypeVar("_R")
_T = TypeVar("_T")


def _call(session: Session, what: str, request: Callable[[], _R]) -> _R:
    """Run ``request``, turning failures that point at the profile into :class:`ClientError`."""
    import httpx  # loaded by the request anyway; kept off the import of tiledb.client's names

    from .._http.retry import certificate_error, plain_request_refused, wrong_address_hint
    from ..rest_api.errors import ApiConnectionError, ApiError, ResponseValidationError

    where = f"{session.server_address} ({session.profile_label})"
    try:
        return request()
    except httpx.RequestError as raised:
        # An operation's ApiConnectionError wraps httpx's own: the message names the latter.
        exc = raised.__cause__ if isinstance(raised, ApiConnectionError) else raised
        if not isinstance(exc, httpx.RequestError):
            exc = raised
        failure = certificate_error(exc)
        if failure is not None:
            raise ClientError(
                f"Could not retrieve {what}: the TLS certificate of {where} could not be verified "
                f"({failure.verify_message or failure.reason}). Store the CA bundle that signed it "
                "with configure(ca_file=..., overwrite=True), or check the host (rest.server_address)."
            ) from raised
        if isinstance(exc, httpx.TooManyRedirects):
            raise ClientError(
                f"Could not retrieve {what}: {where} keeps redirecting the request ({exc}). "
                "Check the host (rest.server_address) of the profile."
            ) from raised
        hint = wrong_address_hint(exc, session.server_address)
        detail = type(exc).__name__ if hint is None else f"{type(exc).__name__}: {hint}"
        raise ClientError(
            f"Could not retrieve {what}: the server at {where} could not be reached "
            f"({detail}). Check the host (rest.server_address) of the profile."
        ) from raised
    except ApiError as exc:
        tls_hint = plain_request_refused(exc.status_code, exc.body, session.server_address)
        if tls_hint is not None:
            raise ClientError(
                f"Could not retrieve {what}: {where} answered {exc.status_code} to a plain HTTP "
                f"request: {tls_hint}. Check the host (rest.server_address) of the profile."
            ) from exc
        if exc.status_code in (404, 405):
            raise ClientError(
                f"Could not retrieve {what}: {where} answered {exc.status_code}. "
                "Check the profile's host (rest.server_address) and token."
            ) from exc
        raise
    except ResponseValidationError as exc:
        raise ClientError(
            f"Could not retrieve {what}: {where} did not answer like the TileDB API. "
            "Check the host (rest.server_address) of the profile."
        ) from exc


def _self_user(session: Session) -> tuple[User, list[UserSelfWorkspace]]:
    from ..rest_api.api import UsersApi

    def fetch() -> tuple[User, list[UserSelfWorkspace]]:
        data = shared_client().build_for(session, UsersApi).get_self_user().data
        return data.user, list(data.workspaces)

    return session.cache.get_or_load("self_user", lambda: _call(session, "the session user", fetch))


def get_self_user() -> tuple[User, list[UserSelfWorkspace]]:
    """Get the currently logged-in user and related workspaces.

    :raises ClientError: When the user can not be retrieved.
    """
    user, workspaces = _self_user(shared_client().current_session())
    return user, list(workspaces)


def get_user() -> User:
    """The current session's deployment user.

    Its ``role`` is the user's role in the TileDB deployment (``owner``,
    ``admin`` or ``member``).  A failure here usually means the profile's
    host is wrong.

    :raises ClientError: When the user can not be retrieved.
    """
    return _self_user(shared_client().current_session())[0]


def default_user() -> User:
    """Get the currently logged-in user (the same as :func:`get_user`)."""
    return get_user()


def get_user_workspaces() -> list[Workspace]:
    """A list of relationships between the session user and workspaces.

    :raises ClientError: When the user-workspace relationships can not be retrieved.
    """
    from .records import workspace_from_model

    return [workspace_from_model(item) for item in _self_user(shared_client().current_session())[1]]


def _workspace_ref(session: Session) -> str:
    ref = session.workspace_id or session.workspace
    if not ref:
        raise ConfigurationError("Workspace is undefined.")
    return ref


def _workspace(session: Session) -> Workspace:
    ref = _workspace_ref(session)

    def fetch() -> Workspace:
        from ..rest_api.api import WorkspacesApi
        from .records import workspace_from_model

        data = shared_client().build_for(session, WorkspacesApi).get_workspace(ref).data
        return workspace_from_model(data)

    return session.cache.get_or_load("workspace", lambda: _call(session, f"workspace {ref!r}", fetch))


def get_workspace() -> Workspace:
    """Get the current session's workspace.

    A failure here usually means the profile's host is wrong.

    :raises ConfigurationError: When the session has no workspace.
    :raises ClientError: When the workspace can not be retrieved.
    """
    return _workspace(shared_client().current_session())


def get_workspace_id() -> str:
    """Get the current session's workspace id.

    An id (``ws_...``) is returned as is; a workspace name is resolved
    through :func:`get_workspace`.

    :raises ConfigurationError: When the session has no workspace.
    :raises ClientError: When a workspace name can not be resolved.
    """
    session = shared_client().current_session()
    ref = _workspace_ref(session)
    if is_workspace_id(ref):
        return ref
    return _workspace(session).workspace_id


def build(builder: Callable[[GeneratedClient], _T]) -> _T:
    """The standard low-level API client builder.

    ``build(TokensApi)`` returns a ``TokensApi`` over the shared client,
    configured for the current session (loaded lazily when there was no
    ``login()``).  Async Api classes get an ``httpx.AsyncClient`` that works
    in whichever event loop awaits it.

    :param builder: An API class, such as ``tiledb.client.rest_api.api.AssetsApi``.
    :raises TypeError: when ``builder`` is not an Api class (or a callable taking a
        generated client).
    """
    return shared_client().build(builder)
