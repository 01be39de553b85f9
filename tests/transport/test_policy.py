"""Unit tests of the retry decisions: modes, policies, Retry-After, the shared budget."""

from __future__ import annotations

import email.utils
import threading

import httpx
import pytest

from tiledb.client._http.transport import RetryBudget, RetryMode, RetryPolicy


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (RetryMode.FORCEFUL, RetryMode.FORCEFUL),
        ("default", RetryMode.DEFAULT),
        ("Forceful", RetryMode.FORCEFUL),
        (" DISABLED ", RetryMode.DISABLED),
    ],
)
def test_mode_parse_accepts_members_and_names(value: str, expected: RetryMode) -> None:
    assert RetryMode.parse(value) is expected


def test_mode_is_a_string() -> None:
    assert RetryMode.DEFAULT.value == "default"
    assert str(RetryMode.FORCEFUL) == "forceful"
    assert isinstance(RetryMode.DISABLED, str)


@pytest.mark.parametrize("value", ["sometimes", "", "defaults"])
def test_mode_parse_rejects_unknown_names(value: str) -> None:
    with pytest.raises(ValueError, match="mode must be") as info:
        RetryMode.parse(value)
    for allowed in ("'default'", "'forceful'", "'disabled'"):
        assert allowed in str(info.value)


@pytest.mark.parametrize(("value", "type_name"), [(3, "int"), (None, "NoneType"), (b"default", "bytes")])
def test_mode_parse_rejects_other_types_naming_the_type(value: object, type_name: str) -> None:
    with pytest.raises(ValueError, match=f"mode must be .* got a {type_name}"):
        RetryMode.parse(value)  # type: ignore[arg-type]


def test_mode_parse_does_not_echo_long_values() -> None:
    with pytest.raises(ValueError) as info:
        RetryMode.parse("x" * 20 + "TAIL-THAT-MIGHT-BE-A-SECRET")
    assert "TAIL" not in str(info.value)


def test_policies_of_the_modes() -> None:
    default = RetryPolicy.for_mode("default")
    forceful = RetryPolicy.for_mode(RetryMode.FORCEFUL)
    disabled = RetryPolicy.for_mode("disabled")
    assert default.statuses == {429, 503}
    assert forceful.statuses == {400, 429, 500, 501, 502, 503}
    assert disabled.statuses == frozenset()
    assert disabled.max_attempts == 1
    for retrying in (default, forceful):
        assert {"GET", "POST", "PATCH", "PUT", "DELETE", "HEAD"} <= retrying.methods
        assert retrying.total_timeout == 120.0
        assert retrying.backoff_factor == 0.25
        assert retrying.max_attempts > 1


def test_overrides_and_conversion() -> None:
    p = RetryPolicy.for_mode("default", statuses=[503, "504"], methods=["get"], total_timeout=5)
    assert p.statuses == {503, 504}
    assert p.methods == {"GET"}
    assert p.total_timeout == 5
    with pytest.raises(TypeError):
        RetryPolicy.for_mode("default", no_such_field=1)


@pytest.mark.parametrize(
    "bad",
    [
        {"backoff_factor": -1},
        {"jitter": 1.5},
        {"total_timeout": 0},
        {"max_attempts": 0},
        {"retry_after_max": -1},
    ],
)
def test_policy_validation(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError, match=next(iter(bad))):
        RetryPolicy.for_mode("default", **bad)


def test_backoff_doubles_and_is_capped() -> None:
    p = RetryPolicy.for_mode("default", jitter=0, backoff_max=1.5)
    assert [p.backoff(n, 0.9) for n in range(5)] == [0.25, 0.5, 1.0, 1.5, 1.5]


def test_jitter_draws_within_the_upper_part() -> None:
    p = RetryPolicy.for_mode("default", jitter=0.5)
    assert p.backoff(2, 0.0) == 1.0
    assert p.backoff(2, 0.999) == pytest.approx(0.5005)


def _response(retry_after: str | None) -> httpx.Response:
    return httpx.Response(503, headers={} if retry_after is None else {"Retry-After": retry_after})


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("7", 7.0),
        (" 2 ", 2.0),
        ("0", 0.0),
        ("-3", 0.0),
        ("3600", 30.0),  # capped at retry_after_max
        ("soon", None),
        ("", None),
        (None, None),
        ("nan", None),
    ],
)
def test_retry_after_seconds(header: str | None, expected: float | None) -> None:
    assert RetryPolicy.for_mode("default").retry_after(_response(header)) == expected


def test_retry_after_http_date() -> None:
    now = 1_700_000_000.0
    p = RetryPolicy.for_mode("default")
    assert p.retry_after(_response(email.utils.formatdate(now + 12, usegmt=True)), now=now) == 12.0
    assert p.retry_after(_response(email.utils.formatdate(now - 50, usegmt=True)), now=now) == 0.0
    assert p.retry_after(_response(email.utils.formatdate(now + 999, usegmt=True)), now=now) == 30.0


@pytest.mark.parametrize(
    ("error", "method", "retried"),
    [
        (httpx.ConnectError("x"), "POST", True),
        (httpx.ConnectTimeout("x"), "PATCH", True),
        (httpx.PoolTimeout("x"), "POST", True),
        (httpx.RemoteProtocolError("x"), "POST", False),
        (httpx.RemoteProtocolError("x"), "GET", True),
        (httpx.ReadTimeout("x"), "GET", True),
        (httpx.ReadTimeout("x"), "PUT", True),
        (httpx.ReadTimeout("x"), "DELETE", True),
        (httpx.ReadTimeout("x"), "POST", False),
        (httpx.ReadTimeout("x"), "PATCH", False),
        (httpx.ReadError("x"), "POST", False),
        (httpx.ReadError("x"), "HEAD", True),
        (httpx.WriteError("x"), "PATCH", False),
        (httpx.WriteTimeout("x"), "OPTIONS", True),
        (httpx.LocalProtocolError("x"), "GET", False),
        (httpx.UnsupportedProtocol("x"), "GET", False),
        (httpx.ProxyError("x"), "GET", False),
    ],
)
def test_which_errors_are_retried(error: Exception, method: str, retried: bool) -> None:
    assert RetryPolicy.for_mode("forceful").error_is_retryable(method, error) is retried


def test_methods_limit_error_retries_too() -> None:
    p = RetryPolicy.for_mode("default", methods={"GET"})
    assert not p.error_is_retryable("POST", httpx.ConnectError("x"))


def test_budget_refuses_when_empty_and_refills_up_to_capacity() -> None:
    budget = RetryBudget(capacity=10, retry_cost=5)
    assert budget.acquire(5) and budget.acquire(5)
    assert not budget.acquire(5)
    assert budget.tokens == 0
    budget.refund(3)
    assert not budget.acquire(5)
    budget.refund(100)
    assert budget.tokens == 10
    assert "10/10" in repr(budget)
    with pytest.raises(ValueError):
        RetryBudget(capacity=-1)


def test_budget_is_thread_safe() -> None:
    budget = RetryBudget(capacity=1000, retry_cost=1)
    granted = []
    barrier = threading.Barrier(16)

    def grab() -> None:
        barrier.wait()
        granted.append(sum(budget.acquire(1) for _ in range(200)))

    threads = [threading.Thread(target=grab) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(granted) == 1000
    assert budget.tokens == 0


def _connect_error(cause: BaseException) -> httpx.ConnectError:
    error = httpx.ConnectError(str(cause))
    error.__cause__ = cause
    return error


def test_wrong_address_failures_are_not_retried_or_only_briefly() -> None:
    import socket
    import ssl

    from tiledb.client._http.retry import connect_failure

    policy = RetryPolicy.for_mode("default")
    unresolved = _connect_error(socket.gaierror(socket.EAI_NONAME, "Name or service not known"))
    busy = _connect_error(socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution"))
    refused = _connect_error(ConnectionRefusedError(111, "Connection refused"))
    plain = ssl.SSLError(1, "[SSL: WRONG_VERSION_NUMBER] wrong version number")
    plain.reason = "WRONG_VERSION_NUMBER"
    plain_http = _connect_error(plain)
    assert [connect_failure(e) for e in (unresolved, busy, refused, plain_http)] == [
        "unresolved",
        "lookup_busy",
        "refused",
        "plain_http",
    ]
    assert not policy.error_is_retryable("GET", unresolved)
    assert not policy.error_is_retryable("GET", plain_http)
    for error in (refused, busy):
        retried = [policy.error_is_retryable("POST", error, n) for n in range(5)]
        assert retried == [True, True, True, False, False]
    assert connect_failure(httpx.ConnectError("other")) is None
    assert policy.error_is_retryable("GET", httpx.ConnectError("other"), 8)
