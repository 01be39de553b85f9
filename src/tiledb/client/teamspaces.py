"""Teamspaces of the session's workspace and their members.

A ``teamspace`` argument is a ``Teamspace`` object, an id (``ts_...``) or a name; a user is a
``User``, ``WorkspaceUser``, ``TeamspaceUser``, an id (``usr_...``) or a username. Roles are
``"owner"``, ``"editor"`` and ``"viewer"`` (or ``TeamspaceRole`` members). Failures raise
:class:`TeamspacesError` carrying the server's status, message and request id.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ._highlevel.args import choice, given, one_or_many
from ._highlevel.errors import TeamspacesError, refusing, translated
from ._highlevel.pager import Pager
from ._highlevel.pages import json_pages
from ._highlevel.reexport import API, API_EXCEPTION, MODELS, lazy_names
from ._highlevel.resolve import resolve_teamspace, resolve_user, session_workspace
from .users import get_user_id

if TYPE_CHECKING:
    from ._highlevel.records import Teamspace
    from .rest_api.api import TeamspacesApi
    from .rest_api.models import TeamspaceRole, TeamspaceUser

__all__ = [
    "TeamspacesError",
    "add_teamspace_members",
    "create_teamspace",
    "delete_all_teamspaces",
    "delete_teamspace",
    "get_teamspace",
    "get_teamspace_user",
    "get_user_id",
    "join_teamspace",
    "leave_teamspace",
    "list_teamspace_members",
    "list_teamspaces",
    "remove_teamspace_members",
    "update_teamspace",
    "update_teamspace_member_roles",
]


def _api() -> TeamspacesApi:
    from .client import build
    from .rest_api.api import TeamspacesApi

    return build(TeamspacesApi)


def _record(model: Any) -> Teamspace:
    from ._highlevel.records import teamspace_record

    return teamspace_record(model)


def _name(name: object, what: str = "name") -> str:
    if not isinstance(name, str) or not name.strip() or "/" in name:
        raise ValueError(f"{what} must be a non-empty teamspace name without '/', got {name!r}")
    return name


def _visibility(value: object) -> Any:
    from .rest_api.models import TeamspaceVisibility

    return choice(TeamspaceVisibility, value, "visibility")


def create_teamspace(
    name: str, *, description: str = "New teamspace", visibility: str = "private"
) -> Teamspace:
    """Create a teamspace in the session's workspace (the caller becomes its owner); returns it."""
    from .rest_api.models import TeamspacesCreateRequest

    body = TeamspacesCreateRequest(
        name=_name(name), visibility=_visibility(visibility), description=description
    )
    workspace = session_workspace()
    with translated(TeamspacesError, f"creating teamspace {name!r}"):
        return _record(_api().create_teamspaces(workspace, body).data)


def get_teamspace(teamspace: object) -> Teamspace:
    """One teamspace by name, id or object."""
    ts = resolve_teamspace(teamspace)
    with translated(TeamspacesError, f"getting teamspace {ts!r}"):
        return _record(_api().get_teamspace(session_workspace(), ts).data)


def list_teamspaces(
    *, memberships: bool | None = None, order_by: str | None = None, order: str | None = None
) -> list[Teamspace]:
    """The teamspaces of the session's workspace (only the caller's with ``memberships=True``)."""
    options = given(memberships=memberships, order_by=order_by, order=order)
    with translated(TeamspacesError, "listing teamspaces"):
        return [_record(t) for t in _api().list_teamspaces(session_workspace(), **options).data]


def update_teamspace(
    teamspace: object,
    *,
    name: str | None = None,
    description: str | None = None,
    icon: str | None = None,
    visibility: str | None = None,
) -> Teamspace:
    """Rename, describe or change the icon or visibility of a teamspace; returns it afterwards."""
    from .rest_api.models import TeamspaceUpdateRequest
    from .rest_api.types import UNSET

    if name is None and description is None and icon is None and visibility is None:
        raise ValueError("nothing to update: pass name=, description=, icon= or visibility=")
    ts = resolve_teamspace(teamspace)
    body = TeamspaceUpdateRequest(
        name=_name(name) if name is not None else UNSET,
        description=description if description is not None else UNSET,
        icon=icon if icon is not None else UNSET,
        visibility_level=_visibility(visibility) if visibility is not None else UNSET,
    )
    workspace = session_workspace()
    api = _api()
    with translated(TeamspacesError, f"updating teamspace {ts!r}"):
        api.update_teamspace(workspace, ts, body)
        # A rename changes the name the teamspace is found by; an id stays valid.
        after = name if name is not None and not ts.startswith("ts_") else ts
        return _record(api.get_teamspace(workspace, after).data)


def delete_teamspace(teamspace: object, delete_assets: bool = False) -> None:
    """Delete a teamspace; ``delete_assets=True`` also deletes the stored data of its assets."""
    ts = resolve_teamspace(teamspace)
    with translated(TeamspacesError, f"deleting teamspace {ts!r}"):
        _api().delete_teamspace(session_workspace(), ts, delete_assets=bool(delete_assets))


def delete_all_teamspaces() -> None:
    """Delete every teamspace of the session's workspace."""
    workspace = session_workspace()
    with translated(TeamspacesError, f"deleting every teamspace of workspace {workspace!r}"):
        _api().delete_teamspaces(workspace)


