"""The ``auth`` operations of the TileDB REST API v4: ``AuthApi`` and ``AsyncAuthApi``.

Each operation also has a module of its own here (``sync``, ``sync_detailed``, ``asyncio``,
``asyncio_detailed``); the classes are the convenient way in. Endpoint modules (and the models they
use) are imported on the first call of a method, not when this module is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
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
    ``tiledb.client.rest_api.errors.ApiError`` for any status outside 2xx.
    """

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def list_social_logins(
        self,
    ) -> SocialLoginListResponse:
        """List the social login configurations.

        ``GET /v4/auth/sociallogins``

        Returns:
            SocialLoginListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_social_logins as _op

        return _op.sync(
            client=self.client,
        )

    def create_social_login(
        self,
        body: SocialLoginCreateRequest,
    ) -> SocialLoginCreateResponse:
        """Add a social login configuration.

        ``POST /v4/auth/sociallogins``

        Args:
            body (SocialLoginCreateRequest): The request body.

        Returns:
            SocialLoginCreateResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import create_social_login as _op

        return _op.sync(
            body=body,
            client=self.client,
        )

    def get_social_login(
        self,
        id: str,
    ) -> SocialLoginGetResponse:
        """Get a social login configuration.

        ``GET /v4/auth/sociallogins/{id}``

        Args:
            id (str): Social login configuration id

        Returns:
            SocialLoginGetResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_social_login as _op

        return _op.sync(
            id=id,
            client=self.client,
        )

    def delete_social_login(
        self,
        id: str,
    ) -> None:
        """Delete a social login configuration.

        ``DELETE /v4/auth/sociallogins/{id}``

        Args:
            id (str): Social login configuration id

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import delete_social_login as _op

        return _op.sync(
            id=id,
            client=self.client,
        )

    def update_social_login(
        self,
        id: str,
        body: SocialLoginUpdateRequest,
    ) -> None:
        """Update a social login configuration.

        ``PATCH /v4/auth/sociallogins/{id}``

        Args:
            id (str): Social login configuration id
            body (SocialLoginUpdateRequest): The request body.

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import update_social_login as _op

        return _op.sync(
            id=id,
            body=body,
            client=self.client,
        )

    def get_auth_providers(
        self,
    ) -> AuthProvidersGetResponse:
        """Get the available sign-in providers.

        ``GET /v4/open/auth/providers``

        Returns:
            AuthProvidersGetResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_auth_providers as _op

        return _op.sync(
            client=self.client,
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

    async def list_social_logins(
        self,
    ) -> SocialLoginListResponse:
        """List the social login configurations.

        ``GET /v4/auth/sociallogins``
        (coroutine; see :meth:`AuthApi.list_social_logins`).
        """
        from . import list_social_logins as _op

        return await _op.asyncio(
            client=self.client,
        )

    async def create_social_login(
        self,
        body: SocialLoginCreateRequest,
    ) -> SocialLoginCreateResponse:
        """Add a social login configuration.

        ``POST /v4/auth/sociallogins``
        (coroutine; see :meth:`AuthApi.create_social_login`).
        """
        from . import create_social_login as _op

        return await _op.asyncio(
            body=body,
            client=self.client,
        )

    async def get_social_login(
        self,
        id: str,
    ) -> SocialLoginGetResponse:
        """Get a social login configuration.

        ``GET /v4/auth/sociallogins/{id}``
        (coroutine; see :meth:`AuthApi.get_social_login`).
        """
        from . import get_social_login as _op

        return await _op.asyncio(
            id=id,
            client=self.client,
        )

    async def delete_social_login(
        self,
        id: str,
    ) -> None:
        """Delete a social login configuration.

        ``DELETE /v4/auth/sociallogins/{id}``
        (coroutine; see :meth:`AuthApi.delete_social_login`).
        """
        from . import delete_social_login as _op

        return await _op.asyncio(
            id=id,
            client=self.client,
        )

    async def update_social_login(
        self,
        id: str,
        body: SocialLoginUpdateRequest,
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
        )

    async def get_auth_providers(
        self,
    ) -> AuthProvidersGetResponse:
        """Get the available sign-in providers.

        ``GET /v4/open/auth/providers``
        (coroutine; see :meth:`AuthApi.get_auth_providers`).
        """
        from . import get_auth_providers as _op

        return await _op.asyncio(
            client=self.client,
        )
