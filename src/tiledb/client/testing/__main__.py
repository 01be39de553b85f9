"""``python -m tiledb.client.testing``: run a seeded fake server in the foreground until Ctrl-C."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from .server import FakeServer


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line, serve, and return the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m tiledb.client.testing",
        description="In-memory TileDB REST API v4 server for tests and demos.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="main port (default: 0, a free port)")
    parser.add_argument("--regional-port", type=int, default=0, help="regional listener port (default: free)")
    parser.add_argument("--no-seed", action="store_true", help="start empty (no alice, no token)")
    args = parser.parse_args(argv)

    server = FakeServer(args.host, args.port, regional_port=args.regional_port, seed=not args.no_seed)
    server.start()
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    print(f"TileDB fake server listening on {server.url} (regional listener: {server.regional_url})")
    if not args.no_seed:
        print(f"  basic auth : {server.username} / {server.password}")
        print(f"  workspace  : {server.workspace_name} ({server.workspace_id})")
        print(f"  teamspace  : {server.teamspace_name}")
        print(f"  API key    : {server.token}")
        print(f"  try        : curl -H 'X-TILEDB-REST-API-KEY: {server.token}' {server.url}/v4/users/self")
    print("Press Ctrl-C to stop.", flush=True)
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        print("stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
