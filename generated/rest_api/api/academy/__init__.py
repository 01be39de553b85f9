"""The ``academy`` operations of the TileDB REST API v4: ``AcademyApi`` and ``AsyncAcademyApi``.

Each operation also has a module of its own here (``sync``, ``sync_detailed``, ``asyncio``,
``asyncio_detailed``); the classes are the convenient way in. Endpoint modules (and the models they
use) are imported on the first call of a method, not when this module is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
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
    ``tiledb.client.rest_api.errors.ApiError`` for any status outside 2xx.
    """

    is_async: ClassVar[bool] = False
    __slots__ = ("client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client.__class__.__name__})"

    def get_academy_lessons(
        self,
    ) -> AcademyLessonsListResponse:
        """List the academy lessons with the caller's progress.

        ``GET /v4/academy/lessons``

        Returns:
            AcademyLessonsListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_academy_lessons as _op

        return _op.sync(
            client=self.client,
        )

    def put_academy_lessons(
        self,
        body: list[AcademyLesson],
    ) -> None:
        """Save the caller's progress on academy lessons.

        ``PUT /v4/academy/lessons``

        Args:
            body (list[AcademyLesson]): The request body.

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import put_academy_lessons as _op

        return _op.sync(
            body=body,
            client=self.client,
        )

    def get_academy_questionnaire(
        self,
        questionnaire_id: str,
    ) -> AcademyQuestionnaireListResponse:
        """Get the caller's answers to an academy questionnaire.

        ``GET /v4/academy/questionnaires/{questionnaire_id}``

        Args:
            questionnaire_id (str): Questionnaire id

        Returns:
            AcademyQuestionnaireListResponse

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import get_academy_questionnaire as _op

        return _op.sync(
            questionnaire_id=questionnaire_id,
            client=self.client,
        )

    def put_academy_questionnaire(
        self,
        questionnaire_id: str,
        body: AcademyQuestionnairePutRequest,
    ) -> None:
        """Save the caller's answers to an academy questionnaire.

        ``PUT /v4/academy/questionnaires/{questionnaire_id}``

        Args:
            questionnaire_id (str): Questionnaire id
            body (AcademyQuestionnairePutRequest): The request body.

        Returns:
            None

        Raises:
            ApiError: The server answered with a status outside 2xx.
            ResponseValidationError: A 2xx answer whose body does not match the spec.
        """
        from . import put_academy_questionnaire as _op

        return _op.sync(
            questionnaire_id=questionnaire_id,
            body=body,
            client=self.client,
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

    async def get_academy_lessons(
        self,
    ) -> AcademyLessonsListResponse:
        """List the academy lessons with the caller's progress.

        ``GET /v4/academy/lessons``
        (coroutine; see :meth:`AcademyApi.get_academy_lessons`).
        """
        from . import get_academy_lessons as _op

        return await _op.asyncio(
            client=self.client,
        )

    async def put_academy_lessons(
        self,
        body: list[AcademyLesson],
    ) -> None:
        """Save the caller's progress on academy lessons.

        ``PUT /v4/academy/lessons``
        (coroutine; see :meth:`AcademyApi.put_academy_lessons`).
        """
        from . import put_academy_lessons as _op

        return await _op.asyncio(
            body=body,
            client=self.client,
        )

    async def get_academy_questionnaire(
        self,
        questionnaire_id: str,
    ) -> AcademyQuestionnaireListResponse:
        """Get the caller's answers to an academy questionnaire.

        ``GET /v4/academy/questionnaires/{questionnaire_id}``
        (coroutine; see :meth:`AcademyApi.get_academy_questionnaire`).
        """
        from . import get_academy_questionnaire as _op

        return await _op.asyncio(
            questionnaire_id=questionnaire_id,
            client=self.client,
        )

    async def put_academy_questionnaire(
        self,
        questionnaire_id: str,
        body: AcademyQuestionnairePutRequest,
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
        )
