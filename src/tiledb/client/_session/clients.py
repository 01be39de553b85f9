"""``Client``: the thread pool, retry mode and configured generated clients.

A ``Client`` builds one generated ``rest_api.Client`` per session for blocking Api classes and one
for async Api classes, lazily and under a lock, and reuses them for every ``build()``.  Changing
the retry mode, the thread count or HTTP/2 swaps the httpx client inside each live generated
client, so Api objects built earlier see the change; the replaced httpx client's connections are
released once nothing uses it any more.  ``close()`` releases every connection and the thread
pool, but nothing it built stops working: the next request opens new connections.  An async Api
object works in whichever event loop awaits it (see :mod:`tiledb.client._http.connections`).
"""

from __future__ import annotations

import itertools
import os
import threading
import weakref
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import httpx

from .._http.options import HttpOptions, log_from_environment, options_from_environment
from .._http.transport import (
    AsyncRetryTransport,
    RedirectCache,
    RetryBudget,
    RetryMode,
    RetryPolicy,
    RetryTransport,
    check_http2_available,
    open_async_client,
    open_sync_client,
)
from .session import current_session, load_session
from .validate import check_builder

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

    from ..rest_api.client import Client as GeneratedClient
    from .session import Session
    from .settings import Settings

__all__ = ["DEFAULT_THREADS", "HTTP2_VARIABLE", "Client", "shared_client"]

#: The environment variable that switches HTTP/2 on for clients made while it is set.
HTTP2_VARIABLE = "TILEDB_CLIENT_HTTP2"

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


class _Slot:
    """A generated client, and the transports of its current httpx client."""

    __slots__ = ("generated", "is_async", "stacks")

    def __init__(self, generated: GeneratedClient, is_async: bool) -> None:
        self.generated = generated
        self.is_async = is_async
        self.stacks: list[RetryTransport] | list[AsyncRetryTransport] = []


def _release_all(stacks: list[RetryTransport] | list[AsyncRetryTransport]) -> None:
    for stack in stacks:
        stack.release()


