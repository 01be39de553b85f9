"""The ``images`` operations of the TileDB REST API v4: ``ImagesApi`` and ``AsyncImagesApi``.

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

__all__ = ["ImagesApi", "AsyncImagesApi"]


class ImagesApi:
    """Blocking calls to the ``images`` operations.

    Construct it over a generated ``Client`` or ``AuthenticatedClient`` (``ImagesApi(client)``), or
    let ``tiledb.client.build(ImagesApi)`` configure one from the current session. Every method
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
    ) -> ImagesApi:
        """A copy that applies these options to every call, over this object's connections.

        This object is left unchanged; per-call options override the copy's.
        """
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> ImagesApiWithRawResponse:
        """The same methods, each returning a ``RawResponse`` (status, headers, request id, ...)."""
        return ImagesApiWithRawResponse(self.client)

    def get_image(
        self,
        image_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> bytes:
        """Download a static image as PNG.

        ``GET /v4/static/images/{image_id}``

        Args:
            image_id (str): Image id

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            bytes

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_image as _op

        return _op.sync(
            image_id=image_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class ImagesApiWithRawResponse:
    """The methods of :class:`ImagesApi`, each returning a ``RawResponse`` of its 2xx answer."""

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def get_image(
        self,
        image_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[bytes]:
        """``GET /v4/static/images/{image_id}``, giving the whole 2xx answer."""
        from . import get_image as _op

        return _op.sync_raw(
            image_id=image_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
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

    def with_options(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncImagesApi:
        """A copy that applies these options to every call (see :meth:`ImagesApi.with_options`)."""
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> AsyncImagesApiWithRawResponse:
        """The same coroutines, each returning a ``RawResponse``."""
        return AsyncImagesApiWithRawResponse(self.client)

    async def get_image(
        self,
        image_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> bytes:
        """Download a static image as PNG.

        ``GET /v4/static/images/{image_id}``
        (coroutine; see :meth:`ImagesApi.get_image`).
        """
        from . import get_image as _op

        return await _op.asyncio(
            image_id=image_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncImagesApiWithRawResponse:
    """The coroutines of :class:`AsyncImagesApi`, each returning a ``RawResponse``."""

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def get_image(
        self,
        image_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[bytes]:
        """``GET /v4/static/images/{image_id}``, giving the whole 2xx answer (coroutine)."""
        from . import get_image as _op

        return await _op.asyncio_raw(
            image_id=image_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )
