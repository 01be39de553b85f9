"""Upload a file part as raw bytes.

``PUT /v4/files/{workspace}/{teamspace}/{path}`` (operation ``upload_part``).
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import File, Response, http_status, path_segment

OPERATION = "upload_part"


def _get_kwargs(
    workspace: str,
    teamspace: str,
    path: str,
    body: File,
) -> dict[str, Any]:
    if not isinstance(body, File):
        raise TypeError(f"body must be a File, not {type(body).__name__}")

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v4/files/{workspace}/{teamspace}/{path}".format(
            workspace=path_segment(workspace, "workspace"),
            teamspace=path_segment(teamspace, "teamspace"),
            path=path_segment(path, "path"),
        ),
    }

    _kwargs["content"] = body.payload

    headers["Content-Type"] = "application/octet-stream"

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
    body: File,
    *,
    client: AuthenticatedClient | Client,
) -> Response[None]:
    """Upload a file part as raw bytes.

    Returns the whole answer (status, headers, raw content and the parsed value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        httpx.TimeoutException: The request took longer than the client's timeout.
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        path=path,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    workspace: str,
    teamspace: str,
    path: str,
    body: File,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Upload a file part as raw bytes.

    Args:
        workspace (str): Workspace name or id
        teamspace (str): Teamspace name or id
        path (str): File path inside the teamspace
        body (File): The request body.

    Returns:
        None: the parsed success answer.

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        httpx.TimeoutException: The request took longer than the client's timeout.
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        path=path,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    _parse_response(client=client, response=response)
    return None


async def asyncio_detailed(
    workspace: str,
    teamspace: str,
    path: str,
    body: File,
    *,
    client: AuthenticatedClient | Client,
) -> Response[None]:
    """Upload a file part as raw bytes. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        path=path,
        body=body,
    )
    if hasattr(kwargs.get("content"), "read"):
        # An AsyncClient cannot stream from a blocking file object: send its bytes.
        kwargs["content"] = kwargs["content"].read()
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    workspace: str,
    teamspace: str,
    path: str,
    body: File,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Upload a file part as raw bytes. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        teamspace=teamspace,
        path=path,
        body=body,
    )
    if hasattr(kwargs.get("content"), "read"):
        # An AsyncClient cannot stream from a blocking file object: send its bytes.
        kwargs["content"] = kwargs["content"].read()
    response = await client.get_async_httpx_client().request(**kwargs)
    _parse_response(client=client, response=response)
    return None
