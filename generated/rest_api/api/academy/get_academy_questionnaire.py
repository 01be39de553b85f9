"""Get the caller's answers to an academy questionnaire.

``GET /v4/academy/questionnaires/{questionnaire_id}`` (operation ``get_academy_questionnaire``).
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, CallOptions, Client, RawResponse, asend, send
from ...models.academy_questionnaire_list_response import AcademyQuestionnaireListResponse
from ...types import Response, http_status, parsing, path_segment

OPERATION = "get_academy_questionnaire"


def _get_kwargs(
    questionnaire_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v4/academy/questionnaires/{questionnaire_id}".format(
            questionnaire_id=path_segment(questionnaire_id, "questionnaire_id"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AcademyQuestionnaireListResponse:
    """Return the success value of a 2xx answer; raise ``ApiError`` for any other status."""
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    try:
        with parsing(response.content):
            data = response.json()
            response_200 = AcademyQuestionnaireListResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(OPERATION, response, exc) from exc
    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AcademyQuestionnaireListResponse]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    questionnaire_id: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Response[AcademyQuestionnaireListResponse]:
    """Get the caller's answers to an academy questionnaire.

    Returns the whole answer (status, headers, raw content and the parsed value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        questionnaire_id=questionnaire_id,
    )
    response = send(client, kwargs, options)
    return _build_response(client=client, response=response)


def sync(
    questionnaire_id: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> AcademyQuestionnaireListResponse:
    """Get the caller's answers to an academy questionnaire.

    Args:
        questionnaire_id (str): Questionnaire id

    Returns:
        AcademyQuestionnaireListResponse: the parsed success answer.

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        questionnaire_id=questionnaire_id,
    )
    response = send(client, kwargs, options)
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    questionnaire_id: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Response[AcademyQuestionnaireListResponse]:
    """Get the caller's answers to an academy questionnaire. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        questionnaire_id=questionnaire_id,
    )
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    questionnaire_id: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> AcademyQuestionnaireListResponse:
    """Get the caller's answers to an academy questionnaire. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        questionnaire_id=questionnaire_id,
    )
    response = await asend(client, kwargs, options)
    return _parse_response(client=client, response=response)


def sync_raw(
    questionnaire_id: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> RawResponse[AcademyQuestionnaireListResponse]:
    """Get the caller's answers to an academy questionnaire. (the 2xx answer as it came; ``parse()`` gives the value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        questionnaire_id=questionnaire_id,
    )
    response = send(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


async def asyncio_raw(
    questionnaire_id: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> RawResponse[AcademyQuestionnaireListResponse]:
    """Get the caller's answers to an academy questionnaire. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
        questionnaire_id=questionnaire_id,
    )
    response = await asend(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))
