"""List the recorded activities of a workspace.

``GET /v4/activities/{workspace}`` (operation ``list_activities_in_workspace``).
"""

import contextlib
import datetime
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, CallOptions, Client, RawResponse, aopen_stream, asend, open_stream, send
from ...models.activities_list_response import ActivitiesListResponse
from ...models.api_version import APIVersion
from ...models.entity_types import EntityTypes
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset, check_argument, check_value, http_status, parsing, path_segment

OPERATION = "list_activities_in_workspace"


def _get_kwargs(
    workspace: str,
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    order: SortOrder | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    id: str | Unset = UNSET,
    api_version: APIVersion | str | Unset = UNSET,
    subject: list[str] | Unset = UNSET,
    object_type: list[EntityTypes] | list[str] | Unset = UNSET,
    object_id: str | Unset = UNSET,
    action_type: list[str] | Unset = UNSET,
    recorded_after: datetime.datetime | Unset = UNSET,
    recorded_before: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:
    check_argument(page, "page", "int")
    check_value(page, "page", minimum=1)
    check_argument(per_page, "per_page", "int")
    check_value(per_page, "per_page", minimum=1)
    if not isinstance(order, Unset):
        order = SortOrder.checked(order, "order")
    if not isinstance(api_version, Unset):
        api_version = APIVersion.checked(api_version, "api_version")
    if not isinstance(object_type, Unset):
        object_type = [EntityTypes.checked(item, "object_type") for item in object_type]

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["order_by"] = order_by

    params["id"] = id

    json_api_version: str | Unset = UNSET
    if not isinstance(api_version, Unset):
        json_api_version = api_version.value

    params["api_version"] = json_api_version

    json_subject: list[str] | Unset = UNSET
    if not isinstance(subject, Unset):
        json_subject = subject

    params["subject"] = json_subject

    json_object_type: list[str] | Unset = UNSET
    if not isinstance(object_type, Unset):
        json_object_type = []
        for object_type_item_data in object_type:
            object_type_item = object_type_item_data.value
            json_object_type.append(object_type_item)

    params["object_type"] = json_object_type

    params["object_id"] = object_id

    json_action_type: list[str] | Unset = UNSET
    if not isinstance(action_type, Unset):
        json_action_type = action_type

    params["action_type"] = json_action_type

    json_recorded_after: str | Unset = UNSET
    if not isinstance(recorded_after, Unset):
        json_recorded_after = recorded_after.isoformat()
    params["recorded_after"] = json_recorded_after

    json_recorded_before: str | Unset = UNSET
    if not isinstance(recorded_before, Unset):
        json_recorded_before = recorded_before.isoformat()
    params["recorded_before"] = json_recorded_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v4/activities/{workspace}".format(
            workspace=path_segment(workspace, "workspace"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ActivitiesListResponse:
    """Return the success value of a 2xx answer; raise ``ApiError`` for any other status."""
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    try:
        with parsing(response.content):
            data = response.json()
            response_200 = ActivitiesListResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(OPERATION, response, exc) from exc
    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ActivitiesListResponse]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    order: SortOrder | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    id: str | Unset = UNSET,
    api_version: APIVersion | str | Unset = UNSET,
    subject: list[str] | Unset = UNSET,
    object_type: list[EntityTypes] | list[str] | Unset = UNSET,
    object_id: str | Unset = UNSET,
    action_type: list[str] | Unset = UNSET,
    recorded_after: datetime.datetime | Unset = UNSET,
    recorded_before: datetime.datetime | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[ActivitiesListResponse]:
    """List the recorded activities of a workspace.

    Returns the whole answer (status, headers, raw content and the parsed value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        page=page,
        per_page=per_page,
        order=order,
        order_by=order_by,
        id=id,
        api_version=api_version,
        subject=subject,
        object_type=object_type,
        object_id=object_id,
        action_type=action_type,
        recorded_after=recorded_after,
        recorded_before=recorded_before,
    )
    response = send(client, kwargs, options)
    return _build_response(client=client, response=response)


def sync(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    order: SortOrder | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    id: str | Unset = UNSET,
    api_version: APIVersion | str | Unset = UNSET,
    subject: list[str] | Unset = UNSET,
    object_type: list[EntityTypes] | list[str] | Unset = UNSET,
    object_id: str | Unset = UNSET,
    action_type: list[str] | Unset = UNSET,
    recorded_after: datetime.datetime | Unset = UNSET,
    recorded_before: datetime.datetime | Unset = UNSET,
    options: CallOptions | None = None,
) -> ActivitiesListResponse:
    """List the recorded activities of a workspace.

    Args:
        workspace (str): Workspace name or id
        page (int | Unset): Page number, starting at 1
        per_page (int | Unset): Items per page
        order (SortOrder | str | Unset): A sort direction, ascending or descending.
        order_by (str | Unset): Field to sort by
        id (str | Unset):
        api_version (APIVersion | str | Unset):
        subject (list[str] | Unset):
        object_type (list[EntityTypes] | list[str] | Unset): Only activities on objects of these
            types
        object_id (str | Unset): Only activities on this object
        action_type (list[str] | Unset): Only activities of these action types
        recorded_after (datetime.datetime | Unset): Only activities recorded after this time
        recorded_before (datetime.datetime | Unset): Only activities recorded before this time

    Returns:
        ActivitiesListResponse: the parsed success answer.

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        page=page,
        per_page=per_page,
        order=order,
        order_by=order_by,
        id=id,
        api_version=api_version,
        subject=subject,
        object_type=object_type,
        object_id=object_id,
        action_type=action_type,
        recorded_after=recorded_after,
        recorded_before=recorded_before,
    )
    response = send(client, kwargs, options)
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    order: SortOrder | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    id: str | Unset = UNSET,
    api_version: APIVersion | str | Unset = UNSET,
    subject: list[str] | Unset = UNSET,
    object_type: list[EntityTypes] | list[str] | Unset = UNSET,
    object_id: str | Unset = UNSET,
    action_type: list[str] | Unset = UNSET,
    recorded_after: datetime.datetime | Unset = UNSET,
    recorded_before: datetime.datetime | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[ActivitiesListResponse]:
    """List the recorded activities of a workspace. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        page=page,
        per_page=per_page,
        order=order,
        order_by=order_by,
        id=id,
        api_version=api_version,
        subject=subject,
        object_type=object_type,
        object_id=object_id,
        action_type=action_type,
        recorded_after=recorded_after,
        recorded_before=recorded_before,
    )
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    order: SortOrder | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    id: str | Unset = UNSET,
    api_version: APIVersion | str | Unset = UNSET,
    subject: list[str] | Unset = UNSET,
    object_type: list[EntityTypes] | list[str] | Unset = UNSET,
    object_id: str | Unset = UNSET,
    action_type: list[str] | Unset = UNSET,
    recorded_after: datetime.datetime | Unset = UNSET,
    recorded_before: datetime.datetime | Unset = UNSET,
    options: CallOptions | None = None,
) -> ActivitiesListResponse:
    """List the recorded activities of a workspace. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        page=page,
        per_page=per_page,
        order=order,
        order_by=order_by,
        id=id,
        api_version=api_version,
        subject=subject,
        object_type=object_type,
        object_id=object_id,
        action_type=action_type,
        recorded_after=recorded_after,
        recorded_before=recorded_before,
    )
    response = await asend(client, kwargs, options)
    return _parse_response(client=client, response=response)


