from enum import StrEnum


class DatabricksWarehouseWarehouseType(StrEnum):
    CLASSIC = "CLASSIC"
    PRO = "PRO"
    TYPE_UNSPECIFIED = "TYPE_UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)
