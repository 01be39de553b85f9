"""The ``invitations`` operations of the TileDB REST API v4: ``InvitationsApi`` and ``AsyncInvitationsApi``.

Each operation also has a module of its own here (``sync``, ``sync_detailed``, ``asyncio``,
``asyncio_detailed``); the classes are the convenient way in. Endpoint modules (and the models they
use) are imported on the first call of a method, not when this module is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
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
    ``tiledb.client.rest_api.errors.ApiError`` for any status outside 2xx.
    """

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
    ) -> InvitationsListResponse:
        """List the invitations of a workspace.

        ``GET /v4/invitations/admin/{workspace}``

        Args:
            workspace (str): Workspace name or id
            page (int | Unset): Page number, starting at 1
            per_page (int | Unset): Items per page

        Returns:
            InvitationsListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import list_invitations as _op

        return _op.sync(
            workspace=workspace,
            page=page,
            per_page=per_page,
            client=self.client,
        )

    def create_invitations(
        self,
        workspace: str,
        body: list[InvitationsCreateRequestInner],
    ) -> None:
        """Invite people to a workspace by email.

        ``POST /v4/invitations/admin/{workspace}``

        Args:
            workspace (str): Workspace name or id
            body (list[InvitationsCreateRequestInner]): The request body.

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import create_invitations as _op

        return _op.sync(
            workspace=workspace,
            body=body,
            client=self.client,
        )

    def revoke_invitation(
        self,
        workspace: str,
        invitation_id: str,
    ) -> None:
        """Revoke an invitation.

        ``DELETE /v4/invitations/admin/{workspace}/{invitation_id}``

        Args:
            workspace (str): Workspace name or id
            invitation_id (str): Invitation id

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import revoke_invitation as _op

        return _op.sync(
            workspace=workspace,
            invitation_id=invitation_id,
            client=self.client,
        )

    def get_invitation(
        self,
        invitation_id: str,
        body: InvitationRetrieveRequest,
    ) -> InvitationRetrieveResponse:
        """Look up an invitation by its JWT.

        ``POST /v4/invitations/{invitation_id}``

        Args:
            invitation_id (str): Invitation id
            body (InvitationRetrieveRequest): The request body.

        Returns:
            InvitationRetrieveResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_invitation as _op

        return _op.sync(
            invitation_id=invitation_id,
            body=body,
            client=self.client,
        )

    def respond_invitation(
        self,
        invitation_id: str,
        body: InvitationRespondRequest,
    ) -> None:
        """Accept or reject an invitation.

        ``PATCH /v4/invitations/{invitation_id}``

        Args:
            invitation_id (str): Invitation id
            body (InvitationRespondRequest): The request body.

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import respond_invitation as _op

        return _op.sync(
            invitation_id=invitation_id,
            body=body,
            client=self.client,
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

    async def list_invitations(
        self,
        workspace: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
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
        )

    async def create_invitations(
        self,
        workspace: str,
        body: list[InvitationsCreateRequestInner],
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
        )

    async def revoke_invitation(
        self,
        workspace: str,
        invitation_id: str,
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
        )

    async def get_invitation(
        self,
        invitation_id: str,
        body: InvitationRetrieveRequest,
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
        )

    async def respond_invitation(
        self,
        invitation_id: str,
        body: InvitationRespondRequest,
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
        )
