"""The transport stack of ``tiledb.client``: the httpx clients of a session, and the one transport
of ours in them (retries, the shared retry budget, redirects, request logs).

:func:`open_sync_client` and :func:`open_async_client` decide every connection setting (base URL,
credentials, TLS, pool limits, timeouts, proxies from the environment), so sync and async clients
can not drift apart. httpx reads ``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY`` and ``NO_PROXY``
itself, but it would mount a plain ``HTTPTransport`` for each proxy, skipping our transport; so
clients are built with ``trust_env=False`` and :func:`environment_proxies` gives the same mount
patterns by httpx's rules, each proxy getting a transport of the same stack.

Everything sits in an httpx transport that wraps httpx's own ``HTTPTransport`` /
``AsyncHTTPTransport`` (with the lifetime rules of :mod:`tiledb.client._http.connections`), so every request
of a client gets the same treatment and call sites hold no retry code.
The client is built with ``follow_redirects=False``: redirects are followed here.

What reaches the caller:

* a response: the first one that is neither retried nor a followed redirect; or the last
  retryable one when retrying stops (attempts, time budget or retry budget spent), unread,
  so the caller sees the server's real status and body;
* an ``httpx.TransportError``: the last failure of the send when it is not retried or
  retrying stops (see :mod:`tiledb.client._http.retry` for which failures are retried);
* :class:`RedirectLoopError` (an ``httpx.TooManyRedirects``): more than ``max_redirects``
  redirects in one call.

Logs go to the ``tiledb.client.http`` logger: one DEBUG record per call (method, path without
query, final status or exception, milliseconds until the response headers, retries,
redirects), one WARNING record on the first retry of a call and one INFO record per further
retry, one WARNING record when a retryable failure is given up. No header value, credential or
body is ever logged.
"""

from __future__ import annotations

import functools
import ipaddress
import logging
import os
import random
import ssl
import time
import urllib.request
import warnings
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, TypeVar

import httpx

from .._errors import ClientError
from .connections import (
    PerLoopTransport,
    ReopeningTransport,
    ShardedAsyncPool,
    default_verify_context,
    unverified_context,
)
from .engine import Engine, fast_async_pool
from .options import HttpOptions
from .redirects import (
    REDIRECT_STATUSES,
    RedirectCache,
    RedirectLoopError,
    path_key,
    rebuild,
    redirect_method,
)
from .retry import RetryBudget, RetryMode, RetryPolicy
from .target import Target

__all__ = [
    "API_KEY_HEADER",
    "DEFAULT_LIMITS",
    "REPLAYABLE_BODY",
    "TIMEOUT",
    "AsyncRetryTransport",
    "InsecureConnectionWarning",
    "RedirectCache",
    "RedirectLoopError",
    "RetryBudget",
    "RetryMode",
    "RetryPolicy",
    "RetryTransport",
    "async_transport",
    "environment_proxies",
    "limits_for",
    "open_async_client",
    "open_sync_client",
    "sync_transport",
]


def _no_proxy_pattern(entry: str) -> str:
    if "://" in entry:
        return entry
    try:
        address = ipaddress.ip_address(entry.strip("[]"))
    except ValueError:
        if entry.lower() == "localhost":
            return f"all://{entry}"
        return f"all://*{entry}"
    return f"all://[{address}]" if address.version == 6 else f"all://{address}"


def environment_proxies() -> dict[str, str | None]:
    """Mount pattern -> proxy URL, or ``None`` for a pattern reached without a proxy."""
    proxies = urllib.request.getproxies()
    mounts: dict[str, str | None] = {}
    for scheme in ("http", "https", "all"):
        url = proxies.get(scheme)
        if url:
            mounts[f"{scheme}://"] = url if "://" in url else f"http://{url}"
    entries = [entry.strip() for entry in proxies.get("no", "").split(",") if entry.strip()]
    if "*" in entries:
        return {}
    for entry in entries:
        mounts[_no_proxy_pattern(entry)] = None
    return mounts


