"""The ``auth`` operations of the TileDB REST API v4: ``AuthApi`` and ``AsyncAuthApi``.

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
    from ...models.auth_providers_get_response import AuthProvidersGetResponse
    from ...models.social_login_create_request import SocialLoginCreateRequest
    from ...models.social_login_create_response import SocialLoginCreateResponse
    from ...models.social_login_get_response import SocialLoginGetResponse
    from ...models.social_login_list_response import SocialLoginListResponse
    from ...models.social_login_update_request import SocialLoginUpdateRequest

__all__ = ["AuthApi", "AsyncAuthApi"]


class AuthApi:
    """Blocking calls to the ``auth`` operations.

    Construct it over a generated ``Client`` or ``AuthenticatedClient`` (``AuthApi(client)``), or
    let ``tiledb.client.build(AuthApi)`` configure one from the current session. Every method
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
    ) -> AuthApi:
        """A copy that applies these options to every call, over this object's connections.

        This object is left unchanged; per-call options override the copy's.
        """
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> AuthApiWithRawResponse:
        """The same methods, each returning a ``RawResponse`` (status, headers, request id, ...)."""
        return AuthApiWithRawResponse(self.client)

    def list_social_logins(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SocialLoginListResponse:
        """List the social login configurations.

        ``GET /v4/auth/sociallogins``

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            SocialLoginListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_social_logins as _op

        return _op.sync(
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def create_social_login(
        self,
        body: SocialLoginCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SocialLoginCreateResponse:
        """Add a social login configuration.

        ``POST /v4/auth/sociallogins``

        Args:
            body (SocialLoginCreateRequest): The request body.

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            SocialLoginCreateResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import create_social_login as _op

        return _op.sync(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_social_login(
        self,
        id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SocialLoginGetResponse:
        """Get a social login configuration.

        ``GET /v4/auth/sociallogins/{id}``

        Args:
            id (str): Social login configuration id

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            SocialLoginGetResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_social_login as _op

        return _op.sync(
            id=id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def delete_social_login(
        self,
        id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a social login configuration.

        ``DELETE /v4/auth/sociallogins/{id}``

        Args:
            id (str): Social login configuration id

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
        from . import delete_social_login as _op

        return _op.sync(
            id=id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def update_social_login(
        self,
        id: str,
        body: SocialLoginUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Update a social login configuration.

        ``PATCH /v4/auth/sociallogins/{id}``

        Args:
            id (str): Social login configuration id
            body (SocialLoginUpdateRequest): The request body.

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
        from . import update_social_login as _op

        return _op.sync(
            id=id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_auth_providers(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AuthProvidersGetResponse:
        """Get the available sign-in providers.

        ``GET /v4/open/auth/providers``

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            AuthProvidersGetResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_auth_providers as _op

        return _op.sync(
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AuthApiWithRawResponse:
    """The methods of :class:`AuthApi`, each returning a ``RawResponse`` of its 2xx answer."""

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def list_social_logins(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SocialLoginListResponse]:
        """``GET /v4/auth/sociallogins``, giving the whole 2xx answer."""
        from . import list_social_logins as _op

        return _op.sync_raw(
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def create_social_login(
        self,
        body: SocialLoginCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SocialLoginCreateResponse]:
        """``POST /v4/auth/sociallogins``, giving the whole 2xx answer."""
        from . import create_social_login as _op

        return _op.sync_raw(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_social_login(
        self,
        id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SocialLoginGetResponse]:
        """``GET /v4/auth/sociallogins/{id}``, giving the whole 2xx answer."""
        from . import get_social_login as _op

        return _op.sync_raw(
            id=id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def delete_social_login(
        self,
        id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/auth/sociallogins/{id}``, giving the whole 2xx answer."""
        from . import delete_social_login as _op

        return _op.sync_raw(
            id=id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def update_social_login(
        self,
        id: str,
        body: SocialLoginUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/auth/sociallogins/{id}``, giving the whole 2xx answer."""
        from . import update_social_login as _op

        return _op.sync_raw(
            id=id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_auth_providers(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AuthProvidersGetResponse]:
        """``GET /v4/open/auth/providers``, giving the whole 2xx answer."""
        from . import get_auth_providers as _op

        return _op.sync_raw(
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncAuthApi:
    """The coroutine twin of :class:`AuthApi`, for an ``httpx.AsyncClient``.

    ``tiledb.client.build(AsyncAuthApi)`` gives one over the session's async client.
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
    ) -> AsyncAuthApi:
        """A copy that applies these options to every call (see :meth:`AuthApi.with_options`)."""
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> AsyncAuthApiWithRawResponse:
        """The same coroutines, each returning a ``RawResponse``."""
        return AsyncAuthApiWithRawResponse(self.client)

    async def list_social_logins(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SocialLoginListResponse:
        """List the social login configurations.

        ``GET /v4/auth/sociallogins``
        (coroutine; see :meth:`AuthApi.list_social_logins`).
        """
        from . import list_social_logins as _op

        return await _op.asyncio(
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def create_social_login(
        self,
        body: SocialLoginCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SocialLoginCreateResponse:
        """Add a social login configuration.

        ``POST /v4/auth/sociallogins``
        (coroutine; see :meth:`AuthApi.create_social_login`).
        """
        from . import create_social_login as _op

        return await _op.asyncio(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_social_login(
        self,
        id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SocialLoginGetResponse:
        """Get a social login configuration.

        ``GET /v4/auth/sociallogins/{id}``
        (coroutine; see :meth:`AuthApi.get_social_login`).
        """
        from . import get_social_login as _op

        return await _op.asyncio(
            id=id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def delete_social_login(
        self,
        id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a social login configuration.

        ``DELETE /v4/auth/sociallogins/{id}``
        (coroutine; see :meth:`AuthApi.delete_social_login`).
        """
        from . import delete_social_login as _op

        return await _op.asyncio(
            id=id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def update_social_login(
        self,
        id: str,
        body: SocialLoginUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Update a social login configuration.

        ``PATCH /v4/auth/sociallogins/{id}``
        (coroutine; see :meth:`AuthApi.update_social_login`).
        """
        from . import update_social_login as _op

        return await _op.asyncio(
            id=id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_auth_providers(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AuthProvidersGetResponse:
        """Get the available sign-in providers.

        ``GET /v4/open/auth/providers``
        (coroutine; see :meth:`AuthApi.get_auth_providers`).
        """
        from . import get_auth_providers as _op

        return await _op.asyncio(
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncAuthApiWithRawResponse:
    """The coroutines of :class:`AsyncAuthApi`, each returning a ``RawResponse``."""

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def list_social_logins(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SocialLoginListResponse]:
        """``GET /v4/auth/sociallogins``, giving the whole 2xx answer (coroutine)."""
        from . import list_social_logins as _op

        return await _op.asyncio_raw(
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def create_social_login(
        self,
        body: SocialLoginCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SocialLoginCreateResponse]:
        """``POST /v4/auth/sociallogins``, giving the whole 2xx answer (coroutine)."""
        from . import create_social_login as _op

        return await _op.asyncio_raw(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_social_login(
        self,
        id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SocialLoginGetResponse]:
        """``GET /v4/auth/sociallogins/{id}``, giving the whole 2xx answer (coroutine)."""
        from . import get_social_login as _op

        return await _op.asyncio_raw(
            id=id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def delete_social_login(
        self,
        id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/auth/sociallogins/{id}``, giving the whole 2xx answer (coroutine)."""
        from . import delete_social_login as _op

        return await _op.asyncio_raw(
            id=id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def update_social_login(
        self,
        id: str,
        body: SocialLoginUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/auth/sociallogins/{id}``, giving the whole 2xx answer (coroutine)."""
        from . import update_social_login as _op

        return await _op.asyncio_raw(
            id=id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_auth_providers(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AuthProvidersGetResponse]:
        """``GET /v4/open/auth/providers``, giving the whole 2xx answer (coroutine)."""
        from . import get_auth_providers as _op

        return await _op.asyncio_raw(
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )
