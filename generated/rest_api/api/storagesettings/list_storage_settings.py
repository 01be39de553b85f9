"""List the storage settings of a workspace.

``GET /v4/storagesettings/{workspace}`` (operation ``list_storage_settings``).
"""

import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, CallOptions, Client, RawResponse, aopen_stream, asend, open_stream, send
from ...models.storage_settings_list_response import StorageSettingsListResponse
from ...types import UNSET, Response, Unset, check_argument, check_value, http_status, parsing, path_segment

OPERATION = "list_storage_settings"


def _get_kwargs(
    workspace: str,
    *,
    teamspace_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:
    check_argument(page, "page", "int")
    check_value(page, "page", minimum=1)
    check_argument(per_page, "per_page", "int")
    check_value(per_page, "per_page", minimum=1)

    params: dict[str, Any] = {}

    params["teamspace_id"] = teamspace_id

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v4/storagesettings/{workspace}".format(
            workspace=path_segment(workspace, "workspace"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> StorageSettingsListResponse:
    """Return the success value of a 2xx answer; raise ``ApiError`` for any other status."""
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    try:
        with parsing(response.content):
            data = response.json()
            response_200 = StorageSettingsListResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(OPERATION, response, exc) from exc
    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[StorageSettingsListResponse]:
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
    teamspace_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[StorageSettingsListResponse]:
    """List the storage settings of a workspace.

    Returns the whole answer (status, headers, raw content and the parsed value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace_id=teamspace_id,
        page=page,
        per_page=per_page,
    )
    response = send(client, kwargs, options)
    return _build_response(client=client, response=response)


def sync(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
    teamspace_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> StorageSettingsListResponse:
    """List the storage settings of a workspace.

    Args:
        workspace (str): Workspace name or id
        teamspace_id (str | Unset): Teamspace id, for the storage settings of a teamspace
        page (int | Unset): Page number, starting at 1
        per_page (int | Unset): Items per page

    Returns:
        StorageSettingsListResponse: the parsed success answer.

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace_id=teamspace_id,
        page=page,
        per_page=per_page,
    )
    response = send(client, kwargs, options)
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
    teamspace_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[StorageSettingsListResponse]:
    """List the storage settings of a workspace. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace_id=teamspace_id,
        page=page,
        per_page=per_page,
    )
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
    teamspace_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> StorageSettingsListResponse:
    """List the storage settings of a workspace. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace_id=teamspace_id,
        page=page,
        per_page=per_page,
    )
    response = await asend(client, kwargs, options)
    return _parse_response(client=client, response=response)


def sync_raw(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
    teamspace_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[StorageSettingsListResponse]:
    """List the storage settings of a workspace. (the 2xx answer as it came; ``parse()`` gives the value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace_id=teamspace_id,
        page=page,
        per_page=per_page,
    )
    response = send(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


async def asyncio_raw(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
    teamspace_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[StorageSettingsListResponse]:
    """List the storage settings of a workspace. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace_id=teamspace_id,
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
    *,
    client: AuthenticatedClient | Client,
    teamspace_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> Iterator[httpx.Response]:
    """List the storage settings of a workspace. (streamed answer).

    A context manager yielding the open 2xx answer before its body is read: iterate
    ``response.iter_bytes()`` (or ``iter_raw()``) to take the body in chunks without holding it
    in memory; the connection goes back to the pool when the block ends.

    Raises:
        ApiError: The server answered with a status outside 2xx (its body is read first).
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace_id=teamspace_id,
        page=page,
        per_page=per_page,
    )
    with open_stream(client, kwargs, options) as response:
        yield response


@contextlib.asynccontextmanager
async def astream(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
    teamspace_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> AsyncIterator[httpx.Response]:
    """List the storage settings of a workspace. (coroutine; streamed answer, see :func:`stream`)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace_id=teamspace_id,
        page=page,
        per_page=per_page,
    )
    async with aopen_stream(client, kwargs, options) as response:
        yield response
