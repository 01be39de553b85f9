"""Download a static image as PNG.

``GET /v4/static/images/{image_id}`` (operation ``get_image``).
"""

import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
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
) -> Response[bytes]:
    """Download a static image as PNG.

    Returns the whole answer (status, headers, raw content and the parsed value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        httpx.TimeoutException: The request took longer than the client's timeout.
    """
    kwargs = _get_kwargs(
        image_id=image_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    image_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> bytes:
    """Download a static image as PNG.

    Args:
        image_id (str): Image id

    Returns:
        bytes: the parsed success answer.

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        httpx.TimeoutException: The request took longer than the client's timeout.
    """
    kwargs = _get_kwargs(
        image_id=image_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    image_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[bytes]:
    """Download a static image as PNG. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        image_id=image_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    image_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> bytes:
    """Download a static image as PNG. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        image_id=image_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _parse_response(client=client, response=response)


@contextlib.contextmanager
def stream(
    image_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Iterator[httpx.Response]:
    """Download a static image as PNG. (streamed answer).

    A context manager yielding the open 2xx answer before its body is read: iterate
    ``response.iter_bytes()`` (or ``iter_raw()``) to take the body in chunks without holding it
    in memory; the connection goes back to the pool when the block ends.

    Raises:
        ApiError: The server answered with a status outside 2xx (its body is read first).
        httpx.TimeoutException: The request took longer than the client's timeout.
    """
    kwargs = _get_kwargs(
        image_id=image_id,
    )
    with client.get_httpx_client().stream(**kwargs) as response:
        if not 200 <= response.status_code < 300:
            response.read()
            raise errors.ApiError.from_response(response)
        yield response


@contextlib.asynccontextmanager
async def astream(
    image_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AsyncIterator[httpx.Response]:
    """Download a static image as PNG. (coroutine; streamed answer, see :func:`stream`)."""
    kwargs = _get_kwargs(
        image_id=image_id,
    )
    async with client.get_async_httpx_client().stream(**kwargs) as response:
        if not 200 <= response.status_code < 300:
            await response.aread()
            raise errors.ApiError.from_response(response)
        yield response
