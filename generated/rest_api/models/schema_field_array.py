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

T = TypeVar("T", bound="SchemaFieldArray")


class _SchemaFieldArrayNames:
    """The established client's names of fields of :class:`SchemaFieldArray`, as properties."""

    __slots__ = ()

    @property
    def type(self) -> str:
        """``type_`` under the established client's name."""
        return cast("SchemaFieldArray", self).type_

    @type.setter
    def type(self, value: str) -> None:
        cast("SchemaFieldArray", self).type_ = value


@_attrs_define
class SchemaFieldArray(_SchemaFieldArrayNames):
    """
    Attributes:
        type_ (str):
        element_type (SchemaFieldArray | SchemaFieldDataType | SchemaFieldMap):
        contains_null (bool):
    """

    type_: str
    element_type: SchemaFieldArray | SchemaFieldDataType | SchemaFieldMap
    contains_null: bool
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
                f"type_={self.type_!r}, "
                f"element_type={self.element_type!r}, "
                f"contains_null={self.contains_null!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.type_ == other.type_
            and self.element_type == other.element_type
            and self.contains_null == other.contains_null
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        element_type: dict[str, Any] | str
        if isinstance(self.element_type, SchemaFieldDataType):
            element_type = self.element_type.value
        elif isinstance(self.element_type, SchemaFieldArray):
            element_type = self.element_type.to_dict()
        else:
            element_type = self.element_type.to_dict()

        contains_null = self.contains_null

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "elementType": element_type,
                "containsNull": contains_null,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        type_ = src_dict["type"]

        element_type = _parse_field_element_type(src_dict["elementType"])

        contains_null = src_dict["containsNull"]

        instance = cls.__new__(cls)
        instance.type_ = type_
        instance.element_type = element_type
        instance.contains_null = contains_null
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


def _parse_field_element_type(data: object) -> SchemaFieldArray | SchemaFieldDataType | SchemaFieldMap:
    """Turn the JSON value of ``elementType`` into one of its types."""
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
        raise TypeError(f"unexpected {type(data).__name__} for elementType")
    return SchemaFieldMap.from_dict(data)


_attrs_init = SchemaFieldArray.__init__


def _init(self: SchemaFieldArray, *args: Any, **kwargs: Any) -> None:
    """attrs' ``__init__``, taking the established client's names of fields too."""
    if "type" in kwargs:
        kwargs["type_"] = kwargs.pop("type")
    _attrs_init(self, *args, **kwargs)


setattr(SchemaFieldArray, "__init__", _functools.update_wrapper(_init, _attrs_init))  # signature: the fields

# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(("type", "elementType", "containsNull"))
_SchemaFieldDataType_by_value = cast("dict[Any, SchemaFieldDataType]", SchemaFieldDataType._value2member_map_)

# Models used by the fields, imported once the class above exists (so import cycles resolve).
from ..models.schema_field_map import SchemaFieldMap
