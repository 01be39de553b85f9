"""The sync transport's HTTP/1.1 connections: the standard library's ``http.client`` in a pool.

httpx's own sync transport needs httpcore and h11: about 12 ms of imports (and more at interpreter
exit) that every new process paid before its first request, a fifth of a CLI call's or a
serverless function's cold start. ``http.client`` is already loaded, because httpx imports it
itself. This transport keeps keep-alive connections per origin within ``httpx.Limits`` and turns
every failure into the exception httpx's own transport raises for it, so the retry policy of
:mod:`tiledb.client._retry` decides exactly as before. Async clients use the httpcore pools of
:mod:`tiledb.client._async_pool`; requests through a proxy use httpx's own transport.

Limits: at most ``max_connections`` requests are in flight (a request waits for a slot at most
the pool timeout, first come first served, then fails with ``PoolTimeout``) and at most that many
connections are open; at most ``max_keepalive_connections`` idle connections are kept, each for at
most ``keepalive_expiry`` seconds. An idle connection the server has closed (or sent anything on)
is never reused. A server's answer is returned even when it came, and the connection closed,
before the whole request body was sent. A streamed response dropped without being closed is
ended at the pool's next request.

Connections opened and closed are logged at DEBUG to ``tiledb.client.connections`` (origin and
reason only).
"""

from __future__ import annotations

import collections
import http.client
import logging
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from typing import cast

import httpx

from ._sockets import is_readable
from ._tls import default_verify_context, unverified_context

__all__ = ["ConnectionPool", "FairSlots"]

logger = logging.getLogger("tiledb.client.connections")

#: Bytes read from the socket at a time while a response body is streamed.
READ_SIZE = 64 * 1024

_Origin = tuple[str, str, int]


class FairSlots:
    """A counting semaphore that serves waiters first come, first served.

    ``threading.Semaphore`` lets a thread that releases a slot take it straight back, so
    under load some waiters starve; here a released slot goes to the oldest waiter.
    """

    def __init__(self, slots: int) -> None:
        self._lock = threading.Lock()
        self._free = slots
        self._waiters: collections.deque[threading.Lock] = collections.deque()

    def acquire(self, timeout: float | None) -> bool:
        """Take a slot, waiting at most ``timeout`` seconds (``None``: for ever)."""
        with self._lock:
            if self._free > 0 and not self._waiters:
                self._free -= 1
                return True
            waiter = threading.Lock()
            waiter.acquire()
            self._waiters.append(waiter)
        if waiter.acquire(timeout=-1 if timeout is None else max(timeout, 0.0)):
            return True  # a release handed its slot over
        with self._lock:
            try:
                self._waiters.remove(waiter)
            except ValueError:
                return True  # handed over just as the wait timed out: the slot is ours
            return False

    def release(self) -> None:
        """Give a slot back, to the oldest waiter if there is one."""
        with self._lock:
            if self._waiters:
                self._waiters.popleft().release()
            else:
                self._free += 1


class _Idle:
    __slots__ = ("connection", "origin", "since")

    def __init__(self, connection: http.client.HTTPConnection, origin: _Origin, since: float) -> None:
        self.connection = connection
        self.origin = origin
        self.since = since


def _is_dropped(connection: http.client.HTTPConnection) -> bool:
    """Whether an idle connection can not carry another request (see :func:`is_readable`)."""
    sock = connection.sock
    return sock is None or is_readable(sock)


def _set_timeout(sock: socket.socket, timeout: float | None) -> None:
    """Set a socket's timeout only when it changes.

    ``settimeout`` is a system call made without the GIL; a thread that gives the GIL away while
    others parse answers may wait a whole switch interval to get it back. Read and write
    timeouts are usually equal, so most requests need no call at all.
    """
    if sock.gettimeout() != timeout:
        sock.settimeout(timeout)


