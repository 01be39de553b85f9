"""The ``teamspaces`` operations of the TileDB REST API v4: ``TeamspacesApi`` and ``AsyncTeamspacesApi``.

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
    ) -> TeamspacesApi:
        """A copy that applies these options to every call, over this object's connections.

        This object is left unchanged; per-call options override the copy's.
        """
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> TeamspacesApiWithRawResponse:
        """The same methods, each returning a ``RawResponse`` (status, headers, request id, ...)."""
        return TeamspacesApiWithRawResponse(self.client)

    def delete_teamspace_users(
        self,
        workspace: str,
        teamspace: str,
        body: list[str],
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Remove several users from a teamspace.

        ``POST /v4/actions/teamspaces/{workspace}/{teamspace}/users/bulk_delete``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            body (list[str]): The request body.

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
        from . import delete_teamspace_users as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def update_teamspace_users(
        self,
        workspace: str,
        teamspace: str,
        body: list[TeamspaceUsersBulkUpdateRequestInner],
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Change the roles of several users in a teamspace.

        ``PATCH /v4/actions/teamspaces/{workspace}/{teamspace}/users/bulk_update``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            body (list[TeamspaceUsersBulkUpdateRequestInner]): The request body.

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
        from . import update_teamspace_users as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def join_teamspace(
        self,
        workspace: str,
        teamspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> TeamspaceUsersJoinResponse:
        """Join a teamspace as the caller.

        ``POST /v4/actions/teamspaces/{workspace}/{teamspace}/users/join``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            TeamspaceUsersJoinResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import join_teamspace as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def leave_teamspace(
        self,
        workspace: str,
        teamspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Leave a teamspace as the caller.

        ``POST /v4/actions/teamspaces/{workspace}/{teamspace}/users/leave``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id

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
        from . import leave_teamspace as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def list_teamspaces(
        self,
        workspace: str,
        *,
        order_by: str | Unset = UNSET,
        order: SortOrder | str | Unset = UNSET,
        memberships: bool | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> TeamspacesListResponse:
        """List the teamspaces of a workspace.

        ``GET /v4/teamspaces/{workspace}``

        Args:
            workspace (str): Workspace name or id
            order_by (str | Unset): Field to sort by
            order (SortOrder | str | Unset): A sort direction, ascending or descending.
            memberships (bool | Unset):

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            TeamspacesListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_teamspaces as _op

        return _op.sync(
            workspace=workspace,
            order_by=order_by,
            order=order,
            memberships=memberships,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def create_teamspaces(
        self,
        workspace: str,
        body: TeamspacesCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> TeamspacesCreateResponse:
        """Create a teamspace in a workspace.

        ``POST /v4/teamspaces/{workspace}``

        Args:
            workspace (str): Workspace name or id
            body (TeamspacesCreateRequest): The request body.

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            TeamspacesCreateResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import create_teamspaces as _op

        return _op.sync(
            workspace=workspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def delete_teamspaces(
        self,
        workspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete the teamspaces of a workspace.

        ``DELETE /v4/teamspaces/{workspace}``

        Args:
            workspace (str): Workspace name or id

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
        from . import delete_teamspaces as _op

        return _op.sync(
            workspace=workspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_teamspace(
        self,
        workspace: str,
        teamspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> TeamspaceGetResponse:
        """Get a teamspace.

        ``GET /v4/teamspaces/{workspace}/{teamspace}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            TeamspaceGetResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_teamspace as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def delete_teamspace(
        self,
        workspace: str,
        teamspace: str,
        *,
        delete_assets: bool | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a teamspace.

        ``DELETE /v4/teamspaces/{workspace}/{teamspace}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            delete_assets (bool | Unset):

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
        from . import delete_teamspace as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            delete_assets=delete_assets,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def update_teamspace(
        self,
        workspace: str,
        teamspace: str,
        body: TeamspaceUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Update a teamspace.

        ``PATCH /v4/teamspaces/{workspace}/{teamspace}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            body (TeamspaceUpdateRequest): The request body.

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
        from . import update_teamspace as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
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
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            TeamspaceUsersListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def create_teamspace_users(
        self,
        workspace: str,
        teamspace: str,
        body: list[TeamspaceUsersCreateRequestInner],
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> TeamspaceUsersCreateResponse:
        """Add users to a teamspace with their roles.

        ``POST /v4/teamspaces/{workspace}/{teamspace}/users``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            body (list[TeamspaceUsersCreateRequestInner]): The request body.

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            TeamspaceUsersCreateResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import create_teamspace_users as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_teamspace_user(
        self,
        workspace: str,
        teamspace: str,
        user_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> TeamspaceUserGetResponse:
        """Get a user's membership of a teamspace.

        ``GET /v4/teamspaces/{workspace}/{teamspace}/users/{user_id}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            user_id (str): User id

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            TeamspaceUserGetResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_teamspace_user as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            user_id=user_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def delete_teamspace_user(
        self,
        workspace: str,
        teamspace: str,
        user_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Remove a user from a teamspace.

        ``DELETE /v4/teamspaces/{workspace}/{teamspace}/users/{user_id}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            user_id (str): User id

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
        from . import delete_teamspace_user as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            user_id=user_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def update_teamspace_user(
        self,
        workspace: str,
        teamspace: str,
        user_id: str,
        body: TeamspaceUserUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Change a user's role in a teamspace.

        ``PATCH /v4/teamspaces/{workspace}/{teamspace}/users/{user_id}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            user_id (str): User id
            body (TeamspaceUserUpdateRequest): The request body.

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
        from . import update_teamspace_user as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            user_id=user_id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class TeamspacesApiWithRawResponse:
    """The methods of :class:`TeamspacesApi`, each returning a ``RawResponse`` of its 2xx answer."""

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
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``POST /v4/actions/teamspaces/{workspace}/{teamspace}/users/bulk_delete``, giving the whole 2xx answer."""
        from . import delete_teamspace_users as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def update_teamspace_users(
        self,
        workspace: str,
        teamspace: str,
        body: list[TeamspaceUsersBulkUpdateRequestInner],
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/actions/teamspaces/{workspace}/{teamspace}/users/bulk_update``, giving the whole 2xx answer."""
        from . import update_teamspace_users as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def join_teamspace(
        self,
        workspace: str,
        teamspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[TeamspaceUsersJoinResponse]:
        """``POST /v4/actions/teamspaces/{workspace}/{teamspace}/users/join``, giving the whole 2xx answer."""
        from . import join_teamspace as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def leave_teamspace(
        self,
        workspace: str,
        teamspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``POST /v4/actions/teamspaces/{workspace}/{teamspace}/users/leave``, giving the whole 2xx answer."""
        from . import leave_teamspace as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def list_teamspaces(
        self,
        workspace: str,
        *,
        order_by: str | Unset = UNSET,
        order: SortOrder | str | Unset = UNSET,
        memberships: bool | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[TeamspacesListResponse]:
        """``GET /v4/teamspaces/{workspace}``, giving the whole 2xx answer."""
        from . import list_teamspaces as _op

        return _op.sync_raw(
            workspace=workspace,
            order_by=order_by,
            order=order,
            memberships=memberships,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def create_teamspaces(
        self,
        workspace: str,
        body: TeamspacesCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[TeamspacesCreateResponse]:
        """``POST /v4/teamspaces/{workspace}``, giving the whole 2xx answer."""
        from . import create_teamspaces as _op

        return _op.sync_raw(
            workspace=workspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def delete_teamspaces(
        self,
        workspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/teamspaces/{workspace}``, giving the whole 2xx answer."""
        from . import delete_teamspaces as _op

        return _op.sync_raw(
            workspace=workspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_teamspace(
        self,
        workspace: str,
        teamspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[TeamspaceGetResponse]:
        """``GET /v4/teamspaces/{workspace}/{teamspace}``, giving the whole 2xx answer."""
        from . import get_teamspace as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def delete_teamspace(
        self,
        workspace: str,
        teamspace: str,
        *,
        delete_assets: bool | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/teamspaces/{workspace}/{teamspace}``, giving the whole 2xx answer."""
        from . import delete_teamspace as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            delete_assets=delete_assets,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def update_teamspace(
        self,
        workspace: str,
        teamspace: str,
        body: TeamspaceUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/teamspaces/{workspace}/{teamspace}``, giving the whole 2xx answer."""
        from . import update_teamspace as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
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
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[TeamspaceUsersListResponse]:
        """``GET /v4/teamspaces/{workspace}/{teamspace}/users``, giving the whole 2xx answer."""
        from . import list_teamspace_users as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            page=page,
            per_page=per_page,
            search=search,
            role=role,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def create_teamspace_users(
        self,
        workspace: str,
        teamspace: str,
        body: list[TeamspaceUsersCreateRequestInner],
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[TeamspaceUsersCreateResponse]:
        """``POST /v4/teamspaces/{workspace}/{teamspace}/users``, giving the whole 2xx answer."""
        from . import create_teamspace_users as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_teamspace_user(
        self,
        workspace: str,
        teamspace: str,
        user_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[TeamspaceUserGetResponse]:
        """``GET /v4/teamspaces/{workspace}/{teamspace}/users/{user_id}``, giving the whole 2xx answer."""
        from . import get_teamspace_user as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            user_id=user_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def delete_teamspace_user(
        self,
        workspace: str,
        teamspace: str,
        user_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/teamspaces/{workspace}/{teamspace}/users/{user_id}``, giving the whole 2xx answer."""
        from . import delete_teamspace_user as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            user_id=user_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def update_teamspace_user(
        self,
        workspace: str,
        teamspace: str,
        user_id: str,
        body: TeamspaceUserUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/teamspaces/{workspace}/{teamspace}/users/{user_id}``, giving the whole 2xx answer."""
        from . import update_teamspace_user as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            user_id=user_id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
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

    def with_options(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncTeamspacesApi:
        """A copy that applies these options to every call (see :meth:`TeamspacesApi.with_options`)."""
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> AsyncTeamspacesApiWithRawResponse:
        """The same coroutines, each returning a ``RawResponse``."""
        return AsyncTeamspacesApiWithRawResponse(self.client)

    async def delete_teamspace_users(
        self,
        workspace: str,
        teamspace: str,
        body: list[str],
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def update_teamspace_users(
        self,
        workspace: str,
        teamspace: str,
        body: list[TeamspaceUsersBulkUpdateRequestInner],
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def join_teamspace(
        self,
        workspace: str,
        teamspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def leave_teamspace(
        self,
        workspace: str,
        teamspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def list_teamspaces(
        self,
        workspace: str,
        *,
        order_by: str | Unset = UNSET,
        order: SortOrder | str | Unset = UNSET,
        memberships: bool | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def create_teamspaces(
        self,
        workspace: str,
        body: TeamspacesCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def delete_teamspaces(
        self,
        workspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete the teamspaces of a workspace.

        ``DELETE /v4/teamspaces/{workspace}``
        (coroutine; see :meth:`TeamspacesApi.delete_teamspaces`).
        """
        from . import delete_teamspaces as _op

        return await _op.asyncio(
            workspace=workspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_teamspace(
        self,
        workspace: str,
        teamspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def delete_teamspace(
        self,
        workspace: str,
        teamspace: str,
        *,
        delete_assets: bool | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def update_teamspace(
        self,
        workspace: str,
        teamspace: str,
        body: TeamspaceUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
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
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def create_teamspace_users(
        self,
        workspace: str,
        teamspace: str,
        body: list[TeamspaceUsersCreateRequestInner],
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_teamspace_user(
        self,
        workspace: str,
        teamspace: str,
        user_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def delete_teamspace_user(
        self,
        workspace: str,
        teamspace: str,
        user_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def update_teamspace_user(
        self,
        workspace: str,
        teamspace: str,
        user_id: str,
        body: TeamspaceUserUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncTeamspacesApiWithRawResponse:
    """The coroutines of :class:`AsyncTeamspacesApi`, each returning a ``RawResponse``."""

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
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``POST /v4/actions/teamspaces/{workspace}/{teamspace}/users/bulk_delete``, giving the whole 2xx answer (coroutine)."""
        from . import delete_teamspace_users as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def update_teamspace_users(
        self,
        workspace: str,
        teamspace: str,
        body: list[TeamspaceUsersBulkUpdateRequestInner],
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/actions/teamspaces/{workspace}/{teamspace}/users/bulk_update``, giving the whole 2xx answer (coroutine)."""
        from . import update_teamspace_users as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def join_teamspace(
        self,
        workspace: str,
        teamspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[TeamspaceUsersJoinResponse]:
        """``POST /v4/actions/teamspaces/{workspace}/{teamspace}/users/join``, giving the whole 2xx answer (coroutine)."""
        from . import join_teamspace as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def leave_teamspace(
        self,
        workspace: str,
        teamspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``POST /v4/actions/teamspaces/{workspace}/{teamspace}/users/leave``, giving the whole 2xx answer (coroutine)."""
        from . import leave_teamspace as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def list_teamspaces(
        self,
        workspace: str,
        *,
        order_by: str | Unset = UNSET,
        order: SortOrder | str | Unset = UNSET,
        memberships: bool | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[TeamspacesListResponse]:
        """``GET /v4/teamspaces/{workspace}``, giving the whole 2xx answer (coroutine)."""
        from . import list_teamspaces as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            order_by=order_by,
            order=order,
            memberships=memberships,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def create_teamspaces(
        self,
        workspace: str,
        body: TeamspacesCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[TeamspacesCreateResponse]:
        """``POST /v4/teamspaces/{workspace}``, giving the whole 2xx answer (coroutine)."""
        from . import create_teamspaces as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def delete_teamspaces(
        self,
        workspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/teamspaces/{workspace}``, giving the whole 2xx answer (coroutine)."""
        from . import delete_teamspaces as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_teamspace(
        self,
        workspace: str,
        teamspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[TeamspaceGetResponse]:
        """``GET /v4/teamspaces/{workspace}/{teamspace}``, giving the whole 2xx answer (coroutine)."""
        from . import get_teamspace as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def delete_teamspace(
        self,
        workspace: str,
        teamspace: str,
        *,
        delete_assets: bool | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/teamspaces/{workspace}/{teamspace}``, giving the whole 2xx answer (coroutine)."""
        from . import delete_teamspace as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            delete_assets=delete_assets,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def update_teamspace(
        self,
        workspace: str,
        teamspace: str,
        body: TeamspaceUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/teamspaces/{workspace}/{teamspace}``, giving the whole 2xx answer (coroutine)."""
        from . import update_teamspace as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
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
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[TeamspaceUsersListResponse]:
        """``GET /v4/teamspaces/{workspace}/{teamspace}/users``, giving the whole 2xx answer (coroutine)."""
        from . import list_teamspace_users as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            page=page,
            per_page=per_page,
            search=search,
            role=role,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def create_teamspace_users(
        self,
        workspace: str,
        teamspace: str,
        body: list[TeamspaceUsersCreateRequestInner],
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[TeamspaceUsersCreateResponse]:
        """``POST /v4/teamspaces/{workspace}/{teamspace}/users``, giving the whole 2xx answer (coroutine)."""
        from . import create_teamspace_users as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_teamspace_user(
        self,
        workspace: str,
        teamspace: str,
        user_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[TeamspaceUserGetResponse]:
        """``GET /v4/teamspaces/{workspace}/{teamspace}/users/{user_id}``, giving the whole 2xx answer (coroutine)."""
        from . import get_teamspace_user as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            user_id=user_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def delete_teamspace_user(
        self,
        workspace: str,
        teamspace: str,
        user_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/teamspaces/{workspace}/{teamspace}/users/{user_id}``, giving the whole 2xx answer (coroutine)."""
        from . import delete_teamspace_user as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            user_id=user_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def update_teamspace_user(
        self,
        workspace: str,
        teamspace: str,
        user_id: str,
        body: TeamspaceUserUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/teamspaces/{workspace}/{teamspace}/users/{user_id}``, giving the whole 2xx answer (coroutine)."""
        from . import update_teamspace_user as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            user_id=user_id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )
