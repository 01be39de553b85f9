"""Accept or reject an invitation.

``PATCH /v4/invitations/{invitation_id}`` (operation ``respond_invitation``).
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, CallOptions, Client, RawResponse, asend, send
from ...models.invitation_respond_request import InvitationRespondRequest
from ...types import REQUEST_BODY, Response, http_status, path_segment

OPERATION = "respond_invitation"


def _get_kwargs(
    invitation_id: str,
    body: InvitationRespondRequest,
) -> dict[str, Any]:
    if not isinstance(body, InvitationRespondRequest):
        raise TypeError(f"body must be a InvitationRespondRequest, not {type(body).__name__}")

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
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
    invitation_id: str,
    body: InvitationRespondRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Response[None]:
    """Accept or reject an invitation.

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
    body: InvitationRespondRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> None:
    """Accept or reject an invitation.

    Args:
        invitation_id (str): Invitation id
        body (InvitationRespondRequest): The request body.

    Returns:
        None: the parsed success answer.

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
    _parse_response(client=client, response=response)
    return None


async def asyncio_detailed(
    invitation_id: str,
    body: InvitationRespondRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Response[None]:
    """Accept or reject an invitation. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        invitation_id=invitation_id,
        body=body,
    )
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    invitation_id: str,
    body: InvitationRespondRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> None:
    """Accept or reject an invitation. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        invitation_id=invitation_id,
        body=body,
    )
    response = await asend(client, kwargs, options)
    _parse_response(client=client, response=response)
    return None


def sync_raw(
    invitation_id: str,
    body: InvitationRespondRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> RawResponse[None]:
    """Accept or reject an invitation. (the 2xx answer as it came; ``parse()`` gives the value).

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
    body: InvitationRespondRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> RawResponse[None]:
    """Accept or reject an invitation. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
        invitation_id=invitation_id,
        body=body,
    )
    response = await asend(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))
