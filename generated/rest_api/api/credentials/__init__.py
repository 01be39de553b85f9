"""The ``credentials`` operations of the TileDB REST API v4: ``CredentialsApi`` and ``AsyncCredentialsApi``.

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
    from ...models.cloud_provider import CloudProvider
    from ...models.credential_create_request import CredentialCreateRequest
    from ...models.credential_get_response import CredentialGetResponse
    from ...models.credential_update_request import CredentialUpdateRequest
    from ...models.credentials_list_response import CredentialsListResponse
    from ...models.credentials_verify_request import CredentialsVerifyRequest
    from ...types import Unset

__all__ = ["CredentialsApi", "AsyncCredentialsApi"]


class CredentialsApi:
    """Blocking calls to the ``credentials`` operations.

    Construct it over a generated ``Client`` or ``AuthenticatedClient`` (``CredentialsApi(client)``), or
    let ``tiledb.client.build(CredentialsApi)`` configure one from the current session. Every method
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
    ) -> CredentialsApi:
        """A copy that applies these options to every call, over this object's connections.

        This object is left unchanged; per-call options override the copy's.
        """
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> CredentialsApiWithRawResponse:
        """The same methods, each returning a ``RawResponse`` (status, headers, request id, ...)."""
        return CredentialsApiWithRawResponse(self.client)

    def verify_credential(
        self,
        body: CredentialsVerifyRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Verify the credential given in the request body.

        ``POST /v4/actions/credentials/verify``

        Args:
            body (CredentialsVerifyRequest): The request body.

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
        from . import verify_credential as _op

        return _op.sync(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_credentials(
        self,
        workspace: str,
        *,
        teamspace_id: str | Unset = UNSET,
        provider: list[CloudProvider] | list[str] | Unset = UNSET,
        excl_provider: list[CloudProvider] | list[str] | Unset = UNSET,
        type_: str | Unset = UNSET,
        verify: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CredentialsListResponse:
        """List the credentials of a workspace.

        ``GET /v4/credentials/{workspace}``

        Args:
            workspace (str): Workspace name or id
            teamspace_id (str | Unset): Teamspace id, for the credentials of a teamspace
            provider (list[CloudProvider] | list[str] | Unset): Only credentials of these providers
            excl_provider (list[CloudProvider] | list[str] | Unset): Leave out credentials of these
                providers
            type_ (str | Unset):
            verify (bool | Unset):
            page (int | Unset): Page number, starting at 1
            per_page (int | Unset): Items per page

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            CredentialsListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_credentials as _op

        return _op.sync(
            workspace=workspace,
            teamspace_id=teamspace_id,
            provider=provider,
            excl_provider=excl_provider,
            type_=type_,
            verify=verify,
            page=page,
            per_page=per_page,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def create_credential(
        self,
        workspace: str,
        body: CredentialCreateRequest,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Create a credential in a workspace.

        ``POST /v4/credentials/{workspace}``

        Args:
            workspace (str): Workspace name or id
            body (CredentialCreateRequest): The request body.
            teamspace_id (str | Unset): Teamspace id, for a credential of a teamspace

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
        from . import create_credential as _op

        return _op.sync(
            workspace=workspace,
            body=body,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_credential_by_name(
        self,
        workspace: str,
        name: str,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CredentialGetResponse:
        """Get a credential by name.

        ``GET /v4/credentials/{workspace}/{name}``

        Args:
            workspace (str): Workspace name or id
            name (str): Credential name
            teamspace_id (str | Unset): Teamspace id, for a credential of a teamspace

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            CredentialGetResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_credential_by_name as _op

        return _op.sync(
            workspace=workspace,
            name=name,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def delete_credential_by_name(
        self,
        workspace: str,
        name: str,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a credential by name.

        ``DELETE /v4/credentials/{workspace}/{name}``

        Args:
            workspace (str): Workspace name or id
            name (str): Credential name
            teamspace_id (str | Unset): Teamspace id, for a credential of a teamspace

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
        from . import delete_credential_by_name as _op

        return _op.sync(
            workspace=workspace,
            name=name,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def patch_credential_by_name(
        self,
        workspace: str,
        name: str,
        body: CredentialUpdateRequest,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Update a credential by name.

        ``PATCH /v4/credentials/{workspace}/{name}``

        Args:
            workspace (str): Workspace name or id
            name (str): Credential name
            body (CredentialUpdateRequest): The request body.
            teamspace_id (str | Unset): Teamspace id, for a credential of a teamspace

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
        from . import patch_credential_by_name as _op

        return _op.sync(
            workspace=workspace,
            name=name,
            body=body,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class CredentialsApiWithRawResponse:
    """The methods of :class:`CredentialsApi`, each returning a ``RawResponse`` of its 2xx answer."""

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def verify_credential(
        self,
        body: CredentialsVerifyRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``POST /v4/actions/credentials/verify``, giving the whole 2xx answer."""
        from . import verify_credential as _op

        return _op.sync_raw(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_credentials(
        self,
        workspace: str,
        *,
        teamspace_id: str | Unset = UNSET,
        provider: list[CloudProvider] | list[str] | Unset = UNSET,
        excl_provider: list[CloudProvider] | list[str] | Unset = UNSET,
        type_: str | Unset = UNSET,
        verify: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[CredentialsListResponse]:
        """``GET /v4/credentials/{workspace}``, giving the whole 2xx answer."""
        from . import get_credentials as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace_id=teamspace_id,
            provider=provider,
            excl_provider=excl_provider,
            type_=type_,
            verify=verify,
            page=page,
            per_page=per_page,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def create_credential(
        self,
        workspace: str,
        body: CredentialCreateRequest,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``POST /v4/credentials/{workspace}``, giving the whole 2xx answer."""
        from . import create_credential as _op

        return _op.sync_raw(
            workspace=workspace,
            body=body,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_credential_by_name(
        self,
        workspace: str,
        name: str,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[CredentialGetResponse]:
        """``GET /v4/credentials/{workspace}/{name}``, giving the whole 2xx answer."""
        from . import get_credential_by_name as _op

        return _op.sync_raw(
            workspace=workspace,
            name=name,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def delete_credential_by_name(
        self,
        workspace: str,
        name: str,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/credentials/{workspace}/{name}``, giving the whole 2xx answer."""
        from . import delete_credential_by_name as _op

        return _op.sync_raw(
            workspace=workspace,
            name=name,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def patch_credential_by_name(
        self,
        workspace: str,
        name: str,
        body: CredentialUpdateRequest,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/credentials/{workspace}/{name}``, giving the whole 2xx answer."""
        from . import patch_credential_by_name as _op

        return _op.sync_raw(
            workspace=workspace,
            name=name,
            body=body,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncCredentialsApi:
    """The coroutine twin of :class:`CredentialsApi`, for an ``httpx.AsyncClient``.

    ``tiledb.client.build(AsyncCredentialsApi)`` gives one over the session's async client.
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
    ) -> AsyncCredentialsApi:
        """A copy that applies these options to every call (see :meth:`CredentialsApi.with_options`)."""
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> AsyncCredentialsApiWithRawResponse:
        """The same coroutines, each returning a ``RawResponse``."""
        return AsyncCredentialsApiWithRawResponse(self.client)

    async def verify_credential(
        self,
        body: CredentialsVerifyRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Verify the credential given in the request body.

        ``POST /v4/actions/credentials/verify``
        (coroutine; see :meth:`CredentialsApi.verify_credential`).
        """
        from . import verify_credential as _op

        return await _op.asyncio(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_credentials(
        self,
        workspace: str,
        *,
        teamspace_id: str | Unset = UNSET,
        provider: list[CloudProvider] | list[str] | Unset = UNSET,
        excl_provider: list[CloudProvider] | list[str] | Unset = UNSET,
        type_: str | Unset = UNSET,
        verify: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CredentialsListResponse:
        """List the credentials of a workspace.

        ``GET /v4/credentials/{workspace}``
        (coroutine; see :meth:`CredentialsApi.get_credentials`).
        """
        from . import get_credentials as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace_id=teamspace_id,
            provider=provider,
            excl_provider=excl_provider,
            type_=type_,
            verify=verify,
            page=page,
            per_page=per_page,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def create_credential(
        self,
        workspace: str,
        body: CredentialCreateRequest,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Create a credential in a workspace.

        ``POST /v4/credentials/{workspace}``
        (coroutine; see :meth:`CredentialsApi.create_credential`).
        """
        from . import create_credential as _op

        return await _op.asyncio(
            workspace=workspace,
            body=body,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_credential_by_name(
        self,
        workspace: str,
        name: str,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CredentialGetResponse:
        """Get a credential by name.

        ``GET /v4/credentials/{workspace}/{name}``
        (coroutine; see :meth:`CredentialsApi.get_credential_by_name`).
        """
        from . import get_credential_by_name as _op

        return await _op.asyncio(
            workspace=workspace,
            name=name,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def delete_credential_by_name(
        self,
        workspace: str,
        name: str,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a credential by name.

        ``DELETE /v4/credentials/{workspace}/{name}``
        (coroutine; see :meth:`CredentialsApi.delete_credential_by_name`).
        """
        from . import delete_credential_by_name as _op

        return await _op.asyncio(
            workspace=workspace,
            name=name,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def patch_credential_by_name(
        self,
        workspace: str,
        name: str,
        body: CredentialUpdateRequest,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Update a credential by name.

        ``PATCH /v4/credentials/{workspace}/{name}``
        (coroutine; see :meth:`CredentialsApi.patch_credential_by_name`).
        """
        from . import patch_credential_by_name as _op

        return await _op.asyncio(
            workspace=workspace,
            name=name,
            body=body,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncCredentialsApiWithRawResponse:
    """The coroutines of :class:`AsyncCredentialsApi`, each returning a ``RawResponse``."""

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def verify_credential(
        self,
        body: CredentialsVerifyRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``POST /v4/actions/credentials/verify``, giving the whole 2xx answer (coroutine)."""
        from . import verify_credential as _op

        return await _op.asyncio_raw(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_credentials(
        self,
        workspace: str,
        *,
        teamspace_id: str | Unset = UNSET,
        provider: list[CloudProvider] | list[str] | Unset = UNSET,
        excl_provider: list[CloudProvider] | list[str] | Unset = UNSET,
        type_: str | Unset = UNSET,
        verify: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[CredentialsListResponse]:
        """``GET /v4/credentials/{workspace}``, giving the whole 2xx answer (coroutine)."""
        from . import get_credentials as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace_id=teamspace_id,
            provider=provider,
            excl_provider=excl_provider,
            type_=type_,
            verify=verify,
            page=page,
            per_page=per_page,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def create_credential(
        self,
        workspace: str,
        body: CredentialCreateRequest,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``POST /v4/credentials/{workspace}``, giving the whole 2xx answer (coroutine)."""
        from . import create_credential as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            body=body,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_credential_by_name(
        self,
        workspace: str,
        name: str,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[CredentialGetResponse]:
        """``GET /v4/credentials/{workspace}/{name}``, giving the whole 2xx answer (coroutine)."""
        from . import get_credential_by_name as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            name=name,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def delete_credential_by_name(
        self,
        workspace: str,
        name: str,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/credentials/{workspace}/{name}``, giving the whole 2xx answer (coroutine)."""
        from . import delete_credential_by_name as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            name=name,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def patch_credential_by_name(
        self,
        workspace: str,
        name: str,
        body: CredentialUpdateRequest,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/credentials/{workspace}/{name}``, giving the whole 2xx answer (coroutine)."""
        from . import patch_credential_by_name as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            name=name,
            body=body,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )
