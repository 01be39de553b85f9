"""httpx's own connection pools, with the lifetime rules a long-lived client needs.

The stock ``httpx.HTTPTransport`` / ``httpx.AsyncHTTPTransport`` do the HTTP work. Two wrappers
decide when a pool exists:

* :class:`ReopeningTransport` (blocking) opens its pool on first use. ``close()`` releases the
  connections, yet the transport stays usable: the next request opens a new pool. A request that
  is in flight when ``close()`` runs finishes on its connection; the old pool closes once its last
  response is closed.
* :class:`PerLoopTransport` (async) keeps one pool per event loop, made when a loop first sends
  through it. httpcore's connections belong to the loop that opened them, so an Api object awaited
  in successive ``asyncio.run()`` calls, or in two threads each running a loop, gets a pool for
  each loop. A pool is closed on its own loop when that loop shuts down (``asyncio.run`` finalises
  the loop's async generators, which runs the guard of :mod:`tiledb.client._loop_guard`), so no
  socket is left to the garbage collector.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING

import httpx

from ._loop_guard import LoopGuard

if TYPE_CHECKING:
    import asyncio

__all__ = ["PerLoopTransport", "ReopeningTransport"]


class _Lease:
    """A pool and the number of responses still open on it; closed when retired and idle."""

    __slots__ = ("active", "pool", "retired")

    def __init__(self, pool: httpx.BaseTransport) -> None:
        self.pool = pool
        self.active = 0
        self.retired = False


class _LeasedStream(httpx.SyncByteStream):
    """A response body that gives its lease back when it is closed."""

    def __init__(self, stream: httpx.SyncByteStream, release: Callable[[], None]) -> None:
        self._stream = stream
        self._release: Callable[[], None] | None = release

    def __iter__(self) -> Iterator[bytes]:
        yield from self._stream

    def close(self) -> None:
        try:
            self._stream.close()
        finally:
            release, self._release = self._release, None
            if release is not None:
                release()


class ReopeningTransport(httpx.BaseTransport):
    """A blocking httpx transport made by ``factory`` on first use, and again after ``close()``."""

    def __init__(self, factory: Callable[[], httpx.BaseTransport], limits: httpx.Limits) -> None:
        self._factory = factory
        #: The limits ``factory`` gives each pool (for introspection).
        self.limits = limits
        self._lock = threading.Lock()
        self._lease: _Lease | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            lease = self._lease
            if lease is None:
                lease = self._lease = _Lease(self._factory())
            lease.active += 1
        try:
            response = lease.pool.handle_request(request)
        except BaseException:
            self._release(lease)
            raise
        assert isinstance(response.stream, httpx.SyncByteStream)
        response.stream = _LeasedStream(response.stream, lambda: self._release(lease))
        return response

    def _release(self, lease: _Lease) -> None:
        with self._lock:
            lease.active -= 1
            done = lease.retired and lease.active == 0
        if done:
            lease.pool.close()

    @property
    def is_open(self) -> bool:
        """Whether a pool is open (it may hold connections)."""
        return self._lease is not None

    def close(self) -> None:
        """Release the pool's connections; responses still open keep theirs until closed."""
        with self._lock:
            lease, self._lease = self._lease, None
            if lease is None:
                return
            lease.retired = True
            idle = lease.active == 0
        if idle:
            lease.pool.close()


class _LoopPool:
    """The async pool of one event loop, its open responses, and the guard that closes it."""

    __slots__ = ("active", "guard", "loop", "pool", "retired")

    def __init__(self, loop: asyncio.AbstractEventLoop, pool: httpx.AsyncBaseTransport) -> None:
        self.loop = loop
        self.pool = pool
        self.active = 0
        self.retired = False
        self.guard: LoopGuard | None = None


class _LeasedAsyncStream(httpx.AsyncByteStream):
    """An async response body that gives its lease back when it is closed."""

    def __init__(self, stream: httpx.AsyncByteStream, release: Callable[[], Awaitable[None]]) -> None:
        self._stream = stream
        self._release: Callable[[], Awaitable[None]] | None = release

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            release, self._release = self._release, None
            if release is not None:
                await release()


def _running_loop() -> asyncio.AbstractEventLoop | None:
    import asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:  # another event loop library (trio): no asyncio loop to key on
        return None


