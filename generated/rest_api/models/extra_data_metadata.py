from __future__ import annotations

import functools as _functools
from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar, cast

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExtraDataMetadata")


class _ExtraDataMetadataNames:
    """The established client's names of fields of :class:`ExtraDataMetadata`, as properties."""

    __slots__ = ()

    @property
    def type(self) -> str:
        """``type_`` under the established client's name."""
        return cast("ExtraDataMetadata", self).type_

    @type.setter
    def type(self, value: str) -> None:
        cast("ExtraDataMetadata", self).type_ = value


@_attrs_define
class ExtraDataMetadata(_ExtraDataMetadataNames):
    """
    Attributes:
        key (str):
        value (str):
        type_ (str):
        old_value (str | Unset):
    """

    key: str
    value: str
    type_: str
    old_value: str | Unset = UNSET
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
                f"key={self.key!r}, "
                f"value={self.value!r}, "
                f"type_={self.type_!r}, "
                f"old_value={self.old_value!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.key == other.key
            and self.value == other.value
            and self.type_ == other.type_
            and self.old_value == other.old_value
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        type_ = self.type_

        old_value = self.old_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "value": value,
                "type": type_,
            }
        )
        if old_value is not UNSET:
            field_dict["old_value"] = old_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        key = src_dict["key"]

        value = src_dict["value"]

        type_ = src_dict["type"]

        old_value = src_dict.get("old_value", UNSET)

        instance = cls.__new__(cls)
        instance.key = key
        instance.value = value
        instance.type_ = type_
        instance.old_value = old_value
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


_attrs_init = ExtraDataMetadata.__init__


def _init(self: ExtraDataMetadata, *args: Any, **kwargs: Any) -> None:
    """attrs' ``__init__``, taking the established client's names of fields too."""
    if "type" in kwargs:
        kwargs["type_"] = kwargs.pop("type")
    _attrs_init(self, *args, **kwargs)


setattr(ExtraDataMetadata, "__init__", _functools.update_wrapper(_init, _attrs_init))  # signature: the fields

# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(("key", "value", "type", "old_value"))
