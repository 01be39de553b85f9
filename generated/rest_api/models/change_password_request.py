from __future__ import annotations

import functools as _functools
from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import REQUEST_BODY, check_value

T = TypeVar("T", bound="ChangePasswordRequest")


@_attrs_define
class ChangePasswordRequest:
    """
    Attributes:
        current_password (str):
        new_password (str):
    """

    current_password: str = _attrs_field(repr=False)
    new_password: str = _attrs_field(repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        key = (id(self), _get_ident())
        if key in _REPRING:
            return "..."
        _REPRING.add(key)
        try:
            name = self.__class__.__qualname__.rsplit(">.", 1)[-1]
            return f"{name}(additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.current_password == other.current_password
            and self.new_password == other.new_password
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if REQUEST_BODY.get():
            _check_fields(self)
        current_password = self.current_password

        new_password = self.new_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current_password": current_password,
                "new_password": new_password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        current_password = src_dict["current_password"]

        new_password = src_dict["new_password"]

        instance = cls.__new__(cls)
        instance.current_password = current_password
        instance.new_password = new_password
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


def _check_fields(instance: ChangePasswordRequest) -> None:
    """Refuse (``errors.ConstraintError``) a field the spec's constraints do not allow."""
    check_value(instance.new_password, "ChangePasswordRequest.new_password", min_length=1, secret=True)


_attrs_init = ChangePasswordRequest.__init__


def _init(self: ChangePasswordRequest, *args: Any, **kwargs: Any) -> None:
    """attrs' ``__init__``, then the spec's constraints checked."""
    _attrs_init(self, *args, **kwargs)
    _check_fields(self)


setattr(ChangePasswordRequest, "__init__", _functools.update_wrapper(_init, _attrs_init))  # signature: the fields

# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(("current_password", "new_password"))
