"""RetryPolicy, Settings and Session: plain slotted classes that behave as the attrs ones did.

They were ``attrs.frozen`` classes; creating those at import cost ~0.4-0.75 ms each on every
cold start. These tests pin what the attrs classes gave: the constructors as the code uses
them, immutability, equality and hash (by value for RetryPolicy and Settings, by identity for
Session), the reprs (secrets masked), RetryPolicy's converters and validators, and that the
three modules no longer import attrs.
"""

from __future__ import annotations

import copy
import math
import pickle
import subprocess
import sys
import weakref
from typing import Any

import pytest

from tiledb.client._errors import MASK
from tiledb.client._frozen import Frozen
from tiledb.client._http.retry import ALL_METHODS, RetryMode, RetryPolicy
from tiledb.client._session.clients import shared_client
from tiledb.client._session.session import Session, SessionCache, open_session
from tiledb.client._session.settings import Settings, _checked

TOKEN = "tdb-ws_records-T0KEN-VALUE-0001"
PASSWORD = "Pw-records-PASS-VALUE"

SETTINGS_FIELDS: dict[str, Any] = {
    "server_address": "https://h.example",
    "token": TOKEN,
    "username": "carol",
    "password": PASSWORD,
    "workspace": "ws",
    "workspace_id": None,
    "verify_ssl": True,
    "ca_file": "/ca.pem",
    "profile_name": "p",
    "profile_dir": "/profiles",
}

POLICY_FIELDS = (
    "statuses",
    "methods",
    "backoff_factor",
    "backoff_max",
    "jitter",
    "total_timeout",
    "retry_after_max",
    "max_attempts",
    "refused_retries",
)


def settings(**changes: Any) -> Settings:
    return Settings(**{**SETTINGS_FIELDS, **changes})


def _secret_free(text: str) -> None:
    assert TOKEN not in text
    assert PASSWORD not in text


# -- construction as the code does it -------------------------------------------------------------


def test_policy_constructor_keywords_positions_and_defaults() -> None:
    p = RetryPolicy(statuses=[503])
    assert (p.methods, p.backoff_factor, p.backoff_max, p.jitter) == (ALL_METHODS, 0.25, 10.0, 0.5)
    assert (p.total_timeout, p.retry_after_max, p.max_attempts, p.refused_retries) == (120.0, 30.0, 10, 3)
    positional = RetryPolicy([500], ["get"], 1.0, 2.0, 0.1, 3.0, 4.0, 5, 2)
    assert [getattr(positional, name) for name in POLICY_FIELDS] == [
        frozenset({500}),
        frozenset({"GET"}),
        1.0,
        2.0,
        0.1,
        3.0,
        4.0,
        5,
        2,
    ]
    with pytest.raises(TypeError):
        RetryPolicy()  # type: ignore[call-arg]


def test_policy_converters() -> None:
    p = RetryPolicy(statuses=[503, "504", 503], methods=("get", "Post"))  # type: ignore[list-item]
    assert p.statuses == frozenset({503, 504})
    assert type(p.statuses) is frozenset
    assert p.methods == frozenset({"GET", "POST"})
    assert type(p.methods) is frozenset


def test_settings_as_resolve_settings_builds_them() -> None:
    values = {
        "rest.server_address": "h.example",
        "rest.token": TOKEN,
        "rest.username": None,
        "rest.password": None,
        "rest.workspace": "ws",
        "rest.verify_ssl": "false",
        "ssl.ca_file": None,
    }
    s = _checked(values, "p", "/profiles", "profile 'p'")
    assert isinstance(s, Settings)
    assert (s.server_address, s.token, s.workspace, s.verify_ssl) == ("https://h.example", TOKEN, "ws", False)
    assert (s.username, s.password, s.profile_name, s.profile_dir) == (None, None, "p", "/profiles")
    assert s == Settings(*(getattr(s, name) for name in SETTINGS_FIELDS))  # positional, in field order


def test_session_as_login_builds_it_and_its_defaults() -> None:
    session = open_session(
        settings(username=None, password=None), shared_client().open_httpx_client
    )  # a token: no exchange
    assert isinstance(session, Session)
    assert (session.server_address, session.token, session.workspace) == ("https://h.example", TOKEN, "ws")
    assert (session.ca_file, session.profile_name, session.profile_dir) == ("/ca.pem", "p", "/profiles")
    assert isinstance(session.cache, SessionCache)

    bare = Session(server_address="https://h", token=TOKEN)
    assert (bare.workspace, bare.workspace_id, bare.username) == (None, None, None)
    assert (bare.verify_ssl, bare.ca_file, bare.profile_name, bare.profile_dir) == (True, None, None, None)
    assert isinstance(bare.cache, SessionCache)
    assert bare.cache is not Session(server_address="https://h", token=TOKEN).cache  # a new one each
    cache = SessionCache()
    assert Session(server_address="https://h", token=TOKEN, cache=cache).cache is cache


# -- immutability ----------------------------------------------------------------------------------


def _records() -> list[Frozen]:
    return [RetryPolicy.for_mode("default"), settings(), Session(server_address="https://h", token=TOKEN)]


@pytest.mark.parametrize("index", range(3), ids=["RetryPolicy", "Settings", "Session"])
def test_records_are_immutable(index: int) -> None:
    record = _records()[index]
    name = record.__match_args__[1]
    before = getattr(record, name)
    with pytest.raises(AttributeError):
        setattr(record, name, "changed")
    with pytest.raises(AttributeError):
        delattr(record, name)
    with pytest.raises(AttributeError):
        record.new_attribute = 1
    with pytest.raises(AttributeError):
        object.__setattr__(record, "new_attribute", 1)  # slots: no __dict__ to sneak into
    assert getattr(record, name) is before


@pytest.mark.parametrize("index", range(3), ids=["RetryPolicy", "Settings", "Session"])
def test_records_can_be_weakly_referenced(index: int) -> None:
    record = _records()[index]
    assert weakref.ref(record)() is record
    keyed: weakref.WeakKeyDictionary[Frozen, int] = weakref.WeakKeyDictionary({record: 1})  # as _clients does
    assert keyed[record] == 1


@pytest.mark.parametrize("index", range(2), ids=["RetryPolicy", "Settings"])
def test_value_records_copy_and_pickle(index: int) -> None:
    record = _records()[index]
    for clone in (copy.copy(record), copy.deepcopy(record), pickle.loads(pickle.dumps(record))):
        assert clone == record
        assert clone is not record
        with pytest.raises(AttributeError):
            setattr(clone, clone.__match_args__[0], None)


def test_session_copy_shares_the_cache() -> None:
    session = Session(server_address="https://h", token=TOKEN)
    clone = copy.copy(session)
    assert clone is not session
    assert clone.cache is session.cache
    assert repr(clone) == repr(session)


# -- equality and hash -----------------------------------------------------------------------------


def test_policy_equality_and_hash_by_value() -> None:
    a, b = RetryPolicy.for_mode("default"), RetryPolicy.for_mode("default")
    assert a is not b
    assert a == b
    assert (a != b) is False
    assert hash(a) == hash(b)
    assert len({a, b, RetryPolicy.for_mode("forceful")}) == 2
    assert a != RetryPolicy.for_mode("forceful")
    assert a != object()
    assert a.__eq__(object()) is NotImplemented


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("statuses", [503]),
        ("methods", ["GET"]),
        ("backoff_factor", 0.5),
        ("backoff_max", 1.0),
        ("jitter", 0.0),
        ("total_timeout", 5.0),
        ("retry_after_max", 1.0),
        ("max_attempts", 2),
    ],
)
def test_policy_every_field_counts_for_equality(name: str, value: object) -> None:
    assert RetryPolicy.for_mode("default", **{name: value}) != RetryPolicy.for_mode("default")


def test_policy_nan_field_is_unequal_as_with_attrs() -> None:
    nan = math.nan  # one object: a tuple comparison would short-cut on identity
    assert RetryPolicy([503], backoff_factor=nan) != RetryPolicy([503], backoff_factor=nan)


def test_settings_equality_and_hash_by_value() -> None:
    a, b = settings(), settings()
    assert a is not b
    assert a == b
    assert hash(a) == hash(b)
    assert len({a, b}) == 1
    for name in SETTINGS_FIELDS:
        changed = settings(**{name: "other"})
        assert changed != a, name
    assert a != RetryPolicy.for_mode("default")


def test_session_equality_is_identity() -> None:
    a = Session(server_address="https://h", token=TOKEN)
    b = Session(server_address="https://h", token=TOKEN, cache=a.cache)  # every field the same
    assert a == a
    assert a != b
    assert hash(a) == object.__hash__(a)
    assert len({a, b}) == 2


# -- repr ------------------------------------------------------------------------------------------


