"""Server faults in each retry mode: every call ends in success or in one clear error, in time.

The fault matrix (:data:`support.SCENARIOS`) runs against the fake server through a ``Client`` of
each mode and ``build(UsersApi).get_self_user()``; the expected end, the number of requests the
server saw and the lower bounds of the gaps between them come from the documented policy.
"""

from __future__ import annotations

import httpx
import pytest
from tiledb.client.rest_api.api import UsersApi
from tiledb.client.rest_api.errors import ApiError

import tiledb.client as tc
from tiledb.client.testing import FakeServer

from .support import (
    FIGURES,
    MODES,
    READ_TIMEOUT,
    RETRIED_STATUSES,
    RETRIES_TRANSPORT,
    SCENARIOS,
    Outcome,
    Scenario,
    SecretWatch,
    SmallPolicies,
    check_outcome,
    run_sync,
    schedule,
    wire_since,
)


def describe(outcome: Outcome) -> str:
    retries = len(outcome.wire) - 1
    after = "no retry" if retries == 0 else f"{retries} {'retry' if retries == 1 else 'retries'}"
    if outcome.error is None:
        return f"success, {after}"
    error = outcome.error
    name = type(error).__name__
    if isinstance(error, ApiError):
        name += f" {error.status_code}"
    return f"{name}, {after}"


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.name)
def test_the_matrix_is_exact_by_construction(scenario: Scenario) -> None:
    """Every retry decision of every scenario is at least 0.2 s away from its time budget.

    So the number of attempts the tests expect does not depend on the machine's speed.
    """
    for mode in ("default", "forceful"):
        cost = READ_TIMEOUT if scenario.kind == "timeout" else 0.0
        _, margin = schedule(scenario.policy(mode), cost, scenario.retry_after, scenario.count)
        assert margin >= 0.2, (scenario.name, mode, margin)
        if scenario.retry_after_min is not None:  # an HTTP date: the wait is 1-2 s, check both ends
            for wait in (scenario.retry_after_min, scenario.retry_after_min + 1.1):
                _, margin = schedule(scenario.policy(mode), cost, wait, scenario.count)
                assert margin >= 0.2, (scenario.name, mode, wait, margin)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.name)
def test_fault_matrix(
    scenario: Scenario,
    mode: str,
    server: FakeServer,
    alice: str,
    small_policy: type[SmallPolicies],
    watch: SecretWatch,
) -> None:
    small_policy.set(total_timeout=scenario.total_timeout)
    with tc.Client(retry_mode=mode) as client:
        api = client.build(UsersApi)
        outcome = run_sync(server, scenario, mode, api.get_self_user)
        watch.see(client, api, outcome.error if outcome.error is not None else outcome.result)
    check_outcome(outcome)
    if outcome.success:
        assert outcome.result.data.user.username == server.username
    FIGURES.matrix[(scenario.name, mode)] = describe(outcome)


def test_the_modes_retry_what_the_documentation_says() -> None:
    """The suite's reading of docs/retries.md, checked against the policies the client builds."""
    from tiledb.client._http.transport import RetryPolicy

    for mode in MODES:
        policy = RetryPolicy.for_mode(mode)
        assert policy.statuses == RETRIED_STATUSES[mode]
        assert (policy.max_attempts > 1) == RETRIES_TRANSPORT[mode]


@pytest.mark.parametrize(
    ("fault", "error", "text"),
    [
        ({"drop": True, "count": None}, tc.ClientError, "could not be reached (RemoteProtocolError"),
        ({"delay": 2.0, "count": None}, tc.ClientError, "could not be reached (ReadTimeout)"),
        ({"status": 503, "count": None}, ApiError, "HTTP 503 from GET /v4/users/self"),
        ({"status": 502, "body": "html"}, ApiError, "HTTP 502 from GET /v4/users/self"),
        ({"status": 404}, tc.ClientError, "answered 404"),
        ({"truncate": True}, tc.ClientError, "did not answer like the TileDB API"),
        ({"missing_field": "data.user"}, tc.ClientError, "did not answer like the TileDB API"),
    ],
    ids=["drop", "timeout", "503-storm", "502-html", "404", "truncated", "schema"],
)
def test_session_queries_turn_faults_into_one_clear_error(
    fault: dict[str, object],
    error: type[Exception],
    text: str,
    server: FakeServer,
    alice: str,
    small_policy: type[SmallPolicies],
    watch: SecretWatch,
) -> None:
    """``tc.get_user()`` (the shared client, default mode) under faults: no hang, one error."""
    # Budgets whose retry decisions all fall well away from them (see test_the_matrix_is_exact).
    small_policy.set(total_timeout=0.8 if "delay" in fault else 1.2)
    server.faults.add("/v4/users/self", **fault)
    mark = len(server.requests)
    with pytest.raises(error) as info:
        tc.get_user()
    watch.see(info.value)
    assert text in str(info.value)
    wire = wire_since(server, mark, "/v4/users/self")
    FIGURES.add("retries", len(wire) - 1)
    FIGURES.add("clear_error")
    # Then the fault is gone and the same session works again.
    server.faults.clear()
    assert tc.get_user().username == server.username
    FIGURES.add("success")


@pytest.mark.parametrize("mode", MODES)
def test_a_dead_server_ends_in_a_connect_error_within_the_budget(
    mode: str, profile_dir: str, small_policy: type[SmallPolicies], watch: SecretWatch
) -> None:
    """Nothing listens: refused connections are retried (or not) and end in one ConnectError."""
    import socket
    import time

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    token = "tdb-ws_dead0-SECRETdead0000"
    watch.secret("token of the dead server", token)
    tc.configure(token=token, host=f"http://127.0.0.1:{port}", profile_name="dead", profile_dir=profile_dir)
    tc.login("dead", profile_dir)
    with tc.Client(retry_mode=mode) as client:
        api = client.build(UsersApi)
        started = time.monotonic()
        with pytest.raises(httpx.ConnectError) as info:
            api.get_self_user()
        elapsed = time.monotonic() - started
        watch.see(info.value, client)
    assert elapsed <= SmallPolicies.overrides["total_timeout"] + 1.0
    FIGURES.add("clear_error")
