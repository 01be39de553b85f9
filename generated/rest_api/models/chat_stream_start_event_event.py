from enum import StrEnum


class ChatStreamStartEventEvent(StrEnum):
    START = "start"

    def __str__(self) -> str:
        return str(self.value)
