"""The ``users`` operations of the TileDB REST API v4: ``UsersApi`` and ``AsyncUsersApi``.

Each operation also has a module of its own here (``sync``, ``sync_detailed``, ``sync_raw``,
``asyncio``, ``asyncio_detailed``, ``asyncio_raw``); the classes are the convenient way in. Every
method takes the per-call options ``timeout``, ``retry_mode``, ``extra_headers`` and
``extra_query`` (keyword-only); ``with_options()`` makes a copy that applies them to every call and
``with_raw_response`` gives the whole answer instead of the parsed value. Endpoint modules (and the models they
use) are imported on the first call of a method, not when this module is imported.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from ...client import call_options

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client, RawResponse, Timeout
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
    ``tiledb.client.rest_api.errors.ApiError`` (a subclass for the status) for any status outside 2xx.
    """

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def with_options(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UsersApi:
        """A copy that applies these options to every call, over this object's connections.

        This object is left unchanged; per-call options override the copy's.
        """
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> UsersApiWithRawResponse:
        """The same methods, each returning a ``RawResponse`` (status, headers, request id, ...)."""
        return UsersApiWithRawResponse(self.client)

    def change_password(
        self,
        body: ChangePasswordRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Change the caller's password.

        ``POST /v4/actions/users/change_password``

        Args:
            body (ChangePasswordRequest): The request body.

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import change_password as _op

        return _op.sync(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def confirm_email(
        self,
        x_tiledb_rest_api_key: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Confirm an email address with a confirmation token.

        ``POST /v4/actions/users/confirm_email``

        Args:
            x_tiledb_rest_api_key (str): API token with the confirm_email scope

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import confirm_email as _op

        return _op.sync(
            x_tiledb_rest_api_key=x_tiledb_rest_api_key,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def request_email_confirmation(
        self,
        body: RequestEmailConfirmationRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Request an email address confirmation for a user.

        ``POST /v4/actions/users/request_email_confirmation``

        Args:
            body (RequestEmailConfirmationRequest): The request body.

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import request_email_confirmation as _op

        return _op.sync(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def request_password_reset(
        self,
        body: RequestPasswordResetRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Request a password reset for a user.

        ``POST /v4/actions/users/request_password_reset``

        Args:
            body (RequestPasswordResetRequest): The request body.

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import request_password_reset as _op

        return _op.sync(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def reset_password(
        self,
        x_tiledb_rest_api_key: str,
        body: ResetPasswordRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Set a new password with a password reset token.

        ``POST /v4/actions/users/reset_password``

        Args:
            x_tiledb_rest_api_key (str): API token with the password_reset scope
            body (ResetPasswordRequest): The request body.

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import reset_password as _op

        return _op.sync(
            body=body,
            x_tiledb_rest_api_key=x_tiledb_rest_api_key,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def create_user(
        self,
        body: UserCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UserCreateResponse:
        """Create a user account.

        ``POST /v4/users``

        Args:
            body (UserCreateRequest): The request body.

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            UserCreateResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import create_user as _op

        return _op.sync(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_self_user(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UserSelfResponse:
        """Get the calling user.

        ``GET /v4/users/self``

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            UserSelfResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_self_user as _op

        return _op.sync(
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_user(
        self,
        user_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UserGetResponse:
        """Get a user.

        ``GET /v4/users/{user_id}``

        Args:
            user_id (str): User id

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            UserGetResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_user as _op

        return _op.sync(
            user_id=user_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def delete_user(
        self,
        user_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a user.

        ``DELETE /v4/users/{user_id}``

        Args:
            user_id (str): User id

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import delete_user as _op

        return _op.sync(
            user_id=user_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def update_user(
        self,
        user_id: str,
        body: UserUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Update a user.

        ``PATCH /v4/users/{user_id}``

        Args:
            user_id (str): User id
            body (UserUpdateRequest): The request body.

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import update_user as _op

        return _op.sync(
            user_id=user_id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class UsersApiWithRawResponse:
    """The methods of :class:`UsersApi`, each returning a ``RawResponse`` of its 2xx answer."""

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def change_password(
        self,
        body: ChangePasswordRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``POST /v4/actions/users/change_password``, giving the whole 2xx answer."""
        from . import change_password as _op

        return _op.sync_raw(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def confirm_email(
        self,
        x_tiledb_rest_api_key: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``POST /v4/actions/users/confirm_email``, giving the whole 2xx answer."""
        from . import confirm_email as _op

        return _op.sync_raw(
            x_tiledb_rest_api_key=x_tiledb_rest_api_key,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def request_email_confirmation(
        self,
        body: RequestEmailConfirmationRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``POST /v4/actions/users/request_email_confirmation``, giving the whole 2xx answer."""
        from . import request_email_confirmation as _op

        return _op.sync_raw(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def request_password_reset(
        self,
        body: RequestPasswordResetRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``POST /v4/actions/users/request_password_reset``, giving the whole 2xx answer."""
        from . import request_password_reset as _op

        return _op.sync_raw(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def reset_password(
        self,
        x_tiledb_rest_api_key: str,
        body: ResetPasswordRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``POST /v4/actions/users/reset_password``, giving the whole 2xx answer."""
        from . import reset_password as _op

        return _op.sync_raw(
            body=body,
            x_tiledb_rest_api_key=x_tiledb_rest_api_key,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def create_user(
        self,
        body: UserCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[UserCreateResponse]:
        """``POST /v4/users``, giving the whole 2xx answer."""
        from . import create_user as _op

        return _op.sync_raw(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_self_user(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[UserSelfResponse]:
        """``GET /v4/users/self``, giving the whole 2xx answer."""
        from . import get_self_user as _op

        return _op.sync_raw(
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_user(
        self,
        user_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[UserGetResponse]:
        """``GET /v4/users/{user_id}``, giving the whole 2xx answer."""
        from . import get_user as _op

        return _op.sync_raw(
            user_id=user_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def delete_user(
        self,
        user_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/users/{user_id}``, giving the whole 2xx answer."""
        from . import delete_user as _op

        return _op.sync_raw(
            user_id=user_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def update_user(
        self,
        user_id: str,
        body: UserUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/users/{user_id}``, giving the whole 2xx answer."""
        from . import update_user as _op

        return _op.sync_raw(
            user_id=user_id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
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

    def with_options(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncUsersApi:
        """A copy that applies these options to every call (see :meth:`UsersApi.with_options`)."""
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> AsyncUsersApiWithRawResponse:
        """The same coroutines, each returning a ``RawResponse``."""
        return AsyncUsersApiWithRawResponse(self.client)

    async def change_password(
        self,
        body: ChangePasswordRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Change the caller's password.

        ``POST /v4/actions/users/change_password``
        (coroutine; see :meth:`UsersApi.change_password`).
        """
        from . import change_password as _op

        return await _op.asyncio(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def confirm_email(
        self,
        x_tiledb_rest_api_key: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Confirm an email address with a confirmation token.

        ``POST /v4/actions/users/confirm_email``
        (coroutine; see :meth:`UsersApi.confirm_email`).
        """
        from . import confirm_email as _op

        return await _op.asyncio(
            x_tiledb_rest_api_key=x_tiledb_rest_api_key,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def request_email_confirmation(
        self,
        body: RequestEmailConfirmationRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Request an email address confirmation for a user.

        ``POST /v4/actions/users/request_email_confirmation``
        (coroutine; see :meth:`UsersApi.request_email_confirmation`).
        """
        from . import request_email_confirmation as _op

        return await _op.asyncio(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def request_password_reset(
        self,
        body: RequestPasswordResetRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Request a password reset for a user.

        ``POST /v4/actions/users/request_password_reset``
        (coroutine; see :meth:`UsersApi.request_password_reset`).
        """
        from . import request_password_reset as _op

        return await _op.asyncio(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def reset_password(
        self,
        x_tiledb_rest_api_key: str,
        body: ResetPasswordRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def create_user(
        self,
        body: UserCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UserCreateResponse:
        """Create a user account.

        ``POST /v4/users``
        (coroutine; see :meth:`UsersApi.create_user`).
        """
        from . import create_user as _op

        return await _op.asyncio(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_self_user(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UserSelfResponse:
        """Get the calling user.

        ``GET /v4/users/self``
        (coroutine; see :meth:`UsersApi.get_self_user`).
        """
        from . import get_self_user as _op

        return await _op.asyncio(
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_user(
        self,
        user_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UserGetResponse:
        """Get a user.

        ``GET /v4/users/{user_id}``
        (coroutine; see :meth:`UsersApi.get_user`).
        """
        from . import get_user as _op

        return await _op.asyncio(
            user_id=user_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def delete_user(
        self,
        user_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a user.

        ``DELETE /v4/users/{user_id}``
        (coroutine; see :meth:`UsersApi.delete_user`).
        """
        from . import delete_user as _op

        return await _op.asyncio(
            user_id=user_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def update_user(
        self,
        user_id: str,
        body: UserUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncUsersApiWithRawResponse:
    """The coroutines of :class:`AsyncUsersApi`, each returning a ``RawResponse``."""

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def change_password(
        self,
        body: ChangePasswordRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``POST /v4/actions/users/change_password``, giving the whole 2xx answer (coroutine)."""
        from . import change_password as _op

        return await _op.asyncio_raw(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def confirm_email(
        self,
        x_tiledb_rest_api_key: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``POST /v4/actions/users/confirm_email``, giving the whole 2xx answer (coroutine)."""
        from . import confirm_email as _op

        return await _op.asyncio_raw(
            x_tiledb_rest_api_key=x_tiledb_rest_api_key,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def request_email_confirmation(
        self,
        body: RequestEmailConfirmationRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``POST /v4/actions/users/request_email_confirmation``, giving the whole 2xx answer (coroutine)."""
        from . import request_email_confirmation as _op

        return await _op.asyncio_raw(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def request_password_reset(
        self,
        body: RequestPasswordResetRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``POST /v4/actions/users/request_password_reset``, giving the whole 2xx answer (coroutine)."""
        from . import request_password_reset as _op

        return await _op.asyncio_raw(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def reset_password(
        self,
        x_tiledb_rest_api_key: str,
        body: ResetPasswordRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``POST /v4/actions/users/reset_password``, giving the whole 2xx answer (coroutine)."""
        from . import reset_password as _op

        return await _op.asyncio_raw(
            body=body,
            x_tiledb_rest_api_key=x_tiledb_rest_api_key,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def create_user(
        self,
        body: UserCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[UserCreateResponse]:
        """``POST /v4/users``, giving the whole 2xx answer (coroutine)."""
        from . import create_user as _op

        return await _op.asyncio_raw(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_self_user(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[UserSelfResponse]:
        """``GET /v4/users/self``, giving the whole 2xx answer (coroutine)."""
        from . import get_self_user as _op

        return await _op.asyncio_raw(
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_user(
        self,
        user_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[UserGetResponse]:
        """``GET /v4/users/{user_id}``, giving the whole 2xx answer (coroutine)."""
        from . import get_user as _op

        return await _op.asyncio_raw(
            user_id=user_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def delete_user(
        self,
        user_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/users/{user_id}``, giving the whole 2xx answer (coroutine)."""
        from . import delete_user as _op

        return await _op.asyncio_raw(
            user_id=user_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def update_user(
        self,
        user_id: str,
        body: UserUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/users/{user_id}``, giving the whole 2xx answer (coroutine)."""
        from . import update_user as _op

        return await _op.asyncio_raw(
            user_id=user_id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )
