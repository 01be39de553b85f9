from __future__ import annotations

import functools as _functools
from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar, cast

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.asset_type import AssetType

T = TypeVar("T", bound="MovedAsset")


def _convert_type_(value: AssetType | str) -> AssetType:
    """``type`` as a ``AssetType``: a member as it is, a listed string value as its member."""
    if isinstance(value, AssetType):
        return value
    return AssetType.checked(value, "MovedAsset.type_")


class _MovedAssetNames:
    """The established client's names of fields of :class:`MovedAsset`, as properties."""

    __slots__ = ()

    @property
    def type(self) -> AssetType:
        """``type_`` under the established client's name."""
        return cast("MovedAsset", self).type_

    @type.setter
    def type(self, value: AssetType) -> None:
        cast("MovedAsset", self).type_ = value


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class MovedAsset(_MovedAssetNames):
    """
    Attributes:
        asset_id (str):
        type_ (AssetType):
        old_path (str):
        new_path (str):
    """

    asset_id: str
    type_: AssetType = _attrs_field(converter=_convert_type_)
    old_path: str
    new_path: str
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
                f"asset_id={self.asset_id!r}, "
                f"type_={self.type_!r}, "
                f"old_path={self.old_path!r}, "
                f"new_path={self.new_path!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.asset_id == other.asset_id
            and self.type_ == other.type_
            and self.old_path == other.old_path
            and self.new_path == other.new_path
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        _type__member = _convert_type_(self.type_)
        type_ = _type__member.value

        old_path = self.old_path

        new_path = self.new_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_id": asset_id,
                "type": type_,
                "old_path": old_path,
                "new_path": new_path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        asset_id = src_dict["asset_id"]

        _type_ = src_dict["type"]
        type_ = _AssetType_by_value.get(_type_) or AssetType(_type_)

        old_path = src_dict["old_path"]

        new_path = src_dict["new_path"]

        instance = cls.__new__(cls)
        instance.asset_id = asset_id
        instance.type_ = type_
        instance.old_path = old_path
        instance.new_path = new_path
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


_attrs_init = MovedAsset.__init__


def _init(self: MovedAsset, *args: Any, **kwargs: Any) -> None:
    """attrs' ``__init__``, taking the established client's names of fields too."""
    if "type" in kwargs:
        kwargs["type_"] = kwargs.pop("type")
    _attrs_init(self, *args, **kwargs)


setattr(MovedAsset, "__init__", _functools.update_wrapper(_init, _attrs_init))  # signature: the fields

# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(("asset_id", "type", "old_path", "new_path"))
_AssetType_by_value = cast("dict[Any, AssetType]", AssetType._value2member_map_)
