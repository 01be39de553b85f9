"""Upload a whole file, or one part of a multipart upload, as raw bytes.

``PUT /v4/files/{workspace}/{teamspace}/{path}`` (operation ``upload_part``).
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, CallOptions, Client, RawResponse, asend, send
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

OPERATION = "upload_part"


def _get_kwargs(
    workspace: str,
    teamspace: str,
    path: str,
    body: BinaryBody,
    *,
    upload_id: str | Unset = UNSET,
    part_number: int | Unset = UNSET,
) -> dict[str, Any]:
    check_value(upload_id, "upload_id", min_length=1)
    check_argument(part_number, "part_number", "int")
    check_value(part_number, "part_number", minimum=1, maximum=10000)

    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["uploadId"] = upload_id

    params["partNumber"] = part_number

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v4/files/{workspace}/{teamspace}/{path}".format(
            workspace=path_segment(workspace, "workspace"),
            teamspace=path_segment(teamspace, "teamspace"),
            path=path_segment(path, "path"),
        ),
        "params": params,
    }

    _kwargs["content"], _length = binary_content(body)
    if "content" in _kwargs:
        headers["Content-Type"] = "application/octet-stream"
        if _length is not None:
            # A known length goes as Content-Length, not chunked: object stores want one.
            headers["Content-Length"] = str(_length)

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
    body: BinaryBody,
    *,
    client: AuthenticatedClient | Client,
    upload_id: str | Unset = UNSET,
    part_number: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[None]:
    """Upload a whole file, or one part of a multipart upload, as raw bytes.

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
        upload_id=upload_id,
        part_number=part_number,
    )
    response = send(client, kwargs, options)
    return _build_response(client=client, response=response)


def sync(
    workspace: str,
    teamspace: str,
    path: str,
    body: BinaryBody,
    *,
    client: AuthenticatedClient | Client,
    upload_id: str | Unset = UNSET,
    part_number: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> None:
    """Upload a whole file, or one part of a multipart upload, as raw bytes.

    Args:
        workspace (str): Workspace name or id
        teamspace (str): Teamspace name or id
        path (str): File path inside the teamspace
        body (BinaryBody): The request body: bytes-like, a binary file object or an iterable of bytes, streamed.
        upload_id (str | Unset): Id of the multipart upload this part belongs to (omit for a
            single upload)
        part_number (int | Unset): Number of the part in its multipart upload, from 1

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
        upload_id=upload_id,
        part_number=part_number,
    )
    response = send(client, kwargs, options)
    _parse_response(client=client, response=response)
    return None


async def asyncio_detailed(
    workspace: str,
    teamspace: str,
    path: str,
    body: BinaryBody,
    *,
    client: AuthenticatedClient | Client,
    upload_id: str | Unset = UNSET,
    part_number: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[None]:
    """Upload a whole file, or one part of a multipart upload, as raw bytes. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        path=path,
        body=body,
        upload_id=upload_id,
        part_number=part_number,
    )
    if "content" in kwargs:
        kwargs["content"] = async_content(kwargs["content"])
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    workspace: str,
    teamspace: str,
    path: str,
    body: BinaryBody,
    *,
    client: AuthenticatedClient | Client,
    upload_id: str | Unset = UNSET,
    part_number: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> None:
    """Upload a whole file, or one part of a multipart upload, as raw bytes. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        path=path,
        body=body,
        upload_id=upload_id,
        part_number=part_number,
    )
    if "content" in kwargs:
        kwargs["content"] = async_content(kwargs["content"])
    response = await asend(client, kwargs, options)
    _parse_response(client=client, response=response)
    return None


def sync_raw(
    workspace: str,
    teamspace: str,
    path: str,
    body: BinaryBody,
    *,
    client: AuthenticatedClient | Client,
    upload_id: str | Unset = UNSET,
    part_number: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[None]:
    """Upload a whole file, or one part of a multipart upload, as raw bytes. (the 2xx answer as it came; ``parse()`` gives the value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        path=path,
        body=body,
        upload_id=upload_id,
        part_number=part_number,
    )
    response = send(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


async def asyncio_raw(
    workspace: str,
    teamspace: str,
    path: str,
    body: BinaryBody,
    *,
    client: AuthenticatedClient | Client,
    upload_id: str | Unset = UNSET,
    part_number: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[None]:
    """Upload a whole file, or one part of a multipart upload, as raw bytes. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        path=path,
        body=body,
        upload_id=upload_id,
        part_number=part_number,
    )
    if "content" in kwargs:
        kwargs["content"] = async_content(kwargs["content"])
    response = await asend(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))
