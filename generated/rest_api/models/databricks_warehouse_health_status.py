from enum import StrEnum


class DatabricksWarehouseHealthStatus(StrEnum):
    DEGRADED = "DEGRADED"
    FAILED = "FAILED"
    HEALTHY = "HEALTHY"

    def __str__(self) -> str:
        return str(self.value)
