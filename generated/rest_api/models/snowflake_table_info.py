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

T = TypeVar("T", bound="SnowflakeTableInfo")


class _SnowflakeTableInfoText:
    """Hidden slots for the server's own text of the date-time fields of :class:`SnowflakeTableInfo`."""

    __slots__ = ("_created_at_in_snowflake_text",)
    _created_at_in_snowflake_text: str


@_attrs_define
class SnowflakeTableInfo(_SnowflakeTableInfoText):
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

    def __repr__(self) -> str:
        key = (id(self), _get_ident())
        if key in _REPRING:
            return "..."
        _REPRING.add(key)
        try:
            name = self.__class__.__qualname__.rsplit(">.", 1)[-1]
            return (
                f"{name}("
                f"database_name={self.database_name!r}, "
                f"schema_name={self.schema_name!r}, "
                f"table_name={self.table_name!r}, "
                f"table_type={self.table_type!r}, "
                f"snowflake_uri={self.snowflake_uri!r}, "
                f"rows={self.rows!r}, "
                f"size={self.size!r}, "
                f"created_at_in_snowflake={self.created_at_in_snowflake!r}, "
                f"description={self.description!r}, "
                f"columns={self.columns!r}, "
                f"access_credentials_id={self.access_credentials_id!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.database_name == other.database_name
            and self.schema_name == other.schema_name
            and self.table_name == other.table_name
            and self.table_type == other.table_type
            and self.snowflake_uri == other.snowflake_uri
            and self.rows == other.rows
            and self.size == other.size
            and self.created_at_in_snowflake == other.created_at_in_snowflake
            and self.description == other.description
            and self.columns == other.columns
            and self.access_credentials_id == other.access_credentials_id
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if REQUEST_BODY.get():
            _check_fields(self)
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
        _text = getattr(self, "_created_at_in_snowflake_text", None)
        if _text is not None and isinstance(self.created_at_in_snowflake, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if (
                _parsed == self.created_at_in_snowflake
                and _parsed.utcoffset() == self.created_at_in_snowflake.utcoffset()
            ):
                created_at_in_snowflake = _text

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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        database_name = src_dict["database_name"]

        schema_name = src_dict["schema_name"]

        table_name = src_dict["table_name"]

        table_type = src_dict["table_type"]

        snowflake_uri = src_dict["snowflake_uri"]

        rows = src_dict["rows"]

        size = src_dict["size"]

        _created_at_in_snowflake = src_dict["created_at_in_snowflake"]
        created_at_in_snowflake = _parse_datetime(_created_at_in_snowflake)

        description = src_dict["description"]

        columns = src_dict["columns"]

        access_credentials_id = src_dict["access_credentials_id"]

        instance = cls.__new__(cls)
        instance.database_name = database_name
        instance.schema_name = schema_name
        instance.table_name = table_name
        instance.table_type = table_type
        instance.snowflake_uri = snowflake_uri
        instance.rows = rows
        instance.size = size
        instance.created_at_in_snowflake = created_at_in_snowflake
        instance.description = description
        instance.columns = columns
        instance.access_credentials_id = access_credentials_id
        instance._created_at_in_snowflake_text = _created_at_in_snowflake
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


def _check_fields(instance: SnowflakeTableInfo) -> None:
    """Refuse (``errors.ConstraintError``) a field the spec's constraints do not allow."""
    check_value(instance.database_name, "SnowflakeTableInfo.database_name", max_length=64)
    check_value(instance.schema_name, "SnowflakeTableInfo.schema_name", max_length=64)
    check_value(instance.table_name, "SnowflakeTableInfo.table_name", max_length=64)
    check_value(instance.table_type, "SnowflakeTableInfo.table_type", max_length=64)


_attrs_init = SnowflakeTableInfo.__init__


def _init(self: SnowflakeTableInfo, *args: Any, **kwargs: Any) -> None:
    """attrs' ``__init__``, then the spec's constraints checked."""
    _attrs_init(self, *args, **kwargs)
    _check_fields(self)


setattr(SnowflakeTableInfo, "__init__", _functools.update_wrapper(_init, _attrs_init))  # signature: the fields

# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    (
        "database_name",
        "schema_name",
        "table_name",
        "table_type",
        "snowflake_uri",
        "rows",
        "size",
        "created_at_in_snowflake",
        "description",
        "columns",
        "access_credentials_id",
    )
)
from ..types import parse_datetime as _parse_datetime  # noqa: E402 - used by the class above, at call time
