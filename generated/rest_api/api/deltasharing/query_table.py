"""Query the data files of a shared table as NDJSON.

``POST /v4/partner/v1/databricks/deltasharing/shares/{workspace}/schemas/{teamspace}/tables/{asset}/query`` (operation ``query_table``).
"""

import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ... import errors
from ...client import (
    AsyncStream,
    AuthenticatedClient,
    CallOptions,
    Client,
    RawResponse,
    Stream,
    aopen_stream,
    asend,
    open_stream,
    send,
)
from ...models.query_table_request import QueryTableRequest
from ...models.query_table_response import QueryTableResponse
from ...types import REQUEST_BODY, Response, http_status, path_segment

OPERATION = "query_table"


def _get_kwargs(
    workspace: str,
    teamspace: str,
    asset: str,
    body: QueryTableRequest,
) -> dict[str, Any]:
    if not isinstance(body, QueryTableRequest):
        raise TypeError(f"body must be a QueryTableRequest, not {type(body).__name__}")

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v4/partner/v1/databricks/deltasharing/shares/{workspace}/schemas/{teamspace}/tables/{asset}/query".format(
            workspace=path_segment(workspace, "workspace"),
            teamspace=path_segment(teamspace, "teamspace"),
            asset=path_segment(asset, "asset"),
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
    asset: str,
    body: QueryTableRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Response[bytes]:
    """Query the data files of a shared table as NDJSON.

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
    )
    response = send(client, kwargs, options)
    return _build_response(client=client, response=response)


def sync(
    workspace: str,
    teamspace: str,
    asset: str,
    body: QueryTableRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> bytes:
    """Query the data files of a shared table as NDJSON.

    Args:
        workspace (str): Workspace name or id (the share)
        teamspace (str): Teamspace name or id (the schema)
        asset (str): Asset id or path inside the teamspace (the table)
        body (QueryTableRequest): The request body.

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
        asset=asset,
        body=body,
    )
    response = send(client, kwargs, options)
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    workspace: str,
    teamspace: str,
    asset: str,
    body: QueryTableRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Response[bytes]:
    """Query the data files of a shared table as NDJSON. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        asset=asset,
        body=body,
    )
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    workspace: str,
    teamspace: str,
    asset: str,
    body: QueryTableRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> bytes:
    """Query the data files of a shared table as NDJSON. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        asset=asset,
        body=body,
    )
    response = await asend(client, kwargs, options)
    return _parse_response(client=client, response=response)


def sync_raw(
    workspace: str,
    teamspace: str,
    asset: str,
    body: QueryTableRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> RawResponse[bytes]:
    """Query the data files of a shared table as NDJSON. (the 2xx answer as it came; ``parse()`` gives the value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        asset=asset,
        body=body,
    )
    response = send(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


async def asyncio_raw(
    workspace: str,
    teamspace: str,
    asset: str,
    body: QueryTableRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> RawResponse[bytes]:
    """Query the data files of a shared table as NDJSON. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        asset=asset,
        body=body,
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
    body: QueryTableRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Iterator[httpx.Response]:
    """Query the data files of a shared table as NDJSON. (streamed answer).

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
        body=body,
    )
    with open_stream(client, kwargs, options) as response:
        yield response


@contextlib.asynccontextmanager
async def astream(
    workspace: str,
    teamspace: str,
    asset: str,
    body: QueryTableRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> AsyncIterator[httpx.Response]:
    """Query the data files of a shared table as NDJSON. (coroutine; streamed answer, see :func:`stream`)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        asset=asset,
        body=body,
    )
    async with aopen_stream(client, kwargs, options) as response:
        yield response


def _record(data: Any) -> Any:
    """One record of the stream as its model."""

    return QueryTableResponse.from_dict(data)


def iterate(
    workspace: str,
    teamspace: str,
    asset: str,
    body: QueryTableRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Stream[Any]:
    """Query the data files of a shared table as NDJSON. (the records one at a time, as they arrive).

    Returns a :class:`Stream` (an iterator); close it, or use it in a
    ``with`` block, to drop the connection before the end.

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        asset=asset,
        body=body,
    )
    return Stream.open(client, kwargs, options, "ndjson", _record, OPERATION)


async def aiterate(
    workspace: str,
    teamspace: str,
    asset: str,
    body: QueryTableRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> AsyncStream[Any]:
    """Query the data files of a shared table as NDJSON. (coroutine; an async iterator of the records, see :func:`iterate`)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        asset=asset,
        body=body,
    )
    return await AsyncStream.open(client, kwargs, options, "ndjson", _record, OPERATION)
