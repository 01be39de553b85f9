from enum import StrEnum


class DatabricksCatalogTableEnablePredictiveOptimization(StrEnum):
    DISABLE = "DISABLE"
    ENABLE = "ENABLE"
    INHERIT = "INHERIT"

    def __str__(self) -> str:
        return str(self.value)
