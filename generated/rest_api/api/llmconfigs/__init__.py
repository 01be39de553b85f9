"""The ``llmconfigs`` operations of the TileDB REST API v4: ``LlmconfigsApi`` and ``AsyncLlmconfigsApi``.

Each operation also has a module of its own here (``sync``, ``sync_detailed``, ``asyncio``,
``asyncio_detailed``); the classes are the convenient way in. Endpoint modules (and the models they
use) are imported on the first call of a method, not when this module is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.llm_config_create_request import LLMConfigCreateRequest
    from ...models.llm_config_create_response import LLMConfigCreateResponse
    from ...models.llm_config_list_response import LLMConfigListResponse
    from ...models.llm_config_update_request import LLMConfigUpdateRequest

__all__ = ["LlmconfigsApi", "AsyncLlmconfigsApi"]


class LlmconfigsApi:
    """Blocking calls to the ``llmconfigs`` operations.

    Construct it over a generated ``Client`` or ``AuthenticatedClient`` (``LlmconfigsApi(client)``), or
    let ``tiledb.client.build(LlmconfigsApi)`` configure one from the current session. Every method
    returns the success model (``None`` when the answer has no body) and raises
    ``tiledb.client.rest_api.errors.ApiError`` for any status outside 2xx.
    """

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def list_llm_configs(
        self,
        workspace: str,
    ) -> LLMConfigListResponse:
        """List the LLM provider configurations of a workspace.

        ``GET /v4/agents/config/{workspace}``

        Args:
            workspace (str): Workspace name or id

        Returns:
            LLMConfigListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_llm_configs as _op

        return _op.sync(
            workspace=workspace,
            client=self.client,
        )

    def create_llm_config(
        self,
        workspace: str,
        body: LLMConfigCreateRequest,
    ) -> LLMConfigCreateResponse:
        """Add an LLM provider configuration to a workspace.

        ``POST /v4/agents/config/{workspace}``

        Args:
            workspace (str): Workspace name or id
            body (LLMConfigCreateRequest): The request body.

        Returns:
            LLMConfigCreateResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import create_llm_config as _op

        return _op.sync(
            workspace=workspace,
            body=body,
            client=self.client,
        )

    def delete_llm_config(
        self,
        workspace: str,
        llmconfig_id: str,
    ) -> None:
        """Delete an LLM provider configuration.

        ``DELETE /v4/agents/config/{workspace}/{llmconfig_id}``

        Args:
            workspace (str): Workspace name or id
            llmconfig_id (str): LLM provider configuration id

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import delete_llm_config as _op

        return _op.sync(
            workspace=workspace,
            llmconfig_id=llmconfig_id,
            client=self.client,
        )

    def update_llm_config(
        self,
        workspace: str,
        llmconfig_id: str,
        body: LLMConfigUpdateRequest,
    ) -> None:
        """Update an LLM provider configuration.

        ``PATCH /v4/agents/config/{workspace}/{llmconfig_id}``

        Args:
            workspace (str): Workspace name or id
            llmconfig_id (str): LLM provider configuration id
            body (LLMConfigUpdateRequest): The request body.

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import update_llm_config as _op

        return _op.sync(
            workspace=workspace,
            llmconfig_id=llmconfig_id,
            body=body,
            client=self.client,
        )


class AsyncLlmconfigsApi:
    """The coroutine twin of :class:`LlmconfigsApi`, for an ``httpx.AsyncClient``.

    ``tiledb.client.build(AsyncLlmconfigsApi)`` gives one over the session's async client.
    """

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def list_llm_configs(
        self,
        workspace: str,
    ) -> LLMConfigListResponse:
        """List the LLM provider configurations of a workspace.

        ``GET /v4/agents/config/{workspace}``
        (coroutine; see :meth:`LlmconfigsApi.list_llm_configs`).
        """
        from . import list_llm_configs as _op

        return await _op.asyncio(
            workspace=workspace,
            client=self.client,
        )

    async def create_llm_config(
        self,
        workspace: str,
        body: LLMConfigCreateRequest,
    ) -> LLMConfigCreateResponse:
        """Add an LLM provider configuration to a workspace.

        ``POST /v4/agents/config/{workspace}``
        (coroutine; see :meth:`LlmconfigsApi.create_llm_config`).
        """
        from . import create_llm_config as _op

        return await _op.asyncio(
            workspace=workspace,
            body=body,
            client=self.client,
        )

    async def delete_llm_config(
        self,
        workspace: str,
        llmconfig_id: str,
    ) -> None:
        """Delete an LLM provider configuration.

        ``DELETE /v4/agents/config/{workspace}/{llmconfig_id}``
        (coroutine; see :meth:`LlmconfigsApi.delete_llm_config`).
        """
        from . import delete_llm_config as _op

        return await _op.asyncio(
            workspace=workspace,
            llmconfig_id=llmconfig_id,
            client=self.client,
        )

    async def update_llm_config(
        self,
        workspace: str,
        llmconfig_id: str,
        body: LLMConfigUpdateRequest,
    ) -> None:
        """Update an LLM provider configuration.

        ``PATCH /v4/agents/config/{workspace}/{llmconfig_id}``
        (coroutine; see :meth:`LlmconfigsApi.update_llm_config`).
        """
        from . import update_llm_config as _op

        return await _op.asyncio(
            workspace=workspace,
            llmconfig_id=llmconfig_id,
            body=body,
            client=self.client,
        )
