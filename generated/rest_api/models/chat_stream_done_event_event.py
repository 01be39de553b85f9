from enum import StrEnum


class ChatStreamDoneEventEvent(StrEnum):
    DONE = "done"

    def __str__(self) -> str:
        return str(self.value)
