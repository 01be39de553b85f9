"""Look up an invitation by its JWT.

``POST /v4/invitations/{invitation_id}`` (operation ``get_invitation``).
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, CallOptions, Client, RawResponse, asend, send
from ...models.invitation_retrieve_request import InvitationRetrieveRequest
from ...models.invitation_retrieve_response import InvitationRetrieveResponse
from ...types import REQUEST_BODY, Response, http_status, parsing, path_segment

OPERATION = "get_invitation"


def _get_kwargs(
    invitation_id: str,
    body: InvitationRetrieveRequest,
) -> dict[str, Any]:
    if not isinstance(body, InvitationRetrieveRequest):
        raise TypeError(f"body must be a InvitationRetrieveRequest, not {type(body).__name__}")

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v4/invitations/{invitation_id}".format(
            invitation_id=path_segment(invitation_id, "invitation_id"),
        ),
    }

    # The models' to_dict() checks the spec's constraints of their fields for a request body.
    _request_body = REQUEST_BODY.set(True)
    try:
        _kwargs["json"] = body.to_dict()

    finally:
        REQUEST_BODY.reset(_request_body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InvitationRetrieveResponse:
    """Return the success value of a 2xx answer; raise ``ApiError`` for any other status."""
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    try:
        with parsing(response.content):
            data = response.json()
            response_200 = InvitationRetrieveResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(OPERATION, response, exc) from exc
    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InvitationRetrieveResponse]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    invitation_id: str,
    body: InvitationRetrieveRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Response[InvitationRetrieveResponse]:
    """Look up an invitation by its JWT.

    Returns the whole answer (status, headers, raw content and the parsed value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        invitation_id=invitation_id,
        body=body,
    )
    response = send(client, kwargs, options)
    return _build_response(client=client, response=response)


def sync(
    invitation_id: str,
    body: InvitationRetrieveRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> InvitationRetrieveResponse:
    """Look up an invitation by its JWT.

    Args:
        invitation_id (str): Invitation id
        body (InvitationRetrieveRequest): The request body.

    Returns:
        InvitationRetrieveResponse: the parsed success answer.

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        invitation_id=invitation_id,
        body=body,
    )
    response = send(client, kwargs, options)
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    invitation_id: str,
    body: InvitationRetrieveRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Response[InvitationRetrieveResponse]:
    """Look up an invitation by its JWT. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        invitation_id=invitation_id,
        body=body,
    )
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    invitation_id: str,
    body: InvitationRetrieveRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> InvitationRetrieveResponse:
    """Look up an invitation by its JWT. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        invitation_id=invitation_id,
        body=body,
    )
    response = await asend(client, kwargs, options)
    return _parse_response(client=client, response=response)


def sync_raw(
    invitation_id: str,
    body: InvitationRetrieveRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> RawResponse[InvitationRetrieveResponse]:
    """Look up an invitation by its JWT. (the 2xx answer as it came; ``parse()`` gives the value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        invitation_id=invitation_id,
        body=body,
    )
    response = send(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


async def asyncio_raw(
    invitation_id: str,
    body: InvitationRetrieveRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> RawResponse[InvitationRetrieveResponse]:
    """Look up an invitation by its JWT. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
        invitation_id=invitation_id,
        body=body,
    )
    response = await asend(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))
