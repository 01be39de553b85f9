"""The ``folders`` operations of the TileDB REST API v4: ``FoldersApi`` and ``AsyncFoldersApi``.

Each operation also has a module of its own here (``sync``, ``sync_detailed``, ``asyncio``,
``asyncio_detailed``); the classes are the convenient way in. Endpoint modules (and the models they
use) are imported on the first call of a method, not when this module is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
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
    ``tiledb.client.rest_api.errors.ApiError`` for any status outside 2xx.
    """

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
    ) -> FolderGetResponse:
        """Get a folder.

        ``GET /v4/folders/{workspace}/{teamspace}/{folder}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            folder (str): Folder path inside the teamspace

        Returns:
            FolderGetResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_folder as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            folder=folder,
            client=self.client,
        )

    def create_folder(
        self,
        workspace: str,
        teamspace: str,
        folder: str,
        body: FolderCreateRequestInner,
    ) -> FolderCreateResponse:
        """Create a folder in a teamspace.

        ``POST /v4/folders/{workspace}/{teamspace}/{folder}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            folder (str): Path of the new folder inside the teamspace
            body (FolderCreateRequestInner): The request body.

        Returns:
            FolderCreateResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import create_folder as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            folder=folder,
            body=body,
            client=self.client,
        )

    def get_folder_contents(
        self,
        workspace: str,
        teamspace: str,
        folder: str,
    ) -> FolderContentsResponse:
        """List the contents of a folder.

        ``GET /v4/folders/{workspace}/{teamspace}/{folder}/contents``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            folder (str): Folder path inside the teamspace

        Returns:
            FolderContentsResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_folder_contents as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            folder=folder,
            client=self.client,
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

    async def get_folder(
        self,
        workspace: str,
        teamspace: str,
        folder: str,
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
        )

    async def create_folder(
        self,
        workspace: str,
        teamspace: str,
        folder: str,
        body: FolderCreateRequestInner,
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
        )

    async def get_folder_contents(
        self,
        workspace: str,
        teamspace: str,
        folder: str,
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
        )
