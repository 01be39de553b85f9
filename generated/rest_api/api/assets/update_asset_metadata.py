"""Add or change metadata entries of an asset.

``PATCH /v4/assets/item/{workspace}/{teamspace}/{asset}/metadata`` (operation ``update_asset_metadata``).
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, CallOptions, Client, RawResponse, asend, send
from ...models.asset_metadata_save_request_inner import AssetMetadataSaveRequestInner
from ...models.asset_metadata_save_response import AssetMetadataSaveResponse
from ...types import REQUEST_BODY, UNSET, Response, Unset, check_argument, http_status, parsing, path_segment

OPERATION = "update_asset_metadata"


def _get_kwargs(
    workspace: str,
    teamspace: str,
    asset: str,
    body: list[AssetMetadataSaveRequestInner],
    *,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(body, list):
        raise TypeError(f"body must be a list, not {type(body).__name__}")
    check_argument(start_timestamp, "start_timestamp", "int")
    check_argument(end_timestamp, "end_timestamp", "int")

    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["start_timestamp"] = start_timestamp

    params["end_timestamp"] = end_timestamp

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v4/assets/item/{workspace}/{teamspace}/{asset}/metadata".format(
            workspace=path_segment(workspace, "workspace"),
            teamspace=path_segment(teamspace, "teamspace"),
            asset=path_segment(asset, "asset"),
        ),
        "params": params,
    }

    # The models' to_dict() checks the spec's constraints of their fields for a request body.
    _request_body = REQUEST_BODY.set(True)
    try:
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    finally:
        REQUEST_BODY.reset(_request_body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AssetMetadataSaveResponse:
    """Return the success value of a 2xx answer; raise ``ApiError`` for any other status."""
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    try:
        with parsing(response.content):
            data = response.json()
            response_201 = AssetMetadataSaveResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(OPERATION, response, exc) from exc
    return response_201


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AssetMetadataSaveResponse]:
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
    body: list[AssetMetadataSaveRequestInner],
    *,
    client: AuthenticatedClient | Client,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[AssetMetadataSaveResponse]:
    """Add or change metadata entries of an asset.

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
        body=body,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
    )
    response = send(client, kwargs, options)
    return _build_response(client=client, response=response)


def sync(
    workspace: str,
    teamspace: str,
    asset: str,
    body: list[AssetMetadataSaveRequestInner],
    *,
    client: AuthenticatedClient | Client,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> AssetMetadataSaveResponse:
    """Add or change metadata entries of an asset.

    Args:
        workspace (str): Workspace name or id
        teamspace (str): Teamspace name or id
        asset (str): Asset id or path inside the teamspace
        body (list[AssetMetadataSaveRequestInner]): The request body.
        start_timestamp (int | Unset): Start of the timestamp range
        end_timestamp (int | Unset): End of the timestamp range

    Returns:
        AssetMetadataSaveResponse: the parsed success answer.

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        asset=asset,
        body=body,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
    )
    response = send(client, kwargs, options)
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    workspace: str,
    teamspace: str,
    asset: str,
    body: list[AssetMetadataSaveRequestInner],
    *,
    client: AuthenticatedClient | Client,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[AssetMetadataSaveResponse]:
    """Add or change metadata entries of an asset. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        asset=asset,
        body=body,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
    )
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    workspace: str,
    teamspace: str,
    asset: str,
    body: list[AssetMetadataSaveRequestInner],
    *,
    client: AuthenticatedClient | Client,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> AssetMetadataSaveResponse:
    """Add or change metadata entries of an asset. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        asset=asset,
        body=body,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
    )
    response = await asend(client, kwargs, options)
    return _parse_response(client=client, response=response)


def sync_raw(
    workspace: str,
    teamspace: str,
    asset: str,
    body: list[AssetMetadataSaveRequestInner],
    *,
    client: AuthenticatedClient | Client,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[AssetMetadataSaveResponse]:
    """Add or change metadata entries of an asset. (the 2xx answer as it came; ``parse()`` gives the value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        asset=asset,
        body=body,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
    )
    response = send(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


async def asyncio_raw(
    workspace: str,
    teamspace: str,
    asset: str,
    body: list[AssetMetadataSaveRequestInner],
    *,
    client: AuthenticatedClient | Client,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[AssetMetadataSaveResponse]:
    """Add or change metadata entries of an asset. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        asset=asset,
        body=body,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
    )
    response = await asend(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))
