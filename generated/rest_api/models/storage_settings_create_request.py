from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StorageSettingsCreateRequest")


@_attrs_define
class StorageSettingsCreateRequest:
    """
    Attributes:
        name (str):
        is_default (bool):
        path (str):
        credentials_name (str):
        test_settings (bool | Unset):
    """

    name: str
    is_default: bool
    path: str
    credentials_name: str
    test_settings: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        is_default = self.is_default

        path = self.path

        credentials_name = self.credentials_name

        test_settings = self.test_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "is_default": is_default,
                "path": path,
                "credentials_name": credentials_name,
            }
        )
        if test_settings is not UNSET:
            field_dict["test_settings"] = test_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        name = src_dict["name"]

        is_default = src_dict["is_default"]

        path = src_dict["path"]

        credentials_name = src_dict["credentials_name"]

        test_settings = src_dict.get("test_settings", UNSET)

        instance = cls(
            name,
            is_default,
            path,
            credentials_name,
            test_settings,
        )
        if not src_dict.keys() <= _FIELDS:
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


# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(("name", "is_default", "path", "credentials_name", "test_settings"))
