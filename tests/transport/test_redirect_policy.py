"""Unit tests of the credential policy, the redirect memory and the redirect method rules."""

from __future__ import annotations

import httpx
import pytest

from tiledb.client._http.redirects import redirect_method
from tiledb.client._http.transport import RedirectCache, RedirectLoopError


@pytest.mark.parametrize(
    ("configured", "target", "trusted"),
    [
        ("https://api.tiledb.com", "https://api.tiledb.com/v4/x", True),
        ("https://api.tiledb.com", "https://api.tiledb.com:443/v4/x", True),  # the default port
        ("https://api.tiledb.com", "https://api.tiledb.com:8443/v4/x", False),  # another port
        ("https://api.tiledb.com", "https://us-east-1.tiledb.com/v4/x", True),
        ("https://api.tiledb.com", "https://us-east-1.tiledb.com:8443/v4/x", False),
        ("https://api.tiledb.com", "https://tiledb.com/v4/x", True),  # the registrable domain itself
        ("https://api.tiledb.com", "https://x.tiledb.com", True),
        ("https://api.tiledb.com", "https://a.b.tiledb.com", True),
        ("https://api.tiledb.com", "https://US-EAST-1.TileDB.com./v4", True),
        ("https://api.tiledb.com", "https://tiledb.com.evil.net/v4/x", False),
        ("https://api.tiledb.com", "https://eviltiledb.com/v4/x", False),
        ("https://api.tiledb.com", "https://tiledb.evil.com/v4/x", False),
        ("https://api.tiledb.com", "https://example.com/v4/x", False),
        ("https://api.tiledb.com", "http://api.tiledb.com/v4/x", False),  # downgrade
        ("https://api.tiledb.com", "http://us-east-1.tiledb.com/v4/x", False),
        ("https://api.tiledb.com", "ftp://api.tiledb.com/x", False),
        # a configured port is trusted on the other hosts of the domain too
        ("https://api.tiledb.com:8443", "https://eu.tiledb.com:8443/v4", True),
        ("https://api.tiledb.com:8443", "https://eu.tiledb.com/v4", True),
        ("https://api.tiledb.com:8443", "https://eu.tiledb.com:9443/v4", False),
        # shared-hosting suffixes of the Public Suffix List: each tenant is its own domain
        ("https://tiledb.herokuapp.com", "https://evil.herokuapp.com/v4", False),
        ("https://tiledb.herokuapp.com", "https://eu.tiledb.herokuapp.com/v4", True),
        ("https://tiledb.azurewebsites.net", "https://evil.azurewebsites.net/v4", False),
        ("https://api.tiledb.azurewebsites.net", "https://eu.tiledb.azurewebsites.net/v4", True),
        ("https://tiledb.github.io", "https://evil.github.io/v4", False),
        # country-code registries
        ("https://api.example.co.uk", "https://evil.co.uk", False),
        ("https://api.example.co.uk", "https://eu.example.co.uk", True),
        ("https://api.example.co.uk", "https://co.uk", False),
        ("https://api.example.com.au", "https://other.com.au", False),
        # a configured host that is a public suffix or has no registrable domain: only itself
        ("https://localhost:8000", "https://localhost:8000/v4", True),
        ("https://localhost:8000", "https://localhost:9000/v4", False),
        ("https://localhost:8000", "https://evil.localhost:8000", False),
        ("http://localhost:8000", "http://localhost:9000", False),
        # IP hosts: only the configured origin
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000/v4", True),
        ("http://127.0.0.1:8000", "http://127.0.0.1:9000", False),
        ("https://127.0.0.1:8000", "https://127.0.0.1:9000", False),
        ("http://127.0.0.1:8000", "http://localhost:8000", False),
        ("http://127.0.0.1:8000", "http://1.0.0.1", False),
        ("http://127.0.0.1:8000", "http://x.0.0.1", False),
        ("http://10.1.2.3", "http://10.1.2.4", False),
        ("http://[::1]:8000", "http://[::1]:8000/v4", True),
        ("http://[::1]:8000", "http://[::1]:9000", False),
        ("http://[::1]:8000", "http://127.0.0.1:8000", False),
        # an http configuration: the same origin, or https under its domain (an upgrade)
        ("http://api.tiledb.com", "https://api.tiledb.com", True),
        ("http://api.tiledb.com", "https://eu.tiledb.com", True),
        ("http://api.tiledb.com", "http://eu.tiledb.com", False),
    ],
)
def test_credentials_go_only_to_trusted_targets(configured: str, target: str, trusted: bool) -> None:
    assert RedirectCache(configured).trusts(target) is trusted


