"""The ``storagesettings`` operations of the TileDB REST API v4: ``StoragesettingsApi`` and ``AsyncStoragesettingsApi``.

Each operation also has a module of its own here (``sync``, ``sync_detailed``, ``asyncio``,
``asyncio_detailed``); the classes are the convenient way in. Endpoint modules (and the models they
use) are imported on the first call of a method, not when this module is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.storage_setting_get_response import StorageSettingGetResponse
    from ...models.storage_setting_update_request import StorageSettingUpdateRequest
    from ...models.storage_settings_create_request import StorageSettingsCreateRequest
    from ...models.storage_settings_create_response import StorageSettingsCreateResponse
    from ...models.storage_settings_list_response import StorageSettingsListResponse
    from ...types import Unset

__all__ = ["StoragesettingsApi", "AsyncStoragesettingsApi"]


class StoragesettingsApi:
    """Blocking calls to the ``storagesettings`` operations.

    Construct it over a generated ``Client`` or ``AuthenticatedClient`` (``StoragesettingsApi(client)``), or
    let ``tiledb.client.build(StoragesettingsApi)`` configure one from the current session. Every method
    returns the success model (``None`` when the answer has no body) and raises
    ``tiledb.client.rest_api.errors.ApiError`` for any status outside 2xx.
    """

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def list_storage_settings(
        self,
        workspace: str,
        *,
        teamspace_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> StorageSettingsListResponse:
        """List the storage settings of a workspace.

        ``GET /v4/storagesettings/{workspace}``

        Args:
            workspace (str): Workspace name or id
            teamspace_id (str | Unset): Teamspace id, for the storage settings of a teamspace
            page (int | Unset): Page number, starting at 1
            per_page (int | Unset): Items per page

        Returns:
            StorageSettingsListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_storage_settings as _op

        return _op.sync(
            workspace=workspace,
            teamspace_id=teamspace_id,
            page=page,
            per_page=per_page,
            client=self.client,
        )

    def create_storage_setting(
        self,
        workspace: str,
        body: StorageSettingsCreateRequest,
        *,
        teamspace_id: str | Unset = UNSET,
    ) -> StorageSettingsCreateResponse:
        """Create a storage setting in a workspace.

        ``POST /v4/storagesettings/{workspace}``

        Args:
            workspace (str): Workspace name or id
            body (StorageSettingsCreateRequest): The request body.
            teamspace_id (str | Unset): Teamspace id, for a storage setting of a teamspace

        Returns:
            StorageSettingsCreateResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import create_storage_setting as _op

        return _op.sync(
            workspace=workspace,
            body=body,
            teamspace_id=teamspace_id,
            client=self.client,
        )

    def get_storage_setting_by_id(
        self,
        workspace: str,
        stset_id: str,
        *,
        teamspace_id: str | Unset = UNSET,
    ) -> StorageSettingGetResponse:
        """Get a storage setting by id.

        ``GET /v4/storagesettings/{workspace}/{stset_id}``

        Args:
            workspace (str): Workspace name or id
            stset_id (str): Storage setting id
            teamspace_id (str | Unset): Teamspace id, for a storage setting of a teamspace

        Returns:
            StorageSettingGetResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_storage_setting_by_id as _op

        return _op.sync(
            workspace=workspace,
            stset_id=stset_id,
            teamspace_id=teamspace_id,
            client=self.client,
        )

    def delete_storage_setting_by_id(
        self,
        workspace: str,
        stset_id: str,
        *,
        teamspace_id: str | Unset = UNSET,
    ) -> None:
        """Delete a storage setting by id.

        ``DELETE /v4/storagesettings/{workspace}/{stset_id}``

        Args:
            workspace (str): Workspace name or id
            stset_id (str): Storage setting id
            teamspace_id (str | Unset): Teamspace id, for a storage setting of a teamspace

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import delete_storage_setting_by_id as _op

        return _op.sync(
            workspace=workspace,
            stset_id=stset_id,
            teamspace_id=teamspace_id,
            client=self.client,
        )

    def patch_storage_setting_by_id(
        self,
        workspace: str,
        stset_id: str,
        body: StorageSettingUpdateRequest,
        *,
        teamspace_id: str | Unset = UNSET,
    ) -> None:
        """Update a storage setting by id.

        ``PATCH /v4/storagesettings/{workspace}/{stset_id}``

        Args:
            workspace (str): Workspace name or id
            stset_id (str): Storage setting id
            body (StorageSettingUpdateRequest): The request body.
            teamspace_id (str | Unset): Teamspace id, for a storage setting of a teamspace

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import patch_storage_setting_by_id as _op

        return _op.sync(
            workspace=workspace,
            stset_id=stset_id,
            body=body,
            teamspace_id=teamspace_id,
            client=self.client,
        )


