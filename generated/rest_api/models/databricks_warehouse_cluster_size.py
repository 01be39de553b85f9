from enum import StrEnum


class DatabricksWarehouseClusterSize(StrEnum):
    LARGE = "Large"
    MEDIUM = "Medium"
    SMALL = "Small"
    VALUE_0 = "2X-Small"
    VALUE_6 = "2X-Large"
    VALUE_7 = "3X-Large"
    VALUE_8 = "4X-Large"
    X_LARGE = "X-Large"
    X_SMALL = "X-Small"

    def __str__(self) -> str:
        return str(self.value)
