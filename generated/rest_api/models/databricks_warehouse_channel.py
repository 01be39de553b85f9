from __future__ import annotations

from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar, cast

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.databricks_warehouse_channel_name import DatabricksWarehouseChannelName
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabricksWarehouseChannel")


def _convert_name(value: DatabricksWarehouseChannelName | str | Unset) -> DatabricksWarehouseChannelName | Unset:
    """``name`` as a ``DatabricksWarehouseChannelName``: a member as it is, a listed string value as its member."""
    if isinstance(value, DatabricksWarehouseChannelName | Unset):
        return value
    return DatabricksWarehouseChannelName.checked(value, "DatabricksWarehouseChannel.name")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class DatabricksWarehouseChannel:
    """
    Attributes:
        name (DatabricksWarehouseChannelName | Unset):
        dbsql_version (str | Unset):
    """

    name: DatabricksWarehouseChannelName | Unset = _attrs_field(default=UNSET, converter=_convert_name)
    dbsql_version: str | Unset = UNSET
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
                f"dbsql_version={self.dbsql_version!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.name == other.name
            and self.dbsql_version == other.dbsql_version
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        _name_member = _convert_name(self.name)
        name: str | Unset = UNSET
        if not isinstance(_name_member, Unset):
            name = _name_member.value

        dbsql_version = self.dbsql_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if dbsql_version is not UNSET:
            field_dict["dbsql_version"] = dbsql_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        _name: Any = src_dict.get("name", UNSET)
        name = (
            UNSET
            if _name is UNSET
            else _DatabricksWarehouseChannelName_by_value.get(_name) or DatabricksWarehouseChannelName(_name)
        )

        dbsql_version = src_dict.get("dbsql_version", UNSET)

        instance = cls.__new__(cls)
        instance.name = name
        instance.dbsql_version = dbsql_version
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
_FIELDS: frozenset[str] = frozenset(("name", "dbsql_version"))
_DatabricksWarehouseChannelName_by_value = cast(
    "dict[Any, DatabricksWarehouseChannelName]", DatabricksWarehouseChannelName._value2member_map_
)