class AsyncStoragesettingsApi:
    """The coroutine twin of :class:`StoragesettingsApi`, for an ``httpx.AsyncClient``.

    ``tiledb.client.build(AsyncStoragesettingsApi)`` gives one over the session's async client.
    """

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def list_storage_settings(
        self,
        workspace: str,
        *,
        teamspace_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> StorageSettingsListResponse:
        """List the storage settings of a workspace.

        ``GET /v4/storagesettings/{workspace}``
        (coroutine; see :meth:`StoragesettingsApi.list_storage_settings`).
        """
        from . import list_storage_settings as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace_id=teamspace_id,
            page=page,
            per_page=per_page,
            client=self.client,
        )

    async def create_storage_setting(
        self,
        workspace: str,
        body: StorageSettingsCreateRequest,
        *,
        teamspace_id: str | Unset = UNSET,
    ) -> StorageSettingsCreateResponse:
        """Create a storage setting in a workspace.

        ``POST /v4/storagesettings/{workspace}``
        (coroutine; see :meth:`StoragesettingsApi.create_storage_setting`).
        """
        from . import create_storage_setting as _op

        return await _op.asyncio(
            workspace=workspace,
            body=body,
            teamspace_id=teamspace_id,
            client=self.client,
        )

    async def get_storage_setting_by_id(
        self,
        workspace: str,
        stset_id: str,
        *,
        teamspace_id: str | Unset = UNSET,
    ) -> StorageSettingGetResponse:
        """Get a storage setting by id.

        ``GET /v4/storagesettings/{workspace}/{stset_id}``
        (coroutine; see :meth:`StoragesettingsApi.get_storage_setting_by_id`).
        """
        from . import get_storage_setting_by_id as _op

        return await _op.asyncio(
            workspace=workspace,
            stset_id=stset_id,
            teamspace_id=teamspace_id,
            client=self.client,
        )

    async def delete_storage_setting_by_id(
        self,
        workspace: str,
        stset_id: str,
        *,
        teamspace_id: str | Unset = UNSET,
    ) -> None:
        """Delete a storage setting by id.

        ``DELETE /v4/storagesettings/{workspace}/{stset_id}``
        (coroutine; see :meth:`StoragesettingsApi.delete_storage_setting_by_id`).
        """
        from . import delete_storage_setting_by_id as _op

        return await _op.asyncio(
            workspace=workspace,
            stset_id=stset_id,
            teamspace_id=teamspace_id,
            client=self.client,
        )

    async def patch_storage_setting_by_id(
        self,
        workspace: str,
        stset_id: str,
        body: StorageSettingUpdateRequest,
        *,
        teamspace_id: str | Unset = UNSET,
    ) -> None:
        """Update a storage setting by id.

        ``PATCH /v4/storagesettings/{workspace}/{stset_id}``
        (coroutine; see :meth:`StoragesettingsApi.patch_storage_setting_by_id`).
        """
        from . import patch_storage_setting_by_id as _op

        return await _op.asyncio(
            workspace=workspace,
            stset_id=stset_id,
            body=body,
            teamspace_id=teamspace_id,
            client=self.client,
        )
