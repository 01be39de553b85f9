"""The ``files`` operations of the TileDB REST API v4: ``FilesApi`` and ``AsyncFilesApi``.

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
    from ...types import BinaryBody, Unset

__all__ = ["FilesApi", "AsyncFilesApi"]


class FilesApi:
    """Blocking calls to the ``files`` operations.

    Construct it over a generated ``Client`` or ``AuthenticatedClient`` (``FilesApi(client)``), or
    let ``tiledb.client.build(FilesApi)`` configure one from the current session. Every method
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
    ) -> FilesApi:
        """A copy that applies these options to every call, over this object's connections.

        This object is left unchanged; per-call options override the copy's.
        """
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> FilesApiWithRawResponse:
        """The same methods, each returning a ``RawResponse`` (status, headers, request id, ...)."""
        return FilesApiWithRawResponse(self.client)

    def folder_list(
        self,
        workspace: str,
        teamspace: str,
        list_type: int,
        delimiter: str,
        *,
        prefix: str | Unset = UNSET,
        max_keys: int | Unset = UNSET,
        continuation_token: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> bytes:
        """List the files of a teamspace, S3 ListObjectsV2 style.

        ``GET /v4/files/{workspace}/{teamspace}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            list_type (int): Listing API version as in S3, 2 for ListObjectsV2
            delimiter (str): Character that groups paths into common prefixes, e.g. /
            prefix (str | Unset): Only list paths that start with this prefix
            max_keys (int | Unset): Maximum number of entries to return
            continuation_token (str | Unset): Token from the previous page's NextContinuationToken

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            bytes

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import folder_list as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            prefix=prefix,
            list_type=list_type,
            delimiter=delimiter,
            max_keys=max_keys,
            continuation_token=continuation_token,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def file_get(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        *,
        presigned: bool | Unset = UNSET,
        range_: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> bytes:
        """Read a file, or get a presigned URL for it.

        ``GET /v4/files/{workspace}/{teamspace}/{path}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            path (str): File path inside the teamspace
            presigned (bool | Unset): Answer with a presigned URL for the file
            range_ (str | Unset): HTTP byte range to read, e.g. bytes=0-1023

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            bytes

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import file_get as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            presigned=presigned,
            range_=range_,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def upload_part(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        body: BinaryBody,
        *,
        upload_id: str | Unset = UNSET,
        part_number: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Upload a whole file, or one part of a multipart upload, as raw bytes.

        ``PUT /v4/files/{workspace}/{teamspace}/{path}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            path (str): File path inside the teamspace
            body (BinaryBody): The request body: bytes-like, a binary file object or an iterable of bytes, streamed.
            upload_id (str | Unset): Id of the multipart upload this part belongs to (omit for a
                single upload)
            part_number (int | Unset): Number of the part in its multipart upload, from 1

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
        from . import upload_part as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            body=body,
            upload_id=upload_id,
            part_number=part_number,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def multipart_upload(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        *,
        body: BinaryBody | Unset = UNSET,
        uploads: bool | Unset = UNSET,
        upload_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> bytes:
        """Start a multipart upload (uploads), or complete one (uploadId), S3 style.

        ``POST /v4/files/{workspace}/{teamspace}/{path}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            path (str): File path inside the teamspace
            body (BinaryBody): The request body: bytes-like, a binary file object or an iterable of bytes, streamed.
            uploads (bool | Unset): Start a multipart upload; the answer carries its UploadId
            upload_id (str | Unset): Id of the multipart upload to complete with the parts listed in
                the body

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            bytes

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import multipart_upload as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            body=body,
            uploads=uploads,
            upload_id=upload_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def abort_multipart_upload(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        upload_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Abort a multipart upload and discard its parts.

        ``DELETE /v4/files/{workspace}/{teamspace}/{path}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            path (str): File path inside the teamspace
            upload_id (str): Id of the multipart upload to abort

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
        from . import abort_multipart_upload as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            upload_id=upload_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def file_head(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> bytes:
        """Get the headers of a file without its content.

        ``HEAD /v4/files/{workspace}/{teamspace}/{path}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            path (str): File path inside the teamspace

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            bytes

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import file_head as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def file_move(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        x_tile_db_rename_to: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Move or rename a file in a teamspace.

        ``PATCH /v4/files/{workspace}/{teamspace}/{path}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            path (str): File path inside the teamspace
            x_tile_db_rename_to (str): New path of the file inside the teamspace

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
        from . import file_move as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            x_tile_db_rename_to=x_tile_db_rename_to,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class FilesApiWithRawResponse:
    """The methods of :class:`FilesApi`, each returning a ``RawResponse`` of its 2xx answer."""

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def folder_list(
        self,
        workspace: str,
        teamspace: str,
        list_type: int,
        delimiter: str,
        *,
        prefix: str | Unset = UNSET,
        max_keys: int | Unset = UNSET,
        continuation_token: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[bytes]:
        """``GET /v4/files/{workspace}/{teamspace}``, giving the whole 2xx answer."""
        from . import folder_list as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            prefix=prefix,
            list_type=list_type,
            delimiter=delimiter,
            max_keys=max_keys,
            continuation_token=continuation_token,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def file_get(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        *,
        presigned: bool | Unset = UNSET,
        range_: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[bytes]:
        """``GET /v4/files/{workspace}/{teamspace}/{path}``, giving the whole 2xx answer."""
        from . import file_get as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            presigned=presigned,
            range_=range_,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def upload_part(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        body: BinaryBody,
        *,
        upload_id: str | Unset = UNSET,
        part_number: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PUT /v4/files/{workspace}/{teamspace}/{path}``, giving the whole 2xx answer."""
        from . import upload_part as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            body=body,
            upload_id=upload_id,
            part_number=part_number,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def multipart_upload(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        *,
        body: BinaryBody | Unset = UNSET,
        uploads: bool | Unset = UNSET,
        upload_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[bytes]:
        """``POST /v4/files/{workspace}/{teamspace}/{path}``, giving the whole 2xx answer."""
        from . import multipart_upload as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            body=body,
            uploads=uploads,
            upload_id=upload_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def abort_multipart_upload(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        upload_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/files/{workspace}/{teamspace}/{path}``, giving the whole 2xx answer."""
        from . import abort_multipart_upload as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            upload_id=upload_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def file_head(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[bytes]:
        """``HEAD /v4/files/{workspace}/{teamspace}/{path}``, giving the whole 2xx answer."""
        from . import file_head as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def file_move(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        x_tile_db_rename_to: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/files/{workspace}/{teamspace}/{path}``, giving the whole 2xx answer."""
        from . import file_move as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            x_tile_db_rename_to=x_tile_db_rename_to,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncFilesApi:
    """The coroutine twin of :class:`FilesApi`, for an ``httpx.AsyncClient``.

    ``tiledb.client.build(AsyncFilesApi)`` gives one over the session's async client.
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
    ) -> AsyncFilesApi:
        """A copy that applies these options to every call (see :meth:`FilesApi.with_options`)."""
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> AsyncFilesApiWithRawResponse:
        """The same coroutines, each returning a ``RawResponse``."""
        return AsyncFilesApiWithRawResponse(self.client)

    async def folder_list(
        self,
        workspace: str,
        teamspace: str,
        list_type: int,
        delimiter: str,
        *,
        prefix: str | Unset = UNSET,
        max_keys: int | Unset = UNSET,
        continuation_token: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> bytes:
        """List the files of a teamspace, S3 ListObjectsV2 style.

        ``GET /v4/files/{workspace}/{teamspace}``
        (coroutine; see :meth:`FilesApi.folder_list`).
        """
        from . import folder_list as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            prefix=prefix,
            list_type=list_type,
            delimiter=delimiter,
            max_keys=max_keys,
            continuation_token=continuation_token,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def file_get(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        *,
        presigned: bool | Unset = UNSET,
        range_: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> bytes:
        """Read a file, or get a presigned URL for it.

        ``GET /v4/files/{workspace}/{teamspace}/{path}``
        (coroutine; see :meth:`FilesApi.file_get`).
        """
        from . import file_get as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            presigned=presigned,
            range_=range_,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def upload_part(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        body: BinaryBody,
        *,
        upload_id: str | Unset = UNSET,
        part_number: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Upload a whole file, or one part of a multipart upload, as raw bytes.

        ``PUT /v4/files/{workspace}/{teamspace}/{path}``
        (coroutine; see :meth:`FilesApi.upload_part`).
        """
        from . import upload_part as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            body=body,
            upload_id=upload_id,
            part_number=part_number,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def multipart_upload(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        *,
        body: BinaryBody | Unset = UNSET,
        uploads: bool | Unset = UNSET,
        upload_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> bytes:
        """Start a multipart upload (uploads), or complete one (uploadId), S3 style.

        ``POST /v4/files/{workspace}/{teamspace}/{path}``
        (coroutine; see :meth:`FilesApi.multipart_upload`).
        """
        from . import multipart_upload as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            body=body,
            uploads=uploads,
            upload_id=upload_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def abort_multipart_upload(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        upload_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Abort a multipart upload and discard its parts.

        ``DELETE /v4/files/{workspace}/{teamspace}/{path}``
        (coroutine; see :meth:`FilesApi.abort_multipart_upload`).
        """
        from . import abort_multipart_upload as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            upload_id=upload_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def file_head(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> bytes:
        """Get the headers of a file without its content.

        ``HEAD /v4/files/{workspace}/{teamspace}/{path}``
        (coroutine; see :meth:`FilesApi.file_head`).
        """
        from . import file_head as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def file_move(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        x_tile_db_rename_to: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Move or rename a file in a teamspace.

        ``PATCH /v4/files/{workspace}/{teamspace}/{path}``
        (coroutine; see :meth:`FilesApi.file_move`).
        """
        from . import file_move as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            x_tile_db_rename_to=x_tile_db_rename_to,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncFilesApiWithRawResponse:
    """The coroutines of :class:`AsyncFilesApi`, each returning a ``RawResponse``."""

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def folder_list(
        self,
        workspace: str,
        teamspace: str,
        list_type: int,
        delimiter: str,
        *,
        prefix: str | Unset = UNSET,
        max_keys: int | Unset = UNSET,
        continuation_token: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[bytes]:
        """``GET /v4/files/{workspace}/{teamspace}``, giving the whole 2xx answer (coroutine)."""
        from . import folder_list as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            prefix=prefix,
            list_type=list_type,
            delimiter=delimiter,
            max_keys=max_keys,
            continuation_token=continuation_token,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def file_get(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        *,
        presigned: bool | Unset = UNSET,
        range_: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[bytes]:
        """``GET /v4/files/{workspace}/{teamspace}/{path}``, giving the whole 2xx answer (coroutine)."""
        from . import file_get as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            presigned=presigned,
            range_=range_,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def upload_part(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        body: BinaryBody,
        *,
        upload_id: str | Unset = UNSET,
        part_number: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PUT /v4/files/{workspace}/{teamspace}/{path}``, giving the whole 2xx answer (coroutine)."""
        from . import upload_part as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            body=body,
            upload_id=upload_id,
            part_number=part_number,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def multipart_upload(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        *,
        body: BinaryBody | Unset = UNSET,
        uploads: bool | Unset = UNSET,
        upload_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[bytes]:
        """``POST /v4/files/{workspace}/{teamspace}/{path}``, giving the whole 2xx answer (coroutine)."""
        from . import multipart_upload as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            body=body,
            uploads=uploads,
            upload_id=upload_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def abort_multipart_upload(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        upload_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/files/{workspace}/{teamspace}/{path}``, giving the whole 2xx answer (coroutine)."""
        from . import abort_multipart_upload as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            upload_id=upload_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def file_head(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[bytes]:
        """``HEAD /v4/files/{workspace}/{teamspace}/{path}``, giving the whole 2xx answer (coroutine)."""
        from . import file_head as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def file_move(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        x_tile_db_rename_to: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/files/{workspace}/{teamspace}/{path}``, giving the whole 2xx answer (coroutine)."""
        from . import file_move as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            x_tile_db_rename_to=x_tile_db_rename_to,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )
