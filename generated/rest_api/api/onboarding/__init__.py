"""The ``onboarding`` operations of the TileDB REST API v4: ``OnboardingApi`` and ``AsyncOnboardingApi``.

Each operation also has a module of its own here (``sync``, ``sync_detailed``, ``asyncio``,
``asyncio_detailed``); the classes are the convenient way in. Endpoint modules (and the models they
use) are imported on the first call of a method, not when this module is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.onboarding_get_status_response import OnboardingGetStatusResponse
    from ...models.onboarding_set_status_request import OnboardingSetStatusRequest

__all__ = ["OnboardingApi", "AsyncOnboardingApi"]


class OnboardingApi:
    """Blocking calls to the ``onboarding`` operations.

    Construct it over a generated ``Client`` or ``AuthenticatedClient`` (``OnboardingApi(client)``), or
    let ``tiledb.client.build(OnboardingApi)`` configure one from the current session. Every method
    returns the success model (``None`` when the answer has no body) and raises
    ``tiledb.client.rest_api.errors.ApiError`` for any status outside 2xx.
    """

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def get_onboarding_status(
        self,
    ) -> OnboardingGetStatusResponse:
        """Get the caller's onboarding status.

        ``GET /v4/onboarding``

        Returns:
            OnboardingGetStatusResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_onboarding_status as _op

        return _op.sync(
            client=self.client,
        )

    def set_onboarding_status(
        self,
        body: OnboardingSetStatusRequest,
    ) -> None:
        """Set the caller's onboarding status.

        ``POST /v4/onboarding``

        Args:
            body (OnboardingSetStatusRequest): The request body.

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import set_onboarding_status as _op

        return _op.sync(
            body=body,
            client=self.client,
        )

    def delete_onboarding_status(
        self,
    ) -> None:
        """Delete the caller's onboarding status.

        ``DELETE /v4/onboarding``

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import delete_onboarding_status as _op

        return _op.sync(
            client=self.client,
        )


class AsyncOnboardingApi:
    """The coroutine twin of :class:`OnboardingApi`, for an ``httpx.AsyncClient``.

    ``tiledb.client.build(AsyncOnboardingApi)`` gives one over the session's async client.
    """

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def get_onboarding_status(
        self,
    ) -> OnboardingGetStatusResponse:
        """Get the caller's onboarding status.

        ``GET /v4/onboarding``
        (coroutine; see :meth:`OnboardingApi.get_onboarding_status`).
        """
        from . import get_onboarding_status as _op

        return await _op.asyncio(
            client=self.client,
        )

    async def set_onboarding_status(
        self,
        body: OnboardingSetStatusRequest,
    ) -> None:
        """Set the caller's onboarding status.

        ``POST /v4/onboarding``
        (coroutine; see :meth:`OnboardingApi.set_onboarding_status`).
        """
        from . import set_onboarding_status as _op

        return await _op.asyncio(
            body=body,
            client=self.client,
        )

    async def delete_onboarding_status(
        self,
    ) -> None:
        """Delete the caller's onboarding status.

        ``DELETE /v4/onboarding``
        (coroutine; see :meth:`OnboardingApi.delete_onboarding_status`).
        """
        from . import delete_onboarding_status as _op

        return await _op.asyncio(
            client=self.client,
        )
