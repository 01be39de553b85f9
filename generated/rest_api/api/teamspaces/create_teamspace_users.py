"""Add users to a teamspace with their roles.

``POST /v4/teamspaces/{workspace}/{teamspace}/users`` (operation ``create_teamspace_users``).
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, CallOptions, Client, RawResponse, asend, send
from ...models.teamspace_users_create_request_inner import TeamspaceUsersCreateRequestInner
from ...models.teamspace_users_create_response import TeamspaceUsersCreateResponse
from ...types import REQUEST_BODY, Response, http_status, parsing, path_segment

OPERATION = "create_teamspace_users"


def _get_kwargs(
    workspace: str,
    teamspace: str,
    body: list[TeamspaceUsersCreateRequestInner],
) -> dict[str, Any]:
    if not isinstance(body, list):
        raise TypeError(f"body must be a list, not {type(body).__name__}")

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v4/teamspaces/{workspace}/{teamspace}/users".format(
            workspace=path_segment(workspace, "workspace"),
            teamspace=path_segment(teamspace, "teamspace"),
        ),
    }

    # The models' to_dict() checks the spec's constraints of their fields for a request body.
    _request_body = REQUEST_BODY.set(True)
    try:
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    finally:
        REQUEST_BODY.reset(_request_body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TeamspaceUsersCreateResponse:
    """Return the success value of a 2xx answer; raise ``ApiError`` for any other status."""
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    try:
        with parsing(response.content):
            data = response.json()
            response_201 = TeamspaceUsersCreateResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(OPERATION, response, exc) from exc
    return response_201


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TeamspaceUsersCreateResponse]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    workspace: str,
    teamspace: str,
    body: list[TeamspaceUsersCreateRequestInner],
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Response[TeamspaceUsersCreateResponse]:
    """Add users to a teamspace with their roles.

    Returns the whole answer (status, headers, raw content and the parsed value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        body=body,
    )
    response = send(client, kwargs, options)
    return _build_response(client=client, response=response)


def sync(
    workspace: str,
    teamspace: str,
    body: list[TeamspaceUsersCreateRequestInner],
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> TeamspaceUsersCreateResponse:
    """Add users to a teamspace with their roles.

    Args:
        workspace (str): Workspace name or id
        teamspace (str): Teamspace name or id
        body (list[TeamspaceUsersCreateRequestInner]): The request body.

    Returns:
        TeamspaceUsersCreateResponse: the parsed success answer.

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        body=body,
    )
    response = send(client, kwargs, options)
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    workspace: str,
    teamspace: str,
    body: list[TeamspaceUsersCreateRequestInner],
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Response[TeamspaceUsersCreateResponse]:
    """Add users to a teamspace with their roles. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        body=body,
    )
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    workspace: str,
    teamspace: str,
    body: list[TeamspaceUsersCreateRequestInner],
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> TeamspaceUsersCreateResponse:
    """Add users to a teamspace with their roles. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        body=body,
    )
    response = await asend(client, kwargs, options)
    return _parse_response(client=client, response=response)


def sync_raw(
    workspace: str,
    teamspace: str,
    body: list[TeamspaceUsersCreateRequestInner],
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> RawResponse[TeamspaceUsersCreateResponse]:
    """Add users to a teamspace with their roles. (the 2xx answer as it came; ``parse()`` gives the value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        body=body,
    )
    response = send(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


async def asyncio_raw(
    workspace: str,
    teamspace: str,
    body: list[TeamspaceUsersCreateRequestInner],
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> RawResponse[TeamspaceUsersCreateResponse]:
    """Add users to a teamspace with their roles. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        body=body,
    )
    response = await asend(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))
