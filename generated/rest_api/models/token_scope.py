from __future__ import annotations

from enum import StrEnum


class TokenScope(StrEnum):
    """The values of ``TokenScope`` the spec lists.

    A value the spec does not list (a server newer than this client) still parses: it becomes a
    member named ``UNKNOWN`` that keeps the value, compares equal to it, serialises back to it and
    is not among ``list(TokenScope)``.
    """

    ARRAYADMIN = "array:admin"
    ARRAYREAD = "array:read"
    ARRAYREAD_WRITE = "array:read-write"
    CONFIRM_EMAIL = "confirm_email"
    GROUPADMIN = "group:admin"
    GROUPREAD = "group:read"
    GROUPREAD_WRITE = "group:read-write"
    ORGANIZATIONADMIN = "organization:admin"
    ORGANIZATIONREAD = "organization:read"
    ORGANIZATIONREAD_WRITE = "organization:read-write"
    PASSWORD_RESET = "password_reset"
    USERADMIN = "user:admin"
    USERREAD = "user:read"
    USERREAD_WRITE = "user:read-write"
    VALUE_0 = "*"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> TokenScope | None:
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
_unknown: dict[str, TokenScope] = {}
