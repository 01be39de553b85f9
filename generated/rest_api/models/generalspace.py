from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Generalspace")


@_attrs_define
class Generalspace:
    """
    Attributes:
        generalspace_id (str):
        name (str):
        created_at (datetime.datetime):
        icon (str | Unset):
        description (str | Unset):
        updated_at (datetime.datetime | Unset):
    """

    generalspace_id: str
    name: str
    created_at: datetime.datetime
    icon: str | Unset = UNSET
    description: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generalspace_id = self.generalspace_id

        name = self.name

        created_at = self.created_at.isoformat()

        icon = self.icon

        description = self.description

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generalspace_id": generalspace_id,
                "name": name,
                "created_at": created_at,
            }
        )
        if icon is not UNSET:
            field_dict["icon"] = icon
        if description is not UNSET:
            field_dict["description"] = description
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        generalspace_id = d.pop("generalspace_id")

        name = d.pop("name")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        icon = d.pop("icon", UNSET)

        description = d.pop("description", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        generalspace = cls(
            generalspace_id=generalspace_id,
            name=name,
            created_at=created_at,
            icon=icon,
            description=description,
            updated_at=updated_at,
        )

        generalspace.additional_properties = d
        return generalspace

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
