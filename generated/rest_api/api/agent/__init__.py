"""The ``agent`` operations of the TileDB REST API v4: ``AgentApi`` and ``AsyncAgentApi``.

Each operation also has a module of its own here (``sync``, ``sync_detailed``, ``asyncio``,
``asyncio_detailed``); the classes are the convenient way in. Endpoint modules (and the models they
use) are imported on the first call of a method, not when this module is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
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
    ``tiledb.client.rest_api.errors.ApiError`` for any status outside 2xx.
    """

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
    ) -> bytes:
        """Send a prompt to the agent and stream its reply as events.

        ``POST /v4/agents/chat/{workspace}``

        Args:
            workspace (str): Workspace name or id
            body (ChatRequest): The request body.

        Returns:
            bytes

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import agent_chat as _op

        return _op.sync(
            workspace=workspace,
            body=body,
            client=self.client,
        )

    def list_agent_conversations(
        self,
        workspace: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> ConversationsListResponse:
        """List the agent conversations in a workspace.

        ``GET /v4/agents/conversations/{workspace}``

        Args:
            workspace (str): Workspace name or id
            limit (int | Unset): Maximum number of conversations to return (1 to 100)
            offset (int | Unset): Number of conversations to skip

        Returns:
            ConversationsListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_agent_conversations as _op

        return _op.sync(
            workspace=workspace,
            limit=limit,
            offset=offset,
            client=self.client,
        )

    def get_agent_conversation(
        self,
        workspace: str,
        conversation_id: str,
    ) -> ConversationHistoryResponse:
        """Get the messages of an agent conversation.

        ``GET /v4/agents/conversations/{workspace}/{conversation_id}``

        Args:
            workspace (str): Workspace name or id
            conversation_id (str): Agent conversation id

        Returns:
            ConversationHistoryResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_agent_conversation as _op

        return _op.sync(
            workspace=workspace,
            conversation_id=conversation_id,
            client=self.client,
        )

    def delete_agent_conversation(
        self,
        workspace: str,
        conversation_id: str,
    ) -> None:
        """Delete an agent conversation.

        ``DELETE /v4/agents/conversations/{workspace}/{conversation_id}``

        Args:
            workspace (str): Workspace name or id
            conversation_id (str): Agent conversation id

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import delete_agent_conversation as _op

        return _op.sync(
            workspace=workspace,
            conversation_id=conversation_id,
            client=self.client,
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

    async def agent_chat(
        self,
        workspace: str,
        body: ChatRequest,
    ) -> bytes:
        """Send a prompt to the agent and stream its reply as events.

        ``POST /v4/agents/chat/{workspace}``
        (coroutine; see :meth:`AgentApi.agent_chat`).
        """
        from . import agent_chat as _op

        return await _op.asyncio(
            workspace=workspace,
            body=body,
            client=self.client,
        )

    async def list_agent_conversations(
        self,
        workspace: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
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
        )

    async def get_agent_conversation(
        self,
        workspace: str,
        conversation_id: str,
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
        )

    async def delete_agent_conversation(
        self,
        workspace: str,
        conversation_id: str,
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
        )
