"""The Pager on its own: a counting fake list operation, no server."""

from __future__ import annotations

import collections
import threading
import time
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tiledb.client._highlevel.pager import Pager


class Listing:
    """A list operation over ``total`` integers; records which pages were asked for."""

    def __init__(self, total: int, *, delay: float = 0.0, meta: bool = True) -> None:
        self.total = total
        self.delay = delay
        self.meta = meta
        self.calls: list[int] = []
        self.lock = threading.Lock()
        self.in_flight = 0
        self.max_in_flight = 0

    def __call__(self, name: str, *, page: int, per_page: int = 10) -> Any:
        assert name == "things"
        with self.lock:
            self.calls.append(page)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        time.sleep(self.delay)
        with self.lock:
            self.in_flight -= 1
        start = (page - 1) * per_page
        data = list(range(start, min(start + per_page, self.total)))
        pages = -(-self.total // per_page)
        meta = SimpleNamespace(page=page, per_page=per_page, total_pages=pages, total_items=self.total)
        return SimpleNamespace(data=data, pagination_metadata=meta if self.meta else None)


def test_iterates_every_page_once() -> None:
    listing = Listing(95)
    pager: Pager[int] = Pager(listing, "things", per_page=10)
    assert listing.calls == []  # lazy: nothing before use
    assert list(pager) == list(range(95))
    assert sorted(listing.calls) == list(range(1, 11))
    # A walk lets go of the pages it has passed, but the first: a second walk asks for those again.
    assert list(pager) == list(range(95))
    assert sorted(listing.calls) == [1, *sorted(2 * list(range(2, 11)))]


def test_a_walk_holds_a_few_pages_not_all() -> None:
    listing = Listing(1000)
    pager: Pager[int] = Pager(listing, "things", per_page=10, prefetch=2)
    held = []
    for i, _ in enumerate(pager):
        if i % 10 == 9:
            held.append(len(pager._pages))
    assert max(held) <= 1 + 1 + 2, held  # the first page, the one being read, the two ahead
    assert pager[5] == 5 and len(pager) == 1000  # the first page is still held: no request
    assert listing.calls.count(1) == 1


def test_len_index_slice_never_refetch() -> None:
    listing = Listing(95)
    pager: Pager[int] = Pager(listing, "things", per_page=10, prefetch=0)
    assert len(pager) == 95
    assert pager[0] == 0 and pager[-1] == 94 and pager[57] == 57 and pager[-95] == 0
    assert pager[10:13] == [10, 11, 12]
    assert pager[::40] == [0, 40, 80]
    before = list(listing.calls)
    assert pager[57] == 57 and pager[-1] == 94
    assert listing.calls == before
    assert sorted(set(listing.calls)) == sorted(listing.calls)  # each page at most once
    with pytest.raises(IndexError):
        pager[95]
    with pytest.raises(IndexError):
        pager[-96]
    with pytest.raises(TypeError):
        pager["1"]  # type: ignore[call-overload]


def test_start_page_and_call_page() -> None:
    listing = Listing(95)
    pager: Pager[int] = Pager(listing, "things", page=3, per_page=10, prefetch=0)
    assert len(pager) == 75
    assert pager[0] == 20
    assert pager.data == list(range(20, 30))
    assert pager.pagination_metadata.page == 3
    assert pager.call_page(5) == list(range(40, 50))
    assert pager.data == list(range(40, 50)) and pager.pagination_metadata.page == 5
    assert list(pager)[:2] == [20, 21]
    assert listing.calls.count(5) == 1
    with pytest.raises(ValueError, match="positive"):
        pager.call_page(0)


def test_a_slow_server_gets_several_pages_asked_for_at_once_and_no_more_than_prefetch() -> None:
    listing = Listing(400, delay=0.02)
    pager: Pager[int] = Pager(listing, "things", per_page=10, prefetch=4)
    assert sum(1 for _ in pager) == 400  # a consumer that takes no time over a page
    assert 3 <= listing.max_in_flight <= 4
    assert sorted(listing.calls) == list(range(1, 41))


def test_a_consumer_slower_than_the_server_gets_one_page_ahead() -> None:
    listing = Listing(200, delay=0.002)
    pager: Pager[int] = Pager(listing, "things", per_page=10, prefetch=4)
    for item in pager:
        if item % 10 == 0:
            time.sleep(0.03)  # far longer over each page than a page takes to arrive
    assert listing.max_in_flight == 1
    assert sorted(listing.calls) == list(range(1, 21))


def test_the_pages_ahead_follow_the_consumer_as_it_changes_pace() -> None:
    listing = Listing(600, delay=0.02)
    pager: Pager[int] = Pager(listing, "things", per_page=10, prefetch=4)
    most_while_slow = 0
    for item in pager:
        if item < 200 and item % 10 == 0:
            time.sleep(0.05)  # slow: one page under way is enough
        if item == 200:
            most_while_slow, listing.max_in_flight = listing.max_in_flight, 0
    assert most_while_slow == 1
    assert listing.max_in_flight > 1  # then fast: several again


def test_answer_without_metadata_is_one_page() -> None:
    listing = Listing(7, meta=False)
    pager: Pager[int] = Pager(listing, "things")
    assert len(pager) == 7 and list(pager) == list(range(7)) and pager.pagination_metadata is None
    assert listing.calls == [1]


def test_empty_listing() -> None:
    pager: Pager[int] = Pager(Listing(0), "things")
    assert len(pager) == 0 and list(pager) == [] and pager[0:3] == []
    with pytest.raises(IndexError):
        pager[0]


@pytest.mark.parametrize("bad", [0, -1, True, "1", 1.0])
def test_bad_page_arguments(bad: Any) -> None:
    with pytest.raises(ValueError):
        Pager(Listing(1), "things", page=bad)
    with pytest.raises(ValueError):
        Pager(Listing(1), "things", per_page=bad)


def test_errors_come_out_of_iteration() -> None:
    def failing(name: str, *, page: int) -> Any:
        if page == 2:
            raise RuntimeError("page 2 broke")
        return Listing(30)(name, page=page)

    with pytest.raises(RuntimeError, match="page 2 broke"):
        list(Pager(failing, "things"))


_ACCESS = st.one_of(
    st.tuples(st.just("index"), st.integers(-120, 120)),
    st.tuples(
        st.just("slice"), st.integers(-120, 120), st.integers(-120, 120), st.sampled_from([1, 2, -1, 7])
    ),
    st.tuples(st.just("len")),
    st.tuples(st.just("iter")),
    st.tuples(st.just("page"), st.integers(1, 12)),
)


@settings(max_examples=60, deadline=None)
@given(
    total=st.integers(0, 110),
    per_page=st.integers(1, 25),
    start=st.integers(1, 4),
    accesses=st.lists(_ACCESS, max_size=12),
)
def test_pager_behaves_like_the_list_and_fetches_each_page_once(
    total: int, per_page: int, start: int, accesses: list[tuple[Any, ...]]
) -> None:
    listing = Listing(total)
    pager: Pager[int] = Pager(listing, "things", page=start, per_page=per_page, prefetch=2)
    expected = list(range(total))[(start - 1) * per_page :]
    for access in accesses:
        if access[0] == "index":
            if -len(expected) <= access[1] < len(expected):
                assert pager[access[1]] == expected[access[1]]
            else:
                with pytest.raises(IndexError):
                    pager[access[1]]
        elif access[0] == "slice":
            part = slice(access[1], access[2], access[3])
            assert pager[part] == expected[part]
        elif access[0] == "len":
            assert len(pager) == len(expected)
        elif access[0] == "iter":
            assert list(pager) == expected
        else:
            assert pager.call_page(access[1]) == list(range(total))[(access[1] - 1) * per_page :][:per_page]
    time.sleep(0.01)  # let prefetches still in flight land before counting
    # Each page once, but for the walks: a walk lets go of the pages it passes (not the first).
    walks = sum(1 for access in accesses if access[0] == "iter")
    counts = collections.Counter(listing.calls)
    assert counts[start] <= 1 and max(counts.values(), default=0) <= 1 + walks, listing.calls


def test_a_failed_page_is_asked_again_later() -> None:
    failures = {2: 1}
    listing = Listing(30)

    def flaky(name: str, *, page: int, per_page: int = 10) -> Any:
        if failures.get(page):
            failures[page] -= 1
            raise RuntimeError("flaky")
        return listing(name, page=page, per_page=per_page)

    pager: Pager[int] = Pager(flaky, "things", prefetch=0)
    with pytest.raises(RuntimeError):
        list(pager)
    assert list(pager) == list(range(30))


def test_threads_asking_for_the_same_page_share_one_request() -> None:
    listing = Listing(50, delay=0.05)
    pager: Pager[int] = Pager(listing, "things", prefetch=0)
    pager.call_page(1)
    threads = [threading.Thread(target=pager.call_page, args=(3,)) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert listing.calls.count(3) == 1


def test_a_page_that_arrives_quickly_is_fetched_one_ahead_whatever_the_consumers_pace() -> None:
    from tiledb.client._highlevel.pager import QUICK_PAGE

    pager: Pager[int] = Pager(Listing(100), "things", per_page=10, prefetch=4)
    pager._consume_seconds = 1e-6  # a consumer that takes no time over a page
    pager._fetch_seconds = QUICK_PAGE / 2
    assert pager._ahead(4) == 1  # more in flight would hold memory and threads, not save time
    pager._fetch_seconds = QUICK_PAGE * 4
    assert pager._ahead(4) == 4
    pager._consume_seconds = QUICK_PAGE * 2
    assert pager._ahead(4) == 2
