"""The ``workspaces`` operations of the TileDB REST API v4: ``WorkspacesApi`` and ``AsyncWorkspacesApi``.

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
    ) -> WorkspacesApi:
        """A copy that applies these options to every call, over this object's connections.

        This object is left unchanged; per-call options override the copy's.
        """
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> WorkspacesApiWithRawResponse:
        """The same methods, each returning a ``RawResponse`` (status, headers, request id, ...)."""
        return WorkspacesApiWithRawResponse(self.client)

    def create_workspace(
        self,
        body: WorkspaceCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> WorkspaceCreateResponse:
        """Create a workspace with its default credential and storage.

        ``POST /v4/workspaces``

        Args:
            body (WorkspaceCreateRequest): The request body.

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            WorkspaceCreateResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import create_workspace as _op

        return _op.sync(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_workspace(
        self,
        workspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> WorkspaceGetResponse:
        """Get a workspace.

        ``GET /v4/workspaces/{workspace}``

        Args:
            workspace (str): Workspace name or id

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            WorkspaceGetResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_workspace as _op

        return _op.sync(
            workspace=workspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def delete_workspace(
        self,
        workspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a workspace.

        ``DELETE /v4/workspaces/{workspace}``

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
        from . import delete_workspace as _op

        return _op.sync(
            workspace=workspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def update_workspace(
        self,
        workspace: str,
        body: WorkspaceUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Update a workspace.

        ``PATCH /v4/workspaces/{workspace}``

        Args:
            workspace (str): Workspace name or id
            body (WorkspaceUpdateRequest): The request body.

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
        from . import update_workspace as _op

        return _op.sync(
            workspace=workspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def list_workspace_users(
        self,
        workspace: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        search: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> WorkspaceUsersListResponse:
        """List the users of a workspace.

        ``GET /v4/workspaceusers/{workspace}``

        Args:
            workspace (str): Workspace name or id
            page (int | Unset): Page number, starting at 1
            per_page (int | Unset): Items per page
            search (str | Unset): Text to search the users for

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            WorkspaceUsersListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_workspace_users as _op

        return _op.sync(
            workspace=workspace,
            page=page,
            per_page=per_page,
            search=search,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def create_workspace_user(
        self,
        workspace: str,
        body: WorkspaceUserCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> WorkspaceUserCreateResponse:
        """Add a user to a workspace with a role.

        ``POST /v4/workspaceusers/{workspace}``

        Args:
            workspace (str): Workspace name or id
            body (WorkspaceUserCreateRequest): The request body.

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            WorkspaceUserCreateResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import create_workspace_user as _op

        return _op.sync(
            workspace=workspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_workspace_user(
        self,
        workspace: str,
        user_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> WorkspaceUserGetResponse:
        """Get a user's membership of a workspace.

        ``GET /v4/workspaceusers/{workspace}/{user_id}``

        Args:
            workspace (str): Workspace name or id
            user_id (str): User id

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            WorkspaceUserGetResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_workspace_user as _op

        return _op.sync(
            workspace=workspace,
            user_id=user_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def delete_workspace_user(
        self,
        workspace: str,
        user_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Remove a user from a workspace.

        ``DELETE /v4/workspaceusers/{workspace}/{user_id}``

        Args:
            workspace (str): Workspace name or id
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
        from . import delete_workspace_user as _op

        return _op.sync(
            workspace=workspace,
            user_id=user_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def update_workspace_user(
        self,
        workspace: str,
        user_id: str,
        body: WorkspaceUserUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Change a user's role in a workspace.

        ``PATCH /v4/workspaceusers/{workspace}/{user_id}``

        Args:
            workspace (str): Workspace name or id
            user_id (str): User id
            body (WorkspaceUserUpdateRequest): The request body.

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
        from . import update_workspace_user as _op

        return _op.sync(
            workspace=workspace,
            user_id=user_id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class WorkspacesApiWithRawResponse:
    """The methods of :class:`WorkspacesApi`, each returning a ``RawResponse`` of its 2xx answer."""

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def create_workspace(
        self,
        body: WorkspaceCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[WorkspaceCreateResponse]:
        """``POST /v4/workspaces``, giving the whole 2xx answer."""
        from . import create_workspace as _op

        return _op.sync_raw(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_workspace(
        self,
        workspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[WorkspaceGetResponse]:
        """``GET /v4/workspaces/{workspace}``, giving the whole 2xx answer."""
        from . import get_workspace as _op

        return _op.sync_raw(
            workspace=workspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def delete_workspace(
        self,
        workspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/workspaces/{workspace}``, giving the whole 2xx answer."""
        from . import delete_workspace as _op

        return _op.sync_raw(
            workspace=workspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def update_workspace(
        self,
        workspace: str,
        body: WorkspaceUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/workspaces/{workspace}``, giving the whole 2xx answer."""
        from . import update_workspace as _op

        return _op.sync_raw(
            workspace=workspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def list_workspace_users(
        self,
        workspace: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        search: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[WorkspaceUsersListResponse]:
        """``GET /v4/workspaceusers/{workspace}``, giving the whole 2xx answer."""
        from . import list_workspace_users as _op

        return _op.sync_raw(
            workspace=workspace,
            page=page,
            per_page=per_page,
            search=search,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def create_workspace_user(
        self,
        workspace: str,
        body: WorkspaceUserCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[WorkspaceUserCreateResponse]:
        """``POST /v4/workspaceusers/{workspace}``, giving the whole 2xx answer."""
        from . import create_workspace_user as _op

        return _op.sync_raw(
            workspace=workspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_workspace_user(
        self,
        workspace: str,
        user_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[WorkspaceUserGetResponse]:
        """``GET /v4/workspaceusers/{workspace}/{user_id}``, giving the whole 2xx answer."""
        from . import get_workspace_user as _op

        return _op.sync_raw(
            workspace=workspace,
            user_id=user_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def delete_workspace_user(
        self,
        workspace: str,
        user_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/workspaceusers/{workspace}/{user_id}``, giving the whole 2xx answer."""
        from . import delete_workspace_user as _op

        return _op.sync_raw(
            workspace=workspace,
            user_id=user_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def update_workspace_user(
        self,
        workspace: str,
        user_id: str,
        body: WorkspaceUserUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/workspaceusers/{workspace}/{user_id}``, giving the whole 2xx answer."""
        from . import update_workspace_user as _op

        return _op.sync_raw(
            workspace=workspace,
            user_id=user_id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
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

    def with_options(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncWorkspacesApi:
        """A copy that applies these options to every call (see :meth:`WorkspacesApi.with_options`)."""
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> AsyncWorkspacesApiWithRawResponse:
        """The same coroutines, each returning a ``RawResponse``."""
        return AsyncWorkspacesApiWithRawResponse(self.client)

    async def create_workspace(
        self,
        body: WorkspaceCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> WorkspaceCreateResponse:
        """Create a workspace with its default credential and storage.

        ``POST /v4/workspaces``
        (coroutine; see :meth:`WorkspacesApi.create_workspace`).
        """
        from . import create_workspace as _op

        return await _op.asyncio(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_workspace(
        self,
        workspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> WorkspaceGetResponse:
        """Get a workspace.

        ``GET /v4/workspaces/{workspace}``
        (coroutine; see :meth:`WorkspacesApi.get_workspace`).
        """
        from . import get_workspace as _op

        return await _op.asyncio(
            workspace=workspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def delete_workspace(
        self,
        workspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a workspace.

        ``DELETE /v4/workspaces/{workspace}``
        (coroutine; see :meth:`WorkspacesApi.delete_workspace`).
        """
        from . import delete_workspace as _op

        return await _op.asyncio(
            workspace=workspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def update_workspace(
        self,
        workspace: str,
        body: WorkspaceUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def list_workspace_users(
        self,
        workspace: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        search: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def create_workspace_user(
        self,
        workspace: str,
        body: WorkspaceUserCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_workspace_user(
        self,
        workspace: str,
        user_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def delete_workspace_user(
        self,
        workspace: str,
        user_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def update_workspace_user(
        self,
        workspace: str,
        user_id: str,
        body: WorkspaceUserUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncWorkspacesApiWithRawResponse:
    """The coroutines of :class:`AsyncWorkspacesApi`, each returning a ``RawResponse``."""

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def create_workspace(
        self,
        body: WorkspaceCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[WorkspaceCreateResponse]:
        """``POST /v4/workspaces``, giving the whole 2xx answer (coroutine)."""
        from . import create_workspace as _op

        return await _op.asyncio_raw(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_workspace(
        self,
        workspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[WorkspaceGetResponse]:
        """``GET /v4/workspaces/{workspace}``, giving the whole 2xx answer (coroutine)."""
        from . import get_workspace as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def delete_workspace(
        self,
        workspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/workspaces/{workspace}``, giving the whole 2xx answer (coroutine)."""
        from . import delete_workspace as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def update_workspace(
        self,
        workspace: str,
        body: WorkspaceUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/workspaces/{workspace}``, giving the whole 2xx answer (coroutine)."""
        from . import update_workspace as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def list_workspace_users(
        self,
        workspace: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        search: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[WorkspaceUsersListResponse]:
        """``GET /v4/workspaceusers/{workspace}``, giving the whole 2xx answer (coroutine)."""
        from . import list_workspace_users as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            page=page,
            per_page=per_page,
            search=search,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def create_workspace_user(
        self,
        workspace: str,
        body: WorkspaceUserCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[WorkspaceUserCreateResponse]:
        """``POST /v4/workspaceusers/{workspace}``, giving the whole 2xx answer (coroutine)."""
        from . import create_workspace_user as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_workspace_user(
        self,
        workspace: str,
        user_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[WorkspaceUserGetResponse]:
        """``GET /v4/workspaceusers/{workspace}/{user_id}``, giving the whole 2xx answer (coroutine)."""
        from . import get_workspace_user as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            user_id=user_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def delete_workspace_user(
        self,
        workspace: str,
        user_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/workspaceusers/{workspace}/{user_id}``, giving the whole 2xx answer (coroutine)."""
        from . import delete_workspace_user as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            user_id=user_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def update_workspace_user(
        self,
        workspace: str,
        user_id: str,
        body: WorkspaceUserUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/workspaceusers/{workspace}/{user_id}``, giving the whole 2xx answer (coroutine)."""
        from . import update_workspace_user as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            user_id=user_id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )
