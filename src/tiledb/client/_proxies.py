"""Proxies named by the environment, as httpx mount patterns.

httpx reads ``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY`` and ``NO_PROXY`` itself, but it mounts a
plain ``HTTPTransport`` for each proxy: requests that go through a proxy would skip the client's
own transport (retries, the retry budget, redirects and where credentials may go, request logs).
So the clients are built with ``trust_env=False`` and these patterns instead, each proxy getting a
transport of the same stack (see :mod:`tiledb.client._http`). The rules are httpx's:

* ``HTTP_PROXY``, ``HTTPS_PROXY`` and ``ALL_PROXY`` (any case) proxy ``http://``, ``https://`` and
  every URL; a proxy URL without a scheme means ``http://``;
* ``NO_PROXY`` lists hosts reached directly: ``*`` turns proxies off; an entry with ``://`` is a
  pattern as it stands; an IP address or ``localhost`` is that host; any other name also covers
  its subdomains.
"""

from __future__ import annotations

import ipaddress
import urllib.request

__all__ = ["environment_proxies"]


def _no_proxy_pattern(entry: str) -> str:
    if "://" in entry:
        return entry
    try:
        address = ipaddress.ip_address(entry.strip("[]"))
    except ValueError:
        if entry.lower() == "localhost":
            return f"all://{entry}"
        return f"all://*{entry}"
    return f"all://[{address}]" if address.version == 6 else f"all://{address}"


def environment_proxies() -> dict[str, str | None]:
    """Mount pattern -> proxy URL, or ``None`` for a pattern reached without a proxy."""
    proxies = urllib.request.getproxies()
    mounts: dict[str, str | None] = {}
    for scheme in ("http", "https", "all"):
        url = proxies.get(scheme)
        if url:
            mounts[f"{scheme}://"] = url if "://" in url else f"http://{url}"
    entries = [entry.strip() for entry in proxies.get("no", "").split(",") if entry.strip()]
    if "*" in entries:
        return {}
    for entry in entries:
        mounts[_no_proxy_pattern(entry)] = None
    return mounts
