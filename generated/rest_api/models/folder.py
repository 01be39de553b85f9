from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workspace_user import WorkspaceUser


T = TypeVar("T", bound="Folder")


@_attrs_define
class Folder:
    """
    Attributes:
        id (str):
        workspace_id (str):
        teamspace_id (str):
        asset_id (str):
        name (str):
        created_at (datetime.datetime):
        created_by (WorkspaceUser):
        group_id (str | Unset):
        parent_folder_id (str | Unset):
        updated_at (datetime.datetime | Unset):
        description (str | Unset):
    """

    id: str
    workspace_id: str
    teamspace_id: str
    asset_id: str
    name: str
    created_at: datetime.datetime
    created_by: WorkspaceUser
    group_id: str | Unset = UNSET
    parent_folder_id: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        workspace_id = self.workspace_id

        teamspace_id = self.teamspace_id

        asset_id = self.asset_id

        name = self.name

        created_at = self.created_at.isoformat()

        created_by = self.created_by.to_dict()

        group_id = self.group_id

        parent_folder_id = self.parent_folder_id

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workspace_id": workspace_id,
                "teamspace_id": teamspace_id,
                "asset_id": asset_id,
                "name": name,
                "created_at": created_at,
                "created_by": created_by,
            }
        )
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if parent_folder_id is not UNSET:
            field_dict["parent_folder_id"] = parent_folder_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workspace_user import WorkspaceUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        workspace_id = d.pop("workspace_id")

        teamspace_id = d.pop("teamspace_id")

        asset_id = d.pop("asset_id")

        name = d.pop("name")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = WorkspaceUser.from_dict(d.pop("created_by"))

        group_id = d.pop("group_id", UNSET)

        parent_folder_id = d.pop("parent_folder_id", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        description = d.pop("description", UNSET)

        folder = cls(
            id=id,
            workspace_id=workspace_id,
            teamspace_id=teamspace_id,
            asset_id=asset_id,
            name=name,
            created_at=created_at,
            created_by=created_by,
            group_id=group_id,
            parent_folder_id=parent_folder_id,
            updated_at=updated_at,
            description=description,
        )

        folder.additional_properties = d
        return folder

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
