"""Redirects followed inside the transport: regional hosts remembered per path, credentials guarded.

Credentials (the ``X-TILEDB-REST-API-KEY``, ``Authorization`` and ``Cookie`` headers) go to a
redirect target only when :meth:`RedirectCache.trusts` accepts it:

* the configured origin itself (scheme, host and port as configured); or
* an ``https`` host under the configured host's registrable domain, as the Public Suffix List
  defines it (the list ships with the ``publicsuffixlist`` package; nothing is fetched), on the
  default port or the configured one. Configured ``api.tiledb.com``: ``us-east-1.tiledb.com``
  yes, ``tiledb.com.evil.net`` no. Configured ``tiledb.herokuapp.com``: ``evil.herokuapp.com``
  no, since ``herokuapp.com`` is a public suffix whose tenants are strangers to each other.
  An IP address, ``localhost`` and a host that is itself a public suffix have no registrable
  domain: only the configured origin;
* never over ``http`` once a hop of the chain was ``https``.

Once a hop of a chain loses the credentials, later hops of that chain do not get them back.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

import httpx

__all__ = ["RedirectCache", "RedirectLoopError", "registrable_domain"]

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
CREDENTIAL_HEADERS = ("x-tiledb-rest-api-key", "authorization", "cookie")
_BODY_HEADERS = ("content-length", "content-type", "content-encoding", "transfer-encoding")

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


_suffix_list: Any = None
_suffix_lock = threading.Lock()


def registrable_domain(host: str) -> str | None:
    """The registrable domain of ``host`` under the Public Suffix List, or ``None``.

    ``None`` for an IP address, for a name that is itself a public suffix, and for a name the
    list can not place (``localhost``). The list (ICANN and private sections) is parsed on the
    first call: only a redirect to another origin asks.
    """
    global _suffix_list
    import ipaddress

    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        pass
    else:
        return None
    if "." not in host:
        return None
    with _suffix_lock:
        if _suffix_list is None:
            from publicsuffixlist import PublicSuffixList

            _suffix_list = PublicSuffixList(only_icann=False)
        suffixes = _suffix_list
    domain = suffixes.privatesuffix(host)
    return domain if isinstance(domain, str) else None


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
        self._domain: str | bool | None = False  # the registrable domain, looked up when first needed
        self._entries: OrderedDict[bytes, _Origin] = OrderedDict()
        self._lock = threading.Lock()

    def trusts(self, url: httpx.URL | str, *, previous: httpx.URL | None = None) -> bool:
        """Whether credentials may be sent to ``url``, reached from ``previous`` (see module doc)."""
        url = httpx.URL(url)
        if url.scheme not in ("http", "https"):
            return False
        if url.scheme == "http" and previous is not None and previous.scheme == "https":
            return False
        host = _host(url)
        if (url.scheme, host, url.port) == self._origin:
            return True
        if url.scheme != "https" or url.port not in (None, self._origin[2]):
            return False
        domain = self._registrable()
        return domain is not None and (host == domain or host.endswith("." + domain))

    def _registrable(self) -> str | None:
        if self._domain is False:
            self._domain = registrable_domain(self._origin[1])
        return self._domain if isinstance(self._domain, str) else None

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
