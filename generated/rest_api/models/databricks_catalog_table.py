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

from ..models.databricks_catalog_table_data_source_format import DatabricksCatalogTableDataSourceFormat
from ..models.databricks_catalog_table_enable_predictive_optimization import (
    DatabricksCatalogTableEnablePredictiveOptimization,
)
from ..models.databricks_catalog_table_table_type import DatabricksCatalogTableTableType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabricksCatalogTable")


def _convert_table_type(value: DatabricksCatalogTableTableType | str) -> DatabricksCatalogTableTableType:
    """``table_type`` as a ``DatabricksCatalogTableTableType``: a member as it is, a listed string value as its member."""
    if isinstance(value, DatabricksCatalogTableTableType):
        return value
    return DatabricksCatalogTableTableType.checked(value, "DatabricksCatalogTable.table_type")


def _convert_data_source_format(
    value: DatabricksCatalogTableDataSourceFormat | str,
) -> DatabricksCatalogTableDataSourceFormat:
    """``data_source_format`` as a ``DatabricksCatalogTableDataSourceFormat``: a member as it is, a listed string value as its member."""
    if isinstance(value, DatabricksCatalogTableDataSourceFormat):
        return value
    return DatabricksCatalogTableDataSourceFormat.checked(value, "DatabricksCatalogTable.data_source_format")


