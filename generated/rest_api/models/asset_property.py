from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_property_key import AssetPropertyKey
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetProperty")


@_attrs_define
class AssetProperty:
    """
    Attributes:
        key (AssetPropertyKey):
        value (str):
        id (str | Unset):
    """

    key: AssetPropertyKey
    value: str
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key.value

        value = self.value

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "value": value,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = AssetPropertyKey(d.pop("key"))

        value = d.pop("value")

        id = d.pop("id", UNSET)

        asset_property = cls(
            key=key,
            value=value,
            id=id,
        )

        asset_property.additional_properties = d
        return asset_property

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
