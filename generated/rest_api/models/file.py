from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_partition_values import FilePartitionValues


T = TypeVar("T", bound="File")


@_attrs_define
class File:
    """
    Attributes:
        url (str):
        id (str):
        partition_values (FilePartitionValues):
        size (int):
        timestamp (int | Unset):
        version (int | Unset):
        stats (str | Unset):
        expiration_timestamp (int | Unset):
    """

    url: str
    id: str
    partition_values: FilePartitionValues
    size: int
    timestamp: int | Unset = UNSET
    version: int | Unset = UNSET
    stats: str | Unset = UNSET
    expiration_timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        id = self.id

        partition_values = self.partition_values.to_dict()

        size = self.size

        timestamp = self.timestamp

        version = self.version

        stats = self.stats

        expiration_timestamp = self.expiration_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "id": id,
                "partitionValues": partition_values,
                "size": size,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if version is not UNSET:
            field_dict["version"] = version
        if stats is not UNSET:
            field_dict["stats"] = stats
        if expiration_timestamp is not UNSET:
            field_dict["expirationTimestamp"] = expiration_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_partition_values import FilePartitionValues  # noqa: PLC0415

        d = dict(src_dict)
        url = d.pop("url")

        id = d.pop("id")

        partition_values = FilePartitionValues.from_dict(d.pop("partitionValues"))

        size = d.pop("size")

        timestamp = d.pop("timestamp", UNSET)

        version = d.pop("version", UNSET)

        stats = d.pop("stats", UNSET)

        expiration_timestamp = d.pop("expirationTimestamp", UNSET)

        file = cls(
            url=url,
            id=id,
            partition_values=partition_values,
            size=size,
            timestamp=timestamp,
            version=version,
            stats=stats,
            expiration_timestamp=expiration_timestamp,
        )

        file.additional_properties = d
        return file

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
