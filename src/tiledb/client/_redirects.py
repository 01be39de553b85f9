"""Redirects followed inside the transport: regional hosts remembered per path, credentials guarded.

Credentials (the ``X-TILEDB-REST-API-KEY``, ``Authorization`` and ``Cookie`` headers) go to a
redirect target only when :meth:`RedirectCache.trusts` accepts it:

* the same host as the configured URL (any port), or a subdomain of the configured host's
  parent domain (configured ``api.tiledb.com``: ``us-east-1.tiledb.com`` yes,
  ``tiledb.com.evil.net`` no). An IP address, a single-label name such as ``localhost`` and a
  two-label name such as ``tiledb.com`` have no parent domain here: only the very same host;
* never over ``http`` once the configured URL or the redirecting hop was ``https``.

Once a hop of a chain loses the credentials, later hops of that chain do not get them back.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence

import httpx

__all__ = ["RedirectCache", "RedirectLoopError"]

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
CREDENTIAL_HEADERS = ("x-tiledb-rest-api-key", "authorization", "cookie")
_BODY_HEADERS = ("content-length", "content-type", "content-encoding", "transfer-encoding")
# Second-level labels that are registries under a country code (co.uk, com.au, ...): such a
# pair is never taken as an organisation's parent domain.
_REGISTRY_LABELS = frozenset({"ac", "co", "com", "edu", "go", "gov", "ne", "net", "or", "org"})

_Origin = tuple[str, str, int | None]


def safe_url(url: httpx.URL) -> str:
    """``url`` without user info, query or fragment: fit for logs and messages."""
    return f"{url.scheme}://{url.netloc.decode('ascii')}{url.path}"


class RedirectLoopError(httpx.TooManyRedirects):
    """A call was redirected more than ``max_redirects`` times.

    ``chain`` holds the URLs visited, first to last, reduced to scheme, host, port and path
    (no query, no user info), and the message shows the same.
    """

    def __init__(self, chain: Sequence[httpx.URL], max_redirects: int, *, request: httpx.Request) -> None:
        self.chain = tuple(safe_url(url) for url in chain)
        super().__init__(f"More than {max_redirects} redirects: {' -> '.join(self.chain)}", request=request)


def _host(url: httpx.URL) -> str:
    return url.raw_host.decode("ascii").lower().rstrip(".")


def _parent_domain(host: str) -> str | None:
    try:
        import ipaddress  # only when a redirect or a trust question comes up

        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        return None
    labels = host.split(".")
    if len(labels) < 3:
        return None
    parent = labels[1:]
    if len(parent) == 2 and len(parent[1]) == 2 and parent[0] in _REGISTRY_LABELS:
        return None
    return ".".join(parent)


class RedirectCache:
    """Per-client memory of regional redirects, and the credential policy for redirect targets.

    When a request to the configured origin is redirected to another trusted origin with the
    same path, later requests for that path go straight there. Entries are kept for the
    ``max_entries`` most recently used paths. Thread-safe.

    :param configured_url: the server address the client was configured with.
    :param max_redirects: the most redirects one call may follow.
    """

    def __init__(self, configured_url: str, max_redirects: int = 10, *, max_entries: int = 1024) -> None:
        url = httpx.URL(configured_url)
        if url.scheme not in ("http", "https") or not url.host:
            raise ValueError("configured_url must be an absolute http or https URL")
        if max_redirects < 0:
            raise ValueError(f"max_redirects must be >= 0, got {max_redirects}")
        self.max_redirects = max_redirects
        self.max_entries = max_entries
        self._origin: _Origin = (url.scheme, _host(url), url.port)
        self._parent = _parent_domain(self._origin[1])
        self._entries: OrderedDict[bytes, _Origin] = OrderedDict()
        self._lock = threading.Lock()

    def trusts(self, url: httpx.URL | str, *, previous: httpx.URL | None = None) -> bool:
        """Whether credentials may be sent to ``url``, reached from ``previous`` (see module doc)."""
        url = httpx.URL(url)
        if url.scheme == "http":
            if self._origin[0] == "https" or (previous is not None and previous.scheme == "https"):
                return False
        elif url.scheme != "https":
            return False
        host = _host(url)
        return host == self._origin[1] or (self._parent is not None and host.endswith("." + self._parent))

    def is_configured_origin(self, url: httpx.URL) -> bool:
        """Whether ``url`` has the configured scheme, host and port."""
        return (url.scheme, _host(url), url.port) == self._origin

    def route(self, request: httpx.Request) -> httpx.Request | None:
        """A copy of ``request`` sent to the remembered regional origin, or ``None``."""
        if not self._entries or not self.is_configured_origin(request.url):
            return None
        key = path_key(request.url)
        with self._lock:
            origin = self._entries.get(key)
            if origin is None:
                return None
            self._entries.move_to_end(key)
        scheme, host, port = origin
        url = request.url.copy_with(scheme=scheme, host=host, port=port)
        return rebuild(request, request.method, url, credentials=self.trusts(url, previous=request.url))

    def remember(self, request_url: httpx.URL, target: httpx.URL) -> None:
        """Note that ``request_url`` (at the configured origin) moved to ``target``'s origin."""
        key = path_key(request_url)
        with self._lock:
            if self.is_configured_origin(target):
                self._entries.pop(key, None)
                return
            self._entries[key] = (target.scheme, _host(target), target.port)
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def forget(self, request_url: httpx.URL) -> None:
        """Drop what is remembered for the path of ``request_url``."""
        with self._lock:
            self._entries.pop(path_key(request_url), None)

    @property
    def size(self) -> int:
        """How many paths are remembered."""
        return len(self._entries)


def path_key(url: httpx.URL) -> bytes:
    return url.raw_path.partition(b"?")[0]


def redirect_method(method: str, status: int) -> tuple[str, bool]:
    """The method of the next hop and whether the body is dropped (RFC 9110, section 15.4).

    303 turns anything but HEAD into a GET without body; so do 301 and 302 for POST, as all
    browsers do. 307 and 308 (and 301/302 for other methods) keep method and body.
    """
    if (status == 303 and method != "HEAD") or (status in (301, 302) and method == "POST"):
        return "GET", True
    return method, False


def rebuild(
    request: httpx.Request, method: str, url: httpx.URL, *, credentials: bool, drop_body: bool = False
) -> httpx.Request:
    """A copy of ``request`` for ``method`` and ``url``, without credentials or body if asked."""
    headers = request.headers.copy()
    headers["Host"] = url.netloc.decode("ascii")
    if not credentials:
        for name in CREDENTIAL_HEADERS:
            headers.pop(name, None)
    if drop_body:
        for name in _BODY_HEADERS:
            headers.pop(name, None)
        stream: httpx.SyncByteStream | httpx.AsyncByteStream = httpx.ByteStream(b"")
    else:
        stream = request.stream
    return httpx.Request(method, url, headers=headers, stream=stream, extensions=request.extensions)
