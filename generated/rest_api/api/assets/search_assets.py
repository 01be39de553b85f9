"""Search the assets of a workspace.

``GET /v4/assets/search/{workspace}`` (operation ``search_assets``).
"""

import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, CallOptions, Client, RawResponse, aopen_stream, asend, open_stream, send
from ...models.asset_list_response import AssetListResponse
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset, check_argument, check_value, http_status, parsing, path_segment

OPERATION = "search_assets"


def _get_kwargs(
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
) -> dict[str, Any]:
    if not isinstance(sort_dir, Unset):
        sort_dir = SortOrder.checked(sort_dir, "sort_dir")
    check_argument(public, "public", "bool")
    check_argument(page, "page", "int")
    check_value(page, "page", minimum=1)
    check_argument(per_page, "per_page", "int")
    check_value(per_page, "per_page", minimum=1)
    check_argument(x_show_hidden_assets, "x_show_hidden_assets", "bool")

    headers: dict[str, Any] = {}
    if not isinstance(x_show_hidden_assets, Unset):
        headers["X-SHOW-HIDDEN-ASSETS"] = "true" if x_show_hidden_assets else "false"

    params: dict[str, Any] = {}

    params["q"] = q

    params["path"] = path

    params["sort"] = sort

    json_sort_dir: str | Unset = UNSET
    if not isinstance(sort_dir, Unset):
        json_sort_dir = sort_dir.value

    params["sort_dir"] = json_sort_dir

    json_teamspace: list[str] | Unset = UNSET
    if not isinstance(teamspace, Unset):
        json_teamspace = teamspace

    params["teamspace"] = json_teamspace

    json_teamspace_exclude: list[str] | Unset = UNSET
    if not isinstance(teamspace_exclude, Unset):
        json_teamspace_exclude = teamspace_exclude

    params["teamspace_exclude"] = json_teamspace_exclude

    json_filters: list[str] | Unset = UNSET
    if not isinstance(filters, Unset):
        json_filters = filters

    params["filters"] = json_filters

    json_metadata: list[str] | Unset = UNSET
    if not isinstance(metadata, Unset):
        json_metadata = metadata

    params["metadata"] = json_metadata

    params["public"] = public

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v4/assets/search/{workspace}".format(
            workspace=path_segment(workspace, "workspace"),
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
    *,
    client: AuthenticatedClient | Client,
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
    options: CallOptions | None = None,
) -> Response[AssetListResponse]:
    """Search the assets of a workspace.

    Returns the whole answer (status, headers, raw content and the parsed value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
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
    )
    response = send(client, kwargs, options)
    return _build_response(client=client, response=response)


def sync(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
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
    options: CallOptions | None = None,
) -> AssetListResponse:
    """Search the assets of a workspace.

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

    Returns:
        AssetListResponse: the parsed success answer.

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
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
    )
    response = send(client, kwargs, options)
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
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
    options: CallOptions | None = None,
) -> Response[AssetListResponse]:
    """Search the assets of a workspace. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
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
    )
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
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
    options: CallOptions | None = None,
) -> AssetListResponse:
    """Search the assets of a workspace. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
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
    )
    response = await asend(client, kwargs, options)
    return _parse_response(client=client, response=response)


def sync_raw(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
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
    options: CallOptions | None = None,
) -> RawResponse[AssetListResponse]:
    """Search the assets of a workspace. (the 2xx answer as it came; ``parse()`` gives the value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
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
    )
    response = send(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


async def asyncio_raw(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
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
    options: CallOptions | None = None,
) -> RawResponse[AssetListResponse]:
    """Search the assets of a workspace. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
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
    )
    response = await asend(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


@contextlib.contextmanager
def stream(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
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
    options: CallOptions | None = None,
) -> Iterator[httpx.Response]:
    """Search the assets of a workspace. (streamed answer).

    A context manager yielding the open 2xx answer before its body is read: iterate
    ``response.iter_bytes()`` (or ``iter_raw()``) to take the body in chunks without holding it
    in memory; the connection goes back to the pool when the block ends.

    Raises:
        ApiError: The server answered with a status outside 2xx (its body is read first).
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
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
    )
    with open_stream(client, kwargs, options) as response:
        yield response


@contextlib.asynccontextmanager
async def astream(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
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
    options: CallOptions | None = None,
) -> AsyncIterator[httpx.Response]:
    """Search the assets of a workspace. (coroutine; streamed answer, see :func:`stream`)."""
    kwargs = _get_kwargs(
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
    )
    async with aopen_stream(client, kwargs, options) as response:
        yield response
