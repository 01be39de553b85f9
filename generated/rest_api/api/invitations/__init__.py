"""The ``invitations`` operations of the TileDB REST API v4: ``InvitationsApi`` and ``AsyncInvitationsApi``.

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
    from ...client import AuthenticatedClient, Client, RawResponse, Timeout
    from ...models.invitation_respond_request import InvitationRespondRequest
    from ...models.invitation_retrieve_request import InvitationRetrieveRequest
    from ...models.invitation_retrieve_response import InvitationRetrieveResponse
    from ...models.invitations_create_request_inner import InvitationsCreateRequestInner
    from ...models.invitations_list_response import InvitationsListResponse
    from ...types import Unset

__all__ = ["InvitationsApi", "AsyncInvitationsApi"]


class InvitationsApi:
    """Blocking calls to the ``invitations`` operations.

    Construct it over a generated ``Client`` or ``AuthenticatedClient`` (``InvitationsApi(client)``), or
    let ``tiledb.client.build(InvitationsApi)`` configure one from the current session. Every method
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
    ) -> InvitationsApi:
        """A copy that applies these options to every call, over this object's connections.

        This object is left unchanged; per-call options override the copy's.
        """
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> InvitationsApiWithRawResponse:
        """The same methods, each returning a ``RawResponse`` (status, headers, request id, ...)."""
        return InvitationsApiWithRawResponse(self.client)

    def list_invitations(
        self,
        workspace: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> InvitationsListResponse:
        """List the invitations of a workspace.

        ``GET /v4/invitations/admin/{workspace}``

        Args:
            workspace (str): Workspace name or id
            page (int | Unset): Page number, starting at 1
            per_page (int | Unset): Items per page

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            InvitationsListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_invitations as _op

        return _op.sync(
            workspace=workspace,
            page=page,
            per_page=per_page,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def create_invitations(
        self,
        workspace: str,
        body: list[InvitationsCreateRequestInner],
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Invite people to a workspace by email.

        ``POST /v4/invitations/admin/{workspace}``

        Args:
            workspace (str): Workspace name or id
            body (list[InvitationsCreateRequestInner]): The request body.

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
        from . import create_invitations as _op

        return _op.sync(
            workspace=workspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def revoke_invitation(
        self,
        workspace: str,
        invitation_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Revoke an invitation.

        ``DELETE /v4/invitations/admin/{workspace}/{invitation_id}``

        Args:
            workspace (str): Workspace name or id
            invitation_id (str): Invitation id

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
        from . import revoke_invitation as _op

        return _op.sync(
            workspace=workspace,
            invitation_id=invitation_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_invitation(
        self,
        invitation_id: str,
        body: InvitationRetrieveRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> InvitationRetrieveResponse:
        """Look up an invitation by its JWT.

        ``POST /v4/invitations/{invitation_id}``

        Args:
            invitation_id (str): Invitation id
            body (InvitationRetrieveRequest): The request body.

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            InvitationRetrieveResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_invitation as _op

        return _op.sync(
            invitation_id=invitation_id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def respond_invitation(
        self,
        invitation_id: str,
        body: InvitationRespondRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Accept or reject an invitation.

        ``PATCH /v4/invitations/{invitation_id}``

        Args:
            invitation_id (str): Invitation id
            body (InvitationRespondRequest): The request body.

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
        from . import respond_invitation as _op

        return _op.sync(
            invitation_id=invitation_id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class InvitationsApiWithRawResponse:
    """The methods of :class:`InvitationsApi`, each returning a ``RawResponse`` of its 2xx answer."""

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def list_invitations(
        self,
        workspace: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[InvitationsListResponse]:
        """``GET /v4/invitations/admin/{workspace}``, giving the whole 2xx answer."""
        from . import list_invitations as _op

        return _op.sync_raw(
            workspace=workspace,
            page=page,
            per_page=per_page,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def create_invitations(
        self,
        workspace: str,
        body: list[InvitationsCreateRequestInner],
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``POST /v4/invitations/admin/{workspace}``, giving the whole 2xx answer."""
        from . import create_invitations as _op

        return _op.sync_raw(
            workspace=workspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def revoke_invitation(
        self,
        workspace: str,
        invitation_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/invitations/admin/{workspace}/{invitation_id}``, giving the whole 2xx answer."""
        from . import revoke_invitation as _op

        return _op.sync_raw(
            workspace=workspace,
            invitation_id=invitation_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_invitation(
        self,
        invitation_id: str,
        body: InvitationRetrieveRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[InvitationRetrieveResponse]:
        """``POST /v4/invitations/{invitation_id}``, giving the whole 2xx answer."""
        from . import get_invitation as _op

        return _op.sync_raw(
            invitation_id=invitation_id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def respond_invitation(
        self,
        invitation_id: str,
        body: InvitationRespondRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/invitations/{invitation_id}``, giving the whole 2xx answer."""
        from . import respond_invitation as _op

        return _op.sync_raw(
            invitation_id=invitation_id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncInvitationsApi:
    """The coroutine twin of :class:`InvitationsApi`, for an ``httpx.AsyncClient``.

    ``tiledb.client.build(AsyncInvitationsApi)`` gives one over the session's async client.
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
    ) -> AsyncInvitationsApi:
        """A copy that applies these options to every call (see :meth:`InvitationsApi.with_options`)."""
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> AsyncInvitationsApiWithRawResponse:
        """The same coroutines, each returning a ``RawResponse``."""
        return AsyncInvitationsApiWithRawResponse(self.client)

    async def list_invitations(
        self,
        workspace: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> InvitationsListResponse:
        """List the invitations of a workspace.

        ``GET /v4/invitations/admin/{workspace}``
        (coroutine; see :meth:`InvitationsApi.list_invitations`).
        """
        from . import list_invitations as _op

        return await _op.asyncio(
            workspace=workspace,
            page=page,
            per_page=per_page,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def create_invitations(
        self,
        workspace: str,
        body: list[InvitationsCreateRequestInner],
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Invite people to a workspace by email.

        ``POST /v4/invitations/admin/{workspace}``
        (coroutine; see :meth:`InvitationsApi.create_invitations`).
        """
        from . import create_invitations as _op

        return await _op.asyncio(
            workspace=workspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def revoke_invitation(
        self,
        workspace: str,
        invitation_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Revoke an invitation.

        ``DELETE /v4/invitations/admin/{workspace}/{invitation_id}``
        (coroutine; see :meth:`InvitationsApi.revoke_invitation`).
        """
        from . import revoke_invitation as _op

        return await _op.asyncio(
            workspace=workspace,
            invitation_id=invitation_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_invitation(
        self,
        invitation_id: str,
        body: InvitationRetrieveRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> InvitationRetrieveResponse:
        """Look up an invitation by its JWT.

        ``POST /v4/invitations/{invitation_id}``
        (coroutine; see :meth:`InvitationsApi.get_invitation`).
        """
        from . import get_invitation as _op

        return await _op.asyncio(
            invitation_id=invitation_id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def respond_invitation(
        self,
        invitation_id: str,
        body: InvitationRespondRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Accept or reject an invitation.

        ``PATCH /v4/invitations/{invitation_id}``
        (coroutine; see :meth:`InvitationsApi.respond_invitation`).
        """
        from . import respond_invitation as _op

        return await _op.asyncio(
            invitation_id=invitation_id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncInvitationsApiWithRawResponse:
    """The coroutines of :class:`AsyncInvitationsApi`, each returning a ``RawResponse``."""

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def list_invitations(
        self,
        workspace: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[InvitationsListResponse]:
        """``GET /v4/invitations/admin/{workspace}``, giving the whole 2xx answer (coroutine)."""
        from . import list_invitations as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            page=page,
            per_page=per_page,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def create_invitations(
        self,
        workspace: str,
        body: list[InvitationsCreateRequestInner],
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``POST /v4/invitations/admin/{workspace}``, giving the whole 2xx answer (coroutine)."""
        from . import create_invitations as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def revoke_invitation(
        self,
        workspace: str,
        invitation_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``DELETE /v4/invitations/admin/{workspace}/{invitation_id}``, giving the whole 2xx answer (coroutine)."""
        from . import revoke_invitation as _op

        return await _op.asyncio_raw(
            workspace=workspace,
            invitation_id=invitation_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_invitation(
        self,
        invitation_id: str,
        body: InvitationRetrieveRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[InvitationRetrieveResponse]:
        """``POST /v4/invitations/{invitation_id}``, giving the whole 2xx answer (coroutine)."""
        from . import get_invitation as _op

        return await _op.asyncio_raw(
            invitation_id=invitation_id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def respond_invitation(
        self,
        invitation_id: str,
        body: InvitationRespondRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PATCH /v4/invitations/{invitation_id}``, giving the whole 2xx answer (coroutine)."""
        from . import respond_invitation as _op

        return await _op.asyncio_raw(
            invitation_id=invitation_id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )
