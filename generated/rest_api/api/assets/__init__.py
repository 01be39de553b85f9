"""The ``assets`` operations of the TileDB REST API v4: ``AssetsApi`` and ``AsyncAssetsApi``.

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
    from ...models.asset_get_response import AssetGetResponse
    from ...models.asset_indexer_response import AssetIndexerResponse
    from ...models.asset_list_response import AssetListResponse
    from ...models.asset_metadata_list_response import AssetMetadataListResponse
    from ...models.asset_metadata_save_request_inner import AssetMetadataSaveRequestInner
    from ...models.asset_metadata_save_response import AssetMetadataSaveResponse
    from ...models.asset_path_response import AssetPathResponse
    from ...models.asset_property_list_response import AssetPropertyListResponse
    from ...models.asset_property_save_request_inner import AssetPropertySaveRequestInner
    from ...models.asset_property_save_response import AssetPropertySaveResponse
    from ...models.asset_register_request import AssetRegisterRequest
    from ...models.asset_type import AssetType
    from ...models.asset_update_request import AssetUpdateRequest
    from ...models.assets_move_request import AssetsMoveRequest
    from ...models.sort_order import SortOrder
    from ...types import Unset

__all__ = ["AssetsApi", "AsyncAssetsApi"]


class AssetsApi:
    """Blocking calls to the ``assets`` operations.

    Construct it over a generated ``Client`` or ``AuthenticatedClient`` (``AssetsApi(client)``), or
    let ``tiledb.client.build(AssetsApi)`` configure one from the current session. Every method
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
    ) -> AssetsApi:
        """A copy that applies these options to every call, over this object's connections.

        This object is left unchanged; per-call options override the copy's.
        """
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> AssetsApiWithRawResponse:
        """The same methods, each returning a ``RawResponse`` (status, headers, request id, ...)."""
        return AssetsApiWithRawResponse(self.client)

    def get_asset(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AssetGetResponse:
        """Get an asset.

        ``GET /v4/assets/item/{workspace}/{teamspace}/{asset}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            asset (str): Asset id or path inside the teamspace

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            AssetGetResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_asset as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def delete_asset(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        *,
        delete_assets: bool | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete an asset.

        ``DELETE /v4/assets/item/{workspace}/{teamspace}/{asset}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            asset (str): Asset id or path inside the teamspace
            delete_assets (bool | Unset):

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
        from . import delete_asset as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            delete_assets=delete_assets,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def update_asset(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        body: AssetUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Update the name, description or type of an asset.

        ``PATCH /v4/assets/item/{workspace}/{teamspace}/{asset}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            asset (str): Asset id or path inside the teamspace
            body (AssetUpdateRequest): The request body.

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
        from . import update_asset as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_asset_metadata(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        *,
        start_timestamp: int | Unset = UNSET,
        end_timestamp: int | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AssetMetadataListResponse:
        """List the metadata entries of an asset.

        ``GET /v4/assets/item/{workspace}/{teamspace}/{asset}/metadata``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            asset (str): Asset id or path inside the teamspace
            start_timestamp (int | Unset): Start of the timestamp range
            end_timestamp (int | Unset): End of the timestamp range
            page (int | Unset): Page number, starting at 1
            per_page (int | Unset): Items per page

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            AssetMetadataListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_asset_metadata as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            page=page,
            per_page=per_page,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def delete_asset_metadata(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        metadata_key: list[str],
        *,
        start_timestamp: int | Unset = UNSET,
        end_timestamp: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete metadata entries of an asset by key.

        ``DELETE /v4/assets/item/{workspace}/{teamspace}/{asset}/metadata``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            asset (str): Asset id or path inside the teamspace
            metadata_key (list[str]): Keys of the metadata entries to delete
            start_timestamp (int | Unset): Start of the timestamp range
            end_timestamp (int | Unset): End of the timestamp range

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
        from . import delete_asset_metadata as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            metadata_key=metadata_key,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def update_asset_metadata(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        body: list[AssetMetadataSaveRequestInner],
        *,
        start_timestamp: int | Unset = UNSET,
        end_timestamp: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AssetMetadataSaveResponse:
        """Add or change metadata entries of an asset.

        ``PATCH /v4/assets/item/{workspace}/{teamspace}/{asset}/metadata``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            asset (str): Asset id or path inside the teamspace
            body (list[AssetMetadataSaveRequestInner]): The request body.
            start_timestamp (int | Unset): Start of the timestamp range
            end_timestamp (int | Unset): End of the timestamp range

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            AssetMetadataSaveResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import update_asset_metadata as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            body=body,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_asset_properties(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AssetPropertyListResponse:
        """List the properties of an asset.

        ``GET /v4/assets/item/{workspace}/{teamspace}/{asset}/properties``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            asset (str): Asset id or path inside the teamspace

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            AssetPropertyListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_asset_properties as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def update_asset_properties(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        body: list[AssetPropertySaveRequestInner],
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AssetPropertySaveResponse:
        """Save properties of an asset.

        ``PATCH /v4/assets/item/{workspace}/{teamspace}/{asset}/properties``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            asset (str): Asset id or path inside the teamspace
            body (list[AssetPropertySaveRequestInner]): The request body.

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            AssetPropertySaveResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import update_asset_properties as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def list_assets(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        asset_type: AssetType | str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        include_system_assets: bool | Unset = UNSET,
        x_show_hidden_assets: bool | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AssetListResponse:
        """List the assets in a folder of a teamspace.

        ``GET /v4/assets/list/{workspace}/{teamspace}/{path}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            path (str): Folder path inside the teamspace
            page (int | Unset): Page number, starting at 1
            per_page (int | Unset): Items per page
            asset_type (AssetType | str | Unset):
            created_by (str | Unset): Only assets created by this user
            order_by (str | Unset): Field to sort by
            expand (str | Unset):
            include_system_assets (bool | Unset): Include system assets
            x_show_hidden_assets (bool | Unset): Include hidden assets

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            AssetListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_assets as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            page=page,
            per_page=per_page,
            asset_type=asset_type,
            created_by=created_by,
            order_by=order_by,
            expand=expand,
            include_system_assets=include_system_assets,
            x_show_hidden_assets=x_show_hidden_assets,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def move_assets(
        self,
        workspace: str,
        teamspace: str,
        body: AssetsMoveRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Move assets into a folder of a teamspace.

        ``POST /v4/assets/move/{workspace}/{teamspace}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            body (AssetsMoveRequest): The request body.

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
        from . import move_assets as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_assets_in_path(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AssetPathResponse:
        """Get the assets on a path in a teamspace.

        ``GET /v4/assets/path/{workspace}/{teamspace}/{path}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            path (str): Asset path inside the teamspace

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            AssetPathResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_assets_in_path as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def register_asset(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        body: AssetRegisterRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Register the data at a URI as an asset at a path.

        ``POST /v4/assets/register/{workspace}/{teamspace}/{path}``

        Args:
            workspace (str): Workspace name or id
            teamspace (str): Teamspace name or id
            path (str): Path inside the teamspace for the new asset
            body (AssetRegisterRequest): The request body.

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
        from . import register_asset as _op

        return _op.sync(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def search_assets(
        self,
        workspace: str,
        *,
        q: str | Unset = UNSET,
        path: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        sort_dir: SortOrder | str | Unset = UNSET,
        teamspace: list[str] | Unset = UNSET,
        teamspace_exclude: list[str] | Unset = UNSET,
        filters: list[str] | Unset = UNSET,
        metadata: list[str] | Unset = UNSET,
        public: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_show_hidden_assets: bool | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AssetListResponse:
        """Search the assets of a workspace.

        ``GET /v4/assets/search/{workspace}``

        Args:
            workspace (str): Workspace name or id
            q (str | Unset): Search text
            path (str | Unset): Only assets under this path
            sort (str | Unset): Field to sort by
            sort_dir (SortOrder | str | Unset): A sort direction, ascending or descending.
            teamspace (list[str] | Unset): Only assets in these teamspaces (names or ids)
            teamspace_exclude (list[str] | Unset): Leave out assets in these teamspaces (names or ids)
            filters (list[str] | Unset):
            metadata (list[str] | Unset):
            public (bool | Unset):
            page (int | Unset): Page number, starting at 1
            per_page (int | Unset): Items per page
            x_show_hidden_assets (bool | Unset): Include hidden assets

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            AssetListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import search_assets as _op

        return _op.sync(
            workspace=workspace,
            q=q,
            path=path,
            sort=sort,
            sort_dir=sort_dir,
            teamspace=teamspace,
            teamspace_exclude=teamspace_exclude,
            filters=filters,
            metadata=metadata,
            public=public,
            page=page,
            per_page=per_page,
            x_show_hidden_assets=x_show_hidden_assets,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def search_assets_indexer(
        self,
        *,
        run: str | Unset = UNSET,
        poll: str | Unset = UNSET,
        unindexed: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AssetIndexerResponse:
        """Run or poll the asset search indexer.

        ``POST /v4/assets/search_index``

        Args:
            run (str | Unset):
            poll (str | Unset):
            unindexed (str | Unset):

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            AssetIndexerResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import search_assets_indexer as _op

        return _op.sync(
            run=run,
            poll=poll,
            unindexed=unindexed,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AssetsApiWithRawResponse:
    """The methods of :class:`AssetsApi`, each returning a ``RawResponse`` of its 2xx answer."""

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def get_asset(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetGetResponse]:
        """``GET /v4/assets/item/{workspace}/{teamspace}/{asset}``, giving the whole 2xx answer."""
        from . import get_asset as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def delete_asset(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        *,
        delete_assets: bool | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/assets/item/{workspace}/{teamspace}/{asset}``, giving the whole 2xx answer."""
        from . import delete_asset as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            delete_assets=delete_assets,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def update_asset(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        body: AssetUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/assets/item/{workspace}/{teamspace}/{asset}``, giving the whole 2xx answer."""
        from . import update_asset as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_asset_metadata(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        *,
        start_timestamp: int | Unset = UNSET,
        end_timestamp: int | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetMetadataListResponse]:
        """``GET /v4/assets/item/{workspace}/{teamspace}/{asset}/metadata``, giving the whole 2xx answer."""
        from . import get_asset_metadata as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            page=page,
            per_page=per_page,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def delete_asset_metadata(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        metadata_key: list[str],
        *,
        start_timestamp: int | Unset = UNSET,
        end_timestamp: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/assets/item/{workspace}/{teamspace}/{asset}/metadata``, giving the whole 2xx answer."""
        from . import delete_asset_metadata as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            metadata_key=metadata_key,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def update_asset_metadata(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        body: list[AssetMetadataSaveRequestInner],
        *,
        start_timestamp: int | Unset = UNSET,
        end_timestamp: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetMetadataSaveResponse]:
        """``PATCH /v4/assets/item/{workspace}/{teamspace}/{asset}/metadata``, giving the whole 2xx answer."""
        from . import update_asset_metadata as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            body=body,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_asset_properties(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetPropertyListResponse]:
        """``GET /v4/assets/item/{workspace}/{teamspace}/{asset}/properties``, giving the whole 2xx answer."""
        from . import get_asset_properties as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def update_asset_properties(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        body: list[AssetPropertySaveRequestInner],
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetPropertySaveResponse]:
        """``PATCH /v4/assets/item/{workspace}/{teamspace}/{asset}/properties``, giving the whole 2xx answer."""
        from . import update_asset_properties as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def list_assets(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        asset_type: AssetType | str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        include_system_assets: bool | Unset = UNSET,
        x_show_hidden_assets: bool | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetListResponse]:
        """``GET /v4/assets/list/{workspace}/{teamspace}/{path}``, giving the whole 2xx answer."""
        from . import list_assets as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            page=page,
            per_page=per_page,
            asset_type=asset_type,
            created_by=created_by,
            order_by=order_by,
            expand=expand,
            include_system_assets=include_system_assets,
            x_show_hidden_assets=x_show_hidden_assets,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def move_assets(
        self,
        workspace: str,
        teamspace: str,
        body: AssetsMoveRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``POST /v4/assets/move/{workspace}/{teamspace}``, giving the whole 2xx answer."""
        from . import move_assets as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_assets_in_path(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetPathResponse]:
        """``GET /v4/assets/path/{workspace}/{teamspace}/{path}``, giving the whole 2xx answer."""
        from . import get_assets_in_path as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def register_asset(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        body: AssetRegisterRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``POST /v4/assets/register/{workspace}/{teamspace}/{path}``, giving the whole 2xx answer."""
        from . import register_asset as _op

        return _op.sync_raw(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def search_assets(
        self,
        workspace: str,
        *,
        q: str | Unset = UNSET,
        path: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        sort_dir: SortOrder | str | Unset = UNSET,
        teamspace: list[str] | Unset = UNSET,
        teamspace_exclude: list[str] | Unset = UNSET,
        filters: list[str] | Unset = UNSET,
        metadata: list[str] | Unset = UNSET,
        public: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_show_hidden_assets: bool | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetListResponse]:
        """``GET /v4/assets/search/{workspace}``, giving the whole 2xx answer."""
        from . import search_assets as _op

        return _op.sync_raw(
            workspace=workspace,
            q=q,
            path=path,
            sort=sort,
            sort_dir=sort_dir,
            teamspace=teamspace,
            teamspace_exclude=teamspace_exclude,
            filters=filters,
            metadata=metadata,
            public=public,
            page=page,
            per_page=per_page,
            x_show_hidden_assets=x_show_hidden_assets,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def search_assets_indexer(
        self,
        *,
        run: str | Unset = UNSET,
        poll: str | Unset = UNSET,
        unindexed: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetIndexerResponse]:
        """``POST /v4/assets/search_index``, giving the whole 2xx answer."""
        from . import search_assets_indexer as _op

        return _op.sync_raw(
            run=run,
            poll=poll,
            unindexed=unindexed,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncAssetsApi:
    """The coroutine twin of :class:`AssetsApi`, for an ``httpx.AsyncClient``.

    ``tiledb.client.build(AsyncAssetsApi)`` gives one over the session's async client.
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
    ) -> AsyncAssetsApi:
        """A copy that applies these options to every call (see :meth:`AssetsApi.with_options`)."""
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> AsyncAssetsApiWithRawResponse:
        """The same coroutines, each returning a ``RawResponse``."""
        return AsyncAssetsApiWithRawResponse(self.client)

    async def get_asset(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AssetGetResponse:
        """Get an asset.

        ``GET /v4/assets/item/{workspace}/{teamspace}/{asset}``
        (coroutine; see :meth:`AssetsApi.get_asset`).
        """
        from . import get_asset as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def delete_asset(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        *,
        delete_assets: bool | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete an asset.

        ``DELETE /v4/assets/item/{workspace}/{teamspace}/{asset}``
        (coroutine; see :meth:`AssetsApi.delete_asset`).
        """
        from . import delete_asset as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            delete_assets=delete_assets,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def update_asset(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        body: AssetUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Update the name, description or type of an asset.

        ``PATCH /v4/assets/item/{workspace}/{teamspace}/{asset}``
        (coroutine; see :meth:`AssetsApi.update_asset`).
        """
        from . import update_asset as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_asset_metadata(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        *,
        start_timestamp: int | Unset = UNSET,
        end_timestamp: int | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AssetMetadataListResponse:
        """List the metadata entries of an asset.

        ``GET /v4/assets/item/{workspace}/{teamspace}/{asset}/metadata``
        (coroutine; see :meth:`AssetsApi.get_asset_metadata`).
        """
        from . import get_asset_metadata as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            page=page,
            per_page=per_page,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def delete_asset_metadata(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        metadata_key: list[str],
        *,
        start_timestamp: int | Unset = UNSET,
        end_timestamp: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete metadata entries of an asset by key.

        ``DELETE /v4/assets/item/{workspace}/{teamspace}/{asset}/metadata``
        (coroutine; see :meth:`AssetsApi.delete_asset_metadata`).
        """
        from . import delete_asset_metadata as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            metadata_key=metadata_key,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def update_asset_metadata(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        body: list[AssetMetadataSaveRequestInner],
        *,
        start_timestamp: int | Unset = UNSET,
        end_timestamp: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AssetMetadataSaveResponse:
        """Add or change metadata entries of an asset.

        ``PATCH /v4/assets/item/{workspace}/{teamspace}/{asset}/metadata``
        (coroutine; see :meth:`AssetsApi.update_asset_metadata`).
        """
        from . import update_asset_metadata as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            body=body,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_asset_properties(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AssetPropertyListResponse:
        """List the properties of an asset.

        ``GET /v4/assets/item/{workspace}/{teamspace}/{asset}/properties``
        (coroutine; see :meth:`AssetsApi.get_asset_properties`).
        """
        from . import get_asset_properties as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def update_asset_properties(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        body: list[AssetPropertySaveRequestInner],
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AssetPropertySaveResponse:
        """Save properties of an asset.

        ``PATCH /v4/assets/item/{workspace}/{teamspace}/{asset}/properties``
        (coroutine; see :meth:`AssetsApi.update_asset_properties`).
        """
        from . import update_asset_properties as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def list_assets(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        asset_type: AssetType | str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        include_system_assets: bool | Unset = UNSET,
        x_show_hidden_assets: bool | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AssetListResponse:
        """List the assets in a folder of a teamspace.

        ``GET /v4/assets/list/{workspace}/{teamspace}/{path}``
        (coroutine; see :meth:`AssetsApi.list_assets`).
        """
        from . import list_assets as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            page=page,
            per_page=per_page,
            asset_type=asset_type,
            created_by=created_by,
            order_by=order_by,
            expand=expand,
            include_system_assets=include_system_assets,
            x_show_hidden_assets=x_show_hidden_assets,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def move_assets(
        self,
        workspace: str,
        teamspace: str,
        body: AssetsMoveRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Move assets into a folder of a teamspace.

        ``POST /v4/assets/move/{workspace}/{teamspace}``
        (coroutine; see :meth:`AssetsApi.move_assets`).
        """
        from . import move_assets as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_assets_in_path(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AssetPathResponse:
        """Get the assets on a path in a teamspace.

        ``GET /v4/assets/path/{workspace}/{teamspace}/{path}``
        (coroutine; see :meth:`AssetsApi.get_assets_in_path`).
        """
        from . import get_assets_in_path as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def register_asset(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        body: AssetRegisterRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Register the data at a URI as an asset at a path.

        ``POST /v4/assets/register/{workspace}/{teamspace}/{path}``
        (coroutine; see :meth:`AssetsApi.register_asset`).
        """
        from . import register_asset as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def search_assets(
        self,
        workspace: str,
        *,
        q: str | Unset = UNSET,
        path: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        sort_dir: SortOrder | str | Unset = UNSET,
        teamspace: list[str] | Unset = UNSET,
        teamspace_exclude: list[str] | Unset = UNSET,
        filters: list[str] | Unset = UNSET,
        metadata: list[str] | Unset = UNSET,
        public: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_show_hidden_assets: bool | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AssetListResponse:
        """Search the assets of a workspace.

        ``GET /v4/assets/search/{workspace}``
        (coroutine; see :meth:`AssetsApi.search_assets`).
        """
        from . import search_assets as _op

        return await _op.asyncio(
            workspace=workspace,
            q=q,
            path=path,
            sort=sort,
            sort_dir=sort_dir,
            teamspace=teamspace,
            teamspace_exclude=teamspace_exclude,
            filters=filters,
            metadata=metadata,
            public=public,
            page=page,
            per_page=per_page,
            x_show_hidden_assets=x_show_hidden_assets,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def search_assets_indexer(
        self,
        *,
        run: str | Unset = UNSET,
        poll: str | Unset = UNSET,
        unindexed: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AssetIndexerResponse:
        """Run or poll the asset search indexer.

        ``POST /v4/assets/search_index``
        (coroutine; see :meth:`AssetsApi.search_assets_indexer`).
        """
        from . import search_assets_indexer as _op

        return await _op.asyncio(
            run=run,
            poll=poll,
            unindexed=unindexed,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncAssetsApiWithRawResponse:
    """The coroutines of :class:`AsyncAssetsApi`, each returning a ``RawResponse``."""

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def get_asset(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetGetResponse]:
        """``GET /v4/assets/item/{workspace}/{teamspace}/{asset}``, giving the whole 2xx answer (coroutine)."""
        from . import get_asset as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def delete_asset(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        *,
        delete_assets: bool | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/assets/item/{workspace}/{teamspace}/{asset}``, giving the whole 2xx answer (coroutine)."""
        from . import delete_asset as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            delete_assets=delete_assets,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def update_asset(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        body: AssetUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/assets/item/{workspace}/{teamspace}/{asset}``, giving the whole 2xx answer (coroutine)."""
        from . import update_asset as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_asset_metadata(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        *,
        start_timestamp: int | Unset = UNSET,
        end_timestamp: int | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetMetadataListResponse]:
        """``GET /v4/assets/item/{workspace}/{teamspace}/{asset}/metadata``, giving the whole 2xx answer (coroutine)."""
        from . import get_asset_metadata as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            page=page,
            per_page=per_page,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def delete_asset_metadata(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        metadata_key: list[str],
        *,
        start_timestamp: int | Unset = UNSET,
        end_timestamp: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/assets/item/{workspace}/{teamspace}/{asset}/metadata``, giving the whole 2xx answer (coroutine)."""
        from . import delete_asset_metadata as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            metadata_key=metadata_key,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def update_asset_metadata(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        body: list[AssetMetadataSaveRequestInner],
        *,
        start_timestamp: int | Unset = UNSET,
        end_timestamp: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetMetadataSaveResponse]:
        """``PATCH /v4/assets/item/{workspace}/{teamspace}/{asset}/metadata``, giving the whole 2xx answer (coroutine)."""
        from . import update_asset_metadata as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            body=body,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_asset_properties(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetPropertyListResponse]:
        """``GET /v4/assets/item/{workspace}/{teamspace}/{asset}/properties``, giving the whole 2xx answer (coroutine)."""
        from . import get_asset_properties as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def update_asset_properties(
        self,
        workspace: str,
        teamspace: str,
        asset: str,
        body: list[AssetPropertySaveRequestInner],
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetPropertySaveResponse]:
        """``PATCH /v4/assets/item/{workspace}/{teamspace}/{asset}/properties``, giving the whole 2xx answer (coroutine)."""
        from . import update_asset_properties as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            asset=asset,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def list_assets(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        asset_type: AssetType | str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        include_system_assets: bool | Unset = UNSET,
        x_show_hidden_assets: bool | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetListResponse]:
        """``GET /v4/assets/list/{workspace}/{teamspace}/{path}``, giving the whole 2xx answer (coroutine)."""
        from . import list_assets as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            page=page,
            per_page=per_page,
            asset_type=asset_type,
            created_by=created_by,
            order_by=order_by,
            expand=expand,
            include_system_assets=include_system_assets,
            x_show_hidden_assets=x_show_hidden_assets,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def move_assets(
        self,
        workspace: str,
        teamspace: str,
        body: AssetsMoveRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``POST /v4/assets/move/{workspace}/{teamspace}``, giving the whole 2xx answer (coroutine)."""
        from . import move_assets as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_assets_in_path(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetPathResponse]:
        """``GET /v4/assets/path/{workspace}/{teamspace}/{path}``, giving the whole 2xx answer (coroutine)."""
        from . import get_assets_in_path as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def register_asset(
        self,
        workspace: str,
        teamspace: str,
        path: str,
        body: AssetRegisterRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``POST /v4/assets/register/{workspace}/{teamspace}/{path}``, giving the whole 2xx answer (coroutine)."""
        from . import register_asset as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            teamspace=teamspace,
            path=path,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def search_assets(
        self,
        workspace: str,
        *,
        q: str | Unset = UNSET,
        path: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        sort_dir: SortOrder | str | Unset = UNSET,
        teamspace: list[str] | Unset = UNSET,
        teamspace_exclude: list[str] | Unset = UNSET,
        filters: list[str] | Unset = UNSET,
        metadata: list[str] | Unset = UNSET,
        public: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_show_hidden_assets: bool | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetListResponse]:
        """``GET /v4/assets/search/{workspace}``, giving the whole 2xx answer (coroutine)."""
        from . import search_assets as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            q=q,
            path=path,
            sort=sort,
            sort_dir=sort_dir,
            teamspace=teamspace,
            teamspace_exclude=teamspace_exclude,
            filters=filters,
            metadata=metadata,
            public=public,
            page=page,
            per_page=per_page,
            x_show_hidden_assets=x_show_hidden_assets,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def search_assets_indexer(
        self,
        *,
        run: str | Unset = UNSET,
        poll: str | Unset = UNSET,
        unindexed: str | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetIndexerResponse]:
        """``POST /v4/assets/search_index``, giving the whole 2xx answer (coroutine)."""
        from . import search_assets_indexer as _op

        return await _op.asyncio_raw(
            run=run,
            poll=poll,
            unindexed=unindexed,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )
