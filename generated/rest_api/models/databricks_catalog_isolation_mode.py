from enum import StrEnum


class DatabricksCatalogIsolationMode(StrEnum):
    ISOLATED = "ISOLATED"
    OPEN = "OPEN"

    def __str__(self) -> str:
        return str(self.value)
