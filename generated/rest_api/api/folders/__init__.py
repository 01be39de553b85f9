"""The ``folders`` operations of the TileDB REST API v4: ``FoldersApi`` and ``AsyncFoldersApi``.

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
    from ...models.folder_contents_response import FolderContentsResponse
    from ...models.folder_create_request_inner import FolderCreateRequestInner
    from ...models.folder_create_response import FolderCreateResponse
    from ...models.folder_get_response import FolderGetResponse

__all__ = ["FoldersApi", "AsyncFoldersApi"]


class FoldersApi:
    """Blocking calls to the ``folders`` operations.

    Construct it over a generated ``Client`` or ``AuthenticatedClient`` (``FoldersApi(client)``), or
    let ``tiledb.client.build(FoldersApi)`` configure one from the current session. Every method
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
    ) -> FoldersApi:
        """A copy that applies these options to every call, over this object's connections.

        This object is left unchanged; per-call options override the copy's.
        """
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> FoldersApiWithRawResponse:
        """The same methods, each returning a ``RawResponse`` (status, headers, request id, ...)."""
        return FoldersApiWithRawResponse(self.client)

    def get_folder(
        self,
        workspace: str,
        teamspace: str,
        folder: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> FolderGetResponse:
        """Get a folder.

        ``GET /v4/folders/{workspace}/{teamspace}/{folder}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            folder (str): Folder path inside the teamspace

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            FolderGetResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_folder as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            folder=folder,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def create_folder(
        self,
        workspace: str,
        teamspace: str,
        folder: str,
        body: FolderCreateRequestInner,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> FolderCreateResponse:
        """Create a folder in a teamspace.

        ``POST /v4/folders/{workspace}/{teamspace}/{folder}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            folder (str): Path of the new folder inside the teamspace
            body (FolderCreateRequestInner): The request body.

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            FolderCreateResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import create_folder as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            folder=folder,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_folder_contents(
        self,
        workspace: str,
        teamspace: str,
        folder: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> FolderContentsResponse:
        """List the contents of a folder.

        ``GET /v4/folders/{workspace}/{teamspace}/{folder}/contents``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            folder (str): Folder path inside the teamspace

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            FolderContentsResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_folder_contents as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            folder=folder,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class FoldersApiWithRawResponse:
    """The methods of :class:`FoldersApi`, each returning a ``RawResponse`` of its 2xx answer."""

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def get_folder(
        self,
        workspace: str,
        teamspace: str,
        folder: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[FolderGetResponse]:
        """``GET /v4/folders/{workspace}/{teamspace}/{folder}``, giving the whole 2xx answer."""
        from . import get_folder as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            folder=folder,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def create_folder(
        self,
        workspace: str,
        teamspace: str,
        folder: str,
        body: FolderCreateRequestInner,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[FolderCreateResponse]:
        """``POST /v4/folders/{workspace}/{teamspace}/{folder}``, giving the whole 2xx answer."""
        from . import create_folder as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            folder=folder,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_folder_contents(
        self,
        workspace: str,
        teamspace: str,
        folder: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[FolderContentsResponse]:
        """``GET /v4/folders/{workspace}/{teamspace}/{folder}/contents``, giving the whole 2xx answer."""
        from . import get_folder_contents as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            folder=folder,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncFoldersApi:
    """The coroutine twin of :class:`FoldersApi`, for an ``httpx.AsyncClient``.

    ``tiledb.client.build(AsyncFoldersApi)`` gives one over the session's async client.
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
    ) -> AsyncFoldersApi:
        """A copy that applies these options to every call (see :meth:`FoldersApi.with_options`)."""
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> AsyncFoldersApiWithRawResponse:
        """The same coroutines, each returning a ``RawResponse``."""
        return AsyncFoldersApiWithRawResponse(self.client)

    async def get_folder(
        self,
        workspace: str,
        teamspace: str,
        folder: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> FolderGetResponse:
        """Get a folder.

        ``GET /v4/folders/{workspace}/{teamspace}/{folder}``
        (coroutine; see :meth:`FoldersApi.get_folder`).
        """
        from . import get_folder as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            folder=folder,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def create_folder(
        self,
        workspace: str,
        teamspace: str,
        folder: str,
        body: FolderCreateRequestInner,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> FolderCreateResponse:
        """Create a folder in a teamspace.

        ``POST /v4/folders/{workspace}/{teamspace}/{folder}``
        (coroutine; see :meth:`FoldersApi.create_folder`).
        """
        from . import create_folder as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            folder=folder,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_folder_contents(
        self,
        workspace: str,
        teamspace: str,
        folder: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> FolderContentsResponse:
        """List the contents of a folder.

        ``GET /v4/folders/{workspace}/{teamspace}/{folder}/contents``
        (coroutine; see :meth:`FoldersApi.get_folder_contents`).
        """
        from . import get_folder_contents as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            folder=folder,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncFoldersApiWithRawResponse:
    """The coroutines of :class:`AsyncFoldersApi`, each returning a ``RawResponse``."""

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def get_folder(
        self,
        workspace: str,
        teamspace: str,
        folder: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[FolderGetResponse]:
        """``GET /v4/folders/{workspace}/{teamspace}/{folder}``, giving the whole 2xx answer (coroutine)."""
        from . import get_folder as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            folder=folder,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def create_folder(
        self,
        workspace: str,
        teamspace: str,
        folder: str,
        body: FolderCreateRequestInner,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[FolderCreateResponse]:
        """``POST /v4/folders/{workspace}/{teamspace}/{folder}``, giving the whole 2xx answer (coroutine)."""
        from . import create_folder as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            folder=folder,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_folder_contents(
        self,
        workspace: str,
        teamspace: str,
        folder: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[FolderContentsResponse]:
        """``GET /v4/folders/{workspace}/{teamspace}/{folder}/contents``, giving the whole 2xx answer (coroutine)."""
        from . import get_folder_contents as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            folder=folder,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )
