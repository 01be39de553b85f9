"""Move or rename a file in a teamspace.

``PATCH /v4/files/{workspace}/{teamspace}/{path}`` (operation ``file_move``).
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, CallOptions, Client, RawResponse, asend, send
from ...types import Response, check_value, http_status, path_segment

OPERATION = "file_move"


def _get_kwargs(
    workspace: str,
    teamspace: str,
    path: str,
    x_tile_db_rename_to: str,
) -> dict[str, Any]:
    check_value(x_tile_db_rename_to, "x_tile_db_rename_to", min_length=1)

    headers: dict[str, Any] = {}
    headers["X-TileDB-Rename-To"] = x_tile_db_rename_to

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v4/files/{workspace}/{teamspace}/{path}".format(
            workspace=path_segment(workspace, "workspace"),
            teamspace=path_segment(teamspace, "teamspace"),
            path=path_segment(path, "path"),
        ),
    }

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
    path: str,
    x_tile_db_rename_to: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Response[None]:
    """Move or rename a file in a teamspace.

    Returns the whole answer (status, headers, raw content and the parsed value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        path=path,
        x_tile_db_rename_to=x_tile_db_rename_to,
    )
    response = send(client, kwargs, options)
    return _build_response(client=client, response=response)


def sync(
    workspace: str,
    teamspace: str,
    path: str,
    x_tile_db_rename_to: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> None:
    """Move or rename a file in a teamspace.

    Args:
        workspace (str): Workspace name or id
        teamspace (str): Teamspace name or id
        path (str): File path inside the teamspace
        x_tile_db_rename_to (str): New path of the file inside the teamspace

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
        path=path,
        x_tile_db_rename_to=x_tile_db_rename_to,
    )
    response = send(client, kwargs, options)
    _parse_response(client=client, response=response)
    return None


async def asyncio_detailed(
    workspace: str,
    teamspace: str,
    path: str,
    x_tile_db_rename_to: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Response[None]:
    """Move or rename a file in a teamspace. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        path=path,
        x_tile_db_rename_to=x_tile_db_rename_to,
    )
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    workspace: str,
    teamspace: str,
    path: str,
    x_tile_db_rename_to: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> None:
    """Move or rename a file in a teamspace. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        path=path,
        x_tile_db_rename_to=x_tile_db_rename_to,
    )
    response = await asend(client, kwargs, options)
    _parse_response(client=client, response=response)
    return None


def sync_raw(
    workspace: str,
    teamspace: str,
    path: str,
    x_tile_db_rename_to: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> RawResponse[None]:
    """Move or rename a file in a teamspace. (the 2xx answer as it came; ``parse()`` gives the value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        path=path,
        x_tile_db_rename_to=x_tile_db_rename_to,
    )
    response = send(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


async def asyncio_raw(
    workspace: str,
    teamspace: str,
    path: str,
    x_tile_db_rename_to: str,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> RawResponse[None]:
    """Move or rename a file in a teamspace. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        path=path,
        x_tile_db_rename_to=x_tile_db_rename_to,
    )
    response = await asend(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))
