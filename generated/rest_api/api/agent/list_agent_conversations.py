"""List the agent conversations in a workspace.

``GET /v4/agents/conversations/{workspace}`` (operation ``list_agent_conversations``).
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, CallOptions, Client, RawResponse, asend, send
from ...models.conversations_list_response import ConversationsListResponse
from ...types import UNSET, Response, Unset, check_argument, check_value, http_status, parsing, path_segment

OPERATION = "list_agent_conversations"


def _get_kwargs(
    workspace: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:
    check_argument(limit, "limit", "int")
    check_value(limit, "limit", minimum=1, maximum=100)
    check_argument(offset, "offset", "int")
    check_value(offset, "offset", minimum=0)

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v4/agents/conversations/{workspace}".format(
            workspace=path_segment(workspace, "workspace"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ConversationsListResponse:
    """Return the success value of a 2xx answer; raise ``ApiError`` for any other status."""
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    try:
        with parsing(response.content):
            data = response.json()
            response_200 = ConversationsListResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(OPERATION, response, exc) from exc
    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConversationsListResponse]:
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
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[ConversationsListResponse]:
    """List the agent conversations in a workspace.

    Returns the whole answer (status, headers, raw content and the parsed value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        limit=limit,
        offset=offset,
    )
    response = send(client, kwargs, options)
    return _build_response(client=client, response=response)


def sync(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> ConversationsListResponse:
    """List the agent conversations in a workspace.

    Args:
        workspace (str): Workspace name or id
        limit (int | Unset): Maximum number of conversations to return (1 to 100)
        offset (int | Unset): Number of conversations to skip

    Returns:
        ConversationsListResponse: the parsed success answer.

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        limit=limit,
        offset=offset,
    )
    response = send(client, kwargs, options)
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[ConversationsListResponse]:
    """List the agent conversations in a workspace. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        limit=limit,
        offset=offset,
    )
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> ConversationsListResponse:
    """List the agent conversations in a workspace. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        limit=limit,
        offset=offset,
    )
    response = await asend(client, kwargs, options)
    return _parse_response(client=client, response=response)


def sync_raw(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[ConversationsListResponse]:
    """List the agent conversations in a workspace. (the 2xx answer as it came; ``parse()`` gives the value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        limit=limit,
        offset=offset,
    )
    response = send(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


async def asyncio_raw(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[ConversationsListResponse]:
    """List the agent conversations in a workspace. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        limit=limit,
        offset=offset,
    )
    response = await asend(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))
