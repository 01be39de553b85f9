from enum import StrEnum


class TeamspaceType(StrEnum):
    GENERALSPACE = "generalspace"
    TEAMSPACE = "teamspace"
    USERSPACE = "userspace"

    def __str__(self) -> str:
        return str(self.value)
