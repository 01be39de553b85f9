"""Retries against a real loopback server: statuses, errors, backoff, time budget, shared budget."""

from __future__ import annotations

import concurrent.futures
import email.utils
import logging
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from tiledb.client._http.transport import (
    REPLAYABLE_BODY,
    RedirectCache,
    RetryBudget,
    RetryPolicy,
    sync_transport,
)

from .support import API_KEY, Answer, FakeTime, Script, closed_port, policy, sync_client

S503 = Answer(503, body=b'{"code": "unavailable"}')


@pytest.fixture
def retry_log(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.INFO, logger="tiledb.client.http")
    yield caplog


def _retries_logged(caplog: pytest.LogCaptureFixture) -> int:
    # The first retry of a call logs at WARNING, the further ones at INFO.
    return sum(1 for r in caplog.records if "; attempt " in r.getMessage())


@pytest.mark.parametrize("mode", ["default", "forceful"])
def test_short_503_storm_ends_in_success(
    server: Script, retry_log: pytest.LogCaptureFixture, mode: str
) -> None:
    server.plan(S503, S503, S503)
    with sync_client(server.url, policy(mode)) as client:
        response = client.get("/v4/users/self")
    assert response.status_code == 200
    assert response.json() == {"ok": True}
    assert len(server.seen) == 4
    assert _retries_logged(retry_log) == 3


def test_disabled_mode_never_retries(server: Script) -> None:
    server.plan(S503, Answer(429))
    with sync_client(server.url, policy("disabled")) as client:
        assert client.get("/v4/x").status_code == 503
        assert client.get("/v4/x").status_code == 429
    assert len(server.seen) == 2


def test_disabled_mode_does_not_retry_connection_failures() -> None:
    with (
        closed_port() as port,
        sync_client(f"http://127.0.0.1:{port}", policy("disabled")) as client,
        pytest.raises(httpx.ConnectError),
    ):
        client.get("/v4/x")


@pytest.mark.parametrize("mode", ["default", "forceful"])
def test_long_503_storm_returns_the_last_503_within_the_time_budget(
    server: Script, fake_time: FakeTime, mode: str
) -> None:
    server.default = S503
    retry = policy(
        mode, backoff_factor=1.0, backoff_max=8.0, jitter=0.0, total_timeout=20.0, max_attempts=100
    )
    with sync_client(server.url, retry, time_source=fake_time) as client:
        response = client.get("/v4/x")
    assert response.status_code == 503
    assert response.json() == {"code": "unavailable"}  # the real answer, unread until now
    assert fake_time.sleeps == [1.0, 2.0, 4.0, 8.0]  # the next 8 s would end past 20 s
    assert fake_time.now - 1000.0 <= 20.0
    assert len(server.seen) == 5


def test_time_budget_holds_in_real_time(server: Script) -> None:
    server.default = S503
    retry = policy(backoff_factor=0.05, backoff_max=0.1, total_timeout=0.4, max_attempts=1000)
    started = time.monotonic()
    with sync_client(server.url, retry) as client:
        assert client.get("/v4/x").status_code == 503
    assert time.monotonic() - started < 0.4 + 0.6  # the budget, plus slack for a busy machine
    assert len(server.seen) >= 3


def test_max_attempts_counts_the_first_send(server: Script, fake_time: FakeTime) -> None:
    server.default = S503
    with sync_client(server.url, policy(max_attempts=3), time_source=fake_time) as client:
        assert client.get("/v4/x").status_code == 503
    assert len(server.seen) == 3


def test_retry_after_seconds(server: Script, fake_time: FakeTime) -> None:
    server.plan(Answer(503, {"Retry-After": "3"}), Answer(429, {"Retry-After": "1"}))
    with sync_client(server.url, time_source=fake_time) as client:
        assert client.get("/v4/x").status_code == 200
    assert fake_time.sleeps == [3.0, 1.0]


