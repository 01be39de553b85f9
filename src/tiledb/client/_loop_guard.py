"""Run an async cleanup when an asyncio event loop shuts down.

An ``httpx.AsyncClient`` must be closed on the loop that opened its
connections, but ``asyncio.run()`` offers no shutdown callback.  It does
close every live async generator of the loop before closing it
(``loop.shutdown_asyncgens()``), and that runs the generator's ``finally``
block on the loop.  A :class:`LoopGuard` is such a generator, parked at its
first ``yield``: its ``finally`` awaits the cleanup.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncGenerator, Awaitable, Callable

__all__ = ["LoopGuard"]


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
