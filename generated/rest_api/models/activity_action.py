from __future__ import annotations

from enum import StrEnum


class ActivityAction(StrEnum):
    """The values of ``ActivityAction`` the spec lists.

    A value the spec does not list (a server newer than this client) still parses: it becomes a
    member named ``UNKNOWN`` that keeps the value, compares equal to it, serialises back to it and
    is not among ``list(ActivityAction)``.
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

    def __str__(self) -> str:
        return str(self.value)

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


# Members made for values the spec does not list, one per value.
_unknown: dict[str, ActivityAction] = {}
