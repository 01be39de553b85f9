from enum import StrEnum


class DatabricksCatalogCatalogType(StrEnum):
    DELTASHARING_CATALOG = "DELTASHARING_CATALOG"
    FOREIGN_CATALOG = "FOREIGN_CATALOG"
    INTERNAL_CATALOG = "INTERNAL_CATALOG"
    MANAGED_CATALOG = "MANAGED_CATALOG"
    MANAGED_ONLINE_CATALOG = "MANAGED_ONLINE_CATALOG"
    SYSTEM_CATALOG = "SYSTEM_CATALOG"

    def __str__(self) -> str:
        return str(self.value)
