"""The async transport's connections: small httpcore pools whose sockets are plain asyncio streams.

httpcore reaches the network through a backend. Its default one goes through anyio, which costs
a quarter of the CPU of a burst of small requests here (a dict of socket attributes built on
every readability check, a cancel scope around every read and write). Under asyncio this
transport gives httpcore :class:`AsyncioBackend` instead: ``asyncio.open_connection``,
``StreamReader.read`` and ``StreamWriter.write`` under ``asyncio.timeout``. Under any other event
loop (trio) it falls back to httpcore's anyio backend. 200 calls at once against a server that
answers after 20 ms: about 105 ms with the anyio backend, 80 ms with this one.

httpcore's async pool also does work proportional to (queued requests x connections) whenever a
request starts or ends, so one pool of a hundred connections is slower under a burst than ten
pools of ten (encode/httpx#3215): :class:`ShardedAsyncTransport` spreads requests over pools of at
most ``shard_size`` connections and turns httpcore's answers and errors into httpx's.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import ssl
from collections.abc import AsyncIterator, Iterable
from typing import Any, cast

import httpcore
import httpx
import sniffio

from ._sockets import is_readable
from ._tls import default_verify_context, unverified_context

__all__ = ["ASYNC_SHARD_SIZE", "AsyncioBackend", "ShardedAsyncTransport"]

#: Most connections one httpcore pool of an async transport holds.
ASYNC_SHARD_SIZE = 4

_SocketOption = tuple[int, int, int] | tuple[int, int, bytes | bytearray] | tuple[int, int, None, int]


class AsyncioStream(httpcore.AsyncNetworkStream):
    """One connection as an asyncio stream pair, raising httpcore's exceptions."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._reader = reader
        self._writer = writer

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            async with asyncio.timeout(timeout):
                return await self._reader.read(max_bytes)
        except TimeoutError as error:
            raise httpcore.ReadTimeout(str(error) or "Timed out while reading") from error
        except OSError as error:
            raise httpcore.ReadError(str(error) or type(error).__name__) from error

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        try:
            self._writer.write(buffer)
            async with asyncio.timeout(timeout):
                await self._writer.drain()
        except TimeoutError as error:
            raise httpcore.WriteTimeout(str(error) or "Timed out while writing") from error
        except OSError as error:
            raise httpcore.WriteError(str(error) or type(error).__name__) from error

    async def aclose(self) -> None:
        self._writer.close()
        with contextlib.suppress(OSError):  # the peer went first: closed all the same
            await self._writer.wait_closed()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                await self._writer.start_tls(ssl_context, server_hostname=server_hostname)
        except TimeoutError as error:
            await self.aclose()
            raise httpcore.ConnectTimeout(str(error) or "Timed out during the TLS handshake") from error
        except OSError as error:  # ssl.SSLError included: a certificate that fails verification
            await self.aclose()
            raise httpcore.ConnectError(str(error) or type(error).__name__) from error
        return self

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":
            sock = self._writer.get_extra_info("socket")
            return sock is None or is_readable(sock)
        if info in ("ssl_object", "socket"):
            return self._writer.get_extra_info(info)
        if info == "client_addr":
            return self._writer.get_extra_info("sockname")
        if info == "server_addr":
            return self._writer.get_extra_info("peername")
        return None


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend on plain asyncio streams; anyio's under other event loops."""

    def __init__(self) -> None:
        self._other = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[_SocketOption] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        if sniffio.current_async_library() != "asyncio":
            return await self._other.connect_tcp(host, port, timeout, local_address, socket_options)
        local = None if local_address is None else (local_address, 0)
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_connection(host, port, local_addr=local)
        except TimeoutError as error:
            raise httpcore.ConnectTimeout(str(error) or "Timed out while connecting") from error
        except OSError as error:
            raise httpcore.ConnectError(str(error) or type(error).__name__) from error
        sock = writer.get_extra_info("socket")
        for option in socket_options or ():
            sock.setsockopt(*option)
        return AsyncioStream(reader, writer)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[_SocketOption] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        return await self._other.connect_unix_socket(path, timeout, socket_options)

    async def sleep(self, seconds: float) -> None:
        if sniffio.current_async_library() != "asyncio":
            await self._other.sleep(seconds)
        else:
            await asyncio.sleep(seconds)


# httpcore's exceptions and the httpx ones its users see, the most specific first.
_ERRORS: tuple[tuple[type[Exception], type[httpx.TransportError]], ...] = (
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.ProxyError, httpx.ProxyError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
)


def _as_httpx(error: Exception) -> Exception:
    for core, mapped in _ERRORS:
        if isinstance(error, core):
            return mapped(str(error))
    return error


class _ResponseStream(httpx.AsyncByteStream):
    """An httpcore response body as httpx's, with httpx's exceptions."""

    def __init__(self, stream: AsyncIterator[bytes]) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for part in self._stream:
                yield part
        except Exception as error:
            mapped = _as_httpx(error)
            if mapped is error:
                raise
            raise mapped from error

    async def aclose(self) -> None:
        aclose = getattr(self._stream, "aclose", None)
        if aclose is not None:
            await aclose()


class ShardedAsyncTransport(httpx.AsyncBaseTransport):
    """Several small httpcore connection pools behind one async transport, used in turn.

    :param verify: the TLS context, ``True`` for the default one (see :mod:`tiledb.client._tls`),
        ``False`` to skip certificate and hostname verification.
    :param limits: connection limits of the transport as a whole.
    :param shard_size: the most connections of one pool.
    """

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | bool,
        limits: httpx.Limits,
        shard_size: int = ASYNC_SHARD_SIZE,
    ) -> None:
        if isinstance(verify, ssl.SSLContext):
            context = verify
        else:
            context = default_verify_context() if verify else unverified_context()
        total = limits.max_connections or 100
        count = max(1, -(-total // shard_size))
        keepalive = total if limits.max_keepalive_connections is None else limits.max_keepalive_connections
        backend = AsyncioBackend()
        self._shards = [
            httpcore.AsyncConnectionPool(
                ssl_context=context,
                max_connections=-(-total // count),
                max_keepalive_connections=-(-keepalive // count),
                keepalive_expiry=limits.keepalive_expiry,
                network_backend=backend,
            )
            for _ in range(count)
        ]
        self._turn = itertools.count()

    @property
    def shards(self) -> int:
        """How many pools the connections are spread over."""
        return len(self._shards)

    def open_connections(self) -> list[int]:
        """Connections open now, per pool."""
        return [len(shard.connections) for shard in self._shards]

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        shard = self._shards[next(self._turn) % len(self._shards)]
        url = request.url
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path),
            headers=request.headers.raw,
            content=cast(AsyncIterator[bytes], request.stream),
            extensions=request.extensions,
        )
        try:
            response = await shard.handle_async_request(core_request)
        except Exception as error:
            mapped = _as_httpx(error)
            if mapped is error:
                raise
            raise mapped from error
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_ResponseStream(cast(AsyncIterator[bytes], response.stream)),
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        for shard in self._shards:
            await shard.aclose()
