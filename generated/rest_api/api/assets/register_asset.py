"""Register the data at a URI as an asset at a path.

``POST /v4/assets/register/{workspace}/{teamspace}/{path}`` (operation ``register_asset``).
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, CallOptions, Client, RawResponse, asend, send
from ...models.asset_register_request import AssetRegisterRequest
from ...types import REQUEST_BODY, Response, http_status, path_segment

OPERATION = "register_asset"


def _get_kwargs(
    workspace: str,
    teamspace: str,
    path: str,
    body: AssetRegisterRequest,
) -> dict[str, Any]:
    if not isinstance(body, AssetRegisterRequest):
        raise TypeError(f"body must be a AssetRegisterRequest, not {type(body).__name__}")

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v4/assets/register/{workspace}/{teamspace}/{path}".format(
            workspace=path_segment(workspace, "workspace"),
            teamspace=path_segment(teamspace, "teamspace"),
            path=path_segment(path, "path"),
        ),
    }

    # The models' to_dict() checks the spec's constraints of their fields for a request body.
    _request_body = REQUEST_BODY.set(True)
    try:
        _kwargs["json"] = body.to_dict()

    finally:
        REQUEST_BODY.reset(_request_body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    path: str,
    body: AssetRegisterRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Response[None]:
    """Register the data at a URI as an asset at a path.

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
        body=body,
    )
    response = send(client, kwargs, options)
    return _build_response(client=client, response=response)


def sync(
    workspace: str,
    teamspace: str,
    path: str,
    body: AssetRegisterRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> None:
    """Register the data at a URI as an asset at a path.

    Args:
        workspace (str): Workspace name or id
        teamspace (str): Teamspace name or id
        path (str): Path inside the teamspace for the new asset
        body (AssetRegisterRequest): The request body.

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
        path=path,
        body=body,
    )
    response = send(client, kwargs, options)
    _parse_response(client=client, response=response)
    return None


async def asyncio_detailed(
    workspace: str,
    teamspace: str,
    path: str,
    body: AssetRegisterRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Response[None]:
    """Register the data at a URI as an asset at a path. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        path=path,
        body=body,
    )
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    workspace: str,
    teamspace: str,
    path: str,
    body: AssetRegisterRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> None:
    """Register the data at a URI as an asset at a path. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        path=path,
        body=body,
    )
    response = await asend(client, kwargs, options)
    _parse_response(client=client, response=response)
    return None


def sync_raw(
    workspace: str,
    teamspace: str,
    path: str,
    body: AssetRegisterRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> RawResponse[None]:
    """Register the data at a URI as an asset at a path. (the 2xx answer as it came; ``parse()`` gives the value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        path=path,
        body=body,
    )
    response = send(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


async def asyncio_raw(
    workspace: str,
    teamspace: str,
    path: str,
    body: AssetRegisterRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> RawResponse[None]:
    """Register the data at a URI as an asset at a path. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        path=path,
        body=body,
    )
    response = await asend(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))
