"""Send a prompt to the agent and stream its reply as events.

``POST /v4/agents/chat/{workspace}`` (operation ``agent_chat``).
"""

import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ... import errors
from ...client import (
    AsyncStream,
    AuthenticatedClient,
    CallOptions,
    Client,
    RawResponse,
    Stream,
    aopen_stream,
    asend,
    open_stream,
    send,
)
from ...models.chat_request import ChatRequest
from ...types import REQUEST_BODY, Response, http_status, path_segment

OPERATION = "agent_chat"


def _get_kwargs(
    workspace: str,
    body: ChatRequest,
) -> dict[str, Any]:
    if not isinstance(body, ChatRequest):
        raise TypeError(f"body must be a ChatRequest, not {type(body).__name__}")

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v4/agents/chat/{workspace}".format(
            workspace=path_segment(workspace, "workspace"),
        ),
    }

    # The models' to_dict() checks the spec's constraints of their fields for a request body.
    _request_body = REQUEST_BODY.set(True)
    try:
        _kwargs["json"] = body.to_dict()

    finally:
        REQUEST_BODY.reset(_request_body)
    headers["Content-Type"] = "application/json"

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
    body: ChatRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Response[bytes]:
    """Send a prompt to the agent and stream its reply as events.

    Returns the whole answer (status, headers, raw content and the parsed value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        body=body,
    )
    response = send(client, kwargs, options)
    return _build_response(client=client, response=response)


def sync(
    workspace: str,
    body: ChatRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> bytes:
    """Send a prompt to the agent and stream its reply as events.

    Args:
        workspace (str): Workspace name or id
        body (ChatRequest): The request body.

    Returns:
        bytes: the parsed success answer.

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        body=body,
    )
    response = send(client, kwargs, options)
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    workspace: str,
    body: ChatRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Response[bytes]:
    """Send a prompt to the agent and stream its reply as events. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        body=body,
    )
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    workspace: str,
    body: ChatRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> bytes:
    """Send a prompt to the agent and stream its reply as events. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        body=body,
    )
    response = await asend(client, kwargs, options)
    return _parse_response(client=client, response=response)


def sync_raw(
    workspace: str,
    body: ChatRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> RawResponse[bytes]:
    """Send a prompt to the agent and stream its reply as events. (the 2xx answer as it came; ``parse()`` gives the value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        body=body,
    )
    response = send(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


async def asyncio_raw(
    workspace: str,
    body: ChatRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> RawResponse[bytes]:
    """Send a prompt to the agent and stream its reply as events. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        body=body,
    )
    response = await asend(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


@contextlib.contextmanager
def stream(
    workspace: str,
    body: ChatRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Iterator[httpx.Response]:
    """Send a prompt to the agent and stream its reply as events. (streamed answer).

    A context manager yielding the open 2xx answer before its body is read: iterate
    ``response.iter_bytes()`` (or ``iter_raw()``) to take the body in chunks without holding it
    in memory; the connection goes back to the pool when the block ends.

    Raises:
        ApiError: The server answered with a status outside 2xx (its body is read first).
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        body=body,
    )
    with open_stream(client, kwargs, options) as response:
        yield response


@contextlib.asynccontextmanager
async def astream(
    workspace: str,
    body: ChatRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> AsyncIterator[httpx.Response]:
    """Send a prompt to the agent and stream its reply as events. (coroutine; streamed answer, see :func:`stream`)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        body=body,
    )
    async with aopen_stream(client, kwargs, options) as response:
        yield response


def _record(data: Any) -> Any:
    """One record of the stream as its model (chosen by its ``event`` field)."""
    kind = data.get("event") if isinstance(data, dict) else None
    if kind == "done":
        from ...models.chat_stream_done_event import ChatStreamDoneEvent

        return ChatStreamDoneEvent.from_dict(data)
    if kind == "error":
        from ...models.chat_stream_error_event import ChatStreamErrorEvent

        return ChatStreamErrorEvent.from_dict(data)
    if kind == "message":
        from ...models.chat_stream_message_event import ChatStreamMessageEvent

        return ChatStreamMessageEvent.from_dict(data)
    if kind == "start":
        from ...models.chat_stream_start_event import ChatStreamStartEvent

        return ChatStreamStartEvent.from_dict(data)
    return data


def iterate(
    workspace: str,
    body: ChatRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Stream[Any]:
    """Send a prompt to the agent and stream its reply as events. (the records one at a time, as they arrive).

    Returns a :class:`Stream` (an iterator of ``ServerSentEvent``); close it, or use it in a
    ``with`` block, to drop the connection before the end.

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        body=body,
    )
    return Stream.open(client, kwargs, options, "sse", _record, OPERATION)


async def aiterate(
    workspace: str,
    body: ChatRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> AsyncStream[Any]:
    """Send a prompt to the agent and stream its reply as events. (coroutine; an async iterator of the records, see :func:`iterate`)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        body=body,
    )
    return await AsyncStream.open(client, kwargs, options, "sse", _record, OPERATION)
