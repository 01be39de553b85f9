from enum import StrEnum


class LLMProvider(StrEnum):
    OPENAI = "openai"

    def __str__(self) -> str:
        return str(self.value)
