"""Download a static image as PNG.

``GET /v4/static/images/{image_id}`` (operation ``get_image``).
"""

import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, CallOptions, Client, RawResponse, aopen_stream, asend, open_stream, send
from ...types import Response, http_status, path_segment

OPERATION = "get_image"


def _get_kwargs(
    image_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v4/static/images/{image_id}".format(
            image_id=path_segment(image_id, "image_id"),
        ),
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
    image_id: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Response[bytes]:
    """Download a static image as PNG.

    Returns the whole answer (status, headers, raw content and the parsed value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        image_id=image_id,
    )
    response = send(client, kwargs, options)
    return _build_response(client=client, response=response)


def sync(
    image_id: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> bytes:
    """Download a static image as PNG.

    Args:
        image_id (str): Image id

    Returns:
        bytes: the parsed success answer.

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        image_id=image_id,
    )
    response = send(client, kwargs, options)
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    image_id: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Response[bytes]:
    """Download a static image as PNG. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        image_id=image_id,
    )
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    image_id: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> bytes:
    """Download a static image as PNG. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        image_id=image_id,
    )
    response = await asend(client, kwargs, options)
    return _parse_response(client=client, response=response)


def sync_raw(
    image_id: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> RawResponse[bytes]:
    """Download a static image as PNG. (the 2xx answer as it came; ``parse()`` gives the value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        image_id=image_id,
    )
    response = send(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


async def asyncio_raw(
    image_id: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> RawResponse[bytes]:
    """Download a static image as PNG. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
        image_id=image_id,
    )
    response = await asend(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


@contextlib.contextmanager
def stream(
    image_id: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Iterator[httpx.Response]:
    """Download a static image as PNG. (streamed answer).

    A context manager yielding the open 2xx answer before its body is read: iterate
    ``response.iter_bytes()`` (or ``iter_raw()``) to take the body in chunks without holding it
    in memory; the connection goes back to the pool when the block ends.

    Raises:
        ApiError: The server answered with a status outside 2xx (its body is read first).
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        image_id=image_id,
    )
    with open_stream(client, kwargs, options) as response:
        yield response


@contextlib.asynccontextmanager
async def astream(
    image_id: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> AsyncIterator[httpx.Response]:
    """Download a static image as PNG. (coroutine; streamed answer, see :func:`stream`)."""
    kwargs = _get_kwargs(
        image_id=image_id,
    )
    async with aopen_stream(client, kwargs, options) as response:
        yield response
