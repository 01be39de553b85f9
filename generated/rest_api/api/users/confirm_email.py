"""Confirm an email address with a confirmation token.

``POST /v4/actions/users/confirm_email`` (operation ``confirm_email``).
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, CallOptions, Client, RawResponse, asend, send
from ...types import Response, http_status

OPERATION = "confirm_email"


def _get_kwargs(
    x_tiledb_rest_api_key: str,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    headers["X-TILEDB-REST-API-KEY"] = x_tiledb_rest_api_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v4/actions/users/confirm_email",
    }

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
    x_tiledb_rest_api_key: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Response[None]:
    """Confirm an email address with a confirmation token.

    Returns the whole answer (status, headers, raw content and the parsed value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        x_tiledb_rest_api_key=x_tiledb_rest_api_key,
    )
    response = send(client, kwargs, options)
    return _build_response(client=client, response=response)


def sync(
    x_tiledb_rest_api_key: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> None:
    """Confirm an email address with a confirmation token.

    Args:
        x_tiledb_rest_api_key (str): API token with the confirm_email scope

    Returns:
        None: the parsed success answer.

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        x_tiledb_rest_api_key=x_tiledb_rest_api_key,
    )
    response = send(client, kwargs, options)
    _parse_response(client=client, response=response)
    return None


async def asyncio_detailed(
    x_tiledb_rest_api_key: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Response[None]:
    """Confirm an email address with a confirmation token. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        x_tiledb_rest_api_key=x_tiledb_rest_api_key,
    )
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    x_tiledb_rest_api_key: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> None:
    """Confirm an email address with a confirmation token. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        x_tiledb_rest_api_key=x_tiledb_rest_api_key,
    )
    response = await asend(client, kwargs, options)
    _parse_response(client=client, response=response)
    return None


def sync_raw(
    x_tiledb_rest_api_key: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> RawResponse[None]:
    """Confirm an email address with a confirmation token. (the 2xx answer as it came; ``parse()`` gives the value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        x_tiledb_rest_api_key=x_tiledb_rest_api_key,
    )
    response = send(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


async def asyncio_raw(
    x_tiledb_rest_api_key: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> RawResponse[None]:
    """Confirm an email address with a confirmation token. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
        x_tiledb_rest_api_key=x_tiledb_rest_api_key,
    )
    response = await asend(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))
