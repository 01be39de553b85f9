"""The ``generalspaces`` operations of the TileDB REST API v4: ``GeneralspacesApi`` and ``AsyncGeneralspacesApi``.

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

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client, RawResponse, Timeout
    from ...models.generalspace_get_response import GeneralspaceGetResponse
    from ...models.generalspace_update_request import GeneralspaceUpdateRequest

__all__ = ["GeneralspacesApi", "AsyncGeneralspacesApi"]


class GeneralspacesApi:
    """Blocking calls to the ``generalspaces`` operations.

    Construct it over a generated ``Client`` or ``AuthenticatedClient`` (``GeneralspacesApi(client)``), or
    let ``tiledb.client.build(GeneralspacesApi)`` configure one from the current session. Every method
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
    ) -> GeneralspacesApi:
        """A copy that applies these options to every call, over this object's connections.

        This object is left unchanged; per-call options override the copy's.
        """
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> GeneralspacesApiWithRawResponse:
        """The same methods, each returning a ``RawResponse`` (status, headers, request id, ...)."""
        return GeneralspacesApiWithRawResponse(self.client)

    def get_generalspace_by_workspace(
        self,
        workspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GeneralspaceGetResponse:
        """Get the general space of a workspace.

        ``GET /v4/generalspaces/{workspace}``

        Args:
            workspace (str): Workspace name or id

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            GeneralspaceGetResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_generalspace_by_workspace as _op

        return _op.sync(
            workspace=workspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def update_generalspace_by_workspace(
        self,
        workspace: str,
        body: GeneralspaceUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Update the general space of a workspace.

        ``PATCH /v4/generalspaces/{workspace}``

        Args:
            workspace (str): Workspace name or id
            body (GeneralspaceUpdateRequest): The request body.

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
        from . import update_generalspace_by_workspace as _op

        return _op.sync(
            workspace=workspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_general_space(
        self,
        workspace: str,
        generalspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GeneralspaceGetResponse:
        """Get a general space by id.

        ``GET /v4/generalspaces/{workspace}/{generalspace}``

        Args:
            workspace (str): Workspace name or id
            generalspace (str): General space id

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            GeneralspaceGetResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_general_space as _op

        return _op.sync(
            workspace=workspace,
            generalspace=generalspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def update_generalspace_by_id(
        self,
        workspace: str,
        generalspace: str,
        body: GeneralspaceUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Update a general space by id.

        ``PATCH /v4/generalspaces/{workspace}/{generalspace}``

        Args:
            workspace (str): Workspace name or id
            generalspace (str): General space id
            body (GeneralspaceUpdateRequest): The request body.

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
        from . import update_generalspace_by_id as _op

        return _op.sync(
            workspace=workspace,
            generalspace=generalspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class GeneralspacesApiWithRawResponse:
    """The methods of :class:`GeneralspacesApi`, each returning a ``RawResponse`` of its 2xx answer."""

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def get_generalspace_by_workspace(
        self,
        workspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[GeneralspaceGetResponse]:
        """``GET /v4/generalspaces/{workspace}``, giving the whole 2xx answer."""
        from . import get_generalspace_by_workspace as _op

        return _op.sync_raw(
            workspace=workspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def update_generalspace_by_workspace(
        self,
        workspace: str,
        body: GeneralspaceUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/generalspaces/{workspace}``, giving the whole 2xx answer."""
        from . import update_generalspace_by_workspace as _op

        return _op.sync_raw(
            workspace=workspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_general_space(
        self,
        workspace: str,
        generalspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[GeneralspaceGetResponse]:
        """``GET /v4/generalspaces/{workspace}/{generalspace}``, giving the whole 2xx answer."""
        from . import get_general_space as _op

        return _op.sync_raw(
            workspace=workspace,
            generalspace=generalspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def update_generalspace_by_id(
        self,
        workspace: str,
        generalspace: str,
        body: GeneralspaceUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/generalspaces/{workspace}/{generalspace}``, giving the whole 2xx answer."""
        from . import update_generalspace_by_id as _op

        return _op.sync_raw(
            workspace=workspace,
            generalspace=generalspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
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

    def with_options(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncGeneralspacesApi:
        """A copy that applies these options to every call (see :meth:`GeneralspacesApi.with_options`)."""
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> AsyncGeneralspacesApiWithRawResponse:
        """The same coroutines, each returning a ``RawResponse``."""
        return AsyncGeneralspacesApiWithRawResponse(self.client)

    async def get_generalspace_by_workspace(
        self,
        workspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GeneralspaceGetResponse:
        """Get the general space of a workspace.

        ``GET /v4/generalspaces/{workspace}``
        (coroutine; see :meth:`GeneralspacesApi.get_generalspace_by_workspace`).
        """
        from . import get_generalspace_by_workspace as _op

        return await _op.asyncio(
            workspace=workspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def update_generalspace_by_workspace(
        self,
        workspace: str,
        body: GeneralspaceUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_general_space(
        self,
        workspace: str,
        generalspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def update_generalspace_by_id(
        self,
        workspace: str,
        generalspace: str,
        body: GeneralspaceUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncGeneralspacesApiWithRawResponse:
    """The coroutines of :class:`AsyncGeneralspacesApi`, each returning a ``RawResponse``."""

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def get_generalspace_by_workspace(
        self,
        workspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[GeneralspaceGetResponse]:
        """``GET /v4/generalspaces/{workspace}``, giving the whole 2xx answer (coroutine)."""
        from . import get_generalspace_by_workspace as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def update_generalspace_by_workspace(
        self,
        workspace: str,
        body: GeneralspaceUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/generalspaces/{workspace}``, giving the whole 2xx answer (coroutine)."""
        from . import update_generalspace_by_workspace as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_general_space(
        self,
        workspace: str,
        generalspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[GeneralspaceGetResponse]:
        """``GET /v4/generalspaces/{workspace}/{generalspace}``, giving the whole 2xx answer (coroutine)."""
        from . import get_general_space as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            generalspace=generalspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def update_generalspace_by_id(
        self,
        workspace: str,
        generalspace: str,
        body: GeneralspaceUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/generalspaces/{workspace}/{generalspace}``, giving the whole 2xx answer (coroutine)."""
        from . import update_generalspace_by_id as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            generalspace=generalspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )
