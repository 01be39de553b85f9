from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invitation_workspace import InvitationWorkspace
    from ..models.inviting_user import InvitingUser


T = TypeVar("T", bound="Invitation")


@_attrs_define
class Invitation:
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

    def to_dict(self) -> dict[str, Any]:
        invitation_id = self.invitation_id

        invitee_email = self.invitee_email

        created_by = self.created_by.to_dict()

        created_at = self.created_at.isoformat()

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
        from ..models.invitation_workspace import InvitationWorkspace  # noqa: PLC0415
        from ..models.inviting_user import InvitingUser  # noqa: PLC0415

        d = dict(src_dict)
        invitation_id = d.pop("invitation_id")

        invitee_email = d.pop("invitee_email")

        created_by = InvitingUser.from_dict(d.pop("created_by"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        _workspace_invitation = d.pop("workspace_invitation", UNSET)
        workspace_invitation: InvitationWorkspace | Unset
        if isinstance(_workspace_invitation, Unset):
            workspace_invitation = UNSET
        else:
            workspace_invitation = InvitationWorkspace.from_dict(_workspace_invitation)

        invitation = cls(
            invitation_id=invitation_id,
            invitee_email=invitee_email,
            created_by=created_by,
            created_at=created_at,
            workspace_invitation=workspace_invitation,
        )

        invitation.additional_properties = d
        return invitation

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
