"""The ``workspaces`` operations of the TileDB REST API v4: ``WorkspacesApi`` and ``AsyncWorkspacesApi``.

Each operation also has a module of its own here (``sync``, ``sync_detailed``, ``asyncio``,
``asyncio_detailed``); the classes are the convenient way in. Endpoint modules (and the models they
use) are imported on the first call of a method, not when this module is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.workspace_create_request import WorkspaceCreateRequest
    from ...models.workspace_create_response import WorkspaceCreateResponse
    from ...models.workspace_get_response import WorkspaceGetResponse
    from ...models.workspace_update_request import WorkspaceUpdateRequest
    from ...models.workspace_user_create_request import WorkspaceUserCreateRequest
    from ...models.workspace_user_create_response import WorkspaceUserCreateResponse
    from ...models.workspace_user_get_response import WorkspaceUserGetResponse
    from ...models.workspace_user_update_request import WorkspaceUserUpdateRequest
    from ...models.workspace_users_list_response import WorkspaceUsersListResponse
    from ...types import Unset

__all__ = ["WorkspacesApi", "AsyncWorkspacesApi"]


class WorkspacesApi:
    """Blocking calls to the ``workspaces`` operations.

    Construct it over a generated ``Client`` or ``AuthenticatedClient`` (``WorkspacesApi(client)``), or
    let ``tiledb.client.build(WorkspacesApi)`` configure one from the current session. Every method
    returns the success model (``None`` when the answer has no body) and raises
    ``tiledb.client.rest_api.errors.ApiError`` for any status outside 2xx.
    """

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def create_workspace(
        self,
        body: WorkspaceCreateRequest,
    ) -> WorkspaceCreateResponse:
        """Create a workspace with its default credential and storage.

        ``POST /v4/workspaces``

        Args:
            body (WorkspaceCreateRequest): The request body.

        Returns:
            WorkspaceCreateResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import create_workspace as _op

        return _op.sync(
            body=body,
            client=self.client,
        )

    def get_workspace(
        self,
        workspace: str,
    ) -> WorkspaceGetResponse:
        """Get a workspace.

        ``GET /v4/workspaces/{workspace}``

        Args:
            workspace (str): Workspace name or id

        Returns:
            WorkspaceGetResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_workspace as _op

        return _op.sync(
            workspace=workspace,
            client=self.client,
        )

    def delete_workspace(
        self,
        workspace: str,
    ) -> None:
        """Delete a workspace.

        ``DELETE /v4/workspaces/{workspace}``

        Args:
            workspace (str): Workspace name or id

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import delete_workspace as _op

        return _op.sync(
            workspace=workspace,
            client=self.client,
        )

    def update_workspace(
        self,
        workspace: str,
        body: WorkspaceUpdateRequest,
    ) -> None:
        """Update a workspace.

        ``PATCH /v4/workspaces/{workspace}``

        Args:
            workspace (str): Workspace name or id
            body (WorkspaceUpdateRequest): The request body.

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import update_workspace as _op

        return _op.sync(
            workspace=workspace,
            body=body,
            client=self.client,
        )

    def list_workspace_users(
        self,
        workspace: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> WorkspaceUsersListResponse:
        """List the users of a workspace.

        ``GET /v4/workspaceusers/{workspace}``

        Args:
            workspace (str): Workspace name or id
            page (int | Unset): Page number, starting at 1
            per_page (int | Unset): Items per page
            search (str | Unset): Text to search the users for

        Returns:
            WorkspaceUsersListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_workspace_users as _op

        return _op.sync(
            workspace=workspace,
            page=page,
            per_page=per_page,
            search=search,
            client=self.client,
        )

    def create_workspace_user(
        self,
        workspace: str,
        body: WorkspaceUserCreateRequest,
    ) -> WorkspaceUserCreateResponse:
        """Add a user to a workspace with a role.

        ``POST /v4/workspaceusers/{workspace}``

        Args:
            workspace (str): Workspace name or id
            body (WorkspaceUserCreateRequest): The request body.

        Returns:
            WorkspaceUserCreateResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import create_workspace_user as _op

        return _op.sync(
            workspace=workspace,
            body=body,
            client=self.client,
        )

    def get_workspace_user(
        self,
        workspace: str,
        user_id: str,
    ) -> WorkspaceUserGetResponse:
        """Get a user's membership of a workspace.

        ``GET /v4/workspaceusers/{workspace}/{user_id}``

        Args:
            workspace (str): Workspace name or id
            user_id (str): User id

        Returns:
            WorkspaceUserGetResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_workspace_user as _op

        return _op.sync(
            workspace=workspace,
            user_id=user_id,
            client=self.client,
        )

    def delete_workspace_user(
        self,
        workspace: str,
        user_id: str,
    ) -> None:
        """Remove a user from a workspace.

        ``DELETE /v4/workspaceusers/{workspace}/{user_id}``

        Args:
            workspace (str): Workspace name or id
            user_id (str): User id

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import delete_workspace_user as _op

        return _op.sync(
            workspace=workspace,
            user_id=user_id,
            client=self.client,
        )

    def update_workspace_user(
        self,
        workspace: str,
        user_id: str,
        body: WorkspaceUserUpdateRequest,
    ) -> None:
        """Change a user's role in a workspace.

        ``PATCH /v4/workspaceusers/{workspace}/{user_id}``

        Args:
            workspace (str): Workspace name or id
            user_id (str): User id
            body (WorkspaceUserUpdateRequest): The request body.

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import update_workspace_user as _op

        return _op.sync(
            workspace=workspace,
            user_id=user_id,
            body=body,
            client=self.client,
        )


class AsyncWorkspacesApi:
    """The coroutine twin of :class:`WorkspacesApi`, for an ``httpx.AsyncClient``.

    ``tiledb.client.build(AsyncWorkspacesApi)`` gives one over the session's async client.
    """

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def create_workspace(
        self,
        body: WorkspaceCreateRequest,
    ) -> WorkspaceCreateResponse:
        """Create a workspace with its default credential and storage.

        ``POST /v4/workspaces``
        (coroutine; see :meth:`WorkspacesApi.create_workspace`).
        """
        from . import create_workspace as _op

        return await _op.asyncio(
            body=body,
            client=self.client,
        )

    async def get_workspace(
        self,
        workspace: str,
    ) -> WorkspaceGetResponse:
        """Get a workspace.

        ``GET /v4/workspaces/{workspace}``
        (coroutine; see :meth:`WorkspacesApi.get_workspace`).
        """
        from . import get_workspace as _op

        return await _op.asyncio(
            workspace=workspace,
            client=self.client,
        )

    async def delete_workspace(
        self,
        workspace: str,
    ) -> None:
        """Delete a workspace.

        ``DELETE /v4/workspaces/{workspace}``
        (coroutine; see :meth:`WorkspacesApi.delete_workspace`).
        """
        from . import delete_workspace as _op

        return await _op.asyncio(
            workspace=workspace,
            client=self.client,
        )

    async def update_workspace(
        self,
        workspace: str,
        body: WorkspaceUpdateRequest,
    ) -> None:
        """Update a workspace.

        ``PATCH /v4/workspaces/{workspace}``
        (coroutine; see :meth:`WorkspacesApi.update_workspace`).
        """
        from . import update_workspace as _op

        return await _op.asyncio(
            workspace=workspace,
            body=body,
            client=self.client,
        )

    async def list_workspace_users(
        self,
        workspace: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> WorkspaceUsersListResponse:
        """List the users of a workspace.

        ``GET /v4/workspaceusers/{workspace}``
        (coroutine; see :meth:`WorkspacesApi.list_workspace_users`).
        """
        from . import list_workspace_users as _op

        return await _op.asyncio(
            workspace=workspace,
            page=page,
            per_page=per_page,
            search=search,
            client=self.client,
        )

    async def create_workspace_user(
        self,
        workspace: str,
        body: WorkspaceUserCreateRequest,
    ) -> WorkspaceUserCreateResponse:
        """Add a user to a workspace with a role.

        ``POST /v4/workspaceusers/{workspace}``
        (coroutine; see :meth:`WorkspacesApi.create_workspace_user`).
        """
        from . import create_workspace_user as _op

        return await _op.asyncio(
            workspace=workspace,
            body=body,
            client=self.client,
        )

    async def get_workspace_user(
        self,
        workspace: str,
        user_id: str,
    ) -> WorkspaceUserGetResponse:
        """Get a user's membership of a workspace.

        ``GET /v4/workspaceusers/{workspace}/{user_id}``
        (coroutine; see :meth:`WorkspacesApi.get_workspace_user`).
        """
        from . import get_workspace_user as _op

        return await _op.asyncio(
            workspace=workspace,
            user_id=user_id,
            client=self.client,
        )

    async def delete_workspace_user(
        self,
        workspace: str,
        user_id: str,
    ) -> None:
        """Remove a user from a workspace.

        ``DELETE /v4/workspaceusers/{workspace}/{user_id}``
        (coroutine; see :meth:`WorkspacesApi.delete_workspace_user`).
        """
        from . import delete_workspace_user as _op

        return await _op.asyncio(
            workspace=workspace,
            user_id=user_id,
            client=self.client,
        )

    async def update_workspace_user(
        self,
        workspace: str,
        user_id: str,
        body: WorkspaceUserUpdateRequest,
    ) -> None:
        """Change a user's role in a workspace.

        ``PATCH /v4/workspaceusers/{workspace}/{user_id}``
        (coroutine; see :meth:`WorkspacesApi.update_workspace_user`).
        """
        from . import update_workspace_user as _op

        return await _op.asyncio(
            workspace=workspace,
            user_id=user_id,
            body=body,
            client=self.client,
        )
