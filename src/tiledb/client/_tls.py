"""A verifying TLS client context that reads its CA certificates when the first handshake starts.

Parsing a CA bundle takes about 20 ms. httpx builds its context when a client is created, so every
session paid for it at start-up, even one that only ever talks plain ``http://`` (a local or test
server). This context verifies exactly like ``ssl.create_default_context(cafile=...)`` but loads
the bundle on first use.
"""

from __future__ import annotations

import os
import ssl
import threading
from typing import Any

__all__ = ["DeferredCAContext", "default_verify_context", "unverified_context"]


class DeferredCAContext(ssl.SSLContext):
    """``PROTOCOL_TLS_CLIENT`` context (hostname check, certificate required) with a lazy CA bundle."""

    _cafile: str | None
    _capath: str | None
    _pending: bool
    _load_lock: threading.Lock

    def __new__(cls, *, cafile: str | None = None, capath: str | None = None) -> DeferredCAContext:
        context = super().__new__(cls, ssl.PROTOCOL_TLS_CLIENT)
        context._cafile = cafile
        context._capath = capath
        context._pending = True
        context._load_lock = threading.Lock()
        return context

    def __init__(self, *, cafile: str | None = None, capath: str | None = None) -> None:
        # ssl.SSLContext takes the protocol in __new__; nothing more to set up here.
        pass

    def _load(self) -> None:
        if self._pending:
            with self._load_lock:
                if self._pending:
                    self.load_verify_locations(cafile=self._cafile, capath=self._capath)
                    self._pending = False

    def wrap_socket(self, *args: Any, **kwargs: Any) -> ssl.SSLSocket:
        self._load()
        return super().wrap_socket(*args, **kwargs)

    def wrap_bio(self, *args: Any, **kwargs: Any) -> ssl.SSLObject:
        self._load()
        return super().wrap_bio(*args, **kwargs)


def default_verify_context() -> DeferredCAContext:
    """The context httpx would use for ``verify=True``, loaded lazily.

    Like httpx: ``SSL_CERT_FILE`` or ``SSL_CERT_DIR`` when set, else certifi's bundle.
    """
    if os.environ.get("SSL_CERT_FILE"):
        return DeferredCAContext(cafile=os.environ["SSL_CERT_FILE"])
    if os.environ.get("SSL_CERT_DIR"):
        return DeferredCAContext(capath=os.environ["SSL_CERT_DIR"])
    import certifi

    return DeferredCAContext(cafile=certifi.where())


def unverified_context() -> ssl.SSLContext:
    """A client context that checks neither the certificate nor the hostname (``verify=False``)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context
