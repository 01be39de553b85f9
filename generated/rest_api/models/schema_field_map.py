from __future__ import annotations

import functools as _functools
from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar, cast

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SchemaFieldMap")


class _SchemaFieldMapNames:
    """The established client's names of fields of :class:`SchemaFieldMap`, as properties."""

    __slots__ = ()

    @property
    def type(self) -> str:
        """``type_`` under the established client's name."""
        return cast("SchemaFieldMap", self).type_

    @type.setter
    def type(self, value: str) -> None:
        cast("SchemaFieldMap", self).type_ = value


@_attrs_define
class SchemaFieldMap(_SchemaFieldMapNames):
    """
    Attributes:
        type_ (str):
        key_type (str):
        value_type (str):
        value_contains_null (bool):
    """

    type_: str
    key_type: str
    value_type: str
    value_contains_null: bool
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
                f"key_type={self.key_type!r}, "
                f"value_type={self.value_type!r}, "
                f"value_contains_null={self.value_contains_null!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.type_ == other.type_
            and self.key_type == other.key_type
            and self.value_type == other.value_type
            and self.value_contains_null == other.value_contains_null
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        key_type = self.key_type

        value_type = self.value_type

        value_contains_null = self.value_contains_null

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "keyType": key_type,
                "valueType": value_type,
                "valueContainsNull": value_contains_null,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        type_ = src_dict["type"]

        key_type = src_dict["keyType"]

        value_type = src_dict["valueType"]

        value_contains_null = src_dict["valueContainsNull"]

        instance = cls.__new__(cls)
        instance.type_ = type_
        instance.key_type = key_type
        instance.value_type = value_type
        instance.value_contains_null = value_contains_null
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


_attrs_init = SchemaFieldMap.__init__


def _init(self: SchemaFieldMap, *args: Any, **kwargs: Any) -> None:
    """attrs' ``__init__``, taking the established client's names of fields too."""
    if "type" in kwargs:
        kwargs["type_"] = kwargs.pop("type")
    _attrs_init(self, *args, **kwargs)


setattr(SchemaFieldMap, "__init__", _functools.update_wrapper(_init, _attrs_init))  # signature: the fields

# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(("type", "keyType", "valueType", "valueContainsNull"))
