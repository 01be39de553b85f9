from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.databricks_catalog_schema_catalog_type import DatabricksCatalogSchemaCatalogType
from ..models.databricks_catalog_schema_enable_predictive_optimization import (
    DatabricksCatalogSchemaEnablePredictiveOptimization,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.databricks_catalog_schema_properties import DatabricksCatalogSchemaProperties
    from ..models.databricks_catalog_table import DatabricksCatalogTable


T = TypeVar("T", bound="DatabricksCatalogSchema")


@_attrs_define
class DatabricksCatalogSchema:
    """
    Attributes:
        name (str):
        tables (list[DatabricksCatalogTable]):
        browse_only (bool | Unset):
        catalog_name (str | Unset):
        catalog_type (DatabricksCatalogSchemaCatalogType | Unset):
        comment (str | Unset):
        created_at (int | Unset):
        created_by (str | Unset):
        enable_predictive_optimization (DatabricksCatalogSchemaEnablePredictiveOptimization | Unset):
        full_name (str | Unset):
        metastore_id (str | Unset):
        owner (str | Unset):
        properties (DatabricksCatalogSchemaProperties | Unset):
        schema_id (str | Unset):
        storage_location (str | Unset):
        storage_root (str | Unset):
        updated_at (int | Unset):
        updated_by (str | Unset):
    """

    name: str
    tables: list[DatabricksCatalogTable]
    browse_only: bool | Unset = UNSET
    catalog_name: str | Unset = UNSET
    catalog_type: DatabricksCatalogSchemaCatalogType | Unset = UNSET
    comment: str | Unset = UNSET
    created_at: int | Unset = UNSET
    created_by: str | Unset = UNSET
    enable_predictive_optimization: DatabricksCatalogSchemaEnablePredictiveOptimization | Unset = UNSET
    full_name: str | Unset = UNSET
    metastore_id: str | Unset = UNSET
    owner: str | Unset = UNSET
    properties: DatabricksCatalogSchemaProperties | Unset = UNSET
    schema_id: str | Unset = UNSET
    storage_location: str | Unset = UNSET
    storage_root: str | Unset = UNSET
    updated_at: int | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        tables = []
        for tables_item_data in self.tables:
            tables_item = tables_item_data.to_dict()
            tables.append(tables_item)

        browse_only = self.browse_only

        catalog_name = self.catalog_name

        catalog_type: str | Unset = UNSET
        if not isinstance(self.catalog_type, Unset):
            catalog_type = self.catalog_type.value

        comment = self.comment

        created_at = self.created_at

        created_by = self.created_by

        enable_predictive_optimization: str | Unset = UNSET
        if not isinstance(self.enable_predictive_optimization, Unset):
            enable_predictive_optimization = self.enable_predictive_optimization.value

        full_name = self.full_name

        metastore_id = self.metastore_id

        owner = self.owner

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        schema_id = self.schema_id

        storage_location = self.storage_location

        storage_root = self.storage_root

        updated_at = self.updated_at

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "tables": tables,
            }
        )
        if browse_only is not UNSET:
            field_dict["browse_only"] = browse_only
        if catalog_name is not UNSET:
            field_dict["catalog_name"] = catalog_name
        if catalog_type is not UNSET:
            field_dict["catalog_type"] = catalog_type
        if comment is not UNSET:
            field_dict["comment"] = comment
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if enable_predictive_optimization is not UNSET:
            field_dict["enable_predictive_optimization"] = enable_predictive_optimization
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if metastore_id is not UNSET:
            field_dict["metastore_id"] = metastore_id
        if owner is not UNSET:
            field_dict["owner"] = owner
        if properties is not UNSET:
            field_dict["properties"] = properties
        if schema_id is not UNSET:
            field_dict["schema_id"] = schema_id
        if storage_location is not UNSET:
            field_dict["storage_location"] = storage_location
        if storage_root is not UNSET:
            field_dict["storage_root"] = storage_root
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.databricks_catalog_schema_properties import DatabricksCatalogSchemaProperties  # noqa: PLC0415
        from ..models.databricks_catalog_table import DatabricksCatalogTable  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        tables = []
        _tables = d.pop("tables")
        for tables_item_data in _tables:
            tables_item = DatabricksCatalogTable.from_dict(tables_item_data)

            tables.append(tables_item)

        browse_only = d.pop("browse_only", UNSET)

        catalog_name = d.pop("catalog_name", UNSET)

        _catalog_type = d.pop("catalog_type", UNSET)
        catalog_type: DatabricksCatalogSchemaCatalogType | Unset
        if isinstance(_catalog_type, Unset):
            catalog_type = UNSET
        else:
            catalog_type = DatabricksCatalogSchemaCatalogType(_catalog_type)

        comment = d.pop("comment", UNSET)

        created_at = d.pop("created_at", UNSET)

        created_by = d.pop("created_by", UNSET)

        _enable_predictive_optimization = d.pop("enable_predictive_optimization", UNSET)
        enable_predictive_optimization: DatabricksCatalogSchemaEnablePredictiveOptimization | Unset
        if isinstance(_enable_predictive_optimization, Unset):
            enable_predictive_optimization = UNSET
        else:
            enable_predictive_optimization = DatabricksCatalogSchemaEnablePredictiveOptimization(
                _enable_predictive_optimization
            )

        full_name = d.pop("full_name", UNSET)

        metastore_id = d.pop("metastore_id", UNSET)

        owner = d.pop("owner", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: DatabricksCatalogSchemaProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = DatabricksCatalogSchemaProperties.from_dict(_properties)

        schema_id = d.pop("schema_id", UNSET)

        storage_location = d.pop("storage_location", UNSET)

        storage_root = d.pop("storage_root", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        updated_by = d.pop("updated_by", UNSET)

        databricks_catalog_schema = cls(
            name=name,
            tables=tables,
            browse_only=browse_only,
            catalog_name=catalog_name,
            catalog_type=catalog_type,
            comment=comment,
            created_at=created_at,
            created_by=created_by,
            enable_predictive_optimization=enable_predictive_optimization,
            full_name=full_name,
            metastore_id=metastore_id,
            owner=owner,
            properties=properties,
            schema_id=schema_id,
            storage_location=storage_location,
            storage_root=storage_root,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        databricks_catalog_schema.additional_properties = d
        return databricks_catalog_schema

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
