"""List the files of a teamspace, S3 ListObjectsV2 style.

``GET /v4/files/{workspace}/{teamspace}`` (operation ``folder_list``).
"""

import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, CallOptions, Client, RawResponse, aopen_stream, asend, open_stream, send
from ...types import UNSET, Response, Unset, check_argument, check_value, http_status, path_segment

OPERATION = "folder_list"


def _get_kwargs(
    workspace: str,
    teamspace: str,
    list_type: int,
    delimiter: str,
    *,
    prefix: str | Unset = UNSET,
    max_keys: int | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
) -> dict[str, Any]:
    check_argument(list_type, "list_type", "int")
    check_value(list_type, "list_type", minimum=2, maximum=2)
    check_argument(max_keys, "max_keys", "int")
    check_value(max_keys, "max_keys", minimum=1)

    params: dict[str, Any] = {}

    params["prefix"] = prefix

    params["list-type"] = list_type

    params["delimiter"] = delimiter

    params["max-keys"] = max_keys

    params["continuation-token"] = continuation_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v4/files/{workspace}/{teamspace}".format(
            workspace=path_segment(workspace, "workspace"),
            teamspace=path_segment(teamspace, "teamspace"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> bytes:
    """Return the success value of a 2xx answer; raise ``ApiError`` for any other status."""
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return response.content


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[bytes]:
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
    list_type: int,
    delimiter: str,
    *,
    client: AuthenticatedClient | Client,
    prefix: str | Unset = UNSET,
    max_keys: int | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[bytes]:
    """List the files of a teamspace, S3 ListObjectsV2 style.

    Returns the whole answer (status, headers, raw content and the parsed value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        prefix=prefix,
        list_type=list_type,
        delimiter=delimiter,
        max_keys=max_keys,
        continuation_token=continuation_token,
    )
    response = send(client, kwargs, options)
    return _build_response(client=client, response=response)


def sync(
    workspace: str,
    teamspace: str,
    list_type: int,
    delimiter: str,
    *,
    client: AuthenticatedClient | Client,
    prefix: str | Unset = UNSET,
    max_keys: int | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> bytes:
    """List the files of a teamspace, S3 ListObjectsV2 style.

    Args:
        workspace (str): Workspace name or id
        teamspace (str): Teamspace name or id
        list_type (int): Listing API version as in S3, 2 for ListObjectsV2
        delimiter (str): Character that groups paths into common prefixes, e.g. /
        prefix (str | Unset): Only list paths that start with this prefix
        max_keys (int | Unset): Maximum number of entries to return
        continuation_token (str | Unset): Token from the previous page's NextContinuationToken

    Returns:
        bytes: the parsed success answer.

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        prefix=prefix,
        list_type=list_type,
        delimiter=delimiter,
        max_keys=max_keys,
        continuation_token=continuation_token,
    )
    response = send(client, kwargs, options)
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    workspace: str,
    teamspace: str,
    list_type: int,
    delimiter: str,
    *,
    client: AuthenticatedClient | Client,
    prefix: str | Unset = UNSET,
    max_keys: int | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[bytes]:
    """List the files of a teamspace, S3 ListObjectsV2 style. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        prefix=prefix,
        list_type=list_type,
        delimiter=delimiter,
        max_keys=max_keys,
        continuation_token=continuation_token,
    )
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    workspace: str,
    teamspace: str,
    list_type: int,
    delimiter: str,
    *,
    client: AuthenticatedClient | Client,
    prefix: str | Unset = UNSET,
    max_keys: int | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> bytes:
    """List the files of a teamspace, S3 ListObjectsV2 style. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        prefix=prefix,
        list_type=list_type,
        delimiter=delimiter,
        max_keys=max_keys,
        continuation_token=continuation_token,
    )
    response = await asend(client, kwargs, options)
    return _parse_response(client=client, response=response)


def sync_raw(
    workspace: str,
    teamspace: str,
    list_type: int,
    delimiter: str,
    *,
    client: AuthenticatedClient | Client,
    prefix: str | Unset = UNSET,
    max_keys: int | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[bytes]:
    """List the files of a teamspace, S3 ListObjectsV2 style. (the 2xx answer as it came; ``parse()`` gives the value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        prefix=prefix,
        list_type=list_type,
        delimiter=delimiter,
        max_keys=max_keys,
        continuation_token=continuation_token,
    )
    response = send(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


async def asyncio_raw(
    workspace: str,
    teamspace: str,
    list_type: int,
    delimiter: str,
    *,
    client: AuthenticatedClient | Client,
    prefix: str | Unset = UNSET,
    max_keys: int | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[bytes]:
    """List the files of a teamspace, S3 ListObjectsV2 style. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        prefix=prefix,
        list_type=list_type,
        delimiter=delimiter,
        max_keys=max_keys,
        continuation_token=continuation_token,
    )
    response = await asend(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


@contextlib.contextmanager
def stream(
    workspace: str,
    teamspace: str,
    list_type: int,
    delimiter: str,
    *,
    client: AuthenticatedClient | Client,
    prefix: str | Unset = UNSET,
    max_keys: int | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> Iterator[httpx.Response]:
    """List the files of a teamspace, S3 ListObjectsV2 style. (streamed answer).

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
        prefix=prefix,
        list_type=list_type,
        delimiter=delimiter,
        max_keys=max_keys,
        continuation_token=continuation_token,
    )
    with open_stream(client, kwargs, options) as response:
        yield response


@contextlib.asynccontextmanager
async def astream(
    workspace: str,
    teamspace: str,
    list_type: int,
    delimiter: str,
    *,
    client: AuthenticatedClient | Client,
    prefix: str | Unset = UNSET,
    max_keys: int | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> AsyncIterator[httpx.Response]:
    """List the files of a teamspace, S3 ListObjectsV2 style. (coroutine; streamed answer, see :func:`stream`)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        prefix=prefix,
        list_type=list_type,
        delimiter=delimiter,
        max_keys=max_keys,
        continuation_token=continuation_token,
    )
    async with aopen_stream(client, kwargs, options) as response:
        yield response
