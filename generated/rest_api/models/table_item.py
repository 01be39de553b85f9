from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TableItem")


@_attrs_define
class TableItem:
    """
    Attributes:
        name (str):
        schema (str):
        share (str):
        share_id (str | Unset):
        id (str | Unset):
    """

    name: str
    schema: str
    share: str
    share_id: str | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        schema = self.schema

        share = self.share

        share_id = self.share_id

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "schema": schema,
                "share": share,
            }
        )
        if share_id is not UNSET:
            field_dict["shareId"] = share_id
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        schema = d.pop("schema")

        share = d.pop("share")

        share_id = d.pop("shareId", UNSET)

        id = d.pop("id", UNSET)

        table_item = cls(
            name=name,
            schema=schema,
            share=share,
            share_id=share_id,
            id=id,
        )

        table_item.additional_properties = d
        return table_item

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
