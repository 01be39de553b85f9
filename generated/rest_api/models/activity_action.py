from __future__ import annotations

from enum import StrEnum
from typing import ClassVar, cast


class ActivityAction(StrEnum):
    """The values of ``ActivityAction`` the spec lists.

    A value the spec does not list (a server newer than this client) still parses: it becomes a
    member named ``UNKNOWN`` that keeps the value, compares equal to it, serialises back to it and
    is not among ``list(ActivityAction)``.

    Where a model field or an operation argument takes a ``ActivityAction``, its string values are accepted too
    (``ActivityAction.checked``): a listed value becomes its member, any other string is refused there
    and then, naming the listed values.
    """

    ADD_CONTENT = "add-content"
    ADD_CONTENT_VIA_MOVE = "add-content-via-move"
    ADD_METADATA = "add-metadata"
    CREATE = "create"
    DELETE = "delete"
    DELETE_FRAGMENTS = "delete-fragments"
    DELETE_FRAGMENTS_LIST = "delete-fragments-list"
    QUERY_DELETE = "query-delete"
    QUERY_READ = "query-read"
    QUERY_WRITE = "query-write"
    READ = "read"
    READ_CONTENT = "read-content"
    READ_METADATA = "read-metadata"
    REGISTER = "register"
    REMOVE_CONTENT = "remove-content"
    REMOVE_CONTENT_VIA_MOVE = "remove-content-via-move"
    REMOVE_METADATA = "remove-metadata"
    START_NOTEBOOK = "start-notebook"
    STOP_NOTEBOOK = "stop-notebook"
    UPDATE = "update"
    UPDATE_METADATA = "update-metadata"

    #: Every value the spec lists, in its order (the established client's ``allowable_values``).
    allowable_values: ClassVar[list[str]]

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def checked(cls, value: object, name: str = "value") -> ActivityAction:
        """``value`` as a member: a member as it is, a listed string value as its member.

        :raises ValueError: for a string the spec does not list, naming the listed values (to send an
            unlisted value anyway, pass ``ActivityAction(value)``).
        :raises TypeError: for anything but a member or a string.
        """
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            member = cls._value2member_map_.get(value)
            if member is not None:
                return cast("ActivityAction", member)
            shown = value if len(value) <= 40 else value[:40] + "..."
            allowed = ", ".join(repr(m.value) for m in cls)
            raise ValueError(f"{name} must be one of {allowed}; got {shown!r}")
        raise TypeError(f"{name} must be a ActivityAction or one of its string values, not {type(value).__name__}")

    @classmethod
    def _missing_(cls, value: object) -> ActivityAction | None:
        if not isinstance(value, str):
            return None
        member = _unknown.get(value)
        if member is None:
            member = str.__new__(cls, value)
            member._value_ = value
            member._name_ = "UNKNOWN"
            member = _unknown.setdefault(value, member)
        return member


ActivityAction.allowable_values = [
    "create",
    "read",
    "update",
    "delete",
    "start-notebook",
    "stop-notebook",
    "read-metadata",
    "add-metadata",
    "update-metadata",
    "remove-metadata",
    "add-content",
    "add-content-via-move",
    "remove-content",
    "remove-content-via-move",
    "read-content",
    "query-read",
    "query-write",
    "query-delete",
    "delete-fragments",
    "delete-fragments-list",
    "register",
]

# Members made for values the spec does not list, one per value.
_unknown: dict[str, ActivityAction] = {}
