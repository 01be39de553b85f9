"""Records the established high-level functions return, where ours add to the generated model.

The established ``teamspaces`` module returns a ``Teamspace`` of its own with ``teamspace_role``
(the session user's role, from the model's ``self`` member). Ours is the generated ``Teamspace``
model with that attribute added, so every field of the model stays readable as well. This module
imports the model: it is loaded when a teamspace is first returned or ``teamspaces.Teamspace`` is
first read, not when ``tiledb.client.teamspaces`` is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..rest_api.models.teamspace import Teamspace as _TeamspaceModel
from ..rest_api.types import Unset

if TYPE_CHECKING:
    from ..rest_api.models import TeamspaceRole

__all__ = ["Teamspace", "teamspace_record"]


class Teamspace(_TeamspaceModel):
    """A teamspace as the session user sees it: the generated model and ``teamspace_role``."""

    __slots__ = ()

    @property
    def teamspace_role(self) -> TeamspaceRole | None:
        """The session user's role in the teamspace (``None`` when the server did not say)."""
        member: Any = self.self_
        role = None if isinstance(member, Unset) else getattr(member, "role", None)
        return None if isinstance(role, Unset) else role


Teamspace.__module__ = "tiledb.client.teamspaces"


def teamspace_record(model: _TeamspaceModel) -> Teamspace:
    """``model`` as a :class:`Teamspace` (the same object, its class made the record's)."""
    if not isinstance(model, Teamspace):
        model.__class__ = Teamspace
    return model  # type: ignore[return-value]
