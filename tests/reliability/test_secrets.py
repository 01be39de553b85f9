"""No credential in any log record, warning, repr, str or error, through the whole fault matrix.

Every test of this suite runs under the :class:`~support.SecretWatch` (every logger at DEBUG,
warnings recorded, objects shown to the user collected). This module runs the *whole* fault
matrix once more, through the async Api classes in all three modes (so the async transport
is held to the same contract as the sync one in ``test_faults.py``), plus password logins under
faults and failed logins, and checks that what was captured is real: the records of httpx and
of the transport (its connection pool included) are there, yet no token, password or basic-auth
value is.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import pytest
from tiledb.client.rest_api.api import AsyncUsersApi, UsersApi

import tiledb.client as tc
from tests.session.support import current_session as session
from tiledb.client._http.engine import ENGINE_VARIABLE
from tiledb.client.testing import FakeServer

from .support import (
    FIGURES,
    MODES,
    SCENARIOS,
    Outcome,
    Scenario,
    SecretWatch,
    SmallPolicies,
    basic_value,
    check_outcome,
    wire_since,
)

WRONG_PASSWORD = "WRONG-alice-pass-0042"


def test_the_watch_finds_a_planted_secret() -> None:
    """A canary: the scanner sees a token in a log argument, a password in an exception chain,
    and the base64 of ``user:password`` in a warning."""
    watch = SecretWatch()
    watch.secret("token", "tdb-ws_canary-CANARYSECRET")
    watch.credentials("carol", "carol-Pa55w0rd")
    watch.start_logging()
    try:
        logging.getLogger("tiledb.client.http").debug("sent %s", {"key": "tdb-ws_canary-CANARYSECRET"})
    finally:
        watch.stop_logging()
    try:
        try:
            raise KeyError("carol-Pa55w0rd")
        except KeyError as inner:
            raise RuntimeError("outer") from inner
    except RuntimeError as exc:
        watch.see(exc)
    watch.texts.append(f"UserWarning: Basic {basic_value('carol', 'carol-Pa55w0rd')}")
    found = {leak.split(" in:")[0] for leak in watch.leaks()}
    assert found == {"token", "password of carol", "basic auth of carol"}


async def _one(server: FakeServer, scenario: Scenario, mode: str, watch: SecretWatch) -> Outcome:
    path = "/v4/users/self"
    server.faults.clear()
    server.faults.add(path, "GET", **scenario.fault)
    mark = len(server.requests)
    result: Any = None
    error: BaseException | None = None
    async with tc.Client(retry_mode=mode) as client:
        api = client.build(AsyncUsersApi)
        started, started_at = time.monotonic(), time.time()
        try:
            result = await api.get_self_user()
        except Exception as exc:
            error = exc
        elapsed = time.monotonic() - started
        watch.see(client, api, error if error is not None else result)
    server.faults.clear()
    return Outcome(scenario, mode, result, error, elapsed, wire_since(server, mark, path), started_at)


@pytest.mark.parametrize("engine", ["aiohttp", "httpx"])
def test_the_whole_fault_matrix_async_leaks_nothing(
    server: FakeServer,
    alice: str,
    small_policy: type[SmallPolicies],
    watch: SecretWatch,
    engine: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(ENGINE_VARIABLE, engine)  # both async pools: aiohttp's and httpx's

    async def matrix() -> list[Outcome]:
        outcomes = []
        for mode in MODES:
            for scenario in SCENARIOS:
                small_policy.set(total_timeout=scenario.total_timeout)
                outcomes.append(await _one(server, scenario, mode, watch))
        return outcomes

    outcomes = asyncio.run(matrix())
    for outcome in outcomes:
        check_outcome(outcome)  # the async transport keeps the same contract
    watch.see(session(), tc.client.client, tc.Config())
    opened = "aiohttp pool opened" if engine == "aiohttp" else "httpcore.connection: connect_tcp.started"
    _assert_real_capture(watch, connections=opened)
    assert watch.leaks() == []


def test_password_logins_under_faults_leak_nothing(
    server: FakeServer, profile_dir: str, small_policy: type[SmallPolicies], watch: SecretWatch
) -> None:
    """The exchange sends basic auth: faults on it, retries, failures; no password anywhere."""
    watch.credentials(server.username, WRONG_PASSWORD)
    for name, password in (("pw", server.password), ("wrong", WRONG_PASSWORD)):
        tc.configure(
            username=server.username,
            password=password,
            workspace=server.workspace_name,
            host=server.url,
            profile_name=name,
            profile_dir=profile_dir,
        )
    ws_path, tokens_path = f"/v4/workspaces/{server.workspace_name}", "/v4/tokens"
    # Faults the default mode retries: the login succeeds.
    server.faults.add(ws_path, "GET", drop=True)
    server.faults.add(tokens_path, "POST", status=503, retry_after=0)
    server.faults.add(tokens_path, "POST", status=429)
    tc.login("pw", profile_dir)
    watch.see(session(), tc.get_self_user(), tc.get_user_workspaces(), tc.get_workspace())
    FIGURES.add("success", 4)
    FIGURES.add("retries", 3)
    # Faults that end the login: each a LoginError naming the profile, never a credential.
    failing: list[tuple[str, dict[str, Any]]] = [
        ("GET", {"status": 503, "count": None}),
        ("GET", {"status": 500, "body": "html"}),
        ("GET", {"truncate": True}),
        ("GET", {"missing_field": True}),
        ("GET", {"drop": True, "count": None}),
        ("GET", {"delay": 2.0, "count": None}),
    ]
    for method, fault in failing:
        small_policy.set(total_timeout=0.8 if "delay" in fault else 1.2)  # decisions far from it
        server.faults.clear()
        server.faults.add(ws_path, method, **fault)
        with pytest.raises(tc.LoginError) as info:
            tc.login("pw", profile_dir)
        watch.see(info.value)
        assert "profile 'pw'" in str(info.value)
        FIGURES.add("clear_error")
    server.faults.clear()
    with pytest.raises(tc.LoginError) as info:
        tc.login("wrong", profile_dir)
    watch.see(info.value)
    assert "401" in str(info.value) and "username and password" in str(info.value)
    FIGURES.add("clear_error")
    # Basic auth did go on the wire, and only to the exchange.
    sent = [r for r in server.requests if "authorization" in r.headers]
    assert sent and {r.path for r in sent} <= {ws_path, tokens_path}
    assert f"Basic {basic_value(server.username, server.password)}" in {
        r.headers["authorization"] for r in sent
    }
    _assert_real_capture(watch, connections="httpcore.connection: connect_tcp.started")
    assert watch.leaks() == []


def test_reprs_of_everything_a_user_holds(server: FakeServer, alice: str, watch: SecretWatch) -> None:
    """Sessions, clients, Api objects, answers, TileDB-Py configs made from the session."""
    import tiledb

    with tc.Client() as client:
        api = client.build(UsersApi)
        answer = api.get_self_user()
        watch.see(client, api, answer, answer.data, answer.data.user, session(), session().cache)
    config = tc.Config()
    assert config["rest.token"] == server.token  # the token is there, only not shown
    watch.see(config, tc.Ctx().config(), tiledb.Config(), tc.client.client, tc.build(UsersApi))
    assert watch.leaks() == []


def _assert_real_capture(watch: SecretWatch, connections: str) -> None:
    """The capture is not empty: httpx's records, the transport's own, and ``connections``.

    ``connections`` is the start of a record of a new connection (httpcore's).
    """
    joined = "\n".join(watch.texts)
    assert "httpx: HTTP Request: GET" in joined
    assert connections in joined
    assert "tiledb.client.http: GET /v4/" in joined
