"""The ``snowflake`` operations of the TileDB REST API v4: ``SnowflakeApi`` and ``AsyncSnowflakeApi``.

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
    from ...models.list_snowflake_databases_response import ListSnowflakeDatabasesResponse
    from ...models.list_snowflake_warehouses_response import ListSnowflakeWarehousesResponse
    from ...models.query_snowflake_table_request import QuerySnowflakeTableRequest
    from ...types import Unset

__all__ = ["SnowflakeApi", "AsyncSnowflakeApi"]


class SnowflakeApi:
    """Blocking calls to the ``snowflake`` operations.

    Construct it over a generated ``Client`` or ``AuthenticatedClient`` (``SnowflakeApi(client)``), or
    let ``tiledb.client.build(SnowflakeApi)`` configure one from the current session. Every method
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
    ) -> SnowflakeApi:
        """A copy that applies these options to every call, over this object's connections.

        This object is left unchanged; per-call options override the copy's.
        """
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> SnowflakeApiWithRawResponse:
        """The same methods, each returning a ``RawResponse`` (status, headers, request id, ...)."""
        return SnowflakeApiWithRawResponse(self.client)

    def list_databases(
        self,
        workspace: str,
        name: str,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListSnowflakeDatabasesResponse:
        """List Snowflake databases through a named credential.

        ``GET /v4/partner/v1/snowflake/databases/{workspace}/{name}``

        Args:
            workspace (str): Workspace name or id
            name (str): Name of the Snowflake credential
            teamspace_id (str | Unset): Teamspace id, for a credential of a teamspace

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            ListSnowflakeDatabasesResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_databases as _op

        return _op.sync(
            workspace=workspace,
            name=name,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def query_snowflake_table(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        body: QuerySnowflakeTableRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Run a SQL query on a Snowflake table asset.

        ``POST /v4/partner/v1/snowflake/tables/{workspace}/{teamspace}/{asset}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            asset (str): Table asset id or path inside the teamspace
            body (QuerySnowflakeTableRequest): The request body.

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            Any

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import query_snowflake_table as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def list_snowflake_warehouses(
        self,
        workspace: str,
        name: str,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListSnowflakeWarehousesResponse:
        """List Snowflake warehouses through a named credential.

        ``GET /v4/partner/v1/snowflake/warehouses/{workspace}/{name}``

        Args:
            workspace (str): Workspace name or id
            name (str): Name of the Snowflake credential
            teamspace_id (str | Unset): Teamspace id, for a credential of a teamspace

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            ListSnowflakeWarehousesResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_snowflake_warehouses as _op

        return _op.sync(
            workspace=workspace,
            name=name,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class SnowflakeApiWithRawResponse:
    """The methods of :class:`SnowflakeApi`, each returning a ``RawResponse`` of its 2xx answer."""

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def list_databases(
        self,
        workspace: str,
        name: str,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListSnowflakeDatabasesResponse]:
        """``GET /v4/partner/v1/snowflake/databases/{workspace}/{name}``, giving the whole 2xx answer."""
        from . import list_databases as _op

        return _op.sync_raw(
            workspace=workspace,
            name=name,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def query_snowflake_table(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        body: QuerySnowflakeTableRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """``POST /v4/partner/v1/snowflake/tables/{workspace}/{teamspace}/{asset}``, giving the whole 2xx answer."""
        from . import query_snowflake_table as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def list_snowflake_warehouses(
        self,
        workspace: str,
        name: str,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListSnowflakeWarehousesResponse]:
        """``GET /v4/partner/v1/snowflake/warehouses/{workspace}/{name}``, giving the whole 2xx answer."""
        from . import list_snowflake_warehouses as _op

        return _op.sync_raw(
            workspace=workspace,
            name=name,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncSnowflakeApi:
    """The coroutine twin of :class:`SnowflakeApi`, for an ``httpx.AsyncClient``.

    ``tiledb.client.build(AsyncSnowflakeApi)`` gives one over the session's async client.
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
    ) -> AsyncSnowflakeApi:
        """A copy that applies these options to every call (see :meth:`SnowflakeApi.with_options`)."""
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> AsyncSnowflakeApiWithRawResponse:
        """The same coroutines, each returning a ``RawResponse``."""
        return AsyncSnowflakeApiWithRawResponse(self.client)

    async def list_databases(
        self,
        workspace: str,
        name: str,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListSnowflakeDatabasesResponse:
        """List Snowflake databases through a named credential.

        ``GET /v4/partner/v1/snowflake/databases/{workspace}/{name}``
        (coroutine; see :meth:`SnowflakeApi.list_databases`).
        """
        from . import list_databases as _op

        return await _op.asyncio(
            workspace=workspace,
            name=name,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def query_snowflake_table(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        body: QuerySnowflakeTableRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Run a SQL query on a Snowflake table asset.

        ``POST /v4/partner/v1/snowflake/tables/{workspace}/{teamspace}/{asset}``
        (coroutine; see :meth:`SnowflakeApi.query_snowflake_table`).
        """
        from . import query_snowflake_table as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def list_snowflake_warehouses(
        self,
        workspace: str,
        name: str,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListSnowflakeWarehousesResponse:
        """List Snowflake warehouses through a named credential.

        ``GET /v4/partner/v1/snowflake/warehouses/{workspace}/{name}``
        (coroutine; see :meth:`SnowflakeApi.list_snowflake_warehouses`).
        """
        from . import list_snowflake_warehouses as _op

        return await _op.asyncio(
            workspace=workspace,
            name=name,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncSnowflakeApiWithRawResponse:
    """The coroutines of :class:`AsyncSnowflakeApi`, each returning a ``RawResponse``."""

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def list_databases(
        self,
        workspace: str,
        name: str,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListSnowflakeDatabasesResponse]:
        """``GET /v4/partner/v1/snowflake/databases/{workspace}/{name}``, giving the whole 2xx answer (coroutine)."""
        from . import list_databases as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            name=name,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def query_snowflake_table(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        body: QuerySnowflakeTableRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """``POST /v4/partner/v1/snowflake/tables/{workspace}/{teamspace}/{asset}``, giving the whole 2xx answer (coroutine)."""
        from . import query_snowflake_table as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def list_snowflake_warehouses(
        self,
        workspace: str,
        name: str,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListSnowflakeWarehousesResponse]:
        """``GET /v4/partner/v1/snowflake/warehouses/{workspace}/{name}``, giving the whole 2xx answer (coroutine)."""
        from . import list_snowflake_warehouses as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            name=name,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )
