# The models used by the fields are imported at the bottom of the module.
# ruff: noqa: E402
from __future__ import annotations

import functools as _functools
from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar, cast

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schema_field_data_type import SchemaFieldDataType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SchemaField")


class _SchemaFieldNames:
    """The established client's names of fields of :class:`SchemaField`, as properties."""

    __slots__ = ()

    @property
    def type(self) -> SchemaFieldArray | SchemaFieldDataType | SchemaFieldMap:
        """``type_`` under the established client's name."""
        return cast("SchemaField", self).type_

    @type.setter
    def type(self, value: SchemaFieldArray | SchemaFieldDataType | SchemaFieldMap) -> None:
        cast("SchemaField", self).type_ = value


@_attrs_define
class SchemaField(_SchemaFieldNames):
    """
    Attributes:
        name (str):
        type_ (SchemaFieldArray | SchemaFieldDataType | SchemaFieldMap):
        nullable (bool):
        metadata (SchemaFieldMetadata | Unset):
    """

    name: str
    type_: SchemaFieldArray | SchemaFieldDataType | SchemaFieldMap
    nullable: bool
    metadata: SchemaFieldMetadata | Unset = UNSET
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
                f"type_={self.type_!r}, "
                f"nullable={self.nullable!r}, "
                f"metadata={self.metadata!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.name == other.name
            and self.type_ == other.type_
            and self.nullable == other.nullable
            and self.metadata == other.metadata
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: dict[str, Any] | str
        if isinstance(self.type_, SchemaFieldDataType):
            type_ = self.type_.value
        elif isinstance(self.type_, SchemaFieldArray):
            type_ = self.type_.to_dict()
        else:
            type_ = self.type_.to_dict()

        nullable = self.nullable

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "nullable": nullable,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        name = src_dict["name"]

        type_ = _parse_field_type_(src_dict["type"])

        nullable = src_dict["nullable"]

        _metadata: Any = src_dict.get("metadata", UNSET)
        metadata = UNSET if _metadata is UNSET else SchemaFieldMetadata.from_dict(_metadata)

        instance = cls.__new__(cls)
        instance.name = name
        instance.type_ = type_
        instance.nullable = nullable
        instance.metadata = metadata
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


def _parse_field_type_(data: object) -> SchemaFieldArray | SchemaFieldDataType | SchemaFieldMap:
    """Turn the JSON value of ``type`` into one of its types."""
    try:
        if isinstance(data, str):
            return _SchemaFieldDataType_by_value.get(data) or SchemaFieldDataType(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if isinstance(data, dict):
            return SchemaFieldArray.from_dict(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for type")
    return SchemaFieldMap.from_dict(data)


_attrs_init = SchemaField.__init__


def _init(self: SchemaField, *args: Any, **kwargs: Any) -> None:
    """attrs' ``__init__``, taking the established client's names of fields too."""
    if "type" in kwargs:
        kwargs["type_"] = kwargs.pop("type")
    _attrs_init(self, *args, **kwargs)


setattr(SchemaField, "__init__", _functools.update_wrapper(_init, _attrs_init))  # signature: the fields

# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(("name", "type", "nullable", "metadata"))
_SchemaFieldDataType_by_value = cast("dict[Any, SchemaFieldDataType]", SchemaFieldDataType._value2member_map_)

# Models used by the fields, imported once the class above exists (so import cycles resolve).
from ..models.schema_field_array import SchemaFieldArray
from ..models.schema_field_map import SchemaFieldMap
from ..models.schema_field_metadata import SchemaFieldMetadata
