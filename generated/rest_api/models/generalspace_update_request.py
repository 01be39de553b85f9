from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.teamspace_visibility import TeamspaceVisibility
from ..types import UNSET, Unset

T = TypeVar("T", bound="GeneralspaceUpdateRequest")


@_attrs_define
class GeneralspaceUpdateRequest:
    """
    Attributes:
        name (str | Unset):
        description (str | Unset):
        icon (str | Unset):
        visibility_level (TeamspaceVisibility | Unset):
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    icon: str | Unset = UNSET
    visibility_level: TeamspaceVisibility | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        icon = self.icon

        visibility_level: str | Unset = UNSET
        if not isinstance(self.visibility_level, Unset):
            visibility_level = self.visibility_level.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if icon is not UNSET:
            field_dict["icon"] = icon
        if visibility_level is not UNSET:
            field_dict["visibility_level"] = visibility_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        icon = d.pop("icon", UNSET)

        _visibility_level = d.pop("visibility_level", UNSET)
        visibility_level: TeamspaceVisibility | Unset
        if isinstance(_visibility_level, Unset):
            visibility_level = UNSET
        else:
            visibility_level = TeamspaceVisibility(_visibility_level)

        generalspace_update_request = cls(
            name=name,
            description=description,
            icon=icon,
            visibility_level=visibility_level,
        )

        generalspace_update_request.additional_properties = d
        return generalspace_update_request

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
