from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_role import WorkspaceRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvitationWorkspace")


@_attrs_define
class InvitationWorkspace:
    """
    Attributes:
        workspace_id (str):
        name (str):
        prospective_role (WorkspaceRole):
        description (str | Unset):
        image_id (str | Unset):
    """

    workspace_id: str
    name: str
    prospective_role: WorkspaceRole
    description: str | Unset = UNSET
    image_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        name = self.name

        prospective_role = self.prospective_role.value

        description = self.description

        image_id = self.image_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_id": workspace_id,
                "name": name,
                "prospective_role": prospective_role,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if image_id is not UNSET:
            field_dict["image_id"] = image_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workspace_id = d.pop("workspace_id")

        name = d.pop("name")

        prospective_role = WorkspaceRole(d.pop("prospective_role"))

        description = d.pop("description", UNSET)

        image_id = d.pop("image_id", UNSET)

        invitation_workspace = cls(
            workspace_id=workspace_id,
            name=name,
            prospective_role=prospective_role,
            description=description,
            image_id=image_id,
        )

        invitation_workspace.additional_properties = d
        return invitation_workspace

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
