# The models used by the fields are imported at the bottom of the module.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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

    def __repr__(self) -> str:
        key = (id(self), _get_ident())
        if key in _REPRING:
            return "..."
        _REPRING.add(key)
        try:
            name = self.__class__.__qualname__.rsplit(">.", 1)[-1]
            return (
                f"{name}("
                f"url={self.url!r}, "
                f"id={self.id!r}, "
                f"partition_values={self.partition_values!r}, "
                f"size={self.size!r}, "
                f"timestamp={self.timestamp!r}, "
                f"version={self.version!r}, "
                f"expiration_timestamp={self.expiration_timestamp!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.url == other.url
            and self.id == other.id
            and self.partition_values == other.partition_values
            and self.size == other.size
            and self.timestamp == other.timestamp
            and self.version == other.version
            and self.expiration_timestamp == other.expiration_timestamp
            and self.additional_properties == other.additional_properties
        )

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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        url = src_dict["url"]

        id = src_dict["id"]

        partition_values = DataChangeFilePartitionValues.from_dict(src_dict["partitionValues"])

        size = src_dict["size"]

        timestamp = src_dict["timestamp"]

        version = src_dict["version"]

        expiration_timestamp = src_dict.get("expirationTimestamp", UNSET)

        instance = cls.__new__(cls)
        instance.url = url
        instance.id = id
        instance.partition_values = partition_values
        instance.size = size
        instance.timestamp = timestamp
        instance.version = version
        instance.expiration_timestamp = expiration_timestamp
        if _FIELDS.issuperset(src_dict):
            instance.additional_properties = {}
        else:
            instance.additional_properties = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        return instance

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


# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    ("url", "id", "partitionValues", "size", "timestamp", "version", "expirationTimestamp")
)

# Models used by the fields, imported once the class above exists (so import cycles resolve).
from ..models.data_change_file_partition_values import DataChangeFilePartitionValues
