from enum import StrEnum


class AssetBackingType(StrEnum):
    ARRAY = "array"
    DATABRICKS_TABLE = "databricks_table"
    FILE = "file"
    FOLDER = "folder"
    GROUP = "group"
    SNOWFLAKE_TABLE = "snowflake_table"

    def __str__(self) -> str:
        return str(self.value)
