"""pytest plugin (registered through the ``pytest11`` entry point) providing ``fake_server``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .server import FakeServer


@pytest.fixture
def fake_server() -> Iterator[FakeServer]:
    """A seeded :class:`~tiledb.client.testing.FakeServer`, started for one test and stopped after it."""
    try:
        from .server import FakeServer
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        pytest.skip(f"fake_server needs the 'testing' extra of tiledb-rest-client: {exc}")
    with FakeServer() as server:
        yield server
