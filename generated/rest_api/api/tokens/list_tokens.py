"""List the caller's API tokens of one type.

``GET /v4/tokens`` (operation ``list_tokens``).
"""

import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, CallOptions, Client, RawResponse, aopen_stream, asend, open_stream, send
from ...models.token_list_response import TokenListResponse
from ...models.token_type import TokenType
from ...types import UNSET, Response, Unset, check_argument, check_value, http_status, parsing

OPERATION = "list_tokens"


def _get_kwargs(
    type_: TokenType | str,
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:
    check_argument(page, "page", "int")
    check_value(page, "page", minimum=1)
    check_argument(per_page, "per_page", "int")
    check_value(per_page, "per_page", minimum=1)
    type_ = TokenType.checked(type_, "type_")

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    json_type_ = type_.value
    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v4/tokens",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TokenListResponse:
    """Return the success value of a 2xx answer; raise ``ApiError`` for any other status."""
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    try:
        with parsing(response.content):
            data = response.json()
            response_200 = TokenListResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(OPERATION, response, exc) from exc
    return response_200


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[TokenListResponse]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    type_: TokenType | str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[TokenListResponse]:
    """List the caller's API tokens of one type.

    Returns the whole answer (status, headers, raw content and the parsed value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        type_=type_,
    )
    response = send(client, kwargs, options)
    return _build_response(client=client, response=response)


def sync(
    type_: TokenType | str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> TokenListResponse:
    """List the caller's API tokens of one type.

    Args:
        type_ (TokenType | str): The kind of an API token, as list_tokens filters them (session
            tokens come from logins).
        page (int | Unset): Page number, starting at 1
        per_page (int | Unset): Items per page

    Returns:
        TokenListResponse: the parsed success answer.

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        type_=type_,
    )
    response = send(client, kwargs, options)
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    type_: TokenType | str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[TokenListResponse]:
    """List the caller's API tokens of one type. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        type_=type_,
    )
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    type_: TokenType | str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> TokenListResponse:
    """List the caller's API tokens of one type. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        type_=type_,
    )
    response = await asend(client, kwargs, options)
    return _parse_response(client=client, response=response)


def sync_raw(
    type_: TokenType | str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[TokenListResponse]:
    """List the caller's API tokens of one type. (the 2xx answer as it came; ``parse()`` gives the value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        type_=type_,
    )
    response = send(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


async def asyncio_raw(
    type_: TokenType | str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[TokenListResponse]:
    """List the caller's API tokens of one type. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        type_=type_,
    )
    response = await asend(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


@contextlib.contextmanager
def stream(
    type_: TokenType | str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> Iterator[httpx.Response]:
    """List the caller's API tokens of one type. (streamed answer).

    A context manager yielding the open 2xx answer before its body is read: iterate
    ``response.iter_bytes()`` (or ``iter_raw()``) to take the body in chunks without holding it
    in memory; the connection goes back to the pool when the block ends.

    Raises:
        ApiError: The server answered with a status outside 2xx (its body is read first).
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        type_=type_,
    )
    with open_stream(client, kwargs, options) as response:
        yield response


@contextlib.asynccontextmanager
async def astream(
    type_: TokenType | str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> AsyncIterator[httpx.Response]:
    """List the caller's API tokens of one type. (coroutine; streamed answer, see :func:`stream`)."""
    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        type_=type_,
    )
    async with aopen_stream(client, kwargs, options) as response:
        yield response
