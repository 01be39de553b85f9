"""Walk every page of a paged list operation: :func:`paginate` and its async twin :func:`apaginate`.

Every list operation of the v4 API takes ``page`` and ``per_page`` and answers with a model
holding ``data`` (the items of one page) and ``pagination_metadata`` (``page``, ``per_page``,
``total_pages``, ``total_items``). These helpers call such an operation once per page, as the
caller consumes the items, and yield the items one by one::

    from tiledb.client import build, paginate
    from tiledb.client.rest_api.api import AssetsApi

    for asset in paginate(build(AssetsApi).list_assets, "my-ws", "general", "/", per_page=500):
        print(asset.name)

The sync and async variants are two functions rather than one that inspects its argument:
the static type of the result (an ``Iterator`` or an ``AsyncIterator``) then follows from the
name, and a type checker catches ``for`` over an async walk or ``async for`` over a sync one.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, ParamSpec, Protocol, TypeVar, cast

from .._errors import ClientError

__all__ = ["Page", "apaginate", "paginate"]

_P = ParamSpec("_P")
_T_co = TypeVar("_T_co", covariant=True)
_T = TypeVar("_T")


class Page(Protocol[_T_co]):
    """What a paged list operation returns: one page of items and where it sits among all pages.

    Every generated ``*ListResponse`` model (``AssetListResponse``, ``TokenListResponse``, ...)
    fits. ``pagination_metadata`` is read for its ``page`` and ``total_pages`` attributes; some
    models make it optional, and a page without it is handled as described in :func:`paginate`.
    """

    @property
    def data(self) -> Sequence[_T_co]:
        """The items of this page."""
        ...

    @property
    def pagination_metadata(self) -> object:
        """The server's ``PaginationMetadata`` for this page (or ``UNSET``/``None``)."""
        ...


def _name(operation: Callable[..., object]) -> str:
    return getattr(operation, "__qualname__", None) or getattr(operation, "__name__", None) or repr(operation)


class _Walk:
    """The page bookkeeping shared by the sync and async walks: what to ask for, when to stop."""

    __slots__ = ("last_reported", "name", "page", "per_page")

    def __init__(self, operation: Callable[..., object], kwargs: dict[str, Any]) -> None:
        """Read the walk's settings; ``page`` is taken out of ``kwargs`` (the walk sets it)."""
        self.name = _name(operation)
        start = kwargs.pop("page", None)
        self.page = _start_page(start)
        self.per_page = _int_or_none(kwargs.get("per_page"))
        self.last_reported: int | None = None

    def items(self, result: object) -> Sequence[Any]:
        """Check ``result`` and return its items.

        :raises TypeError: ``result`` is not a page of a list operation.
        :raises ClientError: the server answered a page that does not follow the previous one
            (it ignored the ``page`` parameter); yielding it would repeat items forever.
        """
        if not (hasattr(result, "data") and hasattr(result, "pagination_metadata")):
            raise TypeError(
                f"{self.name} returned {type(result).__name__}, which has no .data and "
                ".pagination_metadata: paginate() walks list operations whose answer is a page "
                "(such as AssetsApi.list_assets); call this operation directly instead."
            )
        data = result.data
        if data is None or _is_unset(data):
            data = ()
        elif isinstance(data, (str, bytes)) or not isinstance(data, Sequence):
            raise TypeError(
                f"{self.name} returned a {type(result).__name__} whose .data is a "
                f"{type(data).__name__}, not a list of items."
            )
        reported = _int_or_none(getattr(result.pagination_metadata, "page", None))
        if reported is not None:
            if self.last_reported is not None and reported <= self.last_reported:
                raise ClientError(
                    f"{self.name}: asked for page {self.page} but the server answered page {reported} "
                    "again; stopping instead of repeating items."
                )
            self.last_reported = reported
        return cast(Sequence[Any], data)

    def advance(self, result: object, count: int) -> bool:
        """Whether another page should be fetched after ``result`` (a page of ``count`` items)."""
        if count == 0:
            return False
        meta = result.pagination_metadata  # type: ignore[attr-defined]
        total_pages = _int_or_none(getattr(meta, "total_pages", None))
        if total_pages is None:
            # No usable metadata: a short page is the last one; otherwise ask for the next.
            if self.per_page is not None and count < self.per_page:
                return False
            self.page += 1
            return True
        current = max(self.last_reported or 0, self.page)
        if current >= total_pages:
            return False
        self.page = current + 1
        return True


