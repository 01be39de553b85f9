"""The ``databricks`` operations of the TileDB REST API v4: ``DatabricksApi`` and ``AsyncDatabricksApi``.

Each operation also has a module of its own here (``sync``, ``sync_detailed``, ``asyncio``,
``asyncio_detailed``); the classes are the convenient way in. Endpoint modules (and the models they
use) are imported on the first call of a method, not when this module is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.list_databricks_catalogs_response import ListDatabricksCatalogsResponse
    from ...models.list_databricks_warehouses_response import ListDatabricksWarehousesResponse
    from ...models.query_databricks_table_request import QueryDatabricksTableRequest
    from ...types import Unset

__all__ = ["DatabricksApi", "AsyncDatabricksApi"]


class DatabricksApi:
    """Blocking calls to the ``databricks`` operations.

    Construct it over a generated ``Client`` or ``AuthenticatedClient`` (``DatabricksApi(client)``), or
    let ``tiledb.client.build(DatabricksApi)`` configure one from the current session. Every method
    returns the success model (``None`` when the answer has no body) and raises
    ``tiledb.client.rest_api.errors.ApiError`` for any status outside 2xx.
    """

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def list_catalogs(
        self,
        workspace: str,
        name: str,
        *,
        teamspace_id: str | Unset = UNSET,
    ) -> ListDatabricksCatalogsResponse:
        """List Databricks catalogs through a named credential.

        ``GET /v4/partner/v1/databricks/catalog/{workspace}/{name}``

        Args:
            workspace (str): Workspace name or id
            name (str): Name of the Databricks credential
            teamspace_id (str | Unset): Teamspace id, for a credential of a teamspace

        Returns:
            ListDatabricksCatalogsResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_catalogs as _op

        return _op.sync(
            workspace=workspace,
            name=name,
            teamspace_id=teamspace_id,
            client=self.client,
        )

    def query_databricks_table(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        body: QueryDatabricksTableRequest,
    ) -> Any:
        """Run a SQL query on a Databricks table asset.

        ``POST /v4/partner/v1/databricks/tables/{workspace}/{teamspace}/{asset}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            asset (str): Table asset id or path inside the teamspace
            body (QueryDatabricksTableRequest): The request body.

        Returns:
            Any

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import query_databricks_table as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            body=body,
            client=self.client,
        )

    def list_warehouses(
        self,
        workspace: str,
        name: str,
        *,
        teamspace_id: str | Unset = UNSET,
    ) -> ListDatabricksWarehousesResponse:
        """List Databricks SQL warehouses through a named credential.

        ``GET /v4/partner/v1/databricks/warehouses/{workspace}/{name}``

        Args:
            workspace (str): Workspace name or id
            name (str): Name of the Databricks credential
            teamspace_id (str | Unset): Teamspace id, for a credential of a teamspace

        Returns:
            ListDatabricksWarehousesResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_warehouses as _op

        return _op.sync(
            workspace=workspace,
            name=name,
            teamspace_id=teamspace_id,
            client=self.client,
        )


class AsyncDatabricksApi:
    """The coroutine twin of :class:`DatabricksApi`, for an ``httpx.AsyncClient``.

    ``tiledb.client.build(AsyncDatabricksApi)`` gives one over the session's async client.
    """

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def list_catalogs(
        self,
        workspace: str,
        name: str,
        *,
        teamspace_id: str | Unset = UNSET,
    ) -> ListDatabricksCatalogsResponse:
        """List Databricks catalogs through a named credential.

        ``GET /v4/partner/v1/databricks/catalog/{workspace}/{name}``
        (coroutine; see :meth:`DatabricksApi.list_catalogs`).
        """
        from . import list_catalogs as _op

        return await _op.asyncio(
            workspace=workspace,
            name=name,
            teamspace_id=teamspace_id,
            client=self.client,
        )

    async def query_databricks_table(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        body: QueryDatabricksTableRequest,
    ) -> Any:
        """Run a SQL query on a Databricks table asset.

        ``POST /v4/partner/v1/databricks/tables/{workspace}/{teamspace}/{asset}``
        (coroutine; see :meth:`DatabricksApi.query_databricks_table`).
        """
        from . import query_databricks_table as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            body=body,
            client=self.client,
        )

    async def list_warehouses(
        self,
        workspace: str,
        name: str,
        *,
        teamspace_id: str | Unset = UNSET,
    ) -> ListDatabricksWarehousesResponse:
        """List Databricks SQL warehouses through a named credential.

        ``GET /v4/partner/v1/databricks/warehouses/{workspace}/{name}``
        (coroutine; see :meth:`DatabricksApi.list_warehouses`).
        """
        from . import list_warehouses as _op

        return await _op.asyncio(
            workspace=workspace,
            name=name,
            teamspace_id=teamspace_id,
            client=self.client,
        )
