"""The ``userspaces`` operations of the TileDB REST API v4: ``UserspacesApi`` and ``AsyncUserspacesApi``.

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
    from ...models.userspace_get_response import UserspaceGetResponse
    from ...models.userspace_update_request import UserspaceUpdateRequest

__all__ = ["UserspacesApi", "AsyncUserspacesApi"]


class UserspacesApi:
    """Blocking calls to the ``userspaces`` operations.

    Construct it over a generated ``Client`` or ``AuthenticatedClient`` (``UserspacesApi(client)``), or
    let ``tiledb.client.build(UserspacesApi)`` configure one from the current session. Every method
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
    ) -> UserspacesApi:
        """A copy that applies these options to every call, over this object's connections.

        This object is left unchanged; per-call options override the copy's.
        """
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> UserspacesApiWithRawResponse:
        """The same methods, each returning a ``RawResponse`` (status, headers, request id, ...)."""
        return UserspacesApiWithRawResponse(self.client)

    def get_userspace(
        self,
        workspace: str,
        userspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UserspaceGetResponse:
        """Get a userspace.

        ``GET /v4/userspaces/{workspace}/{userspace}``

        Args:
            workspace (str): Workspace name or id
            userspace (str): Userspace id

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            UserspaceGetResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_userspace as _op

        return _op.sync(
            workspace=workspace,
            userspace=userspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def update_userspace(
        self,
        workspace: str,
        userspace: str,
        body: UserspaceUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Update a userspace.

        ``PATCH /v4/userspaces/{workspace}/{userspace}``

        Args:
            workspace (str): Workspace name or id
            userspace (str): Userspace id
            body (UserspaceUpdateRequest): The request body.

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
        from . import update_userspace as _op

        return _op.sync(
            workspace=workspace,
            userspace=userspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class UserspacesApiWithRawResponse:
    """The methods of :class:`UserspacesApi`, each returning a ``RawResponse`` of its 2xx answer."""

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def get_userspace(
        self,
        workspace: str,
        userspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[UserspaceGetResponse]:
        """``GET /v4/userspaces/{workspace}/{userspace}``, giving the whole 2xx answer."""
        from . import get_userspace as _op

        return _op.sync_raw(
            workspace=workspace,
            userspace=userspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def update_userspace(
        self,
        workspace: str,
        userspace: str,
        body: UserspaceUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/userspaces/{workspace}/{userspace}``, giving the whole 2xx answer."""
        from . import update_userspace as _op

        return _op.sync_raw(
            workspace=workspace,
            userspace=userspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncUserspacesApi:
    """The coroutine twin of :class:`UserspacesApi`, for an ``httpx.AsyncClient``.

    ``tiledb.client.build(AsyncUserspacesApi)`` gives one over the session's async client.
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
    ) -> AsyncUserspacesApi:
        """A copy that applies these options to every call (see :meth:`UserspacesApi.with_options`)."""
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> AsyncUserspacesApiWithRawResponse:
        """The same coroutines, each returning a ``RawResponse``."""
        return AsyncUserspacesApiWithRawResponse(self.client)

    async def get_userspace(
        self,
        workspace: str,
        userspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UserspaceGetResponse:
        """Get a userspace.

        ``GET /v4/userspaces/{workspace}/{userspace}``
        (coroutine; see :meth:`UserspacesApi.get_userspace`).
        """
        from . import get_userspace as _op

        return await _op.asyncio(
            workspace=workspace,
            userspace=userspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def update_userspace(
        self,
        workspace: str,
        userspace: str,
        body: UserspaceUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Update a userspace.

        ``PATCH /v4/userspaces/{workspace}/{userspace}``
        (coroutine; see :meth:`UserspacesApi.update_userspace`).
        """
        from . import update_userspace as _op

        return await _op.asyncio(
            workspace=workspace,
            userspace=userspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncUserspacesApiWithRawResponse:
    """The coroutines of :class:`AsyncUserspacesApi`, each returning a ``RawResponse``."""

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def get_userspace(
        self,
        workspace: str,
        userspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[UserspaceGetResponse]:
        """``GET /v4/userspaces/{workspace}/{userspace}``, giving the whole 2xx answer (coroutine)."""
        from . import get_userspace as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            userspace=userspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def update_userspace(
        self,
        workspace: str,
        userspace: str,
        body: UserspaceUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/userspaces/{workspace}/{userspace}``, giving the whole 2xx answer (coroutine)."""
        from . import update_userspace as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            userspace=userspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )
