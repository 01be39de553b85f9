"""Get a storage setting by id.

``GET /v4/storagesettings/{workspace}/{stset_id}`` (operation ``get_storage_setting_by_id``).
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, CallOptions, Client, RawResponse, asend, send
from ...models.storage_setting_get_response import StorageSettingGetResponse
from ...types import UNSET, Response, Unset, http_status, parsing, path_segment

OPERATION = "get_storage_setting_by_id"


def _get_kwargs(
    workspace: str,
    stset_id: str,
    *,
    teamspace_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["teamspace_id"] = teamspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v4/storagesettings/{workspace}/{stset_id}".format(
            workspace=path_segment(workspace, "workspace"),
            stset_id=path_segment(stset_id, "stset_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> StorageSettingGetResponse:
    """Return the success value of a 2xx answer; raise ``ApiError`` for any other status."""
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    try:
        with parsing(response.content):
            data = response.json()
            response_200 = StorageSettingGetResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(OPERATION, response, exc) from exc
    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[StorageSettingGetResponse]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    workspace: str,
    stset_id: str,
    *,
    client: AuthenticatedClient | Client,
    teamspace_id: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[StorageSettingGetResponse]:
    """Get a storage setting by id.

    Returns the whole answer (status, headers, raw content and the parsed value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        stset_id=stset_id,
        teamspace_id=teamspace_id,
    )
    response = send(client, kwargs, options)
    return _build_response(client=client, response=response)


def sync(
    workspace: str,
    stset_id: str,
    *,
    client: AuthenticatedClient | Client,
    teamspace_id: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> StorageSettingGetResponse:
    """Get a storage setting by id.

    Args:
        workspace (str): Workspace name or id
        stset_id (str): Storage setting id
        teamspace_id (str | Unset): Teamspace id, for a storage setting of a teamspace

    Returns:
        StorageSettingGetResponse: the parsed success answer.

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        stset_id=stset_id,
        teamspace_id=teamspace_id,
    )
    response = send(client, kwargs, options)
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    workspace: str,
    stset_id: str,
    *,
    client: AuthenticatedClient | Client,
    teamspace_id: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[StorageSettingGetResponse]:
    """Get a storage setting by id. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        stset_id=stset_id,
        teamspace_id=teamspace_id,
    )
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    workspace: str,
    stset_id: str,
    *,
    client: AuthenticatedClient | Client,
    teamspace_id: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> StorageSettingGetResponse:
    """Get a storage setting by id. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        stset_id=stset_id,
        teamspace_id=teamspace_id,
    )
    response = await asend(client, kwargs, options)
    return _parse_response(client=client, response=response)


def sync_raw(
    workspace: str,
    stset_id: str,
    *,
    client: AuthenticatedClient | Client,
    teamspace_id: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[StorageSettingGetResponse]:
    """Get a storage setting by id. (the 2xx answer as it came; ``parse()`` gives the value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        stset_id=stset_id,
        teamspace_id=teamspace_id,
    )
    response = send(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


async def asyncio_raw(
    workspace: str,
    stset_id: str,
    *,
    client: AuthenticatedClient | Client,
    teamspace_id: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[StorageSettingGetResponse]:
    """Get a storage setting by id. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        stset_id=stset_id,
        teamspace_id=teamspace_id,
    )
    response = await asend(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))
