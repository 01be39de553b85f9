"""Shared machinery of the reliability suite: figures, the secret watch, small retry policies, faults.

* :data:`FIGURES` counts what the suite really did (faults the server injected, retries seen on
  the wire, calls that ended in success or in one clear error, malformed inputs, secrets found,
  profiles lost); ``conftest.py`` writes them to ``tests/reliability-report.md``.
* :class:`SecretWatch` collects every text a user or an operator could see (log records of every
  logger at DEBUG, warnings, ``repr``/``str``/traceback of returned and raised objects) and looks
  for every credential the test knows, including the base64 form of ``user:password``.
* :class:`SmallPolicies` stands in for ``RetryPolicy`` inside ``tiledb.client._session.clients``:
  ``Client`` has no public way to take a policy, and that module-level name is the narrowest hook
  (every ``Client``, the shared one included, builds its transports from it).
* :data:`SCENARIOS` is the fault matrix, and :func:`expected` derives the outcome of each
  scenario in each retry mode from the documented contract (docs/retries.md), not from the code.
"""

from __future__ import annotations

import base64
import dataclasses
import itertools
import logging
import os
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from datetime import timedelta
from typing import Any, ClassVar

import httpx
from tiledb.client.rest_api.errors import ApiError, ResponseValidationError

from tiledb.client._http.transport import RetryPolicy
from tiledb.client.testing import FakeServer
from tiledb.client.testing.server import RecordedRequest

API_KEY = "x-tiledb-rest-api-key"
MODES = ("default", "forceful", "disabled")

# --------------------------------------------------------------------------------------------------
# Figures


class Figures:
    """Thread-safe counters of the whole run (one instance per process: :data:`FIGURES`)."""

    ROWS = (
        ("faults", "Faults injected (answered by a fault rule on the server)"),
        ("retries", "Retries observed on the wire (server recording)"),
        ("success", "Calls that ended in success"),
        ("clear_error", "Calls that ended in one clear error"),
        ("malformed", "Malformed inputs tried"),
        ("secrets_found", "Secrets found in logs, warnings, reprs or errors (must be 0)"),
        ("profiles_lost", "Profiles lost or changed by a failed call (must be 0)"),
    )
    EXTRA = (
        ("schemas", "Spec schemas checked (object round trips + enums)"),
        ("schema_examples", "Generated schema instances round-tripped"),
        ("profile_writes", "Profile saves by 8 processes at once (all rounds)"),
        (
            "thread_calls",
            "Calls from concurrent threads (16 during logins and resizes; 32 over 6 connections)",
        ),
    )

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.counts: dict[str, int] = {key: 0 for key, _ in (*self.ROWS, *self.EXTRA)}
        #: Varies from run to run (connection reuse, thread timing): terminal only, not the file.
        self.counts["texts_scanned"] = 0
        self.seconds = 0.0
        self.leaks: list[str] = []
        #: (fault, mode) -> how the call ended, for the report's matrix.
        self.matrix: dict[tuple[str, str], str] = {}
        #: (wrong-host case, mode) -> how the call ended and how long it took.
        self.wrong_host: dict[tuple[str, str], str] = {}
        #: (fault, file size) -> how the transfer ended, for the report's transfer matrix.
        self.transfers: dict[tuple[str, str], str] = {}

    def add(self, key: str, amount: int = 1) -> None:
        with self._lock:
            self.counts[key] += amount

    def __getitem__(self, key: str) -> int:
        return self.counts[key]


FIGURES = Figures()


# --------------------------------------------------------------------------------------------------
# Secrets


def basic_value(username: str, password: str) -> str:
    """The base64 part of an HTTP basic ``Authorization`` header."""
    return base64.b64encode(f"{username}:{password}".encode()).decode()


def format_error(error: BaseException) -> str:
    """A traceback as logs and terminals show it, minus source lines.

    Source lines are left out: the library's hold no secret, and the tests' own would show the
    literal credentials they pass.
    """
    parts = []
    link: traceback.TracebackException | None = traceback.TracebackException.from_exception(
        error, lookup_lines=False
    )
    while link is not None and len(parts) < 10:
        where = "".join(f'  File "{f.filename}", line {f.lineno}, in {f.name}\n' for f in link.stack)
        parts.append(where + "".join(link.format_exception_only()))
        link = link.__cause__ or link.__context__
    return "\n".join(parts)


