from __future__ import annotations

from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar, cast

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.teamspace_visibility import TeamspaceVisibility
from ..types import UNSET, Unset

T = TypeVar("T", bound="GeneralspaceUpdateRequest")


def _convert_visibility_level(value: TeamspaceVisibility | str | Unset) -> TeamspaceVisibility | Unset:
    """``visibility_level`` as a ``TeamspaceVisibility``: a member as it is, a listed string value as its member."""
    if isinstance(value, TeamspaceVisibility | Unset):
        return value
    return TeamspaceVisibility.checked(value, "GeneralspaceUpdateRequest.visibility_level")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
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
    visibility_level: TeamspaceVisibility | Unset = _attrs_field(default=UNSET, converter=_convert_visibility_level)
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
                f"name={self.name!r}, "
                f"description={self.description!r}, "
                f"icon={self.icon!r}, "
                f"visibility_level={self.visibility_level!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.name == other.name
            and self.description == other.description
            and self.icon == other.icon
            and self.visibility_level == other.visibility_level
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        icon = self.icon

        _visibility_level_member = _convert_visibility_level(self.visibility_level)
        visibility_level: str | Unset = UNSET
        if not isinstance(_visibility_level_member, Unset):
            visibility_level = _visibility_level_member.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        icon = src_dict.get("icon", UNSET)

        _visibility_level: Any = src_dict.get("visibility_level", UNSET)
        visibility_level = (
            UNSET
            if _visibility_level is UNSET
            else _TeamspaceVisibility_by_value.get(_visibility_level) or TeamspaceVisibility(_visibility_level)
        )

        instance = cls.__new__(cls)
        instance.name = name
        instance.description = description
        instance.icon = icon
        instance.visibility_level = visibility_level
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
_FIELDS: frozenset[str] = frozenset(("name", "description", "icon", "visibility_level"))
_TeamspaceVisibility_by_value = cast("dict[Any, TeamspaceVisibility]", TeamspaceVisibility._value2member_map_)