class PerLoopTransport(httpx.AsyncBaseTransport):
    """An async httpx transport that keeps one pool, made by ``factory``, per event loop.

    Outside asyncio (trio through anyio) one pool serves every call.
    """

    def __init__(self, factory: Callable[[], httpx.AsyncBaseTransport], limits: httpx.Limits) -> None:
        self._factory = factory
        #: The limits ``factory`` gives each pool (for introspection).
        self.limits = limits
        self._lock = threading.Lock()
        self._pools: dict[int, _LoopPool] = {}
        self._other: httpx.AsyncBaseTransport | None = None

    @property
    def open_loops(self) -> int:
        """How many event loops have an open pool here."""
        with self._lock:
            return sum(1 for entry in self._pools.values() if not entry.retired)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        loop = _running_loop()
        if loop is None:
            if self._other is None:
                self._other = self._factory()
            return await self._other.handle_async_request(request)
        entry, stale = self._checkout(loop)
        for old in stale:
            await old.pool.aclose()
        try:
            response = await entry.pool.handle_async_request(request)
        except BaseException:
            await self._release(entry)
            raise
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _LeasedAsyncStream(response.stream, lambda: self._release(entry))
        return response

    def _checkout(self, loop: asyncio.AbstractEventLoop) -> tuple[_LoopPool, list[_LoopPool]]:
        """The pool of ``loop`` (made if missing), with a lease taken; and pools left to close."""
        stale: list[_LoopPool] = []
        with self._lock:
            for key, other in list(self._pools.items()):
                if other.loop.is_closed():  # shut down without finalising its async generators
                    del self._pools[key]
            entry = self._pools.get(id(loop))
            if entry is not None and entry.retired:
                # close() ran while this loop was not running: close the old pool here, on its loop.
                del self._pools[id(loop)]
                if entry.active == 0:
                    stale.append(entry)
                entry = None
            if entry is None:
                entry = self._pools[id(loop)] = _LoopPool(loop, self._factory())
                entry.guard = LoopGuard(self._on_loop_shutdown(entry))
            entry.active += 1
        return entry, stale

    def _on_loop_shutdown(self, entry: _LoopPool) -> Callable[[], Awaitable[None]]:
        async def cleanup() -> None:
            with self._lock:
                if self._pools.get(id(entry.loop)) is entry:
                    del self._pools[id(entry.loop)]
            await entry.pool.aclose()

        return cleanup

    async def _release(self, entry: _LoopPool) -> None:
        with self._lock:
            entry.active -= 1
            done = entry.retired and entry.active == 0 and self._pools.get(id(entry.loop)) is not entry
        if done:
            await entry.pool.aclose()

    async def aclose(self) -> None:
        """Close the pool of the running loop now, and schedule the others' on their loops."""
        loop = _running_loop()
        current = None
        with self._lock:
            if loop is not None:
                found = self._pools.get(id(loop))
                if found is not None and found.active == 0:
                    current = self._pools.pop(id(loop))
        if current is not None:
            if current.guard is not None:
                current.guard.dismiss()
            await current.pool.aclose()
        self.close()
        other, self._other = self._other, None
        if other is not None:
            await other.aclose()

    def close(self) -> None:
        """Release every loop's pool, from any thread, without blocking.

        A pool whose loop is running is closed on that loop (in a task); one whose loop is idle is
        closed the next time that loop sends a request here, or when it shuts down. Responses
        still open keep their connection until they are closed.
        """
        import asyncio

        here = _running_loop()
        closable: list[_LoopPool] = []
        with self._lock:
            for key, entry in list(self._pools.items()):
                entry.retired = True
                if entry.active:
                    del self._pools[key]  # its last response closes it (see _release)
                elif entry.loop.is_running():
                    del self._pools[key]
                    closable.append(entry)
                # else: the loop is idle; its next request or its shutdown closes the pool there
        for entry in closable:
            if entry.guard is not None:
                entry.guard.dismiss()
            try:
                if entry.loop is here:
                    entry.loop.create_task(entry.pool.aclose())
                else:
                    asyncio.run_coroutine_threadsafe(entry.pool.aclose(), entry.loop)
            except RuntimeError:  # the loop stopped in between; its shutdown drops the sockets
                pass
