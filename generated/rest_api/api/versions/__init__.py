"""The ``versions`` operations of the TileDB REST API v4: ``VersionsApi`` and ``AsyncVersionsApi``.

Each operation also has a module of its own here (``sync``, ``sync_detailed``, ``asyncio``,
``asyncio_detailed``); the classes are the convenient way in. Endpoint modules (and the models they
use) are imported on the first call of a method, not when this module is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.versions_response import VersionsResponse

__all__ = ["VersionsApi", "AsyncVersionsApi"]


class VersionsApi:
    """Blocking calls to the ``versions`` operations.

    Construct it over a generated ``Client`` or ``AuthenticatedClient`` (``VersionsApi(client)``), or
    let ``tiledb.client.build(VersionsApi)`` configure one from the current session. Every method
    returns the success model (``None`` when the answer has no body) and raises
    ``tiledb.client.rest_api.errors.ApiError`` for any status outside 2xx.
    """

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def get_versions(
        self,
    ) -> VersionsResponse:
        """Get the server's build and component versions.

        ``GET /v4/versions``

        Returns:
            VersionsResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_versions as _op

        return _op.sync(
            client=self.client,
        )


class AsyncVersionsApi:
    """The coroutine twin of :class:`VersionsApi`, for an ``httpx.AsyncClient``.

    ``tiledb.client.build(AsyncVersionsApi)`` gives one over the session's async client.
    """

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def get_versions(
        self,
    ) -> VersionsResponse:
        """Get the server's build and component versions.

        ``GET /v4/versions``
        (coroutine; see :meth:`VersionsApi.get_versions`).
        """
        from . import get_versions as _op

        return await _op.asyncio(
            client=self.client,
        )
