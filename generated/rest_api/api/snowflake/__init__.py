"""The ``snowflake`` operations of the TileDB REST API v4: ``SnowflakeApi`` and ``AsyncSnowflakeApi``.

Each operation also has a module of its own here (``sync``, ``sync_detailed``, ``asyncio``,
``asyncio_detailed``); the classes are the convenient way in. Endpoint modules (and the models they
use) are imported on the first call of a method, not when this module is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
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
    ``tiledb.client.rest_api.errors.ApiError`` for any status outside 2xx.
    """

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
    ) -> ListSnowflakeDatabasesResponse:
        """List Snowflake databases through a named credential.

        ``GET /v4/partner/v1/snowflake/databases/{workspace}/{name}``

        Args:
            workspace (str): Workspace name or id
            name (str): Name of the Snowflake credential
            teamspace_id (str | Unset): Teamspace id, for a credential of a teamspace

        Returns:
            ListSnowflakeDatabasesResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_databases as _op

        return _op.sync(
            workspace=workspace,
            name=name,
            teamspace_id=teamspace_id,
            client=self.client,
        )

    def query_snowflake_table(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        body: QuerySnowflakeTableRequest,
    ) -> Any:
        """Run a SQL query on a Snowflake table asset.

        ``POST /v4/partner/v1/snowflake/tables/{workspace}/{teamspace}/{asset}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            asset (str): Table asset id or path inside the teamspace
            body (QuerySnowflakeTableRequest): The request body.

        Returns:
            Any

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import query_snowflake_table as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            body=body,
            client=self.client,
        )

    def list_snowflake_warehouses(
        self,
        workspace: str,
        name: str,
        *,
        teamspace_id: str | Unset = UNSET,
    ) -> ListSnowflakeWarehousesResponse:
        """List Snowflake warehouses through a named credential.

        ``GET /v4/partner/v1/snowflake/warehouses/{workspace}/{name}``

        Args:
            workspace (str): Workspace name or id
            name (str): Name of the Snowflake credential
            teamspace_id (str | Unset): Teamspace id, for a credential of a teamspace

        Returns:
            ListSnowflakeWarehousesResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_snowflake_warehouses as _op

        return _op.sync(
            workspace=workspace,
            name=name,
            teamspace_id=teamspace_id,
            client=self.client,
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

    async def list_databases(
        self,
        workspace: str,
        name: str,
        *,
        teamspace_id: str | Unset = UNSET,
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
        )

    async def query_snowflake_table(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        body: QuerySnowflakeTableRequest,
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
        )

    async def list_snowflake_warehouses(
        self,
        workspace: str,
        name: str,
        *,
        teamspace_id: str | Unset = UNSET,
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
        )
