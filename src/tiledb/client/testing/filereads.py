"""The file store's reads: a file's bytes streamed from disk (from its pieces, when a multipart
upload left them as its parts), cut short on demand, and the ``Range`` header they answer."""

from __future__ import annotations

import asyncio
import re
from typing import TYPE_CHECKING, Any

from starlette.responses import Response

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from starlette.types import Receive, Scope, Send

__all__ = ["CHUNK", "FileBody", "parse_range", "until_disconnect"]

#: Bytes read from disk and sent at a time.
CHUNK = 1 << 16
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


class FileBody(Response):
    """A file answer streamed from disk; ``drop_after`` closes the connection after that many bytes."""

    def __init__(
        self,
        pieces: list[tuple[Path, int]] | None,
        start: int,
        length: int,
        status: int,
        headers: dict[str, str],
        transport: Any,
        drop_after: int | None,
        done: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(None, status, headers=headers)
        self._pieces = pieces
        self._start = start
        self._length = length
        self._transport = transport
        self._drop_after = drop_after
        self._done = done

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await self._answer(receive, send)
        finally:
            self._done()

    async def _answer(self, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        if self._pieces is None:  # HEAD
            await send({"type": "http.response.body", "body": b""})
            return
        left = self._length
        budget = self._drop_after
        offset = self._start  # within the piece being read
        for path, piece_size in self._pieces:
            if left <= 0:
                break
            if offset >= piece_size:
                offset -= piece_size
                continue
            with open(path, "rb") as f:
                f.seek(offset)
                offset = 0
                while left > 0:
                    size = min(CHUNK, left) if budget is None else min(CHUNK, left, budget)
                    if budget is not None and size == 0:
                        # Let the bytes written so far reach the socket, then cut it mid-body.
                        await asyncio.sleep(0.05)
                        self._transport.abort()
                        await until_disconnect(receive)
                        return
                    chunk = f.read(size)
                    if not chunk:
                        break
                    left -= len(chunk)
                    if budget is not None:
                        budget -= len(chunk)
                    await send({"type": "http.response.body", "body": chunk, "more_body": left > 0})
        if left > 0:
            await send({"type": "http.response.body", "body": b""})


async def until_disconnect(receive: Receive) -> None:
    """Wait until uvicorn has seen the connection go, so it does not complain of a short answer."""
    for _ in range(50):
        try:
            message = await asyncio.wait_for(receive(), 0.1)
        except TimeoutError:
            continue
        if message["type"] == "http.disconnect":
            return


def parse_range(header: str, size: int) -> tuple[int, int] | None:
    """``(first, last)`` byte of a single ``bytes=`` range, or ``None`` if it can not be served."""
    match = _RANGE.match(header.strip())
    if match is None:
        return None
    first, last = match.groups()
    if not first and not last:
        return None
    if not first:  # a suffix: the last N bytes
        count = int(last)
        if count == 0 or size == 0:
            return None
        return max(size - count, 0), size - 1
    start = int(first)
    end = size - 1 if not last else min(int(last), size - 1)
    if start >= size or end < start:
        return None
    return start, end
