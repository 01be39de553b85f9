from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.snowflake_database_schemas import SnowflakeDatabaseSchemas


T = TypeVar("T", bound="SnowflakeDatabase")


@_attrs_define
class SnowflakeDatabase:
    """
    Attributes:
        name (str):
        schemas (SnowflakeDatabaseSchemas):
        origin (None | str):
        comment (None | str):
        options (None | str):
        object_visibility (None | str):
        created_on (datetime.datetime | Unset):
        is_default (bool | Unset):
        is_current (bool | Unset):
        owner (str | Unset):
        retention_time (str | Unset):
        kind (str | Unset):
        owner_role_type (str | Unset):
    """

    name: str
    schemas: SnowflakeDatabaseSchemas
    origin: None | str
    comment: None | str
    options: None | str
    object_visibility: None | str
    created_on: datetime.datetime | Unset = UNSET
    is_default: bool | Unset = UNSET
    is_current: bool | Unset = UNSET
    owner: str | Unset = UNSET
    retention_time: str | Unset = UNSET
    kind: str | Unset = UNSET
    owner_role_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        schemas = self.schemas.to_dict()

        origin: None | str
        origin = self.origin

        comment: None | str
        comment = self.comment

        options: None | str
        options = self.options

        object_visibility: None | str
        object_visibility = self.object_visibility

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        is_default = self.is_default

        is_current = self.is_current

        owner = self.owner

        retention_time = self.retention_time

        kind = self.kind

        owner_role_type = self.owner_role_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "schemas": schemas,
                "origin": origin,
                "comment": comment,
                "options": options,
                "object_visibility": object_visibility,
            }
        )
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if is_current is not UNSET:
            field_dict["is_current"] = is_current
        if owner is not UNSET:
            field_dict["owner"] = owner
        if retention_time is not UNSET:
            field_dict["retention_time"] = retention_time
        if kind is not UNSET:
            field_dict["kind"] = kind
        if owner_role_type is not UNSET:
            field_dict["owner_role_type"] = owner_role_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.snowflake_database_schemas import SnowflakeDatabaseSchemas  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        schemas = SnowflakeDatabaseSchemas.from_dict(d.pop("schemas"))

        def _parse_origin(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        origin = _parse_origin(d.pop("origin"))

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

        owner = d.pop("owner", UNSET)

        retention_time = d.pop("retention_time", UNSET)

        kind = d.pop("kind", UNSET)

        owner_role_type = d.pop("owner_role_type", UNSET)

        snowflake_database = cls(
            name=name,
            schemas=schemas,
            origin=origin,
            comment=comment,
            options=options,
            object_visibility=object_visibility,
            created_on=created_on,
            is_default=is_default,
            is_current=is_current,
            owner=owner,
            retention_time=retention_time,
            kind=kind,
            owner_role_type=owner_role_type,
        )

        snowflake_database.additional_properties = d
        return snowflake_database

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