def _check_framing(response: http.client.HTTPResponse) -> None:
    """Refuse an answer whose body length can not be trusted.

    ``http.client`` reads a body with an invalid or contradictory ``Content-Length`` until the
    connection closes; httpx's own transport refuses such an answer, and so does this one.
    """
    lengths = response.msg.get_all("content-length") or []
    if not lengths or response.chunked:
        return
    values = {value.strip() for value in ",".join(lengths).split(",")}
    if len(values) != 1 or not next(iter(values)).isdigit():
        response.close()
        raise httpx.RemoteProtocolError("The answer's Content-Length header is invalid")


class ConnectionPool(httpx.BaseTransport):
    """An ``httpx`` transport sending HTTP/1.1 with ``http.client`` over pooled connections.

    :param verify: the TLS context for ``https://`` origins; ``True`` for the default one
        (:func:`tiledb.client._tls.default_verify_context`), made when the first ``https://``
        connection opens; ``False`` to skip certificate and hostname verification.
    :param limits: connection limits, as for ``httpx.HTTPTransport``.
    :param clock: monotonic seconds, for keep-alive expiry (replaceable in tests).
    """

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | bool,
        limits: httpx.Limits,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not isinstance(verify, ssl.SSLContext | bool):
            raise TypeError(f"verify must be an ssl.SSLContext or a bool, not {type(verify).__name__}")
        self._verify: ssl.SSLContext | bool = verify
        self._max_connections = limits.max_connections or 100
        keepalive = limits.max_keepalive_connections
        self._max_idle = self._max_connections if keepalive is None else keepalive
        self._expiry = limits.keepalive_expiry
        self._clock = clock
        self._slots = FairSlots(self._max_connections)
        self._lock = threading.Lock()
        self._idle: list[_Idle] = []  # oldest first
        # Connections carrying a request: held here so that a response dropped unclosed is closed
        # by its body's finalizer, never by the garbage collector finding the socket first.
        self._busy: set[http.client.HTTPConnection] = set()
        # Exchanges whose response was garbage collected unclosed, to end at the next request.
        self._dropped: collections.deque[tuple[http.client.HTTPConnection, _Origin]] = collections.deque()
        self._open = 0
        self._closed = False

    # -- connections

    def _context(self) -> ssl.SSLContext:
        """The TLS context, made on first use: a plain ``http://`` session never needs one."""
        verify = self._verify
        if isinstance(verify, ssl.SSLContext):
            return verify
        with self._lock:
            if not isinstance(self._verify, ssl.SSLContext):
                self._verify = default_verify_context() if self._verify else unverified_context()
            return self._verify

    def _checkout(self, origin: _Origin) -> http.client.HTTPConnection | None:
        """The newest live idle connection to ``origin``; expired and dropped ones are closed."""
        stale: list[http.client.HTTPConnection] = []
        found = None
        with self._lock:
            idle = self._idle
            if self._expiry is not None and idle:
                # Oldest first: the expired ones are a prefix, and usually there are none.
                oldest_kept = self._clock() - self._expiry
                while idle and idle[0].since < oldest_kept:
                    stale.append(idle.pop(0).connection)
                self._open -= len(stale)
            for index in range(len(idle) - 1, -1, -1):
                if idle[index].origin == origin:
                    found = idle.pop(index).connection
                    break
        for connection in stale:
            connection.close()
        if stale:
            logger.debug("Closed %d connections idle for more than %g s", len(stale), self._expiry)
        if found is not None and _is_dropped(found):
            self._discard(found)
            logger.debug("Closed an idle connection to %s://%s:%d that the server closed", *origin)
            return None
        return found

    def _connect(self, origin: _Origin, timeout: float | None) -> http.client.HTTPConnection:
        scheme, host, port = origin
        evicted = None
        with self._lock:
            if self._closed:
                raise RuntimeError("Cannot send a request, as the transport has been closed.")
            if self._open >= self._max_connections and self._idle:
                evicted = self._idle.pop(0).connection
                self._open -= 1
            self._open += 1
        if evicted is not None:
            evicted.close()
        connection: http.client.HTTPConnection
        if scheme == "https":
            connection = http.client.HTTPSConnection(host, port, timeout=timeout, context=self._context())
        else:
            connection = http.client.HTTPConnection(host, port, timeout=timeout)
        started = time.monotonic()
        try:
            connection.connect()
        except BaseException as error:
            self._discard(connection)
            logger.debug("Could not connect to %s://%s:%d: %s", scheme, host, port, type(error).__name__)
            if isinstance(error, TimeoutError):
                raise httpx.ConnectTimeout(str(error) or "Timed out while connecting") from error
            if isinstance(error, OSError):
                raise httpx.ConnectError(str(error)) from error
            raise
        if logger.isEnabledFor(logging.DEBUG):
            ms = (time.monotonic() - started) * 1000.0
            logger.debug("Connected to %s://%s:%d in %.1f ms (%d open)", scheme, host, port, ms, self._open)
        return connection

    def _discard(self, connection: http.client.HTTPConnection) -> None:
        connection.close()
        with self._lock:
            self._open -= 1

    def _give_back(self, connection: http.client.HTTPConnection, origin: _Origin) -> None:
        """Keep a connection whose exchange is complete for the next request, or close it."""
        evicted = None
        kept = False
        with self._lock:
            if not self._closed and self._max_idle > 0 and connection.sock is not None:
                if len(self._idle) >= self._max_idle:
                    evicted = self._idle.pop(0).connection
                    self._open -= 1
                self._idle.append(_Idle(connection, origin, self._clock()))
                kept = True
        if evicted is not None:
            evicted.close()
        if not kept:
            self._discard(connection)

    # -- requests

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        while self._dropped:
            connection, origin = self._dropped.popleft()
            self._finished(connection, origin, reusable=False)
        timeouts = request.extensions.get("timeout", {})
        if not self._slots.acquire(timeout=timeouts.get("pool")):
            raise httpx.PoolTimeout("Timed out waiting for a connection of the pool")
        try:
            return self._exchange(request, timeouts)
        except BaseException:
            self._slots.release()
            raise

    def _exchange(self, request: httpx.Request, timeouts: dict[str, float | None]) -> httpx.Response:
        url = request.url
        scheme = url.scheme
        if scheme not in ("http", "https"):
            raise httpx.UnsupportedProtocol(f"Request URL has an unsupported protocol '{scheme}://'.")
        if not url.host:
            raise httpx.UnsupportedProtocol("Request URL is missing a host.")
        # raw_host: the name as httpx encoded it (IDNA 2008 punycode), as in the Host header
        origin = (scheme, url.raw_host.decode("ascii"), url.port or (443 if scheme == "https" else 80))
        connection = self._checkout(origin) or self._connect(origin, timeouts.get("connect"))
        with self._lock:
            self._busy.add(connection)
        try:
            response = self._send(connection, request, timeouts)
        except BaseException:
            self._finished(connection, origin, reusable=False, release=False)
            raise
        headers = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in response.getheaders()]
        return httpx.Response(
            response.status,
            headers=headers,
            stream=_ResponseBody(self, connection, origin, response),
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": response.reason.encode("latin-1")},
        )

    def _send(
        self,
        connection: http.client.HTTPConnection,
        request: httpx.Request,
        timeouts: dict[str, float | None],
    ) -> http.client.HTTPResponse:
        sock = connection.sock
        assert sock is not None  # connected by _connect or kept open while idle
        chunked = request.headers.get("transfer-encoding", "").lower() == "chunked"
        try:
            body: bytes | Iterator[bytes] | None = request.content or None
        except httpx.RequestNotRead:
            body = iter(cast(httpx.SyncByteStream, request.stream))  # a one-shot stream, sent as it comes
        try:
            _set_timeout(sock, timeouts.get("write"))
            connection.putrequest(
                request.method,
                url=request.url.raw_path.decode("ascii"),
                skip_host=True,
                skip_accept_encoding=True,
            )
            for name, value in request.headers.raw:
                connection.putheader(name, value)
            connection.endheaders(body, encode_chunked=chunked)
        except TimeoutError as error:
            raise httpx.WriteTimeout(str(error) or "Timed out while sending the request") from error
        except ValueError as error:  # an illegal header name or value, a control character in the URL
            raise httpx.LocalProtocolError(str(error)) from error
        except (OSError, http.client.HTTPException) as error:
            # A server may answer before it has read the whole body (a 413, a 401, a 503) and
            # close the connection: its answer is what the caller should see, so read it; the
            # write error stands only when there is no answer.
            write_error = httpx.WriteError(str(error) or type(error).__name__)
            try:
                return self._receive(connection, sock, timeouts)
            except httpx.TransportError:
                raise write_error from error
        return self._receive(connection, sock, timeouts)

    @staticmethod
    def _receive(
        connection: http.client.HTTPConnection, sock: socket.socket, timeouts: dict[str, float | None]
    ) -> http.client.HTTPResponse:
        """The status line and headers of the answer, as httpx's exceptions when they fail."""
        try:
            _set_timeout(sock, timeouts.get("read"))
            response = connection.getresponse()
        except TimeoutError as error:
            raise httpx.ReadTimeout(str(error) or "Timed out while waiting for the response") from error
        except http.client.RemoteDisconnected as error:
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.") from error
        except http.client.HTTPException as error:
            raise httpx.RemoteProtocolError(f"Malformed response: {type(error).__name__}") from error
        except OSError as error:
            raise httpx.ReadError(str(error) or type(error).__name__) from error
        _check_framing(response)
        return response

    def _finished(
        self, connection: http.client.HTTPConnection, origin: _Origin, reusable: bool, release: bool = True
    ) -> None:
        """End an exchange: keep or close its connection, and give its slot back unless told not to."""
        with self._lock:
            self._busy.discard(connection)
        if reusable:
            self._give_back(connection, origin)
        else:
            self._discard(connection)
        if release:
            self._slots.release()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
            self._open -= len(idle)
        for entry in idle:
            entry.connection.close()

    @property
    def open_connections(self) -> int:
        """Connections open now, in use or idle."""
        return self._open

    @property
    def max_connections(self) -> int:
        """The most connections open, and requests in flight, at once."""
        return self._max_connections


