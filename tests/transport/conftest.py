"""Fixtures of the transport tests: scripted and raw loopback servers, a test CA, a fake clock."""

from __future__ import annotations

import ssl
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import trustme

from .rawserver import Handler, RawServer
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


@pytest.fixture
def raw() -> Iterator[Callable[..., RawServer]]:
    servers: list[RawServer] = []

    def start(handler: Handler, context: ssl.SSLContext | None = None) -> RawServer:
        servers.append(RawServer(handler, context))
        return servers[-1]

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def tls(tmp_path: Path) -> tuple[ssl.SSLContext, Path]:
    """A server context with a certificate for ``localhost`` from a test CA, and the CA's file."""
    ca = trustme.CA()
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("localhost").configure_cert(context)
    return context, ca_file


@pytest.fixture
def untrusted_ca_file(tmp_path: Path) -> Path:
    """The certificate of another test CA, which signed nothing the servers present."""
    other = tmp_path / "untrusted-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(other))
    return other
