from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.databricks_catalog_catalog_type import DatabricksCatalogCatalogType
from ..models.databricks_catalog_enable_predictive_optimization import DatabricksCatalogEnablePredictiveOptimization
from ..models.databricks_catalog_isolation_mode import DatabricksCatalogIsolationMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.databricks_catalog_options import DatabricksCatalogOptions
    from ..models.databricks_catalog_properties import DatabricksCatalogProperties
    from ..models.databricks_catalog_schemas import DatabricksCatalogSchemas


T = TypeVar("T", bound="DatabricksCatalog")


@_attrs_define
class DatabricksCatalog:
    """
    Attributes:
        name (str):
        schemas (DatabricksCatalogSchemas):
        browse_only (bool | Unset):
        catalog_type (DatabricksCatalogCatalogType | Unset):
        comment (str | Unset):
        connection_name (str | Unset):
        created_at (int | Unset):
        created_by (str | Unset):
        enable_predictive_optimization (DatabricksCatalogEnablePredictiveOptimization | Unset):
        full_name (str | Unset):
        isolation_mode (DatabricksCatalogIsolationMode | Unset):
        metastore_id (str | Unset):
        options (DatabricksCatalogOptions | Unset):
        owner (str | Unset):
        properties (DatabricksCatalogProperties | Unset):
        provider_name (str | Unset):
        securable_type (str | Unset):
        share_name (str | Unset):
        storage_location (str | Unset):
        storage_root (str | Unset):
        updated_at (int | Unset):
        updated_by (str | Unset):
    """

    name: str
    schemas: DatabricksCatalogSchemas
    browse_only: bool | Unset = UNSET
    catalog_type: DatabricksCatalogCatalogType | Unset = UNSET
    comment: str | Unset = UNSET
    connection_name: str | Unset = UNSET
    created_at: int | Unset = UNSET
    created_by: str | Unset = UNSET
    enable_predictive_optimization: DatabricksCatalogEnablePredictiveOptimization | Unset = UNSET
    full_name: str | Unset = UNSET
    isolation_mode: DatabricksCatalogIsolationMode | Unset = UNSET
    metastore_id: str | Unset = UNSET
    options: DatabricksCatalogOptions | Unset = UNSET
    owner: str | Unset = UNSET
    properties: DatabricksCatalogProperties | Unset = UNSET
    provider_name: str | Unset = UNSET
    securable_type: str | Unset = UNSET
    share_name: str | Unset = UNSET
    storage_location: str | Unset = UNSET
    storage_root: str | Unset = UNSET
    updated_at: int | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        schemas = self.schemas.to_dict()

        browse_only = self.browse_only

        catalog_type: str | Unset = UNSET
        if not isinstance(self.catalog_type, Unset):
            catalog_type = self.catalog_type.value

        comment = self.comment

        connection_name = self.connection_name

        created_at = self.created_at

        created_by = self.created_by

        enable_predictive_optimization: str | Unset = UNSET
        if not isinstance(self.enable_predictive_optimization, Unset):
            enable_predictive_optimization = self.enable_predictive_optimization.value

        full_name = self.full_name

        isolation_mode: str | Unset = UNSET
        if not isinstance(self.isolation_mode, Unset):
            isolation_mode = self.isolation_mode.value

        metastore_id = self.metastore_id

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        owner = self.owner

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        provider_name = self.provider_name

        securable_type = self.securable_type

        share_name = self.share_name

        storage_location = self.storage_location

        storage_root = self.storage_root

        updated_at = self.updated_at

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "schemas": schemas,
            }
        )
        if browse_only is not UNSET:
            field_dict["browse_only"] = browse_only
        if catalog_type is not UNSET:
            field_dict["catalog_type"] = catalog_type
        if comment is not UNSET:
            field_dict["comment"] = comment
        if connection_name is not UNSET:
            field_dict["connection_name"] = connection_name
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if enable_predictive_optimization is not UNSET:
            field_dict["enable_predictive_optimization"] = enable_predictive_optimization
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if isolation_mode is not UNSET:
            field_dict["isolation_mode"] = isolation_mode
        if metastore_id is not UNSET:
            field_dict["metastore_id"] = metastore_id
        if options is not UNSET:
            field_dict["options"] = options
        if owner is not UNSET:
            field_dict["owner"] = owner
        if properties is not UNSET:
            field_dict["properties"] = properties
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if securable_type is not UNSET:
            field_dict["securable_type"] = securable_type
        if share_name is not UNSET:
            field_dict["share_name"] = share_name
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
        from ..models.databricks_catalog_options import DatabricksCatalogOptions  # noqa: PLC0415
        from ..models.databricks_catalog_properties import DatabricksCatalogProperties  # noqa: PLC0415
        from ..models.databricks_catalog_schemas import DatabricksCatalogSchemas  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        schemas = DatabricksCatalogSchemas.from_dict(d.pop("schemas"))

        browse_only = d.pop("browse_only", UNSET)

        _catalog_type = d.pop("catalog_type", UNSET)
        catalog_type: DatabricksCatalogCatalogType | Unset
        if isinstance(_catalog_type, Unset):
            catalog_type = UNSET
        else:
            catalog_type = DatabricksCatalogCatalogType(_catalog_type)

        comment = d.pop("comment", UNSET)

        connection_name = d.pop("connection_name", UNSET)

        created_at = d.pop("created_at", UNSET)

        created_by = d.pop("created_by", UNSET)

        _enable_predictive_optimization = d.pop("enable_predictive_optimization", UNSET)
        enable_predictive_optimization: DatabricksCatalogEnablePredictiveOptimization | Unset
        if isinstance(_enable_predictive_optimization, Unset):
            enable_predictive_optimization = UNSET
        else:
            enable_predictive_optimization = DatabricksCatalogEnablePredictiveOptimization(
                _enable_predictive_optimization
            )

        full_name = d.pop("full_name", UNSET)

        _isolation_mode = d.pop("isolation_mode", UNSET)
        isolation_mode: DatabricksCatalogIsolationMode | Unset
        if isinstance(_isolation_mode, Unset):
            isolation_mode = UNSET
        else:
            isolation_mode = DatabricksCatalogIsolationMode(_isolation_mode)

        metastore_id = d.pop("metastore_id", UNSET)

        _options = d.pop("options", UNSET)
        options: DatabricksCatalogOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = DatabricksCatalogOptions.from_dict(_options)

        owner = d.pop("owner", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: DatabricksCatalogProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = DatabricksCatalogProperties.from_dict(_properties)

        provider_name = d.pop("provider_name", UNSET)

        securable_type = d.pop("securable_type", UNSET)

        share_name = d.pop("share_name", UNSET)

        storage_location = d.pop("storage_location", UNSET)

        storage_root = d.pop("storage_root", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        updated_by = d.pop("updated_by", UNSET)

        databricks_catalog = cls(
            name=name,
            schemas=schemas,
            browse_only=browse_only,
            catalog_type=catalog_type,
            comment=comment,
            connection_name=connection_name,
            created_at=created_at,
            created_by=created_by,
            enable_predictive_optimization=enable_predictive_optimization,
            full_name=full_name,
            isolation_mode=isolation_mode,
            metastore_id=metastore_id,
            options=options,
            owner=owner,
            properties=properties,
            provider_name=provider_name,
            securable_type=securable_type,
            share_name=share_name,
            storage_location=storage_location,
            storage_root=storage_root,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        databricks_catalog.additional_properties = d
        return databricks_catalog

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