def join_teamspace(teamspace: object) -> TeamspaceUser:
    """Join a (public) teamspace; returns the caller's new membership."""
    ts = resolve_teamspace(teamspace)
    with translated(TeamspacesError, f"joining teamspace {ts!r}"):
        return _api().join_teamspace(session_workspace(), ts).data


def leave_teamspace(teamspace: object) -> None:
    """Leave a teamspace the caller is a member of."""
    ts = resolve_teamspace(teamspace)
    with translated(TeamspacesError, f"leaving teamspace {ts!r}"):
        _api().leave_teamspace(session_workspace(), ts)


def list_teamspace_members(
    teamspace: object, *, query: str | None = None, page: int = 1, per_page: int | None = None
) -> Pager[TeamspaceUser]:
    """The members of a teamspace (those matching ``query`` by name or e-mail), lazily paged."""
    ts = resolve_teamspace(teamspace)
    from .rest_api.api.teamspaces import list_teamspace_users as operation
    from .rest_api.models import TeamspaceUsersListResponse

    call = json_pages(
        operation,
        TeamspaceUsersListResponse,
        _api().client,
        TeamspacesError,
        f"listing the members of teamspace {ts!r}",
    )
    return Pager(call, session_workspace(), ts, page=page, per_page=per_page, **given(search=query))


def _role(role: object) -> TeamspaceRole:
    from .rest_api.models import TeamspaceRole

    result: TeamspaceRole = choice(TeamspaceRole, role, "role")
    return result


def _pairs(members: object) -> list[tuple[str, TeamspaceRole]]:
    """``(user, role)`` pairs, checked before any request; a mapping of user to role works too."""
    items = list(members.items()) if isinstance(members, Mapping) else members
    if isinstance(items, str) or not isinstance(items, Iterable):
        raise TypeError("members must be an iterable of (user, role) pairs")
    pairs = []
    for item in items:
        if not isinstance(item, tuple | list) or len(item) != 2:
            raise ValueError(f"each member must be a (user, role) pair, got {item!r}")
        pairs.append((resolve_user(item[0]), _role(item[1])))
    if not pairs:
        raise ValueError("members must not be empty")
    return pairs


def add_teamspace_members(
    teamspace: object, members: Iterable[tuple[object, TeamspaceRole | str]]
) -> list[TeamspaceUser]:
    """Add users with their roles; returns the memberships the server answered."""
    from .rest_api.models import TeamspaceUsersCreateRequestInner

    ts = resolve_teamspace(teamspace)
    body = [TeamspaceUsersCreateRequestInner(user_id=u, role=r) for u, r in _pairs(members)]
    with translated(TeamspacesError, f"adding {len(body)} member(s) to teamspace {ts!r}"):
        return list(_api().create_teamspace_users(session_workspace(), ts, body).data)


def update_teamspace_member_roles(
    teamspace: object, members: Iterable[tuple[object, TeamspaceRole | str]]
) -> None:
    """Change the roles of existing members."""
    from .rest_api.models import TeamspaceUsersBulkUpdateRequestInner

    ts = resolve_teamspace(teamspace)
    body = [TeamspaceUsersBulkUpdateRequestInner(user_id=u, role=r) for u, r in _pairs(members)]
    with translated(TeamspacesError, f"updating {len(body)} member role(s) in teamspace {ts!r}"):
        _api().update_teamspace_users(session_workspace(), ts, body)


def remove_teamspace_members(teamspace: object, members: Iterable[object]) -> None:
    """Remove users (one or several) from a teamspace."""
    ts = resolve_teamspace(teamspace)
    users = [resolve_user(m) for m in one_or_many(members, "members")]
    if not users:
        raise ValueError("members must not be empty")
    with translated(TeamspacesError, f"removing {len(users)} member(s) from teamspace {ts!r}"):
        _api().delete_teamspace_users(session_workspace(), ts, users)


def get_teamspace_user(teamspace: object, user: object) -> TeamspaceUser:
    """One member of a teamspace, with their role."""
    ts = resolve_teamspace(teamspace)
    who = resolve_user(user)
    with translated(TeamspacesError, f"getting member {who!r} of teamspace {ts!r}"):
        return _api().get_teamspace_user(session_workspace(), ts, who).data


# The models, enums and Api classes the established module re-exports, and its ``ApiException``:
# imported on first access (see ``_highlevel/reexport.py``), so importing this module stays cheap.
__getattr__, __dir__ = lazy_names(
    __name__,
    {
        MODELS: (
            "StorageSetting",
            "TeamspaceRole",
            "TeamspaceUser",
            "TeamspaceUsersBulkUpdateRequestInner",
            "TeamspaceUsersCreateRequestInner",
            "TeamspaceVisibility",
            "TeamspacesCreateRequest",
            "User",
        ),
        API: ("TeamspacesApi",),
        API_EXCEPTION: ("ApiException",),
        "tiledb.client._highlevel.records": ("Teamspace",),
    },
)

# Bad input refused before any request raises an error that is both TeamspacesError (as the established
# client raises) and ValueError (as Python code expects).
refusing(TeamspacesError, globals(), __all__)
