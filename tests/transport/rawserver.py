"""A raw loopback HTTP server for the connection pool tests: each test decides what goes on the wire."""

from __future__ import annotations

import socket
import ssl
import threading
import time
from collections.abc import Callable
from typing import BinaryIO

Handler = Callable[[socket.socket, "RawServer"], None]


class RawServer:
    """A loopback listener running ``handler(connection, server)`` in a thread per connection."""

    def __init__(self, handler: Handler, context: ssl.SSLContext | None = None) -> None:
        self._handler = handler
        self._context = context
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.lock = threading.Lock()
        self.accepted = 0
        self.open_now = 0
        self.most_open = 0
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self.lock:
                self.accepted += 1
            thread = threading.Thread(target=self._run, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _run(self, conn: socket.socket) -> None:
        with self.lock:
            self.open_now += 1
            self.most_open = max(self.most_open, self.open_now)
        try:
            conn.settimeout(5)
            if self._context is not None:
                conn = self._context.wrap_socket(conn, server_side=True)
            self._handler(conn, self)
        except (OSError, ssl.SSLError):
            pass
        finally:
            with self.lock:
                self.open_now -= 1
            conn.close()

    def stop(self) -> None:
        self._stop.set()
        self._listener.close()
        self._thread.join(5)
        for thread in self._threads:
            thread.join(5)


def read_request(reader: BinaryIO, server: RawServer) -> bool:
    """Read one request into ``server.requests``; ``False`` when the client closed the connection."""
    line = reader.readline()
    if not line:
        return False
    method, target, _ = line.decode("latin-1").split(" ", 2)
    headers: dict[str, str] = {}
    raw_names: list[str] = []
    while (header := reader.readline()) not in (b"\r\n", b""):
        name, _, value = header.decode("latin-1").partition(":")
        raw_names.append(name.lower())
        headers[name.lower()] = value.strip()
    headers["__names__"] = ",".join(raw_names)
    body = b""
    if headers.get("transfer-encoding") == "chunked":
        while (size := int(reader.readline().strip(), 16)) > 0:
            body += reader.read(size)
            reader.readline()
        reader.readline()
    elif "content-length" in headers:
        body = reader.read(int(headers["content-length"]))
    with server.lock:
        server.requests.append((method, target, headers, body))
    return True


def keep_alive(answer: bytes, delay: float = 0.0) -> Handler:
    """Answer every request of a connection with ``answer`` (after ``delay``) until the client leaves."""

    def handle(conn: socket.socket, server: RawServer) -> None:
        reader = conn.makefile("rb")
        while read_request(reader, server):
            if delay:
                time.sleep(delay)
            conn.sendall(answer)

    return handle


def ok(body: bytes = b"ok", extra: str = "") -> bytes:
    return f"HTTP/1.1 200 OK\r\nContent-Length: {len(body)}\r\n{extra}\r\n".encode() + body