def test_retry_after_http_date(server: Script, fake_time: FakeTime) -> None:
    server.plan(Answer(503, {"Retry-After": email.utils.formatdate(time.time() + 5, usegmt=True)}))
    with sync_client(server.url, time_source=fake_time) as client:
        assert client.get("/v4/x").status_code == 200
    [slept] = fake_time.sleeps
    assert 3.0 <= slept <= 5.0


def test_retry_after_is_capped(server: Script, fake_time: FakeTime) -> None:
    server.plan(Answer(503, {"Retry-After": "86400"}))
    with sync_client(server.url, policy(retry_after_max=7), time_source=fake_time) as client:
        assert client.get("/v4/x").status_code == 200
    assert fake_time.sleeps == [7.0]


def test_retry_after_past_the_time_budget_surfaces_at_once(server: Script, fake_time: FakeTime) -> None:
    server.plan(Answer(503, {"Retry-After": "50"}))
    with sync_client(server.url, policy(total_timeout=10), time_source=fake_time) as client:
        response = client.get("/v4/x")
    assert response.status_code == 503
    assert response.headers["retry-after"] == "50"
    assert fake_time.sleeps == []
    assert len(server.seen) == 1


@pytest.mark.parametrize("mode", ["default", "forceful"])
def test_429_is_retried_in_both_retrying_modes(server: Script, mode: str) -> None:
    server.plan(Answer(429), Answer(429))
    with sync_client(server.url, policy(mode)) as client:
        assert client.get("/v4/x").status_code == 200
    assert len(server.seen) == 3


@pytest.mark.parametrize("status", [400, 500, 501, 502])
def test_forceful_statuses(server: Script, status: int) -> None:
    server.plan(Answer(status))
    with sync_client(server.url, policy("forceful")) as client:
        assert client.get("/v4/x").status_code == 200
    assert len(server.seen) == 2
    server.plan(Answer(status))
    with sync_client(server.url, policy("default")) as client:
        assert client.get("/v4/x").status_code == status
    assert len(server.seen) == 3


@pytest.mark.parametrize("method", ["POST", "PATCH", "PUT", "DELETE"])
def test_status_retries_cover_every_method_and_resend_the_body(server: Script, method: str) -> None:
    server.plan(S503)
    with sync_client(server.url) as client:
        assert client.request(method, "/v4/x", json={"name": "a"}).status_code == 200
    assert [s.method for s in server.seen] == [method, method]
    assert server.seen[0].body == server.seen[1].body == b'{"name":"a"}'


@pytest.mark.parametrize("method", ["GET", "PUT"])
def test_dropped_connection_is_retried(server: Script, method: str) -> None:
    server.plan(Answer(drop=True), Answer(drop=True))
    with sync_client(server.url) as client:
        assert client.request(method, "/v4/x", content=b"payload").status_code == 200
    assert len(server.seen) == 3
    assert all(s.body == b"payload" for s in server.seen)


@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_dropped_connection_after_a_post_is_not_retried(server: Script, method: str) -> None:
    server.plan(Answer(drop=True))
    with sync_client(server.url) as client, pytest.raises(httpx.RemoteProtocolError):
        client.request(method, "/v4/x", content=b"payload")
    assert len(server.seen) == 1  # the server read it and may have acted on it


def test_dropped_connections_until_the_end_raise_the_last_error(server: Script, fake_time: FakeTime) -> None:
    server.default = Answer(drop=True)
    with (
        sync_client(server.url, policy(max_attempts=4), time_source=fake_time) as client,
        pytest.raises(httpx.RemoteProtocolError),
    ):
        client.get("/v4/x")
    assert len(server.seen) == 4


def test_connection_refused_is_retried_then_raised(
    fake_time: FakeTime, retry_log: pytest.LogCaptureFixture
) -> None:
    with (
        closed_port() as port,
        sync_client(f"http://127.0.0.1:{port}", time_source=fake_time) as client,
        pytest.raises(httpx.ConnectError),
    ):
        client.post("/v4/x", json={})
    # Nothing listens on the port: retried only RetryPolicy.refused_retries times (a wrong address
    # is far likelier than a restart), not up to max_attempts.
    assert _retries_logged(retry_log) == 3
    assert [r.levelno for r in retry_log.records if "; attempt 2 of" in r.getMessage()] == [logging.WARNING]


def test_read_timeout_on_post_is_never_retried(server: Script) -> None:
    server.plan(Answer(delay=0.5))
    with sync_client(server.url, timeout=0.1) as client, pytest.raises(httpx.ReadTimeout):
        client.post("/v4/tokens", json={"name": "t"})
    assert len(server.seen) == 1


def test_read_timeout_on_patch_is_never_retried(server: Script) -> None:
    server.plan(Answer(delay=0.5))
    with sync_client(server.url, timeout=0.1) as client, pytest.raises(httpx.ReadTimeout):
        client.patch("/v4/x", json={})
    assert len(server.seen) == 1


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
def test_read_timeout_on_idempotent_methods_is_retried(server: Script, method: str) -> None:
    server.plan(Answer(delay=0.5))
    with sync_client(server.url, timeout=0.1) as client:
        assert client.request(method, "/v4/x").status_code == 200
    assert len(server.seen) == 2


def test_backoff_doubles_up_to_its_cap(server: Script, fake_time: FakeTime) -> None:
    server.plan(*[S503] * 6)
    retry = policy(backoff_factor=0.25, backoff_max=2.0, jitter=0.0)
    with sync_client(server.url, retry, time_source=fake_time) as client:
        assert client.get("/v4/x").status_code == 200
    assert fake_time.sleeps == [0.25, 0.5, 1.0, 2.0, 2.0, 2.0]


def test_backoff_has_jitter(server: Script, fake_time: FakeTime) -> None:
    server.plan(*[S503] * 8)
    retry = policy(backoff_factor=1.0, backoff_max=1.0, jitter=0.5)
    with sync_client(server.url, retry, time_source=fake_time) as client:
        assert client.get("/v4/x").status_code == 200
    assert len(fake_time.sleeps) == 8
    assert all(0.5 <= s <= 1.0 for s in fake_time.sleeps)
    assert len(set(fake_time.sleeps)) > 1


def test_backoff_jitter_uses_the_random_source(server: Script, fake_time: FakeTime) -> None:
    server.plan(S503, S503)
    retry = policy(backoff_factor=1.0, backoff_max=10.0, jitter=1.0)
    draws = iter([0.75, 0.5])
    with sync_client(server.url, retry, time_source=fake_time, rand=lambda: next(draws)) as client:
        assert client.get("/v4/x").status_code == 200
    assert fake_time.sleeps == [0.25, 1.0]


def test_shared_budget_refuses_retries_once_spent(
    server: Script, retry_log: pytest.LogCaptureFixture
) -> None:
    server.default = S503
    budget = RetryBudget(capacity=10, retry_cost=5)
    with sync_client(server.url, budget=budget) as client:
        assert client.get("/v4/a").status_code == 503  # two retries: the bucket is empty
        assert len(server.seen) == 3
        started = time.monotonic()
        for _ in range(5):
            assert client.get("/v4/b").status_code == 503
        assert time.monotonic() - started < 1.0  # no backoff sleeps: refused at once
    assert len(server.seen) == 8  # no retry at all once the budget is spent
    assert any("retry budget is empty" in r.getMessage() for r in retry_log.records)


def test_successes_refill_the_budget(server: Script) -> None:
    budget = RetryBudget(capacity=10, retry_cost=5, success_refund=1)
    server.plan(S503, S503)
    with sync_client(server.url, budget=budget) as client:
        assert client.get("/v4/x").status_code == 200
        # two retries took 10 tokens; the success gave back 1 plus the last retry's 5
        assert budget.tokens == 6
        for _ in range(10):
            client.get("/v4/x")
    assert budget.tokens == 10


