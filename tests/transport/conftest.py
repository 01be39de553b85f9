"""Fixtures of the transport tests: two loopback servers and a fake clock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .support import FakeTime, Script


@pytest.fixture
def server() -> Iterator[Script]:
    """The configured API host."""
    script = Script()
    yield script
    script.stop()


@pytest.fixture
def regional() -> Iterator[Script]:
    """A second listener on another port: the "regional" host of redirects."""
    script = Script()
    yield script
    script.stop()


@pytest.fixture
def fake_time() -> FakeTime:
    """A clock that moves only when the transport sleeps."""
    return FakeTime()
