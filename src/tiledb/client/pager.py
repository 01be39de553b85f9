"""``Pager``: the lazy, indexable view of a paged listing that every high-level list returns.

``Pager(func, *args, **kwargs)`` calls ``func(*args, page=n, **kwargs)`` for the pages it needs;
iterate it for every item of every page, index it (``p[0]``, ``p[-1]``, ``p[2:5]``), take its
``len()``, or move page by page with ``call_page(n)`` and ``data``.
"""

from __future__ import annotations

from ._highlevel.pager import Pager

__all__ = ["Pager"]
