# The models used by the fields are imported at the bottom of the module.
# ruff: noqa: E402
from __future__ import annotations

import datetime
from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SnowflakeDatabaseSchema")


class _SnowflakeDatabaseSchemaText:
    """Hidden slots for the server's own text of the date-time fields of :class:`SnowflakeDatabaseSchema`."""

    __slots__ = ("_created_on_text",)
    _created_on_text: str


@_attrs_define
class SnowflakeDatabaseSchema(_SnowflakeDatabaseSchemaText):
    """
    Attributes:
        name (str):
        tables (list[SnowflakeDatabaseTable]):
        comment (None | str):
        options (None | str):
        classification_profile_database (None | str):
        classification_profile_schema (None | str):
        classification_profile (None | str):
        object_visibility (None | str):
        created_on (datetime.datetime | Unset):
        is_default (bool | Unset):
        is_current (bool | Unset):
        database_name (str | Unset):
        owner (str | Unset):
        retention_time (str | Unset):
        owner_role_type (str | Unset):
    """

    name: str
    tables: list[SnowflakeDatabaseTable]
    comment: None | str
    options: None | str
    classification_profile_database: None | str
    classification_profile_schema: None | str
    classification_profile: None | str
    object_visibility: None | str
    created_on: datetime.datetime | Unset = UNSET
    is_default: bool | Unset = UNSET
    is_current: bool | Unset = UNSET
    database_name: str | Unset = UNSET
    owner: str | Unset = UNSET
    retention_time: str | Unset = UNSET
    owner_role_type: str | Unset = UNSET
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
                f"name={self.name!r}, "
                f"tables={self.tables!r}, "
                f"comment={self.comment!r}, "
                f"options={self.options!r}, "
                f"classification_profile_database={self.classification_profile_database!r}, "
                f"classification_profile_schema={self.classification_profile_schema!r}, "
                f"classification_profile={self.classification_profile!r}, "
                f"object_visibility={self.object_visibility!r}, "
                f"created_on={self.created_on!r}, "
                f"is_default={self.is_default!r}, "
                f"is_current={self.is_current!r}, "
                f"database_name={self.database_name!r}, "
                f"owner={self.owner!r}, "
                f"retention_time={self.retention_time!r}, "
                f"owner_role_type={self.owner_role_type!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.name == other.name
            and self.tables == other.tables
            and self.comment == other.comment
            and self.options == other.options
            and self.classification_profile_database == other.classification_profile_database
            and self.classification_profile_schema == other.classification_profile_schema
            and self.classification_profile == other.classification_profile
            and self.object_visibility == other.object_visibility
            and self.created_on == other.created_on
            and self.is_default == other.is_default
            and self.is_current == other.is_current
            and self.database_name == other.database_name
            and self.owner == other.owner
            and self.retention_time == other.retention_time
            and self.owner_role_type == other.owner_role_type
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        tables = []
        for tables_item_data in self.tables:
            tables_item = tables_item_data.to_dict()
            tables.append(tables_item)

        comment: None | str
        comment = self.comment

        options: None | str
        options = self.options

        classification_profile_database: None | str
        classification_profile_database = self.classification_profile_database

        classification_profile_schema: None | str
        classification_profile_schema = self.classification_profile_schema

        classification_profile: None | str
        classification_profile = self.classification_profile

        object_visibility: None | str
        object_visibility = self.object_visibility

        created_on: str | Unset = (
            self.created_on if not isinstance(self.created_on, datetime.datetime) else self.created_on.isoformat()
        )
        _text = getattr(self, "_created_on_text", None)
        if _text is not None and isinstance(self.created_on, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.created_on and _parsed.utcoffset() == self.created_on.utcoffset():
                created_on = _text

        is_default = self.is_default

        is_current = self.is_current

        database_name = self.database_name

        owner = self.owner

        retention_time = self.retention_time

        owner_role_type = self.owner_role_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "tables": tables,
                "comment": comment,
                "options": options,
                "classification_profile_database": classification_profile_database,
                "classification_profile_schema": classification_profile_schema,
                "classification_profile": classification_profile,
                "object_visibility": object_visibility,
            }
        )
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if is_current is not UNSET:
            field_dict["is_current"] = is_current
        if database_name is not UNSET:
            field_dict["database_name"] = database_name
        if owner is not UNSET:
            field_dict["owner"] = owner
        if retention_time is not UNSET:
            field_dict["retention_time"] = retention_time
        if owner_role_type is not UNSET:
            field_dict["owner_role_type"] = owner_role_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        name = src_dict["name"]

        tables = list(map(SnowflakeDatabaseTable.from_dict, src_dict["tables"]))

        comment = src_dict["comment"]

        options = src_dict["options"]

        classification_profile_database = src_dict["classification_profile_database"]

        classification_profile_schema = src_dict["classification_profile_schema"]

        classification_profile = src_dict["classification_profile"]

        object_visibility = src_dict["object_visibility"]

        _created_on: Any = src_dict.get("created_on", UNSET)
        created_on = UNSET if _created_on is UNSET else _parse_datetime(_created_on)

        is_default = src_dict.get("is_default", UNSET)

        is_current = src_dict.get("is_current", UNSET)

        database_name = src_dict.get("database_name", UNSET)

        owner = src_dict.get("owner", UNSET)

        retention_time = src_dict.get("retention_time", UNSET)

        owner_role_type = src_dict.get("owner_role_type", UNSET)

        instance = cls.__new__(cls)
        instance.name = name
        instance.tables = tables
        instance.comment = comment
        instance.options = options
        instance.classification_profile_database = classification_profile_database
        instance.classification_profile_schema = classification_profile_schema
        instance.classification_profile = classification_profile
        instance.object_visibility = object_visibility
        instance.created_on = created_on
        instance.is_default = is_default
        instance.is_current = is_current
        instance.database_name = database_name
        instance.owner = owner
        instance.retention_time = retention_time
        instance.owner_role_type = owner_role_type
        if isinstance(_created_on, str):
            instance._created_on_text = _created_on
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
    (
        "name",
        "tables",
        "comment",
        "options",
        "classification_profile_database",
        "classification_profile_schema",
        "classification_profile",
        "object_visibility",
        "created_on",
        "is_default",
        "is_current",
        "database_name",
        "owner",
        "retention_time",
        "owner_role_type",
    )
)
# Models used by the fields, imported once the class above exists (so import cycles resolve).
from ..models.snowflake_database_table import SnowflakeDatabaseTable
from ..types import parse_datetime as _parse_datetime  # noqa: E402 - used by the class above, at call time
