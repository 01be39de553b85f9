"""Unit tests of the credential policy, the redirect memory and the redirect method rules."""

from __future__ import annotations

import httpx
import pytest

from tiledb.client._redirects import redirect_method
from tiledb.client._transport import RedirectCache, RedirectLoopError


@pytest.mark.parametrize(
    ("configured", "target", "trusted"),
    [
        ("https://api.tiledb.com", "https://api.tiledb.com/v4/x", True),
        ("https://api.tiledb.com", "https://api.tiledb.com:8443/v4/x", True),
        ("https://api.tiledb.com", "https://us-east-1.tiledb.com/v4/x", True),
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
        # a configured host without an organisation's parent domain: only itself
        ("https://tiledb.com", "https://x.tiledb.com", False),
        ("https://tiledb.com", "https://tiledb.com:444", True),
        ("https://api.example.co.uk", "https://evil.co.uk", False),
        ("https://api.example.co.uk", "https://eu.example.co.uk", True),
        ("http://localhost:8000", "http://localhost:9000", True),
        ("http://localhost:8000", "http://evil.localhost:9000", False),
        ("http://127.0.0.1:8000", "http://127.0.0.1:9000", True),
        ("http://127.0.0.1:8000", "http://localhost:9000", False),
        ("http://127.0.0.1:8000", "http://1.0.0.1", False),
        ("http://127.0.0.1:8000", "http://x.0.0.1", False),
        ("http://10.1.2.3", "http://10.1.2.4", False),
        ("http://[::1]:8000", "http://[::1]:9000", True),
        ("http://[::1]:8000", "http://127.0.0.1:9000", False),
        # an http configuration may be sent to https (an upgrade) and http of the same host
        ("http://api.tiledb.com", "https://api.tiledb.com", True),
        ("http://api.tiledb.com", "http://eu.tiledb.com", True),
    ],
)
def test_credentials_go_only_to_trusted_targets(configured: str, target: str, trusted: bool) -> None:
    assert RedirectCache(configured).trusts(target) is trusted


def test_no_credentials_over_http_after_an_https_hop() -> None:
    cache = RedirectCache("http://api.tiledb.com")
    assert cache.trusts("http://eu.tiledb.com")
    assert not cache.trusts("http://eu.tiledb.com", previous=httpx.URL("https://api.tiledb.com/x"))


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
    cache.remember(httpx.URL("https://api.tiledb.com/v4/a?x=1"), httpx.URL("https://eu.tiledb.com:8443/v4/a"))
    routed = cache.route(_get("https://api.tiledb.com/v4/a?page=2"))
    assert routed is not None
    assert str(routed.url) == "https://eu.tiledb.com:8443/v4/a?page=2"
    assert routed.headers["host"] == "eu.tiledb.com:8443"
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
