"""The ``agent`` operations of the TileDB REST API v4: ``AgentApi`` and ``AsyncAgentApi``.

Each operation also has a module of its own here (``sync``, ``sync_detailed``, ``sync_raw``,
``asyncio``, ``asyncio_detailed``, ``asyncio_raw``); the classes are the convenient way in. Every
method takes the per-call options ``timeout``, ``retry_mode``, ``extra_headers`` and
``extra_query`` (keyword-only); ``with_options()`` makes a copy that applies them to every call and
``with_raw_response`` gives the whole answer instead of the parsed value. Endpoint modules (and the models they
use) are imported on the first call of a method, not when this module is imported.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from ...client import call_options
from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AsyncStream, AuthenticatedClient, Client, RawResponse, ServerSentEvent, Stream, Timeout
    from ...models.chat_request import ChatRequest
    from ...models.conversation_history_response import ConversationHistoryResponse
    from ...models.conversations_list_response import ConversationsListResponse
    from ...types import Unset

__all__ = ["AgentApi", "AsyncAgentApi"]


class AgentApi:
    """Blocking calls to the ``agent`` operations.

    Construct it over a generated ``Client`` or ``AuthenticatedClient`` (``AgentApi(client)``), or
    let ``tiledb.client.build(AgentApi)`` configure one from the current session. Every method
    returns the success model (``None`` when the answer has no body) and raises
    ``tiledb.client.rest_api.errors.ApiError`` (a subclass for the status) for any status outside 2xx.
    """

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def with_options(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AgentApi:
        """A copy that applies these options to every call, over this object's connections.

        This object is left unchanged; per-call options override the copy's.
        """
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> AgentApiWithRawResponse:
        """The same methods, each returning a ``RawResponse`` (status, headers, request id, ...)."""
        return AgentApiWithRawResponse(self.client)

    def agent_chat(
        self,
        workspace: str,
        body: ChatRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Stream[ServerSentEvent]:
        """Send a prompt to the agent and stream its reply as events.

        ``POST /v4/agents/chat/{workspace}``

        Args:
            workspace (str): Workspace name or id
            body (ChatRequest): The request body.

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            Stream[ServerSentEvent]

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import agent_chat as _op

        return _op.iterate(
            workspace=workspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def list_agent_conversations(
        self,
        workspace: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ConversationsListResponse:
        """List the agent conversations in a workspace.

        ``GET /v4/agents/conversations/{workspace}``

        Args:
            workspace (str): Workspace name or id
            limit (int | Unset): Maximum number of conversations to return (1 to 100)
            offset (int | Unset): Number of conversations to skip

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            ConversationsListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_agent_conversations as _op

        return _op.sync(
            workspace=workspace,
            limit=limit,
            offset=offset,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_agent_conversation(
        self,
        workspace: str,
        conversation_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ConversationHistoryResponse:
        """Get the messages of an agent conversation.

        ``GET /v4/agents/conversations/{workspace}/{conversation_id}``

        Args:
            workspace (str): Workspace name or id
            conversation_id (str): Agent conversation id

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            ConversationHistoryResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_agent_conversation as _op

        return _op.sync(
            workspace=workspace,
            conversation_id=conversation_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def delete_agent_conversation(
        self,
        workspace: str,
        conversation_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete an agent conversation.

        ``DELETE /v4/agents/conversations/{workspace}/{conversation_id}``

        Args:
            workspace (str): Workspace name or id
            conversation_id (str): Agent conversation id

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import delete_agent_conversation as _op

        return _op.sync(
            workspace=workspace,
            conversation_id=conversation_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AgentApiWithRawResponse:
    """The methods of :class:`AgentApi`, each returning a ``RawResponse`` of its 2xx answer."""

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def agent_chat(
        self,
        workspace: str,
        body: ChatRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[bytes]:
        """``POST /v4/agents/chat/{workspace}``, giving the whole 2xx answer."""
        from . import agent_chat as _op

        return _op.sync_raw(
            workspace=workspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def list_agent_conversations(
        self,
        workspace: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ConversationsListResponse]:
        """``GET /v4/agents/conversations/{workspace}``, giving the whole 2xx answer."""
        from . import list_agent_conversations as _op

        return _op.sync_raw(
            workspace=workspace,
            limit=limit,
            offset=offset,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_agent_conversation(
        self,
        workspace: str,
        conversation_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ConversationHistoryResponse]:
        """``GET /v4/agents/conversations/{workspace}/{conversation_id}``, giving the whole 2xx answer."""
        from . import get_agent_conversation as _op

        return _op.sync_raw(
            workspace=workspace,
            conversation_id=conversation_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def delete_agent_conversation(
        self,
        workspace: str,
        conversation_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/agents/conversations/{workspace}/{conversation_id}``, giving the whole 2xx answer."""
        from . import delete_agent_conversation as _op

        return _op.sync_raw(
            workspace=workspace,
            conversation_id=conversation_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncAgentApi:
    """The coroutine twin of :class:`AgentApi`, for an ``httpx.AsyncClient``.

    ``tiledb.client.build(AsyncAgentApi)`` gives one over the session's async client.
    """

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def with_options(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncAgentApi:
        """A copy that applies these options to every call (see :meth:`AgentApi.with_options`)."""
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> AsyncAgentApiWithRawResponse:
        """The same coroutines, each returning a ``RawResponse``."""
        return AsyncAgentApiWithRawResponse(self.client)

    async def agent_chat(
        self,
        workspace: str,
        body: ChatRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncStream[ServerSentEvent]:
        """Send a prompt to the agent and stream its reply as events.

        ``POST /v4/agents/chat/{workspace}``
        (coroutine; see :meth:`AgentApi.agent_chat`).
        """
        from . import agent_chat as _op

        return await _op.aiterate(
            workspace=workspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def list_agent_conversations(
        self,
        workspace: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ConversationsListResponse:
        """List the agent conversations in a workspace.

        ``GET /v4/agents/conversations/{workspace}``
        (coroutine; see :meth:`AgentApi.list_agent_conversations`).
        """
        from . import list_agent_conversations as _op

        return await _op.asyncio(
            workspace=workspace,
            limit=limit,
            offset=offset,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_agent_conversation(
        self,
        workspace: str,
        conversation_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ConversationHistoryResponse:
        """Get the messages of an agent conversation.

        ``GET /v4/agents/conversations/{workspace}/{conversation_id}``
        (coroutine; see :meth:`AgentApi.get_agent_conversation`).
        """
        from . import get_agent_conversation as _op

        return await _op.asyncio(
            workspace=workspace,
            conversation_id=conversation_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def delete_agent_conversation(
        self,
        workspace: str,
        conversation_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete an agent conversation.

        ``DELETE /v4/agents/conversations/{workspace}/{conversation_id}``
        (coroutine; see :meth:`AgentApi.delete_agent_conversation`).
        """
        from . import delete_agent_conversation as _op

        return await _op.asyncio(
            workspace=workspace,
            conversation_id=conversation_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncAgentApiWithRawResponse:
    """The coroutines of :class:`AsyncAgentApi`, each returning a ``RawResponse``."""

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def agent_chat(
        self,
        workspace: str,
        body: ChatRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[bytes]:
        """``POST /v4/agents/chat/{workspace}``, giving the whole 2xx answer (coroutine)."""
        from . import agent_chat as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def list_agent_conversations(
        self,
        workspace: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ConversationsListResponse]:
        """``GET /v4/agents/conversations/{workspace}``, giving the whole 2xx answer (coroutine)."""
        from . import list_agent_conversations as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            limit=limit,
            offset=offset,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_agent_conversation(
        self,
        workspace: str,
        conversation_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ConversationHistoryResponse]:
        """``GET /v4/agents/conversations/{workspace}/{conversation_id}``, giving the whole 2xx answer (coroutine)."""
        from . import get_agent_conversation as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            conversation_id=conversation_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def delete_agent_conversation(
        self,
        workspace: str,
        conversation_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/agents/conversations/{workspace}/{conversation_id}``, giving the whole 2xx answer (coroutine)."""
        from . import delete_agent_conversation as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            conversation_id=conversation_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )
