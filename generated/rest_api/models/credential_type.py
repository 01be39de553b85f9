from enum import StrEnum


class CredentialType(StrEnum):
    TEAMSPACE = "teamspace"
    WORKSPACE = "workspace"

    def __str__(self) -> str:
        return str(self.value)
