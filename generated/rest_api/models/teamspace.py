from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.teamspace_type import TeamspaceType
from ..models.teamspace_visibility import TeamspaceVisibility
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storage_setting import StorageSetting
    from ..models.teamspace_user import TeamspaceUser


T = TypeVar("T", bound="Teamspace")


@_attrs_define
class Teamspace:
    """
    Attributes:
        teamspace_id (str):
        name (str):
        space_type (TeamspaceType):
        created_at (datetime.datetime):
        created_by (TeamspaceUser):
        visibility (TeamspaceVisibility):
        icon (str | Unset):
        description (str | Unset):
        self_ (TeamspaceUser | Unset):
        updated_at (datetime.datetime | Unset):
        default_storage_setting (StorageSetting | Unset):
    """

    teamspace_id: str
    name: str
    space_type: TeamspaceType
    created_at: datetime.datetime
    created_by: TeamspaceUser
    visibility: TeamspaceVisibility
    icon: str | Unset = UNSET
    description: str | Unset = UNSET
    self_: TeamspaceUser | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    default_storage_setting: StorageSetting | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        teamspace_id = self.teamspace_id

        name = self.name

        space_type = self.space_type.value

        created_at = self.created_at.isoformat()

        created_by = self.created_by.to_dict()

        visibility = self.visibility.value

        icon = self.icon

        description = self.description

        self_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_, Unset):
            self_ = self.self_.to_dict()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        default_storage_setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_storage_setting, Unset):
            default_storage_setting = self.default_storage_setting.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "teamspace_id": teamspace_id,
                "name": name,
                "space_type": space_type,
                "created_at": created_at,
                "created_by": created_by,
                "visibility": visibility,
            }
        )
        if icon is not UNSET:
            field_dict["icon"] = icon
        if description is not UNSET:
            field_dict["description"] = description
        if self_ is not UNSET:
            field_dict["self"] = self_
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if default_storage_setting is not UNSET:
            field_dict["default_storage_setting"] = default_storage_setting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.storage_setting import StorageSetting  # noqa: PLC0415
        from ..models.teamspace_user import TeamspaceUser  # noqa: PLC0415

        d = dict(src_dict)
        teamspace_id = d.pop("teamspace_id")

        name = d.pop("name")

        space_type = TeamspaceType(d.pop("space_type"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = TeamspaceUser.from_dict(d.pop("created_by"))

        visibility = TeamspaceVisibility(d.pop("visibility"))

        icon = d.pop("icon", UNSET)

        description = d.pop("description", UNSET)

        _self_ = d.pop("self", UNSET)
        self_: TeamspaceUser | Unset
        if isinstance(_self_, Unset):
            self_ = UNSET
        else:
            self_ = TeamspaceUser.from_dict(_self_)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _default_storage_setting = d.pop("default_storage_setting", UNSET)
        default_storage_setting: StorageSetting | Unset
        if isinstance(_default_storage_setting, Unset):
            default_storage_setting = UNSET
        else:
            default_storage_setting = StorageSetting.from_dict(_default_storage_setting)

        teamspace = cls(
            teamspace_id=teamspace_id,
            name=name,
            space_type=space_type,
            created_at=created_at,
            created_by=created_by,
            visibility=visibility,
            icon=icon,
            description=description,
            self_=self_,
            updated_at=updated_at,
            default_storage_setting=default_storage_setting,
        )

        teamspace.additional_properties = d
        return teamspace

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
