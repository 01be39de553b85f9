"""List all tables in the Delta Sharing share of a workspace.

``GET /v4/partner/v1/databricks/deltasharing/shares/{workspace}/all-tables`` (operation ``list_share_all_tables``).
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, CallOptions, Client, RawResponse, asend, send
from ...models.list_tables_response import ListTablesResponse
from ...types import UNSET, Response, Unset, check_argument, check_value, http_status, parsing, path_segment

OPERATION = "list_share_all_tables"


def _get_kwargs(
    workspace: str,
    *,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:
    check_argument(max_results, "max_results", "int")
    check_value(max_results, "max_results", minimum=1)

    params: dict[str, Any] = {}

    params["maxResults"] = max_results

    params["pageToken"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v4/partner/v1/databricks/deltasharing/shares/{workspace}/all-tables".format(
            workspace=path_segment(workspace, "workspace"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListTablesResponse:
    """Return the success value of a 2xx answer; raise ``ApiError`` for any other status."""
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    try:
        with parsing(response.content):
            data = response.json()
            response_200 = ListTablesResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(OPERATION, response, exc) from exc
    return response_200


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ListTablesResponse]:
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
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[ListTablesResponse]:
    """List all tables in the Delta Sharing share of a workspace.

    Returns the whole answer (status, headers, raw content and the parsed value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        max_results=max_results,
        page_token=page_token,
    )
    response = send(client, kwargs, options)
    return _build_response(client=client, response=response)


def sync(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> ListTablesResponse:
    """List all tables in the Delta Sharing share of a workspace.

    Args:
        workspace (str): Workspace name or id (the share)
        max_results (int | Unset): Maximum number of items to return
        page_token (str | Unset): Token from the previous page's nextPageToken

    Returns:
        ListTablesResponse: the parsed success answer.

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        max_results=max_results,
        page_token=page_token,
    )
    response = send(client, kwargs, options)
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[ListTablesResponse]:
    """List all tables in the Delta Sharing share of a workspace. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        max_results=max_results,
        page_token=page_token,
    )
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> ListTablesResponse:
    """List all tables in the Delta Sharing share of a workspace. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        max_results=max_results,
        page_token=page_token,
    )
    response = await asend(client, kwargs, options)
    return _parse_response(client=client, response=response)


def sync_raw(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[ListTablesResponse]:
    """List all tables in the Delta Sharing share of a workspace. (the 2xx answer as it came; ``parse()`` gives the value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        max_results=max_results,
        page_token=page_token,
    )
    response = send(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


async def asyncio_raw(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[ListTablesResponse]:
    """List all tables in the Delta Sharing share of a workspace. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        max_results=max_results,
        page_token=page_token,
    )
    response = await asend(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))
