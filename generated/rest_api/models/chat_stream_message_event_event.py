from __future__ import annotations

from enum import StrEnum


class ChatStreamMessageEventEvent(StrEnum):
    """The values of ``ChatStreamMessageEventEvent`` the spec lists.

    A value the spec does not list (a server newer than this client) still parses: it becomes a
    member named ``UNKNOWN`` that keeps the value, compares equal to it, serialises back to it and
    is not among ``list(ChatStreamMessageEventEvent)``.
    """

    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> ChatStreamMessageEventEvent | None:
        if not isinstance(value, str):
            return None
        member = _unknown.get(value)
        if member is None:
            member = str.__new__(cls, value)
            member._value_ = value
            member._name_ = "UNKNOWN"
            member = _unknown.setdefault(value, member)
        return member


# Members made for values the spec does not list, one per value.
_unknown: dict[str, ChatStreamMessageEventEvent] = {}
