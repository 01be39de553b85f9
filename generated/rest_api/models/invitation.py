# The models used by the fields are imported at the bottom of the module.
# ruff: noqa: E402
from __future__ import annotations

import datetime
from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Invitation")


class _InvitationText:
    """Hidden slots for the server's own text of the date-time fields of :class:`Invitation`."""

    __slots__ = ("_created_at_text",)
    _created_at_text: str


@_attrs_define
class Invitation(_InvitationText):
    """
    Attributes:
        invitation_id (str):
        invitee_email (str):
        created_by (InvitingUser):
        created_at (datetime.datetime):
        workspace_invitation (InvitationWorkspace | Unset):
    """

    invitation_id: str
    invitee_email: str
    created_by: InvitingUser
    created_at: datetime.datetime
    workspace_invitation: InvitationWorkspace | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        key = (id(self), _get_ident())
        if key in _REPRING:
            return "..."
        _REPRING.add(key)
        try:
            name = self.__class__.__qualname__.rsplit(">.", 1)[-1]
            return (
                f"{name}("
                f"invitation_id={self.invitation_id!r}, "
                f"invitee_email={self.invitee_email!r}, "
                f"created_by={self.created_by!r}, "
                f"created_at={self.created_at!r}, "
                f"workspace_invitation={self.workspace_invitation!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.invitation_id == other.invitation_id
            and self.invitee_email == other.invitee_email
            and self.created_by == other.created_by
            and self.created_at == other.created_at
            and self.workspace_invitation == other.workspace_invitation
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        invitation_id = self.invitation_id

        invitee_email = self.invitee_email

        created_by = self.created_by.to_dict()

        created_at = self.created_at.isoformat()
        _text = getattr(self, "_created_at_text", None)
        if _text is not None and isinstance(self.created_at, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.created_at and _parsed.utcoffset() == self.created_at.utcoffset():
                created_at = _text

        workspace_invitation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workspace_invitation, Unset):
            workspace_invitation = self.workspace_invitation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invitation_id": invitation_id,
                "invitee_email": invitee_email,
                "created_by": created_by,
                "created_at": created_at,
            }
        )
        if workspace_invitation is not UNSET:
            field_dict["workspace_invitation"] = workspace_invitation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        invitation_id = src_dict["invitation_id"]

        invitee_email = src_dict["invitee_email"]

        created_by = InvitingUser.from_dict(src_dict["created_by"])

        _created_at = src_dict["created_at"]
        created_at = _parse_datetime(_created_at)

        _workspace_invitation: Any = src_dict.get("workspace_invitation", UNSET)
        workspace_invitation = (
            UNSET if _workspace_invitation is UNSET else InvitationWorkspace.from_dict(_workspace_invitation)
        )

        instance = cls.__new__(cls)
        instance.invitation_id = invitation_id
        instance.invitee_email = invitee_email
        instance.created_by = created_by
        instance.created_at = created_at
        instance.workspace_invitation = workspace_invitation
        instance._created_at_text = _created_at
        if _FIELDS.issuperset(src_dict):
            instance.additional_properties = {}
        else:
            instance.additional_properties = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        return instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    ("invitation_id", "invitee_email", "created_by", "created_at", "workspace_invitation")
)
# Models used by the fields, imported once the class above exists (so import cycles resolve).
from ..models.invitation_workspace import InvitationWorkspace
from ..models.inviting_user import InvitingUser
from ..types import parse_datetime as _parse_datetime  # noqa: E402 - used by the class above, at call time
