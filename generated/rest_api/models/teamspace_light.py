from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.teamspace_type import TeamspaceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamspaceLight")


@_attrs_define
class TeamspaceLight:
    """
    Attributes:
        teamspace_id (str):
        name (str):
        space_type (TeamspaceType):
        icon (str | Unset):
    """

    teamspace_id: str
    name: str
    space_type: TeamspaceType
    icon: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        teamspace_id = self.teamspace_id

        name = self.name

        space_type = self.space_type.value

        icon = self.icon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "teamspace_id": teamspace_id,
                "name": name,
                "space_type": space_type,
            }
        )
        if icon is not UNSET:
            field_dict["icon"] = icon

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        teamspace_id = d.pop("teamspace_id")

        name = d.pop("name")

        space_type = TeamspaceType(d.pop("space_type"))

        icon = d.pop("icon", UNSET)

        teamspace_light = cls(
            teamspace_id=teamspace_id,
            name=name,
            space_type=space_type,
            icon=icon,
        )

        teamspace_light.additional_properties = d
        return teamspace_light

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
