"""The connections under the transport: httpx's own pools with the lifetime rules a long-lived
client needs, and the TLS contexts they use.

The stock ``httpx.HTTPTransport`` / ``httpx.AsyncHTTPTransport`` do the HTTP work. Two wrappers
decide when a pool exists:

* :class:`ReopeningTransport` (blocking) opens its pool on first use. ``close()`` releases the
  connections, yet the transport stays usable: the next request opens a new pool. A request that
  is in flight when ``close()`` runs finishes on its connection; the old pool closes once its last
  response is closed.
* :class:`PerLoopTransport` (async) keeps one pool per event loop, made when a loop first sends
  through it. httpcore's connections belong to the loop that opened them, so an Api object awaited
  in successive ``asyncio.run()`` calls, or in two threads each running a loop, gets a pool for
  each loop. A pool is closed on its own loop when that loop shuts down, by a :class:`LoopGuard`:
  ``asyncio.run()`` offers no shutdown callback, but it does finalise every live async generator
  of the loop before closing it (``loop.shutdown_asyncgens()``), which runs the generator's
  ``finally`` block on the loop. A guard is such a generator, parked at its first ``yield``; its
  ``finally`` closes the pool. No socket is left to the garbage collector.

:class:`DeferredCAContext` verifies exactly like ``ssl.create_default_context(cafile=...)`` but
reads its CA bundle when the first handshake starts, so a session that only ever talks plain
``http://`` (a local or test server) never parses one.
"""

from __future__ import annotations

import collections
import contextlib
import os
import ssl
import threading
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "DeferredCAContext",
    "LoopGuard",
    "PerLoopTransport",
    "ReopeningTransport",
    "ShardedAsyncPool",
    "default_verify_context",
    "unverified_context",
]


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


class _FairSlots:
    """A counting semaphore that hands free slots to waiters in arrival order.

    ``threading.Semaphore`` lets a newcomer overtake a thread that has waited long, so under a
    burst some callers starve until their pool timeout; here the oldest waiter goes first.
    """

    def __init__(self, count: int) -> None:
        self._lock = threading.Lock()
        self._free = count
        self._waiters: collections.deque[threading.Lock] = collections.deque()

    def acquire(self, timeout: float | None) -> bool:
        with self._lock:
            if self._free and not self._waiters:
                self._free -= 1
                return True
            waiter = threading.Lock()
            waiter.acquire()
            self._waiters.append(waiter)
        if waiter.acquire(timeout=-1 if timeout is None else timeout):
            return True
        with self._lock:
            try:
                self._waiters.remove(waiter)
            except ValueError:  # a slot was handed over just as the wait ended: keep it
                return True
            return False

    def release(self) -> None:
        with self._lock:
            if self._waiters:
                self._waiters.popleft().release()  # the slot passes straight to the oldest waiter
            else:
                self._free += 1


class ReopeningTransport(httpx.BaseTransport):
    """A blocking httpx transport made by ``factory`` on first use, and again after ``close()``.

    Requests beyond ``limits.max_connections`` wait here for a free slot (at most the request's
    pool timeout, then ``httpx.PoolTimeout``), first come first served, rather than in httpcore's
    pool: its blocking pool can
    close a connection it has just handed to a queued request (encode/httpcore#1110), which a
    caller sees as ``ReadError`` (EBADF) or a read timeout. Not queueing there avoids that.
    """

    def __init__(self, factory: Callable[[], httpx.BaseTransport], limits: httpx.Limits) -> None:
        self._factory = factory
        #: The limits ``factory`` gives each pool (for introspection).
        self.limits = limits
        self._lock = threading.Lock()
        self._lease: _Lease | None = None
        slots = limits.max_connections
        self._slots = None if slots is None else _FairSlots(slots)

    def _take_slot(self, request: httpx.Request) -> None:
        if self._slots is None:
            return
        timeout = (request.extensions.get("timeout") or {}).get("pool")
        if not self._slots.acquire(timeout=timeout):
            raise httpx.PoolTimeout(
                f"No connection came free within the pool timeout ({timeout:g} s): "
                f"all {self.limits.max_connections} were in use.",
                request=request,
            )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._take_slot(request)
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
        if self._slots is not None:
            self._slots.release()
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
    """The running asyncio loop; ``None`` under another async library (trio) or outside any.

    sniffio is how httpcore itself tells the libraries apart, on every request; installed, that
    look-up is a dictionary read, missing it is a failed import each time.
    """
    import sniffio

    try:
        library = sniffio.current_async_library()
    except sniffio.AsyncLibraryNotFoundError:
        return None
    if library != "asyncio":
        return None
    import asyncio

    return asyncio.get_running_loop()