def _convert_enable_predictive_optimization(
    value: DatabricksCatalogTableEnablePredictiveOptimization | str | Unset,
) -> DatabricksCatalogTableEnablePredictiveOptimization | Unset:
    """``enable_predictive_optimization`` as a ``DatabricksCatalogTableEnablePredictiveOptimization``: a member as it is, a listed string value as its member."""
    if isinstance(value, DatabricksCatalogTableEnablePredictiveOptimization | Unset):
        return value
    return DatabricksCatalogTableEnablePredictiveOptimization.checked(
        value, "DatabricksCatalogTable.enable_predictive_optimization"
    )


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class DatabricksCatalogTable:
    """
    Attributes:
        name (str):
        catalog_name (str):
        schema_name (str):
        table_type (DatabricksCatalogTableTableType):
        data_source_format (DatabricksCatalogTableDataSourceFormat):
        access_point (str | Unset):
        browse_only (bool | Unset):
        columns (list[DatabricksCatalogTableColumns] | Unset):
        comment (str | Unset):
        created_at (int | Unset):
        created_by (str | Unset):
        data_access_configuration_id (str | Unset):
        deleted_at (int | Unset):
        enable_predictive_optimization (DatabricksCatalogTableEnablePredictiveOptimization | Unset):
        full_name (str | Unset):
        metastore_id (str | Unset):
        owner (str | Unset):
        pipeline_id (str | Unset):
        properties (DatabricksCatalogTableProperties | Unset):
        sql_path (str | Unset):
        storage_credential_name (str | Unset):
        storage_location (str | Unset):
        table_id (str | Unset):
        updated_at (int | Unset):
        updated_by (str | Unset):
        view_definition (str | Unset):
    """

    name: str
    catalog_name: str
    schema_name: str
    table_type: DatabricksCatalogTableTableType = _attrs_field(converter=_convert_table_type)
    data_source_format: DatabricksCatalogTableDataSourceFormat = _attrs_field(converter=_convert_data_source_format)
    access_point: str | Unset = UNSET
    browse_only: bool | Unset = UNSET
    columns: list[DatabricksCatalogTableColumns] | Unset = UNSET
    comment: str | Unset = UNSET
    created_at: int | Unset = UNSET
    created_by: str | Unset = UNSET
    data_access_configuration_id: str | Unset = UNSET
    deleted_at: int | Unset = UNSET
    enable_predictive_optimization: DatabricksCatalogTableEnablePredictiveOptimization | Unset = _attrs_field(
        default=UNSET, converter=_convert_enable_predictive_optimization
    )
    full_name: str | Unset = UNSET
    metastore_id: str | Unset = UNSET
    owner: str | Unset = UNSET
    pipeline_id: str | Unset = UNSET
    properties: DatabricksCatalogTableProperties | Unset = UNSET
    sql_path: str | Unset = UNSET
    storage_credential_name: str | Unset = UNSET
    storage_location: str | Unset = UNSET
    table_id: str | Unset = UNSET
    updated_at: int | Unset = UNSET
    updated_by: str | Unset = UNSET
    view_definition: str | Unset = UNSET
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
                f"catalog_name={self.catalog_name!r}, "
                f"schema_name={self.schema_name!r}, "
                f"table_type={self.table_type!r}, "
                f"data_source_format={self.data_source_format!r}, "
                f"access_point={self.access_point!r}, "
                f"browse_only={self.browse_only!r}, "
                f"columns={self.columns!r}, "
                f"comment={self.comment!r}, "
                f"created_at={self.created_at!r}, "
                f"created_by={self.created_by!r}, "
                f"data_access_configuration_id={self.data_access_configuration_id!r}, "
                f"deleted_at={self.deleted_at!r}, "
                f"enable_predictive_optimization={self.enable_predictive_optimization!r}, "
                f"full_name={self.full_name!r}, "
                f"metastore_id={self.metastore_id!r}, "
                f"owner={self.owner!r}, "
                f"pipeline_id={self.pipeline_id!r}, "
                f"properties={self.properties!r}, "
                f"sql_path={self.sql_path!r}, "
                f"storage_credential_name={self.storage_credential_name!r}, "
                f"storage_location={self.storage_location!r}, "
                f"table_id={self.table_id!r}, "
                f"updated_at={self.updated_at!r}, "
                f"updated_by={self.updated_by!r}, "
                f"view_definition={self.view_definition!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.name == other.name
            and self.catalog_name == other.catalog_name
            and self.schema_name == other.schema_name
            and self.table_type == other.table_type
            and self.data_source_format == other.data_source_format
            and self.access_point == other.access_point
            and self.browse_only == other.browse_only
            and self.columns == other.columns
            and self.comment == other.comment
            and self.created_at == other.created_at
            and self.created_by == other.created_by
            and self.data_access_configuration_id == other.data_access_configuration_id
            and self.deleted_at == other.deleted_at
            and self.enable_predictive_optimization == other.enable_predictive_optimization
            and self.full_name == other.full_name
            and self.metastore_id == other.metastore_id
            and self.owner == other.owner
            and self.pipeline_id == other.pipeline_id
            and self.properties == other.properties
            and self.sql_path == other.sql_path
            and self.storage_credential_name == other.storage_credential_name
            and self.storage_location == other.storage_location
            and self.table_id == other.table_id
            and self.updated_at == other.updated_at
            and self.updated_by == other.updated_by
            and self.view_definition == other.view_definition
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        catalog_name = self.catalog_name

        schema_name = self.schema_name

        _table_type_member = _convert_table_type(self.table_type)
        table_type = _table_type_member.value

        _data_source_format_member = _convert_data_source_format(self.data_source_format)
        data_source_format = _data_source_format_member.value

        access_point = self.access_point

        browse_only = self.browse_only

        columns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = []
            for columns_item_data in self.columns:
                columns_item = columns_item_data.to_dict()
                columns.append(columns_item)

        comment = self.comment

        created_at = self.created_at

        created_by = self.created_by

        data_access_configuration_id = self.data_access_configuration_id

        deleted_at = self.deleted_at

        _enable_predictive_optimization_member = _convert_enable_predictive_optimization(
            self.enable_predictive_optimization
        )
        enable_predictive_optimization: str | Unset = UNSET
        if not isinstance(_enable_predictive_optimization_member, Unset):
            enable_predictive_optimization = _enable_predictive_optimization_member.value

        full_name = self.full_name

        metastore_id = self.metastore_id

        owner = self.owner

        pipeline_id = self.pipeline_id

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        sql_path = self.sql_path

        storage_credential_name = self.storage_credential_name

        storage_location = self.storage_location

        table_id = self.table_id

        updated_at = self.updated_at

        updated_by = self.updated_by

        view_definition = self.view_definition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "catalog_name": catalog_name,
                "schema_name": schema_name,
                "table_type": table_type,
                "data_source_format": data_source_format,
            }
        )
        if access_point is not UNSET:
            field_dict["access_point"] = access_point
        if browse_only is not UNSET:
            field_dict["browse_only"] = browse_only
        if columns is not UNSET:
            field_dict["columns"] = columns
        if comment is not UNSET:
            field_dict["comment"] = comment
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if data_access_configuration_id is not UNSET:
            field_dict["data_access_configuration_id"] = data_access_configuration_id
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if enable_predictive_optimization is not UNSET:
            field_dict["enable_predictive_optimization"] = enable_predictive_optimization
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if metastore_id is not UNSET:
            field_dict["metastore_id"] = metastore_id
        if owner is not UNSET:
            field_dict["owner"] = owner
        if pipeline_id is not UNSET:
            field_dict["pipeline_id"] = pipeline_id
        if properties is not UNSET:
            field_dict["properties"] = properties
        if sql_path is not UNSET:
            field_dict["sql_path"] = sql_path
        if storage_credential_name is not UNSET:
            field_dict["storage_credential_name"] = storage_credential_name
        if storage_location is not UNSET:
            field_dict["storage_location"] = storage_location
        if table_id is not UNSET:
            field_dict["table_id"] = table_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if view_definition is not UNSET:
            field_dict["view_definition"] = view_definition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        name = src_dict["name"]

        catalog_name = src_dict["catalog_name"]

        schema_name = src_dict["schema_name"]

        _table_type = src_dict["table_type"]
        table_type = _DatabricksCatalogTableTableType_by_value.get(_table_type) or DatabricksCatalogTableTableType(
            _table_type
        )

        _data_source_format = src_dict["data_source_format"]
        data_source_format = _DatabricksCatalogTableDataSourceFormat_by_value.get(
            _data_source_format
        ) or DatabricksCatalogTableDataSourceFormat(_data_source_format)

        access_point = src_dict.get("access_point", UNSET)

        browse_only = src_dict.get("browse_only", UNSET)

        _columns: Any = src_dict.get("columns", UNSET)
        columns = UNSET if _columns is UNSET else list(map(DatabricksCatalogTableColumns.from_dict, _columns))

        comment = src_dict.get("comment", UNSET)

        created_at = src_dict.get("created_at", UNSET)

        created_by = src_dict.get("created_by", UNSET)

        data_access_configuration_id = src_dict.get("data_access_configuration_id", UNSET)

        deleted_at = src_dict.get("deleted_at", UNSET)

        _enable_predictive_optimization: Any = src_dict.get("enable_predictive_optimization", UNSET)
        enable_predictive_optimization = (
            UNSET
            if _enable_predictive_optimization is UNSET
            else _DatabricksCatalogTableEnablePredictiveOptimization_by_value.get(_enable_predictive_optimization)
            or DatabricksCatalogTableEnablePredictiveOptimization(_enable_predictive_optimization)
        )

        full_name = src_dict.get("full_name", UNSET)

        metastore_id = src_dict.get("metastore_id", UNSET)

        owner = src_dict.get("owner", UNSET)

        pipeline_id = src_dict.get("pipeline_id", UNSET)

        _properties: Any = src_dict.get("properties", UNSET)
        properties = UNSET if _properties is UNSET else DatabricksCatalogTableProperties.from_dict(_properties)

        sql_path = src_dict.get("sql_path", UNSET)

        storage_credential_name = src_dict.get("storage_credential_name", UNSET)

        storage_location = src_dict.get("storage_location", UNSET)

        table_id = src_dict.get("table_id", UNSET)

        updated_at = src_dict.get("updated_at", UNSET)

        updated_by = src_dict.get("updated_by", UNSET)

        view_definition = src_dict.get("view_definition", UNSET)

        instance = cls.__new__(cls)
        instance.name = name
        instance.catalog_name = catalog_name
        instance.schema_name = schema_name
        instance.table_type = table_type
        instance.data_source_format = data_source_format
        instance.access_point = access_point
        instance.browse_only = browse_only
        instance.columns = columns
        instance.comment = comment
        instance.created_at = created_at
        instance.created_by = created_by
        instance.data_access_configuration_id = data_access_configuration_id
        instance.deleted_at = deleted_at
        instance.enable_predictive_optimization = enable_predictive_optimization
        instance.full_name = full_name
        instance.metastore_id = metastore_id
        instance.owner = owner
        instance.pipeline_id = pipeline_id
        instance.properties = properties
        instance.sql_path = sql_path
        instance.storage_credential_name = storage_credential_name
        instance.storage_location = storage_location
        instance.table_id = table_id
        instance.updated_at = updated_at
        instance.updated_by = updated_by
        instance.view_definition = view_definition
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
        "catalog_name",
        "schema_name",
        "table_type",
        "data_source_format",
        "access_point",
        "browse_only",
        "columns",
        "comment",
        "created_at",
        "created_by",
        "data_access_configuration_id",
        "deleted_at",
        "enable_predictive_optimization",
        "full_name",
        "metastore_id",
        "owner",
        "pipeline_id",
        "properties",
        "sql_path",
        "storage_credential_name",
        "storage_location",
        "table_id",
        "updated_at",
        "updated_by",
        "view_definition",
    )
)
_DatabricksCatalogTableDataSourceFormat_by_value = cast(
    "dict[Any, DatabricksCatalogTableDataSourceFormat]", DatabricksCatalogTableDataSourceFormat._value2member_map_
)
_DatabricksCatalogTableEnablePredictiveOptimization_by_value = cast(
    "dict[Any, DatabricksCatalogTableEnablePredictiveOptimization]",
    DatabricksCatalogTableEnablePredictiveOptimization._value2member_map_,
)
_DatabricksCatalogTableTableType_by_value = cast(
    "dict[Any, DatabricksCatalogTableTableType]", DatabricksCatalogTableTableType._value2member_map_
)

# Models used by the fields, imported once the class above exists (so import cycles resolve).
from ..models.databricks_catalog_table_columns import DatabricksCatalogTableColumns
from ..models.databricks_catalog_table_properties import DatabricksCatalogTableProperties
