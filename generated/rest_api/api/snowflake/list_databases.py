"""List Snowflake databases through a named credential.

``GET /v4/partner/v1/snowflake/databases/{workspace}/{name}`` (operation ``list_databases``).
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, CallOptions, Client, RawResponse, asend, send
from ...models.list_snowflake_databases_response import ListSnowflakeDatabasesResponse
from ...types import UNSET, Response, Unset, http_status, parsing, path_segment

OPERATION = "list_databases"


def _get_kwargs(
    workspace: str,
    name: str,
    *,
    teamspace_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["teamspace_id"] = teamspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v4/partner/v1/snowflake/databases/{workspace}/{name}".format(
            workspace=path_segment(workspace, "workspace"),
            name=path_segment(name, "name"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListSnowflakeDatabasesResponse:
    """Return the success value of a 2xx answer; raise ``ApiError`` for any other status."""
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    try:
        with parsing(response.content):
            data = response.json()
            response_200 = ListSnowflakeDatabasesResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(OPERATION, response, exc) from exc
    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListSnowflakeDatabasesResponse]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    workspace: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    teamspace_id: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[ListSnowflakeDatabasesResponse]:
    """List Snowflake databases through a named credential.

    Returns the whole answer (status, headers, raw content and the parsed value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        name=name,
        teamspace_id=teamspace_id,
    )
    response = send(client, kwargs, options)
    return _build_response(client=client, response=response)


def sync(
    workspace: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    teamspace_id: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> ListSnowflakeDatabasesResponse:
    """List Snowflake databases through a named credential.

    Args:
        workspace (str): Workspace name or id
        name (str): Name of the Snowflake credential
        teamspace_id (str | Unset): Teamspace id, for a credential of a teamspace

    Returns:
        ListSnowflakeDatabasesResponse: the parsed success answer.

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        name=name,
        teamspace_id=teamspace_id,
    )
    response = send(client, kwargs, options)
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    workspace: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    teamspace_id: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> Response[ListSnowflakeDatabasesResponse]:
    """List Snowflake databases through a named credential. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        name=name,
        teamspace_id=teamspace_id,
    )
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    workspace: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    teamspace_id: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> ListSnowflakeDatabasesResponse:
    """List Snowflake databases through a named credential. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        name=name,
        teamspace_id=teamspace_id,
    )
    response = await asend(client, kwargs, options)
    return _parse_response(client=client, response=response)


def sync_raw(
    workspace: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    teamspace_id: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[ListSnowflakeDatabasesResponse]:
    """List Snowflake databases through a named credential. (the 2xx answer as it came; ``parse()`` gives the value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        workspace=workspace,
        name=name,
        teamspace_id=teamspace_id,
    )
    response = send(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


async def asyncio_raw(
    workspace: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    teamspace_id: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> RawResponse[ListSnowflakeDatabasesResponse]:
    """List Snowflake databases through a named credential. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
        workspace=workspace,
        name=name,
        teamspace_id=teamspace_id,
    )
    response = await asend(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))
