"""The fake server's uvicorn plumbing: an app endpoint for every method, a protocol that hands the
connection to faults, and a server that stops at once when asked."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import Awaitable, Callable

import uvicorn
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

__all__ = ["TRANSPORT_KEY", "Endpoint", "TransportAwareH11Protocol", "WakeableServer"]

#: Where a request's ``scope["state"]`` holds its connection's transport.
TRANSPORT_KEY = "tiledb.client.testing.transport"


class TransportAwareH11Protocol(H11Protocol):
    """uvicorn's h11 protocol that exposes the connection's transport to the app.

    The transport is put into the per-request ``scope["state"]`` so a fault can close the TCP
    connection before any byte of an answer is written.
    """

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        sock = transport.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.app_state = {**self.app_state, TRANSPORT_KEY: transport}


class Endpoint:
    """ASGI adapter around ``async (Request) -> Response``, accepting every HTTP method."""

    def __init__(self, handle: Callable[[Request], Awaitable[Response]]) -> None:
        self._handle = handle

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = await self._handle(Request(scope, receive, send))
        await response(scope, receive, send)


class WakeableServer(uvicorn.Server):
    """uvicorn server whose idle loop wakes up as soon as :meth:`FakeServer.stop` asks it to exit."""

    wake: asyncio.Event | None = None

    async def main_loop(self) -> None:
        if self.wake is None or not hasattr(self, "on_tick"):  # pragma: no cover - other uvicorn
            await super().main_loop()
            return
        counter = 0
        while not await self.on_tick(counter):
            counter = (counter + 1) % 864000
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.wake.wait(), 0.1)
