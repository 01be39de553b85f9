"""The ``academy`` operations of the TileDB REST API v4: ``AcademyApi`` and ``AsyncAcademyApi``.

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
    from ...models.academy_lesson import AcademyLesson
    from ...models.academy_lessons_list_response import AcademyLessonsListResponse
    from ...models.academy_questionnaire_list_response import AcademyQuestionnaireListResponse
    from ...models.academy_questionnaire_put_request import AcademyQuestionnairePutRequest

__all__ = ["AcademyApi", "AsyncAcademyApi"]


class AcademyApi:
    """Blocking calls to the ``academy`` operations.

    Construct it over a generated ``Client`` or ``AuthenticatedClient`` (``AcademyApi(client)``), or
    let ``tiledb.client.build(AcademyApi)`` configure one from the current session. Every method
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
    ) -> AcademyApi:
        """A copy that applies these options to every call, over this object's connections.

        This object is left unchanged; per-call options override the copy's.
        """
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> AcademyApiWithRawResponse:
        """The same methods, each returning a ``RawResponse`` (status, headers, request id, ...)."""
        return AcademyApiWithRawResponse(self.client)

    def get_academy_lessons(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AcademyLessonsListResponse:
        """List the academy lessons with the caller's progress.

        ``GET /v4/academy/lessons``

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            AcademyLessonsListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_academy_lessons as _op

        return _op.sync(
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def put_academy_lessons(
        self,
        body: list[AcademyLesson],
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Save the caller's progress on academy lessons.

        ``PUT /v4/academy/lessons``

        Args:
            body (list[AcademyLesson]): The request body.

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
        from . import put_academy_lessons as _op

        return _op.sync(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_academy_questionnaire(
        self,
        questionnaire_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AcademyQuestionnaireListResponse:
        """Get the caller's answers to an academy questionnaire.

        ``GET /v4/academy/questionnaires/{questionnaire_id}``

        Args:
            questionnaire_id (str): Questionnaire id

        Every method also takes, for this call only, ``timeout`` (seconds or an ``httpx.Timeout``),
        ``retry_mode`` (``"default"``, ``"forceful"``, ``"disabled"``), ``extra_headers`` and
        ``extra_query`` (keyword-only; see ``tiledb.client.rest_api.client.CallOptions``).

        Returns:
            AcademyQuestionnaireListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx (a subclass names the status).
            ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_academy_questionnaire as _op

        return _op.sync(
            questionnaire_id=questionnaire_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def put_academy_questionnaire(
        self,
        questionnaire_id: str,
        body: AcademyQuestionnairePutRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Save the caller's answers to an academy questionnaire.

        ``PUT /v4/academy/questionnaires/{questionnaire_id}``

        Args:
            questionnaire_id (str): Questionnaire id
            body (AcademyQuestionnairePutRequest): The request body.

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
        from . import put_academy_questionnaire as _op

        return _op.sync(
            questionnaire_id=questionnaire_id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AcademyApiWithRawResponse:
    """The methods of :class:`AcademyApi`, each returning a ``RawResponse`` of its 2xx answer."""

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def get_academy_lessons(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AcademyLessonsListResponse]:
        """``GET /v4/academy/lessons``, giving the whole 2xx answer."""
        from . import get_academy_lessons as _op

        return _op.sync_raw(
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def put_academy_lessons(
        self,
        body: list[AcademyLesson],
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PUT /v4/academy/lessons``, giving the whole 2xx answer."""
        from . import put_academy_lessons as _op

        return _op.sync_raw(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def get_academy_questionnaire(
        self,
        questionnaire_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AcademyQuestionnaireListResponse]:
        """``GET /v4/academy/questionnaires/{questionnaire_id}``, giving the whole 2xx answer."""
        from . import get_academy_questionnaire as _op

        return _op.sync_raw(
            questionnaire_id=questionnaire_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    def put_academy_questionnaire(
        self,
        questionnaire_id: str,
        body: AcademyQuestionnairePutRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PUT /v4/academy/questionnaires/{questionnaire_id}``, giving the whole 2xx answer."""
        from . import put_academy_questionnaire as _op

        return _op.sync_raw(
            questionnaire_id=questionnaire_id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncAcademyApi:
    """The coroutine twin of :class:`AcademyApi`, for an ``httpx.AsyncClient``.

    ``tiledb.client.build(AsyncAcademyApi)`` gives one over the session's async client.
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
    ) -> AsyncAcademyApi:
        """A copy that applies these options to every call (see :meth:`AcademyApi.with_options`)."""
        return type(self)(
            self.client.with_options(
                timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query
            )
        )

    @property
    def with_raw_response(self) -> AsyncAcademyApiWithRawResponse:
        """The same coroutines, each returning a ``RawResponse``."""
        return AsyncAcademyApiWithRawResponse(self.client)

    async def get_academy_lessons(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AcademyLessonsListResponse:
        """List the academy lessons with the caller's progress.

        ``GET /v4/academy/lessons``
        (coroutine; see :meth:`AcademyApi.get_academy_lessons`).
        """
        from . import get_academy_lessons as _op

        return await _op.asyncio(
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def put_academy_lessons(
        self,
        body: list[AcademyLesson],
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Save the caller's progress on academy lessons.

        ``PUT /v4/academy/lessons``
        (coroutine; see :meth:`AcademyApi.put_academy_lessons`).
        """
        from . import put_academy_lessons as _op

        return await _op.asyncio(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_academy_questionnaire(
        self,
        questionnaire_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AcademyQuestionnaireListResponse:
        """Get the caller's answers to an academy questionnaire.

        ``GET /v4/academy/questionnaires/{questionnaire_id}``
        (coroutine; see :meth:`AcademyApi.get_academy_questionnaire`).
        """
        from . import get_academy_questionnaire as _op

        return await _op.asyncio(
            questionnaire_id=questionnaire_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def put_academy_questionnaire(
        self,
        questionnaire_id: str,
        body: AcademyQuestionnairePutRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Save the caller's answers to an academy questionnaire.

        ``PUT /v4/academy/questionnaires/{questionnaire_id}``
        (coroutine; see :meth:`AcademyApi.put_academy_questionnaire`).
        """
        from . import put_academy_questionnaire as _op

        return await _op.asyncio(
            questionnaire_id=questionnaire_id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )


class AsyncAcademyApiWithRawResponse:
    """The coroutines of :class:`AsyncAcademyApi`, each returning a ``RawResponse``."""

    is_async: ClassVar[bool] = True
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    async def get_academy_lessons(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AcademyLessonsListResponse]:
        """``GET /v4/academy/lessons``, giving the whole 2xx answer (coroutine)."""
        from . import get_academy_lessons as _op

        return await _op.asyncio_raw(
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def put_academy_lessons(
        self,
        body: list[AcademyLesson],
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PUT /v4/academy/lessons``, giving the whole 2xx answer (coroutine)."""
        from . import put_academy_lessons as _op

        return await _op.asyncio_raw(
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def get_academy_questionnaire(
        self,
        questionnaire_id: str,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AcademyQuestionnaireListResponse]:
        """``GET /v4/academy/questionnaires/{questionnaire_id}``, giving the whole 2xx answer (coroutine)."""
        from . import get_academy_questionnaire as _op

        return await _op.asyncio_raw(
            questionnaire_id=questionnaire_id,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )

    async def put_academy_questionnaire(
        self,
        questionnaire_id: str,
        body: AcademyQuestionnairePutRequest,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[None]:
        """``PUT /v4/academy/questionnaires/{questionnaire_id}``, giving the whole 2xx answer (coroutine)."""
        from . import put_academy_questionnaire as _op

        return await _op.asyncio_raw(
            questionnaire_id=questionnaire_id,
            body=body,
            client=self.client,
            options=call_options(timeout, retry_mode, extra_headers, extra_query),
        )
