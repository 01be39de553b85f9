"""The async connections over aiohttp (the ``aiohttp`` extra): the default pool of async clients
when aiohttp is installed.

httpx's own async pool (httpcore) spends its time re-examining every connection for every waiting
request (encode/httpx#3215), so a burst of a few hundred calls costs it seconds of CPU; aiohttp's
connector hands out connections in constant time. :class:`AiohttpPool` is an httpx transport that
sends through one ``aiohttp.ClientSession`` (one connector: limits, keep-alive, TLS), and is used
under :class:`~tiledb.client._http.transport.AsyncRetryTransport` exactly where httpx's
``AsyncHTTPTransport`` would be: retries, redirects, the credentials policy and the logs stay ours,
and an aiohttp failure reaches them as the httpx exception that httpx itself would raise for it
(the original failure as its cause), so the retry rules read it alike.

What stays on httpx's transport: HTTP/2 (aiohttp speaks HTTP/1.1), requests through a proxy, and
any event loop other than asyncio's (aiohttp is asyncio only; trio gets the stock pool).
:mod:`tiledb.client._http.engine` makes that choice (and ``TILEDB_CLIENT_ASYNC_TRANSPORT=httpx``
chooses httpx's pool even when aiohttp is installed).

A session lives on the event loop that made it: :class:`~tiledb.client._http.connections.PerLoopTransport`
makes one pool per loop, as it does for httpx's pools, and closes it when its loop shuts down.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from typing import Any

import aiohttp
import httpx
from yarl import URL

__all__ = ["AiohttpPool", "pool_factory"]

logger = logging.getLogger("tiledb.client.http")

#: Request headers httpx always sets; aiohttp must not add its own (nor a Content-Type httpx left out).
_SKIP_AUTO_HEADERS = frozenset({"Accept", "Accept-Encoding", "User-Agent", "Content-Type"})


@contextmanager
def _as_httpx_errors(request: httpx.Request, *, reading: bool) -> Iterator[None]:
    """Raise aiohttp's failures as the httpx exception httpx would raise, the original as cause."""
    try:
        yield
    except (aiohttp.ConnectionTimeoutError, aiohttp.ClientConnectorError) as error:
        kind: type[httpx.TransportError] = (
            httpx.ConnectTimeout if isinstance(error, aiohttp.ConnectionTimeoutError) else httpx.ConnectError
        )
        # The failure of the socket or the TLS handshake itself is the cause, as with httpx: the
        # retry rules read it (a refusal, an unknown name, a certificate, plain HTTP on a TLS port).
        cause = getattr(error, "certificate_error", None) or getattr(error, "os_error", None) or error
        raise kind(str(error), request=request) from cause
    except (aiohttp.SocketTimeoutError, aiohttp.ServerTimeoutError, TimeoutError) as error:
        raise httpx.ReadTimeout(str(error) or "timed out", request=request) from error
    except (aiohttp.ServerDisconnectedError, aiohttp.ClientPayloadError) as error:
        # The server closed the connection before a whole answer: what h11 calls a protocol error.
        raise httpx.RemoteProtocolError(str(error), request=request) from error
    except aiohttp.ClientResponseError as error:  # an answer that is not HTTP (bad status line, ...)
        raise httpx.RemoteProtocolError(str(error), request=request) from error
    except aiohttp.ClientOSError as error:  # a reset or broken pipe on an open connection
        kind = httpx.ReadError if reading else httpx.WriteError
        raise kind(str(error), request=request) from error
    except (aiohttp.InvalidURL, ValueError) as error:
        raise httpx.UnsupportedProtocol(str(error), request=request) from error
    except aiohttp.ClientError as error:
        raise httpx.TransportError(str(error), request=request) from error


class _Body(httpx.AsyncByteStream):
    """The body of an aiohttp response, read as it arrives; closing it frees the connection."""

    __slots__ = ("_done", "_request", "_response")

    def __init__(
        self, response: aiohttp.ClientResponse, request: httpx.Request, done: Callable[[], None]
    ) -> None:
        self._response = response
        self._request = request
        self._done: Callable[[], None] | None = done

    async def __aiter__(self) -> AsyncIterator[bytes]:
        content = self._response.content
        with _as_httpx_errors(self._request, reading=True):
            while True:
                chunk = await content.readany()
                if not chunk:
                    return
                yield chunk

    async def aclose(self) -> None:
        response = self._response
        try:
            if response.content.at_eof():
                response.release()  # the whole body was read: the connection goes back to the pool
            else:
                response.close()  # an unread rest: the connection can not be reused
        finally:
            done, self._done = self._done, None
            if done is not None:
                done()


