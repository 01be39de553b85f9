from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StorageSetting")


@_attrs_define
class StorageSetting:
    """
    Attributes:
        storage_setting_id (str):
        name (str):
        is_default (bool):
        path (str):
        credentials_name (str):
        invalid (bool):
        reason (str | Unset):
    """

    storage_setting_id: str
    name: str
    is_default: bool
    path: str
    credentials_name: str
    invalid: bool
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        storage_setting_id = self.storage_setting_id

        name = self.name

        is_default = self.is_default

        path = self.path

        credentials_name = self.credentials_name

        invalid = self.invalid

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "storage_setting_id": storage_setting_id,
                "name": name,
                "is_default": is_default,
                "path": path,
                "credentials_name": credentials_name,
                "invalid": invalid,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        storage_setting_id = d.pop("storage_setting_id")

        name = d.pop("name")

        is_default = d.pop("is_default")

        path = d.pop("path")

        credentials_name = d.pop("credentials_name")

        invalid = d.pop("invalid")

        reason = d.pop("reason", UNSET)

        storage_setting = cls(
            storage_setting_id=storage_setting_id,
            name=name,
            is_default=is_default,
            path=path,
            credentials_name=credentials_name,
            invalid=invalid,
            reason=reason,
        )

        storage_setting.additional_properties = d
        return storage_setting

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
