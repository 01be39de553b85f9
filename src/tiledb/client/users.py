"""User accounts: get, create, update, delete, and the password and e-mail actions.

A ``user`` argument is a ``User``, ``WorkspaceUser``, ``TeamspaceUser``, an id (``usr_...``) or a
username. Failures raise :class:`UsersError` carrying the server's status, message and request
id; passwords and e-mailed tokens never appear in a message or a ``repr``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._highlevel.args import choice
from ._highlevel.errors import UsersError, refusing, translated
from ._highlevel.reexport import API, API_EXCEPTION, MODELS, lazy_names
from ._highlevel.resolve import resolve_user

if TYPE_CHECKING:
    from .rest_api.api import UsersApi
    from .rest_api.models import User

__all__ = [
    "UsersError",
    "change_password",
    "confirm_email",
    "create_user",
    "delete_user",
    "get_user",
    "get_user_id",
    "request_email_confirmation",
    "request_password_reset",
    "reset_password",
    "update_user",
]


def _api() -> UsersApi:
    from .client import build
    from .rest_api.api import UsersApi

    return build(UsersApi)


def _secret(value: object, what: str) -> str:
    # The message names the argument, never its value: it is a password or a token.
    if not isinstance(value, str) or not value:
        raise ValueError(f"{what} must be a non-empty string")
    return value


def get_user_id(obj: object) -> str:
    """The id of a user given as a ``User``, ``WorkspaceUser``, ``TeamspaceUser`` or ``usr_...`` id.

    :raises TypeError: ``obj`` is neither a user object nor a string (as the established client).
    :raises ValueError: a username or other string that is not an id (finding the id of a
        username takes a request: use ``get_user(username).id``).
    """
    if not isinstance(obj, str) and not any(hasattr(obj, a) for a in ("user_id", "id")):
        raise TypeError(f"expected a User or a user id (usr_...), not {type(obj).__name__}")
    found = resolve_user(obj)
    if not found.startswith("usr_"):
        raise ValueError(f"expected a User or a user id (usr_...), got {obj!r}; use get_user(name).id")
    return found


def get_user(user: object) -> User:
    """One user by object, id or username."""
    who = resolve_user(user)
    with translated(UsersError, f"getting user {who!r}"):
        return _api().get_user(who).data


def create_user(
    *,
    email: str,
    username: str,
    password: str,
    display_name: str | None = None,
    timezone: str | None = None,
    image: str | None = None,
    invitation_token: str | None = None,
) -> User:
    """Sign up a user with a password; returns the new user."""
    from .rest_api.models import UserCreateRequest
    from .rest_api.types import UNSET

    for value, what in ((email, "email"), (username, "username")):
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"{what} must be a non-empty string, got {value!r}")
    body = UserCreateRequest(
        email=email,
        username=username,
        password=_secret(password, "password"),
        display_name=display_name if display_name is not None else UNSET,
        timezone=timezone if timezone is not None else UNSET,
        image=image if image is not None else UNSET,
        invitation_token=invitation_token if invitation_token is not None else UNSET,
    )
    with translated(UsersError, f"creating user {username!r}"):
        return _api().create_user(body).data


def update_user(
    user: object,
    *,
    display_name: str | None = None,
    email: str | None = None,
    timezone: str | None = None,
    image: str | None = None,
    role: str | None = None,
) -> User:
    """Change a user's profile (or deployment role); returns the user afterwards."""
    from .rest_api.models import UserRole, UserUpdateRequest
    from .rest_api.types import UNSET

    if all(v is None for v in (display_name, email, timezone, image, role)):
        raise ValueError("nothing to update: pass display_name=, email=, timezone=, image= or role=")
    who = resolve_user(user)
    body = UserUpdateRequest(
        display_name=display_name if display_name is not None else UNSET,
        email=email if email is not None else UNSET,
        timezone=timezone if timezone is not None else UNSET,
        image=image if image is not None else UNSET,
        role=choice(UserRole, role, "role") if role is not None else UNSET,
    )
    api = _api()
    with translated(UsersError, f"updating user {who!r}"):
        api.update_user(who, body)
        return api.get_user(who).data


def delete_user(user: object) -> None:
    """Delete a user account (by object, id or username)."""
    who = resolve_user(user)
    with translated(UsersError, f"deleting user {who!r}"):
        _api().delete_user(who)


def change_password(current_password: str, new_password: str) -> None:
    """Change the session user's password."""
    from .rest_api.models import ChangePasswordRequest

    body = ChangePasswordRequest(
        current_password=_secret(current_password, "current_password"),
        new_password=_secret(new_password, "new_password"),
    )
    with translated(UsersError, "changing the password"):
        _api().change_password(body)


def request_email_confirmation(username_or_email: str) -> None:
    """Ask the server to e-mail a confirmation link (with a token) to a user."""
    from .rest_api.models import RequestEmailConfirmationRequest

    if not isinstance(username_or_email, str) or not username_or_email.strip():
        raise ValueError("username_or_email must be a non-empty string")
    with translated(UsersError, f"requesting an e-mail confirmation for {username_or_email!r}"):
        _api().request_email_confirmation(
            RequestEmailConfirmationRequest(username_or_email=username_or_email)
        )


def confirm_email(token: str) -> None:
    """Confirm a user's e-mail address with the token the confirmation e-mail carried."""
    with translated(UsersError, "confirming an e-mail address"):
        _api().confirm_email(_secret(token, "token"))


def request_password_reset(username_or_email: str) -> None:
    """Ask the server to e-mail a password-reset link (with a token) to a user."""
    from .rest_api.models import RequestPasswordResetRequest

    if not isinstance(username_or_email, str) or not username_or_email.strip():
        raise ValueError("username_or_email must be a non-empty string")
    with translated(UsersError, f"requesting a password reset for {username_or_email!r}"):
        _api().request_password_reset(RequestPasswordResetRequest(username_or_email=username_or_email))


def reset_password(token: str, new_password: str) -> None:
    """Set a new password with the token of a password-reset e-mail."""
    from .rest_api.models import ResetPasswordRequest

    body = ResetPasswordRequest(new_password=_secret(new_password, "new_password"))
    with translated(UsersError, "resetting a password"):
        _api().reset_password(_secret(token, "token"), body)


# The models, enums and Api classes the established module re-exports, and its ``ApiException``:
# imported on first access (see ``_highlevel/reexport.py``), so importing this module stays cheap.
__getattr__, __dir__ = lazy_names(
    __name__,
    {
        MODELS: (
            "User",
            "UserCreateRequest",
            "UserRole",
            "UserUpdateRequest",
        ),
        API: ("UsersApi",),
        API_EXCEPTION: ("ApiException",),
    },
)

# Bad input refused before any request raises an error that is both UsersError (as the established
# client raises) and ValueError (as Python code expects).
refusing(UsersError, globals(), __all__)
