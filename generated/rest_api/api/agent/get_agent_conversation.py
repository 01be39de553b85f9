"""Get the messages of an agent conversation.

``GET /v4/agents/conversations/{workspace}/{conversation_id}`` (operation ``get_agent_conversation``).
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, CallOptions, Client, RawResponse, asend, send
from ...models.conversation_history_response import ConversationHistoryResponse
from ...types import Response, http_status, parsing, path_segment

OPERATION = "get_agent_conversation"


def _get_kwargs(
    workspace: str,
    conversation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v4/agents/conversations/{workspace}/{conversation_id}".format(
            workspace=path_segment(workspace, "workspace"),
            conversation_id=path_segment(conversation_id, "conversation_id"),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ConversationHistoryResponse:
    """Return the success value of a 2xx answer; raise ``ApiError`` for any other status."""
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    try:
        with parsing(response.content):
            data = response.json()
            response_200 = ConversationHistoryResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(OPERATION, response, exc) from exc
    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConversationHistoryResponse]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    workspace: str,
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Response[ConversationHistoryResponse]:
    """Get the messages of an agent conversation.

    Returns the whole answer (status, headers, raw content and the parsed value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        conversation_id=conversation_id,
    )
    response = send(client, kwargs, options)
    return _build_response(client=client, response=response)


def sync(
    workspace: str,
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> ConversationHistoryResponse:
    """Get the messages of an agent conversation.

    Args:
        workspace (str): Workspace name or id
        conversation_id (str): Agent conversation id

    Returns:
        ConversationHistoryResponse: the parsed success answer.

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        conversation_id=conversation_id,
    )
    response = send(client, kwargs, options)
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    workspace: str,
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Response[ConversationHistoryResponse]:
    """Get the messages of an agent conversation. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        conversation_id=conversation_id,
    )
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    workspace: str,
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> ConversationHistoryResponse:
    """Get the messages of an agent conversation. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        conversation_id=conversation_id,
    )
    response = await asend(client, kwargs, options)
    return _parse_response(client=client, response=response)


def sync_raw(
    workspace: str,
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> RawResponse[ConversationHistoryResponse]:
    """Get the messages of an agent conversation. (the 2xx answer as it came; ``parse()`` gives the value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        conversation_id=conversation_id,
    )
    response = send(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


async def asyncio_raw(
    workspace: str,
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> RawResponse[ConversationHistoryResponse]:
    """Get the messages of an agent conversation. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        conversation_id=conversation_id,
    )
    response = await asend(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))
