"""``Pager``: the one lazy, indexable view of a paged listing used by every high-level list.

A ``Pager`` calls a list operation page by page, as items are needed, and keeps every page it
received: iterating, indexing (``p[i]``, ``p[-1]``, ``p[a:b]``) and ``len(p)`` never ask the
server twice for the same page. Once the first answer says how many pages there are, iteration
asks for the next pages ahead of time on the shared client's thread pool, so the wait for the
network overlaps the consumer's work instead of adding to it. How many: as many as it takes to
cover the time a page takes to arrive with the time the consumer spends on a page (both
measured as the walk goes), at most :data:`PREFETCH`. A slow server gets several requests at
once; a fast one (a page within :data:`QUICK_PAGE`), or a slow consumer, one page ahead, and so
one page held ahead at a time.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from typing import Any, Generic, TypeVar, overload

__all__ = ["Pager"]

_T = TypeVar("_T")

#: Pages fetched ahead of the one being consumed, at most. Each overlaps the server's latency
#: with the caller's work, and each is memory held (and a thread busy) while a walk goes on: a
#: few are enough to keep a slow server busy. Also kept one below the shared pool's size, so
#: other callers of the pool always find a thread.
PREFETCH = 4
#: A page that arrives within this many seconds leaves nothing worth hiding: one page is fetched
#: ahead. More in flight would not go faster (the client's own work per page is then the limit)
#: but would hold a page and a thread's memory each.
QUICK_PAGE = 0.005


def _average(previous: float | None, sample: float) -> float:
    """A running mean that follows change quickly (the last sample weighs half)."""
    return sample if previous is None else (previous + sample) / 2


def _meta_int(meta: object, name: str) -> int | None:
    value = getattr(meta, name, None)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class Pager(Sequence[_T], Generic[_T]):
    """The items of a paged list operation from page ``page`` to the last, fetched lazily.

    ``Pager(func, *args, page=1, per_page=None, **kwargs)`` calls
    ``func(*args, page=n, per_page=per_page, **kwargs)``; each answer must have ``data`` (the
    items) and ``pagination_metadata`` (``page``, ``per_page``, ``total_pages``,
    ``total_items``). An answer without usable metadata is taken as the only page.

    :ivar data: The items of the current page (the last one fetched by :meth:`call_page`, the
        first page otherwise).
    :ivar pagination_metadata: The server's metadata of the current page.
    """

    def __init__(
        self,
        func: Callable[..., Any],
        *args: Any,
        page: int = 1,
        per_page: int | None = None,
        prefetch: int = PREFETCH,
        **kwargs: Any,
    ) -> None:
        """Prepare the listing; nothing is requested until an item, a length or a page is needed.

        :raises ValueError: ``page`` is not a positive integer, or ``per_page`` is given but is not.
        """
        if isinstance(page, bool) or not isinstance(page, int) or page < 1:
            raise ValueError(f"page must be a positive integer, got {page!r}")
        if per_page is not None and (
            isinstance(per_page, bool) or not isinstance(per_page, int) or per_page < 1
        ):
            raise ValueError(f"per_page must be a positive integer or None, got {per_page!r}")
        self._func = func
        self._args = args
        self._kwargs = kwargs
        self._start = page
        self._per_page = per_page
        self._prefetch = max(0, prefetch)
        self._pages: dict[int, Any] = {}
        self._pending: dict[int, Future[Any]] = {}
        self._lock = threading.Lock()
        self._current: Any = None
        self._current_data: tuple[Any, list[Any]] | None = None  # (page, its items) for .data
        # Seconds a page takes to arrive, and seconds the consumer spends on one (running means).
        self._fetch_seconds: float | None = None
        self._consume_seconds: float | None = None

    # The established Pager's attributes, read-only here.
    @property
    def func(self) -> Callable[..., Any]:
        """The list operation the pages come from."""
        return self._func

    @property
    def args(self) -> tuple[Any, ...]:
        """The positional arguments passed to :attr:`func` for every page."""
        return self._args

    @property
    def kwargs(self) -> dict[str, Any]:
        """The keyword arguments passed to :attr:`func` for every page (``page`` aside)."""
        kwargs = dict(self._kwargs)
        if self._per_page is not None:
            kwargs["per_page"] = self._per_page
        return kwargs

    @property
    def page(self) -> int:
        """The number of the current page (the start page until :meth:`call_page` moves it)."""
        current = self._current
        if current is not None:
            for number, answer in list(self._pages.items()):
                if answer is current:
                    return number
        return self._start

    @property
    def response(self) -> Any:
        """The whole answer for the current page (fetched if not yet)."""
        self._first()
        return self._current

    def __repr__(self) -> str:
        name = getattr(self._func, "__name__", "list")
        known = f"{len(self)} items" if self._pages else "not fetched yet"
        return f"<Pager {name} from page {self._start}: {known}>"

    # ------------------------------------------------------------ fetching
    def _request(self, number: int) -> Any:
        kwargs = dict(self._kwargs)
        kwargs["page"] = number
        if self._per_page is not None:
            kwargs["per_page"] = self._per_page
        started = time.perf_counter()
        answer = self._func(*self._args, **kwargs)
        self._fetch_seconds = _average(self._fetch_seconds, time.perf_counter() - started)
        return answer

    def _page(self, number: int) -> Any:
        """The answer for page ``number``: held, in flight (waited for) or requested now.

        A request made here is registered as in flight first, so that another thread (or a
        prefetch) asking for the same page waits for it instead of asking again. A failed page
        is forgotten: asking for it later asks the server again.
        """
        with self._lock:
            if number in self._pages:
                return self._pages[number]
            future = self._pending.get(number)
            owner = future is None
            if future is None:
                future = self._pending[number] = Future()
        if owner:
            try:
                future.set_result(self._request(number))
            except BaseException as exc:
                future.set_exception(exc)
        try:
            answer = future.result()
        finally:
            with self._lock:
                if self._pending.get(number) is future:
                    del self._pending[number]
        with self._lock:
            return self._pages.setdefault(number, answer)

    def _first(self) -> Any:
        answer = self._page(self._start)
        if self._current is None:
            self._current = answer
        return answer

    def _ahead(self, limit: int) -> int:
        """How many pages to have in flight while the consumer works on one, from 1 to ``limit``.

        A page that takes ``f`` seconds to arrive while the consumer spends ``c`` seconds on each
        needs ``f / c`` requests under way to be there in time. Rounded down: a page asked for
        one step late costs a short wait, one asked for early costs a page of memory held. A page
        that arrives within :data:`QUICK_PAGE` gets one ahead whatever the consumer's pace.
        """
        fetch, consume = self._fetch_seconds, self._consume_seconds
        if fetch is None or consume is None or fetch < QUICK_PAGE:
            return 1
        if consume <= 0:
            return limit
        return max(1, min(limit, int(fetch / consume)))

    def _schedule(self, after: int, last: int) -> None:
        """Ask the pool for the pages following ``after`` that should be under way and are not."""
        if self._prefetch == 0:
            return
        from .._session.clients import shared_client

        shared = shared_client()
        ahead = self._ahead(min(self._prefetch, max(1, shared.threads - 1)))
        with self._lock:
            for number in range(after + 1, min(last, after + ahead) + 1):
                if number not in self._pages and number not in self._pending:
                    self._pending[number] = shared.submit(self._request, number)

    # ------------------------------------------------------- page arithmetic
    @property
    def _meta(self) -> Any:
        return getattr(self._first(), "pagination_metadata", None)

    def _last_page(self) -> int:
        total = _meta_int(self._meta, "total_pages")
        return self._start if total is None else max(total, self._start)

    def _page_size(self) -> int:
        size = _meta_int(self._meta, "per_page") or self._per_page
        return size if size else max(1, len(_items(self._first())))

    def __len__(self) -> int:
        """The number of items from the start page to the end (one request at most)."""
        first = self._first()
        total = _meta_int(getattr(first, "pagination_metadata", None), "total_items")
        if total is None:
            return len(_items(first))
        return max(0, total - (self._start - 1) * self._page_size())

    # -------------------------------------------------------------- access
    def __iter__(self) -> Iterator[_T]:
        """Every item, page after page; later pages are fetched ahead while you consume.

        A page the walk has gone past is let go (the first page stays: it answers ``len()`` and
        ``.data``), so walking a listing of any length holds a few pages at a time, not all of
        them; indexing a page let go, or walking again, asks for it again.
        """
        first = self._first()
        last = self._last_page()
        number = self._start
        answer = first
        while True:
            items = _items(answer)
            if number < last:
                self._schedule(number, last)
            started = time.perf_counter()
            yield from items
            self._consume_seconds = _average(self._consume_seconds, time.perf_counter() - started)
            if number != self._start:
                with self._lock:
                    if self._pages.get(number) is not self._current:
                        self._pages.pop(number, None)
            if number >= last or not items:
                return
            number += 1
            answer = self._page(number)

    @overload
    def __getitem__(self, index: int) -> _T: ...

    @overload
    def __getitem__(self, index: slice) -> list[_T]: ...

    def __getitem__(self, index: int | slice) -> _T | list[_T]:
        """Item ``index`` (negative counts from the end) or the list of a slice's items."""
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if isinstance(index, bool) or not isinstance(index, int):
            raise TypeError(f"Pager indices must be integers or slices, not {type(index).__name__}")
        size = len(self)
        position = index + size if index < 0 else index
        if not 0 <= position < size:
            raise IndexError(f"Pager index {index} out of range ({size} items)")
        per_page = self._page_size()
        items = _items(self._page(self._start + position // per_page))
        offset = position % per_page
        if offset >= len(items):
            raise IndexError(f"Pager index {index}: the server's page is shorter than announced")
        item: _T = items[offset]
        return item

    def call_page(self, page: int) -> list[_T]:
        """Fetch page ``page`` (unless held), make it the current page and return its items."""
        if isinstance(page, bool) or not isinstance(page, int) or page < 1:
            raise ValueError(f"page must be a positive integer, got {page!r}")
        self._current = self._page(page)
        return self.data

    @property
    def data(self) -> list[_T]:
        """The items of the current page (a new list each time, of the same objects)."""
        self._first()
        current = self._current
        parsed = self._current_data
        if parsed is None or parsed[0] is not current:
            # A page kept as text parses its items on each read: asked for here, they are kept,
            # so that ``pager.data[i]`` in a loop reads the page once.
            parsed = self._current_data = (current, list(_items(current)))
        return list(parsed[1])

    @property
    def pagination_metadata(self) -> Any:
        """The server's ``PaginationMetadata`` of the current page (``None`` when it sent none)."""
        self._first()
        meta = getattr(self._current, "pagination_metadata", None)
        return None if type(meta).__name__ == "Unset" else meta


# Public where users import it from: ``tiledb.client.pager.Pager``.
Pager.__module__ = "tiledb.client.pager"


def _items(answer: Any) -> Sequence[Any]:
    data = getattr(answer, "data", None)
    if data is None or type(data).__name__ == "Unset":
        return ()
    if not isinstance(data, Sequence):
        raise TypeError(f"a list operation answered {type(answer).__name__} whose data is not a list")
    return data