class Client:
    """TileDB Client.

    :param pool_threads: Number of threads to use for http requests (``None``:
        :data:`DEFAULT_THREADS`).  The connection pool is sized to match.
    :param retry_mode: Retry mode, a :class:`RetryMode` or one of
        ``"default"``, ``"forceful"``, ``"disabled"``.

    HTTP/2 is off by default; :meth:`set_http2` (or ``TILEDB_CLIENT_HTTP2=1`` in the
    environment when the client is made) offers it to https servers, with the ``h2`` extra
    installed.

    Timeouts, the retry policy's limits, a transport of your own, event hooks and a proxy are
    set with :meth:`set_http_options` (or ``TILEDB_CLIENT_TIMEOUT``, ``TILEDB_CLIENT_MAX_ATTEMPTS``
    and ``TILEDB_CLIENT_TIME_BUDGET`` when the client is made); ``TILEDB_CLIENT_LOG=debug|info``
    sends the library's logs to standard error.
    """

    def __init__(
        self, pool_threads: int | None = None, retry_mode: RetryMode | str = RetryMode.DEFAULT
    ) -> None:
        self._threads = _checked_threads(pool_threads)
        self._mode = RetryMode.parse(retry_mode, name="retry_mode")
        self._http2 = _http2_from_environment()
        self._http_options = options_from_environment()
        log_from_environment()
        self._lock = threading.RLock()
        self._budget = RetryBudget()
        self._redirects: dict[str, RedirectCache] = {}
        self._executor: ThreadPoolExecutor | None = None
        self._sync: weakref.WeakKeyDictionary[Session, _Slot] = weakref.WeakKeyDictionary()
        self._async: weakref.WeakKeyDictionary[Session, _Slot] = weakref.WeakKeyDictionary()
        # Finalizers of every httpx client opened here: each releases its client's connections.
        self._closers: list[weakref.finalize[Any, Any]] = []

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
    def http2(self) -> bool:
        """Whether HTTP/2 is offered to https servers (see :meth:`set_http2`)."""
        return self._http2

    @property
    def http_options(self) -> HttpOptions:
        """The client-wide HTTP settings (see :meth:`set_http_options`)."""
        return self._http_options

    def set_http_options(self, options: HttpOptions | None = None, /, **changes: Any) -> None:
        """Change the client-wide HTTP settings; Api objects built earlier use them too.

        With keyword arguments, those settings change and the others stay; with an
        ``HttpOptions``, it replaces them all; with nothing, the defaults come back. The keywords:
        ``timeout`` (seconds or an ``httpx.Timeout``), ``max_attempts`` (sends of one call, the
        first included), ``time_budget`` (seconds one call may spend, retries included),
        ``transport`` / ``async_transport`` (an httpx transport of your own, under the retry,
        redirect and logging stack), ``event_hooks`` / ``async_event_hooks`` (httpx's
        ``{"request": [...], "response": [...]}``) and ``proxy`` (a URL for every request, in
        place of the environment's proxies). ``None`` restores a setting's default.

        :raises ValueError: for a value out of range.
        :raises TypeError: for an unknown keyword or a value of the wrong type.
        """
        if options is not None and not isinstance(options, HttpOptions):
            raise TypeError(f"options must be an HttpOptions, not {type(options).__name__}")
        if changes:
            new = (options or self._http_options).replace(**changes)
        else:
            new = options if options is not None else HttpOptions()
        with self._lock:
            self._http_options = new
            self._reopen_all()

    def set_timeout(self, timeout: float | httpx.Timeout | None = None) -> None:
        """Seconds (or an ``httpx.Timeout``) every request may take; ``None``: the default."""
        self.set_http_options(timeout=timeout)

    def set_retry_limits(self, max_attempts: int | None = None, time_budget: float | None = None) -> None:
        """The most sends of one call and the seconds it may spend retrying; ``None``: the default."""
        self.set_http_options(max_attempts=max_attempts, time_budget=time_budget)

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
        session's server with its credentials (the session is loaded from
        the default profile on first use when there was no ``login()``).
        An async Api class (``is_async`` true) gets a client over
        ``httpx.AsyncClient``, usable from any event loop.
        """
        check_builder(builder)
        return self.build_for(self.current_session(), builder)

    def current_session(self) -> Session:
        """The process's current session, loaded lazily through this client's retry settings."""
        return current_session(lambda: load_session(self.open_httpx_client))

    def build_for(self, session: Session, builder: Callable[[GeneratedClient], _T]) -> _T:
        """Like :meth:`build`, for a given session rather than the current one."""
        check_builder(builder)
        is_async = getattr(builder, "is_async", False) is True
        return builder(self._generated(session, is_async))

    def open_httpx_client(self, target: Session | Settings) -> httpx.Client:
        """Open a one-off ``httpx.Client`` for ``target`` with this client's retry settings.

        The caller owns it and must close it.
        """
        with self._lock:
            client, _ = open_sync_client(
                target,
                threads=1,
                policy=self._policy_for(self._mode),
                budget=self._budget,
                redirects=self._redirect_cache(target.server_address),
                http2=self._http2,
                options=self._http_options,
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

    def set_http2(self, enabled: bool = True) -> None:
        """Offer HTTP/2 to https servers (``True``) or speak HTTP/1.1 only (``False``).

        Needs the ``h2`` extra (``pip install 'tiledb-rest-client[h2]'``). Api objects built
        earlier switch too; plain ``http://`` servers are always spoken to in HTTP/1.1.

        :raises TypeError: for anything but a bool.
        :raises ImportError: when ``enabled`` and the ``h2`` package is missing.
        """
        if not isinstance(enabled, bool):
            raise TypeError(f"enabled must be a bool, not {type(enabled).__name__}.")
        if enabled:
            check_http2_available()
        with self._lock:
            if enabled == self._http2:
                return
            self._http2 = enabled
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
        """Release every connection and the thread pool.

        Nothing built earlier stops working: the next request opens new
        connections (and the next ``submit`` a new thread pool).  Requests
        in flight finish on their connection first.  Async connections are
        closed on their own event loop: at once when that loop is running,
        else the next time it sends a request or when it shuts down.  In
        async code ``await client.aclose()`` also waits for the running
        loop's connections to close.
        """
        with self._lock:
            executor, self._executor = self._executor, None
            self._closers = [closer for closer in self._closers if closer.alive]
            closers = list(self._closers)
        for closer in closers:  # the current httpx clients and those replaced but still in use
            info = closer.peek()
            if info is not None:
                _release_all(*info[2])
        if executor is not None:
            in_pool = threading.current_thread().name.startswith("tiledb-async-")
            executor.shutdown(wait=not in_pool)

    async def aclose(self) -> None:
        """Like :meth:`close`, and wait for the running event loop's connections to close."""
        with self._lock:
            stacks = [stack for slot in self._async.values() for stack in slot.stacks]
        for stack in stacks:
            if isinstance(stack, AsyncRetryTransport):
                await stack.aclose()
        self.close()

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
        slots = self._async if is_async else self._sync
        slot = slots.get(session)
        if slot is None:
            with self._lock:
                slot = slots.get(session)
                if slot is None:
                    slot = slots[session] = self._new_slot(session, is_async)
        return slot.generated

    def _new_slot(self, session: Session, is_async: bool) -> _Slot:
        from ..rest_api.client import Client as GeneratedClient

        slot = _Slot(GeneratedClient(base_url=session.server_address), is_async)
        self._open(slot, session)
        return slot

    def _policy_for(self, mode: RetryMode) -> RetryPolicy:
        """The retry policy of ``mode`` with the client's limits (also for a per-call mode)."""
        return RetryPolicy.for_mode(mode, **self._http_options.policy_overrides())

    def _redirect_cache(self, server_address: str) -> RedirectCache:
        cache = self._redirects.get(server_address)
        if cache is None:
            cache = self._redirects[server_address] = RedirectCache(server_address)
        return cache

    def _open(self, slot: _Slot, session: Session) -> None:
        """Give ``slot`` a fresh httpx client with the current settings (lock held).

        The previous httpx client, if any, is left to its users: its connections are released
        when it is garbage collected, or on ``close()``.
        """
        kwargs: dict[str, Any] = {
            "threads": self._threads,
            "policy": self._policy_for(self._mode),
            "budget": self._budget,
            "redirects": self._redirect_cache(session.server_address),
            "http2": self._http2,
            "policies": self._policy_for,
            "options": self._http_options,
        }
        client: httpx.Client | httpx.AsyncClient
        if slot.is_async:
            client, slot.stacks = open_async_client(session, **kwargs)
            slot.generated.set_async_httpx_client(client)
        else:
            client, slot.stacks = open_sync_client(session, **kwargs)
            slot.generated.set_httpx_client(client)
        self._closers = [closer for closer in self._closers if closer.alive]
        self._closers.append(weakref.finalize(client, _release_all, slot.stacks))

    def _reopen_all(self) -> None:
        """Swap a new httpx client into every live generated client (lock held)."""
        for slots in (self._sync, self._async):
            for session, slot in list(slots.items()):
                self._open(slot, session)


def _http2_from_environment() -> bool:
    value = os.environ.get(HTTP2_VARIABLE, "").strip().lower()
    if value in ("", "0", "false", "no", "off"):
        return False
    if value in ("1", "true", "yes", "on"):
        check_http2_available()
        return True
    raise ValueError(f"{HTTP2_VARIABLE} must be 1/true/yes/on or 0/false/no/off, not {value!r}.")


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
