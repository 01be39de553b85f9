from enum import StrEnum


class DatabricksWarehouseSpotInstancePolicy(StrEnum):
    COST_OPTIMIZED = "COST_OPTIMIZED"
    POLICY_UNSPECIFIED = "POLICY_UNSPECIFIED"
    RELIABILITY_OPTIMIZED = "RELIABILITY_OPTIMIZED"

    def __str__(self) -> str:
        return str(self.value)
