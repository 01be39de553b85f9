"""Fault injection: statuses, Retry-After, delays, dropped connections, broken bodies, redirects."""

from __future__ import annotations

import json
import re
import time
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

import httpx
import pytest

from tiledb.client.testing import FakeServer

from .schemas import ERROR, validate

SELF = "/v4/users/self"


def test_503_count_then_success(client: httpx.Client, server: FakeServer) -> None:
    fault = server.faults.add(SELF, status=503, count=3)
    statuses = [client.get(SELF).status_code for _ in range(4)]
    assert statuses == [503, 503, 503, 200]
    assert fault.served == 3
    assert fault.remaining == 0
    assert server.faults.served == server.faults_served == 3
    assert server.faults.rules == []
    assert [r.status for r in server.requests] == [503, 503, 503, 200]
    assert [r.fault is fault for r in server.requests] == [True, True, True, False]


def test_fault_json_body_is_an_error_document(client: httpx.Client, server: FakeServer) -> None:
    server.faults.add(SELF, status=503)
    response = client.get(SELF)
    body = response.json()
    validate(ERROR, body)
    assert body["code"] == 503
    assert body["request_id"] == response.headers["x-request-id"]
    assert "retry-after" not in response.headers


def test_retry_after_seconds_and_dates(client: httpx.Client, server: FakeServer) -> None:
    server.faults.add(SELF, status=503, retry_after=2)
    assert client.get(SELF).headers["retry-after"] == "2"
    server.faults.add(SELF, status=503, retry_after=0.5)
    assert client.get(SELF).headers["retry-after"] == "0.5"
    when = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)
    server.faults.add(SELF, status=503, retry_after=when)
    header = client.get(SELF).headers["retry-after"]
    assert header == "Wed, 02 Jan 2030 03:04:05 GMT"
    server.faults.add(SELF, status=429, retry_after=timedelta(seconds=30))
    response = client.get(SELF)
    assert response.status_code == 429
    delta = parsedate_to_datetime(response.headers["retry-after"]) - datetime.now(UTC)
    assert 25 < delta.total_seconds() <= 31
    server.faults.add(SELF, status=503, retry_after="soon")
    assert client.get(SELF).headers["retry-after"] == "soon"


def test_429(client: httpx.Client, server: FakeServer) -> None:
    server.faults.add(SELF, status=429, retry_after=1)
    response = client.get(SELF)
    assert (response.status_code, response.headers["retry-after"]) == (429, "1")
    assert client.get(SELF).status_code == 200


@pytest.mark.parametrize("status", [500, 502])
def test_html_and_empty_bodies(client: httpx.Client, server: FakeServer, status: int) -> None:
    server.faults.add(SELF, status=status, body="html")
    server.faults.add(SELF, status=status, body="empty")
    html = client.get(SELF)
    assert html.status_code == status
    assert html.headers["content-type"].startswith("text/html")
    assert html.text.startswith("<!DOCTYPE html>")
    with pytest.raises(json.JSONDecodeError):
        html.json()
    empty = client.get(SELF)
    assert (empty.status_code, empty.content, empty.headers["content-length"]) == (status, b"", "0")
    assert "content-type" not in empty.headers
    assert empty.headers["x-request-id"]


def test_custom_body_and_headers(client: httpx.Client, server: FakeServer) -> None:
    server.faults.add(SELF, status=502, body=b"upstream", content_type="text/plain", headers={"X-Edge": "1"})
    response = client.get(SELF)
    assert (response.text, response.headers["x-edge"]) == ("upstream", "1")


def test_delay_exceeds_read_timeout(server: FakeServer) -> None:
    server.faults.add(SELF, delay=0.6)
    headers = {"X-TILEDB-REST-API-KEY": server.token}
    timeout = httpx.Timeout(5, read=0.2)
    with (
        httpx.Client(base_url=server.url, headers=headers, timeout=timeout) as short,
        pytest.raises(httpx.ReadTimeout),
    ):
        short.get(SELF)
    server.faults.add(SELF, delay=0.3, status=503)
    with httpx.Client(base_url=server.url, headers=headers, timeout=5) as patient:
        start = time.monotonic()
        response = patient.get(SELF)
        assert response.status_code == 503
        assert time.monotonic() - start >= 0.3
        start = time.monotonic()
        assert patient.get(SELF).status_code == 200
        assert time.monotonic() - start < 0.3


def test_drop_closes_connection_without_answer(client: httpx.Client, server: FakeServer) -> None:
    assert client.get(SELF).status_code == 200  # a kept-alive connection is dropped too
    server.faults.add(SELF, drop=True, count=2)
    for _ in range(2):
        with pytest.raises(httpx.RemoteProtocolError):
            client.get(SELF)
    assert client.get(SELF).status_code == 200
    assert [r.status for r in server.requests] == [200, None, None, 200]


def test_truncated_json(client: httpx.Client, server: FakeServer) -> None:
    full = client.get(SELF).content
    server.faults.add(SELF, truncate=True)
    response = client.get(SELF)
    assert response.status_code == 200
    assert int(response.headers["content-length"]) == len(response.content) == len(full) // 2
    assert full.startswith(response.content)
    with pytest.raises(json.JSONDecodeError):
        response.json()


