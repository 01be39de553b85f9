"""The ``sso`` operations of the TileDB REST API v4: ``SsoApi`` and ``AsyncSsoApi``.

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
    ) -> SsoApi:
        """A copy that applies these options to every call, over this object's connections.

        This object is left unchanged; per-call options override the copy's.
        """
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> SsoApiWithRawResponse:
        """The same methods, each returning a ``RawResponse`` (status, headers, request id, ...)."""
        return SsoApiWithRawResponse(self.client)

    def list_sso_domains(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SSODomainConfigListResponse:
        """List the SSO domain configurations.

        ``GET /v4/sso/domains``

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            SSODomainConfigListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_sso_domains as _op

        return _op.sync(
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def create_sso_domain(
        self,
        body: SSODomainConfigCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SSODomainConfigCreateResponse:
        """Add an SSO (OIDC) domain configuration.

        ``POST /v4/sso/domains``

        Args:
            body (SSODomainConfigCreateRequest): The request body.

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            SSODomainConfigCreateResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import create_sso_domain as _op

        return _op.sync(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_sso_domain(
        self,
        id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SSODomainConfigGetResponse:
        """Get an SSO domain configuration.

        ``GET /v4/sso/domains/{id}``

        Args:
            id (str): SSO domain configuration id

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            SSODomainConfigGetResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_sso_domain as _op

        return _op.sync(
            id=id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def delete_sso_domain(
        self,
        id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete an SSO domain configuration.

        ``DELETE /v4/sso/domains/{id}``

        Args:
            id (str): SSO domain configuration id

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
        from . import delete_sso_domain as _op

        return _op.sync(
            id=id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def update_sso_domain(
        self,
        id: str,
        body: SSODomainConfigUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SSODomainConfigUpdateResponse:
        """Update the OIDC settings of an SSO domain configuration.

        ``PATCH /v4/sso/domains/{id}``

        Args:
            id (str): SSO domain configuration id
            body (SSODomainConfigUpdateRequest): The request body.

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            SSODomainConfigUpdateResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import update_sso_domain as _op

        return _op.sync(
            id=id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def run_sso_domain_check(
        self,
        id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DomainCheckResult:
        """Run the verification check of an SSO domain.

        ``POST /v4/sso/domains/{id}/run_check``

        Args:
            id (str): SSO domain configuration id

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            DomainCheckResult

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import run_sso_domain_check as _op

        return _op.sync(
            id=id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class SsoApiWithRawResponse:
    """The methods of :class:`SsoApi`, each returning a ``RawResponse`` of its 2xx answer."""

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def list_sso_domains(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SSODomainConfigListResponse]:
        """``GET /v4/sso/domains``, giving the whole 2xx answer."""
        from . import list_sso_domains as _op

        return _op.sync_raw(
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def create_sso_domain(
        self,
        body: SSODomainConfigCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SSODomainConfigCreateResponse]:
        """``POST /v4/sso/domains``, giving the whole 2xx answer."""
        from . import create_sso_domain as _op

        return _op.sync_raw(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_sso_domain(
        self,
        id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SSODomainConfigGetResponse]:
        """``GET /v4/sso/domains/{id}``, giving the whole 2xx answer."""
        from . import get_sso_domain as _op

        return _op.sync_raw(
            id=id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def delete_sso_domain(
        self,
        id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/sso/domains/{id}``, giving the whole 2xx answer."""
        from . import delete_sso_domain as _op

        return _op.sync_raw(
            id=id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def update_sso_domain(
        self,
        id: str,
        body: SSODomainConfigUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SSODomainConfigUpdateResponse]:
        """``PATCH /v4/sso/domains/{id}``, giving the whole 2xx answer."""
        from . import update_sso_domain as _op

        return _op.sync_raw(
            id=id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def run_sso_domain_check(
        self,
        id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DomainCheckResult]:
        """``POST /v4/sso/domains/{id}/run_check``, giving the whole 2xx answer."""
        from . import run_sso_domain_check as _op

        return _op.sync_raw(
            id=id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
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

    def with_options(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncSsoApi:
        """A copy that applies these options to every call (see :meth:`SsoApi.with_options`)."""
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> AsyncSsoApiWithRawResponse:
        """The same coroutines, each returning a ``RawResponse``."""
        return AsyncSsoApiWithRawResponse(self.client)

    async def list_sso_domains(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SSODomainConfigListResponse:
        """List the SSO domain configurations.

        ``GET /v4/sso/domains``
        (coroutine; see :meth:`SsoApi.list_sso_domains`).
        """
        from . import list_sso_domains as _op

        return await _op.asyncio(
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def create_sso_domain(
        self,
        body: SSODomainConfigCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SSODomainConfigCreateResponse:
        """Add an SSO (OIDC) domain configuration.

        ``POST /v4/sso/domains``
        (coroutine; see :meth:`SsoApi.create_sso_domain`).
        """
        from . import create_sso_domain as _op

        return await _op.asyncio(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_sso_domain(
        self,
        id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SSODomainConfigGetResponse:
        """Get an SSO domain configuration.

        ``GET /v4/sso/domains/{id}``
        (coroutine; see :meth:`SsoApi.get_sso_domain`).
        """
        from . import get_sso_domain as _op

        return await _op.asyncio(
            id=id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def delete_sso_domain(
        self,
        id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete an SSO domain configuration.

        ``DELETE /v4/sso/domains/{id}``
        (coroutine; see :meth:`SsoApi.delete_sso_domain`).
        """
        from . import delete_sso_domain as _op

        return await _op.asyncio(
            id=id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def update_sso_domain(
        self,
        id: str,
        body: SSODomainConfigUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def run_sso_domain_check(
        self,
        id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DomainCheckResult:
        """Run the verification check of an SSO domain.

        ``POST /v4/sso/domains/{id}/run_check``
        (coroutine; see :meth:`SsoApi.run_sso_domain_check`).
        """
        from . import run_sso_domain_check as _op

        return await _op.asyncio(
            id=id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncSsoApiWithRawResponse:
    """The coroutines of :class:`AsyncSsoApi`, each returning a ``RawResponse``."""

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def list_sso_domains(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SSODomainConfigListResponse]:
        """``GET /v4/sso/domains``, giving the whole 2xx answer (coroutine)."""
        from . import list_sso_domains as _op

        return await _op.asyncio_raw(
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def create_sso_domain(
        self,
        body: SSODomainConfigCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SSODomainConfigCreateResponse]:
        """``POST /v4/sso/domains``, giving the whole 2xx answer (coroutine)."""
        from . import create_sso_domain as _op

        return await _op.asyncio_raw(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_sso_domain(
        self,
        id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SSODomainConfigGetResponse]:
        """``GET /v4/sso/domains/{id}``, giving the whole 2xx answer (coroutine)."""
        from . import get_sso_domain as _op

        return await _op.asyncio_raw(
            id=id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def delete_sso_domain(
        self,
        id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/sso/domains/{id}``, giving the whole 2xx answer (coroutine)."""
        from . import delete_sso_domain as _op

        return await _op.asyncio_raw(
            id=id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def update_sso_domain(
        self,
        id: str,
        body: SSODomainConfigUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SSODomainConfigUpdateResponse]:
        """``PATCH /v4/sso/domains/{id}``, giving the whole 2xx answer (coroutine)."""
        from . import update_sso_domain as _op

        return await _op.asyncio_raw(
            id=id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def run_sso_domain_check(
        self,
        id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DomainCheckResult]:
        """``POST /v4/sso/domains/{id}/run_check``, giving the whole 2xx answer (coroutine)."""
        from . import run_sso_domain_check as _op

        return await _op.asyncio_raw(
            id=id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )
