"""The ``teamspaces`` operations of the TileDB REST API v4: ``TeamspacesApi`` and ``AsyncTeamspacesApi``.

Each operation also has a module of its own here (``sync``, ``sync_detailed``, ``asyncio``,
``asyncio_detailed``); the classes are the convenient way in. Endpoint modules (and the models they
use) are imported on the first call of a method, not when this module is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.sort_order import SortOrder
    from ...models.teamspace_get_response import TeamspaceGetResponse
    from ...models.teamspace_role import TeamspaceRole
    from ...models.teamspace_update_request import TeamspaceUpdateRequest
    from ...models.teamspace_user_get_response import TeamspaceUserGetResponse
    from ...models.teamspace_user_update_request import TeamspaceUserUpdateRequest
    from ...models.teamspace_users_bulk_update_request_inner import TeamspaceUsersBulkUpdateRequestInner
    from ...models.teamspace_users_create_request_inner import TeamspaceUsersCreateRequestInner
    from ...models.teamspace_users_create_response import TeamspaceUsersCreateResponse
    from ...models.teamspace_users_join_response import TeamspaceUsersJoinResponse
    from ...models.teamspace_users_list_response import TeamspaceUsersListResponse
    from ...models.teamspaces_create_request import TeamspacesCreateRequest
    from ...models.teamspaces_create_response import TeamspacesCreateResponse
    from ...models.teamspaces_list_response import TeamspacesListResponse
    from ...types import Unset

__all__ = ["TeamspacesApi", "AsyncTeamspacesApi"]


class TeamspacesApi:
    """Blocking calls to the ``teamspaces`` operations.

    Construct it over a generated ``Client`` or ``AuthenticatedClient`` (``TeamspacesApi(client)``), or
    let ``tiledb.client.build(TeamspacesApi)`` configure one from the current session. Every method
    returns the success model (``None`` when the answer has no body) and raises
    ``tiledb.client.rest_api.errors.ApiError`` for any status outside 2xx.
    """

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def delete_teamspace_users(
        self,
        workspace: str,
        teamspace: str,
        body: list[str],
    ) -> None:
        """Remove several users from a teamspace.

        ``POST /v4/actions/teamspaces/{workspace}/{teamspace}/users/bulk_delete``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            body (list[str]): The request body.

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import delete_teamspace_users as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            body=body,
            client=self.client,
        )

    def update_teamspace_users(
        self,
        workspace: str,
        teamspace: str,
        body: list[TeamspaceUsersBulkUpdateRequestInner],
    ) -> None:
        """Change the roles of several users in a teamspace.

        ``PATCH /v4/actions/teamspaces/{workspace}/{teamspace}/users/bulk_update``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            body (list[TeamspaceUsersBulkUpdateRequestInner]): The request body.

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import update_teamspace_users as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            body=body,
            client=self.client,
        )

    def join_teamspace(
        self,
        workspace: str,
        teamspace: str,
    ) -> TeamspaceUsersJoinResponse:
        """Join a teamspace as the caller.

        ``POST /v4/actions/teamspaces/{workspace}/{teamspace}/users/join``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id

        Returns:
            TeamspaceUsersJoinResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import join_teamspace as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            client=self.client,
        )

    def leave_teamspace(
        self,
        workspace: str,
        teamspace: str,
    ) -> None:
        """Leave a teamspace as the caller.

        ``POST /v4/actions/teamspaces/{workspace}/{teamspace}/users/leave``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import leave_teamspace as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            client=self.client,
        )

    def list_teamspaces(
        self,
        workspace: str,
        *,
        order_by: str | Unset = UNSET,
        order: SortOrder | str | Unset = UNSET,
        memberships: bool | Unset = UNSET,
    ) -> TeamspacesListResponse:
        """List the teamspaces of a workspace.

        ``GET /v4/teamspaces/{workspace}``

        Args:
            workspace (str): Workspace name or id
            order_by (str | Unset): Field to sort by
            order (SortOrder | str | Unset): A sort direction, ascending or descending.
            memberships (bool | Unset):

        Returns:
            TeamspacesListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_teamspaces as _op

        return _op.sync(
            workspace=workspace,
            order_by=order_by,
            order=order,
            memberships=memberships,
            client=self.client,
        )

    def create_teamspaces(
        self,
        workspace: str,
        body: TeamspacesCreateRequest,
    ) -> TeamspacesCreateResponse:
        """Create a teamspace in a workspace.

        ``POST /v4/teamspaces/{workspace}``

        Args:
            workspace (str): Workspace name or id
            body (TeamspacesCreateRequest): The request body.

        Returns:
            TeamspacesCreateResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import create_teamspaces as _op

        return _op.sync(
            workspace=workspace,
            body=body,
            client=self.client,
        )

    def delete_teamspaces(
        self,
        workspace: str,
    ) -> None:
        """Delete the teamspaces of a workspace.

        ``DELETE /v4/teamspaces/{workspace}``

        Args:
            workspace (str): Workspace name or id

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import delete_teamspaces as _op

        return _op.sync(
            workspace=workspace,
            client=self.client,
        )

    def get_teamspace(
        self,
        workspace: str,
        teamspace: str,
    ) -> TeamspaceGetResponse:
        """Get a teamspace.

        ``GET /v4/teamspaces/{workspace}/{teamspace}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id

        Returns:
            TeamspaceGetResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_teamspace as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            client=self.client,
        )

    def delete_teamspace(
        self,
        workspace: str,
        teamspace: str,
        *,
        delete_assets: bool | Unset = UNSET,
    ) -> None:
        """Delete a teamspace.

        ``DELETE /v4/teamspaces/{workspace}/{teamspace}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            delete_assets (bool | Unset):

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import delete_teamspace as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            delete_assets=delete_assets,
            client=self.client,
        )

    def update_teamspace(
        self,
        workspace: str,
        teamspace: str,
        body: TeamspaceUpdateRequest,
    ) -> None:
        """Update a teamspace.

        ``PATCH /v4/teamspaces/{workspace}/{teamspace}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            body (TeamspaceUpdateRequest): The request body.

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import update_teamspace as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            body=body,
            client=self.client,
        )

    def list_teamspace_users(
        self,
        workspace: str,
        teamspace: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        search: str | Unset = UNSET,
        role: TeamspaceRole | str | Unset = UNSET,
    ) -> TeamspaceUsersListResponse:
        """List the users of a teamspace.

        ``GET /v4/teamspaces/{workspace}/{teamspace}/users``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            page (int | Unset): Page number, starting at 1
            per_page (int | Unset): Items per page
            search (str | Unset): Text to search the users for
            role (TeamspaceRole | str | Unset):

        Returns:
            TeamspaceUsersListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_teamspace_users as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            page=page,
            per_page=per_page,
            search=search,
            role=role,
            client=self.client,
        )

    def create_teamspace_users(
        self,
        workspace: str,
        teamspace: str,
        body: list[TeamspaceUsersCreateRequestInner],
    ) -> TeamspaceUsersCreateResponse:
        """Add users to a teamspace with their roles.

        ``POST /v4/teamspaces/{workspace}/{teamspace}/users``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            body (list[TeamspaceUsersCreateRequestInner]): The request body.

        Returns:
            TeamspaceUsersCreateResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import create_teamspace_users as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            body=body,
            client=self.client,
        )

    def get_teamspace_user(
        self,
        workspace: str,
        teamspace: str,
        user_id: str,
    ) -> TeamspaceUserGetResponse:
        """Get a user's membership of a teamspace.

        ``GET /v4/teamspaces/{workspace}/{teamspace}/users/{user_id}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            user_id (str): User id

        Returns:
            TeamspaceUserGetResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_teamspace_user as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            user_id=user_id,
            client=self.client,
        )

    def delete_teamspace_user(
        self,
        workspace: str,
        teamspace: str,
        user_id: str,
    ) -> None:
        """Remove a user from a teamspace.

        ``DELETE /v4/teamspaces/{workspace}/{teamspace}/users/{user_id}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            user_id (str): User id

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import delete_teamspace_user as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            user_id=user_id,
            client=self.client,
        )

    def update_teamspace_user(
        self,
        workspace: str,
        teamspace: str,
        user_id: str,
        body: TeamspaceUserUpdateRequest,
    ) -> None:
        """Change a user's role in a teamspace.

        ``PATCH /v4/teamspaces/{workspace}/{teamspace}/users/{user_id}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            user_id (str): User id
            body (TeamspaceUserUpdateRequest): The request body.

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import update_teamspace_user as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            user_id=user_id,
            body=body,
            client=self.client,
        )


class AsyncTeamspacesApi:
    """The coroutine twin of :class:`TeamspacesApi`, for an ``httpx.AsyncClient``.

    ``tiledb.client.build(AsyncTeamspacesApi)`` gives one over the session's async client.
    """

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def delete_teamspace_users(
        self,
        workspace: str,
        teamspace: str,
        body: list[str],
    ) -> None:
        """Remove several users from a teamspace.

        ``POST /v4/actions/teamspaces/{workspace}/{teamspace}/users/bulk_delete``
        (coroutine; see :meth:`TeamspacesApi.delete_teamspace_users`).
        """
        from . import delete_teamspace_users as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            body=body,
            client=self.client,
        )

    async def update_teamspace_users(
        self,
        workspace: str,
        teamspace: str,
        body: list[TeamspaceUsersBulkUpdateRequestInner],
    ) -> None:
        """Change the roles of several users in a teamspace.

        ``PATCH /v4/actions/teamspaces/{workspace}/{teamspace}/users/bulk_update``
        (coroutine; see :meth:`TeamspacesApi.update_teamspace_users`).
        """
        from . import update_teamspace_users as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            body=body,
            client=self.client,
        )

    async def join_teamspace(
        self,
        workspace: str,
        teamspace: str,
    ) -> TeamspaceUsersJoinResponse:
        """Join a teamspace as the caller.

        ``POST /v4/actions/teamspaces/{workspace}/{teamspace}/users/join``
        (coroutine; see :meth:`TeamspacesApi.join_teamspace`).
        """
        from . import join_teamspace as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            client=self.client,
        )

    async def leave_teamspace(
        self,
        workspace: str,
        teamspace: str,
    ) -> None:
        """Leave a teamspace as the caller.

        ``POST /v4/actions/teamspaces/{workspace}/{teamspace}/users/leave``
        (coroutine; see :meth:`TeamspacesApi.leave_teamspace`).
        """
        from . import leave_teamspace as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            client=self.client,
        )

    async def list_teamspaces(
        self,
        workspace: str,
        *,
        order_by: str | Unset = UNSET,
        order: SortOrder | str | Unset = UNSET,
        memberships: bool | Unset = UNSET,
    ) -> TeamspacesListResponse:
        """List the teamspaces of a workspace.

        ``GET /v4/teamspaces/{workspace}``
        (coroutine; see :meth:`TeamspacesApi.list_teamspaces`).
        """
        from . import list_teamspaces as _op

        return await _op.asyncio(
            workspace=workspace,
            order_by=order_by,
            order=order,
            memberships=memberships,
            client=self.client,
        )

    async def create_teamspaces(
        self,
        workspace: str,
        body: TeamspacesCreateRequest,
    ) -> TeamspacesCreateResponse:
        """Create a teamspace in a workspace.

        ``POST /v4/teamspaces/{workspace}``
        (coroutine; see :meth:`TeamspacesApi.create_teamspaces`).
        """
        from . import create_teamspaces as _op

        return await _op.asyncio(
            workspace=workspace,
            body=body,
            client=self.client,
        )

    async def delete_teamspaces(
        self,
        workspace: str,
    ) -> None:
        """Delete the teamspaces of a workspace.

        ``DELETE /v4/teamspaces/{workspace}``
        (coroutine; see :meth:`TeamspacesApi.delete_teamspaces`).
        """
        from . import delete_teamspaces as _op

        return await _op.asyncio(
            workspace=workspace,
            client=self.client,
        )

    async def get_teamspace(
        self,
        workspace: str,
        teamspace: str,
    ) -> TeamspaceGetResponse:
        """Get a teamspace.

        ``GET /v4/teamspaces/{workspace}/{teamspace}``
        (coroutine; see :meth:`TeamspacesApi.get_teamspace`).
        """
        from . import get_teamspace as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            client=self.client,
        )

    async def delete_teamspace(
        self,
        workspace: str,
        teamspace: str,
        *,
        delete_assets: bool | Unset = UNSET,
    ) -> None:
        """Delete a teamspace.

        ``DELETE /v4/teamspaces/{workspace}/{teamspace}``
        (coroutine; see :meth:`TeamspacesApi.delete_teamspace`).
        """
        from . import delete_teamspace as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            delete_assets=delete_assets,
            client=self.client,
        )

    async def update_teamspace(
        self,
        workspace: str,
        teamspace: str,
        body: TeamspaceUpdateRequest,
    ) -> None:
        """Update a teamspace.

        ``PATCH /v4/teamspaces/{workspace}/{teamspace}``
        (coroutine; see :meth:`TeamspacesApi.update_teamspace`).
        """
        from . import update_teamspace as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            body=body,
            client=self.client,
        )

    async def list_teamspace_users(
        self,
        workspace: str,
        teamspace: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        search: str | Unset = UNSET,
        role: TeamspaceRole | str | Unset = UNSET,
    ) -> TeamspaceUsersListResponse:
        """List the users of a teamspace.

        ``GET /v4/teamspaces/{workspace}/{teamspace}/users``
        (coroutine; see :meth:`TeamspacesApi.list_teamspace_users`).
        """
        from . import list_teamspace_users as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            page=page,
            per_page=per_page,
            search=search,
            role=role,
            client=self.client,
        )

    async def create_teamspace_users(
        self,
        workspace: str,
        teamspace: str,
        body: list[TeamspaceUsersCreateRequestInner],
    ) -> TeamspaceUsersCreateResponse:
        """Add users to a teamspace with their roles.

        ``POST /v4/teamspaces/{workspace}/{teamspace}/users``
        (coroutine; see :meth:`TeamspacesApi.create_teamspace_users`).
        """
        from . import create_teamspace_users as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            body=body,
            client=self.client,
        )

    async def get_teamspace_user(
        self,
        workspace: str,
        teamspace: str,
        user_id: str,
    ) -> TeamspaceUserGetResponse:
        """Get a user's membership of a teamspace.

        ``GET /v4/teamspaces/{workspace}/{teamspace}/users/{user_id}``
        (coroutine; see :meth:`TeamspacesApi.get_teamspace_user`).
        """
        from . import get_teamspace_user as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            user_id=user_id,
            client=self.client,
        )

    async def delete_teamspace_user(
        self,
        workspace: str,
        teamspace: str,
        user_id: str,
    ) -> None:
        """Remove a user from a teamspace.

        ``DELETE /v4/teamspaces/{workspace}/{teamspace}/users/{user_id}``
        (coroutine; see :meth:`TeamspacesApi.delete_teamspace_user`).
        """
        from . import delete_teamspace_user as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            user_id=user_id,
            client=self.client,
        )

    async def update_teamspace_user(
        self,
        workspace: str,
        teamspace: str,
        user_id: str,
        body: TeamspaceUserUpdateRequest,
    ) -> None:
        """Change a user's role in a teamspace.

        ``PATCH /v4/teamspaces/{workspace}/{teamspace}/users/{user_id}``
        (coroutine; see :meth:`TeamspacesApi.update_teamspace_user`).
        """
        from . import update_teamspace_user as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            user_id=user_id,
            body=body,
            client=self.client,
        )
