from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_change_file_partition_values import DataChangeFilePartitionValues


T = TypeVar("T", bound="DataChangeFile")


@_attrs_define
class DataChangeFile:
    """
    Attributes:
        url (str):
        id (str):
        partition_values (DataChangeFilePartitionValues):
        size (int):
        timestamp (int):
        version (int):
        expiration_timestamp (int | Unset):
    """

    url: str
    id: str
    partition_values: DataChangeFilePartitionValues
    size: int
    timestamp: int
    version: int
    expiration_timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        id = self.id

        partition_values = self.partition_values.to_dict()

        size = self.size

        timestamp = self.timestamp

        version = self.version

        expiration_timestamp = self.expiration_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "id": id,
                "partitionValues": partition_values,
                "size": size,
                "timestamp": timestamp,
                "version": version,
            }
        )
        if expiration_timestamp is not UNSET:
            field_dict["expirationTimestamp"] = expiration_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_change_file_partition_values import DataChangeFilePartitionValues  # noqa: PLC0415

        d = dict(src_dict)
        url = d.pop("url")

        id = d.pop("id")

        partition_values = DataChangeFilePartitionValues.from_dict(d.pop("partitionValues"))

        size = d.pop("size")

        timestamp = d.pop("timestamp")

        version = d.pop("version")

        expiration_timestamp = d.pop("expirationTimestamp", UNSET)

        data_change_file = cls(
            url=url,
            id=id,
            partition_values=partition_values,
            size=size,
            timestamp=timestamp,
            version=version,
            expiration_timestamp=expiration_timestamp,
        )

        data_change_file.additional_properties = d
        return data_change_file

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
