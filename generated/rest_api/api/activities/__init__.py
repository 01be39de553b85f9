"""The ``activities`` operations of the TileDB REST API v4: ``ActivitiesApi`` and ``AsyncActivitiesApi``.

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
    import datetime

    from ...client import AuthenticatedClient, Client, RawResponse, Timeout
    from ...models.activities_list_response import ActivitiesListResponse
    from ...models.api_version import APIVersion
    from ...models.entity_types import EntityTypes
    from ...models.sort_order import SortOrder
    from ...types import Unset

__all__ = ["ActivitiesApi", "AsyncActivitiesApi"]


class ActivitiesApi:
    """Blocking calls to the ``activities`` operations.

    Construct it over a generated ``Client`` or ``AuthenticatedClient`` (``ActivitiesApi(client)``), or
    let ``tiledb.client.build(ActivitiesApi)`` configure one from the current session. Every method
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
    ) -> ActivitiesApi:
        """A copy that applies these options to every call, over this object's connections.

        This object is left unchanged; per-call options override the copy's.
        """
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> ActivitiesApiWithRawResponse:
        """The same methods, each returning a ``RawResponse`` (status, headers, request id, ...)."""
        return ActivitiesApiWithRawResponse(self.client)

    def list_activities_in_workspace(
        self,
        workspace: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        order: SortOrder | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        id: str | Unset = UNSET,
        api_version: APIVersion | str | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        object_type: list[EntityTypes] | list[str] | Unset = UNSET,
        object_id: str | Unset = UNSET,
        action_type: list[str] | Unset = UNSET,
        recorded_after: datetime.datetime | Unset = UNSET,
        recorded_before: datetime.datetime | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ActivitiesListResponse:
        """List the recorded activities of a workspace.

        ``GET /v4/activities/{workspace}``

        Args:
            workspace (str): Workspace name or id
            page (int | Unset): Page number, starting at 1
            per_page (int | Unset): Items per page
            order (SortOrder | str | Unset): A sort direction, ascending or descending.
            order_by (str | Unset): Field to sort by
            id (str | Unset):
            api_version (APIVersion | str | Unset):
            subject (list[str] | Unset):
            object_type (list[EntityTypes] | list[str] | Unset): Only activities on objects of these
                types
            object_id (str | Unset): Only activities on this object
            action_type (list[str] | Unset): Only activities of these action types
            recorded_after (datetime.datetime | Unset): Only activities recorded after this time
            recorded_before (datetime.datetime | Unset): Only activities recorded before this time

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            ActivitiesListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_activities_in_workspace as _op

        return _op.sync(
            workspace=workspace,
            page=page,
            per_page=per_page,
            order=order,
            order_by=order_by,
            id=id,
            api_version=api_version,
            subject=subject,
            object_type=object_type,
            object_id=object_id,
            action_type=action_type,
            recorded_after=recorded_after,
            recorded_before=recorded_before,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def list_activities_in_teamspace(
        self,
        workspace: str,
        teamspace: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        order: SortOrder | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        id: str | Unset = UNSET,
        api_version: APIVersion | str | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        object_type: list[EntityTypes] | list[str] | Unset = UNSET,
        object_id: str | Unset = UNSET,
        action_type: list[str] | Unset = UNSET,
        recorded_after: datetime.datetime | Unset = UNSET,
        recorded_before: datetime.datetime | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ActivitiesListResponse:
        """List the recorded activities of a teamspace.

        ``GET /v4/activities/{workspace}/{teamspace}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            page (int | Unset): Page number, starting at 1
            per_page (int | Unset): Items per page
            order (SortOrder | str | Unset): A sort direction, ascending or descending.
            order_by (str | Unset): Field to sort by
            id (str | Unset):
            api_version (APIVersion | str | Unset):
            subject (list[str] | Unset):
            object_type (list[EntityTypes] | list[str] | Unset): Only activities on objects of these
                types
            object_id (str | Unset): Only activities on this object
            action_type (list[str] | Unset): Only activities of these action types
            recorded_after (datetime.datetime | Unset): Only activities recorded after this time
            recorded_before (datetime.datetime | Unset): Only activities recorded before this time

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            ActivitiesListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_activities_in_teamspace as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            page=page,
            per_page=per_page,
            order=order,
            order_by=order_by,
            id=id,
            api_version=api_version,
            subject=subject,
            object_type=object_type,
            object_id=object_id,
            action_type=action_type,
            recorded_after=recorded_after,
            recorded_before=recorded_before,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class ActivitiesApiWithRawResponse:
    """The methods of :class:`ActivitiesApi`, each returning a ``RawResponse`` of its 2xx answer."""

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def list_activities_in_workspace(
        self,
        workspace: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        order: SortOrder | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        id: str | Unset = UNSET,
        api_version: APIVersion | str | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        object_type: list[EntityTypes] | list[str] | Unset = UNSET,
        object_id: str | Unset = UNSET,
        action_type: list[str] | Unset = UNSET,
        recorded_after: datetime.datetime | Unset = UNSET,
        recorded_before: datetime.datetime | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ActivitiesListResponse]:
        """``GET /v4/activities/{workspace}``, giving the whole 2xx answer."""
        from . import list_activities_in_workspace as _op

        return _op.sync_raw(
            workspace=workspace,
            page=page,
            per_page=per_page,
            order=order,
            order_by=order_by,
            id=id,
            api_version=api_version,
            subject=subject,
            object_type=object_type,
            object_id=object_id,
            action_type=action_type,
            recorded_after=recorded_after,
            recorded_before=recorded_before,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def list_activities_in_teamspace(
        self,
        workspace: str,
        teamspace: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        order: SortOrder | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        id: str | Unset = UNSET,
        api_version: APIVersion | str | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        object_type: list[EntityTypes] | list[str] | Unset = UNSET,
        object_id: str | Unset = UNSET,
        action_type: list[str] | Unset = UNSET,
        recorded_after: datetime.datetime | Unset = UNSET,
        recorded_before: datetime.datetime | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ActivitiesListResponse]:
        """``GET /v4/activities/{workspace}/{teamspace}``, giving the whole 2xx answer."""
        from . import list_activities_in_teamspace as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            page=page,
            per_page=per_page,
            order=order,
            order_by=order_by,
            id=id,
            api_version=api_version,
            subject=subject,
            object_type=object_type,
            object_id=object_id,
            action_type=action_type,
            recorded_after=recorded_after,
            recorded_before=recorded_before,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncActivitiesApi:
    """The coroutine twin of :class:`ActivitiesApi`, for an ``httpx.AsyncClient``.

    ``tiledb.client.build(AsyncActivitiesApi)`` gives one over the session's async client.
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
    ) -> AsyncActivitiesApi:
        """A copy that applies these options to every call (see :meth:`ActivitiesApi.with_options`)."""
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> AsyncActivitiesApiWithRawResponse:
        """The same coroutines, each returning a ``RawResponse``."""
        return AsyncActivitiesApiWithRawResponse(self.client)

    async def list_activities_in_workspace(
        self,
        workspace: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        order: SortOrder | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        id: str | Unset = UNSET,
        api_version: APIVersion | str | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        object_type: list[EntityTypes] | list[str] | Unset = UNSET,
        object_id: str | Unset = UNSET,
        action_type: list[str] | Unset = UNSET,
        recorded_after: datetime.datetime | Unset = UNSET,
        recorded_before: datetime.datetime | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ActivitiesListResponse:
        """List the recorded activities of a workspace.

        ``GET /v4/activities/{workspace}``
        (coroutine; see :meth:`ActivitiesApi.list_activities_in_workspace`).
        """
        from . import list_activities_in_workspace as _op

        return await _op.asyncio(
            workspace=workspace,
            page=page,
            per_page=per_page,
            order=order,
            order_by=order_by,
            id=id,
            api_version=api_version,
            subject=subject,
            object_type=object_type,
            object_id=object_id,
            action_type=action_type,
            recorded_after=recorded_after,
            recorded_before=recorded_before,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def list_activities_in_teamspace(
        self,
        workspace: str,
        teamspace: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        order: SortOrder | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        id: str | Unset = UNSET,
        api_version: APIVersion | str | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        object_type: list[EntityTypes] | list[str] | Unset = UNSET,
        object_id: str | Unset = UNSET,
        action_type: list[str] | Unset = UNSET,
        recorded_after: datetime.datetime | Unset = UNSET,
        recorded_before: datetime.datetime | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ActivitiesListResponse:
        """List the recorded activities of a teamspace.

        ``GET /v4/activities/{workspace}/{teamspace}``
        (coroutine; see :meth:`ActivitiesApi.list_activities_in_teamspace`).
        """
        from . import list_activities_in_teamspace as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            page=page,
            per_page=per_page,
            order=order,
            order_by=order_by,
            id=id,
            api_version=api_version,
            subject=subject,
            object_type=object_type,
            object_id=object_id,
            action_type=action_type,
            recorded_after=recorded_after,
            recorded_before=recorded_before,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncActivitiesApiWithRawResponse:
    """The coroutines of :class:`AsyncActivitiesApi`, each returning a ``RawResponse``."""

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def list_activities_in_workspace(
        self,
        workspace: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        order: SortOrder | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        id: str | Unset = UNSET,
        api_version: APIVersion | str | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        object_type: list[EntityTypes] | list[str] | Unset = UNSET,
        object_id: str | Unset = UNSET,
        action_type: list[str] | Unset = UNSET,
        recorded_after: datetime.datetime | Unset = UNSET,
        recorded_before: datetime.datetime | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ActivitiesListResponse]:
        """``GET /v4/activities/{workspace}``, giving the whole 2xx answer (coroutine)."""
        from . import list_activities_in_workspace as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            page=page,
            per_page=per_page,
            order=order,
            order_by=order_by,
            id=id,
            api_version=api_version,
            subject=subject,
            object_type=object_type,
            object_id=object_id,
            action_type=action_type,
            recorded_after=recorded_after,
            recorded_before=recorded_before,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def list_activities_in_teamspace(
        self,
        workspace: str,
        teamspace: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        order: SortOrder | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        id: str | Unset = UNSET,
        api_version: APIVersion | str | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        object_type: list[EntityTypes] | list[str] | Unset = UNSET,
        object_id: str | Unset = UNSET,
        action_type: list[str] | Unset = UNSET,
        recorded_after: datetime.datetime | Unset = UNSET,
        recorded_before: datetime.datetime | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ActivitiesListResponse]:
        """``GET /v4/activities/{workspace}/{teamspace}``, giving the whole 2xx answer (coroutine)."""
        from . import list_activities_in_teamspace as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            page=page,
            per_page=per_page,
            order=order,
            order_by=order_by,
            id=id,
            api_version=api_version,
            subject=subject,
            object_type=object_type,
            object_id=object_id,
            action_type=action_type,
            recorded_after=recorded_after,
            recorded_before=recorded_before,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )
