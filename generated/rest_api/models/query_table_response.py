from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.format_ import Format
    from ..models.query_table_response_configuration import QueryTableResponseConfiguration
    from ..models.query_table_response_partition_values import QueryTableResponsePartitionValues
    from ..models.schema import Schema


T = TypeVar("T", bound="QueryTableResponse")


@_attrs_define
class QueryTableResponse:
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
        from ..models.format_ import Format  # noqa: PLC0415
        from ..models.query_table_response_configuration import QueryTableResponseConfiguration  # noqa: PLC0415
        from ..models.query_table_response_partition_values import QueryTableResponsePartitionValues  # noqa: PLC0415
        from ..models.schema import Schema  # noqa: PLC0415

        d = dict(src_dict)
        min_reader_version = d.pop("minReaderVersion")

        id = d.pop("id")

        format_ = Format.from_dict(d.pop("format"))

        schema_string = d.pop("schemaString")

        partition_columns = cast(list[str], d.pop("partitionColumns"))

        version = d.pop("version")

        size = d.pop("size")

        url = d.pop("url")

        partition_values = QueryTableResponsePartitionValues.from_dict(d.pop("partitionValues"))

        timestamp = d.pop("timestamp")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _schema = d.pop("schema", UNSET)
        schema: Schema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = Schema.from_dict(_schema)

        _configuration = d.pop("configuration", UNSET)
        configuration: QueryTableResponseConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = QueryTableResponseConfiguration.from_dict(_configuration)

        num_files = d.pop("numFiles", UNSET)

        stats = d.pop("stats", UNSET)

        expiration_timestamp = d.pop("expirationTimestamp", UNSET)

        query_table_response = cls(
            min_reader_version=min_reader_version,
            id=id,
            format_=format_,
            schema_string=schema_string,
            partition_columns=partition_columns,
            version=version,
            size=size,
            url=url,
            partition_values=partition_values,
            timestamp=timestamp,
            name=name,
            description=description,
            schema=schema,
            configuration=configuration,
            num_files=num_files,
            stats=stats,
            expiration_timestamp=expiration_timestamp,
        )

        query_table_response.additional_properties = d
        return query_table_response

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
