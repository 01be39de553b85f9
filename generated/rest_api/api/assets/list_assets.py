"""List the assets in a folder of a teamspace.

``GET /v4/assets/list/{workspace}/{teamspace}/{path}`` (operation ``list_assets``).
"""

import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, CallOptions, Client, RawResponse, aopen_stream, asend, open_stream, send
from ...models.asset_list_response import AssetListResponse
from ...models.asset_type import AssetType
from ...types import UNSET, Response, Unset, check_argument, check_value, http_status, parsing, path_segment

OPERATION = "list_assets"


def _get_kwargs(
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
) -> dict[str, Any]:
    check_argument(page, "page", "int")
    check_value(page, "page", minimum=1)
    check_argument(per_page, "per_page", "int")
    check_value(per_page, "per_page", minimum=1)
    if not isinstance(asset_type, Unset):
        asset_type = AssetType.checked(asset_type, "asset_type")
    check_argument(include_system_assets, "include_system_assets", "bool")
    check_argument(x_show_hidden_assets, "x_show_hidden_assets", "bool")

    headers: dict[str, Any] = {}
    if not isinstance(x_show_hidden_assets, Unset):
        headers["X-SHOW-HIDDEN-ASSETS"] = "true" if x_show_hidden_assets else "false"

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    json_asset_type: str | Unset = UNSET
    if not isinstance(asset_type, Unset):
        json_asset_type = asset_type.value

    params["asset_type"] = json_asset_type

    params["created_by"] = created_by

    params["order_by"] = order_by

    params["expand"] = expand

    params["include_system_assets"] = include_system_assets

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v4/assets/list/{workspace}/{teamspace}/{path}".format(
            workspace=path_segment(workspace, "workspace"),
            teamspace=path_segment(teamspace, "teamspace"),
            path=path_segment(path, "path"),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AssetListResponse:
    """Return the success value of a 2xx answer; raise ``ApiError`` for any other status."""
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    try:
        with parsing(response.content):
            data = response.json()
            response_200 = AssetListResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(OPERATION, response, exc) from exc
    return response_200


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AssetListResponse]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    workspace: str,
    teamspace: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    asset_type: AssetType | str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    include_system_assets: bool | Unset = UNSET,
    x_show_hidden_assets: bool | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[AssetListResponse]:
    """List the assets in a folder of a teamspace.

    Returns the whole answer (status, headers, raw content and the parsed value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
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
    )
    response = send(client, kwargs, options)
    return _build_response(client=client, response=response)


def sync(
    workspace: str,
    teamspace: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    asset_type: AssetType | str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    include_system_assets: bool | Unset = UNSET,
    x_show_hidden_assets: bool | Unset = UNSET,
    options: CallOptions | None = None,
) -> AssetListResponse:
    """List the assets in a folder of a teamspace.

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

    Returns:
        AssetListResponse: the parsed success answer.

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
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
    )
    response = send(client, kwargs, options)
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    workspace: str,
    teamspace: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    asset_type: AssetType | str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    include_system_assets: bool | Unset = UNSET,
    x_show_hidden_assets: bool | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[AssetListResponse]:
    """List the assets in a folder of a teamspace. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
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
    )
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    workspace: str,
    teamspace: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    asset_type: AssetType | str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    include_system_assets: bool | Unset = UNSET,
    x_show_hidden_assets: bool | Unset = UNSET,
    options: CallOptions | None = None,
) -> AssetListResponse:
    """List the assets in a folder of a teamspace. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
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
    )
    response = await asend(client, kwargs, options)
    return _parse_response(client=client, response=response)


def sync_raw(
    workspace: str,
    teamspace: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    asset_type: AssetType | str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    include_system_assets: bool | Unset = UNSET,
    x_show_hidden_assets: bool | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[AssetListResponse]:
    """List the assets in a folder of a teamspace. (the 2xx answer as it came; ``parse()`` gives the value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
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
    )
    response = send(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


async def asyncio_raw(
    workspace: str,
    teamspace: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    asset_type: AssetType | str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    include_system_assets: bool | Unset = UNSET,
    x_show_hidden_assets: bool | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[AssetListResponse]:
    """List the assets in a folder of a teamspace. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
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
    )
    response = await asend(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


@contextlib.contextmanager
def stream(
    workspace: str,
    teamspace: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    asset_type: AssetType | str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    include_system_assets: bool | Unset = UNSET,
    x_show_hidden_assets: bool | Unset = UNSET,
    options: CallOptions | None = None,
) -> Iterator[httpx.Response]:
    """List the assets in a folder of a teamspace. (streamed answer).

    A context manager yielding the open 2xx answer before its body is read: iterate
    ``response.iter_bytes()`` (or ``iter_raw()``) to take the body in chunks without holding it
    in memory; the connection goes back to the pool when the block ends.

    Raises:
        ApiError: The server answered with a status outside 2xx (its body is read first).
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
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
    )
    with open_stream(client, kwargs, options) as response:
        yield response


@contextlib.asynccontextmanager
async def astream(
    workspace: str,
    teamspace: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    asset_type: AssetType | str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    include_system_assets: bool | Unset = UNSET,
    x_show_hidden_assets: bool | Unset = UNSET,
    options: CallOptions | None = None,
) -> AsyncIterator[httpx.Response]:
    """List the assets in a folder of a teamspace. (coroutine; streamed answer, see :func:`stream`)."""
    kwargs = _get_kwargs(
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
    )
    async with aopen_stream(client, kwargs, options) as response:
        yield response
