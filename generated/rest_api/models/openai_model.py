from __future__ import annotations

from enum import StrEnum
from typing import ClassVar, cast


class OpenaiModel(StrEnum):
    """The values of ``OpenaiModel`` the spec lists.

    A value the spec does not list (a server newer than this client) still parses: it becomes a
    member named ``UNKNOWN`` that keeps the value, compares equal to it, serialises back to it and
    is not among ``list(OpenaiModel)``.

    Where a model field or an operation argument takes a ``OpenaiModel``, its string values are accepted too
    (``OpenaiModel.checked``): a listed value becomes its member, any other string is refused there
    and then, naming the listed values.
    """

    GPT_3_5_TURBO = "gpt-3.5-turbo"
    GPT_3_5_TURBO_0125 = "gpt-3.5-turbo-0125"
    GPT_3_5_TURBO_1106 = "gpt-3.5-turbo-1106"
    GPT_3_5_TURBO_INSTRUCT = "gpt-3.5-turbo-instruct"
    GPT_3_5_TURBO_INSTRUCT_0914 = "gpt-3.5-turbo-instruct-0914"
    GPT_4O = "gpt-4o"
    GPT_4O_2024_05_13 = "gpt-4o-2024-05-13"
    GPT_4O_2024_08_06 = "gpt-4o-2024-08-06"
    GPT_4O_MINI = "gpt-4o-mini"
    GPT_4O_MINI_2024_07_18 = "gpt-4o-mini-2024-07-18"
    # The established client's names for the same values: aliases, not among list(OpenaiModel).
    _3_5_TURBO = "gpt-3.5-turbo"
    _3_5_TURBO_0125 = "gpt-3.5-turbo-0125"
    _3_5_TURBO_1106 = "gpt-3.5-turbo-1106"
    _3_5_TURBO_INSTRUCT = "gpt-3.5-turbo-instruct"
    _3_5_TURBO_INSTRUCT_0914 = "gpt-3.5-turbo-instruct-0914"
    _4O = "gpt-4o"
    _4O_2024_05_13 = "gpt-4o-2024-05-13"
    _4O_2024_08_06 = "gpt-4o-2024-08-06"
    _4O_MINI = "gpt-4o-mini"
    _4O_MINI_2024_07_18 = "gpt-4o-mini-2024-07-18"

    #: Every value the spec lists, in its order (the established client's ``allowable_values``).
    allowable_values: ClassVar[list[str]]

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def checked(cls, value: object, name: str = "value") -> OpenaiModel:
        """``value`` as a member: a member as it is, a listed string value as its member.

        :raises ValueError: for a string the spec does not list, naming the listed values (to send an
            unlisted value anyway, pass ``OpenaiModel(value)``).
        :raises TypeError: for anything but a member or a string.
        """
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            member = cls._value2member_map_.get(value)
            if member is not None:
                return cast("OpenaiModel", member)
            shown = value if len(value) <= 40 else value[:40] + "..."
            allowed = ", ".join(repr(m.value) for m in cls)
            raise ValueError(f"{name} must be one of {allowed}; got {shown!r}")
        raise TypeError(f"{name} must be a OpenaiModel or one of its string values, not {type(value).__name__}")

    @classmethod
    def _missing_(cls, value: object) -> OpenaiModel | None:
        if not isinstance(value, str):
            return None
        member = _unknown.get(value)
        if member is None:
            member = str.__new__(cls, value)
            member._value_ = value
            member._name_ = "UNKNOWN"
            member = _unknown.setdefault(value, member)
        return member


OpenaiModel.allowable_values = [
    "gpt-3.5-turbo",
    "gpt-3.5-turbo-0125",
    "gpt-3.5-turbo-1106",
    "gpt-3.5-turbo-instruct",
    "gpt-3.5-turbo-instruct-0914",
    "gpt-4o",
    "gpt-4o-2024-05-13",
    "gpt-4o-2024-08-06",
    "gpt-4o-mini",
    "gpt-4o-mini-2024-07-18",
]

# Members made for values the spec does not list, one per value.
_unknown: dict[str, OpenaiModel] = {}
