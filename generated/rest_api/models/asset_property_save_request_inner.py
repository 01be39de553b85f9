from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_property_save_request_inner_key import AssetPropertySaveRequestInnerKey

T = TypeVar("T", bound="AssetPropertySaveRequestInner")


@_attrs_define
class AssetPropertySaveRequestInner:
    """
    Attributes:
        key (AssetPropertySaveRequestInnerKey):
        value (str):
        id (None | str):
    """

    key: AssetPropertySaveRequestInnerKey
    value: str
    id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key.value

        value = self.value

        id: None | str
        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "value": value,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = AssetPropertySaveRequestInnerKey(d.pop("key"))

        value = d.pop("value")

        def _parse_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id = _parse_id(d.pop("id"))

        asset_property_save_request_inner = cls(
            key=key,
            value=value,
            id=id,
        )

        asset_property_save_request_inner.additional_properties = d
        return asset_property_save_request_inner

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
