"""The ``llmconfigs`` operations of the TileDB REST API v4: ``LlmconfigsApi`` and ``AsyncLlmconfigsApi``.

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

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client, RawResponse, Timeout
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
    ) -> LlmconfigsApi:
        """A copy that applies these options to every call, over this object's connections.

        This object is left unchanged; per-call options override the copy's.
        """
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> LlmconfigsApiWithRawResponse:
        """The same methods, each returning a ``RawResponse`` (status, headers, request id, ...)."""
        return LlmconfigsApiWithRawResponse(self.client)

    def list_llm_configs(
        self,
        workspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> LLMConfigListResponse:
        """List the LLM provider configurations of a workspace.

        ``GET /v4/agents/config/{workspace}``

        Args:
            workspace (str): Workspace name or id

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            LLMConfigListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_llm_configs as _op

        return _op.sync(
            workspace=workspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def create_llm_config(
        self,
        workspace: str,
        body: LLMConfigCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> LLMConfigCreateResponse:
        """Add an LLM provider configuration to a workspace.

        ``POST /v4/agents/config/{workspace}``

        Args:
            workspace (str): Workspace name or id
            body (LLMConfigCreateRequest): The request body.

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            LLMConfigCreateResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import create_llm_config as _op

        return _op.sync(
            workspace=workspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def delete_llm_config(
        self,
        workspace: str,
        llmconfig_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete an LLM provider configuration.

        ``DELETE /v4/agents/config/{workspace}/{llmconfig_id}``

        Args:
            workspace (str): Workspace name or id
            llmconfig_id (str): LLM provider configuration id

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
        from . import delete_llm_config as _op

        return _op.sync(
            workspace=workspace,
            llmconfig_id=llmconfig_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def update_llm_config(
        self,
        workspace: str,
        llmconfig_id: str,
        body: LLMConfigUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Update an LLM provider configuration.

        ``PATCH /v4/agents/config/{workspace}/{llmconfig_id}``

        Args:
            workspace (str): Workspace name or id
            llmconfig_id (str): LLM provider configuration id
            body (LLMConfigUpdateRequest): The request body.

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
        from . import update_llm_config as _op

        return _op.sync(
            workspace=workspace,
            llmconfig_id=llmconfig_id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class LlmconfigsApiWithRawResponse:
    """The methods of :class:`LlmconfigsApi`, each returning a ``RawResponse`` of its 2xx answer."""

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def list_llm_configs(
        self,
        workspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[LLMConfigListResponse]:
        """``GET /v4/agents/config/{workspace}``, giving the whole 2xx answer."""
        from . import list_llm_configs as _op

        return _op.sync_raw(
            workspace=workspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def create_llm_config(
        self,
        workspace: str,
        body: LLMConfigCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[LLMConfigCreateResponse]:
        """``POST /v4/agents/config/{workspace}``, giving the whole 2xx answer."""
        from . import create_llm_config as _op

        return _op.sync_raw(
            workspace=workspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def delete_llm_config(
        self,
        workspace: str,
        llmconfig_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/agents/config/{workspace}/{llmconfig_id}``, giving the whole 2xx answer."""
        from . import delete_llm_config as _op

        return _op.sync_raw(
            workspace=workspace,
            llmconfig_id=llmconfig_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def update_llm_config(
        self,
        workspace: str,
        llmconfig_id: str,
        body: LLMConfigUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/agents/config/{workspace}/{llmconfig_id}``, giving the whole 2xx answer."""
        from . import update_llm_config as _op

        return _op.sync_raw(
            workspace=workspace,
            llmconfig_id=llmconfig_id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
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

    def with_options(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncLlmconfigsApi:
        """A copy that applies these options to every call (see :meth:`LlmconfigsApi.with_options`)."""
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> AsyncLlmconfigsApiWithRawResponse:
        """The same coroutines, each returning a ``RawResponse``."""
        return AsyncLlmconfigsApiWithRawResponse(self.client)

    async def list_llm_configs(
        self,
        workspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> LLMConfigListResponse:
        """List the LLM provider configurations of a workspace.

        ``GET /v4/agents/config/{workspace}``
        (coroutine; see :meth:`LlmconfigsApi.list_llm_configs`).
        """
        from . import list_llm_configs as _op

        return await _op.asyncio(
            workspace=workspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def create_llm_config(
        self,
        workspace: str,
        body: LLMConfigCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def delete_llm_config(
        self,
        workspace: str,
        llmconfig_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def update_llm_config(
        self,
        workspace: str,
        llmconfig_id: str,
        body: LLMConfigUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncLlmconfigsApiWithRawResponse:
    """The coroutines of :class:`AsyncLlmconfigsApi`, each returning a ``RawResponse``."""

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def list_llm_configs(
        self,
        workspace: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[LLMConfigListResponse]:
        """``GET /v4/agents/config/{workspace}``, giving the whole 2xx answer (coroutine)."""
        from . import list_llm_configs as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def create_llm_config(
        self,
        workspace: str,
        body: LLMConfigCreateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[LLMConfigCreateResponse]:
        """``POST /v4/agents/config/{workspace}``, giving the whole 2xx answer (coroutine)."""
        from . import create_llm_config as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def delete_llm_config(
        self,
        workspace: str,
        llmconfig_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/agents/config/{workspace}/{llmconfig_id}``, giving the whole 2xx answer (coroutine)."""
        from . import delete_llm_config as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            llmconfig_id=llmconfig_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def update_llm_config(
        self,
        workspace: str,
        llmconfig_id: str,
        body: LLMConfigUpdateRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/agents/config/{workspace}/{llmconfig_id}``, giving the whole 2xx answer (coroutine)."""
        from . import update_llm_config as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            llmconfig_id=llmconfig_id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )
