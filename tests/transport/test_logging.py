"""The request log: one DEBUG record a call, a record a retry, never a secret, nothing printed."""

from __future__ import annotations

import base64
import logging
import subprocess
import sys

import httpx
import pytest

from .support import API_KEY, BASIC_PASSWORD, BASIC_USER, Answer, Script, policy, sync_client

SECRETS = (
    API_KEY,
    BASIC_PASSWORD,
    base64.b64encode(f"{BASIC_USER}:{BASIC_PASSWORD}".encode()).decode(),
    "QUERY-SECRET",
    "BODY-SECRET",
)


def _assert_no_secret(records: list[logging.LogRecord]) -> None:
    for record in records:
        text = record.getMessage() + repr(record.__dict__)
        for secret in SECRETS:
            assert secret not in text


@pytest.mark.parametrize("basic_auth", [False, True])
def test_one_debug_record_per_call(
    server: Script, regional: Script, caplog: pytest.LogCaptureFixture, basic_auth: bool
) -> None:
    caplog.set_level(logging.DEBUG, logger="tiledb.client.http")
    server.plan(Answer(503), Answer(307, {"Location": f"{regional.url}/v4/assets/a"}))
    with sync_client(server.url, policy(), basic_auth=basic_auth) as client:
        response = client.post("/v4/assets/a", params={"token": "QUERY-SECRET"}, json={"p": "BODY-SECRET"})
    assert response.status_code == 200
    debug = [r for r in caplog.records if r.levelno == logging.DEBUG]
    assert len(debug) == 1
    record = debug[0]
    assert record.name == "tiledb.client.http"
    message = record.getMessage()
    assert message.startswith("POST /v4/assets/a -> 200 in ")
    assert message.endswith(" ms (1 retries, 1 redirects)")
    assert record.__dict__["http_method"] == "POST"
    assert record.__dict__["http_path"] == "/v4/assets/a"
    assert record.__dict__["http_status"] == 200
    assert record.__dict__["retries"] == 1
    assert record.__dict__["redirects"] == 1
    assert record.__dict__["duration_ms"] >= 0
    # The first retry of a call is a WARNING, so a call that seems slow says why by default.
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "status 503" in warnings[0].getMessage() and "attempt 2 of 10" in warnings[0].getMessage()
    assert [r for r in caplog.records if r.levelno == logging.INFO] == []
    _assert_no_secret(caplog.records)


def test_only_the_first_retry_of_a_call_is_a_warning(
    server: Script, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="tiledb.client.http")
    server.plan(Answer(503), Answer(503), Answer(503))
    with sync_client(server.url, policy()) as client:
        assert client.get("/v4/users/self").status_code == 200
    retries = [r for r in caplog.records if "attempt" in r.getMessage()]
    assert [r.levelname for r in retries] == ["WARNING", "INFO", "INFO"]
    assert [m for r in retries for m in ("attempt 2", "attempt 3", "attempt 4") if m in r.getMessage()] == [
        "attempt 2",
        "attempt 3",
        "attempt 4",
    ]


def test_failed_calls_are_logged_with_the_exception_name(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="tiledb.client.http")

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with (
        sync_client(
            "http://127.0.0.1:1", policy(max_attempts=2), inner=httpx.MockTransport(refuse)
        ) as client,
        pytest.raises(httpx.ConnectError),
    ):
        client.get("/v4/x", params={"api_key": "QUERY-SECRET"})
    [debug] = [r for r in caplog.records if r.levelno == logging.DEBUG]
    assert debug.getMessage().startswith("GET /v4/x -> ConnectError in ")
    assert "(1 retries, 0 redirects)" in debug.getMessage()
    first, gave_up = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert "attempt 2 of 2" in first.getMessage()
    assert "not retrying: 2 attempts made" in gave_up.getMessage()
    _assert_no_secret(caplog.records)


def test_nothing_is_logged_below_the_configured_level(
    server: Script, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR, logger="tiledb.client.http")
    server.plan(Answer(503))
    with sync_client(server.url) as client:
        client.get("/v4/x")
    assert caplog.records == []


def test_the_library_prints_nothing() -> None:
    # A fresh interpreter with no logging configured: even the WARNING of a given-up retry
    # must not reach stderr through logging's last-resort handler.
    code = """
import httpx
from tiledb.client._http.transport import RedirectCache, RetryBudget, RetryPolicy, RetryTransport
inner = httpx.MockTransport(lambda request: httpx.Response(503))
transport = RetryTransport(inner, policy=RetryPolicy.for_mode("default", backoff_factor=0.001),
                           budget=RetryBudget(capacity=5), redirects=RedirectCache("http://h"))
with httpx.Client(transport=transport) as client:
    assert client.get("http://h/x").status_code == 503
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == done.stderr == ""
