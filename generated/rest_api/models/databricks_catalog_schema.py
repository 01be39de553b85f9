# The models used by the fields are imported at the bottom of the module.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar, cast

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.databricks_catalog_schema_catalog_type import DatabricksCatalogSchemaCatalogType
from ..models.databricks_catalog_schema_enable_predictive_optimization import (
    DatabricksCatalogSchemaEnablePredictiveOptimization,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabricksCatalogSchema")


def _convert_catalog_type(
    value: DatabricksCatalogSchemaCatalogType | str | Unset,
) -> DatabricksCatalogSchemaCatalogType | Unset:
    """``catalog_type`` as a ``DatabricksCatalogSchemaCatalogType``: a member as it is, a listed string value as its member."""
    if isinstance(value, DatabricksCatalogSchemaCatalogType | Unset):
        return value
    return DatabricksCatalogSchemaCatalogType.checked(value, "DatabricksCatalogSchema.catalog_type")


def _convert_enable_predictive_optimization(
    value: DatabricksCatalogSchemaEnablePredictiveOptimization | str | Unset,
) -> DatabricksCatalogSchemaEnablePredictiveOptimization | Unset:
    """``enable_predictive_optimization`` as a ``DatabricksCatalogSchemaEnablePredictiveOptimization``: a member as it is, a listed string value as its member."""
    if isinstance(value, DatabricksCatalogSchemaEnablePredictiveOptimization | Unset):
        return value
    return DatabricksCatalogSchemaEnablePredictiveOptimization.checked(
        value, "DatabricksCatalogSchema.enable_predictive_optimization"
    )


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
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
    catalog_type: DatabricksCatalogSchemaCatalogType | Unset = _attrs_field(
        default=UNSET, converter=_convert_catalog_type
    )
    comment: str | Unset = UNSET
    created_at: int | Unset = UNSET
    created_by: str | Unset = UNSET
    enable_predictive_optimization: DatabricksCatalogSchemaEnablePredictiveOptimization | Unset = _attrs_field(
        default=UNSET, converter=_convert_enable_predictive_optimization
    )
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
                f"browse_only={self.browse_only!r}, "
                f"catalog_name={self.catalog_name!r}, "
                f"catalog_type={self.catalog_type!r}, "
                f"comment={self.comment!r}, "
                f"created_at={self.created_at!r}, "
                f"created_by={self.created_by!r}, "
                f"enable_predictive_optimization={self.enable_predictive_optimization!r}, "
                f"full_name={self.full_name!r}, "
                f"metastore_id={self.metastore_id!r}, "
                f"owner={self.owner!r}, "
                f"properties={self.properties!r}, "
                f"schema_id={self.schema_id!r}, "
                f"storage_location={self.storage_location!r}, "
                f"storage_root={self.storage_root!r}, "
                f"updated_at={self.updated_at!r}, "
                f"updated_by={self.updated_by!r}, "
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
            and self.browse_only == other.browse_only
            and self.catalog_name == other.catalog_name
            and self.catalog_type == other.catalog_type
            and self.comment == other.comment
            and self.created_at == other.created_at
            and self.created_by == other.created_by
            and self.enable_predictive_optimization == other.enable_predictive_optimization
            and self.full_name == other.full_name
            and self.metastore_id == other.metastore_id
            and self.owner == other.owner
            and self.properties == other.properties
            and self.schema_id == other.schema_id
            and self.storage_location == other.storage_location
            and self.storage_root == other.storage_root
            and self.updated_at == other.updated_at
            and self.updated_by == other.updated_by
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        tables = []
        for tables_item_data in self.tables:
            tables_item = tables_item_data.to_dict()
            tables.append(tables_item)

        browse_only = self.browse_only

        catalog_name = self.catalog_name

        _catalog_type_member = _convert_catalog_type(self.catalog_type)
        catalog_type: str | Unset = UNSET
        if not isinstance(_catalog_type_member, Unset):
            catalog_type = _catalog_type_member.value

        comment = self.comment

        created_at = self.created_at

        created_by = self.created_by

        _enable_predictive_optimization_member = _convert_enable_predictive_optimization(
            self.enable_predictive_optimization
        )
        enable_predictive_optimization: str | Unset = UNSET
        if not isinstance(_enable_predictive_optimization_member, Unset):
            enable_predictive_optimization = _enable_predictive_optimization_member.value

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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        name = src_dict["name"]

        tables = list(map(DatabricksCatalogTable.from_dict, src_dict["tables"]))

        browse_only = src_dict.get("browse_only", UNSET)

        catalog_name = src_dict.get("catalog_name", UNSET)

        _catalog_type: Any = src_dict.get("catalog_type", UNSET)
        catalog_type = (
            UNSET
            if _catalog_type is UNSET
            else _DatabricksCatalogSchemaCatalogType_by_value.get(_catalog_type)
            or DatabricksCatalogSchemaCatalogType(_catalog_type)
        )

        comment = src_dict.get("comment", UNSET)

        created_at = src_dict.get("created_at", UNSET)

        created_by = src_dict.get("created_by", UNSET)

        _enable_predictive_optimization: Any = src_dict.get("enable_predictive_optimization", UNSET)
        enable_predictive_optimization = (
            UNSET
            if _enable_predictive_optimization is UNSET
            else _DatabricksCatalogSchemaEnablePredictiveOptimization_by_value.get(_enable_predictive_optimization)
            or DatabricksCatalogSchemaEnablePredictiveOptimization(_enable_predictive_optimization)
        )

        full_name = src_dict.get("full_name", UNSET)

        metastore_id = src_dict.get("metastore_id", UNSET)

        owner = src_dict.get("owner", UNSET)

        _properties: Any = src_dict.get("properties", UNSET)
        properties = UNSET if _properties is UNSET else DatabricksCatalogSchemaProperties.from_dict(_properties)

        schema_id = src_dict.get("schema_id", UNSET)

        storage_location = src_dict.get("storage_location", UNSET)

        storage_root = src_dict.get("storage_root", UNSET)

        updated_at = src_dict.get("updated_at", UNSET)

        updated_by = src_dict.get("updated_by", UNSET)

        instance = cls.__new__(cls)
        instance.name = name
        instance.tables = tables
        instance.browse_only = browse_only
        instance.catalog_name = catalog_name
        instance.catalog_type = catalog_type
        instance.comment = comment
        instance.created_at = created_at
        instance.created_by = created_by
        instance.enable_predictive_optimization = enable_predictive_optimization
        instance.full_name = full_name
        instance.metastore_id = metastore_id
        instance.owner = owner
        instance.properties = properties
        instance.schema_id = schema_id
        instance.storage_location = storage_location
        instance.storage_root = storage_root
        instance.updated_at = updated_at
        instance.updated_by = updated_by
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
        "browse_only",
        "catalog_name",
        "catalog_type",
        "comment",
        "created_at",
        "created_by",
        "enable_predictive_optimization",
        "full_name",
        "metastore_id",
        "owner",
        "properties",
        "schema_id",
        "storage_location",
        "storage_root",
        "updated_at",
        "updated_by",
    )
)
_DatabricksCatalogSchemaCatalogType_by_value = cast(
    "dict[Any, DatabricksCatalogSchemaCatalogType]", DatabricksCatalogSchemaCatalogType._value2member_map_
)
_DatabricksCatalogSchemaEnablePredictiveOptimization_by_value = cast(
    "dict[Any, DatabricksCatalogSchemaEnablePredictiveOptimization]",
    DatabricksCatalogSchemaEnablePredictiveOptimization._value2member_map_,
)

# Models used by the fields, imported once the class above exists (so import cycles resolve).
from ..models.databricks_catalog_schema_properties import DatabricksCatalogSchemaProperties
from ..models.databricks_catalog_table import DatabricksCatalogTable
