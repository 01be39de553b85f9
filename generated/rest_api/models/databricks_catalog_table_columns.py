from __future__ import annotations

from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabricksCatalogTableColumns")


@_attrs_define
class DatabricksCatalogTableColumns:
    """
    Attributes:
        name (str | Unset):
        comment (str | Unset):
        nullable (bool | Unset):
        partition_index (int | Unset):
        position (int | Unset):
        type_name (str | Unset):
        type_precision (int | Unset):
        type_scale (int | Unset):
        type_text (str | Unset):
        type_json (str | Unset):
        type_interval_type (str | Unset):
    """

    name: str | Unset = UNSET
    comment: str | Unset = UNSET
    nullable: bool | Unset = UNSET
    partition_index: int | Unset = UNSET
    position: int | Unset = UNSET
    type_name: str | Unset = UNSET
    type_precision: int | Unset = UNSET
    type_scale: int | Unset = UNSET
    type_text: str | Unset = UNSET
    type_json: str | Unset = UNSET
    type_interval_type: str | Unset = UNSET
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
                f"comment={self.comment!r}, "
                f"nullable={self.nullable!r}, "
                f"partition_index={self.partition_index!r}, "
                f"position={self.position!r}, "
                f"type_name={self.type_name!r}, "
                f"type_precision={self.type_precision!r}, "
                f"type_scale={self.type_scale!r}, "
                f"type_text={self.type_text!r}, "
                f"type_json={self.type_json!r}, "
                f"type_interval_type={self.type_interval_type!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.name == other.name
            and self.comment == other.comment
            and self.nullable == other.nullable
            and self.partition_index == other.partition_index
            and self.position == other.position
            and self.type_name == other.type_name
            and self.type_precision == other.type_precision
            and self.type_scale == other.type_scale
            and self.type_text == other.type_text
            and self.type_json == other.type_json
            and self.type_interval_type == other.type_interval_type
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        comment = self.comment

        nullable = self.nullable

        partition_index = self.partition_index

        position = self.position

        type_name = self.type_name

        type_precision = self.type_precision

        type_scale = self.type_scale

        type_text = self.type_text

        type_json = self.type_json

        type_interval_type = self.type_interval_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if comment is not UNSET:
            field_dict["comment"] = comment
        if nullable is not UNSET:
            field_dict["nullable"] = nullable
        if partition_index is not UNSET:
            field_dict["partition_index"] = partition_index
        if position is not UNSET:
            field_dict["position"] = position
        if type_name is not UNSET:
            field_dict["type_name"] = type_name
        if type_precision is not UNSET:
            field_dict["type_precision"] = type_precision
        if type_scale is not UNSET:
            field_dict["type_scale"] = type_scale
        if type_text is not UNSET:
            field_dict["type_text"] = type_text
        if type_json is not UNSET:
            field_dict["type_json"] = type_json
        if type_interval_type is not UNSET:
            field_dict["type_interval_type"] = type_interval_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        name = src_dict.get("name", UNSET)

        comment = src_dict.get("comment", UNSET)

        nullable = src_dict.get("nullable", UNSET)

        partition_index = src_dict.get("partition_index", UNSET)

        position = src_dict.get("position", UNSET)

        type_name = src_dict.get("type_name", UNSET)

        type_precision = src_dict.get("type_precision", UNSET)

        type_scale = src_dict.get("type_scale", UNSET)

        type_text = src_dict.get("type_text", UNSET)

        type_json = src_dict.get("type_json", UNSET)

        type_interval_type = src_dict.get("type_interval_type", UNSET)

        instance = cls.__new__(cls)
        instance.name = name
        instance.comment = comment
        instance.nullable = nullable
        instance.partition_index = partition_index
        instance.position = position
        instance.type_name = type_name
        instance.type_precision = type_precision
        instance.type_scale = type_scale
        instance.type_text = type_text
        instance.type_json = type_json
        instance.type_interval_type = type_interval_type
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
_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "comment",
        "nullable",
        "partition_index",
        "position",
        "type_name",
        "type_precision",
        "type_scale",
        "type_text",
        "type_json",
        "type_interval_type",
    )
)
