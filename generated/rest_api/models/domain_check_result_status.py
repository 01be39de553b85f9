from __future__ import annotations

from enum import StrEnum
from typing import ClassVar, cast


class DomainCheckResultStatus(StrEnum):
    """The values of ``DomainCheckResultStatus`` the spec lists.

    A value the spec does not list (a server newer than this client) still parses: it becomes a
    member named ``UNKNOWN`` that keeps the value, compares equal to it, serialises back to it and
    is not among ``list(DomainCheckResultStatus)``.

    Where a model field or an operation argument takes a ``DomainCheckResultStatus``, its string values are accepted too
    (``DomainCheckResultStatus.checked``): a listed value becomes its member, any other string is refused there
    and then, naming the listed values.
    """

    ERROR = "error"
    FAILED = "failed"
    VERIFIED = "verified"

    #: Every value the spec lists, in its order (the established client's ``allowable_values``).
    allowable_values: ClassVar[list[str]]

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def checked(cls, value: object, name: str = "value") -> DomainCheckResultStatus:
        """``value`` as a member: a member as it is, a listed string value as its member.

        :raises ValueError: for a string the spec does not list, naming the listed values (to send an
            unlisted value anyway, pass ``DomainCheckResultStatus(value)``).
        :raises TypeError: for anything but a member or a string.
        """
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            member = cls._value2member_map_.get(value)
            if member is not None:
                return cast("DomainCheckResultStatus", member)
            shown = value if len(value) <= 40 else value[:40] + "..."
            allowed = ", ".join(repr(m.value) for m in cls)
            raise ValueError(f"{name} must be one of {allowed}; got {shown!r}")
        raise TypeError(
            f"{name} must be a DomainCheckResultStatus or one of its string values, not {type(value).__name__}"
        )

    @classmethod
    def _missing_(cls, value: object) -> DomainCheckResultStatus | None:
        if not isinstance(value, str):
            return None
        member = _unknown.get(value)
        if member is None:
            member = str.__new__(cls, value)
            member._value_ = value
            member._name_ = "UNKNOWN"
            member = _unknown.setdefault(value, member)
        return member


DomainCheckResultStatus.allowable_values = [
    "verified",
    "error",
    "failed",
]

# Members made for values the spec does not list, one per value.
_unknown: dict[str, DomainCheckResultStatus] = {}
