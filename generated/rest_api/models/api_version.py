from enum import StrEnum


class APIVersion(StrEnum):
    V1 = "v1"
    V2 = "v2"
    V3 = "v3"
    V4 = "v4"

    def __str__(self) -> str:
        return str(self.value)
