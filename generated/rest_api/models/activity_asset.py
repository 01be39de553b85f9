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

T = TypeVar("T", bound="ActivityAsset")


def _convert_type_(value: AssetType | str) -> AssetType:
    """``type`` as a ``AssetType``: a member as it is, a listed string value as its member."""
    if isinstance(value, AssetType):
        return value
    return AssetType.checked(value, "ActivityAsset.type_")


class _ActivityAssetNames:
    """The established client's names of fields of :class:`ActivityAsset`, as properties."""

    __slots__ = ()

    @property
    def type(self) -> AssetType:
        """``type_`` under the established client's name."""
        return cast("ActivityAsset", self).type_

    @type.setter
    def type(self, value: AssetType) -> None:
        cast("ActivityAsset", self).type_ = value


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class ActivityAsset(_ActivityAssetNames):
    """
    Attributes:
        asset_id (str):
        path (str):
        type_ (AssetType):
        name (str):
    """

    asset_id: str
    path: str
    type_: AssetType = _attrs_field(converter=_convert_type_)
    name: str
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
                f"path={self.path!r}, "
                f"type_={self.type_!r}, "
                f"name={self.name!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.asset_id == other.asset_id
            and self.path == other.path
            and self.type_ == other.type_
            and self.name == other.name
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        path = self.path

        _type__member = _convert_type_(self.type_)
        type_ = _type__member.value

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_id": asset_id,
                "path": path,
                "type": type_,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        asset_id = src_dict["asset_id"]

        path = src_dict["path"]

        _type_ = src_dict["type"]
        type_ = _AssetType_by_value.get(_type_) or AssetType(_type_)

        name = src_dict["name"]

        instance = cls.__new__(cls)
        instance.asset_id = asset_id
        instance.path = path
        instance.type_ = type_
        instance.name = name
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


_attrs_init = ActivityAsset.__init__


def _init(self: ActivityAsset, *args: Any, **kwargs: Any) -> None:
    """attrs' ``__init__``, taking the established client's names of fields too."""
    if "type" in kwargs:
        kwargs["type_"] = kwargs.pop("type")
    _attrs_init(self, *args, **kwargs)


setattr(ActivityAsset, "__init__", _functools.update_wrapper(_init, _attrs_init))  # signature: the fields

# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(("asset_id", "path", "type", "name"))
_AssetType_by_value = cast("dict[Any, AssetType]", AssetType._value2member_map_)
