from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.activity_asset import ActivityAsset


T = TypeVar("T", bound="ExtraDataAffectedByDelete")


@_attrs_define
class ExtraDataAffectedByDelete:
    """
    Attributes:
        delete_from_storage (bool):
        assets (list[ActivityAsset]):
    """

    delete_from_storage: bool
    assets: list[ActivityAsset]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delete_from_storage = self.delete_from_storage

        assets = []
        for assets_item_data in self.assets:
            assets_item = assets_item_data.to_dict()
            assets.append(assets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delete_from_storage": delete_from_storage,
                "assets": assets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_asset import ActivityAsset  # noqa: PLC0415

        d = dict(src_dict)
        delete_from_storage = d.pop("delete_from_storage")

        assets = []
        _assets = d.pop("assets")
        for assets_item_data in _assets:
            assets_item = ActivityAsset.from_dict(assets_item_data)

            assets.append(assets_item)

        extra_data_affected_by_delete = cls(
            delete_from_storage=delete_from_storage,
            assets=assets,
        )

        extra_data_affected_by_delete.additional_properties = d
        return extra_data_affected_by_delete

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
