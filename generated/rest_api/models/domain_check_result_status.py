from enum import StrEnum


class DomainCheckResultStatus(StrEnum):
    ERROR = "error"
    FAILED = "failed"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)
