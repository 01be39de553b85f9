from enum import StrEnum


class AssetType(StrEnum):
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
