from enum import StrEnum


class AccessCredentialStatus(StrEnum):
    FAILED = "failed"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)
