from enum import StrEnum


class SnowflakeWarehouseState(StrEnum):
    RESIZING = "RESIZING"
    STARTED = "STARTED"
    STARTING = "STARTING"
    SUSPENDED = "SUSPENDED"
    SUSPENDING = "SUSPENDING"

    def __str__(self) -> str:
        return str(self.value)
