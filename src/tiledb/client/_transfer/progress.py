"""Progress bars of the command line's transfers, drawn by tqdm (the ``progress`` extra).

Only here is tqdm imported, and only when a bar is wanted: on a terminal, without ``--quiet``.
Without tqdm installed, transfers simply run without a bar.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any, TextIO

__all__ = ["Bar"]


def _shape(stream: TextIO) -> tuple[int | None, int | None]:
    """The terminal's columns and lines; 80x24 for one that reports 0x0 (tqdm would draw nothing)."""
    import os

    try:
        size = os.get_terminal_size(stream.fileno())
    except (OSError, ValueError, AttributeError):
        return None, None
    return (size.columns or 80), (size.lines or 24)


class Bar:
    """A byte-count bar on ``stream``, or nothing at all when ``enabled`` is false or tqdm is missing.

    Use it as a context manager; :meth:`file` and :meth:`tree` are the ``progress=`` callbacks of
    :mod:`tiledb.client.files` for one file and for a tree.
    """

    def __init__(self, label: str, stream: TextIO, *, enabled: bool) -> None:
        self._bar: Any = None
        if not enabled:
            return
        try:
            from tqdm import tqdm
        except ImportError:  # the progress extra is not installed: no bar
            return
        columns, lines = _shape(stream)
        self._bar = tqdm(
            desc=label,
            total=None,
            unit="B",
            unit_scale=True,
            unit_divisor=1024,
            file=stream,
            leave=True,
            ncols=columns,
            nrows=lines,
        )

    def file(self, done: int, total: int | None) -> None:
        """``(bytes_done, bytes_total)`` of one file."""
        bar = self._bar
        if bar is None:
            return
        if total is not None and bar.total != total:
            bar.total = total
        bar.update(done - bar.n)

    def tree(self, files_done: int, files_total: int, bytes_done: int, bytes_total: int) -> None:
        """``(files_done, files_total, bytes_done, bytes_total)`` of a tree."""
        bar = self._bar
        if bar is None:
            return
        bar.set_postfix_str(f"{files_done}/{files_total} files", refresh=False)
        self.file(bytes_done, bytes_total)

    def __enter__(self) -> Bar:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._bar is not None:
            self._bar.close()