def test_sixteen_threads_do_not_multiply_the_load_of_an_outage(server: Script) -> None:
    server.default = S503
    budget = RetryBudget(capacity=20, retry_cost=5)
    with (
        sync_client(server.url, budget=budget) as client,
        concurrent.futures.ThreadPoolExecutor(16) as pool,
    ):
        statuses = list(pool.map(lambda _: client.get("/v4/x").status_code, range(64)))
    assert statuses == [503] * 64
    assert len(server.seen) == 64 + 4  # every call sent once, plus the 4 retries the bucket paid for


def test_timeouts_cost_more_budget(server: Script) -> None:
    budget = RetryBudget(capacity=15, retry_cost=5, timeout_cost=10)
    server.default = Answer(delay=0.3)
    with sync_client(server.url, budget=budget, timeout=0.1) as client, pytest.raises(httpx.ReadTimeout):
        client.get("/v4/x")
    assert len(server.seen) == 2  # 15 tokens pay for one timeout retry (10), not two
    assert budget.tokens == 5


def test_one_shot_body_is_not_retried(server: Script) -> None:
    server.plan(S503)
    with sync_client(server.url) as client:
        response = client.post("/v4/x", content=iter([b"a", b"b"]))
    assert response.status_code == 503
    assert len(server.seen) == 1


class _Replayable:
    """A body that starts afresh each time it is iterated, as a part read from a file does."""

    def __iter__(self) -> Iterator[bytes]:
        yield b"a"
        yield b"b"


def test_a_body_marked_replayable_is_retried_whole(server: Script) -> None:
    server.plan(S503)
    with sync_client(server.url) as client:
        response = client.post(
            "/v4/x",
            content=_Replayable(),
            headers={"Content-Length": "2"},
            extensions={REPLAYABLE_BODY: True},
        )
    assert response.status_code == 200
    assert [seen.body for seen in server.seen] == [b"ab", b"ab"]


def test_the_same_body_unmarked_is_not_retried(server: Script) -> None:
    server.plan(S503)
    with sync_client(server.url) as client:
        response = client.post("/v4/x", content=_Replayable(), headers={"Content-Length": "2"})
    assert response.status_code == 503
    assert len(server.seen) == 1


def test_non_retryable_answers_pass_through_untouched(server: Script) -> None:
    server.plan(Answer(404, {"X-Request-Id": "r1"}, b'{"code": "not_found"}'))
    with sync_client(server.url) as client:
        response = client.get("/v4/x")
    assert response.status_code == 404
    assert response.headers["x-request-id"] == "r1"
    assert response.json() == {"code": "not_found"}
    assert len(server.seen) == 1


def test_factory_builds_a_working_transport(server: Script) -> None:
    server.plan(S503)
    transport = sync_transport(
        policy=RetryPolicy.for_mode("default", backoff_factor=0.001),
        budget=RetryBudget(),
        redirects=RedirectCache(server.url),
        limits=httpx.Limits(max_connections=4),
    )
    with httpx.Client(
        base_url=server.url, transport=transport, headers={"X-TILEDB-REST-API-KEY": API_KEY}
    ) as c:
        assert c.get("/v4/x").status_code == 200
    assert len(server.seen) == 2


def test_factory_accepts_a_ca_bundle_path() -> None:
    import certifi

    for verify in (certifi.where(), False):
        sync_transport(
            policy=policy(), budget=RetryBudget(), redirects=RedirectCache("https://x"), verify=verify
        ).close()


def test_close_propagates_to_the_wrapped_transport() -> None:
    closed = threading.Event()

    class Inner(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200)

        def close(self) -> None:
            closed.set()

    with sync_client("http://127.0.0.1:1", inner=Inner()) as client:
        client.get("/")
    assert closed.is_set()
