from enum import StrEnum


class DatabricksCatalogSchemaEnablePredictiveOptimization(StrEnum):
    DISABLE = "DISABLE"
    ENABLE = "ENABLE"
    INHERIT = "INHERIT"

    def __str__(self) -> str:
        return str(self.value)
