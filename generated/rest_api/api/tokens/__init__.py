"""The ``tokens`` operations of the TileDB REST API v4: ``TokensApi`` and ``AsyncTokensApi``.

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
from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client, RawResponse, Timeout
    from ...models.token_create_request import TokenCreateRequest
    from ...models.token_create_response import TokenCreateResponse
    from ...models.token_list_response import TokenListResponse
    from ...models.token_type import TokenType
    from ...types import Unset

__all__ = ["TokensApi", "AsyncTokensApi"]


class TokensApi:
    """Blocking calls to the ``tokens`` operations.

    Construct it over a generated ``Client`` or ``AuthenticatedClient`` (``TokensApi(client)``), or
    let ``tiledb.client.build(TokensApi)`` configure one from the current session. Every method
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
    ) -> TokensApi:
        """A copy that applies these options to every call, over this object's connections.

        This object is left unchanged; per-call options override the copy's.
        """
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> TokensApiWithRawResponse:
        """The same methods, each returning a ``RawResponse`` (status, headers, request id, ...)."""
        return TokensApiWithRawResponse(self.client)

    def list_tokens(
        self,
        type_: TokenType | str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> TokenListResponse:
        """List the caller's API tokens of one type.

        ``GET /v4/tokens``

        Args:
            type_ (TokenType | str): The kind of an API token, as list_tokens filters them (session
                tokens come from logins).
            page (int | Unset): Page number, starting at 1
            per_page (int | Unset): Items per page

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            TokenListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_tokens as _op

        return _op.sync(
            page=page,
            per_page=per_page,
            type_=type_,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def create_token(
        self,
        body: TokenCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> TokenCreateResponse:
        """Create an API token.

        ``POST /v4/tokens``

        Args:
            body (TokenCreateRequest): The request body.

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            TokenCreateResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import create_token as _op

        return _op.sync(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def revoke_token(
        self,
        token_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Revoke an API token.

        ``DELETE /v4/tokens/{token_id}``

        Args:
            token_id (str): API token id

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
        from . import revoke_token as _op

        return _op.sync(
            token_id=token_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class TokensApiWithRawResponse:
    """The methods of :class:`TokensApi`, each returning a ``RawResponse`` of its 2xx answer."""

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def list_tokens(
        self,
        type_: TokenType | str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[TokenListResponse]:
        """``GET /v4/tokens``, giving the whole 2xx answer."""
        from . import list_tokens as _op

        return _op.sync_raw(
            page=page,
            per_page=per_page,
            type_=type_,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def create_token(
        self,
        body: TokenCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[TokenCreateResponse]:
        """``POST /v4/tokens``, giving the whole 2xx answer."""
        from . import create_token as _op

        return _op.sync_raw(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def revoke_token(
        self,
        token_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/tokens/{token_id}``, giving the whole 2xx answer."""
        from . import revoke_token as _op

        return _op.sync_raw(
            token_id=token_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncTokensApi:
    """The coroutine twin of :class:`TokensApi`, for an ``httpx.AsyncClient``.

    ``tiledb.client.build(AsyncTokensApi)`` gives one over the session's async client.
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
    ) -> AsyncTokensApi:
        """A copy that applies these options to every call (see :meth:`TokensApi.with_options`)."""
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> AsyncTokensApiWithRawResponse:
        """The same coroutines, each returning a ``RawResponse``."""
        return AsyncTokensApiWithRawResponse(self.client)

    async def list_tokens(
        self,
        type_: TokenType | str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> TokenListResponse:
        """List the caller's API tokens of one type.

        ``GET /v4/tokens``
        (coroutine; see :meth:`TokensApi.list_tokens`).
        """
        from . import list_tokens as _op

        return await _op.asyncio(
            page=page,
            per_page=per_page,
            type_=type_,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def create_token(
        self,
        body: TokenCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> TokenCreateResponse:
        """Create an API token.

        ``POST /v4/tokens``
        (coroutine; see :meth:`TokensApi.create_token`).
        """
        from . import create_token as _op

        return await _op.asyncio(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def revoke_token(
        self,
        token_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Revoke an API token.

        ``DELETE /v4/tokens/{token_id}``
        (coroutine; see :meth:`TokensApi.revoke_token`).
        """
        from . import revoke_token as _op

        return await _op.asyncio(
            token_id=token_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncTokensApiWithRawResponse:
    """The coroutines of :class:`AsyncTokensApi`, each returning a ``RawResponse``."""

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def list_tokens(
        self,
        type_: TokenType | str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[TokenListResponse]:
        """``GET /v4/tokens``, giving the whole 2xx answer (coroutine)."""
        from . import list_tokens as _op

        return await _op.asyncio_raw(
            page=page,
            per_page=per_page,
            type_=type_,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def create_token(
        self,
        body: TokenCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[TokenCreateResponse]:
        """``POST /v4/tokens``, giving the whole 2xx answer (coroutine)."""
        from . import create_token as _op

        return await _op.asyncio_raw(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def revoke_token(
        self,
        token_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/tokens/{token_id}``, giving the whole 2xx answer (coroutine)."""
        from . import revoke_token as _op

        return await _op.asyncio_raw(
            token_id=token_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )
