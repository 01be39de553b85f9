"""Stateful operation handlers of the fake server, keyed by ``operationId``.

Each handler gets a :class:`Context` (the authenticated user, the resolved workspace, the parsed
body, ...) and returns a :class:`Reply`. It runs under the state lock. Operations without a
handler here are answered with the deterministic example body built from the spec.
"""

from . import (  # noqa: F401  (each registers its handlers)
    accounts,
    activity,
    assets,
    integrations,
    settings,
    spaces,
    streams,
    users,
    workspaces,
)
from .base import HANDLERS, Context, Reply

__all__ = ["HANDLERS", "Context", "Reply"]