def test_policy_repr_shows_every_field() -> None:
    p = RetryPolicy(statuses=[503], methods=["get"], max_attempts=3)
    assert repr(p) == (
        "RetryPolicy(statuses=frozenset({503}), methods=frozenset({'GET'}), backoff_factor=0.25, "
        "backoff_max=10.0, jitter=0.5, total_timeout=120.0, retry_after_max=30.0, max_attempts=3, "
        "refused_retries=3)"
    )


def test_settings_repr_masks_secrets_and_shows_the_rest() -> None:
    s = settings()
    for text in (repr(s), str(s)):
        _secret_free(text)
        assert text.startswith("Settings(server_address='https://h.example', ")
        assert f"token={MASK!r}" in text
        assert f"password={MASK!r}" in text
        assert "username='carol'" in text
        assert "profile_dir='/profiles')" in text


def test_session_repr_masks_the_token() -> None:
    session = Session(server_address="https://h", token=TOKEN, username="carol", workspace="ws")
    for text in (repr(session), str(session)):
        _secret_free(text)
        assert text == (
            f"Session(server_address='https://h', token={MASK!r}, workspace='ws', workspace_id=None, "
            "username='carol', verify_ssl=True, ca_file=None, profile_name=None, profile_dir=None)"
        )


# -- RetryPolicy validation and for_mode ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("backoff_factor", -1, "backoff_factor must be >= 0, got -1"),
        ("backoff_max", -0.5, "backoff_max must be >= 0, got -0.5"),
        ("jitter", 1.5, "jitter must be between 0 and 1, got 1.5"),
        ("jitter", -0.1, "jitter must be between 0 and 1, got -0.1"),
        ("total_timeout", 0, "total_timeout must be > 0, got 0"),
        ("retry_after_max", -1, "retry_after_max must be >= 0, got -1"),
        ("max_attempts", 0, "max_attempts must be >= 1, got 0"),
    ],
)
def test_policy_validation_names_the_field(name: str, value: float, message: str) -> None:
    field: dict[str, Any] = {name: value}
    with pytest.raises(ValueError) as info:
        RetryPolicy(statuses=[503], **field)
    assert str(info.value) == message
    with pytest.raises(ValueError, match=name):
        RetryPolicy.for_mode("forceful", **field)


def test_policy_accepts_the_boundaries() -> None:
    p = RetryPolicy([], backoff_factor=0, backoff_max=0, jitter=1, retry_after_max=0, max_attempts=1)
    assert (p.backoff_factor, p.jitter, p.max_attempts) == (0, 1, 1)
    assert RetryPolicy([], jitter=0).jitter == 0


def test_for_mode_bases_and_overrides() -> None:
    assert RetryPolicy.for_mode("default") == RetryPolicy(statuses=[429, 503])
    assert RetryPolicy.for_mode(RetryMode.FORCEFUL) == RetryPolicy(statuses=[400, 429, 500, 501, 502, 503])
    assert RetryPolicy.for_mode("Disabled") == RetryPolicy(statuses=[], max_attempts=1)

    p = RetryPolicy.for_mode("disabled", statuses=[503, "504"], methods=["get"], max_attempts=3)
    assert (p.statuses, p.methods, p.max_attempts) == (frozenset({503, 504}), frozenset({"GET"}), 3)
    q = RetryPolicy.for_mode("forceful", backoff_factor=0.001, total_timeout=5)
    assert q.statuses == {400, 429, 500, 501, 502, 503}
    assert (q.backoff_factor, q.total_timeout, q.max_attempts) == (0.001, 5, 10)


def test_for_mode_unknown_field_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="no_such_field"):
        RetryPolicy.for_mode("default", no_such_field=1)
    with pytest.raises(TypeError):
        RetryPolicy.for_mode("disabled", statuses=[503], no_such_field=1)
    with pytest.raises(ValueError, match="mode must be"):
        RetryPolicy.for_mode("sometimes")


# -- import cost -----------------------------------------------------------------------------------

IMPORT_PROBE = """
import sys
def loaded():
    return ",".join(m for m in ("attrs", "attr") if m in sys.modules) or "-"
import tiledb
print(loaded())
import tiledb.client._http.retry, tiledb.client._session.settings, tiledb.client._session.session
print(loaded())
"""


def test_the_record_modules_do_not_import_attrs() -> None:
    out = subprocess.run([sys.executable, "-c", IMPORT_PROBE], capture_output=True, text=True, check=True)
    after_tiledb, after_records = out.stdout.split()
    assert after_tiledb == "-"  # else the check below would prove nothing
    assert after_records == "-"
