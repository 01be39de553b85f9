from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workspace_user import WorkspaceUser


T = TypeVar("T", bound="Workspace")


@_attrs_define
class Workspace:
    """
    Attributes:
        workspace_id (str):
        name (str):
        created_by (WorkspaceUser):
        self_ (WorkspaceUser):
        created_at (datetime.datetime):
        image_id (str | Unset):
        description (str | Unset):
        updated_at (datetime.datetime | Unset):
    """

    workspace_id: str
    name: str
    created_by: WorkspaceUser
    self_: WorkspaceUser
    created_at: datetime.datetime
    image_id: str | Unset = UNSET
    description: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        name = self.name

        created_by = self.created_by.to_dict()

        self_ = self.self_.to_dict()

        created_at = self.created_at.isoformat()

        image_id = self.image_id

        description = self.description

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_id": workspace_id,
                "name": name,
                "created_by": created_by,
                "self": self_,
                "created_at": created_at,
            }
        )
        if image_id is not UNSET:
            field_dict["image_id"] = image_id
        if description is not UNSET:
            field_dict["description"] = description
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workspace_user import WorkspaceUser  # noqa: PLC0415

        d = dict(src_dict)
        workspace_id = d.pop("workspace_id")

        name = d.pop("name")

        created_by = WorkspaceUser.from_dict(d.pop("created_by"))

        self_ = WorkspaceUser.from_dict(d.pop("self"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        image_id = d.pop("image_id", UNSET)

        description = d.pop("description", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        workspace = cls(
            workspace_id=workspace_id,
            name=name,
            created_by=created_by,
            self_=self_,
            created_at=created_at,
            image_id=image_id,
            description=description,
            updated_at=updated_at,
        )

        workspace.additional_properties = d
        return workspace

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
