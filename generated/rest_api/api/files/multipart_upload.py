"""Start a multipart upload (uploads), or complete one (uploadId), S3 style.

``POST /v4/files/{workspace}/{teamspace}/{path}`` (operation ``multipart_upload``).
"""

import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, CallOptions, Client, RawResponse, aopen_stream, asend, open_stream, send
from ...types import (
    UNSET,
    BinaryBody,
    Response,
    Unset,
    async_content,
    binary_content,
    check_argument,
    check_value,
    http_status,
    path_segment,
)

OPERATION = "multipart_upload"


def _get_kwargs(
    workspace: str,
    teamspace: str,
    path: str,
    *,
    body: BinaryBody | Unset = UNSET,
    uploads: bool | Unset = UNSET,
    upload_id: str | Unset = UNSET,
) -> dict[str, Any]:
    check_argument(uploads, "uploads", "bool")
    check_value(upload_id, "upload_id", min_length=1)

    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["uploads"] = uploads

    params["uploadId"] = upload_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v4/files/{workspace}/{teamspace}/{path}".format(
            workspace=path_segment(workspace, "workspace"),
            teamspace=path_segment(teamspace, "teamspace"),
            path=path_segment(path, "path"),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["content"], _length = binary_content(body)
    if "content" in _kwargs:
        headers["Content-Type"] = "application/xml"
        if _length is not None:
            # A known length goes as Content-Length, not chunked: object stores want one.
            headers["Content-Length"] = str(_length)

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
    path: str,
    *,
    client: AuthenticatedClient | Client,
    body: BinaryBody | Unset = UNSET,
    uploads: bool | Unset = UNSET,
    upload_id: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[bytes]:
    """Start a multipart upload (uploads), or complete one (uploadId), S3 style.

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
        uploads=uploads,
        upload_id=upload_id,
    )
    response = send(client, kwargs, options)
    return _build_response(client=client, response=response)


def sync(
    workspace: str,
    teamspace: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    body: BinaryBody | Unset = UNSET,
    uploads: bool | Unset = UNSET,
    upload_id: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> bytes:
    """Start a multipart upload (uploads), or complete one (uploadId), S3 style.

    Args:
        workspace (str): Workspace name or id
        teamspace (str): Teamspace name or id
        path (str): File path inside the teamspace
        body (BinaryBody): The request body: bytes-like, a binary file object or an iterable of bytes, streamed.
        uploads (bool | Unset): Start a multipart upload; the answer carries its UploadId
        upload_id (str | Unset): Id of the multipart upload to complete with the parts listed in
            the body

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
        path=path,
        body=body,
        uploads=uploads,
        upload_id=upload_id,
    )
    response = send(client, kwargs, options)
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    workspace: str,
    teamspace: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    body: BinaryBody | Unset = UNSET,
    uploads: bool | Unset = UNSET,
    upload_id: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[bytes]:
    """Start a multipart upload (uploads), or complete one (uploadId), S3 style. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        path=path,
        body=body,
        uploads=uploads,
        upload_id=upload_id,
    )
    if "content" in kwargs:
        kwargs["content"] = async_content(kwargs["content"])
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    workspace: str,
    teamspace: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    body: BinaryBody | Unset = UNSET,
    uploads: bool | Unset = UNSET,
    upload_id: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> bytes:
    """Start a multipart upload (uploads), or complete one (uploadId), S3 style. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        path=path,
        body=body,
        uploads=uploads,
        upload_id=upload_id,
    )
    if "content" in kwargs:
        kwargs["content"] = async_content(kwargs["content"])
    response = await asend(client, kwargs, options)
    return _parse_response(client=client, response=response)


def sync_raw(
    workspace: str,
    teamspace: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    body: BinaryBody | Unset = UNSET,
    uploads: bool | Unset = UNSET,
    upload_id: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[bytes]:
    """Start a multipart upload (uploads), or complete one (uploadId), S3 style. (the 2xx answer as it came; ``parse()`` gives the value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        path=path,
        body=body,
        uploads=uploads,
        upload_id=upload_id,
    )
    response = send(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


async def asyncio_raw(
    workspace: str,
    teamspace: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    body: BinaryBody | Unset = UNSET,
    uploads: bool | Unset = UNSET,
    upload_id: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[bytes]:
    """Start a multipart upload (uploads), or complete one (uploadId), S3 style. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        path=path,
        body=body,
        uploads=uploads,
        upload_id=upload_id,
    )
    if "content" in kwargs:
        kwargs["content"] = async_content(kwargs["content"])
    response = await asend(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


@contextlib.contextmanager
def stream(
    workspace: str,
    teamspace: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    body: BinaryBody | Unset = UNSET,
    uploads: bool | Unset = UNSET,
    upload_id: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> Iterator[httpx.Response]:
    """Start a multipart upload (uploads), or complete one (uploadId), S3 style. (streamed answer).

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
        path=path,
        body=body,
        uploads=uploads,
        upload_id=upload_id,
    )
    with open_stream(client, kwargs, options) as response:
        yield response


@contextlib.asynccontextmanager
async def astream(
    workspace: str,
    teamspace: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    body: BinaryBody | Unset = UNSET,
    uploads: bool | Unset = UNSET,
    upload_id: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> AsyncIterator[httpx.Response]:
    """Start a multipart upload (uploads), or complete one (uploadId), S3 style. (coroutine; streamed answer, see :func:`stream`)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        path=path,
        body=body,
        uploads=uploads,
        upload_id=upload_id,
    )
    if "content" in kwargs:
        kwargs["content"] = async_content(kwargs["content"])
    async with aopen_stream(client, kwargs, options) as response:
        yield response
