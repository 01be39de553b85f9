"""Delete metadata entries of an asset by key.

``DELETE /v4/assets/item/{workspace}/{teamspace}/{asset}/metadata`` (operation ``delete_asset_metadata``).
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, CallOptions, Client, RawResponse, asend, send
from ...types import UNSET, Response, Unset, check_argument, check_value, http_status, path_segment

OPERATION = "delete_asset_metadata"


def _get_kwargs(
    workspace: str,
    teamspace: str,
    asset: str,
    metadata_key: list[str],
    *,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
) -> dict[str, Any]:
    check_argument(start_timestamp, "start_timestamp", "int")
    check_argument(end_timestamp, "end_timestamp", "int")
    check_value(metadata_key, "metadata_key", min_items=1)

    params: dict[str, Any] = {}

    params["start_timestamp"] = start_timestamp

    params["end_timestamp"] = end_timestamp

    json_metadata_key = metadata_key

    params["metadata_key"] = json_metadata_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v4/assets/item/{workspace}/{teamspace}/{asset}/metadata".format(
            workspace=path_segment(workspace, "workspace"),
            teamspace=path_segment(teamspace, "teamspace"),
            asset=path_segment(asset, "asset"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    """Return the success value of a 2xx answer; raise ``ApiError`` for any other status."""
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None]:
    _parse_response(client=client, response=response)
    parsed = None
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
    metadata_key: list[str],
    *,
    client: AuthenticatedClient | Client,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[None]:
    """Delete metadata entries of an asset by key.

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
        metadata_key=metadata_key,
    )
    response = send(client, kwargs, options)
    return _build_response(client=client, response=response)


def sync(
    workspace: str,
    teamspace: str,
    asset: str,
    metadata_key: list[str],
    *,
    client: AuthenticatedClient | Client,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> None:
    """Delete metadata entries of an asset by key.

    Args:
        workspace (str): Workspace name or id
        teamspace (str): Teamspace name or id
        asset (str): Asset id or path inside the teamspace
        metadata_key (list[str]): Keys of the metadata entries to delete
        start_timestamp (int | Unset): Start of the timestamp range
        end_timestamp (int | Unset): End of the timestamp range

    Returns:
        None: the parsed success answer.

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
        metadata_key=metadata_key,
    )
    response = send(client, kwargs, options)
    _parse_response(client=client, response=response)
    return None


async def asyncio_detailed(
    workspace: str,
    teamspace: str,
    asset: str,
    metadata_key: list[str],
    *,
    client: AuthenticatedClient | Client,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[None]:
    """Delete metadata entries of an asset by key. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        asset=asset,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        metadata_key=metadata_key,
    )
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    workspace: str,
    teamspace: str,
    asset: str,
    metadata_key: list[str],
    *,
    client: AuthenticatedClient | Client,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> None:
    """Delete metadata entries of an asset by key. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        asset=asset,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        metadata_key=metadata_key,
    )
    response = await asend(client, kwargs, options)
    _parse_response(client=client, response=response)
    return None


def sync_raw(
    workspace: str,
    teamspace: str,
    asset: str,
    metadata_key: list[str],
    *,
    client: AuthenticatedClient | Client,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[None]:
    """Delete metadata entries of an asset by key. (the 2xx answer as it came; ``parse()`` gives the value).

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
        metadata_key=metadata_key,
    )
    response = send(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


async def asyncio_raw(
    workspace: str,
    teamspace: str,
    asset: str,
    metadata_key: list[str],
    *,
    client: AuthenticatedClient | Client,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[None]:
    """Delete metadata entries of an asset by key. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        asset=asset,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        metadata_key=metadata_key,
    )
    response = await asend(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))
