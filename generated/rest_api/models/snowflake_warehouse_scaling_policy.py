from enum import StrEnum


class SnowflakeWarehouseScalingPolicy(StrEnum):
    ECONOMY = "ECONOMY"
    STANDARD = "STANDARD"

    def __str__(self) -> str:
        return str(self.value)
