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
from ..types import REQUEST_BODY, UNSET, Unset, check_value

T = TypeVar("T", bound="AssetUpdateRequest")


def _convert_type_(value: AssetType | str | Unset) -> AssetType | Unset:
    """``type`` as a ``AssetType``: a member as it is, a listed string value as its member."""
    if isinstance(value, AssetType | Unset):
        return value
    return AssetType.checked(value, "AssetUpdateRequest.type_")


class _AssetUpdateRequestNames:
    """The established client's names of fields of :class:`AssetUpdateRequest`, as properties."""

    __slots__ = ()

    @property
    def type(self) -> AssetType | Unset:
        """``type_`` under the established client's name."""
        return cast("AssetUpdateRequest", self).type_

    @type.setter
    def type(self, value: AssetType | Unset) -> None:
        cast("AssetUpdateRequest", self).type_ = value


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class AssetUpdateRequest(_AssetUpdateRequestNames):
    """
    Attributes:
        name (str | Unset):
        description (str | Unset):
        type_ (AssetType | Unset):
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    type_: AssetType | Unset = _attrs_field(default=UNSET, converter=_convert_type_)
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
                f"type_={self.type_!r}, "
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
            and self.type_ == other.type_
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if REQUEST_BODY.get():
            _check_fields(self)
        name = self.name

        description = self.description

        _type__member = _convert_type_(self.type_)
        type_: str | Unset = UNSET
        if not isinstance(_type__member, Unset):
            type_ = _type__member.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        _type_: Any = src_dict.get("type", UNSET)
        type_ = UNSET if _type_ is UNSET else _AssetType_by_value.get(_type_) or AssetType(_type_)

        instance = cls.__new__(cls)
        instance.name = name
        instance.description = description
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


def _check_fields(instance: AssetUpdateRequest) -> None:
    """Refuse (``errors.ConstraintError``) a field the spec's constraints do not allow."""
    check_value(instance.name, "AssetUpdateRequest.name", min_length=1, pattern="^(?!\\.\\.?$)[^/]+$")


_attrs_init = AssetUpdateRequest.__init__


def _init(self: AssetUpdateRequest, *args: Any, **kwargs: Any) -> None:
    """attrs' ``__init__``, taking the established client's names of fields too, then the spec's constraints checked."""
    if "type" in kwargs:
        kwargs["type_"] = kwargs.pop("type")
    _attrs_init(self, *args, **kwargs)
    _check_fields(self)


setattr(AssetUpdateRequest, "__init__", _functools.update_wrapper(_init, _attrs_init))  # signature: the fields

# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(("name", "description", "type"))
_AssetType_by_value = cast("dict[Any, AssetType]", AssetType._value2member_map_)
