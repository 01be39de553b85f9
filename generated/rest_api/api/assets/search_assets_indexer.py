"""Run or poll the asset search indexer.

``POST /v4/assets/search_index`` (operation ``search_assets_indexer``).
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, CallOptions, Client, RawResponse, asend, send
from ...models.asset_indexer_response import AssetIndexerResponse
from ...types import UNSET, Response, Unset, http_status, parsing

OPERATION = "search_assets_indexer"


def _get_kwargs(
    *,
    run: str | Unset = UNSET,
    poll: str | Unset = UNSET,
    unindexed: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["run"] = run

    params["poll"] = poll

    params["unindexed"] = unindexed

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v4/assets/search_index",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AssetIndexerResponse:
    """Return the success value of a 2xx answer; raise ``ApiError`` for any other status."""
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    try:
        with parsing(response.content):
            data = response.json()
            response_200 = AssetIndexerResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(OPERATION, response, exc) from exc
    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AssetIndexerResponse]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    run: str | Unset = UNSET,
    poll: str | Unset = UNSET,
    unindexed: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[AssetIndexerResponse]:
    """Run or poll the asset search indexer.

    Returns the whole answer (status, headers, raw content and the parsed value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        run=run,
        poll=poll,
        unindexed=unindexed,
    )
    response = send(client, kwargs, options)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    run: str | Unset = UNSET,
    poll: str | Unset = UNSET,
    unindexed: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> AssetIndexerResponse:
    """Run or poll the asset search indexer.

    Args:
        run (str | Unset):
        poll (str | Unset):
        unindexed (str | Unset):

    Returns:
        AssetIndexerResponse: the parsed success answer.

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        run=run,
        poll=poll,
        unindexed=unindexed,
    )
    response = send(client, kwargs, options)
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    run: str | Unset = UNSET,
    poll: str | Unset = UNSET,
    unindexed: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[AssetIndexerResponse]:
    """Run or poll the asset search indexer. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        run=run,
        poll=poll,
        unindexed=unindexed,
    )
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    run: str | Unset = UNSET,
    poll: str | Unset = UNSET,
    unindexed: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> AssetIndexerResponse:
    """Run or poll the asset search indexer. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        run=run,
        poll=poll,
        unindexed=unindexed,
    )
    response = await asend(client, kwargs, options)
    return _parse_response(client=client, response=response)


def sync_raw(
    *,
    client: AuthenticatedClient | Client,
    run: str | Unset = UNSET,
    poll: str | Unset = UNSET,
    unindexed: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[AssetIndexerResponse]:
    """Run or poll the asset search indexer. (the 2xx answer as it came; ``parse()`` gives the value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        run=run,
        poll=poll,
        unindexed=unindexed,
    )
    response = send(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


async def asyncio_raw(
    *,
    client: AuthenticatedClient | Client,
    run: str | Unset = UNSET,
    poll: str | Unset = UNSET,
    unindexed: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[AssetIndexerResponse]:
    """Run or poll the asset search indexer. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
        run=run,
        poll=poll,
        unindexed=unindexed,
    )
    response = await asend(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))
