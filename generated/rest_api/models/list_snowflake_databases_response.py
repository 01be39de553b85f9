from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.list_snowflake_databases_response_databases import ListSnowflakeDatabasesResponseDatabases


T = TypeVar("T", bound="ListSnowflakeDatabasesResponse")


@_attrs_define
class ListSnowflakeDatabasesResponse:
    """
    Attributes:
        databases (ListSnowflakeDatabasesResponseDatabases):
    """

    databases: ListSnowflakeDatabasesResponseDatabases
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        databases = self.databases.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "databases": databases,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_snowflake_databases_response_databases import ListSnowflakeDatabasesResponseDatabases  # noqa: PLC0415

        d = dict(src_dict)
        databases = ListSnowflakeDatabasesResponseDatabases.from_dict(d.pop("databases"))

        list_snowflake_databases_response = cls(
            databases=databases,
        )

        list_snowflake_databases_response.additional_properties = d
        return list_snowflake_databases_response

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
