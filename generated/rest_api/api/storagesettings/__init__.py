"""The ``storagesettings`` operations of the TileDB REST API v4: ``StoragesettingsApi`` and ``AsyncStoragesettingsApi``.

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
    ) -> StoragesettingsApi:
        """A copy that applies these options to every call, over this object's connections.

        This object is left unchanged; per-call options override the copy's.
        """
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> StoragesettingsApiWithRawResponse:
        """The same methods, each returning a ``RawResponse`` (status, headers, request id, ...)."""
        return StoragesettingsApiWithRawResponse(self.client)

    def list_storage_settings(
        self,
        workspace: str,
        *,
        teamspace_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> StorageSettingsListResponse:
        """List the storage settings of a workspace.

        ``GET /v4/storagesettings/{workspace}``

        Args:
            workspace (str): Workspace name or id
            teamspace_id (str | Unset): Teamspace id, for the storage settings of a teamspace
            page (int | Unset): Page number, starting at 1
            per_page (int | Unset): Items per page

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            StorageSettingsListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_storage_settings as _op

        return _op.sync(
            workspace=workspace,
            teamspace_id=teamspace_id,
            page=page,
            per_page=per_page,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def create_storage_setting(
        self,
        workspace: str,
        body: StorageSettingsCreateRequest,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> StorageSettingsCreateResponse:
        """Create a storage setting in a workspace.

        ``POST /v4/storagesettings/{workspace}``

        Args:
            workspace (str): Workspace name or id
            body (StorageSettingsCreateRequest): The request body.
            teamspace_id (str | Unset): Teamspace id, for a storage setting of a teamspace

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            StorageSettingsCreateResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import create_storage_setting as _op

        return _op.sync(
            workspace=workspace,
            body=body,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_storage_setting_by_id(
        self,
        workspace: str,
        stset_id: str,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> StorageSettingGetResponse:
        """Get a storage setting by id.

        ``GET /v4/storagesettings/{workspace}/{stset_id}``

        Args:
            workspace (str): Workspace name or id
            stset_id (str): Storage setting id
            teamspace_id (str | Unset): Teamspace id, for a storage setting of a teamspace

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            StorageSettingGetResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_storage_setting_by_id as _op

        return _op.sync(
            workspace=workspace,
            stset_id=stset_id,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def delete_storage_setting_by_id(
        self,
        workspace: str,
        stset_id: str,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a storage setting by id.

        ``DELETE /v4/storagesettings/{workspace}/{stset_id}``

        Args:
            workspace (str): Workspace name or id
            stset_id (str): Storage setting id
            teamspace_id (str | Unset): Teamspace id, for a storage setting of a teamspace

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
        from . import delete_storage_setting_by_id as _op

        return _op.sync(
            workspace=workspace,
            stset_id=stset_id,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def patch_storage_setting_by_id(
        self,
        workspace: str,
        stset_id: str,
        body: StorageSettingUpdateRequest,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Update a storage setting by id.

        ``PATCH /v4/storagesettings/{workspace}/{stset_id}``

        Args:
            workspace (str): Workspace name or id
            stset_id (str): Storage setting id
            body (StorageSettingUpdateRequest): The request body.
            teamspace_id (str | Unset): Teamspace id, for a storage setting of a teamspace

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
        from . import patch_storage_setting_by_id as _op

        return _op.sync(
            workspace=workspace,
            stset_id=stset_id,
            body=body,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class StoragesettingsApiWithRawResponse:
    """The methods of :class:`StoragesettingsApi`, each returning a ``RawResponse`` of its 2xx answer."""

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
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[StorageSettingsListResponse]:
        """``GET /v4/storagesettings/{workspace}``, giving the whole 2xx answer."""
        from . import list_storage_settings as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace_id=teamspace_id,
            page=page,
            per_page=per_page,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def create_storage_setting(
        self,
        workspace: str,
        body: StorageSettingsCreateRequest,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[StorageSettingsCreateResponse]:
        """``POST /v4/storagesettings/{workspace}``, giving the whole 2xx answer."""
        from . import create_storage_setting as _op

        return _op.sync_raw(
            workspace=workspace,
            body=body,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_storage_setting_by_id(
        self,
        workspace: str,
        stset_id: str,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[StorageSettingGetResponse]:
        """``GET /v4/storagesettings/{workspace}/{stset_id}``, giving the whole 2xx answer."""
        from . import get_storage_setting_by_id as _op

        return _op.sync_raw(
            workspace=workspace,
            stset_id=stset_id,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def delete_storage_setting_by_id(
        self,
        workspace: str,
        stset_id: str,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/storagesettings/{workspace}/{stset_id}``, giving the whole 2xx answer."""
        from . import delete_storage_setting_by_id as _op

        return _op.sync_raw(
            workspace=workspace,
            stset_id=stset_id,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def patch_storage_setting_by_id(
        self,
        workspace: str,
        stset_id: str,
        body: StorageSettingUpdateRequest,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/storagesettings/{workspace}/{stset_id}``, giving the whole 2xx answer."""
        from . import patch_storage_setting_by_id as _op

        return _op.sync_raw(
            workspace=workspace,
            stset_id=stset_id,
            body=body,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
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

    def with_options(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncStoragesettingsApi:
        """A copy that applies these options to every call (see :meth:`StoragesettingsApi.with_options`)."""
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> AsyncStoragesettingsApiWithRawResponse:
        """The same coroutines, each returning a ``RawResponse``."""
        return AsyncStoragesettingsApiWithRawResponse(self.client)

    async def list_storage_settings(
        self,
        workspace: str,
        *,
        teamspace_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def create_storage_setting(
        self,
        workspace: str,
        body: StorageSettingsCreateRequest,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_storage_setting_by_id(
        self,
        workspace: str,
        stset_id: str,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def delete_storage_setting_by_id(
        self,
        workspace: str,
        stset_id: str,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def patch_storage_setting_by_id(
        self,
        workspace: str,
        stset_id: str,
        body: StorageSettingUpdateRequest,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncStoragesettingsApiWithRawResponse:
    """The coroutines of :class:`AsyncStoragesettingsApi`, each returning a ``RawResponse``."""

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
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[StorageSettingsListResponse]:
        """``GET /v4/storagesettings/{workspace}``, giving the whole 2xx answer (coroutine)."""
        from . import list_storage_settings as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace_id=teamspace_id,
            page=page,
            per_page=per_page,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def create_storage_setting(
        self,
        workspace: str,
        body: StorageSettingsCreateRequest,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[StorageSettingsCreateResponse]:
        """``POST /v4/storagesettings/{workspace}``, giving the whole 2xx answer (coroutine)."""
        from . import create_storage_setting as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            body=body,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_storage_setting_by_id(
        self,
        workspace: str,
        stset_id: str,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[StorageSettingGetResponse]:
        """``GET /v4/storagesettings/{workspace}/{stset_id}``, giving the whole 2xx answer (coroutine)."""
        from . import get_storage_setting_by_id as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            stset_id=stset_id,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def delete_storage_setting_by_id(
        self,
        workspace: str,
        stset_id: str,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/storagesettings/{workspace}/{stset_id}``, giving the whole 2xx answer (coroutine)."""
        from . import delete_storage_setting_by_id as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            stset_id=stset_id,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def patch_storage_setting_by_id(
        self,
        workspace: str,
        stset_id: str,
        body: StorageSettingUpdateRequest,
        *,
        teamspace_id: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/storagesettings/{workspace}/{stset_id}``, giving the whole 2xx answer (coroutine)."""
        from . import patch_storage_setting_by_id as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            stset_id=stset_id,
            body=body,
            teamspace_id=teamspace_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )
