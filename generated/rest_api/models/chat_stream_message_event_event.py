from enum import StrEnum


class ChatStreamMessageEventEvent(StrEnum):
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)
