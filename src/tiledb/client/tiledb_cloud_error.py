"""The established client's base exception: :class:`TileDBCloudError`, and ``maybe_wrap``.

Every error of the high-level modules (``AssetsError``, ``TeamspacesError``, ...) is a
``TileDBCloudError``, so ``except TileDBCloudError`` catches any of them. ``maybe_wrap(exc)`` turns
an API error into one, for ``raise MyError("...") from maybe_wrap(exc)``.
"""

from __future__ import annotations

from ._highlevel.errors import TileDBCloudError, maybe_wrap

__all__ = ["TileDBCloudError", "maybe_wrap"]
