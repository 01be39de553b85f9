from __future__ import annotations

import datetime
import functools as _functools
from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import REQUEST_BODY, check_value

T = TypeVar("T", bound="DatabricksTableInfo")


class _DatabricksTableInfoText:
    """Hidden slots for the server's own text of the date-time fields of :class:`DatabricksTableInfo`."""

    __slots__ = ("_created_at_in_databricks_text",)
    _created_at_in_databricks_text: str


@_attrs_define
class DatabricksTableInfo(_DatabricksTableInfoText):
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

    def __repr__(self) -> str:
        key = (id(self), _get_ident())
        if key in _REPRING:
            return "..."
        _REPRING.add(key)
        try:
            name = self.__class__.__qualname__.rsplit(">.", 1)[-1]
            return (
                f"{name}("
                f"catalog_name={self.catalog_name!r}, "
                f"schema_name={self.schema_name!r}, "
                f"table_name={self.table_name!r}, "
                f"table_type={self.table_type!r}, "
                f"data_source_format={self.data_source_format!r}, "
                f"databricks_uri={self.databricks_uri!r}, "
                f"rows={self.rows!r}, "
                f"total_size={self.total_size!r}, "
                f"created_at_in_databricks={self.created_at_in_databricks!r}, "
                f"comment={self.comment!r}, "
                f"columns={self.columns!r}, "
                f"properties={self.properties!r}, "
                f"access_credentials_id={self.access_credentials_id!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.catalog_name == other.catalog_name
            and self.schema_name == other.schema_name
            and self.table_name == other.table_name
            and self.table_type == other.table_type
            and self.data_source_format == other.data_source_format
            and self.databricks_uri == other.databricks_uri
            and self.rows == other.rows
            and self.total_size == other.total_size
            and self.created_at_in_databricks == other.created_at_in_databricks
            and self.comment == other.comment
            and self.columns == other.columns
            and self.properties == other.properties
            and self.access_credentials_id == other.access_credentials_id
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if REQUEST_BODY.get():
            _check_fields(self)
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
        _text = getattr(self, "_created_at_in_databricks_text", None)
        if _text is not None and isinstance(self.created_at_in_databricks, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if (
                _parsed == self.created_at_in_databricks
                and _parsed.utcoffset() == self.created_at_in_databricks.utcoffset()
            ):
                created_at_in_databricks = _text

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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        catalog_name = src_dict["catalog_name"]

        schema_name = src_dict["schema_name"]

        table_name = src_dict["table_name"]

        table_type = src_dict["table_type"]

        data_source_format = src_dict["data_source_format"]

        databricks_uri = src_dict["databricks_uri"]

        rows = src_dict["rows"]

        total_size = src_dict["total_size"]

        _created_at_in_databricks = src_dict["created_at_in_databricks"]
        created_at_in_databricks = _parse_datetime(_created_at_in_databricks)

        comment = src_dict["comment"]

        columns = src_dict["columns"]

        properties = src_dict["properties"]

        access_credentials_id = src_dict["access_credentials_id"]

        instance = cls.__new__(cls)
        instance.catalog_name = catalog_name
        instance.schema_name = schema_name
        instance.table_name = table_name
        instance.table_type = table_type
        instance.data_source_format = data_source_format
        instance.databricks_uri = databricks_uri
        instance.rows = rows
        instance.total_size = total_size
        instance.created_at_in_databricks = created_at_in_databricks
        instance.comment = comment
        instance.columns = columns
        instance.properties = properties
        instance.access_credentials_id = access_credentials_id
        instance._created_at_in_databricks_text = _created_at_in_databricks
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


def _check_fields(instance: DatabricksTableInfo) -> None:
    """Refuse (``errors.ConstraintError``) a field the spec's constraints do not allow."""
    check_value(instance.catalog_name, "DatabricksTableInfo.catalog_name", max_length=64)
    check_value(instance.schema_name, "DatabricksTableInfo.schema_name", max_length=64)
    check_value(instance.table_name, "DatabricksTableInfo.table_name", max_length=64)
    check_value(instance.table_type, "DatabricksTableInfo.table_type", max_length=64)
    check_value(instance.data_source_format, "DatabricksTableInfo.data_source_format", max_length=64)


_attrs_init = DatabricksTableInfo.__init__


def _init(self: DatabricksTableInfo, *args: Any, **kwargs: Any) -> None:
    """attrs' ``__init__``, then the spec's constraints checked."""
    _attrs_init(self, *args, **kwargs)
    _check_fields(self)


setattr(DatabricksTableInfo, "__init__", _functools.update_wrapper(_init, _attrs_init))  # signature: the fields

# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    (
        "catalog_name",
        "schema_name",
        "table_name",
        "table_type",
        "data_source_format",
        "databricks_uri",
        "rows",
        "total_size",
        "created_at_in_databricks",
        "comment",
        "columns",
        "properties",
        "access_credentials_id",
    )
)
from ..types import parse_datetime as _parse_datetime  # noqa: E402 - used by the class above, at call time
