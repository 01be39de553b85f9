"""The ``tokens`` operations of the TileDB REST API v4: ``TokensApi`` and ``AsyncTokensApi``.

Each operation also has a module of its own here (``sync``, ``sync_detailed``, ``asyncio``,
``asyncio_detailed``); the classes are the convenient way in. Endpoint modules (and the models they
use) are imported on the first call of a method, not when this module is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
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
    ``tiledb.client.rest_api.errors.ApiError`` for any status outside 2xx.
    """

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
    ) -> TokenListResponse:
        """List the caller's API tokens of one type.

        ``GET /v4/tokens``

        Args:
            type_ (TokenType | str): The kind of an API token, as list_tokens filters them (session
                tokens come from logins).
            page (int | Unset): Page number, starting at 1
            per_page (int | Unset): Items per page

        Returns:
            TokenListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_tokens as _op

        return _op.sync(
            page=page,
            per_page=per_page,
            type_=type_,
            client=self.client,
        )

    def create_token(
        self,
        body: TokenCreateRequest,
    ) -> TokenCreateResponse:
        """Create an API token.

        ``POST /v4/tokens``

        Args:
            body (TokenCreateRequest): The request body.

        Returns:
            TokenCreateResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import create_token as _op

        return _op.sync(
            body=body,
            client=self.client,
        )

    def revoke_token(
        self,
        token_id: str,
    ) -> None:
        """Revoke an API token.

        ``DELETE /v4/tokens/{token_id}``

        Args:
            token_id (str): API token id

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import revoke_token as _op

        return _op.sync(
            token_id=token_id,
            client=self.client,
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

    async def list_tokens(
        self,
        type_: TokenType | str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
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
        )

    async def create_token(
        self,
        body: TokenCreateRequest,
    ) -> TokenCreateResponse:
        """Create an API token.

        ``POST /v4/tokens``
        (coroutine; see :meth:`TokensApi.create_token`).
        """
        from . import create_token as _op

        return await _op.asyncio(
            body=body,
            client=self.client,
        )

    async def revoke_token(
        self,
        token_id: str,
    ) -> None:
        """Revoke an API token.

        ``DELETE /v4/tokens/{token_id}``
        (coroutine; see :meth:`TokensApi.revoke_token`).
        """
        from . import revoke_token as _op

        return await _op.asyncio(
            token_id=token_id,
            client=self.client,
        )
