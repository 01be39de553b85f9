"""The fake server's uvicorn plumbing: an app endpoint for every method, a protocol that hands the
connection to faults, a server that stops at once when asked, and the record kept of each request."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import uvicorn
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

if TYPE_CHECKING:
    from starlette.datastructures import Headers, QueryParams

    from .faults import Fault, Listener

__all__ = ["TRANSPORT_KEY", "Endpoint", "RecordedRequest", "TransportAwareH11Protocol", "WakeableServer"]

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


@dataclass
class RecordedRequest:
    """One request as the server received it."""

    method: str
    #: Path exactly as sent, still percent-encoded (no query string).
    path: str
    query_string: str
    params: QueryParams
    headers: Headers
    #: The body as received; empty for the file store's calls, whose bodies go to disk.
    body: bytes
    #: ``"main"`` or ``"regional"``: which listener received the request.
    listener: Listener
    url: str
    request_id: str
    timestamp: float = field(default_factory=time.time)
    operation_id: str | None = None
    #: Status of the answer; ``None`` while pending or when the connection was dropped.
    status: int | None = None
    fault: Fault | None = None
    #: ``(host, port)`` of the client's end of the connection: requests that share it came over
    #: one connection, so ``len({r.peer for r in server.requests})`` counts connections used.
    peer: tuple[str, int] | None = None

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.body)
