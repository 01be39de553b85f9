from __future__ import annotations

from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StorageSettingUpdateRequest")


@_attrs_define
class StorageSettingUpdateRequest:
    """
    Attributes:
        name (str | Unset):
        is_default (bool | Unset):
        path (str | Unset):
        credentials_name (str | Unset):
        test_settings (bool | Unset):
    """

    name: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    path: str | Unset = UNSET
    credentials_name: str | Unset = UNSET
    test_settings: bool | Unset = UNSET
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
                f"is_default={self.is_default!r}, "
                f"path={self.path!r}, "
                f"credentials_name={self.credentials_name!r}, "
                f"test_settings={self.test_settings!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.name == other.name
            and self.is_default == other.is_default
            and self.path == other.path
            and self.credentials_name == other.credentials_name
            and self.test_settings == other.test_settings
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        is_default = self.is_default

        path = self.path

        credentials_name = self.credentials_name

        test_settings = self.test_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if path is not UNSET:
            field_dict["path"] = path
        if credentials_name is not UNSET:
            field_dict["credentials_name"] = credentials_name
        if test_settings is not UNSET:
            field_dict["test_settings"] = test_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        name = src_dict.get("name", UNSET)

        is_default = src_dict.get("is_default", UNSET)

        path = src_dict.get("path", UNSET)

        credentials_name = src_dict.get("credentials_name", UNSET)

        test_settings = src_dict.get("test_settings", UNSET)

        instance = cls.__new__(cls)
        instance.name = name
        instance.is_default = is_default
        instance.path = path
        instance.credentials_name = credentials_name
        instance.test_settings = test_settings
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
_FIELDS: frozenset[str] = frozenset(("name", "is_default", "path", "credentials_name", "test_settings"))
