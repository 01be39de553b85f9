"""List the teamspaces of a workspace.

``GET /v4/teamspaces/{workspace}`` (operation ``list_teamspaces``).
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, CallOptions, Client, RawResponse, asend, send
from ...models.sort_order import SortOrder
from ...models.teamspaces_list_response import TeamspacesListResponse
from ...types import UNSET, Response, Unset, check_argument, http_status, parsing, path_segment

OPERATION = "list_teamspaces"


def _get_kwargs(
    workspace: str,
    *,
    order_by: str | Unset = UNSET,
    order: SortOrder | str | Unset = UNSET,
    memberships: bool | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(order, Unset):
        order = SortOrder.checked(order, "order")
    check_argument(memberships, "memberships", "bool")

    params: dict[str, Any] = {}

    params["order_by"] = order_by

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["memberships"] = memberships

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v4/teamspaces/{workspace}".format(
            workspace=path_segment(workspace, "workspace"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TeamspacesListResponse:
    """Return the success value of a 2xx answer; raise ``ApiError`` for any other status."""
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    try:
        with parsing(response.content):
            data = response.json()
            response_200 = TeamspacesListResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(OPERATION, response, exc) from exc
    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TeamspacesListResponse]:
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
    order_by: str | Unset = UNSET,
    order: SortOrder | str | Unset = UNSET,
    memberships: bool | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[TeamspacesListResponse]:
    """List the teamspaces of a workspace.

    Returns the whole answer (status, headers, raw content and the parsed value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        order_by=order_by,
        order=order,
        memberships=memberships,
    )
    response = send(client, kwargs, options)
    return _build_response(client=client, response=response)


def sync(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
    order_by: str | Unset = UNSET,
    order: SortOrder | str | Unset = UNSET,
    memberships: bool | Unset = UNSET,
    options: CallOptions | None = None,
) -> TeamspacesListResponse:
    """List the teamspaces of a workspace.

    Args:
        workspace (str): Workspace name or id
        order_by (str | Unset): Field to sort by
        order (SortOrder | str | Unset): A sort direction, ascending or descending.
        memberships (bool | Unset):

    Returns:
        TeamspacesListResponse: the parsed success answer.

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        order_by=order_by,
        order=order,
        memberships=memberships,
    )
    response = send(client, kwargs, options)
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
    order_by: str | Unset = UNSET,
    order: SortOrder | str | Unset = UNSET,
    memberships: bool | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[TeamspacesListResponse]:
    """List the teamspaces of a workspace. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        order_by=order_by,
        order=order,
        memberships=memberships,
    )
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
    order_by: str | Unset = UNSET,
    order: SortOrder | str | Unset = UNSET,
    memberships: bool | Unset = UNSET,
    options: CallOptions | None = None,
) -> TeamspacesListResponse:
    """List the teamspaces of a workspace. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        order_by=order_by,
        order=order,
        memberships=memberships,
    )
    response = await asend(client, kwargs, options)
    return _parse_response(client=client, response=response)


def sync_raw(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
    order_by: str | Unset = UNSET,
    order: SortOrder | str | Unset = UNSET,
    memberships: bool | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[TeamspacesListResponse]:
    """List the teamspaces of a workspace. (the 2xx answer as it came; ``parse()`` gives the value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        order_by=order_by,
        order=order,
        memberships=memberships,
    )
    response = send(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


async def asyncio_raw(
    workspace: str,
    *,
    client: AuthenticatedClient | Client,
    order_by: str | Unset = UNSET,
    order: SortOrder | str | Unset = UNSET,
    memberships: bool | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[TeamspacesListResponse]:
    """List the teamspaces of a workspace. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        order_by=order_by,
        order=order,
        memberships=memberships,
    )
    response = await asend(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))
