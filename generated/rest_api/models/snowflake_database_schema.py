from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.snowflake_database_table import SnowflakeDatabaseTable


T = TypeVar("T", bound="SnowflakeDatabaseSchema")


@_attrs_define
class SnowflakeDatabaseSchema:
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

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

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
        from ..models.snowflake_database_table import SnowflakeDatabaseTable  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        tables = []
        _tables = d.pop("tables")
        for tables_item_data in _tables:
            tables_item = SnowflakeDatabaseTable.from_dict(tables_item_data)

            tables.append(tables_item)

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        def _parse_options(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        options = _parse_options(d.pop("options"))

        def _parse_classification_profile_database(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        classification_profile_database = _parse_classification_profile_database(
            d.pop("classification_profile_database")
        )

        def _parse_classification_profile_schema(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        classification_profile_schema = _parse_classification_profile_schema(d.pop("classification_profile_schema"))

        def _parse_classification_profile(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        classification_profile = _parse_classification_profile(d.pop("classification_profile"))

        def _parse_object_visibility(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        object_visibility = _parse_object_visibility(d.pop("object_visibility"))

        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        is_default = d.pop("is_default", UNSET)

        is_current = d.pop("is_current", UNSET)

        database_name = d.pop("database_name", UNSET)

        owner = d.pop("owner", UNSET)

        retention_time = d.pop("retention_time", UNSET)

        owner_role_type = d.pop("owner_role_type", UNSET)

        snowflake_database_schema = cls(
            name=name,
            tables=tables,
            comment=comment,
            options=options,
            classification_profile_database=classification_profile_database,
            classification_profile_schema=classification_profile_schema,
            classification_profile=classification_profile,
            object_visibility=object_visibility,
            created_on=created_on,
            is_default=is_default,
            is_current=is_current,
            database_name=database_name,
            owner=owner,
            retention_time=retention_time,
            owner_role_type=owner_role_type,
        )

        snowflake_database_schema.additional_properties = d
        return snowflake_database_schema

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
