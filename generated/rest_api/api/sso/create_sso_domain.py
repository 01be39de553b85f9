"""Add an SSO (OIDC) domain configuration.

``POST /v4/sso/domains`` (operation ``create_sso_domain``).
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, CallOptions, Client, RawResponse, asend, send
from ...models.sso_domain_config_create_request import SSODomainConfigCreateRequest
from ...models.sso_domain_config_create_response import SSODomainConfigCreateResponse
from ...types import REQUEST_BODY, Response, http_status, parsing

OPERATION = "create_sso_domain"


def _get_kwargs(
    body: SSODomainConfigCreateRequest,
) -> dict[str, Any]:
    if not isinstance(body, SSODomainConfigCreateRequest):
        raise TypeError(f"body must be a SSODomainConfigCreateRequest, not {type(body).__name__}")

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v4/sso/domains",
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SSODomainConfigCreateResponse:
    """Return the success value of a 2xx answer; raise ``ApiError`` for any other status."""
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    try:
        with parsing(response.content):
            data = response.json()
            response_201 = SSODomainConfigCreateResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(OPERATION, response, exc) from exc
    return response_201


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SSODomainConfigCreateResponse]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    body: SSODomainConfigCreateRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Response[SSODomainConfigCreateResponse]:
    """Add an SSO (OIDC) domain configuration.

    Returns the whole answer (status, headers, raw content and the parsed value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        body=body,
    )
    response = send(client, kwargs, options)
    return _build_response(client=client, response=response)


def sync(
    body: SSODomainConfigCreateRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> SSODomainConfigCreateResponse:
    """Add an SSO (OIDC) domain configuration.

    Args:
        body (SSODomainConfigCreateRequest): The request body.

    Returns:
        SSODomainConfigCreateResponse: the parsed success answer.

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ResponseValidationError: A 2xx answer whose body does not match the spec.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        body=body,
    )
    response = send(client, kwargs, options)
    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    body: SSODomainConfigCreateRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> Response[SSODomainConfigCreateResponse]:
    """Add an SSO (OIDC) domain configuration. (coroutine; whole answer)."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await asend(client, kwargs, options)
    return _build_response(client=client, response=response)


async def asyncio(
    body: SSODomainConfigCreateRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> SSODomainConfigCreateResponse:
    """Add an SSO (OIDC) domain configuration. (coroutine; parsed success answer)."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await asend(client, kwargs, options)
    return _parse_response(client=client, response=response)


def sync_raw(
    body: SSODomainConfigCreateRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> RawResponse[SSODomainConfigCreateResponse]:
    """Add an SSO (OIDC) domain configuration. (the 2xx answer as it came; ``parse()`` gives the value).

    Raises:
        ApiError: The server answered with a status outside 2xx.
        ApiConnectionError: The request got no answer (ApiTimeoutError: not in time).
    """
    kwargs = _get_kwargs(
        body=body,
    )
    response = send(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))


async def asyncio_raw(
    body: SSODomainConfigCreateRequest,
    *,
    client: AuthenticatedClient | Client,
    options: CallOptions | None = None,
) -> RawResponse[SSODomainConfigCreateResponse]:
    """Add an SSO (OIDC) domain configuration. (coroutine; the 2xx answer as it came, see :func:`sync_raw`)."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await asend(client, kwargs, options)
    if not 200 <= response.status_code < 300:
        raise errors.ApiError.from_response(response)
    return RawResponse(response, lambda answer: _parse_response(client=client, response=answer))