class ShardedAsyncPool(httpx.AsyncBaseTransport):
    """Several small stock async pools behind one transport, for one asyncio event loop.

    httpcore's async pool re-examines every connection for every waiting request each time a
    request starts or ends (encode/httpx#3215): with a few hundred connections and calls at once
    that is millions of checks, and a burst that takes a loop-bound pool seconds of CPU. Here each
    stock pool (a shard) holds at most ``shard_size`` connections and is never given more requests
    than that, so its checks stay few. A request goes to the first shard with room, so calls made
    one after another all use the first shard and its one connection; a burst fills shard after
    shard. When every shard is busy, requests wait here, first come first served, for at most
    their pool timeout (then ``httpx.PoolTimeout``).
    """

    def __init__(
        self, make_shard: Callable[[], httpx.AsyncBaseTransport], *, shards: int, shard_size: int
    ) -> None:
        self._make_shard = make_shard
        self._shard_size = shard_size
        self._shards: list[httpx.AsyncBaseTransport | None] = [None] * shards
        self._busy = [0] * shards
        self._waiters: collections.deque[asyncio.Future[int]] = collections.deque()

    @property
    def shards_open(self) -> int:
        """How many shards have been opened (each may hold up to ``shard_size`` connections)."""
        return sum(shard is not None for shard in self._shards)

    def _free_shard(self) -> int | None:
        for index, busy in enumerate(self._busy):
            if busy < self._shard_size:
                return index
        return None

    async def _take(self, request: httpx.Request) -> int:
        index = None if self._waiters else self._free_shard()
        if index is not None:
            self._busy[index] += 1
            return index
        import asyncio

        waiter: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        timeout = (request.extensions.get("timeout") or {}).get("pool")
        try:
            return await asyncio.wait_for(waiter, timeout)
        except TimeoutError:
            raise httpx.PoolTimeout(
                f"No connection came free within the pool timeout ({timeout:g} s).", request=request
            ) from None
        except BaseException:
            if waiter.done() and not waiter.cancelled():  # handed a slot just as we were cancelled
                self._give_back(waiter.result())
            raise

    def _give_back(self, index: int) -> None:
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(index)  # the slot passes straight to the oldest waiter
                return
        self._busy[index] -= 1

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        index = await self._take(request)
        try:
            shard = self._shards[index]
            if shard is None:
                shard = self._shards[index] = self._make_shard()
            response = await shard.handle_async_request(request)
        except BaseException:
            self._give_back(index)
            raise
        assert isinstance(response.stream, httpx.AsyncByteStream)

        async def done() -> None:
            self._give_back(index)

        response.stream = _LeasedAsyncStream(response.stream, done)
        return response

    async def aclose(self) -> None:
        shards, self._shards = self._shards, [None] * len(self._shards)
        for shard in shards:
            if shard is not None:
                await shard.aclose()


class PerLoopTransport(httpx.AsyncBaseTransport):
    """An async httpx transport that keeps one pool, made by ``factory``, per event loop.

    Outside asyncio (trio through anyio) one pool made by ``fallback`` serves every call.
    """

    def __init__(
        self,
        factory: Callable[[], httpx.AsyncBaseTransport],
        limits: httpx.Limits,
        *,
        fallback: Callable[[], httpx.AsyncBaseTransport] | None = None,
    ) -> None:
        self._factory = factory
        self._fallback = factory if fallback is None else fallback
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
                self._other = self._fallback()
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


# ------------------------------------------------------------------- closing pools with their loop


class LoopGuard:
    """Await ``cleanup()`` on the running loop when that loop shuts down.

    Create it from code running on the loop (the loop's async generator
    hooks register it); keep a reference to it for as long as it should
    stay armed.  :meth:`dismiss` disarms it without running the cleanup.
    """

    def __init__(self, cleanup: Callable[[], Awaitable[None]]) -> None:
        self._cleanup: Callable[[], Awaitable[None]] | None = cleanup
        self._generator = self._guard()
        # Run the generator to its first ``yield``: this registers it with the running loop.
        with contextlib.suppress(StopIteration):
            self._generator.__anext__().send(None)

    async def _guard(self) -> AsyncGenerator[None, None]:
        try:
            yield
        finally:
            cleanup, self._cleanup = self._cleanup, None
            if cleanup is not None:
                await cleanup()

    @property
    def armed(self) -> bool:
        """Whether the cleanup is still to run."""
        return self._cleanup is not None

    def dismiss(self) -> None:
        """Disarm the guard and finish its generator; the cleanup does not run."""
        self._cleanup = None
        # The generator is suspended at its yield (or already done): closing it runs the
        # ``finally`` block, which now returns without awaiting anything.
        with contextlib.suppress(StopIteration, RuntimeError):
            self._generator.aclose().send(None)


# ------------------------------------------------------------------------------- TLS contexts


class DeferredCAContext(ssl.SSLContext):
    """``PROTOCOL_TLS_CLIENT`` context (hostname check, certificate required) with a lazy CA bundle."""

    _cafile: str | None
    _capath: str | None
    _pending: bool
    _load_lock: threading.Lock

    def __new__(cls, *, cafile: str | None = None, capath: str | None = None) -> DeferredCAContext:
        context = super().__new__(cls, ssl.PROTOCOL_TLS_CLIENT)
        context._cafile = cafile
        context._capath = capath
        context._pending = True
        context._load_lock = threading.Lock()
        return context

    def __init__(self, *, cafile: str | None = None, capath: str | None = None) -> None:
        # ssl.SSLContext takes the protocol in __new__; nothing more to set up here.
        pass

    def _load(self) -> None:
        if self._pending:
            with self._load_lock:
                if self._pending:
                    self.load_verify_locations(cafile=self._cafile, capath=self._capath)
                    self._pending = False

    def wrap_socket(self, *args: Any, **kwargs: Any) -> ssl.SSLSocket:
        self._load()
        return super().wrap_socket(*args, **kwargs)

    def wrap_bio(self, *args: Any, **kwargs: Any) -> ssl.SSLObject:
        self._load()
        return super().wrap_bio(*args, **kwargs)


def default_verify_context() -> DeferredCAContext:
    """The context httpx would use for ``verify=True``, loaded lazily.

    Like httpx: ``SSL_CERT_FILE`` or ``SSL_CERT_DIR`` when set, else certifi's bundle.
    """
    if os.environ.get("SSL_CERT_FILE"):
        return DeferredCAContext(cafile=os.environ["SSL_CERT_FILE"])
    if os.environ.get("SSL_CERT_DIR"):
        return DeferredCAContext(capath=os.environ["SSL_CERT_DIR"])
    import certifi

    return DeferredCAContext(cafile=certifi.where())


def unverified_context() -> ssl.SSLContext:
    """A client context that checks neither the certificate nor the hostname (``verify=False``)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context
