"""The deferred CA context (loads its bundle on the first handshake) and the sharded async pool."""

from __future__ import annotations

import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import trustme

from tiledb.client._connections import DeferredCAContext, default_verify_context


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[int, Path]]:
    """A loopback TLS listener with a certificate for ``localhost`` from a test CA: (port, CA file)."""
    ca = trustme.CA()
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("localhost").configure_cert(server_context)
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            conn.settimeout(2)
            try:
                with server_context.wrap_socket(conn, server_side=True) as tls:
                    tls.recv(1024)
                    tls.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
            except (ssl.SSLError, OSError):
                conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield listener.getsockname()[1], ca_file
    stop.set()
    thread.join(5)
    listener.close()


def _loaded_cas(context: ssl.SSLContext) -> int:
    return int(context.cert_store_stats()["x509_ca"])


def test_the_bundle_is_read_on_the_first_handshake_only(tls_server: tuple[int, Path]) -> None:
    port, ca_file = tls_server
    context = DeferredCAContext(cafile=str(ca_file))
    assert _loaded_cas(context) == 0
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    with httpx.Client(transport=httpx.HTTPTransport(verify=context)) as client:
        assert client.get(f"https://localhost:{port}/").text == "ok"
    assert _loaded_cas(context) == 1


def test_an_unknown_ca_is_refused(tls_server: tuple[int, Path]) -> None:
    port, _ = tls_server
    with (
        httpx.Client(transport=httpx.HTTPTransport(verify=default_verify_context())) as client,
        pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"),
    ):
        client.get(f"https://localhost:{port}/")


def test_the_hostname_is_checked(tls_server: tuple[int, Path]) -> None:
    port, ca_file = tls_server
    context = DeferredCAContext(cafile=str(ca_file))
    with (
        httpx.Client(transport=httpx.HTTPTransport(verify=context)) as client,
        pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"),
    ):
        client.get(f"https://127.0.0.1:{port}/")  # the certificate names localhost only


def test_ssl_cert_file_is_honoured(monkeypatch: pytest.MonkeyPatch, tls_server: tuple[int, Path]) -> None:
    _, ca_file = tls_server
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    context = default_verify_context()
    context.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname="localhost")
    assert _loaded_cas(context) == 1