class _Capture(logging.Handler):
    """Keeps the text of every log record a client-side logger emits."""

    SERVER_SIDE = ("uvicorn", "tiledb.client.testing")

    def __init__(self, sink: list[str]) -> None:
        super().__init__(level=logging.DEBUG)
        self._sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.startswith(self.SERVER_SIDE):
            return  # the fake server's own logs are the server side, not the client's
        try:
            text = f"{record.name}: {record.getMessage()} | args={record.args!r}"
        except Exception:  # a record whose message can not be formatted: keep its parts
            text = f"{record.name}: {record.msg!r} | args={record.args!r}"
        if record.exc_info and record.exc_info[1] is not None:
            text += "\n" + format_error(record.exc_info[1])
        if record.exc_text:
            text += "\n" + record.exc_text
        self._sink.append(text)


#: Loggers put at DEBUG while a test runs (the root logger covers everything else).
DEBUG_LOGGERS = ("", "httpx", "httpcore", "h11", "tiledb", "tiledb.client", "tiledb.client.http", "asyncio")


class SecretWatch:
    """Everything a test showed to people, and the credentials that must never be in it."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.secrets: dict[str, str] = {}
        self._handler = _Capture(self.texts)
        self._levels: dict[str, int] = {}

    # -- what must not leak
    def secret(self, label: str, value: str | None) -> None:
        if value and len(value) >= 6:
            self.secrets[value] = label

    def credentials(self, username: str, password: str) -> None:
        self.secret(f"password of {username}", password)
        self.secret(f"basic auth of {username}", basic_value(username, password))

    def server_secrets(self, server: FakeServer) -> None:
        """Every API key and password the fake server knows (session tokens included)."""
        with server.state.lock:
            tokens = list(server.state.tokens.values())
            users = list(server.state.users.values())
        for token in tokens:
            self.secret(f"API key {token.name}", token.api_key)
        for user in users:
            if user.password:
                self.credentials(user.username, user.password)

    # -- what people see
    def start_logging(self) -> None:
        root = logging.getLogger()
        root.addHandler(self._handler)
        for name in DEBUG_LOGGERS:
            logger = logging.getLogger(name)
            self._levels[name] = logger.level
            logger.setLevel(logging.DEBUG)

    def stop_logging(self) -> None:
        logging.getLogger().removeHandler(self._handler)
        for name, level in self._levels.items():
            logging.getLogger(name).setLevel(level)
        self._levels.clear()

    def see(self, *objects: object) -> None:
        """Record what a user sees of returned or raised objects: repr, str, traceback, causes."""
        for obj in objects:
            if isinstance(obj, BaseException):
                self.texts.append(format_error(obj))
                seen: BaseException | None = obj
                depth = 0
                while seen is not None and depth < 10:
                    self.texts += [repr(seen), str(seen), repr(seen.args)]
                    seen = seen.__cause__ or seen.__context__
                    depth += 1
            else:
                self.texts += [repr(obj), str(obj)]

    def see_warnings(self, caught: Iterable[Any]) -> None:
        for item in caught:
            self.texts.append(f"{item.category.__name__}: {item.message} ({item.filename}:{item.lineno})")

    def leaks(self) -> list[str]:
        """``"<label> in: <text excerpt>"`` for every secret found in every text seen."""
        found = []
        for text in self.texts:
            for value, label in self.secrets.items():
                if value in text:
                    where = text.index(value)
                    excerpt = text[max(0, where - 60) : where].replace("\n", " ")
                    found.append(f"{label} in: ...{excerpt}<SECRET>")
        return found


# --------------------------------------------------------------------------------------------------
# Small retry policies (the narrowest hook: the RetryPolicy name inside tiledb.client._session.clients)

#: Backoff 0.05 s doubling, no jitter (so counts are exact), 1.2 s per call unless a scenario says.
SMALL = {"backoff_factor": 0.05, "backoff_max": 1.0, "jitter": 0.0, "total_timeout": 1.2}
#: Read timeout of the suite's clients; fault delays are well beyond it, normal answers far below.
READ_TIMEOUT = 0.5
TIMEOUT = httpx.Timeout(READ_TIMEOUT, connect=2.0, write=2.0, pool=2.0)


class SmallPolicies:
    """Replaces ``RetryPolicy`` in ``tiledb.client._session.clients``: ``for_mode`` with small values."""

    overrides: ClassVar[dict[str, Any]] = dict(SMALL)

    @classmethod
    def for_mode(cls, mode: Any, **overrides: Any) -> RetryPolicy:
        return RetryPolicy.for_mode(mode, **{**cls.overrides, **overrides})

    @classmethod
    def set(cls, **overrides: Any) -> None:
        cls.overrides = {**SMALL, **overrides}


# --------------------------------------------------------------------------------------------------
# The fault matrix

#: Statuses each mode retries, as docs/retries.md documents them.
RETRIED_STATUSES = {
    "default": frozenset({429, 503}),
    "forceful": frozenset({400, 429, 500, 501, 502, 503}),
    "disabled": frozenset(),
}
#: Whether a mode retries connection failures (drops) and read timeouts of a GET.
RETRIES_TRANSPORT = {"default": True, "forceful": True, "disabled": False}

SLACK = 1.0  # seconds allowed beyond a time budget for scheduling noise


@dataclasses.dataclass(frozen=True)
class Scenario:
    """One server misbehaviour, injected with ``server.faults.add(path, **fault)``."""

    name: str
    kind: str  # status | drop | timeout | truncate | schema
    fault: dict[str, Any]
    status: int | None = None
    #: Seconds the client waits between attempts when a Retry-After header says so (None: backoff).
    retry_after: float | None = None
    #: Lower bound of that wait, for Retry-After dates (whole seconds on the wire).
    retry_after_min: float | None = None
    total_timeout: float = SMALL["total_timeout"]

    @property
    def count(self) -> int | None:
        return self.fault.get("count", 1)

    def policy(self, mode: str) -> RetryPolicy:
        return RetryPolicy.for_mode(mode, **{**SMALL, "total_timeout": self.total_timeout})


SCENARIOS = (
    Scenario("503 x2 (shorter than the budget)", "status", {"status": 503, "count": 2}, 503),
    Scenario("503 storm (longer than the budget)", "status", {"status": 503, "count": None}, 503),
    Scenario(
        "503 x1 with Retry-After: 1 (seconds)",
        "status",
        {"status": 503, "count": 1, "retry_after": 1},
        503,
        retry_after=1.0,
        total_timeout=2.5,
    ),
    Scenario(
        "503 storm with Retry-After: 1, longer than a 2.5 s budget",
        "status",
        {"status": 503, "count": None, "retry_after": 1},
        503,
        retry_after=1.0,
        total_timeout=2.5,
    ),
    Scenario(
        "503 x1 with Retry-After as an HTTP date (~2 s ahead)",
        "status",
        {"status": 503, "count": 1, "retry_after": timedelta(seconds=2)},
        503,
        retry_after_min=0.9,
        total_timeout=3.0,
    ),
    Scenario(
        "503 storm with Retry-After an HTTP date past the budget",
        "status",
        {"status": 503, "count": None, "retry_after": timedelta(seconds=60)},
        503,
        retry_after=30.0,  # capped at retry_after_max: beyond the budget, so no retry at all
    ),
    Scenario("429 x2", "status", {"status": 429, "count": 2}, 429),
    Scenario("429 storm", "status", {"status": 429, "count": None}, 429),
    Scenario("500 x1, HTML body", "status", {"status": 500, "body": "html"}, 500),
    Scenario("500 x1, empty body", "status", {"status": 500, "body": "empty"}, 500),
    Scenario("502 x1, HTML body", "status", {"status": 502, "body": "html"}, 502),
    Scenario("502 x1, empty body", "status", {"status": 502, "body": "empty"}, 502),
    Scenario("500 storm, HTML body", "status", {"status": 500, "body": "html", "count": None}, 500),
    Scenario("connection dropped x1 before the answer", "drop", {"drop": True}),
    Scenario("connection dropped on every attempt", "drop", {"drop": True, "count": None}),
    Scenario("answer delayed past the read timeout x1", "timeout", {"delay": 2.0}),
    Scenario(
        "answer delayed past the read timeout, every attempt",
        "timeout",
        {"delay": 2.0, "count": None},
        total_timeout=0.8,
    ),
    Scenario("truncated JSON (200, half the body)", "truncate", {"truncate": True}),
    Scenario("200 whose body misses a required field", "schema", {"missing_field": "data.user.username"}),
)


def schedule(
    policy: RetryPolicy, attempt_cost: float, retry_after: float | None, failures: int | None = None
) -> tuple[int, float]:
    """Attempts of a call whose first ``failures`` attempts fail (``None``: all of them), and
    the smallest margin between any retry decision and the time budget.

    Replays the documented rule (no wait ends and no attempt starts after the budget) with
    latency 0; a margin well above the scheduling noise makes the count exact in real time.
    """
    clock, attempts, margin = attempt_cost, 1, float("inf")
    while attempts < policy.max_attempts and (failures is None or attempts <= failures):
        delay = policy.backoff(attempts - 1, 0.0) if retry_after is None else retry_after
        margin = min(margin, abs(clock + delay - policy.total_timeout))
        if clock + delay > policy.total_timeout:
            break
        clock += delay + attempt_cost
        attempts += 1
    return attempts, margin


@dataclasses.dataclass(frozen=True)
class Expected:
    success: bool
    requests: int
    error: tuple[type[BaseException], ...] = ()
    status: int | None = None


def expected(scenario: Scenario, mode: str) -> Expected:
    """What the documented policy promises for ``scenario`` in ``mode`` (a GET)."""
    policy = scenario.policy(mode)
    cost = READ_TIMEOUT if scenario.kind == "timeout" else 0.0
    if scenario.kind in ("truncate", "schema"):
        return Expected(False, 1, (ResponseValidationError,))
    if scenario.kind == "status":
        retried = scenario.status in RETRIED_STATUSES[mode]
        error: tuple[type[BaseException], ...] = (ApiError,)
    else:
        retried = RETRIES_TRANSPORT[mode]
        error = (httpx.ReadTimeout,) if scenario.kind == "timeout" else (httpx.RemoteProtocolError,)
    if not retried:
        return Expected(False, 1, error, scenario.status)
    attempts, _ = schedule(policy, cost, scenario.retry_after, scenario.count)
    if scenario.count is not None and attempts > scenario.count:
        return Expected(True, attempts)
    return Expected(False, attempts, error, scenario.status)


def budget_of(scenario: Scenario) -> float:
    """The longest a call of ``scenario`` may take: its time budget, one attempt, and slack."""
    cost = READ_TIMEOUT if scenario.kind == "timeout" else 0.0
    return scenario.total_timeout + cost + SLACK


# --------------------------------------------------------------------------------------------------
# Outcomes


@dataclasses.dataclass
class Outcome:
    scenario: Scenario
    mode: str
    result: Any
    error: BaseException | None
    elapsed: float
    wire: list[RecordedRequest]
    #: Wall-clock time the call started (the requests' timestamps are wall-clock times too).
    started_at: float = 0.0

    @property
    def success(self) -> bool:
        return self.error is None


def wire_since(server: FakeServer, mark: int, path: str | None = None) -> list[RecordedRequest]:
    requests = server.requests[mark:]
    return [r for r in requests if path is None or r.path == path]


def check_outcome(outcome: Outcome) -> None:
    """Assert the outcome matches the contract, and count it in :data:`FIGURES`."""
    scenario, mode = outcome.scenario, outcome.mode
    want = expected(scenario, mode)
    label = f"{scenario.name} [{mode}]"
    assert outcome.elapsed <= budget_of(scenario), f"{label}: took {outcome.elapsed:.2f} s"
    if len(outcome.wire) != want.requests:
        # The replay assumes answers take no time; on a loaded machine the last retry's wait may
        # really have ended past the budget, and then not sending it is the rule kept.
        assert len(outcome.wire) == want.requests - 1 and _budget_was_spent(outcome), (
            label,
            [r.status for r in outcome.wire],
        )
    FIGURES.add("retries", len(outcome.wire) - 1)
    if want.success:
        assert outcome.error is None, (label, outcome.error)
        FIGURES.add("success")
        return
    assert outcome.error is not None, f"{label}: expected an error, got {outcome.result!r}"
    assert isinstance(outcome.error, want.error), (label, repr(outcome.error))
    assert_clear(outcome.error)
    if want.status is not None:
        assert isinstance(outcome.error, ApiError) and outcome.error.status_code == want.status
    FIGURES.add("clear_error")
    check_backoff(outcome)


def _budget_was_spent(outcome: Outcome) -> bool:
    """Whether the retry after the last attempt would have ended past the time budget.

    The client's clock at that decision is at least the time from the call's start to the last
    attempt reaching the server (plus the read timeout it waited for, in a timeout scenario).
    """
    scenario = outcome.scenario
    policy = scenario.policy(outcome.mode)
    if not outcome.wire or not outcome.started_at:
        return False
    cost = READ_TIMEOUT if scenario.kind == "timeout" else 0.0
    clock = outcome.wire[-1].timestamp - outcome.started_at + cost
    delay = scenario.retry_after
    if delay is None:
        delay = policy.backoff(len(outcome.wire) - 1, 0.0)
    return clock + delay > policy.total_timeout


def assert_clear(error: BaseException) -> None:
    """One documented exception type, with a message that says what happened."""
    text = str(error)
    if isinstance(error, ApiError):
        assert text.startswith(f"HTTP {error.status_code} from "), text
    elif isinstance(error, ResponseValidationError):
        assert "does not match the API spec" in text, text
    elif isinstance(error, httpx.TimeoutException):
        pass  # the type says it all; async timeouts (anyio) even come without a message
    elif isinstance(error, httpx.TransportError | httpx.TooManyRedirects):
        assert text, repr(error)
    else:  # pragma: no cover - the assertion message is the point
        raise AssertionError(f"not a documented error type: {error!r}")


def check_backoff(outcome: Outcome) -> None:
    """Gaps between attempts are at least the growing backoff (or the Retry-After wait)."""
    scenario = outcome.scenario
    stamps = [r.timestamp for r in outcome.wire]
    policy = scenario.policy(outcome.mode)
    cost = READ_TIMEOUT if scenario.kind == "timeout" else 0.0
    for index, gap in enumerate(b - a for a, b in itertools.pairwise(stamps)):
        if scenario.retry_after_min is not None:
            floor = scenario.retry_after_min
        elif scenario.retry_after is not None:
            floor = scenario.retry_after
        else:
            floor = policy.backoff(index, 0.0)
        assert gap >= cost + floor - 0.02, (scenario.name, index, gap, floor)


@dataclasses.dataclass
class Watchdog:
    """A timer for one call."""

    started: float = dataclasses.field(default_factory=time.monotonic)

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started


def run_sync(server: FakeServer, scenario: Scenario, mode: str, call: Callable[[], Any]) -> Outcome:
    """Inject ``scenario`` on ``/v4/users/self``, run ``call`` once, collect what happened."""
    path = "/v4/users/self"
    server.faults.clear()
    server.faults.add(path, "GET", **scenario.fault)
    mark = len(server.requests)
    started_at = time.time()
    watch = Watchdog()
    result: Any = None
    error: BaseException | None = None
    try:
        result = call()
    except Exception as exc:
        error = exc
    elapsed = watch.elapsed
    server.faults.clear()
    return Outcome(scenario, mode, result, error, elapsed, wire_since(server, mark, path), started_at)


# --------------------------------------------------------------------------------------------------
# Resources


def open_sockets() -> int:
    """Sockets this process holds open (from /proc/self/fd)."""
    count = 0
    for name in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{name}").startswith("socket:"):
                count += 1
        except OSError:
            continue
    return count


def wait_until(predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


def names(requests: Iterable[RecordedRequest]) -> Iterator[str]:
    for request in requests:
        yield f"{request.method} {request.path} [{request.listener}] -> {request.status}"