def sync_raw(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    order: SortOrder | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    id: str | Unset = UNSET,
    api_version: APIVersion | str | Unset = UNSET,
    subject: list[str] | Unset = UNSET,
    object_type: list[EntityTypes] | list[str] | Unset = UNSET,
    object_id: str | Unset = UNSET,
    action_type: list[str] | Unset = UNSET,
    recorded_after: datetime.datetime | Unset = UNSET,
    recorded_before: datetime.datetime | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[ActivitiesListResponse]:
    """List the recorded activities of a workspace. (the 2xx answer as it came; ``parse()`` gives the value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        page=page,
        per_page=per_page,
        order=order,
        order_by=order_by,
        id=id,
        api_version=api_version,
        subject=subject,
        object_type=object_type,
        object_id=object_id,
        action_type=action_type,
        recorded_after=recorded_after,
        recorded_before=recorded_before,
    )
    response = send(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


async def asyncio_raw(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    order: SortOrder | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    id: str | Unset = UNSET,
    api_version: APIVersion | str | Unset = UNSET,
    subject: list[str] | Unset = UNSET,
    object_type: list[EntityTypes] | list[str] | Unset = UNSET,
    object_id: str | Unset = UNSET,
    action_type: list[str] | Unset = UNSET,
    recorded_after: datetime.datetime | Unset = UNSET,
    recorded_before: datetime.datetime | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[ActivitiesListResponse]:
    """List the recorded activities of a workspace. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        page=page,
        per_page=per_page,
        order=order,
        order_by=order_by,
        id=id,
        api_version=api_version,
        subject=subject,
        object_type=object_type,
        object_id=object_id,
        action_type=action_type,
        recorded_after=recorded_after,
        recorded_before=recorded_before,
    )
    response = await asend(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


@contextlib.contextmanager
def stream(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    order: SortOrder | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    id: str | Unset = UNSET,
    api_version: APIVersion | str | Unset = UNSET,
    subject: list[str] | Unset = UNSET,
    object_type: list[EntityTypes] | list[str] | Unset = UNSET,
    object_id: str | Unset = UNSET,
    action_type: list[str] | Unset = UNSET,
    recorded_after: datetime.datetime | Unset = UNSET,
    recorded_before: datetime.datetime | Unset = UNSET,
    options: CallOptions | None = None,
) -> Iterator[httpx.Response]:
    """List the recorded activities of a workspace. (streamed answer).

    A context manager yielding the open 2xx answer before its body is read: iterate
    ``response.iter_bytes()`` (or ``iter_raw()``) to take the body in chunks without holding it
    in memory; the connection goes back to the pool when the block ends.

    Raises:
        ApiError: The server answered with a status outside 2xx (its body is read first).
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        page=page,
        per_page=per_page,
        order=order,
        order_by=order_by,
        id=id,
        api_version=api_version,
        subject=subject,
        object_type=object_type,
        object_id=object_id,
        action_type=action_type,
        recorded_after=recorded_after,
        recorded_before=recorded_before,
    )
    with open_stream(client, kwargs, options) as response:
        yield response


@contextlib.asynccontextmanager
async def astream(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    order: SortOrder | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    id: str | Unset = UNSET,
    api_version: APIVersion | str | Unset = UNSET,
    subject: list[str] | Unset = UNSET,
    object_type: list[EntityTypes] | list[str] | Unset = UNSET,
    object_id: str | Unset = UNSET,
    action_type: list[str] | Unset = UNSET,
    recorded_after: datetime.datetime | Unset = UNSET,
    recorded_before: datetime.datetime | Unset = UNSET,
    options: CallOptions | None = None,
) -> AsyncIterator[httpx.Response]:
    """List the recorded activities of a workspace. (coroutine; streamed answer, see :func:`stream`)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        page=page,
        per_page=per_page,
        order=order,
        order_by=order_by,
        id=id,
        api_version=api_version,
        subject=subject,
        object_type=object_type,
        object_id=object_id,
        action_type=action_type,
        recorded_after=recorded_after,
        recorded_before=recorded_before,
    )
    async with aopen_stream(client, kwargs, options) as response:
        yield response
