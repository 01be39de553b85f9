"""The ``Workspace`` record: a workspace as the session user sees it."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from ..rest_api.models.workspace_role import WorkspaceRole
    from ..rest_api.models.workspace_user import WorkspaceUser

__all__ = ["Workspace", "workspace_from_model"]


@attrs.frozen
class Workspace:
    """The relationship between a user and workspace.

    To access more details about the user's role, such as when it was
    updated, and by whom, use ``workspaces.get_workspace_user()``.

    :ivar workspace_id: The unique id of the workspace.
    :ivar name: The name of the workspace.
    :ivar description: A description of the workspace (``None`` when it has none).
    :ivar created_at: When the workspace was created.
    :ivar updated_at: When the workspace was last updated (``None`` when unknown).
    :ivar created_by: The user and action that created the user-workspace relationship.
    :ivar workspace_role: The user's role in the workspace (``None`` when the
        server did not say).
    :ivar image_id: The id of the workspace's image (``None`` when it has none).
    """

    workspace_id: str
    name: str
    description: str | None
    created_at: datetime.datetime
    updated_at: datetime.datetime | None
    created_by: WorkspaceUser
    workspace_role: WorkspaceRole | None
    image_id: str | None = None


def _present(value: Any) -> Any:
    """Map the generated layer's ``UNSET`` (and ``None``) to ``None``."""
    from ..rest_api.types import Unset

    return None if isinstance(value, Unset) else value


def workspace_from_model(model: Any) -> Workspace:
    """Build a :class:`Workspace` from a generated ``Workspace`` or ``UserSelfWorkspace``.

    The role is the session user's membership, the model's ``self`` member.
    """
    member = _present(getattr(model, "self_", None))
    role = _present(getattr(member, "role", None)) if member is not None else None
    return Workspace(
        workspace_id=model.workspace_id,
        name=model.name,
        description=_present(getattr(model, "description", None)),
        created_at=model.created_at,
        updated_at=_present(getattr(model, "updated_at", None)),
        created_by=model.created_by,
        workspace_role=role,
        image_id=_present(getattr(model, "image_id", None)),
    )
