"""The ``deltasharing`` operations of the TileDB REST API v4: ``DeltasharingApi`` and ``AsyncDeltasharingApi``.

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
    from ...client import AsyncStream, AuthenticatedClient, Client, RawResponse, Stream, Timeout
    from ...models.list_share_schema_tables_response import ListShareSchemaTablesResponse
    from ...models.list_share_schemas_response import ListShareSchemasResponse
    from ...models.list_shares_response import ListSharesResponse
    from ...models.list_tables_response import ListTablesResponse
    from ...models.query_table_request import QueryTableRequest
    from ...models.share_response import ShareResponse
    from ...types import Unset

__all__ = ["DeltasharingApi", "AsyncDeltasharingApi"]


class DeltasharingApi:
    """Blocking calls to the ``deltasharing`` operations.

    Construct it over a generated ``Client`` or ``AuthenticatedClient`` (``DeltasharingApi(client)``), or
    let ``tiledb.client.build(DeltasharingApi)`` configure one from the current session. Every method
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
    ) -> DeltasharingApi:
        """A copy that applies these options to every call, over this object's connections.

        This object is left unchanged; per-call options override the copy's.
        """
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> DeltasharingApiWithRawResponse:
        """The same methods, each returning a ``RawResponse`` (status, headers, request id, ...)."""
        return DeltasharingApiWithRawResponse(self.client)

    def list_shares(
        self,
        *,
        max_results: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListSharesResponse:
        """List the Delta Sharing shares.

        ``GET /v4/partner/v1/databricks/deltasharing/shares``

        Args:
            max_results (int | Unset): Maximum number of items to return
            page_token (str | Unset): Token from the previous page's nextPageToken

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            ListSharesResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_shares as _op

        return _op.sync(
            max_results=max_results,
            page_token=page_token,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_share(
        self,
        workspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ShareResponse:
        """Get the Delta Sharing share of a workspace.

        ``GET /v4/partner/v1/databricks/deltasharing/shares/{workspace}``

        Args:
            workspace (str): Workspace name or id (the share)

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            ShareResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_share as _op

        return _op.sync(
            workspace=workspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def list_share_all_tables(
        self,
        workspace: str,
        *,
        max_results: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListTablesResponse:
        """List all tables in the Delta Sharing share of a workspace.

        ``GET /v4/partner/v1/databricks/deltasharing/shares/{workspace}/all-tables``

        Args:
            workspace (str): Workspace name or id (the share)
            max_results (int | Unset): Maximum number of items to return
            page_token (str | Unset): Token from the previous page's nextPageToken

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            ListTablesResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_share_all_tables as _op

        return _op.sync(
            workspace=workspace,
            max_results=max_results,
            page_token=page_token,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def list_share_schemas(
        self,
        workspace: str,
        *,
        max_results: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListShareSchemasResponse:
        """List the schemas in the Delta Sharing share of a workspace.

        ``GET /v4/partner/v1/databricks/deltasharing/shares/{workspace}/schemas``

        Args:
            workspace (str): Workspace name or id (the share)
            max_results (int | Unset): Maximum number of items to return
            page_token (str | Unset): Token from the previous page's nextPageToken

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            ListShareSchemasResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_share_schemas as _op

        return _op.sync(
            workspace=workspace,
            max_results=max_results,
            page_token=page_token,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def list_share_schema_tables(
        self,
        workspace: str,
        teamspace: str,
        *,
        max_results: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListShareSchemaTablesResponse:
        """List the tables of one schema (teamspace) in a Delta share.

        ``GET /v4/partner/v1/databricks/deltasharing/shares/{workspace}/schemas/{teamspace}/tables``

        Args:
            workspace (str): Workspace name or id (the share)
            teamspace (str): Teamspace name or id (the schema)
            max_results (int | Unset): Maximum number of items to return
            page_token (str | Unset): Token from the previous page's nextPageToken

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            ListShareSchemaTablesResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_share_schema_tables as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            max_results=max_results,
            page_token=page_token,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def query_table_changes(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        *,
        starting_version: int | Unset = UNSET,
        starting_timestamp: str | Unset = UNSET,
        ending_version: int | Unset = UNSET,
        ending_timestamp: str | Unset = UNSET,
        include_historical_metadata: bool | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Stream[Any]:
        """Read the changes of a shared table as NDJSON.

        ``GET /v4/partner/v1/databricks/deltasharing/shares/{workspace}/schemas/{teamspace}/tables/{asset}/changes``

        Args:
            workspace (str): Workspace name or id (the share)
            teamspace (str): Teamspace name or id (the schema)
            asset (str): Asset id or path inside the teamspace (the table)
            starting_version (int | Unset): First table version to include
            starting_timestamp (str | Unset): Earliest commit time to include
            ending_version (int | Unset): Last table version to include
            ending_timestamp (str | Unset): Latest commit time to include
            include_historical_metadata (bool | Unset): Include historical metadata

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            Stream[Any]

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import query_table_changes as _op

        return _op.iterate(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            starting_version=starting_version,
            starting_timestamp=starting_timestamp,
            ending_version=ending_version,
            ending_timestamp=ending_timestamp,
            include_historical_metadata=include_historical_metadata,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def query_table_metadata(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Stream[Any]:
        """Get the metadata of a shared table as NDJSON.

        ``GET /v4/partner/v1/databricks/deltasharing/shares/{workspace}/schemas/{teamspace}/tables/{asset}/metadata``

        Args:
            workspace (str): Workspace name or id (the share)
            teamspace (str): Teamspace name or id (the schema)
            asset (str): Asset id or path inside the teamspace (the table)

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            Stream[Any]

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import query_table_metadata as _op

        return _op.iterate(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def query_table(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        body: QueryTableRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Stream[Any]:
        """Query the data files of a shared table as NDJSON.

        ``POST /v4/partner/v1/databricks/deltasharing/shares/{workspace}/schemas/{teamspace}/tables/{asset}/query``

        Args:
            workspace (str): Workspace name or id (the share)
            teamspace (str): Teamspace name or id (the schema)
            asset (str): Asset id or path inside the teamspace (the table)
            body (QueryTableRequest): The request body.

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            Stream[Any]

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import query_table as _op

        return _op.iterate(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def query_table_verison(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        *,
        starting_timestamp: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Get the version of a shared table.

        ``GET /v4/partner/v1/databricks/deltasharing/shares/{workspace}/schemas/{teamspace}/tables/{asset}/version``

        Args:
            workspace (str): Workspace name or id (the share)
            teamspace (str): Teamspace name or id (the schema)
            asset (str): Asset id or path inside the teamspace (the table)
            starting_timestamp (str | Unset): Time at which to look up the table version

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
        from . import query_table_verison as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            starting_timestamp=starting_timestamp,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class DeltasharingApiWithRawResponse:
    """The methods of :class:`DeltasharingApi`, each returning a ``RawResponse`` of its 2xx answer."""

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def list_shares(
        self,
        *,
        max_results: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListSharesResponse]:
        """``GET /v4/partner/v1/databricks/deltasharing/shares``, giving the whole 2xx answer."""
        from . import list_shares as _op

        return _op.sync_raw(
            max_results=max_results,
            page_token=page_token,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_share(
        self,
        workspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ShareResponse]:
        """``GET /v4/partner/v1/databricks/deltasharing/shares/{workspace}``, giving the whole 2xx answer."""
        from . import get_share as _op

        return _op.sync_raw(
            workspace=workspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def list_share_all_tables(
        self,
        workspace: str,
        *,
        max_results: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListTablesResponse]:
        """``GET /v4/partner/v1/databricks/deltasharing/shares/{workspace}/all-tables``, giving the whole 2xx answer."""
        from . import list_share_all_tables as _op

        return _op.sync_raw(
            workspace=workspace,
            max_results=max_results,
            page_token=page_token,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def list_share_schemas(
        self,
        workspace: str,
        *,
        max_results: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListShareSchemasResponse]:
        """``GET /v4/partner/v1/databricks/deltasharing/shares/{workspace}/schemas``, giving the whole 2xx answer."""
        from . import list_share_schemas as _op

        return _op.sync_raw(
            workspace=workspace,
            max_results=max_results,
            page_token=page_token,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def list_share_schema_tables(
        self,
        workspace: str,
        teamspace: str,
        *,
        max_results: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListShareSchemaTablesResponse]:
        """``GET /v4/partner/v1/databricks/deltasharing/shares/{workspace}/schemas/{teamspace}/tables``, giving the whole 2xx answer."""
        from . import list_share_schema_tables as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            max_results=max_results,
            page_token=page_token,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def query_table_changes(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        *,
        starting_version: int | Unset = UNSET,
        starting_timestamp: str | Unset = UNSET,
        ending_version: int | Unset = UNSET,
        ending_timestamp: str | Unset = UNSET,
        include_historical_metadata: bool | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[bytes]:
        """``GET /v4/partner/v1/databricks/deltasharing/shares/{workspace}/schemas/{teamspace}/tables/{asset}/changes``, giving the whole 2xx answer."""
        from . import query_table_changes as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            starting_version=starting_version,
            starting_timestamp=starting_timestamp,
            ending_version=ending_version,
            ending_timestamp=ending_timestamp,
            include_historical_metadata=include_historical_metadata,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def query_table_metadata(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[bytes]:
        """``GET /v4/partner/v1/databricks/deltasharing/shares/{workspace}/schemas/{teamspace}/tables/{asset}/metadata``, giving the whole 2xx answer."""
        from . import query_table_metadata as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def query_table(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        body: QueryTableRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[bytes]:
        """``POST /v4/partner/v1/databricks/deltasharing/shares/{workspace}/schemas/{teamspace}/tables/{asset}/query``, giving the whole 2xx answer."""
        from . import query_table as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def query_table_verison(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        *,
        starting_timestamp: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``GET /v4/partner/v1/databricks/deltasharing/shares/{workspace}/schemas/{teamspace}/tables/{asset}/version``, giving the whole 2xx answer."""
        from . import query_table_verison as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            starting_timestamp=starting_timestamp,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncDeltasharingApi:
    """The coroutine twin of :class:`DeltasharingApi`, for an ``httpx.AsyncClient``.

    ``tiledb.client.build(AsyncDeltasharingApi)`` gives one over the session's async client.
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
    ) -> AsyncDeltasharingApi:
        """A copy that applies these options to every call (see :meth:`DeltasharingApi.with_options`)."""
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> AsyncDeltasharingApiWithRawResponse:
        """The same coroutines, each returning a ``RawResponse``."""
        return AsyncDeltasharingApiWithRawResponse(self.client)

    async def list_shares(
        self,
        *,
        max_results: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListSharesResponse:
        """List the Delta Sharing shares.

        ``GET /v4/partner/v1/databricks/deltasharing/shares``
        (coroutine; see :meth:`DeltasharingApi.list_shares`).
        """
        from . import list_shares as _op

        return await _op.asyncio(
            max_results=max_results,
            page_token=page_token,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_share(
        self,
        workspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ShareResponse:
        """Get the Delta Sharing share of a workspace.

        ``GET /v4/partner/v1/databricks/deltasharing/shares/{workspace}``
        (coroutine; see :meth:`DeltasharingApi.get_share`).
        """
        from . import get_share as _op

        return await _op.asyncio(
            workspace=workspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def list_share_all_tables(
        self,
        workspace: str,
        *,
        max_results: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListTablesResponse:
        """List all tables in the Delta Sharing share of a workspace.

        ``GET /v4/partner/v1/databricks/deltasharing/shares/{workspace}/all-tables``
        (coroutine; see :meth:`DeltasharingApi.list_share_all_tables`).
        """
        from . import list_share_all_tables as _op

        return await _op.asyncio(
            workspace=workspace,
            max_results=max_results,
            page_token=page_token,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def list_share_schemas(
        self,
        workspace: str,
        *,
        max_results: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListShareSchemasResponse:
        """List the schemas in the Delta Sharing share of a workspace.

        ``GET /v4/partner/v1/databricks/deltasharing/shares/{workspace}/schemas``
        (coroutine; see :meth:`DeltasharingApi.list_share_schemas`).
        """
        from . import list_share_schemas as _op

        return await _op.asyncio(
            workspace=workspace,
            max_results=max_results,
            page_token=page_token,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def list_share_schema_tables(
        self,
        workspace: str,
        teamspace: str,
        *,
        max_results: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListShareSchemaTablesResponse:
        """List the tables of one schema (teamspace) in a Delta share.

        ``GET /v4/partner/v1/databricks/deltasharing/shares/{workspace}/schemas/{teamspace}/tables``
        (coroutine; see :meth:`DeltasharingApi.list_share_schema_tables`).
        """
        from . import list_share_schema_tables as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            max_results=max_results,
            page_token=page_token,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def query_table_changes(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        *,
        starting_version: int | Unset = UNSET,
        starting_timestamp: str | Unset = UNSET,
        ending_version: int | Unset = UNSET,
        ending_timestamp: str | Unset = UNSET,
        include_historical_metadata: bool | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncStream[Any]:
        """Read the changes of a shared table as NDJSON.

        ``GET /v4/partner/v1/databricks/deltasharing/shares/{workspace}/schemas/{teamspace}/tables/{asset}/changes``
        (coroutine; see :meth:`DeltasharingApi.query_table_changes`).
        """
        from . import query_table_changes as _op

        return await _op.aiterate(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            starting_version=starting_version,
            starting_timestamp=starting_timestamp,
            ending_version=ending_version,
            ending_timestamp=ending_timestamp,
            include_historical_metadata=include_historical_metadata,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def query_table_metadata(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncStream[Any]:
        """Get the metadata of a shared table as NDJSON.

        ``GET /v4/partner/v1/databricks/deltasharing/shares/{workspace}/schemas/{teamspace}/tables/{asset}/metadata``
        (coroutine; see :meth:`DeltasharingApi.query_table_metadata`).
        """
        from . import query_table_metadata as _op

        return await _op.aiterate(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def query_table(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        body: QueryTableRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncStream[Any]:
        """Query the data files of a shared table as NDJSON.

        ``POST /v4/partner/v1/databricks/deltasharing/shares/{workspace}/schemas/{teamspace}/tables/{asset}/query``
        (coroutine; see :meth:`DeltasharingApi.query_table`).
        """
        from . import query_table as _op

        return await _op.aiterate(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def query_table_verison(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        *,
        starting_timestamp: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Get the version of a shared table.

        ``GET /v4/partner/v1/databricks/deltasharing/shares/{workspace}/schemas/{teamspace}/tables/{asset}/version``
        (coroutine; see :meth:`DeltasharingApi.query_table_verison`).
        """
        from . import query_table_verison as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            starting_timestamp=starting_timestamp,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncDeltasharingApiWithRawResponse:
    """The coroutines of :class:`AsyncDeltasharingApi`, each returning a ``RawResponse``."""

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def list_shares(
        self,
        *,
        max_results: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListSharesResponse]:
        """``GET /v4/partner/v1/databricks/deltasharing/shares``, giving the whole 2xx answer (coroutine)."""
        from . import list_shares as _op

        return await _op.asyncio_raw(
            max_results=max_results,
            page_token=page_token,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_share(
        self,
        workspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ShareResponse]:
        """``GET /v4/partner/v1/databricks/deltasharing/shares/{workspace}``, giving the whole 2xx answer (coroutine)."""
        from . import get_share as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def list_share_all_tables(
        self,
        workspace: str,
        *,
        max_results: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListTablesResponse]:
        """``GET /v4/partner/v1/databricks/deltasharing/shares/{workspace}/all-tables``, giving the whole 2xx answer (coroutine)."""
        from . import list_share_all_tables as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            max_results=max_results,
            page_token=page_token,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def list_share_schemas(
        self,
        workspace: str,
        *,
        max_results: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListShareSchemasResponse]:
        """``GET /v4/partner/v1/databricks/deltasharing/shares/{workspace}/schemas``, giving the whole 2xx answer (coroutine)."""
        from . import list_share_schemas as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            max_results=max_results,
            page_token=page_token,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def list_share_schema_tables(
        self,
        workspace: str,
        teamspace: str,
        *,
        max_results: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListShareSchemaTablesResponse]:
        """``GET /v4/partner/v1/databricks/deltasharing/shares/{workspace}/schemas/{teamspace}/tables``, giving the whole 2xx answer (coroutine)."""
        from . import list_share_schema_tables as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            max_results=max_results,
            page_token=page_token,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def query_table_changes(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        *,
        starting_version: int | Unset = UNSET,
        starting_timestamp: str | Unset = UNSET,
        ending_version: int | Unset = UNSET,
        ending_timestamp: str | Unset = UNSET,
        include_historical_metadata: bool | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[bytes]:
        """``GET /v4/partner/v1/databricks/deltasharing/shares/{workspace}/schemas/{teamspace}/tables/{asset}/changes``, giving the whole 2xx answer (coroutine)."""
        from . import query_table_changes as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            starting_version=starting_version,
            starting_timestamp=starting_timestamp,
            ending_version=ending_version,
            ending_timestamp=ending_timestamp,
            include_historical_metadata=include_historical_metadata,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def query_table_metadata(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[bytes]:
        """``GET /v4/partner/v1/databricks/deltasharing/shares/{workspace}/schemas/{teamspace}/tables/{asset}/metadata``, giving the whole 2xx answer (coroutine)."""
        from . import query_table_metadata as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def query_table(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        body: QueryTableRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[bytes]:
        """``POST /v4/partner/v1/databricks/deltasharing/shares/{workspace}/schemas/{teamspace}/tables/{asset}/query``, giving the whole 2xx answer (coroutine)."""
        from . import query_table as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def query_table_verison(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        *,
        starting_timestamp: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``GET /v4/partner/v1/databricks/deltasharing/shares/{workspace}/schemas/{teamspace}/tables/{asset}/version``, giving the whole 2xx answer (coroutine)."""
        from . import query_table_verison as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            starting_timestamp=starting_timestamp,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )
