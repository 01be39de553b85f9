from enum import StrEnum


class SnowflakeWarehouseSize(StrEnum):
    LARGE = "Large"
    MEDIUM = "Medium"
    SMALL = "Small"
    VALUE_5 = "2X-Large"
    VALUE_6 = "3X-Large"
    VALUE_7 = "4X-Large"
    VALUE_8 = "5X-Large"
    VALUE_9 = "6X-Large"
    X_LARGE = "X-Large"
    X_SMALL = "X-Small"

    def __str__(self) -> str:
        return str(self.value)
