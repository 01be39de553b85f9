"""List the metadata entries of an asset.

``GET /v4/assets/item/{workspace}/{teamspace}/{asset}/metadata`` (operation ``get_asset_metadata``).
"""

import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, CallOptions, Client, RawResponse, aopen_stream, asend, open_stream, send
from ...models.asset_metadata_list_response import AssetMetadataListResponse
from ...types import UNSET, Response, Unset, check_argument, check_value, http_status, parsing, path_segment

OPERATION = "get_asset_metadata"


def _get_kwargs(
    workspace: str,
    teamspace: str,
    asset: str,
    *,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:
    check_argument(start_timestamp, "start_timestamp", "int")
    check_argument(end_timestamp, "end_timestamp", "int")
    check_argument(page, "page", "int")
    check_value(page, "page", minimum=1)
    check_argument(per_page, "per_page", "int")
    check_value(per_page, "per_page", minimum=1)

    params: dict[str, Any] = {}

    params["start_timestamp"] = start_timestamp

    params["end_timestamp"] = end_timestamp

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v4/assets/item/{workspace}/{teamspace}/{asset}/metadata".format(
            workspace=path_segment(workspace, "workspace"),
            teamspace=path_segment(teamspace, "teamspace"),
            asset=path_segment(asset, "asset"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AssetMetadataListResponse:
    """Return the success value of a 2xx answer; raise ``ApiError`` for any other status."""
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    try:
        with parsing(response.content):
            data = response.json()
            response_200 = AssetMetadataListResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(OPERATION, response, exc) from exc
    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AssetMetadataListResponse]:
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
    asset: str,
    *,
    client: AuthenticatedClient | Client,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[AssetMetadataListResponse]:
    """List the metadata entries of an asset.

    Returns the whole answer (status, headers, raw content and the parsed value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        asset=asset,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        page=page,
        per_page=per_page,
    )
    response = send(client, kwargs, options)
    return _build_response(client=client, response=response)


def sync(
    workspace: str,
    teamspace: str,
    asset: str,
    *,
    client: AuthenticatedClient | Client,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> AssetMetadataListResponse:
    """List the metadata entries of an asset.

    Args:
        workspace (str): Workspace name or id
        teamspace (str): Teamspace name or id
        asset (str): Asset id or path inside the teamspace
        start_timestamp (int | Unset): Start of the timestamp range
        end_timestamp (int | Unset): End of the timestamp range
        page (int | Unset): Page number, starting at 1
        per_page (int | Unset): Items per page

    Returns:
        AssetMetadataListResponse: the parsed success answer.

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        asset=asset,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        page=page,
        per_page=per_page,
    )
    response = send(client, kwargs, options)
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    workspace: str,
    teamspace: str,
    asset: str,
    *,
    client: AuthenticatedClient | Client,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[AssetMetadataListResponse]:
    """List the metadata entries of an asset. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        asset=asset,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        page=page,
        per_page=per_page,
    )
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    workspace: str,
    teamspace: str,
    asset: str,
    *,
    client: AuthenticatedClient | Client,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> AssetMetadataListResponse:
    """List the metadata entries of an asset. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        asset=asset,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        page=page,
        per_page=per_page,
    )
    response = await asend(client, kwargs, options)
    return _parse_response(client=client, response=response)


def sync_raw(
    workspace: str,
    teamspace: str,
    asset: str,
    *,
    client: AuthenticatedClient | Client,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[AssetMetadataListResponse]:
    """List the metadata entries of an asset. (the 2xx answer as it came; ``parse()`` gives the value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        asset=asset,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        page=page,
        per_page=per_page,
    )
    response = send(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


async def asyncio_raw(
    workspace: str,
    teamspace: str,
    asset: str,
    *,
    client: AuthenticatedClient | Client,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[AssetMetadataListResponse]:
    """List the metadata entries of an asset. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        asset=asset,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        page=page,
        per_page=per_page,
    )
    response = await asend(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


@contextlib.contextmanager
def stream(
    workspace: str,
    teamspace: str,
    asset: str,
    *,
    client: AuthenticatedClient | Client,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> Iterator[httpx.Response]:
    """List the metadata entries of an asset. (streamed answer).

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
        asset=asset,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        page=page,
        per_page=per_page,
    )
    with open_stream(client, kwargs, options) as response:
        yield response


@contextlib.asynccontextmanager
async def astream(
    workspace: str,
    teamspace: str,
    asset: str,
    *,
    client: AuthenticatedClient | Client,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> AsyncIterator[httpx.Response]:
    """List the metadata entries of an asset. (coroutine; streamed answer, see :func:`stream`)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        asset=asset,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        page=page,
        per_page=per_page,
    )
    async with aopen_stream(client, kwargs, options) as response:
        yield response