logger = logging.getLogger("tiledb.client.http")
logger.addHandler(logging.NullHandler())  # the library prints nothing, even on WARNING

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
#: Connections of each stock pool behind an async HTTP/1.1 transport (see ShardedAsyncPool).
ASYNC_SHARD_SIZE = 4
#: Request extension saying the body is a stream that starts afresh each time it is iterated
#: (a part read from a local file): such a request may be retried like one whose body is bytes.
REPLAYABLE_BODY = "tiledb.client.replayable_body"
#: Request extension naming a retry mode for this request only (a per-call option): the
#: transport's policy for that mode replaces its own.
RETRY_MODE = "tiledb.client.retry_mode"
#: Response extension where the transport counts a call's retries (set only when there were any).
RETRIES = "tiledb.client.retries"


class _Call:
    """The decisions for one call (one request of the caller), shared by both transports."""

    __slots__ = (
        "budget",
        "chain",
        "clock",
        "credentials",
        "deadline",
        "last_cost",
        "original",
        "policy",
        "rand",
        "redirects",
        "replayable",
        "request",
        "retries",
        "routed",
        "started",
    )

    def __init__(self, settings: _Settings, request: httpx.Request) -> None:
        mode = request.extensions.get(RETRY_MODE)
        self.policy = settings.policy if mode is None else settings.policy_for(mode)
        self.budget = settings.budget
        self.redirects = settings.redirects
        self.clock = settings.clock
        self.rand = settings.rand
        self.started = self.clock()
        self.deadline = self.started + self.policy.total_timeout
        self.original = request
        routed = self.redirects.route(request)
        self.routed = routed is not None
        self.request = request if routed is None else routed
        self.chain = [self.request.url]
        self.credentials = True
        self.retries = 0
        self.last_cost = 0.0
        if request.extensions.get(REPLAYABLE_BODY):
            self.replayable = True
        else:
            try:
                request.content  # noqa: B018 - raises for a body that is a one-shot stream
                self.replayable = True
            except httpx.RequestNotRead:
                self.replayable = False

    def on_response(self, response: httpx.Response) -> float | None:
        """``None``: hand ``response`` to the caller; a number: discard it, wait, send ``request``."""
        status = response.status_code
        if status in REDIRECT_STATUSES:
            follow = self._follow(response)
            if follow is None:
                return None
            self.request = follow
            return 0.0
        if status in self.policy.statuses and self.request.method in self.policy.methods:
            return self._retry(f"status {status}", self.policy.retry_after(response), self.budget.retry_cost)
        if status < 500 and status != 429:
            self.budget.refund(self.budget.success_refund + self.last_cost)
        return None

    def on_error(self, error: httpx.TransportError) -> float | None:
        """``None``: re-raise ``error``; a number: wait, then send ``request`` again."""
        if self.routed and len(self.chain) == 1:
            # The remembered regional host failed: go back to the configured one.
            self.redirects.forget(self.original.url)
            self.routed = False
            self.request = self.original
            self.chain = [self.original.url]
        if not self.policy.error_is_retryable(self.request.method, error, self.retries):
            return None
        timeout = isinstance(error, httpx.TimeoutException)
        return self._retry(
            type(error).__name__, None, self.budget.timeout_cost if timeout else self.budget.retry_cost
        )

    def _retry(self, reason: str, retry_after: float | None, cost: float) -> float | None:
        policy = self.policy
        delay = 0.0
        refusal = None
        if not self.replayable:
            refusal = "the request body cannot be sent twice"
        elif self.retries + 1 >= policy.max_attempts:
            refusal = f"{self.retries + 1} attempts made"
        else:
            delay = retry_after if retry_after is not None else policy.backoff(self.retries, self.rand())
            if self.clock() + delay > self.deadline:
                refusal = f"the time budget of {policy.total_timeout:g} s would be exceeded"
            elif not self.budget.acquire(cost):
                refusal = "the client's retry budget is empty"
        if refusal is not None:
            if policy.max_attempts > 1:
                logger.warning(
                    "%s %s failed with %s; not retrying: %s",
                    self.original.method,
                    self.original.url.path,
                    reason,
                    refusal,
                )
            return None
        self.retries += 1
        self.last_cost = cost
        # The first retry of a call is a WARNING: a user whose call seems to hang learns why.
        logger.log(
            logging.WARNING if self.retries == 1 else logging.INFO,
            "%s %s failed with %s; attempt %d of %d in %.3f s",
            self.original.method,
            self.original.url.path,
            reason,
            self.retries + 1,
            policy.max_attempts,
            delay,
        )
        return delay

    def _follow(self, response: httpx.Response) -> httpx.Request | None:
        location = response.headers.get("location")
        if location is None:
            return None
        current = self.request
        try:
            url = current.url.join(location)
        except httpx.InvalidURL:
            return None
        if url.scheme not in ("http", "https"):
            return None
        if len(self.chain) > self.redirects.max_redirects:
            raise RedirectLoopError([*self.chain, url], self.redirects.max_redirects, request=self.original)
        method, drop_body = redirect_method(current.method, response.status_code)
        if not (drop_body or self.replayable):
            return None
        self.replayable = self.replayable or drop_body
        self.credentials = self.credentials and self.redirects.trusts(url, previous=current.url)
        self.chain.append(url)
        if (
            self.credentials
            and response.status_code != 303
            and method == self.original.method
            and path_key(url) == path_key(self.original.url)
            and self.redirects.is_configured_origin(self.original.url)
        ):
            self.redirects.remember(self.original.url, url)
        return rebuild(current, method, url, credentials=self.credentials, drop_body=drop_body)

    def done(self, outcome: int | str) -> None:
        """Write the DEBUG record of the call."""
        if logger.isEnabledFor(logging.DEBUG):
            method, path = self.original.method, self.original.url.path
            ms = (self.clock() - self.started) * 1000.0
            logger.debug(
                "%s %s -> %s in %.1f ms (%d retries, %d redirects)",
                method,
                path,
                outcome,
                ms,
                self.retries,
                len(self.chain) - 1,
                extra={
                    "http_method": method,
                    "http_path": path,
                    "http_status": outcome,
                    "duration_ms": ms,
                    "retries": self.retries,
                    "redirects": len(self.chain) - 1,
                },
            )


