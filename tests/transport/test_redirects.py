"""Redirects against real loopback servers, and https cases through httpx.MockTransport."""

from __future__ import annotations

import httpx
import pytest

from tiledb.client._http.transport import RedirectCache, RedirectLoopError

from .support import (
    API_KEY,
    BASIC_PASSWORD,
    Answer,
    MappedHosts,
    Script,
    closed_port,
    policy,
    sync_client,
)

CREDENTIALS = ("x-tiledb-rest-api-key", "authorization", "cookie")


def _moved(status: int, location: str) -> Answer:
    return Answer(status, {"Location": location}, b"")


API = "https://api.tiledb.test"
EU = "https://eu.tiledb.test"


def _regions(server: Script, regional: Script) -> MappedHosts:
    """api.tiledb.test is ``server``, eu.tiledb.test (same registrable domain) is ``regional``."""
    return MappedHosts({"api.tiledb.test": server.url, "eu.tiledb.test": regional.url})


def test_regional_redirect_is_followed_with_credentials_and_remembered(
    server: Script, regional: Script
) -> None:
    server.plan(_moved(307, f"{EU}/v4/assets/a"))
    with sync_client(API, inner=_regions(server, regional)) as client:
        first = client.get("/v4/assets/a", headers={"Cookie": "s=1"})
        second = client.get("/v4/assets/a", params={"page": "2"})
        other = client.get("/v4/assets/b")
    assert first.status_code == second.status_code == other.status_code == 200
    # the second call for the same path went straight to the regional host
    assert [s.path for s in server.seen] == ["/v4/assets/a", "/v4/assets/b"]
    assert [s.path for s in regional.seen] == ["/v4/assets/a", "/v4/assets/a?page=2"]
    # https, same registrable domain, default port: credentials travel
    assert regional.seen[0].headers["x-tiledb-rest-api-key"] == API_KEY
    assert regional.seen[0].headers["cookie"] == "s=1"
    assert regional.seen[0].headers["host"] == "eu.tiledb.test"
    assert regional.seen[1].headers["x-tiledb-rest-api-key"] == API_KEY


def test_another_port_of_the_same_host_gets_no_credentials_and_is_not_remembered(
    server: Script, regional: Script
) -> None:
    server.default = _moved(307, f"{regional.url}/v4/assets/a")
    with sync_client(server.url) as client:
        client.get("/v4/assets/a")
        client.get("/v4/assets/a")
    assert [s.path for s in server.seen] == ["/v4/assets/a"] * 2  # not remembered
    assert len(regional.seen) == 2
    assert not set(CREDENTIALS) & set(regional.seen[0].headers)


def test_remembered_redirects_are_shared_by_clients_with_the_same_cache(
    server: Script, regional: Script
) -> None:
    cache = RedirectCache(API)
    server.plan(_moved(308, f"{EU}/v4/x"))
    with sync_client(API, redirects=cache, inner=_regions(server, regional)) as client:
        client.get("/v4/x")
    with sync_client(API, redirects=cache, inner=_regions(server, regional)) as client:
        client.get("/v4/x")
    assert len(server.seen) == 1
    assert len(regional.seen) == 2


def test_a_failing_regional_host_sends_calls_back_to_the_configured_one(server: Script) -> None:
    cache = RedirectCache(server.url)
    with closed_port() as port:
        cache.remember(httpx.URL(f"{server.url}/v4/x"), httpx.URL(f"http://127.0.0.1:{port}/v4/x"))
        with sync_client(server.url, redirects=cache) as client:
            assert client.get("/v4/x").status_code == 200
    assert [s.path for s in server.seen] == ["/v4/x"]
    assert cache.size == 0


def test_credentials_are_stripped_for_a_foreign_host(server: Script, regional: Script) -> None:
    # configured 127.0.0.1: "localhost" is another host name, so it is foreign
    foreign = f"http://localhost:{regional.port}/v4/x"
    server.plan(_moved(307, foreign))
    with sync_client(server.url) as client:
        assert client.post("/v4/x", json={"a": 1}, headers={"Cookie": "s=1"}).status_code == 200
        client.post("/v4/x", json={"a": 1})
    seen = regional.seen[0]
    assert seen.method == "POST" and seen.body == b'{"a":1}'
    assert not set(CREDENTIALS) & set(seen.headers)
    assert seen.headers["host"] == f"localhost:{regional.port}"
    # a foreign target is not remembered: the next call asks the configured host again
    assert len(server.seen) == 2


def test_basic_auth_is_stripped_for_a_foreign_host(server: Script, regional: Script) -> None:
    server.plan(_moved(302, f"http://localhost:{regional.port}/v4/x"))
    with sync_client(server.url, basic_auth=True) as client:
        assert client.get("/v4/x").status_code == 200
    assert "authorization" in server.seen[0].headers
    assert "authorization" not in regional.seen[0].headers


def test_credentials_do_not_come_back_after_a_foreign_hop(server: Script, regional: Script) -> None:
    server.plan(_moved(307, f"http://localhost:{regional.port}/v4/x"))
    regional.plan(_moved(307, f"{server.url}/v4/tokens"))
    with sync_client(server.url) as client:
        assert client.get("/v4/x").status_code == 200
    assert server.seen[1].path == "/v4/tokens"
    assert "x-tiledb-rest-api-key" not in server.seen[1].headers


