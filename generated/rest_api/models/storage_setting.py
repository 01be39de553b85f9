from __future__ import annotations

from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
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

    def __repr__(self) -> str:
        key = (id(self), _get_ident())
        if key in _REPRING:
            return "..."
        _REPRING.add(key)
        try:
            name = self.__class__.__qualname__.rsplit(">.", 1)[-1]
            return (
                f"{name}("
                f"storage_setting_id={self.storage_setting_id!r}, "
                f"name={self.name!r}, "
                f"is_default={self.is_default!r}, "
                f"path={self.path!r}, "
                f"credentials_name={self.credentials_name!r}, "
                f"invalid={self.invalid!r}, "
                f"reason={self.reason!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.storage_setting_id == other.storage_setting_id
            and self.name == other.name
            and self.is_default == other.is_default
            and self.path == other.path
            and self.credentials_name == other.credentials_name
            and self.invalid == other.invalid
            and self.reason == other.reason
            and self.additional_properties == other.additional_properties
        )

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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        storage_setting_id = src_dict["storage_setting_id"]

        name = src_dict["name"]

        is_default = src_dict["is_default"]

        path = src_dict["path"]

        credentials_name = src_dict["credentials_name"]

        invalid = src_dict["invalid"]

        reason = src_dict.get("reason", UNSET)

        instance = cls.__new__(cls)
        instance.storage_setting_id = storage_setting_id
        instance.name = name
        instance.is_default = is_default
        instance.path = path
        instance.credentials_name = credentials_name
        instance.invalid = invalid
        instance.reason = reason
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
_FIELDS: frozenset[str] = frozenset(
    ("storage_setting_id", "name", "is_default", "path", "credentials_name", "invalid", "reason")
)
