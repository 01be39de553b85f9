"""``Client``: the thread pool, retry mode and configured generated clients.

A ``Client`` builds one generated ``rest_api.Client`` per session (and per
event loop for async Api classes), lazily and under a lock, and reuses it for
every ``build()``.  Changing the retry mode or the thread count swaps the
httpx client inside each live generated client, so Api objects built earlier
see the change.  A replaced httpx client is closed once nothing uses it any
more (when it is garbage collected), so requests already in flight finish on
the connection they started with; ``close()`` closes everything at once.
Async clients are bound to the event loop they were built on and are closed
when that loop shuts down (see :mod:`._loop_guard`) or on ``aclose()``.
"""

from __future__ import annotations

import itertools
import os
import sys
import threading
import weakref
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import httpx

from ._http import open_async_client, open_sync_client
from ._loop_guard import LoopGuard
from ._transport import RedirectCache, RetryBudget, RetryMode, RetryPolicy

if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import Future, ThreadPoolExecutor

    from ._session import Session
    from ._settings import Settings
    from .rest_api.client import Client as GeneratedClient

__all__ = ["DEFAULT_THREADS", "Client", "shared_client"]

#: Default pool size: five threads per CPU (requests mostly wait on the network), at most 32.
DEFAULT_THREADS = min(32, 5 * (os.cpu_count() or 1))

_T = TypeVar("_T")
_P = ParamSpec("_P")


def _checked_threads(threads: Any) -> int:
    if threads is None:
        return DEFAULT_THREADS
    if isinstance(threads, bool) or not isinstance(threads, int):
        raise TypeError(f"threads must be a positive int or None, not {type(threads).__name__}.")
    if threads < 1:
        raise ValueError(f"threads must be at least 1, got {threads}.")
    return threads


def _checked_builder(builder: Any) -> None:
    if not callable(builder):
        raise TypeError(
            f"builder must be an Api class such as UsersApi (or a callable taking a generated "
            f"client), not {type(builder).__name__}."
        )


def _current_loop() -> asyncio.AbstractEventLoop | None:
    # No event loop can run before asyncio is imported; a synchronous program never pays for it.
    running = sys.modules.get("asyncio")
    if running is None:
        return None
    try:
        return running.get_running_loop()  # type: ignore[no-any-return]
    except RuntimeError:
        return None


class _Slot:
    """A generated client, and the finalizer that closes its current httpx client's connections."""

    __slots__ = ("closer", "generated", "is_async", "loop")

    def __init__(
        self, generated: GeneratedClient, is_async: bool, loop: asyncio.AbstractEventLoop | None
    ) -> None:
        self.generated = generated
        self.is_async = is_async
        self.loop = loop
        self.closer: weakref.finalize[Any, Any] | None = None


def _close_async_transport(
    transport: httpx.AsyncBaseTransport, loop: asyncio.AbstractEventLoop | None
) -> None:
    """Close an async transport from any thread, on its event loop while that loop runs."""
    if loop is None or loop.is_closed() or not loop.is_running():
        return  # nothing can run the coroutine; the loop's own shutdown drops the sockets
    try:
        if _current_loop() is loop:
            loop.create_task(transport.aclose())
        else:
            import asyncio

            asyncio.run_coroutine_threadsafe(transport.aclose(), loop)
    except RuntimeError:  # the loop closed in between
        pass


def _close_now(closer: weakref.finalize[Any, Any]) -> None:
    """Close the httpx client behind ``closer`` (it then refuses new requests) or its transport."""
    info = closer.peek()
    if info is None:
        return
    client = info[0]
    if isinstance(client, httpx.Client):
        closer.detach()
        client.close()
    else:
        closer()


