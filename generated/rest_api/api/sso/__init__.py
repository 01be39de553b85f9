"""The ``sso`` operations of the TileDB REST API v4: ``SsoApi`` and ``AsyncSsoApi``.

Each operation also has a module of its own here (``sync``, ``sync_detailed``, ``asyncio``,
``asyncio_detailed``); the classes are the convenient way in. Endpoint modules (and the models they
use) are imported on the first call of a method, not when this module is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.domain_check_result import DomainCheckResult
    from ...models.sso_domain_config_create_request import SSODomainConfigCreateRequest
    from ...models.sso_domain_config_create_response import SSODomainConfigCreateResponse
    from ...models.sso_domain_config_get_response import SSODomainConfigGetResponse
    from ...models.sso_domain_config_list_response import SSODomainConfigListResponse
    from ...models.sso_domain_config_update_request import SSODomainConfigUpdateRequest
    from ...models.sso_domain_config_update_response import SSODomainConfigUpdateResponse

__all__ = ["SsoApi", "AsyncSsoApi"]


class SsoApi:
    """Blocking calls to the ``sso`` operations.

    Construct it over a generated ``Client`` or ``AuthenticatedClient`` (``SsoApi(client)``), or
    let ``tiledb.client.build(SsoApi)`` configure one from the current session. Every method
    returns the success model (``None`` when the answer has no body) and raises
    ``tiledb.client.rest_api.errors.ApiError`` for any status outside 2xx.
    """

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def list_sso_domains(
        self,
    ) -> SSODomainConfigListResponse:
        """List the SSO domain configurations.

        ``GET /v4/sso/domains``

        Returns:
            SSODomainConfigListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_sso_domains as _op

        return _op.sync(
            client=self.client,
        )

    def create_sso_domain(
        self,
        body: SSODomainConfigCreateRequest,
    ) -> SSODomainConfigCreateResponse:
        """Add an SSO (OIDC) domain configuration.

        ``POST /v4/sso/domains``

        Args:
            body (SSODomainConfigCreateRequest): The request body.

        Returns:
            SSODomainConfigCreateResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import create_sso_domain as _op

        return _op.sync(
            body=body,
            client=self.client,
        )

    def get_sso_domain(
        self,
        id: str,
    ) -> SSODomainConfigGetResponse:
        """Get an SSO domain configuration.

        ``GET /v4/sso/domains/{id}``

        Args:
            id (str): SSO domain configuration id

        Returns:
            SSODomainConfigGetResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_sso_domain as _op

        return _op.sync(
            id=id,
            client=self.client,
        )

    def delete_sso_domain(
        self,
        id: str,
    ) -> None:
        """Delete an SSO domain configuration.

        ``DELETE /v4/sso/domains/{id}``

        Args:
            id (str): SSO domain configuration id

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import delete_sso_domain as _op

        return _op.sync(
            id=id,
            client=self.client,
        )

    def update_sso_domain(
        self,
        id: str,
        body: SSODomainConfigUpdateRequest,
    ) -> SSODomainConfigUpdateResponse:
        """Update the OIDC settings of an SSO domain configuration.

        ``PATCH /v4/sso/domains/{id}``

        Args:
            id (str): SSO domain configuration id
            body (SSODomainConfigUpdateRequest): The request body.

        Returns:
            SSODomainConfigUpdateResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import update_sso_domain as _op

        return _op.sync(
            id=id,
            body=body,
            client=self.client,
        )

    def run_sso_domain_check(
        self,
        id: str,
    ) -> DomainCheckResult:
        """Run the verification check of an SSO domain.

        ``POST /v4/sso/domains/{id}/run_check``

        Args:
            id (str): SSO domain configuration id

        Returns:
            DomainCheckResult

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import run_sso_domain_check as _op

        return _op.sync(
            id=id,
            client=self.client,
        )


class AsyncSsoApi:
    """The coroutine twin of :class:`SsoApi`, for an ``httpx.AsyncClient``.

    ``tiledb.client.build(AsyncSsoApi)`` gives one over the session's async client.
    """

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def list_sso_domains(
        self,
    ) -> SSODomainConfigListResponse:
        """List the SSO domain configurations.

        ``GET /v4/sso/domains``
        (coroutine; see :meth:`SsoApi.list_sso_domains`).
        """
        from . import list_sso_domains as _op

        return await _op.asyncio(
            client=self.client,
        )

    async def create_sso_domain(
        self,
        body: SSODomainConfigCreateRequest,
    ) -> SSODomainConfigCreateResponse:
        """Add an SSO (OIDC) domain configuration.

        ``POST /v4/sso/domains``
        (coroutine; see :meth:`SsoApi.create_sso_domain`).
        """
        from . import create_sso_domain as _op

        return await _op.asyncio(
            body=body,
            client=self.client,
        )

    async def get_sso_domain(
        self,
        id: str,
    ) -> SSODomainConfigGetResponse:
        """Get an SSO domain configuration.

        ``GET /v4/sso/domains/{id}``
        (coroutine; see :meth:`SsoApi.get_sso_domain`).
        """
        from . import get_sso_domain as _op

        return await _op.asyncio(
            id=id,
            client=self.client,
        )

    async def delete_sso_domain(
        self,
        id: str,
    ) -> None:
        """Delete an SSO domain configuration.

        ``DELETE /v4/sso/domains/{id}``
        (coroutine; see :meth:`SsoApi.delete_sso_domain`).
        """
        from . import delete_sso_domain as _op

        return await _op.asyncio(
            id=id,
            client=self.client,
        )

    async def update_sso_domain(
        self,
        id: str,
        body: SSODomainConfigUpdateRequest,
    ) -> SSODomainConfigUpdateResponse:
        """Update the OIDC settings of an SSO domain configuration.

        ``PATCH /v4/sso/domains/{id}``
        (coroutine; see :meth:`SsoApi.update_sso_domain`).
        """
        from . import update_sso_domain as _op

        return await _op.asyncio(
            id=id,
            body=body,
            client=self.client,
        )

    async def run_sso_domain_check(
        self,
        id: str,
    ) -> DomainCheckResult:
        """Run the verification check of an SSO domain.

        ``POST /v4/sso/domains/{id}/run_check``
        (coroutine; see :meth:`SsoApi.run_sso_domain_check`).
        """
        from . import run_sso_domain_check as _op

        return await _op.asyncio(
            id=id,
            client=self.client,
        )
