from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DatabricksTableInfo")


@_attrs_define
class DatabricksTableInfo:
    """
    Attributes:
        catalog_name (str):
        schema_name (str):
        table_name (str):
        table_type (str):
        data_source_format (str):
        databricks_uri (str):
        rows (int | None):
        total_size (int | None):
        created_at_in_databricks (datetime.datetime):
        comment (None | str):
        columns (None | str):
        properties (None | str):
        access_credentials_id (str):
    """

    catalog_name: str
    schema_name: str
    table_name: str
    table_type: str
    data_source_format: str
    databricks_uri: str
    rows: int | None
    total_size: int | None
    created_at_in_databricks: datetime.datetime
    comment: None | str
    columns: None | str
    properties: None | str
    access_credentials_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog_name = self.catalog_name

        schema_name = self.schema_name

        table_name = self.table_name

        table_type = self.table_type

        data_source_format = self.data_source_format

        databricks_uri = self.databricks_uri

        rows: int | None
        rows = self.rows

        total_size: int | None
        total_size = self.total_size

        created_at_in_databricks = self.created_at_in_databricks.isoformat()

        comment: None | str
        comment = self.comment

        columns: None | str
        columns = self.columns

        properties: None | str
        properties = self.properties

        access_credentials_id = self.access_credentials_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "catalog_name": catalog_name,
                "schema_name": schema_name,
                "table_name": table_name,
                "table_type": table_type,
                "data_source_format": data_source_format,
                "databricks_uri": databricks_uri,
                "rows": rows,
                "total_size": total_size,
                "created_at_in_databricks": created_at_in_databricks,
                "comment": comment,
                "columns": columns,
                "properties": properties,
                "access_credentials_id": access_credentials_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        catalog_name = d.pop("catalog_name")

        schema_name = d.pop("schema_name")

        table_name = d.pop("table_name")

        table_type = d.pop("table_type")

        data_source_format = d.pop("data_source_format")

        databricks_uri = d.pop("databricks_uri")

        def _parse_rows(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        rows = _parse_rows(d.pop("rows"))

        def _parse_total_size(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        total_size = _parse_total_size(d.pop("total_size"))

        created_at_in_databricks = datetime.datetime.fromisoformat(d.pop("created_at_in_databricks"))

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        def _parse_columns(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        columns = _parse_columns(d.pop("columns"))

        def _parse_properties(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        properties = _parse_properties(d.pop("properties"))

        access_credentials_id = d.pop("access_credentials_id")

        databricks_table_info = cls(
            catalog_name=catalog_name,
            schema_name=schema_name,
            table_name=table_name,
            table_type=table_type,
            data_source_format=data_source_format,
            databricks_uri=databricks_uri,
            rows=rows,
            total_size=total_size,
            created_at_in_databricks=created_at_in_databricks,
            comment=comment,
            columns=columns,
            properties=properties,
            access_credentials_id=access_credentials_id,
        )

        databricks_table_info.additional_properties = d
        return databricks_table_info

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
