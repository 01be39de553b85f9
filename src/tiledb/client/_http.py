"""Build the httpx clients that carry a session's requests.

One function decides every connection setting (base URL, credentials, TLS,
pool limits, timeouts, the retrying transport), so sync and async clients
can not drift apart.
"""

from __future__ import annotations

import ssl
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._errors import ClientError
from ._proxies import environment_proxies
from ._transport import (
    AsyncRetryTransport,
    RedirectCache,
    RetryBudget,
    RetryPolicy,
    RetryTransport,
    async_transport,
    sync_transport,
)

if TYPE_CHECKING:
    from ._session import Session
    from ._settings import Settings

__all__ = [
    "API_KEY_HEADER",
    "TIMEOUT",
    "InsecureConnectionWarning",
    "limits_for",
    "open_async_client",
    "open_sync_client",
]

API_KEY_HEADER = "X-TILEDB-REST-API-KEY"

#: Connect quickly or fail; allow slow answers (the retry policy bounds the total time).
TIMEOUT = httpx.Timeout(60.0, connect=10.0, pool=60.0)

USER_AGENT = "tiledb-rest-client/0.1"


class InsecureConnectionWarning(UserWarning):
    """TLS certificate verification is turned off for a session."""


#: Connections an async client may open at once: coroutines are not bounded by the thread pool.
ASYNC_CONNECTIONS = 200


def limits_for(threads: int) -> httpx.Limits:
    """Connection pool limits sized to a thread pool of ``threads`` workers."""
    return httpx.Limits(max_connections=threads, max_keepalive_connections=threads, keepalive_expiry=30.0)


def _verify(target: Session | Settings) -> ssl.SSLContext | bool:
    if not target.verify_ssl:
        warnings.warn(
            f"TLS certificate verification is disabled for {target.server_address} "
            f"(rest.verify_ssl is false in {target.profile_label}): anyone on the network path "
            "can read and change this session's traffic, credentials included.",
            InsecureConnectionWarning,
            stacklevel=5,
        )
        return False
    if target.ca_file:
        try:
            return ssl.create_default_context(cafile=target.ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise ClientError(
                f"The CA bundle {target.ca_file} (ssl.ca_file of {target.profile_label}) can not be used: "
                f"{exc.strerror or exc}. Pass a PEM file with configure(ca_file=..., overwrite=True)."
            ) from None
    return True


def _auth(target: Session | Settings) -> tuple[dict[str, str], httpx.BasicAuth | None]:
    headers = {"User-Agent": USER_AGENT}
    token = getattr(target, "token", None)
    if token:
        headers[API_KEY_HEADER] = token
        return headers, None
    username = getattr(target, "username", None) or ""
    password = getattr(target, "password", None) or ""
    return headers, httpx.BasicAuth(username, password)


def _common(
    target: Session | Settings, threads: int
) -> tuple[dict[str, Any], httpx.Limits, ssl.SSLContext | bool]:
    headers, auth = _auth(target)
    kwargs: dict[str, Any] = {
        "base_url": target.server_address,
        "headers": headers,
        "auth": auth,
        "timeout": TIMEOUT,
        "follow_redirects": False,  # the transport follows them and knows where credentials may go
        "trust_env": False,  # environment proxies get the same transport stack (see _proxies)
    }
    return kwargs, limits_for(threads), _verify(target)


_T = TypeVar("_T")


def _with_proxies(stack: Callable[[str | None], _T]) -> tuple[_T, dict[str, _T | None], list[_T]]:
    """The direct transport, the mounts of the environment's proxies (each its own stack), and all
    the stacks made."""
    mounts = {pattern: None if url is None else stack(url) for pattern, url in environment_proxies().items()}
    direct = stack(None)
    return direct, mounts, [direct, *(t for t in mounts.values() if t is not None)]


def open_sync_client(
    target: Session | Settings,
    *,
    threads: int,
    policy: RetryPolicy,
    budget: RetryBudget,
    redirects: RedirectCache,
    http2: bool = False,
) -> tuple[httpx.Client, list[RetryTransport]]:
    """Open an ``httpx.Client`` for ``target``'s server and credentials; also return its transport.

    A token travels as the ``X-TILEDB-REST-API-KEY`` header; without one the
    username and password go as HTTP basic auth (only used to exchange them
    for a session token).
    """
    kwargs, limits, verify = _common(target, threads)

    def stack(proxy: str | None) -> RetryTransport:
        return sync_transport(
            policy=policy,
            budget=budget,
            redirects=redirects,
            verify=verify,
            limits=limits,
            proxy=proxy,
            http2=http2,
        )

    transport, mounts, stacks = _with_proxies(stack)
    client = httpx.Client(transport=transport, mounts=mounts, **kwargs)
    return client, stacks


def open_async_client(
    target: Session | Settings,
    *,
    threads: int,
    policy: RetryPolicy,
    budget: RetryBudget,
    redirects: RedirectCache,
    http2: bool = False,
) -> tuple[httpx.AsyncClient, list[AsyncRetryTransport]]:
    """The ``httpx.AsyncClient`` twin of :func:`open_sync_client`."""
    kwargs, _, verify = _common(target, threads)
    limits = limits_for(max(threads, ASYNC_CONNECTIONS))

    def stack(proxy: str | None) -> AsyncRetryTransport:
        return async_transport(
            policy=policy,
            budget=budget,
            redirects=redirects,
            verify=verify,
            limits=limits,
            proxy=proxy,
            http2=http2,
        )

    transport, mounts, stacks = _with_proxies(stack)
    client = httpx.AsyncClient(transport=transport, mounts=mounts, **kwargs)
    return client, stacks