def _timeouts(request: httpx.Request) -> aiohttp.ClientTimeout:
    timeout = request.extensions.get("timeout") or {}
    connect = timeout.get("connect")
    return aiohttp.ClientTimeout(
        total=None, connect=connect, sock_connect=connect, sock_read=timeout.get("read")
    )


class AiohttpPool(httpx.AsyncBaseTransport):
    """An httpx async transport over one ``aiohttp.ClientSession`` of the running event loop.

    :param ssl_context: the TLS context of https connections (verification included).
    :param limits: ``max_connections`` bounds the connections open at once (requests beyond it
        wait, at most their pool timeout); idle ones are closed after ``keepalive_expiry``.
    """

    def __init__(self, ssl_context: ssl.SSLContext, limits: httpx.Limits) -> None:
        self._ssl = ssl_context
        self._limits = limits
        self._session: aiohttp.ClientSession | None = None
        # Requests beyond max_connections wait here, first come first served, for at most their
        # pool timeout and then raise httpx.PoolTimeout, as in httpx's pool (aiohttp's own limit
        # would raise a connect timeout instead).
        self._slots = None if limits.max_connections is None else asyncio.Semaphore(limits.max_connections)

    async def _take_slot(self, request: httpx.Request) -> None:
        slots = self._slots
        if slots is None:
            return
        if not slots.locked():
            await slots.acquire()  # a free slot: no wait, no timer
            return
        timeout = (request.extensions.get("timeout") or {}).get("pool")
        try:
            await asyncio.wait_for(slots.acquire(), timeout)
        except TimeoutError:
            raise httpx.PoolTimeout(
                f"No connection came free within the pool timeout ({timeout:g} s): "
                f"all {self._limits.max_connections} were in use.",
                request=request,
            ) from None

    def _give_slot(self) -> None:
        if self._slots is not None:
            self._slots.release()

    def _open(self) -> aiohttp.ClientSession:
        limits = self._limits
        connector = aiohttp.TCPConnector(
            limit=0,  # bounded by the slots above
            limit_per_host=0,
            keepalive_timeout=limits.keepalive_expiry if limits.keepalive_expiry is not None else 15.0,
            ssl=self._ssl,
            resolver=aiohttp.ThreadedResolver(),  # the system's resolver, as httpx uses
        )
        logger.debug("aiohttp pool opened (at most %s connections)", limits.max_connections)
        session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),  # cookies are httpx's business, not the pool's
            auto_decompress=False,  # httpx decodes the body
            trust_env=False,  # proxies are decided above (a proxied client uses httpx's pool)
            skip_auto_headers=_SKIP_AUTO_HEADERS,
            raise_for_status=False,
        )
        # aiohttp sends an idempotent request a second time, unasked, when its connection drops
        # (aiohttp's own test client turns that off the same way): retries are the policy's alone,
        # so "disabled" means one attempt. tests/transport/test_aiohttp_pool.py fails if this stops
        # working.
        session._retry_connection = False
        return session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._session
        if session is None:
            session = self._session = self._open()
        headers = [(name.decode("latin-1"), value.decode("latin-1")) for name, value in request.headers.raw]
        data: Any
        try:
            data = request.content or None
        except httpx.RequestNotRead:
            # A stream: httpx's headers say how it is framed (a length, chunks, or no body at all).
            framing = request.headers.get("Transfer-Encoding") or request.headers.get("Content-Length")
            data = request.stream if framing else None
            # aiohttp writes the chunked framing itself (when no length is given).
            headers = [(name, value) for name, value in headers if name.lower() != "transfer-encoding"]
        await self._take_slot(request)
        try:
            with _as_httpx_errors(request, reading=False):
                response = await session.request(
                    request.method,
                    URL(str(request.url), encoded=True),
                    headers=headers,
                    data=data,
                    allow_redirects=False,
                    timeout=_timeouts(request),
                )
        except BaseException:
            self._give_slot()
            raise
        extensions: dict[str, Any] = {"http_version": b"HTTP/1.1"}
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode("latin-1", "replace")
        return httpx.Response(
            response.status,
            headers=list(response.raw_headers),
            stream=_Body(response, request, self._give_slot),
            request=request,
            extensions=extensions,
        )

    async def aclose(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            await session.close()


def pool_factory(ssl_context: ssl.SSLContext, limits: httpx.Limits) -> Callable[[], httpx.AsyncBaseTransport]:
    """What makes one event loop's pool over aiohttp."""
    return lambda: AiohttpPool(ssl_context, limits)
