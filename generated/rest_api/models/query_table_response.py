# The models used by the fields are imported at the bottom of the module.
# ruff: noqa: E402
from __future__ import annotations

import functools as _functools
from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar, cast

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueryTableResponse")


class _QueryTableResponseNames:
    """The established client's names of fields of :class:`QueryTableResponse`, as properties."""

    __slots__ = ()

    @property
    def format(self) -> Format:
        """``format_`` under the established client's name."""
        return cast("QueryTableResponse", self).format_

    @format.setter
    def format(self, value: Format) -> None:
        cast("QueryTableResponse", self).format_ = value


@_attrs_define
class QueryTableResponse(_QueryTableResponseNames):
    """
    Attributes:
        min_reader_version (int):
        id (str):
        format_ (Format):
        schema_string (str):
        partition_columns (list[str]):
        version (int):
        size (int):
        url (str):
        partition_values (QueryTableResponsePartitionValues):
        timestamp (int):
        name (str | Unset):
        description (str | Unset):
        schema (Schema | Unset):
        configuration (QueryTableResponseConfiguration | Unset):
        num_files (int | Unset):
        stats (str | Unset):
        expiration_timestamp (int | Unset):
    """

    min_reader_version: int
    id: str
    format_: Format
    schema_string: str
    partition_columns: list[str]
    version: int
    size: int
    url: str
    partition_values: QueryTableResponsePartitionValues
    timestamp: int
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    schema: Schema | Unset = UNSET
    configuration: QueryTableResponseConfiguration | Unset = UNSET
    num_files: int | Unset = UNSET
    stats: str | Unset = UNSET
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
                f"min_reader_version={self.min_reader_version!r}, "
                f"id={self.id!r}, "
                f"format_={self.format_!r}, "
                f"schema_string={self.schema_string!r}, "
                f"partition_columns={self.partition_columns!r}, "
                f"version={self.version!r}, "
                f"size={self.size!r}, "
                f"url={self.url!r}, "
                f"partition_values={self.partition_values!r}, "
                f"timestamp={self.timestamp!r}, "
                f"name={self.name!r}, "
                f"description={self.description!r}, "
                f"schema={self.schema!r}, "
                f"configuration={self.configuration!r}, "
                f"num_files={self.num_files!r}, "
                f"stats={self.stats!r}, "
                f"expiration_timestamp={self.expiration_timestamp!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.min_reader_version == other.min_reader_version
            and self.id == other.id
            and self.format_ == other.format_
            and self.schema_string == other.schema_string
            and self.partition_columns == other.partition_columns
            and self.version == other.version
            and self.size == other.size
            and self.url == other.url
            and self.partition_values == other.partition_values
            and self.timestamp == other.timestamp
            and self.name == other.name
            and self.description == other.description
            and self.schema == other.schema
            and self.configuration == other.configuration
            and self.num_files == other.num_files
            and self.stats == other.stats
            and self.expiration_timestamp == other.expiration_timestamp
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        min_reader_version = self.min_reader_version

        id = self.id

        format_ = self.format_.to_dict()

        schema_string = self.schema_string

        partition_columns = self.partition_columns

        version = self.version

        size = self.size

        url = self.url

        partition_values = self.partition_values.to_dict()

        timestamp = self.timestamp

        name = self.name

        description = self.description

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        num_files = self.num_files

        stats = self.stats

        expiration_timestamp = self.expiration_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "minReaderVersion": min_reader_version,
                "id": id,
                "format": format_,
                "schemaString": schema_string,
                "partitionColumns": partition_columns,
                "version": version,
                "size": size,
                "url": url,
                "partitionValues": partition_values,
                "timestamp": timestamp,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if schema is not UNSET:
            field_dict["schema"] = schema
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if num_files is not UNSET:
            field_dict["numFiles"] = num_files
        if stats is not UNSET:
            field_dict["stats"] = stats
        if expiration_timestamp is not UNSET:
            field_dict["expirationTimestamp"] = expiration_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        min_reader_version = src_dict["minReaderVersion"]

        id = src_dict["id"]

        format_ = Format.from_dict(src_dict["format"])

        schema_string = src_dict["schemaString"]

        partition_columns = src_dict["partitionColumns"]

        version = src_dict["version"]

        size = src_dict["size"]

        url = src_dict["url"]

        partition_values = QueryTableResponsePartitionValues.from_dict(src_dict["partitionValues"])

        timestamp = src_dict["timestamp"]

        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        _schema: Any = src_dict.get("schema", UNSET)
        schema = UNSET if _schema is UNSET else Schema.from_dict(_schema)

        _configuration: Any = src_dict.get("configuration", UNSET)
        configuration = UNSET if _configuration is UNSET else QueryTableResponseConfiguration.from_dict(_configuration)

        num_files = src_dict.get("numFiles", UNSET)

        stats = src_dict.get("stats", UNSET)

        expiration_timestamp = src_dict.get("expirationTimestamp", UNSET)

        instance = cls.__new__(cls)
        instance.min_reader_version = min_reader_version
        instance.id = id
        instance.format_ = format_
        instance.schema_string = schema_string
        instance.partition_columns = partition_columns
        instance.version = version
        instance.size = size
        instance.url = url
        instance.partition_values = partition_values
        instance.timestamp = timestamp
        instance.name = name
        instance.description = description
        instance.schema = schema
        instance.configuration = configuration
        instance.num_files = num_files
        instance.stats = stats
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


_attrs_init = QueryTableResponse.__init__


def _init(self: QueryTableResponse, *args: Any, **kwargs: Any) -> None:
    """attrs' ``__init__``, taking the established client's names of fields too."""
    if "format" in kwargs:
        kwargs["format_"] = kwargs.pop("format")
    _attrs_init(self, *args, **kwargs)


setattr(QueryTableResponse, "__init__", _functools.update_wrapper(_init, _attrs_init))  # signature: the fields

# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    (
        "minReaderVersion",
        "id",
        "format",
        "schemaString",
        "partitionColumns",
        "version",
        "size",
        "url",
        "partitionValues",
        "timestamp",
        "name",
        "description",
        "schema",
        "configuration",
        "numFiles",
        "stats",
        "expirationTimestamp",
    )
)

# Models used by the fields, imported once the class above exists (so import cycles resolve).
from ..models.format_ import Format
from ..models.query_table_response_configuration import QueryTableResponseConfiguration
from ..models.query_table_response_partition_values import QueryTableResponsePartitionValues
from ..models.schema import Schema
