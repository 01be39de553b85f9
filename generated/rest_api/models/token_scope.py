from enum import StrEnum


class TokenScope(StrEnum):
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
