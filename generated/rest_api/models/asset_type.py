from __future__ import annotations

from enum import StrEnum
from typing import ClassVar, cast


class AssetType(StrEnum):
    """The values of ``AssetType`` the spec lists.

    A value the spec does not list (a server newer than this client) still parses: it becomes a
    member named ``UNKNOWN`` that keeps the value, compares equal to it, serialises back to it and
    is not among ``list(AssetType)``.

    Where a model field or an operation argument takes a ``AssetType``, its string values are accepted too
    (``AssetType.checked``): a listed value becomes its member, any other string is refused there
    and then, naming the listed values.
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

    #: Every value the spec lists, in its order (the established client's ``allowable_values``).
    allowable_values: ClassVar[list[str]]

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def checked(cls, value: object, name: str = "value") -> AssetType:
        """``value`` as a member: a member as it is, a listed string value as its member.

        :raises ValueError: for a string the spec does not list, naming the listed values (to send an
            unlisted value anyway, pass ``AssetType(value)``).
        :raises TypeError: for anything but a member or a string.
        """
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            member = cls._value2member_map_.get(value)
            if member is not None:
                return cast("AssetType", member)
            shown = value if len(value) <= 40 else value[:40] + "..."
            allowed = ", ".join(repr(m.value) for m in cls)
            raise ValueError(f"{name} must be one of {allowed}; got {shown!r}")
        raise TypeError(f"{name} must be a AssetType or one of its string values, not {type(value).__name__}")

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


AssetType.allowable_values = [
    "array",
    "notebook",
    "dashboard",
    "user_defined_function",
    "ml_model",
    "file",
    "registered_task_graph",
    "group",
    "vcf",
    "soma",
    "pointcloud",
    "bioimg",
    "geometry",
    "raster",
    "vector_search",
    "folder",
    "databricks_table",
    "snowflake_table",
]

# Members made for values the spec does not list, one per value.
_unknown: dict[str, AssetType] = {}
