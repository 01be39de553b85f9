from enum import StrEnum


class CloudProvider(StrEnum):
    AWS = "AWS"
    AZURE = "AZURE"
    DATABRICKS = "DATABRICKS"
    GCP = "GCP"
    SNOWFLAKE = "SNOWFLAKE"

    def __str__(self) -> str:
        return str(self.value)
