from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.databricks_warehouse_tags_custom_tags import DatabricksWarehouseTagsCustomTags


T = TypeVar("T", bound="DatabricksWarehouseTags")


@_attrs_define
class DatabricksWarehouseTags:
    """
    Attributes:
        custom_tags (list[DatabricksWarehouseTagsCustomTags] | Unset):
    """

    custom_tags: list[DatabricksWarehouseTagsCustomTags] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_tags, Unset):
            custom_tags = []
            for custom_tags_item_data in self.custom_tags:
                custom_tags_item = custom_tags_item_data.to_dict()
                custom_tags.append(custom_tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_tags is not UNSET:
            field_dict["custom_tags"] = custom_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.databricks_warehouse_tags_custom_tags import DatabricksWarehouseTagsCustomTags  # noqa: PLC0415

        d = dict(src_dict)
        _custom_tags = d.pop("custom_tags", UNSET)
        custom_tags: list[DatabricksWarehouseTagsCustomTags] | Unset = UNSET
        if _custom_tags is not UNSET:
            custom_tags = []
            for custom_tags_item_data in _custom_tags:
                custom_tags_item = DatabricksWarehouseTagsCustomTags.from_dict(custom_tags_item_data)

                custom_tags.append(custom_tags_item)

        databricks_warehouse_tags = cls(
            custom_tags=custom_tags,
        )

        databricks_warehouse_tags.additional_properties = d
        return databricks_warehouse_tags

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
