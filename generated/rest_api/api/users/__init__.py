"""The ``users`` operations of the TileDB REST API v4: ``UsersApi`` and ``AsyncUsersApi``.

Each operation also has a module of its own here (``sync``, ``sync_detailed``, ``asyncio``,
``asyncio_detailed``); the classes are the convenient way in. Endpoint modules (and the models they
use) are imported on the first call of a method, not when this module is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.change_password_request import ChangePasswordRequest
    from ...models.request_email_confirmation_request import RequestEmailConfirmationRequest
    from ...models.request_password_reset_request import RequestPasswordResetRequest
    from ...models.reset_password_request import ResetPasswordRequest
    from ...models.user_create_request import UserCreateRequest
    from ...models.user_create_response import UserCreateResponse
    from ...models.user_get_response import UserGetResponse
    from ...models.user_self_response import UserSelfResponse
    from ...models.user_update_request import UserUpdateRequest

__all__ = ["UsersApi", "AsyncUsersApi"]


class UsersApi:
    """Blocking calls to the ``users`` operations.

    Construct it over a generated ``Client`` or ``AuthenticatedClient`` (``UsersApi(client)``), or
    let ``tiledb.client.build(UsersApi)`` configure one from the current session. Every method
    returns the success model (``None`` when the answer has no body) and raises
    ``tiledb.client.rest_api.errors.ApiError`` for any status outside 2xx.
    """

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def change_password(
        self,
        body: ChangePasswordRequest,
    ) -> None:
        """Change the caller's password.

        ``POST /v4/actions/users/change_password``

        Args:
            body (ChangePasswordRequest): The request body.

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import change_password as _op

        return _op.sync(
            body=body,
            client=self.client,
        )

    def confirm_email(
        self,
        x_tiledb_rest_api_key: str,
    ) -> None:
        """Confirm an email address with a confirmation token.

        ``POST /v4/actions/users/confirm_email``

        Args:
            x_tiledb_rest_api_key (str): API token with the confirm_email scope

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import confirm_email as _op

        return _op.sync(
            x_tiledb_rest_api_key=x_tiledb_rest_api_key,
            client=self.client,
        )

    def request_email_confirmation(
        self,
        body: RequestEmailConfirmationRequest,
    ) -> None:
        """Request an email address confirmation for a user.

        ``POST /v4/actions/users/request_email_confirmation``

        Args:
            body (RequestEmailConfirmationRequest): The request body.

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import request_email_confirmation as _op

        return _op.sync(
            body=body,
            client=self.client,
        )

    def request_password_reset(
        self,
        body: RequestPasswordResetRequest,
    ) -> None:
        """Request a password reset for a user.

        ``POST /v4/actions/users/request_password_reset``

        Args:
            body (RequestPasswordResetRequest): The request body.

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import request_password_reset as _op

        return _op.sync(
            body=body,
            client=self.client,
        )

    def reset_password(
        self,
        x_tiledb_rest_api_key: str,
        body: ResetPasswordRequest,
    ) -> None:
        """Set a new password with a password reset token.

        ``POST /v4/actions/users/reset_password``

        Args:
            x_tiledb_rest_api_key (str): API token with the password_reset scope
            body (ResetPasswordRequest): The request body.

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import reset_password as _op

        return _op.sync(
            body=body,
            x_tiledb_rest_api_key=x_tiledb_rest_api_key,
            client=self.client,
        )

    def create_user(
        self,
        body: UserCreateRequest,
    ) -> UserCreateResponse:
        """Create a user account.

        ``POST /v4/users``

        Args:
            body (UserCreateRequest): The request body.

        Returns:
            UserCreateResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import create_user as _op

        return _op.sync(
            body=body,
            client=self.client,
        )

    def get_self_user(
        self,
    ) -> UserSelfResponse:
        """Get the calling user.

        ``GET /v4/users/self``

        Returns:
            UserSelfResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_self_user as _op

        return _op.sync(
            client=self.client,
        )

    def get_user(
        self,
        user_id: str,
    ) -> UserGetResponse:
        """Get a user.

        ``GET /v4/users/{user_id}``

        Args:
            user_id (str): User id

        Returns:
            UserGetResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_user as _op

        return _op.sync(
            user_id=user_id,
            client=self.client,
        )

    def delete_user(
        self,
        user_id: str,
    ) -> None:
        """Delete a user.

        ``DELETE /v4/users/{user_id}``

        Args:
            user_id (str): User id

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import delete_user as _op

        return _op.sync(
            user_id=user_id,
            client=self.client,
        )

    def update_user(
        self,
        user_id: str,
        body: UserUpdateRequest,
    ) -> None:
        """Update a user.

        ``PATCH /v4/users/{user_id}``

        Args:
            user_id (str): User id
            body (UserUpdateRequest): The request body.

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import update_user as _op

        return _op.sync(
            user_id=user_id,
            body=body,
            client=self.client,
        )


class AsyncUsersApi:
    """The coroutine twin of :class:`UsersApi`, for an ``httpx.AsyncClient``.

    ``tiledb.client.build(AsyncUsersApi)`` gives one over the session's async client.
    """

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def change_password(
        self,
        body: ChangePasswordRequest,
    ) -> None:
        """Change the caller's password.

        ``POST /v4/actions/users/change_password``
        (coroutine; see :meth:`UsersApi.change_password`).
        """
        from . import change_password as _op

        return await _op.asyncio(
            body=body,
            client=self.client,
        )

    async def confirm_email(
        self,
        x_tiledb_rest_api_key: str,
    ) -> None:
        """Confirm an email address with a confirmation token.

        ``POST /v4/actions/users/confirm_email``
        (coroutine; see :meth:`UsersApi.confirm_email`).
        """
        from . import confirm_email as _op

        return await _op.asyncio(
            x_tiledb_rest_api_key=x_tiledb_rest_api_key,
            client=self.client,
        )

    async def request_email_confirmation(
        self,
        body: RequestEmailConfirmationRequest,
    ) -> None:
        """Request an email address confirmation for a user.

        ``POST /v4/actions/users/request_email_confirmation``
        (coroutine; see :meth:`UsersApi.request_email_confirmation`).
        """
        from . import request_email_confirmation as _op

        return await _op.asyncio(
            body=body,
            client=self.client,
        )

    async def request_password_reset(
        self,
        body: RequestPasswordResetRequest,
    ) -> None:
        """Request a password reset for a user.

        ``POST /v4/actions/users/request_password_reset``
        (coroutine; see :meth:`UsersApi.request_password_reset`).
        """
        from . import request_password_reset as _op

        return await _op.asyncio(
            body=body,
            client=self.client,
        )

    async def reset_password(
        self,
        x_tiledb_rest_api_key: str,
        body: ResetPasswordRequest,
    ) -> None:
        """Set a new password with a password reset token.

        ``POST /v4/actions/users/reset_password``
        (coroutine; see :meth:`UsersApi.reset_password`).
        """
        from . import reset_password as _op

        return await _op.asyncio(
            body=body,
            x_tiledb_rest_api_key=x_tiledb_rest_api_key,
            client=self.client,
        )

    async def create_user(
        self,
        body: UserCreateRequest,
    ) -> UserCreateResponse:
        """Create a user account.

        ``POST /v4/users``
        (coroutine; see :meth:`UsersApi.create_user`).
        """
        from . import create_user as _op

        return await _op.asyncio(
            body=body,
            client=self.client,
        )

    async def get_self_user(
        self,
    ) -> UserSelfResponse:
        """Get the calling user.

        ``GET /v4/users/self``
        (coroutine; see :meth:`UsersApi.get_self_user`).
        """
        from . import get_self_user as _op

        return await _op.asyncio(
            client=self.client,
        )

    async def get_user(
        self,
        user_id: str,
    ) -> UserGetResponse:
        """Get a user.

        ``GET /v4/users/{user_id}``
        (coroutine; see :meth:`UsersApi.get_user`).
        """
        from . import get_user as _op

        return await _op.asyncio(
            user_id=user_id,
            client=self.client,
        )

    async def delete_user(
        self,
        user_id: str,
    ) -> None:
        """Delete a user.

        ``DELETE /v4/users/{user_id}``
        (coroutine; see :meth:`UsersApi.delete_user`).
        """
        from . import delete_user as _op

        return await _op.asyncio(
            user_id=user_id,
            client=self.client,
        )

    async def update_user(
        self,
        user_id: str,
        body: UserUpdateRequest,
    ) -> None:
        """Update a user.

        ``PATCH /v4/users/{user_id}``
        (coroutine; see :meth:`UsersApi.update_user`).
        """
        from . import update_user as _op

        return await _op.asyncio(
            user_id=user_id,
            body=body,
            client=self.client,
        )