class _Settings:
    """What both transports hold: the policy, the shared state and the clock."""

    def __init__(
        self,
        policy: RetryPolicy,
        budget: RetryBudget,
        redirects: RedirectCache,
        clock: Callable[[], float],
        rand: Callable[[], float],
        policies: Callable[[RetryMode], RetryPolicy] | None = None,
    ) -> None:
        self.policy = policy
        self.budget = budget
        self.redirects = redirects
        self.clock = clock
        self.rand = rand
        self._policies = policies
        self._by_mode: dict[object, RetryPolicy] = {}

    def policy_for(self, mode: object) -> RetryPolicy:
        """The policy of a retry mode asked for by one request (made once per mode)."""
        policy = self._by_mode.get(mode)
        if policy is None:
            parsed = RetryMode.parse(mode if isinstance(mode, str) else str(mode), name="retry_mode")
            policy = (self._policies or RetryPolicy.for_mode)(parsed)
            self._by_mode[mode] = policy
        return policy


class _SelfReleasingStream(httpx.SyncByteStream):
    """The body of a response handed to httpx, which once closed takes back its place in the response.

    httpx wraps every body in a stream of its own that refers back to the response (to set
    ``elapsed`` on close), so every response is in a reference cycle and waits for the garbage
    collector, body included (encode/httpx#3733). A listing that reads pages in several threads
    then holds dozens of freed pages at a time. Once the body is closed the wrapper has done its
    work: this stream, which refers to the response only weakly, replaces it, the cycle is gone and
    the response is freed as soon as its last user lets go.
    """

    __slots__ = ("_response", "_stream")

    def __init__(self, response: httpx.Response) -> None:
        assert isinstance(response.stream, httpx.SyncByteStream)
        self._stream = response.stream
        self._response = weakref.ref(response)

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._stream)  # the body's own iterator: no extra step per chunk

    def close(self) -> None:
        try:
            self._stream.close()
        finally:
            response = self._response()
            if response is not None:
                response.stream = self


class _AsyncSelfReleasingStream(httpx.AsyncByteStream):
    """The async twin of :class:`_SelfReleasingStream`."""

    __slots__ = ("_response", "_stream")

    def __init__(self, response: httpx.Response) -> None:
        assert isinstance(response.stream, httpx.AsyncByteStream)
        self._stream = response.stream
        self._response = weakref.ref(response)

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._stream.__aiter__()  # the body's own iterator: no extra step per chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            response = self._response()
            if response is not None:
                response.stream = self


