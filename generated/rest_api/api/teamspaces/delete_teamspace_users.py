"""Remove several users from a teamspace.

``POST /v4/actions/teamspaces/{workspace}/{teamspace}/users/bulk_delete`` (operation ``delete_teamspace_users``).
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, CallOptions, Client, RawResponse, asend, send
from ...types import REQUEST_BODY, Response, http_status, path_segment

OPERATION = "delete_teamspace_users"


def _get_kwargs(
    workspace: str,
    teamspace: str,
    body: list[str],
) -> dict[str, Any]:
    if not isinstance(body, list):
        raise TypeError(f"body must be a list, not {type(body).__name__}")

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v4/actions/teamspaces/{workspace}/{teamspace}/users/bulk_delete".format(
            workspace=path_segment(workspace, "workspace"),
            teamspace=path_segment(teamspace, "teamspace"),
        ),
    }

    # The models' to_dict() checks the spec's constraints of their fields for a request body.
    _request_body = REQUEST_BODY.set(True)
    try:
        _kwargs["json"] = body

    finally:
        REQUEST_BODY.reset(_request_body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    """Return the success value of a 2xx answer; raise ``ApiError`` for any other status."""
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None]:
    _parse_response(client=client, response=response)
    parsed = None
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    workspace: str,
    teamspace: str,
    body: list[str],
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Response[None]:
    """Remove several users from a teamspace.

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
    body: list[str],
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> None:
    """Remove several users from a teamspace.

    Args:
        workspace (str): Workspace name or id
        teamspace (str): Teamspace name or id
        body (list[str]): The request body.

    Returns:
        None: the parsed success answer.

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
    _parse_response(client=client, response=response)
    return None


async def asyncio_detailed(
    workspace: str,
    teamspace: str,
    body: list[str],
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Response[None]:
    """Remove several users from a teamspace. (coroutine; whole answer)."""
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
    body: list[str],
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> None:
    """Remove several users from a teamspace. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        body=body,
    )
    response = await asend(client, kwargs, options)
    _parse_response(client=client, response=response)
    return None


def sync_raw(
    workspace: str,
    teamspace: str,
    body: list[str],
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> RawResponse[None]:
    """Remove several users from a teamspace. (the 2xx answer as it came; ``parse()`` gives the value).

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
    body: list[str],
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> RawResponse[None]:
    """Remove several users from a teamspace. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        body=body,
    )
    response = await asend(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))
