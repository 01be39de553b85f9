from __future__ import annotations

import functools as _functools
from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar, cast

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.asset_metadata_type import AssetMetadataType

T = TypeVar("T", bound="AssetMetadata")


def _convert_type_(value: AssetMetadataType | str) -> AssetMetadataType:
    """``type`` as a ``AssetMetadataType``: a member as it is, a listed string value as its member."""
    if isinstance(value, AssetMetadataType):
        return value
    return AssetMetadataType.checked(value, "AssetMetadata.type_")


class _AssetMetadataNames:
    """The established client's names of fields of :class:`AssetMetadata`, as properties."""

    __slots__ = ()

    @property
    def type(self) -> AssetMetadataType:
        """``type_`` under the established client's name."""
        return cast("AssetMetadata", self).type_

    @type.setter
    def type(self, value: AssetMetadataType) -> None:
        cast("AssetMetadata", self).type_ = value


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class AssetMetadata(_AssetMetadataNames):
    """
    Attributes:
        key (str):
        value (str):
        type_ (AssetMetadataType):
    """

    key: str
    value: str
    type_: AssetMetadataType = _attrs_field(converter=_convert_type_)
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
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        _type__member = _convert_type_(self.type_)
        type_ = _type__member.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "value": value,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        key = src_dict["key"]

        value = src_dict["value"]

        _type_ = src_dict["type"]
        type_ = _AssetMetadataType_by_value.get(_type_) or AssetMetadataType(_type_)

        instance = cls.__new__(cls)
        instance.key = key
        instance.value = value
        instance.type_ = type_
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


_attrs_init = AssetMetadata.__init__


def _init(self: AssetMetadata, *args: Any, **kwargs: Any) -> None:
    """attrs' ``__init__``, taking the established client's names of fields too."""
    if "type" in kwargs:
        kwargs["type_"] = kwargs.pop("type")
    _attrs_init(self, *args, **kwargs)


setattr(AssetMetadata, "__init__", _functools.update_wrapper(_init, _attrs_init))  # signature: the fields

# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(("key", "value", "type"))
_AssetMetadataType_by_value = cast("dict[Any, AssetMetadataType]", AssetMetadataType._value2member_map_)
