from enum import StrEnum


class DatabricksCatalogEnablePredictiveOptimization(StrEnum):
    DISABLE = "DISABLE"
    ENABLE = "ENABLE"
    INHERIT = "INHERIT"

    def __str__(self) -> str:
        return str(self.value)
