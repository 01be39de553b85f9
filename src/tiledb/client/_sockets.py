"""Socket checks shared by the sync and async connection pools."""

from __future__ import annotations

import select
import socket

__all__ = ["is_readable"]


def is_readable(sock: socket.socket) -> bool:
    """Whether ``sock`` has something to read, or is at its end, right now (never blocks).

    An idle HTTP/1.1 connection has nothing to read: when its socket is readable the server
    closed it (or broke the protocol), and a request sent on it would fail. A socket that can
    not be polled counts as readable, so the connection is not reused.
    """
    try:
        if hasattr(select, "poll"):
            poller = select.poll()
            poller.register(sock, select.POLLIN)
            return bool(poller.poll(0))
        return bool(select.select([sock], [], [], 0)[0])
    except (OSError, ValueError):
        return True
