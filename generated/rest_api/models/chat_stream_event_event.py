from enum import StrEnum


class ChatStreamEventEvent(StrEnum):
    ERROR = "error"

    def __str__(self) -> str:
        return str(self.value)
