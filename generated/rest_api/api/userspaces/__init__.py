"""The ``userspaces`` operations of the TileDB REST API v4: ``UserspacesApi`` and ``AsyncUserspacesApi``.

Each operation also has a module of its own here (``sync``, ``sync_detailed``, ``asyncio``,
``asyncio_detailed``); the classes are the convenient way in. Endpoint modules (and the models they
use) are imported on the first call of a method, not when this module is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.userspace_get_response import UserspaceGetResponse
    from ...models.userspace_update_request import UserspaceUpdateRequest

__all__ = ["UserspacesApi", "AsyncUserspacesApi"]


class UserspacesApi:
    """Blocking calls to the ``userspaces`` operations.

    Construct it over a generated ``Client`` or ``AuthenticatedClient`` (``UserspacesApi(client)``), or
    let ``tiledb.client.build(UserspacesApi)`` configure one from the current session. Every method
    returns the success model (``None`` when the answer has no body) and raises
    ``tiledb.client.rest_api.errors.ApiError`` for any status outside 2xx.
    """

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def get_userspace(
        self,
        workspace: str,
        userspace: str,
    ) -> UserspaceGetResponse:
        """Get a userspace.

        ``GET /v4/userspaces/{workspace}/{userspace}``

        Args:
            workspace (str): Workspace name or id
            userspace (str): Userspace id

        Returns:
            UserspaceGetResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_userspace as _op

        return _op.sync(
            workspace=workspace,
            userspace=userspace,
            client=self.client,
        )

    def update_userspace(
        self,
        workspace: str,
        userspace: str,
        body: UserspaceUpdateRequest,
    ) -> None:
        """Update a userspace.

        ``PATCH /v4/userspaces/{workspace}/{userspace}``

        Args:
            workspace (str): Workspace name or id
            userspace (str): Userspace id
            body (UserspaceUpdateRequest): The request body.

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import update_userspace as _op

        return _op.sync(
            workspace=workspace,
            userspace=userspace,
            body=body,
            client=self.client,
        )


class AsyncUserspacesApi:
    """The coroutine twin of :class:`UserspacesApi`, for an ``httpx.AsyncClient``.

    ``tiledb.client.build(AsyncUserspacesApi)`` gives one over the session's async client.
    """

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def get_userspace(
        self,
        workspace: str,
        userspace: str,
    ) -> UserspaceGetResponse:
        """Get a userspace.

        ``GET /v4/userspaces/{workspace}/{userspace}``
        (coroutine; see :meth:`UserspacesApi.get_userspace`).
        """
        from . import get_userspace as _op

        return await _op.asyncio(
            workspace=workspace,
            userspace=userspace,
            client=self.client,
        )

    async def update_userspace(
        self,
        workspace: str,
        userspace: str,
        body: UserspaceUpdateRequest,
    ) -> None:
        """Update a userspace.

        ``PATCH /v4/userspaces/{workspace}/{userspace}``
        (coroutine; see :meth:`UserspacesApi.update_userspace`).
        """
        from . import update_userspace as _op

        return await _op.asyncio(
            workspace=workspace,
            userspace=userspace,
            body=body,
            client=self.client,
        )
