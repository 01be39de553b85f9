from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_metadata_type import AssetMetadataType

T = TypeVar("T", bound="AssetMetadataSaveRequestInner")


@_attrs_define
class AssetMetadataSaveRequestInner:
    """
    Attributes:
        key (str):
        value (str):
        type_ (AssetMetadataType):
    """

    key: str
    value: str
    type_: AssetMetadataType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "value": value,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        value = d.pop("value")

        type_ = AssetMetadataType(d.pop("type"))

        asset_metadata_save_request_inner = cls(
            key=key,
            value=value,
            type_=type_,
        )

        asset_metadata_save_request_inner.additional_properties = d
        return asset_metadata_save_request_inner

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