class RetryTransport(httpx.BaseTransport):
    """A transport that retries, follows redirects and logs around another transport.

    ``sleep``, ``clock`` (monotonic seconds) and ``rand`` (uniform in ``[0, 1)``, for the
    jitter) can be replaced, for tests.
    """

    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        policy: RetryPolicy,
        budget: RetryBudget,
        redirects: RedirectCache,
        sleep: Callable[[float], object] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        rand: Callable[[], float] = random.random,
        policies: Callable[[RetryMode], RetryPolicy] | None = None,
    ) -> None:
        self._inner = inner
        self._settings = _Settings(policy, budget, redirects, clock, rand, policies)
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        call = _Call(self._settings, request)
        try:
            while True:
                try:
                    response = self._inner.handle_request(call.request)
                except httpx.TransportError as error:
                    delay = call.on_error(error)
                    if delay is None:
                        raise
                else:
                    try:
                        delay = call.on_response(response)
                    except BaseException:
                        response.close()
                        raise
                    if delay is None:
                        call.done(response.status_code)
                        if call.retries:
                            response.extensions[RETRIES] = call.retries
                        response.stream = _SelfReleasingStream(response)
                        return response
                    try:
                        response.read()
                    except httpx.HTTPError:
                        pass
                    finally:
                        response.close()
                if delay > 0:
                    self._sleep(delay)
        except BaseException as error:
            call.done(type(error).__name__)
            raise

    def close(self) -> None:
        self._inner.close()

    def release(self) -> None:
        """Release the pooled connections; the transport reopens on its next request."""
        self._inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The asyncio (and trio) twin of :class:`RetryTransport`.

    The default ``sleep`` is ``anyio.sleep``, which works under either event loop.
    """

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        policy: RetryPolicy,
        budget: RetryBudget,
        redirects: RedirectCache,
        sleep: Callable[[float], Awaitable[object]] | None = None,
        clock: Callable[[], float] = time.monotonic,
        rand: Callable[[], float] = random.random,
        policies: Callable[[RetryMode], RetryPolicy] | None = None,
    ) -> None:
        if sleep is None:
            import anyio  # an httpx dependency; imported only when an async client is built

            sleep = anyio.sleep
        self._inner = inner
        self._settings = _Settings(policy, budget, redirects, clock, rand, policies)
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        call = _Call(self._settings, request)
        try:
            while True:
                try:
                    response = await self._inner.handle_async_request(call.request)
                except httpx.TransportError as error:
                    delay = call.on_error(error)
                    if delay is None:
                        raise
                else:
                    try:
                        delay = call.on_response(response)
                    except BaseException:
                        await response.aclose()
                        raise
                    if delay is None:
                        call.done(response.status_code)
                        if call.retries:
                            response.extensions[RETRIES] = call.retries
                        response.stream = _AsyncSelfReleasingStream(response)
                        return response
                    try:
                        await response.aread()
                    except httpx.HTTPError:
                        pass
                    finally:
                        await response.aclose()
                if delay > 0:
                    await self._sleep(delay)
        except BaseException as error:
            call.done(type(error).__name__)
            raise

    async def aclose(self) -> None:
        await self._inner.aclose()

    def release(self) -> None:
        """Release the pooled connections of every event loop, from any thread, without waiting."""
        inner = self._inner
        if isinstance(inner, PerLoopTransport):
            inner.close()


def _ssl_verify(verify: ssl.SSLContext | str | bool) -> ssl.SSLContext:
    if verify is True:
        return default_verify_context()  # the CA bundle loads on the first TLS handshake
    if verify is False:
        return unverified_context()
    # A CA bundle path (file or directory) becomes a context here: httpx 0.28 deprecates paths.
    if isinstance(verify, str):
        if os.path.isdir(verify):
            return ssl.create_default_context(capath=verify)
        return ssl.create_default_context(cafile=verify)
    return verify


def check_http2_available() -> None:
    """Raise ``ImportError`` with the install hint when HTTP/2 is asked for without ``h2``."""
    import importlib.util

    try:
        missing = importlib.util.find_spec("h2") is None
    except ValueError:  # imported once and removed again (a None entry in sys.modules)
        missing = True
    if missing:
        raise ImportError(
            "HTTP/2 was switched on but the h2 package is missing: "
            "pip install 'tiledb-rest-client[h2]' (or switch HTTP/2 off)."
        )


def sync_transport(
    *,
    policy: RetryPolicy,
    budget: RetryBudget,
    redirects: RedirectCache,
    verify: ssl.SSLContext | str | bool = True,
    limits: httpx.Limits = DEFAULT_LIMITS,
    proxy: str | None = None,
    http2: bool = False,
    policies: Callable[[RetryMode], RetryPolicy] | None = None,
    inner: httpx.BaseTransport | None = None,
) -> RetryTransport:
    """The transport for an ``httpx.Client`` of the TileDB API.

    :param policy: what to retry and for how long (:meth:`RetryPolicy.for_mode`).
    :param budget: the retry budget shared by all calls of the client.
    :param redirects: the client's redirect memory and credential policy.
    :param verify: TLS verification: ``True``, ``False``, an ``ssl.SSLContext`` or the path
        of a CA bundle file or directory.
    :param limits: connection pool limits.
    :param proxy: the URL of a proxy to send every request through.
    :param http2: offer HTTP/2 to https servers (needs the ``h2`` package).
    :param policies: the policy of a retry mode one request asks for (a per-call option);
        ``RetryPolicy.for_mode`` when not given.
    :param inner: a transport of the user's own, used in place of httpx's pool (``verify``,
        ``limits``, ``proxy`` and ``http2`` then do not apply).
    """
    if http2:
        check_http2_available()
    context = _ssl_verify(verify)

    def pool() -> httpx.BaseTransport:
        return httpx.HTTPTransport(verify=context, limits=limits, proxy=proxy, http2=http2, retries=0)

    return RetryTransport(
        ReopeningTransport(pool, limits) if inner is None else inner,
        policy=policy,
        budget=budget,
        redirects=redirects,
        policies=policies,
    )


def async_transport(
    *,
    policy: RetryPolicy,
    budget: RetryBudget,
    redirects: RedirectCache,
    verify: ssl.SSLContext | str | bool = True,
    limits: httpx.Limits = DEFAULT_LIMITS,
    proxy: str | None = None,
    http2: bool = False,
    policies: Callable[[RetryMode], RetryPolicy] | None = None,
    inner: httpx.AsyncBaseTransport | None = None,
    engine: Engine | None = None,
) -> AsyncRetryTransport:
    """The transport for an ``httpx.AsyncClient``; parameters as for :func:`sync_transport`.

    Each event loop that sends through it gets its own pool (see :mod:`tiledb.client._http.connections`):
    aiohttp's when it is installed, else httpx's (``engine`` chooses; see :mod:`tiledb.client._http.engine`).
    """
    if http2:
        check_http2_available()
    context = _ssl_verify(verify)
    fast = fast_async_pool(context, limits, http2=http2, proxy=proxy, engine=engine)

    def stock(pool_limits: httpx.Limits) -> httpx.AsyncBaseTransport:
        return httpx.AsyncHTTPTransport(
            verify=context, limits=pool_limits, proxy=proxy, http2=http2, retries=0
        )

    def pool() -> httpx.AsyncBaseTransport:
        if fast is not None:
            return fast()
        # HTTP/2 carries concurrent calls as streams of one connection: one stock pool. HTTP/1.1
        # needs a connection per call in flight: small stock pools side by side (see
        # ShardedAsyncPool for why not one large one).
        if http2 or limits.max_connections is None or limits.max_connections <= ASYNC_SHARD_SIZE:
            return stock(limits)
        shards = -(-limits.max_connections // ASYNC_SHARD_SIZE)
        shard_limits = httpx.Limits(
            max_connections=ASYNC_SHARD_SIZE,
            max_keepalive_connections=ASYNC_SHARD_SIZE,
            keepalive_expiry=limits.keepalive_expiry,
        )
        return ShardedAsyncPool(lambda: stock(shard_limits), shards=shards, shard_size=ASYNC_SHARD_SIZE)

    if inner is None:
        inner = PerLoopTransport(pool, limits, fallback=lambda: stock(limits))
    return AsyncRetryTransport(inner, policy=policy, budget=budget, redirects=redirects, policies=policies)


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


def _verify(target: Target) -> ssl.SSLContext | bool:
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


def _auth(target: Target) -> tuple[dict[str, str], httpx.BasicAuth | None]:
    headers = {"User-Agent": USER_AGENT}
    if target.token:
        headers[API_KEY_HEADER] = target.token
        return headers, None
    password = getattr(target, "password", None) or ""
    return headers, httpx.BasicAuth(target.username or "", password)


def _common(
    target: Target, threads: int, options: HttpOptions | None
) -> tuple[dict[str, Any], httpx.Limits, ssl.SSLContext | bool]:
    headers, auth = _auth(target)
    kwargs: dict[str, Any] = {
        "base_url": target.server_address,
        "headers": headers,
        "auth": auth,
        "timeout": TIMEOUT if options is None or options.timeout is None else options.timeout,
        "follow_redirects": False,  # the transport follows them and knows where credentials may go
        "trust_env": False,  # environment proxies get the same transport stack (see environment_proxies)
    }
    return kwargs, limits_for(threads), _verify(target)


_T = TypeVar("_T")


def _with_proxies(
    stack: Callable[[str | None], _T], proxy: str | None = None, own: object = None
) -> tuple[_T, dict[str, _T | None], list[_T]]:
    """The direct transport, the mounts of the environment's proxies (each its own stack), and all
    the stacks made. An explicit ``proxy``, or a transport of the user's ``own``, takes every request."""
    if proxy or own is not None:
        only = stack(proxy)
        return only, {}, [only]
    mounts = {pattern: None if url is None else stack(url) for pattern, url in environment_proxies().items()}
    direct = stack(None)
    return direct, mounts, [direct, *(t for t in mounts.values() if t is not None)]


