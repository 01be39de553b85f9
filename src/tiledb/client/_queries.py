"""Questions about the current session: its user and workspaces.

Answers are cached in the session, so they are fetched once per login and
dropped with it.  Failures that usually mean a defective profile become
:class:`ClientError` with a hint; other API errors surface unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import httpx

from ._clients import shared_client
from ._errors import ClientError, ConfigurationError
from ._retry import certificate_error
from ._validate import is_workspace_id

if TYPE_CHECKING:
    from ._records import Workspace
    from ._session import Session
    from .rest_api.models.user import User
    from .rest_api.models.user_self_workspace import UserSelfWorkspace

__all__ = [
    "default_user",
    "get_self_user",
    "get_user",
    "get_user_workspaces",
    "get_workspace",
    "get_workspace_id",
]

_R = TypeVar("_R")


def _call(session: Session, what: str, request: Callable[[], _R]) -> _R:
    """Run ``request``, turning failures that point at the profile into :class:`ClientError`."""
    from .rest_api.errors import ApiError, ResponseValidationError

    where = f"{session.server_address} ({session.profile_label})"
    try:
        return request()
    except httpx.RequestError as exc:
        failure = certificate_error(exc)
        if failure is not None:
            raise ClientError(
                f"Could not retrieve {what}: the TLS certificate of {where} could not be verified "
                f"({failure.verify_message or failure.reason}). Store the CA bundle that signed it "
                "with configure(ca_file=..., overwrite=True), or check the host (rest.server_address)."
            ) from exc
        if isinstance(exc, httpx.TooManyRedirects):
            raise ClientError(
                f"Could not retrieve {what}: {where} keeps redirecting the request ({exc}). "
                "Check the host (rest.server_address) of the profile."
            ) from exc
        raise ClientError(
            f"Could not retrieve {what}: the server at {where} could not be reached "
            f"({type(exc).__name__}). Check the host (rest.server_address) of the profile."
        ) from exc
    except ApiError as exc:
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
    from .rest_api.api import UsersApi

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
    from ._records import workspace_from_model

    return [workspace_from_model(item) for item in _self_user(shared_client().current_session())[1]]


def _workspace_ref(session: Session) -> str:
    ref = session.workspace_id or session.workspace
    if not ref:
        raise ConfigurationError("Workspace is undefined.")
    return ref


def _workspace(session: Session) -> Workspace:
    ref = _workspace_ref(session)

    def fetch() -> Workspace:
        from ._records import workspace_from_model
        from .rest_api.api import WorkspacesApi

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