def _int_or_none(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _is_unset(value: object) -> bool:
    return type(value).__name__ == "Unset"


def _checked_operation(operation: object) -> None:
    if not callable(operation):
        raise TypeError(
            "operation must be a list operation such as build(AssetsApi).list_assets, "
            f"not {type(operation).__name__}."
        )


def _start_page(start: object) -> int:
    if start is None or _is_unset(start):
        return 1
    if isinstance(start, bool) or not isinstance(start, int) or start < 1:
        raise ValueError(f"page must be a positive integer (the first page to fetch), got {start!r}")
    return start


def paginate(
    operation: Callable[_P, Page[_T]],
    /,
    *args: _P.args,
    **kwargs: _P.kwargs,
) -> Iterator[_T]:
    """Yield every item of a paged list operation, fetching one page at a time as you iterate.

    ``operation`` is a blocking list method of a generated Api class (``build(AssetsApi).list_assets``)
    or any callable that takes ``page``/``per_page`` keyword arguments and returns a page
    (an object with ``.data`` and ``.pagination_metadata``). ``args`` and ``kwargs`` are passed
    to every call, unchanged except for ``page``, so type checkers check them against the
    operation's own signature, and the item type (``Asset`` for ``list_assets``) flows to the loop
    variable.

    Nothing is requested until the first item is asked for. The walk starts at ``page`` when
    given (default 1) and stops after the page whose ``pagination_metadata.page`` reaches
    ``total_pages``, or at the first empty page. When an answer carries no metadata, a page
    shorter than ``per_page`` (or an empty one, when ``per_page`` is not given) ends the walk.

    Errors of a call (``ApiError``, transport errors) surface from the iteration that needed it;
    the items already yielded stay valid.

    :param operation: the list operation to call once per page.
    :param args: positional arguments of the operation (such as workspace, teamspace, path).
    :param kwargs: keyword arguments of the operation; ``per_page`` sets the page size and
        ``page`` the first page to fetch.
    :returns: an iterator over the items of every page, in server order.
    :raises TypeError: at once, when ``operation`` is not callable or is a coroutine function
        (use :func:`apaginate`);
        during iteration, when an answer has no ``.data``/``.pagination_metadata``.
    :raises ValueError: at once, when ``page`` is not a positive integer.
    :raises ClientError: during iteration, when the server repeats a page instead of advancing.
    """
    _checked_operation(operation)
    if inspect.iscoroutinefunction(operation):
        raise TypeError(
            f"{_name(operation)} is a coroutine function: walk it with "
            "'async for item in apaginate(...)', not paginate()."
        )
    call_kwargs = dict(kwargs)
    walk = _Walk(operation, call_kwargs)
    return _pages(cast(Callable[..., object], operation), walk, args, call_kwargs)


def _pages(
    operation: Callable[..., object], walk: _Walk, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> Iterator[Any]:
    while True:
        result = operation(*args, page=walk.page, **kwargs)
        if inspect.isawaitable(result):
            if inspect.iscoroutine(result):
                result.close()  # never awaited on purpose: no "never awaited" warning
            raise TypeError(
                f"{walk.name} returned an awaitable: walk async operations with "
                "'async for item in apaginate(...)', not paginate()."
            )
        items = walk.items(result)
        yield from items
        if not walk.advance(result, len(items)):
            return


def apaginate(
    operation: Callable[_P, Awaitable[Page[_T]]],
    /,
    *args: _P.args,
    **kwargs: _P.kwargs,
) -> AsyncIterator[_T]:
    """The async twin of :func:`paginate`, for the methods of the ``Async*Api`` classes.

    Use it with ``async for``::

        api = build(AsyncAssetsApi)
        async for asset in apaginate(api.list_assets, "my-ws", "general", "/", per_page=500):
            print(asset.name)

    Pages are fetched one at a time, as the loop consumes items; stopping rules, arguments and
    errors are those of :func:`paginate`.

    :raises TypeError: at once, when ``operation`` is not callable; during iteration, when a
        call's result is not awaitable (a blocking operation: use :func:`paginate`) or an answer
        is not a page.
    :raises ValueError: at once, when ``page`` is not a positive integer.
    """
    _checked_operation(operation)
    call_kwargs = dict(kwargs)
    walk = _Walk(operation, call_kwargs)
    return _apages(cast(Callable[..., object], operation), walk, args, call_kwargs)


async def _apages(
    operation: Callable[..., object], walk: _Walk, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> AsyncIterator[Any]:
    while True:
        pending = operation(*args, page=walk.page, **kwargs)
        if not inspect.isawaitable(pending):
            raise TypeError(
                f"{walk.name} returned {type(pending).__name__}, not an awaitable: walk blocking "
                "operations with 'for item in paginate(...)', not apaginate()."
            )
        result = await pending
        items = walk.items(result)
        for item in items:
            yield item
        if not walk.advance(result, len(items)):
            return
