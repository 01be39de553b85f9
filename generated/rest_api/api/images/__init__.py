"""The ``images`` operations of the TileDB REST API v4: ``ImagesApi`` and ``AsyncImagesApi``.

Each operation also has a module of its own here (``sync``, ``sync_detailed``, ``asyncio``,
``asyncio_detailed``); the classes are the convenient way in. Endpoint modules (and the models they
use) are imported on the first call of a method, not when this module is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

__all__ = ["ImagesApi", "AsyncImagesApi"]


class ImagesApi:
    """Blocking calls to the ``images`` operations.

    Construct it over a generated ``Client`` or ``AuthenticatedClient`` (``ImagesApi(client)``), or
    let ``tiledb.client.build(ImagesApi)`` configure one from the current session. Every method
    returns the success model (``None`` when the answer has no body) and raises
    ``tiledb.client.rest_api.errors.ApiError`` for any status outside 2xx.
    """

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def get_image(
        self,
        image_id: str,
    ) -> bytes:
        """Download a static image as PNG.

        ``GET /v4/static/images/{image_id}``

        Args:
            image_id (str): Image id

        Returns:
            bytes

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_image as _op

        return _op.sync(
            image_id=image_id,
            client=self.client,
        )


class AsyncImagesApi:
    """The coroutine twin of :class:`ImagesApi`, for an ``httpx.AsyncClient``.

    ``tiledb.client.build(AsyncImagesApi)`` gives one over the session's async client.
    """

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def get_image(
        self,
        image_id: str,
    ) -> bytes:
        """Download a static image as PNG.

        ``GET /v4/static/images/{image_id}``
        (coroutine; see :meth:`ImagesApi.get_image`).
        """
        from . import get_image as _op

        return await _op.asyncio(
            image_id=image_id,
            client=self.client,
        )
