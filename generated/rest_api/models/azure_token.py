from __future__ import annotations

from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AzureToken")


@_attrs_define
class AzureToken:
    """
    Attributes:
        account_name (str):
        sas_token (str):
        blob_endpoint (str | Unset):
    """

    account_name: str
    sas_token: str = _attrs_field(repr=False)
    blob_endpoint: str | Unset = UNSET
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
                f"account_name={self.account_name!r}, "
                f"blob_endpoint={self.blob_endpoint!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.account_name == other.account_name
            and self.sas_token == other.sas_token
            and self.blob_endpoint == other.blob_endpoint
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        account_name = self.account_name

        sas_token = self.sas_token

        blob_endpoint = self.blob_endpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_name": account_name,
                "sas_token": sas_token,
            }
        )
        if blob_endpoint is not UNSET:
            field_dict["blob_endpoint"] = blob_endpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        account_name = src_dict["account_name"]

        sas_token = src_dict["sas_token"]

        blob_endpoint = src_dict.get("blob_endpoint", UNSET)

        instance = cls.__new__(cls)
        instance.account_name = account_name
        instance.sas_token = sas_token
        instance.blob_endpoint = blob_endpoint
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
_FIELDS: frozenset[str] = frozenset(("account_name", "sas_token", "blob_endpoint"))
