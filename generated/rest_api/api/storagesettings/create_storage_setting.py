"""Create a storage setting in a workspace.

``POST /v4/storagesettings/{workspace}`` (operation ``create_storage_setting``).
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, CallOptions, Client, RawResponse, asend, send
from ...models.storage_settings_create_request import StorageSettingsCreateRequest
from ...models.storage_settings_create_response import StorageSettingsCreateResponse
from ...types import REQUEST_BODY, UNSET, Response, Unset, http_status, parsing, path_segment

OPERATION = "create_storage_setting"


def _get_kwargs(
    workspace: str,
    body: StorageSettingsCreateRequest,
    *,
    teamspace_id: str | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(body, StorageSettingsCreateRequest):
        raise TypeError(f"body must be a StorageSettingsCreateRequest, not {type(body).__name__}")

    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["teamspace_id"] = teamspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v4/storagesettings/{workspace}".format(
            workspace=path_segment(workspace, "workspace"),
        ),
        "params": params,
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> StorageSettingsCreateResponse:
    """Return the success value of a 2xx answer; raise ``ApiError`` for any other status."""
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    try:
        with parsing(response.content):
            data = response.json()
            response_201 = StorageSettingsCreateResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(OPERATION, response, exc) from exc
    return response_201


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[StorageSettingsCreateResponse]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    workspace: str,
    body: StorageSettingsCreateRequest,
    *,
    client: AuthenticatedClient | Client,
    teamspace_id: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[StorageSettingsCreateResponse]:
    """Create a storage setting in a workspace.

    Returns the whole answer (status, headers, raw content and the parsed value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        body=body,
        teamspace_id=teamspace_id,
    )
    response = send(client, kwargs, options)
    return _build_response(client=client, response=response)


def sync(
    workspace: str,
    body: StorageSettingsCreateRequest,
    *,
    client: AuthenticatedClient | Client,
    teamspace_id: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> StorageSettingsCreateResponse:
    """Create a storage setting in a workspace.

    Args:
        workspace (str): Workspace name or id
        body (StorageSettingsCreateRequest): The request body.
        teamspace_id (str | Unset): Teamspace id, for a storage setting of a teamspace

    Returns:
        StorageSettingsCreateResponse: the parsed success answer.

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        body=body,
        teamspace_id=teamspace_id,
    )
    response = send(client, kwargs, options)
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    workspace: str,
    body: StorageSettingsCreateRequest,
    *,
    client: AuthenticatedClient | Client,
    teamspace_id: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[StorageSettingsCreateResponse]:
    """Create a storage setting in a workspace. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        body=body,
        teamspace_id=teamspace_id,
    )
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    workspace: str,
    body: StorageSettingsCreateRequest,
    *,
    client: AuthenticatedClient | Client,
    teamspace_id: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> StorageSettingsCreateResponse:
    """Create a storage setting in a workspace. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        body=body,
        teamspace_id=teamspace_id,
    )
    response = await asend(client, kwargs, options)
    return _parse_response(client=client, response=response)


def sync_raw(
    workspace: str,
    body: StorageSettingsCreateRequest,
    *,
    client: AuthenticatedClient | Client,
    teamspace_id: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[StorageSettingsCreateResponse]:
    """Create a storage setting in a workspace. (the 2xx answer as it came; ``parse()`` gives the value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        body=body,
        teamspace_id=teamspace_id,
    )
    response = send(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


async def asyncio_raw(
    workspace: str,
    body: StorageSettingsCreateRequest,
    *,
    client: AuthenticatedClient | Client,
    teamspace_id: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[StorageSettingsCreateResponse]:
    """Create a storage setting in a workspace. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        body=body,
        teamspace_id=teamspace_id,
    )
    response = await asend(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))
