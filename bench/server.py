"""A minimal loopback HTTP/1.1 server with canned, schema-valid answers, for the benchmarks.

It must never be the bottleneck: answers are encoded once and cached, the request is parsed only
as far as its first line and its ``Content-Length``, connections are kept alive, and it runs in a
process of its own. Standard library only, so any interpreter can run it.

    python bench/server.py [--delay SECONDS] [--port PORT]

prints ``PORT`` on its first line once it listens, then serves until its standard input closes
(or it is terminated). Routes (any method, any credentials):

* ``/v4/users/self``: a ``UserSelfResponse``;
* ``/v4/assets/list/...?per_page=N``: an ``AssetListResponse`` of N assets (default 1,000);
* ``/v4/assets/list/.../paged-T?page=P&per_page=N``: page P of a listing of T assets in pages of
  N, with the pagination metadata saying so (for the high-level Pager case);
* ``/v4/workspaces/...``: a ``WorkspaceGetResponse`` (the workspace ``acme``);
* ``/bench/connections``: ``{"opened": N}``, how many connections have carried a ``/v4`` request;
* anything else: 404 with an ``Error`` document, and a line on stderr.

``--delay`` makes every answer wait that long first (concurrently, as a slow server would).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import threading
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bodies

_HEAD = "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {length}\r\n\r\n"


def _answer(status: str, body: bytes) -> bytes:
    return _HEAD.format(status=status, length=len(body)).encode() + body


class Answers:
    """Encoded answers by request target, built on first use; and the connection count."""

    def __init__(self) -> None:
        self._self_user = _answer("200 OK", bodies.encode(bodies.self_user()))
        self._lists: dict[int, bytes] = {}
        self._pages: dict[tuple[int, int, int], bytes] = {}
        self._workspace = _answer("200 OK", bodies.encode(bodies.workspace()))
        self._asset = _answer("200 OK", bodies.encode({"data": bodies.asset(0)}))
        self.connections = 0

    def _page(self, target: str) -> bytes:
        parts = urlsplit(target)
        total = int(parts.path.rsplit("/paged-", 1)[1])
        query = parse_qs(parts.query)
        page = int(query.get("page", ["1"])[0])
        per_page = int(query.get("per_page", ["100"])[0])
        key = (total, page, per_page)
        answer = self._pages.get(key)
        if answer is None:
            answer = self._pages[key] = _answer(
                "200 OK", bodies.encode(bodies.asset_page(total, page, per_page))
            )
        return answer

    def for_target(self, target: str) -> bytes:
        if target.startswith("/bench/connections"):
            return _answer("200 OK", b'{"opened": %d}' % self.connections)
        if target.startswith("/v4/users/self"):
            return self._self_user
        if target.startswith("/v4/workspaces/"):
            # What a session looks up once when its profile names the workspace (acme).
            return self._workspace
        if target.startswith("/v4/assets/item/"):
            # An AssetGetResponse, whatever the asset is named by (path or id).
            return self._asset
        if target.startswith("/v4/assets/list/") and "/paged-" in target:
            return self._page(target)
        if target.startswith("/v4/assets/list/"):
            query = parse_qs(urlsplit(target).query)
            count = int(query.get("per_page", ["1000"])[0])
            answer = self._lists.get(count)
            if answer is None:
                answer = self._lists[count] = _answer("200 OK", bodies.encode(bodies.asset_list(count)))
            return answer
        sys.stderr.write(f"bench server: no canned answer for {target}\n")
        return _answer("404 Not Found", b'{"message": "not found in the benchmark server"}')


async def _serve_connection(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, answers: Answers, delay: float
) -> None:
    counted = False
    try:
        while True:
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, ConnectionError):
                return
            lines = head.split(b"\r\n")
            target = lines[0].split(b" ")[1].decode("latin-1")
            if not counted and target.startswith("/v4/"):
                counted = True
                answers.connections += 1
            for line in lines[1:]:
                if line[:15].lower() == b"content-length:":
                    await reader.readexactly(int(line[15:]))
                    break
            if delay:
                await asyncio.sleep(delay)
            writer.write(answers.for_target(target))
            await writer.drain()
    except (ConnectionError, asyncio.IncompleteReadError):
        pass
    finally:
        writer.close()


async def _main(port: int, delay: float) -> None:
    answers = Answers()
    answers.for_target("/v4/assets/list/a/b/c?per_page=1000")  # warm the usual answer

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _serve_connection(reader, writer, answers, delay)

    server = await asyncio.start_server(handle, "127.0.0.1", port, backlog=1024)
    print(server.sockets[0].getsockname()[1], flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()

    def wait_for_stdin() -> None:
        try:
            sys.stdin.read()
        finally:
            loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=wait_for_stdin, daemon=True).start()
    async with server:
        await stop.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--delay", type=float, default=0.0)
    args = parser.parse_args()
    asyncio.run(_main(args.port, args.delay))


if __name__ == "__main__":
    main()