def test_missing_required_field(client: httpx.Client, server: FakeServer) -> None:
    server.faults.add(SELF, missing_field=True)
    assert client.get(SELF).json() == {}
    server.faults.add(SELF, missing_field="data.user.username")
    body = client.get(SELF).json()
    assert "username" not in body["data"]["user"]
    assert body["data"]["workspaces"]
    server.faults.add(SELF, missing_field="data.workspaces.0.workspace_id")
    assert "workspace_id" not in client.get(SELF).json()["data"]["workspaces"][0]


@pytest.mark.parametrize("code", [307, 308])
def test_redirect_to_regional_listener(server: FakeServer, code: int) -> None:
    server.faults.add(SELF, redirect=code)
    headers = {"X-TILEDB-REST-API-KEY": server.token}
    with httpx.Client(base_url=server.url, headers=headers) as c:
        first = c.get(SELF, params={"a": "1"})
        assert first.status_code == code
        assert first.headers["location"] == f"{server.regional_url}{SELF}?a=1"
        followed = c.get(SELF, params={"a": "1"}, follow_redirects=False)
        assert followed.status_code == 200  # one redirect only (count=1)
    server.clear_requests()
    server.faults.add(SELF, redirect=code)
    with httpx.Client(base_url=server.url, headers=headers, follow_redirects=True) as c:
        response = c.get(SELF)
    assert response.status_code == 200
    assert str(response.url).startswith(server.regional_url)
    assert [(r.listener, r.status) for r in server.requests] == [("main", code), ("regional", 200)]
    assert server.requests[1].headers["x-tiledb-rest-api-key"] == server.token


def test_regional_listener_shares_state(client: httpx.Client, server: FakeServer) -> None:
    server.add_assets(n=2, prefix="shared_")
    url = f"{server.regional_url}/v4/assets/list/{server.workspace_id}/general/"
    paths = [a["path"] for a in client.get(url).json()["data"]]
    assert "shared_00001" in paths
    assert server.requests[-1].listener == "regional"


def test_redirect_to_other_host(server: FakeServer) -> None:
    target = f"http://localhost:{server.regional_port}"
    server.faults.add(SELF, redirect=307, redirect_to=target)
    with httpx.Client(
        base_url=server.url, auth=(server.username, server.password), follow_redirects=True
    ) as c:
        response = c.get(SELF)
    assert response.history[0].headers["location"] == f"{target}{SELF}"
    original, redirected = server.requests
    assert "authorization" in original.headers
    assert redirected.listener == "regional"
    assert "authorization" not in redirected.headers  # httpx drops it across origins
    assert response.status_code == 401
    server.faults.add(SELF, redirect=302, redirect_to="http://example.invalid/elsewhere")
    with httpx.Client(base_url=server.url) as c:
        assert c.get(SELF).headers["location"] == "http://example.invalid/elsewhere"


def test_redirect_loop(server: FakeServer) -> None:
    loop = server.faults.add(prefix="/v4/", redirect_loop=True, count=None)
    client = httpx.Client(base_url=server.url, follow_redirects=True, max_redirects=5)
    with client, pytest.raises(httpx.TooManyRedirects):
        client.get(SELF)
    assert loop.served == 6
    assert all(r.listener == "main" and r.status == 307 for r in server.requests)
    assert server.faults.rules == [loop]
    server.faults.clear()
    assert server.faults.rules == []


def test_matching_by_prefix_regex_method_and_listener(client: httpx.Client, server: FakeServer) -> None:
    ws = server.workspace_id
    server.faults.add(prefix=f"/v4/teamspaces/{ws}", status=500, count=None)
    server.faults.add(regex=re.compile(r"/assets/item/.*dense_array$"), status=502, count=None)
    server.faults.add(SELF, method="POST", status=503, count=None)
    server.faults.add(SELF, listener="regional", status=504, count=None)
    assert client.get(f"/v4/teamspaces/{ws}/general").status_code == 500
    assert client.get(f"/v4/assets/item/{ws}/general/examples%2Fdense_array").status_code == 502
    assert client.get(f"/v4/assets/item/{ws}/general/quickstart_dense").status_code == 200
    assert client.get(SELF).status_code == 200
    assert client.post(SELF).status_code == 503
    assert client.get(server.regional_url + SELF).status_code == 504


def test_global_fault_and_ordering(client: httpx.Client, server: FakeServer) -> None:
    server.faults.add(status=503, count=2)
    server.faults.add(status=429, count=1)
    assert [client.get(p).status_code for p in (SELF, "/v4/nowhere", SELF, SELF)] == [503, 503, 429, 200]
    assert len(server.faults) == 0
    server.faults.reset_counter()
    assert server.faults.served == 0


def test_remove_and_invalid_faults(client: httpx.Client, server: FakeServer) -> None:
    fault = server.faults.add(SELF, status=503, count=None)
    server.faults.remove(fault)
    assert client.get(SELF).status_code == 200
    with pytest.raises(ValueError):
        server.faults.add(SELF)
    with pytest.raises(ValueError):
        server.faults.add(SELF, status=503, drop=True)
    with pytest.raises(ValueError):
        server.faults.add(SELF, redirect=200)
    with pytest.raises(ValueError):
        server.faults.add(SELF, status=503, count=0)
