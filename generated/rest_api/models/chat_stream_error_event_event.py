from enum import StrEnum


class ChatStreamErrorEventEvent(StrEnum):
    ERROR = "error"

    def __str__(self) -> str:
        return str(self.value)
