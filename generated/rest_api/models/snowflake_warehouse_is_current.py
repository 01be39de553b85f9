from enum import StrEnum


class SnowflakeWarehouseIsCurrent(StrEnum):
    N = "N"
    Y = "Y"

    def __str__(self) -> str:
        return str(self.value)
