from __future__ import annotations

from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SnowflakeServiceUserKey")


@_attrs_define
class SnowflakeServiceUserKey:
    """
    Attributes:
        account (str | Unset):
        user (str | Unset):
        private_key_raw (str | Unset):
        private_key_passphrase (str | Unset):
        role (str | Unset):
        warehouse (str | Unset):
    """

    account: str | Unset = UNSET
    user: str | Unset = UNSET
    private_key_raw: str | Unset = UNSET
    private_key_passphrase: str | Unset = UNSET
    role: str | Unset = UNSET
    warehouse: str | Unset = UNSET
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
                f"account={self.account!r}, "
                f"user={self.user!r}, "
                f"private_key_raw={self.private_key_raw!r}, "
                f"private_key_passphrase={self.private_key_passphrase!r}, "
                f"role={self.role!r}, "
                f"warehouse={self.warehouse!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.account == other.account
            and self.user == other.user
            and self.private_key_raw == other.private_key_raw
            and self.private_key_passphrase == other.private_key_passphrase
            and self.role == other.role
            and self.warehouse == other.warehouse
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        user = self.user

        private_key_raw = self.private_key_raw

        private_key_passphrase = self.private_key_passphrase

        role = self.role

        warehouse = self.warehouse

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if account is not UNSET:
            field_dict["account"] = account
        if user is not UNSET:
            field_dict["user"] = user
        if private_key_raw is not UNSET:
            field_dict["private_key_raw"] = private_key_raw
        if private_key_passphrase is not UNSET:
            field_dict["private_key_passphrase"] = private_key_passphrase
        if role is not UNSET:
            field_dict["role"] = role
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        account = src_dict.get("account", UNSET)

        user = src_dict.get("user", UNSET)

        private_key_raw = src_dict.get("private_key_raw", UNSET)

        private_key_passphrase = src_dict.get("private_key_passphrase", UNSET)

        role = src_dict.get("role", UNSET)

        warehouse = src_dict.get("warehouse", UNSET)

        instance = cls.__new__(cls)
        instance.account = account
        instance.user = user
        instance.private_key_raw = private_key_raw
        instance.private_key_passphrase = private_key_passphrase
        instance.role = role
        instance.warehouse = warehouse
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
    ("account", "user", "private_key_raw", "private_key_passphrase", "role", "warehouse")
)
