from __future__ import annotations

from enum import StrEnum


class AssetType(StrEnum):
    """The values of ``AssetType`` the spec lists.

    A value the spec does not list (a server newer than this client) still parses: it becomes a
    member named ``UNKNOWN`` that keeps the value, compares equal to it, serialises back to it and
    is not among ``list(AssetType)``.
    """

    ARRAY = "array"
    BIOIMG = "bioimg"
    DASHBOARD = "dashboard"
    DATABRICKS_TABLE = "databricks_table"
    FILE = "file"
    FOLDER = "folder"
    GEOMETRY = "geometry"
    GROUP = "group"
    ML_MODEL = "ml_model"
    NOTEBOOK = "notebook"
    POINTCLOUD = "pointcloud"
    RASTER = "raster"
    REGISTERED_TASK_GRAPH = "registered_task_graph"
    SNOWFLAKE_TABLE = "snowflake_table"
    SOMA = "soma"
    USER_DEFINED_FUNCTION = "user_defined_function"
    VCF = "vcf"
    VECTOR_SEARCH = "vector_search"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> AssetType | None:
        if not isinstance(value, str):
            return None
        member = _unknown.get(value)
        if member is None:
            member = str.__new__(cls, value)
            member._value_ = value
            member._name_ = "UNKNOWN"
            member = _unknown.setdefault(value, member)
        return member


# Members made for values the spec does not list, one per value.
_unknown: dict[str, AssetType] = {}
