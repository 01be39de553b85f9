from __future__ import annotations

from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar, cast

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.teamspace_type import TeamspaceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamspaceLight")


def _convert_space_type(value: TeamspaceType | str) -> TeamspaceType:
    """``space_type`` as a ``TeamspaceType``: a member as it is, a listed string value as its member."""
    if isinstance(value, TeamspaceType):
        return value
    return TeamspaceType.checked(value, "TeamspaceLight.space_type")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
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
    space_type: TeamspaceType = _attrs_field(converter=_convert_space_type)
    icon: str | Unset = UNSET
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
                f"teamspace_id={self.teamspace_id!r}, "
                f"name={self.name!r}, "
                f"space_type={self.space_type!r}, "
                f"icon={self.icon!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.teamspace_id == other.teamspace_id
            and self.name == other.name
            and self.space_type == other.space_type
            and self.icon == other.icon
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        teamspace_id = self.teamspace_id

        name = self.name

        _space_type_member = _convert_space_type(self.space_type)
        space_type = _space_type_member.value

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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        teamspace_id = src_dict["teamspace_id"]

        name = src_dict["name"]

        _space_type = src_dict["space_type"]
        space_type = _TeamspaceType_by_value.get(_space_type) or TeamspaceType(_space_type)

        icon = src_dict.get("icon", UNSET)

        instance = cls.__new__(cls)
        instance.teamspace_id = teamspace_id
        instance.name = name
        instance.space_type = space_type
        instance.icon = icon
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
_FIELDS: frozenset[str] = frozenset(("teamspace_id", "name", "space_type", "icon"))
_TeamspaceType_by_value = cast("dict[Any, TeamspaceType]", TeamspaceType._value2member_map_)
