"""The ``credentials`` operations of the TileDB REST API v4: ``CredentialsApi`` and ``AsyncCredentialsApi``.

Each operation also has a module of its own here (``sync``, ``sync_detailed``, ``asyncio``,
``asyncio_detailed``); the classes are the convenient way in. Endpoint modules (and the models they
use) are imported on the first call of a method, not when this module is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.cloud_provider import CloudProvider
    from ...models.credential_create_request import CredentialCreateRequest
    from ...models.credential_get_response import CredentialGetResponse
    from ...models.credential_update_request import CredentialUpdateRequest
    from ...models.credentials_list_response import CredentialsListResponse
    from ...models.credentials_verify_request import CredentialsVerifyRequest
    from ...types import Unset

__all__ = ["CredentialsApi", "AsyncCredentialsApi"]


class CredentialsApi:
    """Blocking calls to the ``credentials`` operations.

    Construct it over a generated ``Client`` or ``AuthenticatedClient`` (``CredentialsApi(client)``), or
    let ``tiledb.client.build(CredentialsApi)`` configure one from the current session. Every method
    returns the success model (``None`` when the answer has no body) and raises
    ``tiledb.client.rest_api.errors.ApiError`` for any status outside 2xx.
    """

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def verify_credential(
        self,
        body: CredentialsVerifyRequest,
    ) -> None:
        """Verify the credential given in the request body.

        ``POST /v4/actions/credentials/verify``

        Args:
            body (CredentialsVerifyRequest): The request body.

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import verify_credential as _op

        return _op.sync(
            body=body,
            client=self.client,
        )

    def get_credentials(
        self,
        workspace: str,
        *,
        teamspace_id: str | Unset = UNSET,
        provider: list[CloudProvider] | list[str] | Unset = UNSET,
        excl_provider: list[CloudProvider] | list[str] | Unset = UNSET,
        type_: str | Unset = UNSET,
        verify: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> CredentialsListResponse:
        """List the credentials of a workspace.

        ``GET /v4/credentials/{workspace}``

        Args:
            workspace (str): Workspace name or id
            teamspace_id (str | Unset): Teamspace id, for the credentials of a teamspace
            provider (list[CloudProvider] | list[str] | Unset): Only credentials of these providers
            excl_provider (list[CloudProvider] | list[str] | Unset): Leave out credentials of these
                providers
            type_ (str | Unset):
            verify (bool | Unset):
            page (int | Unset): Page number, starting at 1
            per_page (int | Unset): Items per page

        Returns:
            CredentialsListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_credentials as _op

        return _op.sync(
            workspace=workspace,
            teamspace_id=teamspace_id,
            provider=provider,
            excl_provider=excl_provider,
            type_=type_,
            verify=verify,
            page=page,
            per_page=per_page,
            client=self.client,
        )

    def create_credential(
        self,
        workspace: str,
        body: CredentialCreateRequest,
        *,
        teamspace_id: str | Unset = UNSET,
    ) -> None:
        """Create a credential in a workspace.

        ``POST /v4/credentials/{workspace}``

        Args:
            workspace (str): Workspace name or id
            body (CredentialCreateRequest): The request body.
            teamspace_id (str | Unset): Teamspace id, for a credential of a teamspace

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import create_credential as _op

        return _op.sync(
            workspace=workspace,
            body=body,
            teamspace_id=teamspace_id,
            client=self.client,
        )

    def get_credential_by_name(
        self,
        workspace: str,
        name: str,
        *,
        teamspace_id: str | Unset = UNSET,
    ) -> CredentialGetResponse:
        """Get a credential by name.

        ``GET /v4/credentials/{workspace}/{name}``

        Args:
            workspace (str): Workspace name or id
            name (str): Credential name
            teamspace_id (str | Unset): Teamspace id, for a credential of a teamspace

        Returns:
            CredentialGetResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_credential_by_name as _op

        return _op.sync(
            workspace=workspace,
            name=name,
            teamspace_id=teamspace_id,
            client=self.client,
        )

    def delete_credential_by_name(
        self,
        workspace: str,
        name: str,
        *,
        teamspace_id: str | Unset = UNSET,
    ) -> None:
        """Delete a credential by name.

        ``DELETE /v4/credentials/{workspace}/{name}``

        Args:
            workspace (str): Workspace name or id
            name (str): Credential name
            teamspace_id (str | Unset): Teamspace id, for a credential of a teamspace

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import delete_credential_by_name as _op

        return _op.sync(
            workspace=workspace,
            name=name,
            teamspace_id=teamspace_id,
            client=self.client,
        )

    def patch_credential_by_name(
        self,
        workspace: str,
        name: str,
        body: CredentialUpdateRequest,
        *,
        teamspace_id: str | Unset = UNSET,
    ) -> None:
        """Update a credential by name.

        ``PATCH /v4/credentials/{workspace}/{name}``

        Args:
            workspace (str): Workspace name or id
            name (str): Credential name
            body (CredentialUpdateRequest): The request body.
            teamspace_id (str | Unset): Teamspace id, for a credential of a teamspace

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import patch_credential_by_name as _op

        return _op.sync(
            workspace=workspace,
            name=name,
            body=body,
            teamspace_id=teamspace_id,
            client=self.client,
        )


class AsyncCredentialsApi:
    """The coroutine twin of :class:`CredentialsApi`, for an ``httpx.AsyncClient``.

    ``tiledb.client.build(AsyncCredentialsApi)`` gives one over the session's async client.
    """

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def verify_credential(
        self,
        body: CredentialsVerifyRequest,
    ) -> None:
        """Verify the credential given in the request body.

        ``POST /v4/actions/credentials/verify``
        (coroutine; see :meth:`CredentialsApi.verify_credential`).
        """
        from . import verify_credential as _op

        return await _op.asyncio(
            body=body,
            client=self.client,
        )

    async def get_credentials(
        self,
        workspace: str,
        *,
        teamspace_id: str | Unset = UNSET,
        provider: list[CloudProvider] | list[str] | Unset = UNSET,
        excl_provider: list[CloudProvider] | list[str] | Unset = UNSET,
        type_: str | Unset = UNSET,
        verify: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> CredentialsListResponse:
        """List the credentials of a workspace.

        ``GET /v4/credentials/{workspace}``
        (coroutine; see :meth:`CredentialsApi.get_credentials`).
        """
        from . import get_credentials as _op

        return await _op.asyncio(
            workspace=workspace,
            teamspace_id=teamspace_id,
            provider=provider,
            excl_provider=excl_provider,
            type_=type_,
            verify=verify,
            page=page,
            per_page=per_page,
            client=self.client,
        )

    async def create_credential(
        self,
        workspace: str,
        body: CredentialCreateRequest,
        *,
        teamspace_id: str | Unset = UNSET,
    ) -> None:
        """Create a credential in a workspace.

        ``POST /v4/credentials/{workspace}``
        (coroutine; see :meth:`CredentialsApi.create_credential`).
        """
        from . import create_credential as _op

        return await _op.asyncio(
            workspace=workspace,
            body=body,
            teamspace_id=teamspace_id,
            client=self.client,
        )

    async def get_credential_by_name(
        self,
        workspace: str,
        name: str,
        *,
        teamspace_id: str | Unset = UNSET,
    ) -> CredentialGetResponse:
        """Get a credential by name.

        ``GET /v4/credentials/{workspace}/{name}``
        (coroutine; see :meth:`CredentialsApi.get_credential_by_name`).
        """
        from . import get_credential_by_name as _op

        return await _op.asyncio(
            workspace=workspace,
            name=name,
            teamspace_id=teamspace_id,
            client=self.client,
        )

    async def delete_credential_by_name(
        self,
        workspace: str,
        name: str,
        *,
        teamspace_id: str | Unset = UNSET,
    ) -> None:
        """Delete a credential by name.

        ``DELETE /v4/credentials/{workspace}/{name}``
        (coroutine; see :meth:`CredentialsApi.delete_credential_by_name`).
        """
        from . import delete_credential_by_name as _op

        return await _op.asyncio(
            workspace=workspace,
            name=name,
            teamspace_id=teamspace_id,
            client=self.client,
        )

    async def patch_credential_by_name(
        self,
        workspace: str,
        name: str,
        body: CredentialUpdateRequest,
        *,
        teamspace_id: str | Unset = UNSET,
    ) -> None:
        """Update a credential by name.

        ``PATCH /v4/credentials/{workspace}/{name}``
        (coroutine; see :meth:`CredentialsApi.patch_credential_by_name`).
        """
        from . import patch_credential_by_name as _op

        return await _op.asyncio(
            workspace=workspace,
            name=name,
            body=body,
            teamspace_id=teamspace_id,
            client=self.client,
        )
