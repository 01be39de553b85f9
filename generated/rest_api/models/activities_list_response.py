from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity import Activity
    from ..models.pagination_metadata import PaginationMetadata


T = TypeVar("T", bound="ActivitiesListResponse")


@_attrs_define
class ActivitiesListResponse:
    """
    Attributes:
        data (list[Activity]):
        pagination_metadata (PaginationMetadata | Unset):
    """

    data: list[Activity]
    pagination_metadata: PaginationMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        pagination_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination_metadata, Unset):
            pagination_metadata = self.pagination_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if pagination_metadata is not UNSET:
            field_dict["pagination_metadata"] = pagination_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity import Activity  # noqa: PLC0415
        from ..models.pagination_metadata import PaginationMetadata  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Activity.from_dict(data_item_data)

            data.append(data_item)

        _pagination_metadata = d.pop("pagination_metadata", UNSET)
        pagination_metadata: PaginationMetadata | Unset
        if isinstance(_pagination_metadata, Unset):
            pagination_metadata = UNSET
        else:
            pagination_metadata = PaginationMetadata.from_dict(_pagination_metadata)

        activities_list_response = cls(
            data=data,
            pagination_metadata=pagination_metadata,
        )

        activities_list_response.additional_properties = d
        return activities_list_response

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
