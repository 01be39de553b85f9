from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invitations_create_request_workspace import InvitationsCreateRequestWorkspace


T = TypeVar("T", bound="InvitationsCreateRequestInner")


@_attrs_define
class InvitationsCreateRequestInner:
    """
    Attributes:
        invitee_email (str):
        workspace_invitation (InvitationsCreateRequestWorkspace | Unset):
    """

    invitee_email: str
    workspace_invitation: InvitationsCreateRequestWorkspace | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invitee_email = self.invitee_email

        workspace_invitation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workspace_invitation, Unset):
            workspace_invitation = self.workspace_invitation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invitee_email": invitee_email,
            }
        )
        if workspace_invitation is not UNSET:
            field_dict["workspace_invitation"] = workspace_invitation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invitations_create_request_workspace import InvitationsCreateRequestWorkspace  # noqa: PLC0415

        d = dict(src_dict)
        invitee_email = d.pop("invitee_email")

        _workspace_invitation = d.pop("workspace_invitation", UNSET)
        workspace_invitation: InvitationsCreateRequestWorkspace | Unset
        if isinstance(_workspace_invitation, Unset):
            workspace_invitation = UNSET
        else:
            workspace_invitation = InvitationsCreateRequestWorkspace.from_dict(_workspace_invitation)

        invitations_create_request_inner = cls(
            invitee_email=invitee_email,
            workspace_invitation=workspace_invitation,
        )

        invitations_create_request_inner.additional_properties = d
        return invitations_create_request_inner

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
