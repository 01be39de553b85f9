"""A loopback HTTPS server speaking HTTP/2 and HTTP/1.1 (ALPN), for the connection-count benchmark.

    python bench/h2server.py --ca-file PATH

makes a test certificate authority (trustme), writes its certificate to ``PATH`` for the clients
to trust, prints ``PORT`` on its first line once hypercorn listens on 127.0.0.1, then serves until
its standard input closes. Routes, as in ``server.py``: ``/v4/users/self`` answers a
``UserSelfResponse``; ``/bench/connections`` answers ``{"opened": N}``, how many connections
(client ports) have carried a ``/v4`` request, and ``{"http2": K}`` how many of those spoke HTTP/2.
Needs the project's test dependencies (hypercorn, trustme).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bodies


class App:
    """The ASGI application: canned answers and the connection bookkeeping."""

    def __init__(self) -> None:
        self.self_user = bodies.encode(bodies.self_user())
        self.connections: dict[tuple[str, int], str] = {}

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        path = scope["path"]
        if path.startswith("/v4/"):
            client = scope.get("client") or ("?", 0)
            self.connections.setdefault((client[0], client[1]), scope.get("http_version", "1.1"))
        if path.startswith("/v4/users/self"):
            status, body = 200, self.self_user
        elif path.startswith("/bench/connections"):
            versions = list(self.connections.values())
            status = 200
            body = json.dumps({"opened": len(versions), "http2": versions.count("2")}).encode()
        else:
            status, body = 404, b'{"message": "not found in the benchmark server"}'
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


async def _main(ca_file: str) -> None:
    import trustme
    from hypercorn.asyncio import serve
    from hypercorn.config import Config

    ca = trustme.CA()
    ca.cert_pem.write_to_path(ca_file)
    cert = ca.issue_cert("localhost", "127.0.0.1")
    work = tempfile.mkdtemp(prefix="tiledb-bench-h2-")
    certfile, keyfile = Path(work, "cert.pem"), Path(work, "key.pem")
    cert.cert_chain_pems[0].write_to_path(str(certfile))
    cert.private_key_pem.write_to_path(str(keyfile))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = Config()
    config.bind = [f"127.0.0.1:{port}"]
    config.certfile, config.keyfile = str(certfile), str(keyfile)
    config.alpn_protocols = ["h2", "http/1.1"]
    config.accesslog = config.errorlog = None
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()

    def wait_for_stdin() -> None:
        try:
            sys.stdin.read()
        finally:
            loop.call_soon_threadsafe(stop.set)

    async def announce() -> None:
        while True:
            try:
                _, writer = await asyncio.open_connection("127.0.0.1", port)
                writer.close()
                break
            except OSError:
                await asyncio.sleep(0.02)
        print(port, flush=True)

    threading.Thread(target=wait_for_stdin, daemon=True).start()
    announcing = asyncio.create_task(announce())
    await serve(App(), config, shutdown_trigger=stop.wait)  # type: ignore[arg-type]
    announcing.cancel()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ca-file", required=True)
    args = parser.parse_args()
    asyncio.run(_main(args.ca_file))


if __name__ == "__main__":
    main()
