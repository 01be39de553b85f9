from enum import StrEnum


class SnowflakeWarehouseType(StrEnum):
    SNOWPARK_OPTIMIZED = "SNOWPARK-OPTIMIZED"
    STANDARD = "STANDARD"

    def __str__(self) -> str:
        return str(self.value)
