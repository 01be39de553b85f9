from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SnowflakeTableInfo")


@_attrs_define
class SnowflakeTableInfo:
    """
    Attributes:
        database_name (str):
        schema_name (str):
        table_name (str):
        table_type (str):
        snowflake_uri (str):
        rows (int | None):
        size (int | None):
        created_at_in_snowflake (datetime.datetime):
        description (None | str):
        columns (None | str):
        access_credentials_id (str):
    """

    database_name: str
    schema_name: str
    table_name: str
    table_type: str
    snowflake_uri: str
    rows: int | None
    size: int | None
    created_at_in_snowflake: datetime.datetime
    description: None | str
    columns: None | str
    access_credentials_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        database_name = self.database_name

        schema_name = self.schema_name

        table_name = self.table_name

        table_type = self.table_type

        snowflake_uri = self.snowflake_uri

        rows: int | None
        rows = self.rows

        size: int | None
        size = self.size

        created_at_in_snowflake = self.created_at_in_snowflake.isoformat()

        description: None | str
        description = self.description

        columns: None | str
        columns = self.columns

        access_credentials_id = self.access_credentials_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "database_name": database_name,
                "schema_name": schema_name,
                "table_name": table_name,
                "table_type": table_type,
                "snowflake_uri": snowflake_uri,
                "rows": rows,
                "size": size,
                "created_at_in_snowflake": created_at_in_snowflake,
                "description": description,
                "columns": columns,
                "access_credentials_id": access_credentials_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        database_name = d.pop("database_name")

        schema_name = d.pop("schema_name")

        table_name = d.pop("table_name")

        table_type = d.pop("table_type")

        snowflake_uri = d.pop("snowflake_uri")

        def _parse_rows(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        rows = _parse_rows(d.pop("rows"))

        def _parse_size(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        size = _parse_size(d.pop("size"))

        created_at_in_snowflake = datetime.datetime.fromisoformat(d.pop("created_at_in_snowflake"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_columns(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        columns = _parse_columns(d.pop("columns"))

        access_credentials_id = d.pop("access_credentials_id")

        snowflake_table_info = cls(
            database_name=database_name,
            schema_name=schema_name,
            table_name=table_name,
            table_type=table_type,
            snowflake_uri=snowflake_uri,
            rows=rows,
            size=size,
            created_at_in_snowflake=created_at_in_snowflake,
            description=description,
            columns=columns,
            access_credentials_id=access_credentials_id,
        )

        snowflake_table_info.additional_properties = d
        return snowflake_table_info

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
