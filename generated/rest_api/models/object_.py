from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Object")


@_attrs_define
class Object:
    """
    Attributes:
        key (str | Unset):
        last_modified (str | Unset):
        e_tag (str | Unset):
        size (int | Unset):
    """

    key: str | Unset = UNSET
    last_modified: str | Unset = UNSET
    e_tag: str | Unset = UNSET
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        last_modified = self.last_modified

        e_tag = self.e_tag

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["Key"] = key
        if last_modified is not UNSET:
            field_dict["LastModified"] = last_modified
        if e_tag is not UNSET:
            field_dict["ETag"] = e_tag
        if size is not UNSET:
            field_dict["Size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("Key", UNSET)

        last_modified = d.pop("LastModified", UNSET)

        e_tag = d.pop("ETag", UNSET)

        size = d.pop("Size", UNSET)

        object_ = cls(
            key=key,
            last_modified=last_modified,
            e_tag=e_tag,
            size=size,
        )

        object_.additional_properties = d
        return object_

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
