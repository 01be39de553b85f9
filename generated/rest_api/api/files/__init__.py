"""The ``files`` operations of the TileDB REST API v4: ``FilesApi`` and ``AsyncFilesApi``.

Each operation also has a module of its own here (``sync``, ``sync_detailed``, ``asyncio``,
``asyncio_detailed``); the classes are the convenient way in. Endpoint modules (and the models they
use) are imported on the first call of a method, not when this module is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...types import BinaryBody, Unset

__all__ = ["FilesApi", "AsyncFilesApi"]


class FilesApi:
    """Blocking calls to the ``files`` operations.

    Construct it over a generated ``Client`` or ``AuthenticatedClient`` (``FilesApi(client)``), or
    let ``tiledb.client.build(FilesApi)`` configure one from the current session. Every method
    returns the success model (``None`` when the answer has no body) and raises
    ``tiledb.client.rest_api.errors.ApiError`` for any status outside 2xx.
    """

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

        Returns:
            bytes

        Raises:
            ApiError: The server answered with a status outside 2xx.
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
        )

    def file_get(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        *,
        presigned: bool | Unset = UNSET,
        range_: str | Unset = UNSET,
    ) -> bytes:
        """Read a file, or get a presigned URL for it.

        ``GET /v4/files/{workspace}/{teamspace}/{path}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            path (str): File path inside the teamspace
            presigned (bool | Unset): Answer with a presigned URL for the file
            range_ (str | Unset): HTTP byte range to read, e.g. bytes=0-1023

        Returns:
            bytes

        Raises:
            ApiError: The server answered with a status outside 2xx.
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

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
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

        Returns:
            bytes

        Raises:
            ApiError: The server answered with a status outside 2xx.
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
        )

    def abort_multipart_upload(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        upload_id: str,
    ) -> None:
        """Abort a multipart upload and discard its parts.

        ``DELETE /v4/files/{workspace}/{teamspace}/{path}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            path (str): File path inside the teamspace
            upload_id (str): Id of the multipart upload to abort

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import abort_multipart_upload as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            upload_id=upload_id,
            client=self.client,
        )

    def file_head(
        self,
        workspace: str,
        teamspace: str,
        path: str,
    ) -> bytes:
        """Get the headers of a file without its content.

        ``HEAD /v4/files/{workspace}/{teamspace}/{path}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            path (str): File path inside the teamspace

        Returns:
            bytes

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import file_head as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            client=self.client,
        )

    def file_move(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        x_tile_db_rename_to: str,
    ) -> None:
        """Move or rename a file in a teamspace.

        ``PATCH /v4/files/{workspace}/{teamspace}/{path}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            path (str): File path inside the teamspace
            x_tile_db_rename_to (str): New path of the file inside the teamspace

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import file_move as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            x_tile_db_rename_to=x_tile_db_rename_to,
            client=self.client,
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
        )

    async def file_get(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        *,
        presigned: bool | Unset = UNSET,
        range_: str | Unset = UNSET,
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
        )

    async def abort_multipart_upload(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        upload_id: str,
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
        )

    async def file_head(
        self,
        workspace: str,
        teamspace: str,
        path: str,
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
        )

    async def file_move(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        x_tile_db_rename_to: str,
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
        )
