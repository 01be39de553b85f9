"""Workspaces and their members.

Functions about members act on the session's workspace. A user is a ``User``,
``WorkspaceUser``, ``TeamspaceUser``, an id (``usr_...``) or a username; roles are ``"owner"``,
``"admin"`` and ``"member"``. Failures raise :class:`WorkspacesError` carrying the server's
status, message and request id.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._highlevel.args import choice, given
from ._highlevel.errors import WorkspacesError, refusing, translated
from ._highlevel.pager import Pager
from ._highlevel.pages import json_pages
from ._highlevel.reexport import API, API_EXCEPTION, MODELS, lazy_names
from ._highlevel.resolve import resolve_user, resolve_workspace
from .users import get_user_id

if TYPE_CHECKING:
    from .rest_api.api import WorkspacesApi
    from .rest_api.models import Workspace, WorkspaceRole, WorkspaceUser

__all__ = [
    "WorkspacesError",
    "add_workspace_member",
    "create_workspace",
    "delete_workspace",
    "get_user_id",
    "get_workspace",
    "get_workspace_user",
    "list_workspace_members",
    "remove_workspace_member",
    "update_workspace",
    "update_workspace_member_role",
]


def _api() -> WorkspacesApi:
    from .client import build
    from .rest_api.api import WorkspacesApi

    return build(WorkspacesApi)


def _role(role: object) -> WorkspaceRole:
    from .rest_api.models import WorkspaceRole

    result: WorkspaceRole = choice(WorkspaceRole, role, "role")
    return result


def get_workspace(name_or_id: object = None) -> Workspace:
    """A workspace by name, id or object (the session's by default)."""
    ws = resolve_workspace(name_or_id)
    with translated(WorkspacesError, f"getting workspace {ws!r}"):
        return _api().get_workspace(ws).data


def get_workspace_user(workspace: object = None, user: object = None) -> WorkspaceUser:
    """A member of a workspace (by default the session user in the session's workspace)."""
    ws = resolve_workspace(workspace)
    if user is None:
        from .client import get_user

        with translated(WorkspacesError, "getting the session user"):
            user = get_user()
    who = resolve_user(user)
    with translated(WorkspacesError, f"getting member {who!r} of workspace {ws!r}"):
        return _api().get_workspace_user(ws, who).data


def list_workspace_members(
    *, query: str | None = None, page: int = 1, per_page: int | None = None
) -> Pager[WorkspaceUser]:
    """The members of the session's workspace (matching ``query``), lazily paged."""
    ws = resolve_workspace()
    from .rest_api.api.workspaces import list_workspace_users as operation
    from .rest_api.models import WorkspaceUsersListResponse

    call = json_pages(
        operation,
        WorkspaceUsersListResponse,
        _api().client,
        WorkspacesError,
        f"listing the members of workspace {ws!r}",
    )
    return Pager(call, ws, page=page, per_page=per_page, **given(search=query))


def add_workspace_member(member: object, *, role: str = "member") -> WorkspaceUser:
    """Add a user to the session's workspace; returns the membership the server answered."""
    from .rest_api.models import WorkspaceUserCreateRequest

    body = WorkspaceUserCreateRequest(user_id=resolve_user(member), role=_role(role))
    ws = resolve_workspace()
    with translated(WorkspacesError, f"adding {body.user_id!r} to workspace {ws!r}"):
        return _api().create_workspace_user(ws, body).data


def update_workspace_member_role(member: object, role: str) -> None:
    """Change a member's role in the session's workspace."""
    from .rest_api.models import WorkspaceUserUpdateRequest

    who = resolve_user(member)
    body = WorkspaceUserUpdateRequest(role=_role(role))
    ws = resolve_workspace()
    with translated(WorkspacesError, f"changing the role of {who!r} in workspace {ws!r}"):
        _api().update_workspace_user(ws, who, body)


def remove_workspace_member(member: object) -> None:
    """Remove a user from the session's workspace."""
    who = resolve_user(member)
    ws = resolve_workspace()
    with translated(WorkspacesError, f"removing {who!r} from workspace {ws!r}"):
        _api().delete_workspace_user(ws, who)


def create_workspace(
    name: str,
    *,
    credential: Any,
    storage_setting: Any,
    description: str | None = None,
    image: str | None = None,
) -> Workspace:
    """Create a workspace (the caller becomes its owner); returns it.

    :param credential: Its default credential: a ``CredentialCreateRequest`` or the same as a dict.
    :param storage_setting: Its default storage setting: a ``StorageSettingsCreateRequest`` or a dict.
    """
    from .rest_api.models import CredentialCreateRequest, StorageSettingsCreateRequest, WorkspaceCreateRequest
    from .rest_api.types import UNSET

    if not isinstance(name, str) or not name.strip() or "/" in name:
        raise ValueError(f"name must be a non-empty workspace name without '/', got {name!r}")
    if isinstance(credential, dict):
        credential = CredentialCreateRequest.from_dict(credential)
    if isinstance(storage_setting, dict):
        storage_setting = StorageSettingsCreateRequest.from_dict(storage_setting)
    if not isinstance(credential, CredentialCreateRequest):
        raise TypeError("credential must be a CredentialCreateRequest or a dict of its fields")
    if not isinstance(storage_setting, StorageSettingsCreateRequest):
        raise TypeError("storage_setting must be a StorageSettingsCreateRequest or a dict of its fields")
    body = WorkspaceCreateRequest(
        name=name,
        default_credential=credential,
        default_storage_setting=storage_setting,
        description=description if description is not None else UNSET,
        image=image if image is not None else UNSET,
    )
    with translated(WorkspacesError, f"creating workspace {name!r}"):
        return _api().create_workspace(body).data


def update_workspace(
    workspace: object = None,
    *,
    name: str | None = None,
    description: str | None = None,
    image: str | None = None,
) -> Workspace:
    """Rename or describe a workspace (the session's by default); returns it afterwards."""
    from .rest_api.models import WorkspaceUpdateRequest
    from .rest_api.types import UNSET

    if name is None and description is None and image is None:
        raise ValueError("nothing to update: pass name=, description= or image=")
    if name is not None and (not isinstance(name, str) or not name.strip() or "/" in name):
        raise ValueError(f"name must be a non-empty workspace name without '/', got {name!r}")
    ws = resolve_workspace(workspace)
    body = WorkspaceUpdateRequest(
        name=name if name is not None else UNSET,
        description=description if description is not None else UNSET,
        image=image if image is not None else UNSET,
    )
    api = _api()
    with translated(WorkspacesError, f"updating workspace {ws!r}"):
        api.update_workspace(ws, body)
        after = name if name is not None and not ws.startswith("ws_") else ws
        return api.get_workspace(after).data


def delete_workspace(workspace: object) -> None:
    """Delete a workspace with everything in it (no default: the workspace must be named)."""
    if workspace is None:
        raise ValueError("delete_workspace needs the workspace to delete (name, id or object)")
    ws = resolve_workspace(workspace)
    with translated(WorkspacesError, f"deleting workspace {ws!r}"):
        _api().delete_workspace(ws)


# The models, enums and Api classes the established module re-exports, and its ``ApiException``:
# imported on first access (see ``_highlevel/reexport.py``), so importing this module stays cheap.
__getattr__, __dir__ = lazy_names(
    __name__,
    {
        MODELS: (
            "User",
            "WorkspaceRole",
            "WorkspaceUser",
            "WorkspaceUserCreateRequest",
            "WorkspaceUserUpdateRequest",
        ),
        API: ("WorkspacesApi",),
        API_EXCEPTION: ("ApiException",),
        "tiledb.client._session.records": ("Workspace",),
    },
)

# Bad input refused before any request raises an error that is both WorkspacesError (as the established
# client raises) and ValueError (as Python code expects).
refusing(WorkspacesError, globals(), __all__)