class _ResponseBody(httpx.SyncByteStream):
    """A response body read from its connection; closing it ends the exchange.

    A body read to its end leaves the connection reusable (unless the server said it closes it);
    a body closed early closes the connection, since the rest of it would still arrive on it.
    """

    def __init__(
        self,
        pool: ConnectionPool,
        connection: http.client.HTTPConnection,
        origin: _Origin,
        response: http.client.HTTPResponse,
    ) -> None:
        self._pool: ConnectionPool | None = pool
        self._connection = connection
        self._origin = origin
        self._response = response
        self._failed = False

    def __iter__(self) -> Iterator[bytes]:
        response = self._response
        self._failed = True  # until the body has been read to its end
        try:
            while True:
                chunk = response.read(READ_SIZE)
                if not chunk:
                    break
                yield chunk
        except TimeoutError as error:
            raise httpx.ReadTimeout(str(error) or "Timed out while reading the response") from error
        except http.client.IncompleteRead as error:
            raise httpx.RemoteProtocolError(
                f"The server closed the connection after {len(error.partial)} bytes of the body"
                + (f", {error.expected} more were expected" if error.expected is not None else "")
            ) from error
        except http.client.HTTPException as error:
            raise httpx.RemoteProtocolError(f"Malformed response body: {type(error).__name__}") from error
        except OSError as error:
            raise httpx.ReadError(str(error) or type(error).__name__) from error
        if response.length:  # read(amt) reports a body cut short as its end
            raise httpx.RemoteProtocolError(
                f"The server closed the connection with {response.length} bytes of the body missing"
            )
        self._failed = False

    def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        response = self._response
        complete = not self._failed and response.isclosed() and not response.length
        reusable = complete and not response.will_close
        response.close()
        pool._finished(self._connection, self._origin, reusable)

    def __del__(self) -> None:
        # A streamed response dropped unclosed would hold its slot of the pool for ever: after
        # max_connections of them every request would wait for the pool timeout. The garbage
        # collector may run this in the middle of the pool's own locked code, so it takes no lock:
        # the pool closes the connection and frees the slot at its next request.
        pool = self._pool
        if pool is not None:
            self._pool = None
            pool._dropped.append((self._connection, self._origin))
