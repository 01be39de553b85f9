"""Update the OIDC settings of an SSO domain configuration.

``PATCH /v4/sso/domains/{id}`` (operation ``update_sso_domain``).
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, CallOptions, Client, RawResponse, asend, send
from ...models.sso_domain_config_update_request import SSODomainConfigUpdateRequest
from ...models.sso_domain_config_update_response import SSODomainConfigUpdateResponse
from ...types import REQUEST_BODY, Response, http_status, parsing, path_segment

OPERATION = "update_sso_domain"


def _get_kwargs(
    id: str,
    body: SSODomainConfigUpdateRequest,
) -> dict[str, Any]:
    if not isinstance(body, SSODomainConfigUpdateRequest):
        raise TypeError(f"body must be a SSODomainConfigUpdateRequest, not {type(body).__name__}")

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v4/sso/domains/{id}".format(
            id=path_segment(id, "id"),
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SSODomainConfigUpdateResponse:
    """Return the success value of a 2xx answer; raise ``ApiError`` for any other status."""
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    try:
        with parsing(response.content):
            data = response.json()
            response_200 = SSODomainConfigUpdateResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(OPERATION, response, exc) from exc
    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SSODomainConfigUpdateResponse]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    id: str,
    body: SSODomainConfigUpdateRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Response[SSODomainConfigUpdateResponse]:
    """Update the OIDC settings of an SSO domain configuration.

    Returns the whole answer (status, headers, raw content and the parsed value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    response = send(client, kwargs, options)
    return _build_response(client=client, response=response)


def sync(
    id: str,
    body: SSODomainConfigUpdateRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> SSODomainConfigUpdateResponse:
    """Update the OIDC settings of an SSO domain configuration.

    Args:
        id (str): SSO domain configuration id
        body (SSODomainConfigUpdateRequest): The request body.

    Returns:
        SSODomainConfigUpdateResponse: the parsed success answer.

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    response = send(client, kwargs, options)
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    id: str,
    body: SSODomainConfigUpdateRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Response[SSODomainConfigUpdateResponse]:
    """Update the OIDC settings of an SSO domain configuration. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    body: SSODomainConfigUpdateRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> SSODomainConfigUpdateResponse:
    """Update the OIDC settings of an SSO domain configuration. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    response = await asend(client, kwargs, options)
    return _parse_response(client=client, response=response)


def sync_raw(
    id: str,
    body: SSODomainConfigUpdateRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> RawResponse[SSODomainConfigUpdateResponse]:
    """Update the OIDC settings of an SSO domain configuration. (the 2xx answer as it came; ``parse()`` gives the value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    response = send(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


async def asyncio_raw(
    id: str,
    body: SSODomainConfigUpdateRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> RawResponse[SSODomainConfigUpdateResponse]:
    """Update the OIDC settings of an SSO domain configuration. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    response = await asend(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))
