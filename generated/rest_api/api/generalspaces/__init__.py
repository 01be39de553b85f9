"""The ``generalspaces`` operations of the TileDB REST API v4: ``GeneralspacesApi`` and ``AsyncGeneralspacesApi``.

Each operation also has a module of its own here (``sync``, ``sync_detailed``, ``asyncio``,
``asyncio_detailed``); the classes are the convenient way in. Endpoint modules (and the models they
use) are imported on the first call of a method, not when this module is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.generalspace_get_response import GeneralspaceGetResponse
    from ...models.generalspace_update_request import GeneralspaceUpdateRequest

__all__ = ["GeneralspacesApi", "AsyncGeneralspacesApi"]


class GeneralspacesApi:
    """Blocking calls to the ``generalspaces`` operations.

    Construct it over a generated ``Client`` or ``AuthenticatedClient`` (``GeneralspacesApi(client)``), or
    let ``tiledb.client.build(GeneralspacesApi)`` configure one from the current session. Every method
    returns the success model (``None`` when the answer has no body) and raises
    ``tiledb.client.rest_api.errors.ApiError`` for any status outside 2xx.
    """

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def get_generalspace_by_workspace(
        self,
        workspace: str,
    ) -> GeneralspaceGetResponse:
        """Get the general space of a workspace.

        ``GET /v4/generalspaces/{workspace}``

        Args:
            workspace (str): Workspace name or id

        Returns:
            GeneralspaceGetResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_generalspace_by_workspace as _op

        return _op.sync(
            workspace=workspace,
            client=self.client,
        )

    def update_generalspace_by_workspace(
        self,
        workspace: str,
        body: GeneralspaceUpdateRequest,
    ) -> None:
        """Update the general space of a workspace.

        ``PATCH /v4/generalspaces/{workspace}``

        Args:
            workspace (str): Workspace name or id
            body (GeneralspaceUpdateRequest): The request body.

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import update_generalspace_by_workspace as _op

        return _op.sync(
            workspace=workspace,
            body=body,
            client=self.client,
        )

    def get_general_space(
        self,
        workspace: str,
        generalspace: str,
    ) -> GeneralspaceGetResponse:
        """Get a general space by id.

        ``GET /v4/generalspaces/{workspace}/{generalspace}``

        Args:
            workspace (str): Workspace name or id
            generalspace (str): General space id

        Returns:
            GeneralspaceGetResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_general_space as _op

        return _op.sync(
            workspace=workspace,
            generalspace=generalspace,
            client=self.client,
        )

    def update_generalspace_by_id(
        self,
        workspace: str,
        generalspace: str,
        body: GeneralspaceUpdateRequest,
    ) -> None:
        """Update a general space by id.

        ``PATCH /v4/generalspaces/{workspace}/{generalspace}``

        Args:
            workspace (str): Workspace name or id
            generalspace (str): General space id
            body (GeneralspaceUpdateRequest): The request body.

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import update_generalspace_by_id as _op

        return _op.sync(
            workspace=workspace,
            generalspace=generalspace,
            body=body,
            client=self.client,
        )


class AsyncGeneralspacesApi:
    """The coroutine twin of :class:`GeneralspacesApi`, for an ``httpx.AsyncClient``.

    ``tiledb.client.build(AsyncGeneralspacesApi)`` gives one over the session's async client.
    """

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def get_generalspace_by_workspace(
        self,
        workspace: str,
    ) -> GeneralspaceGetResponse:
        """Get the general space of a workspace.

        ``GET /v4/generalspaces/{workspace}``
        (coroutine; see :meth:`GeneralspacesApi.get_generalspace_by_workspace`).
        """
        from . import get_generalspace_by_workspace as _op

        return await _op.asyncio(
            workspace=workspace,
            client=self.client,
        )

    async def update_generalspace_by_workspace(
        self,
        workspace: str,
        body: GeneralspaceUpdateRequest,
    ) -> None:
        """Update the general space of a workspace.

        ``PATCH /v4/generalspaces/{workspace}``
        (coroutine; see :meth:`GeneralspacesApi.update_generalspace_by_workspace`).
        """
        from . import update_generalspace_by_workspace as _op

        return await _op.asyncio(
            workspace=workspace,
            body=body,
            client=self.client,
        )

    async def get_general_space(
        self,
        workspace: str,
        generalspace: str,
    ) -> GeneralspaceGetResponse:
        """Get a general space by id.

        ``GET /v4/generalspaces/{workspace}/{generalspace}``
        (coroutine; see :meth:`GeneralspacesApi.get_general_space`).
        """
        from . import get_general_space as _op

        return await _op.asyncio(
            workspace=workspace,
            generalspace=generalspace,
            client=self.client,
        )

    async def update_generalspace_by_id(
        self,
        workspace: str,
        generalspace: str,
        body: GeneralspaceUpdateRequest,
    ) -> None:
        """Update a general space by id.

        ``PATCH /v4/generalspaces/{workspace}/{generalspace}``
        (coroutine; see :meth:`GeneralspacesApi.update_generalspace_by_id`).
        """
        from . import update_generalspace_by_id as _op

        return await _op.asyncio(
            workspace=workspace,
            generalspace=generalspace,
            body=body,
            client=self.client,
        )
