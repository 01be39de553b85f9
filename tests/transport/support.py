"""Helpers of the transport tests: a scriptable loopback HTTP server, a fake clock, client builders."""

from __future__ import annotations

import collections
import contextlib
import http.server
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx

from tiledb.client._http.transport import (
    DEFAULT_LIMITS,
    AsyncRetryTransport,
    RedirectCache,
    RetryBudget,
    RetryPolicy,
    RetryTransport,
)

API_KEY = "secret-api-key-0123456789"
BASIC_USER, BASIC_PASSWORD = "alice", "pa55-w0rd-secret"


@dataclass
class Answer:
    """One planned answer: a response, or a dropped connection, maybe after a delay."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b'{"ok": true}'
    drop: bool = False
    delay: float = 0.0


@dataclass
class Seen:
    """One request as the server received it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    #: The client's (host, port): requests that share it came over one connection.
    peer: tuple[str, int] = ("", 0)


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # else each answer waits 40 ms for a delayed ACK
    server: _Server

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        script = self.server.script
        script.record(
            Seen(
                self.command,
                self.path,
                {k.lower(): v for k, v in self.headers.items()},
                body,
                self.client_address[:2],
            )
        )
        answer = script.next_answer()
        if answer.delay:
            time.sleep(answer.delay)
        if answer.drop:
            self.close_connection = True
            return
        self.send_response(answer.status)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer.body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _serve

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 128  # many clients connect at once in the thread and task tests
    script: Script

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that timed out and left: nothing to report


class Script:
    """A running loopback server answering from a queue; ``default`` once the queue is empty."""

    def __init__(self) -> None:
        self._answers: collections.deque[Answer] = collections.deque()
        self._lock = threading.Lock()
        self.default = Answer()
        self.seen: list[Seen] = []
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.script = self
        self.port = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05})
        self._thread.start()

    def plan(self, *answers: Answer) -> None:
        with self._lock:
            self._answers.extend(answers)

    def next_answer(self) -> Answer:
        with self._lock:
            return self._answers.popleft() if self._answers else self.default

    def record(self, seen: Seen) -> None:
        with self._lock:
            self.seen.append(seen)

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()


class FakeTime:
    """A clock that only moves when the code under test sleeps; records the sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def policy(mode: str = "default", **overrides: Any) -> RetryPolicy:
    """A policy with a tiny backoff unless told otherwise, so tests stay fast."""
    return RetryPolicy.for_mode(mode, **{"backoff_factor": 0.001, "backoff_max": 0.01, **overrides})


def sync_client(
    base_url: str,
    retry: RetryPolicy | None = None,
    *,
    budget: RetryBudget | None = None,
    redirects: RedirectCache | None = None,
    time_source: FakeTime | None = None,
    rand: Callable[[], float] | None = None,
    inner: httpx.BaseTransport | None = None,
    timeout: float = 5.0,
    basic_auth: bool = False,
) -> httpx.Client:
    """An httpx.Client built the way the session layer builds it (httpx's own transport), with test hooks."""
    extra: dict[str, Any] = {}
    if time_source is not None:
        extra.update(sleep=time_source.sleep, clock=time_source.clock)
    if rand is not None:
        extra["rand"] = rand
    transport = RetryTransport(
        httpx.HTTPTransport(verify=False, limits=DEFAULT_LIMITS, retries=0) if inner is None else inner,
        policy=policy() if retry is None else retry,
        budget=RetryBudget() if budget is None else budget,
        redirects=RedirectCache(base_url) if redirects is None else redirects,
        **extra,
    )
    auth: dict[str, Any] = (
        {"auth": httpx.BasicAuth(BASIC_USER, BASIC_PASSWORD)}
        if basic_auth
        else {"headers": {"X-TILEDB-REST-API-KEY": API_KEY}}
    )
    return httpx.Client(
        base_url=base_url, timeout=timeout, follow_redirects=False, transport=transport, **auth
    )


def default_async_pool() -> httpx.AsyncBaseTransport:
    """The pool an async client of the package sends through here: aiohttp's when installed (the
    default), httpx's with ``TILEDB_CLIENT_ASYNC_TRANSPORT=httpx``; the same tests cover both."""
    from tiledb.client._http.engine import async_engine

    if async_engine() == "aiohttp":
        from tiledb.client._http.aio import AiohttpPool
        from tiledb.client._http.connections import default_verify_context

        return AiohttpPool(default_verify_context(), httpx.Limits(max_connections=100))
    return httpx.AsyncHTTPTransport(retries=0)


def async_client(
    base_url: str,
    retry: RetryPolicy | None = None,
    *,
    budget: RetryBudget | None = None,
    redirects: RedirectCache | None = None,
    time_source: FakeTime | None = None,
    timeout: float = 5.0,
    inner: httpx.AsyncBaseTransport | None = None,
) -> httpx.AsyncClient:
    """The async twin of :func:`sync_client`."""
    extra: dict[str, Any] = {}
    if time_source is not None:
        extra.update(sleep=time_source.asleep, clock=time_source.clock)
    transport = AsyncRetryTransport(
        default_async_pool() if inner is None else inner,
        policy=policy() if retry is None else retry,
        budget=RetryBudget() if budget is None else budget,
        redirects=RedirectCache(base_url) if redirects is None else redirects,
        **extra,
    )
    return httpx.AsyncClient(
        base_url=base_url,
        headers={"X-TILEDB-REST-API-KEY": API_KEY},
        timeout=timeout,
        follow_redirects=False,
        transport=transport,
    )


@contextlib.contextmanager
def closed_port() -> Iterator[int]:
    """A loopback port with nothing listening on it."""
    srv = _Server(("127.0.0.1", 0), _Handler)
    port = srv.server_address[1]
    srv.server_close()
    yield port


class MappedHosts(httpx.BaseTransport):
    """Sends requests for named hosts to loopback servers, as a resolver would.

    ``{"eu.tiledb.test": "http://127.0.0.1:4321"}`` makes ``https://eu.tiledb.test/v4/x`` go to
    that server over plain HTTP with the ``Host`` header unchanged. It sits under the retrying
    transport, so the redirect and credential rules see the real names and schemes.
    """

    def __init__(self, hosts: dict[str, str]) -> None:
        self._hosts = {name: httpx.URL(url) for name, url in hosts.items()}
        self._inner = httpx.HTTPTransport(retries=0)

    def _mapped(self, request: httpx.Request) -> httpx.Request:
        target = self._hosts.get(request.url.host)
        if target is None:
            return request
        url = request.url.copy_with(scheme=target.scheme, host=target.host, port=target.port)
        return httpx.Request(
            request.method, url, headers=request.headers, stream=request.stream, extensions=request.extensions
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._inner.handle_request(self._mapped(request))

    def close(self) -> None:
        self._inner.close()


class AsyncMappedHosts(httpx.AsyncBaseTransport):
    """The async twin of :class:`MappedHosts`."""

    def __init__(self, hosts: dict[str, str]) -> None:
        self._mapper = MappedHosts(hosts)
        self._inner = httpx.AsyncHTTPTransport(retries=0)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._inner.handle_async_request(self._mapper._mapped(request))

    async def aclose(self) -> None:
        await self._inner.aclose()
        self._mapper.close()