def open_sync_client(
    target: Target,
    *,
    threads: int,
    policy: RetryPolicy,
    budget: RetryBudget,
    redirects: RedirectCache,
    http2: bool = False,
    policies: Callable[[RetryMode], RetryPolicy] | None = None,
    options: HttpOptions | None = None,
) -> tuple[httpx.Client, list[RetryTransport]]:
    """Open an ``httpx.Client`` for ``target``'s server and credentials; also return its transport.

    A token travels as the ``X-TILEDB-REST-API-KEY`` header; without one the
    username and password go as HTTP basic auth (only used to exchange them
    for a session token).
    """
    kwargs, limits, verify = _common(target, threads, options)
    if options is not None and options.event_hooks:
        kwargs["event_hooks"] = options.event_hooks

    stack = functools.partial(
        sync_transport,
        policy=policy,
        budget=budget,
        redirects=redirects,
        verify=verify,
        limits=limits,
        http2=http2,
        policies=policies,
        inner=None if options is None else options.transport,
    )
    explicit = (None, None) if options is None else (options.proxy, options.transport)
    transport, mounts, stacks = _with_proxies(lambda proxy: stack(proxy=proxy), *explicit)
    client = httpx.Client(transport=transport, mounts=mounts, **kwargs)
    return client, stacks


def open_async_client(
    target: Target,
    *,
    threads: int,
    policy: RetryPolicy,
    budget: RetryBudget,
    redirects: RedirectCache,
    http2: bool = False,
    policies: Callable[[RetryMode], RetryPolicy] | None = None,
    options: HttpOptions | None = None,
) -> tuple[httpx.AsyncClient, list[AsyncRetryTransport]]:
    """The ``httpx.AsyncClient`` twin of :func:`open_sync_client`."""
    kwargs, _, verify = _common(target, threads, options)
    if options is not None and options.async_event_hooks:
        kwargs["event_hooks"] = options.async_event_hooks
    limits = limits_for(max(threads, ASYNC_CONNECTIONS))

    stack = functools.partial(
        async_transport,
        policy=policy,
        budget=budget,
        redirects=redirects,
        verify=verify,
        limits=limits,
        http2=http2,
        policies=policies,
        inner=None if options is None else options.async_transport,
    )
    explicit = (None, None) if options is None else (options.proxy, options.async_transport)
    transport, mounts, stacks = _with_proxies(lambda proxy: stack(proxy=proxy), *explicit)
    client = httpx.AsyncClient(transport=transport, mounts=mounts, **kwargs)
    return client, stacks