@pytest.mark.parametrize(
    ("status", "method", "sent"),
    [
        (303, "POST", "GET"),
        (303, "PUT", "GET"),
        (301, "POST", "GET"),
        (302, "POST", "GET"),
        (302, "PUT", "PUT"),
        (307, "POST", "POST"),
        (308, "PATCH", "PATCH"),
    ],
)
def test_redirect_methods_and_bodies(
    server: Script, regional: Script, status: int, method: str, sent: str
) -> None:
    server.plan(_moved(status, f"{regional.url}/v4/y"))
    with sync_client(server.url) as client:
        assert client.request(method, "/v4/x", json={"k": "v"}).status_code == 200
    seen = regional.seen[0]
    assert seen.method == sent
    if sent == "GET":
        assert seen.body == b""
        assert "content-type" not in seen.headers and "content-length" not in seen.headers
    else:
        assert seen.body == b'{"k":"v"}'
        assert seen.headers["content-type"] == "application/json"


def test_relative_location(server: Script) -> None:
    server.plan(_moved(302, "/v4/elsewhere?x=1"))
    with sync_client(server.url) as client:
        assert client.get("/v4/x").status_code == 200
    assert [s.path for s in server.seen] == ["/v4/x", "/v4/elsewhere?x=1"]


def test_a_redirect_without_location_is_returned(server: Script) -> None:
    server.plan(Answer(302))
    with sync_client(server.url) as client:
        assert client.get("/v4/x").status_code == 302


def test_a_redirect_of_a_one_shot_body_is_returned(server: Script, regional: Script) -> None:
    server.plan(_moved(307, f"{regional.url}/v4/x"))
    with sync_client(server.url) as client:
        assert client.post("/v4/x", content=iter([b"a"])).status_code == 307
    assert regional.seen == []


def test_redirect_loop_ends_in_a_clear_error(server: Script, regional: Script) -> None:
    server.default = _moved(302, f"{regional.url}/v4/x?token=QUERY-SECRET")
    regional.default = _moved(302, f"{server.url}/v4/x?token=QUERY-SECRET")
    with (
        sync_client(server.url, redirects=RedirectCache(server.url, max_redirects=5)) as client,
        pytest.raises(RedirectLoopError) as info,
    ):
        client.get("/v4/x")
    assert isinstance(info.value, httpx.TooManyRedirects)
    assert len(server.seen) + len(regional.seen) == 6
    assert len(info.value.chain) == 7
    message = str(info.value)
    assert message.startswith(f"More than 5 redirects: {server.url}/v4/x -> {regional.url}/v4/x -> ")
    assert "QUERY-SECRET" not in message and API_KEY not in message


def test_zero_redirects_allowed(server: Script) -> None:
    server.plan(_moved(302, "/v4/y"))
    with (
        sync_client(server.url, redirects=RedirectCache(server.url, max_redirects=0)) as client,
        pytest.raises(RedirectLoopError),
    ):
        client.get("/v4/x")


def test_redirects_and_retries_combine(server: Script, regional: Script) -> None:
    server.plan(Answer(503), _moved(307, f"{regional.url}/v4/x"))
    regional.plan(Answer(503))
    with sync_client(server.url, policy()) as client:
        assert client.get("/v4/x").status_code == 200
    assert len(server.seen) == 2 and len(regional.seen) == 2


# https cases, which a plain loopback server cannot serve: httpx.MockTransport records them.


class Recorder:
    def __init__(self, answers: dict[str, httpx.Response]) -> None:
        self.answers = answers
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answers.get(str(request.url), httpx.Response(200, json={}))


def _mock_client(answers: dict[str, httpx.Response]) -> tuple[httpx.Client, Recorder]:
    recorder = Recorder(answers)
    client = sync_client("https://api.tiledb.com", inner=httpx.MockTransport(recorder))
    return client, recorder


def _to(location: str, status: int = 307) -> httpx.Response:
    return httpx.Response(status, headers={"Location": location})


def test_https_regional_subdomain_keeps_credentials_and_is_remembered() -> None:
    client, rec = _mock_client({"https://api.tiledb.com/v4/a": _to("https://us-east-1.tiledb.com/v4/a")})
    with client:
        client.get("/v4/a")
        client.get("/v4/a")
    assert [str(r.url) for r in rec.requests] == [
        "https://api.tiledb.com/v4/a",
        "https://us-east-1.tiledb.com/v4/a",
        "https://us-east-1.tiledb.com/v4/a",
    ]
    assert all(r.headers["x-tiledb-rest-api-key"] == API_KEY for r in rec.requests)


def test_https_to_http_downgrade_drops_credentials_and_is_not_remembered() -> None:
    client, rec = _mock_client({"https://api.tiledb.com/v4/a": _to("http://api.tiledb.com/v4/a")})
    with client:
        client.get("/v4/a")
        client.get("/v4/a")
    assert [str(r.url) for r in rec.requests] == [
        "https://api.tiledb.com/v4/a",
        "http://api.tiledb.com/v4/a",
        "https://api.tiledb.com/v4/a",
        "http://api.tiledb.com/v4/a",
    ]
    assert "x-tiledb-rest-api-key" not in rec.requests[1].headers


def test_lookalike_domain_gets_no_credentials() -> None:
    client, rec = _mock_client({"https://api.tiledb.com/v4/a": _to("https://tiledb.com.evil.net/v4/a")})
    with client:
        client.get("/v4/a", headers={"Authorization": "Bearer " + BASIC_PASSWORD, "Cookie": "c=1"})
    assert not set(CREDENTIALS) & set(rec.requests[1].headers)
