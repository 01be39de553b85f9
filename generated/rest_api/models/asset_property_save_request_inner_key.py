from enum import StrEnum


class AssetPropertySaveRequestInnerKey(StrEnum):
    DEFAULT_REGION = "default_region"
    DEFAULT_VIEW = "default_view"
    IMAGE = "image"
    SIZE = "size"
    VERSION_PRUNING_ENABLED = "version_pruning_enabled"
    VERSION_PRUNING_LIMIT = "version_pruning_limit"

    def __str__(self) -> str:
        return str(self.value)