class Client:
    """TileDB Client.

    :param pool_threads: Number of threads to use for http requests (``None``:
        :data:`DEFAULT_THREADS`).  The connection pool is sized to match.
    :param retry_mode: Retry mode, a :class:`RetryMode` or one of
        ``"default"``, ``"forceful"``, ``"disabled"``.
    """

    def __init__(
        self, pool_threads: int | None = None, retry_mode: RetryMode | str = RetryMode.DEFAULT
    ) -> None:
        self._threads = _checked_threads(pool_threads)
        self._mode = RetryMode.parse(retry_mode, name="retry_mode")
        self._lock = threading.RLock()
        self._budget = RetryBudget()
        self._redirects: dict[str, RedirectCache] = {}
        self._executor: ThreadPoolExecutor | None = None
        self._sync: weakref.WeakKeyDictionary[Session, _Slot] = weakref.WeakKeyDictionary()
        self._async: weakref.WeakKeyDictionary[Session, dict[int, _Slot]] = weakref.WeakKeyDictionary()
        self._closers: list[weakref.finalize[Any, Any]] = []
        self._guards: dict[int, tuple[asyncio.AbstractEventLoop, LoopGuard]] = {}

    # -- public API -------------------------------------------------------------------------

    @property
    def threads(self) -> int:
        """The size of the thread pool and of the connection pool."""
        return self._threads

    @property
    def mode(self) -> RetryMode:
        """The current retry mode."""
        return self._mode

    @property
    def pool(self) -> ThreadPoolExecutor:
        """The thread pool (threads named ``tiledb-async-N``), created on first use."""
        with self._lock:
            if self._executor is None:
                from concurrent.futures import ThreadPoolExecutor  # not needed before the first submit

                counter = itertools.count()

                def name_thread() -> None:
                    threading.current_thread().name = f"tiledb-async-{next(counter)}"

                self._executor = ThreadPoolExecutor(
                    max_workers=self._threads, thread_name_prefix="tiledb-async", initializer=name_thread
                )
            return self._executor

    def submit(self, fn: Callable[_P, _T], /, *args: _P.args, **kwargs: _P.kwargs) -> Future[_T]:
        """Run ``fn(*args, **kwargs)`` in the thread pool and return its future.

        Safe to call while another thread resizes (``set_threads``) or closes the client:
        the task goes to the pool in place at that moment, which finishes its queued tasks.
        """
        with self._lock:  # else set_threads() could shut the pool down between lookup and submit
            return self.pool.submit(fn, *args, **kwargs)

    def build(self, builder: Callable[[GeneratedClient], _T]) -> _T:
        """Builds an API client with the given config.

        ``builder`` is an Api class such as ``TokensApi`` (or any callable
        taking a generated client).  The result talks to the current
        session's server with its credentials.  An async Api class
        (``is_async`` true) gets a client over ``httpx.AsyncClient``.
        """
        from ._login import session

        _checked_builder(builder)
        return self.build_for(session(), builder)

    def build_for(self, session: Session, builder: Callable[[GeneratedClient], _T]) -> _T:
        """Like :meth:`build`, for a given session rather than the current one."""
        _checked_builder(builder)
        is_async = getattr(builder, "is_async", False) is True
        return builder(self._generated(session, is_async))

    def open_httpx_client(self, target: Session | Settings) -> httpx.Client:
        """Open a one-off ``httpx.Client`` for ``target`` with this client's retry settings.

        The caller owns it and must close it (used for the password exchange).
        """
        with self._lock:
            client, _ = open_sync_client(
                target,
                threads=1,
                policy=RetryPolicy.for_mode(self._mode),
                budget=self._budget,
                redirects=self._redirect_cache(target.server_address),
            )
        return client

    def retry_mode(self, mode: RetryMode | str = RetryMode.DEFAULT) -> None:
        """Sets how we should retry requests and updates API instances.

        :raises ValueError: for anything but a :class:`RetryMode` or its name.
        """
        parsed = RetryMode.parse(mode)
        with self._lock:
            self._mode = parsed
            self._reopen_all()

    def set_threads(self, threads: int | None = None) -> None:
        """Updates the number of threads in the async thread pool.

        ``None`` restores :data:`DEFAULT_THREADS`.  The connection pools are
        resized too; requests in flight finish first.
        """
        count = _checked_threads(threads)
        with self._lock:
            if count == self._threads:
                return
            self._threads = count
            if self._executor is not None:
                self._executor.shutdown(wait=False)
                self._executor = None
            self._reopen_all()

    def set_disable_retries(self) -> None:
        """Never retry a request."""
        self.retry_mode(RetryMode.DISABLED)

    def set_default_retries(self) -> None:
        """Retry only when the server says it is unavailable (the default)."""
        self.retry_mode(RetryMode.DEFAULT)

    def set_forceful_retries(self) -> None:
        """Also retry server errors and 400 answers."""
        self.retry_mode(RetryMode.FORCEFUL)

    def close(self) -> None:
        """Close every connection and the thread pool.

        The client stays usable: the next ``build()`` opens new connections.
        Async clients are closed on their event loop when it still runs; in
        async code prefer ``await client.aclose()``.  Without either, async
        clients close when their event loop shuts down (``asyncio.run``).
        """
        with self._lock:
            executor, self._executor = self._executor, None
            closers, self._closers = self._closers, []
            guards, self._guards = self._guards, {}
            self._sync = weakref.WeakKeyDictionary()
            self._async = weakref.WeakKeyDictionary()
        for _, guard in guards.values():
            guard.dismiss()
        for closer in closers:
            _close_now(closer)
        if executor is not None:
            in_pool = threading.current_thread().name.startswith("tiledb-async-")
            executor.shutdown(wait=not in_pool)

    async def aclose(self) -> None:
        """Close the async clients of the running event loop, then everything else."""
        loop = _current_loop()
        if loop is not None:
            await self._aclose_loop(loop)
        self.close()

    async def _aclose_loop(self, loop: asyncio.AbstractEventLoop) -> None:
        """Close, on ``loop``, every async client opened for it."""
        with self._lock:
            entry = self._guards.get(id(loop))
            guard = None
            if entry is not None and entry[0] is loop:
                guard = self._guards.pop(id(loop))[1]
            mine: list[_Slot] = []
            for per_loop in self._async.values():
                slot = per_loop.get(id(loop))
                if slot is not None and slot.loop is loop:
                    mine.append(slot)
                    del per_loop[id(loop)]
        if guard is not None:
            guard.dismiss()
        for slot in mine:
            if slot.closer is not None:
                slot.closer.detach()
            await slot.generated.get_async_httpx_client().aclose()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    async def __aenter__(self) -> Client:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"Client(pool_threads={self._threads!r}, retry_mode={self._mode.value!r})"

    # -- building ---------------------------------------------------------------------------

    def _generated(self, session: Session, is_async: bool) -> GeneratedClient:
        if not is_async:
            slot = self._sync.get(session)
            if slot is None:
                with self._lock:
                    slot = self._sync.get(session)
                    if slot is None:
                        slot = self._sync[session] = self._new_slot(session, False, None)
            return slot.generated
        loop = _current_loop()
        key = id(loop) if loop is not None else 0
        with self._lock:
            per_loop = self._async.setdefault(session, {})
            slot = per_loop.get(key)
            if slot is None or (slot.loop is not None and slot.loop.is_closed()):
                slot = per_loop[key] = self._new_slot(session, True, loop)
                if loop is not None:
                    self._guard(loop)
            return slot.generated

    def _guard(self, loop: asyncio.AbstractEventLoop) -> None:
        """Make sure the async clients of ``loop`` close when it shuts down (lock held)."""
        entry = self._guards.get(id(loop))
        if entry is not None and entry[0] is loop and entry[1].armed:
            return
        if entry is not None:
            entry[1].dismiss()
        owner = weakref.ref(self)

        async def cleanup() -> None:
            client = owner()
            if client is not None:
                await client._aclose_loop(loop)

        self._guards[id(loop)] = (loop, LoopGuard(cleanup))

    def _new_slot(self, session: Session, is_async: bool, loop: asyncio.AbstractEventLoop | None) -> _Slot:
        from .rest_api.client import Client as GeneratedClient

        generated = GeneratedClient(base_url=session.server_address)
        slot = _Slot(generated, is_async, loop)
        self._open(slot, session)
        return slot

    def _redirect_cache(self, server_address: str) -> RedirectCache:
        cache = self._redirects.get(server_address)
        if cache is None:
            cache = self._redirects[server_address] = RedirectCache(server_address)
        return cache

    def _open(self, slot: _Slot, session: Session) -> None:
        """Give ``slot`` a fresh httpx client with the current settings (lock held).

        The previous httpx client, if any, is left to its users: its
        connections close when it is garbage collected, or on ``close()``.
        """
        kwargs: dict[str, Any] = {
            "threads": self._threads,
            "policy": RetryPolicy.for_mode(self._mode),
            "budget": self._budget,
            "redirects": self._redirect_cache(session.server_address),
        }
        closer: weakref.finalize[Any, Any]
        if slot.is_async:
            aclient, atransport = open_async_client(session, **kwargs)
            slot.generated.set_async_httpx_client(aclient)
            closer = weakref.finalize(aclient, _close_async_transport, atransport, slot.loop)
        else:
            client, transport = open_sync_client(session, **kwargs)
            slot.generated.set_httpx_client(client)
            closer = weakref.finalize(client, transport.close)
        slot.closer = closer
        self._closers = [c for c in self._closers if c.alive]
        self._closers.append(closer)

    def _reopen_all(self) -> None:
        """Swap a new httpx client into every live generated client (lock held)."""
        sessions = list(self._sync.items())
        for session, slot in sessions:
            self._open(slot, session)
        for session, per_loop in list(self._async.items()):
            for slot in per_loop.values():
                self._open(slot, session)


_shared: Client | None = None
_shared_lock = threading.Lock()


def shared_client() -> Client:
    """Return the process-wide client used by the module-level functions."""
    global _shared
    if _shared is None:
        with _shared_lock:
            if _shared is None:
                _shared = Client()
    return _shared