def test_no_credentials_over_http_after_an_https_hop() -> None:
    cache = RedirectCache("http://api.tiledb.com")
    assert cache.trusts("http://api.tiledb.com/x")
    assert not cache.trusts("http://api.tiledb.com/x", previous=httpx.URL("https://eu.tiledb.com/x"))


def test_configured_url_must_be_http() -> None:
    with pytest.raises(ValueError):
        RedirectCache("api.tiledb.com")
    with pytest.raises(ValueError):
        RedirectCache("http://x", max_redirects=-1)


def _get(url: str) -> httpx.Request:
    return httpx.Request("GET", url, headers={"X-TILEDB-REST-API-KEY": "k"})


def test_route_remember_forget() -> None:
    cache = RedirectCache("https://api.tiledb.com")
    assert cache.route(_get("https://api.tiledb.com/v4/a")) is None
    cache.remember(httpx.URL("https://api.tiledb.com/v4/a?x=1"), httpx.URL("https://eu.tiledb.com/v4/a"))
    routed = cache.route(_get("https://api.tiledb.com/v4/a?page=2"))
    assert routed is not None
    assert str(routed.url) == "https://eu.tiledb.com/v4/a?page=2"
    assert routed.headers["host"] == "eu.tiledb.com"
    assert routed.headers["x-tiledb-rest-api-key"] == "k"
    # other paths and other origins are left alone
    assert cache.route(_get("https://api.tiledb.com/v4/b")) is None
    assert cache.route(_get("https://other.example/v4/a")) is None
    cache.forget(httpx.URL("https://api.tiledb.com/v4/a"))
    assert cache.route(_get("https://api.tiledb.com/v4/a")) is None


def test_a_redirect_back_to_the_configured_origin_clears_the_entry() -> None:
    cache = RedirectCache("https://api.tiledb.com")
    cache.remember(httpx.URL("https://api.tiledb.com/v4/a"), httpx.URL("https://eu.tiledb.com/v4/a"))
    assert cache.size == 1
    cache.remember(httpx.URL("https://api.tiledb.com/v4/a"), httpx.URL("https://api.tiledb.com/v4/a"))
    assert cache.size == 0


def test_route_strips_credentials_for_an_untrusted_entry() -> None:
    # remember() is only called for trusted targets, but the rule is applied on reuse anyway
    cache = RedirectCache("https://api.tiledb.com")
    cache.remember(httpx.URL("https://api.tiledb.com/v4/a"), httpx.URL("http://eu.tiledb.com/v4/a"))
    routed = cache.route(_get("https://api.tiledb.com/v4/a"))
    assert routed is not None and "x-tiledb-rest-api-key" not in routed.headers


def test_memory_is_bounded_least_recently_used_first() -> None:
    cache = RedirectCache("https://api.tiledb.com", max_entries=2)
    target = httpx.URL("https://eu.tiledb.com")
    for path in ("/a", "/b"):
        cache.remember(httpx.URL("https://api.tiledb.com" + path), target)
    assert cache.route(_get("https://api.tiledb.com/a")) is not None  # /a is now the most recent
    cache.remember(httpx.URL("https://api.tiledb.com/c"), target)
    assert cache.size == 2
    assert cache.route(_get("https://api.tiledb.com/b")) is None
    assert cache.route(_get("https://api.tiledb.com/a")) is not None


@pytest.mark.parametrize(
    ("method", "status", "expected"),
    [
        ("POST", 303, ("GET", True)),
        ("PUT", 303, ("GET", True)),
        ("HEAD", 303, ("HEAD", False)),
        ("POST", 301, ("GET", True)),
        ("POST", 302, ("GET", True)),
        ("PUT", 302, ("PUT", False)),
        ("GET", 301, ("GET", False)),
        ("POST", 307, ("POST", False)),
        ("PATCH", 308, ("PATCH", False)),
    ],
)
def test_redirect_method(method: str, status: int, expected: tuple[str, bool]) -> None:
    assert redirect_method(method, status) == expected


def test_loop_error_names_the_chain_without_secrets() -> None:
    chain = [
        httpx.URL("https://user:pw@api.tiledb.com/v4/a?token=SECRET"),
        httpx.URL("https://eu.tiledb.com/v4/a#frag"),
    ]
    error = RedirectLoopError(chain, 1, request=httpx.Request("GET", chain[0]))
    assert isinstance(error, httpx.TooManyRedirects)
    assert error.chain == ("https://api.tiledb.com/v4/a", "https://eu.tiledb.com/v4/a")
    assert str(error) == "More than 1 redirects: https://api.tiledb.com/v4/a -> https://eu.tiledb.com/v4/a"
    for secret in ("SECRET", "pw", "user"):
        assert secret not in str(error)
