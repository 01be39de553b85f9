"""Bad input to every public function: one clear exception naming the parameter, profiles untouched.

Each case runs with a ``profiles.json`` holding two profiles; its bytes are compared before and
after, and a profile that disappears or changes is counted as lost.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
import shutil
import stat
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from tiledb.client.rest_api.api import AssetsApi, AsyncAssetsApi, TokensApi, UsersApi

import tiledb.client as tc
from tiledb.client.testing import FakeServer

from .support import FIGURES, SecretWatch

TOKEN = "tdb-ws_badinput0-BADINPUTSECRET0001"


@dataclasses.dataclass
class Env:
    """What a case may use: the server, the profile directory and a few ready-made paths."""

    server: FakeServer
    directory: str
    a_file: str
    a_dir: str

    def configure(self, **kwargs: Any) -> None:
        base: dict[str, Any] = {
            "token": TOKEN,
            "workspace": "w",
            "host": "h.example",
            "profile_name": "new",
            "profile_dir": self.directory,
        }
        tc.configure(**{**base, **kwargs})

    def op(self) -> Callable[..., Any]:
        return tc.build(AssetsApi).list_assets


@dataclasses.dataclass(frozen=True)
class Case:
    label: str
    call: Callable[[Env], object]
    error: type[BaseException] | tuple[type[BaseException], ...]
    #: Text the message must contain: the parameter's name (or the path that is wrong).
    names: str | Callable[[Env], str]
    #: Credentials the case passes, which no message may echo.
    secrets: tuple[str, ...] = ()


CE, LE = tc.ConfigurationError, tc.LoginError


def configure_case(label: str, error: Any, names: Any, **kwargs: Any) -> Case:
    secrets = tuple(
        v.strip()
        for k, v in kwargs.items()
        if k in ("token", "password") and isinstance(v, str) and v.strip()
    )
    return Case(f"configure {label}", lambda env: env.configure(**kwargs), error, names, secrets)


CONFIGURE = [
    configure_case("token=123", (CE, TypeError), "token", token=123),
    configure_case("token=bytes", (CE, TypeError), "token", token=b"tok"),
    configure_case("token=list", (CE, TypeError), "token", token=["tok"]),
    configure_case("token=''", CE, "token", token=""),
    configure_case("token=blank", CE, "token", token="   "),
    configure_case("token with a line break", CE, "token", token="tdb-abc\r\nX-Evil: 1"),
    configure_case("token non-ASCII", CE, "token", token="tdb-jeton-\u00e9t\u00e9"),
    configure_case("username=1", (CE, TypeError), "username", token=None, username=1, password="p"),
    configure_case("username=''", CE, "username", token=None, username="", password="p4ssword"),
    configure_case("username without password", CE, "password", token=None, username="u"),
    configure_case("username with ':'", CE, "username", token=None, username="a:b", password="p4ss"),
    configure_case("password=1", (CE, TypeError), "password", token=None, username="u", password=1),
    configure_case("password with NUL", CE, "password", token=None, username="u", password="p\x00w"),
    configure_case("no credentials", CE, "token", token=None),
    configure_case("workspace=1", (CE, TypeError), "workspace", workspace=1),
    configure_case("workspace=''", CE, "workspace", workspace=""),
    configure_case("workspace=blank", CE, "workspace", workspace="  "),
    configure_case(
        "workspace id unlike the token's", CE, "workspace", token="t-ws_abc-secret99", workspace="ws_other"
    ),
    configure_case("no host", CE, "host", host=None),
    configure_case("host=1", (CE, TypeError), "host", host=1),
    configure_case("host=''", CE, "host", host=""),
    configure_case("host=blank", CE, "host", host="   "),
    configure_case("host='ftp://x'", CE, "host", host="ftp://x"),
    configure_case("host='http://'", CE, "host", host="http://"),
    configure_case("host='https://'", CE, "host", host="https://"),
    configure_case("host='://api.tiledb.com'", CE, "host", host="://api.tiledb.com"),
    configure_case("host port 99999", CE, "host", host="http://h.example:99999"),
    configure_case("host port abc", CE, "host", host="http://h.example:abc"),
    configure_case("host port 0", CE, "host", host="http://h.example:0"),
    Case(
        "configure host with user:password",
        lambda env: env.configure(host="https://u:p4ssw0rd-in-host@h.example"),
        CE,
        "host",
        ("p4ssw0rd-in-host",),
    ),
    configure_case("host with a query", CE, "host", host="https://h.example/?q=1"),
    configure_case("host with a fragment", CE, "host", host="https://h.example#f"),
    configure_case("host with a space", CE, "host", host="https://h .example"),
    configure_case("verify_ssl='false'", (CE, TypeError), "verify_ssl", verify_ssl="false"),
    configure_case("verify_ssl=0", (CE, TypeError), "verify_ssl", verify_ssl=0),
    configure_case("ca_file=1", (CE, TypeError), "ca_file", ca_file=1),
    configure_case("ca_file=''", CE, "ca_file", ca_file=""),
    configure_case("ca_file missing", CE, "ca_file", ca_file="/nonexistent/ca.pem"),
    Case("configure ca_file=directory", lambda env: env.configure(ca_file=env.a_dir), CE, "ca_file"),
    configure_case("profile_name=1", (CE, TypeError), "profile_name", profile_name=1),
    configure_case("profile_name=''", CE, "profile_name", profile_name=""),
    configure_case("profile_name=blank", CE, "profile_name", profile_name="  "),
    configure_case("profile_name='version' (reserved)", CE, "profile_name", profile_name="version"),
    configure_case("existing profile", CE, "overwrite=True", profile_name="alice"),
    configure_case("profile_dir=1", (CE, TypeError), "profile_dir", profile_dir=1),
    configure_case("profile_dir=bytes", (CE, TypeError), "profile_dir", profile_dir=b"/tmp"),
    configure_case("profile_dir=''", CE, "profile_dir", profile_dir=""),
    Case(
        "configure profile_dir=a file",
        lambda env: env.configure(profile_dir=env.a_file),
        CE,
        lambda env: env.a_file,
    ),
    configure_case("profile_dir under /proc", CE, "/proc/self/nope", profile_dir="/proc/self/nope/x"),
    configure_case("overwrite='yes'", (CE, TypeError), "overwrite", overwrite="yes"),
    configure_case("overwrite=None", (CE, TypeError), "overwrite", overwrite=None),
]


def login_case(label: str, error: Any, names: Any, *args: Any, **kwargs: Any) -> Case:
    return Case(
        f"login {label}",
        lambda env: tc.login(*args, **{"profile_dir": env.directory, **kwargs}),
        error,
        names,
    )


LOGIN = [
    login_case("profile_name=1", (LE, TypeError), "profile_name", 1),
    login_case("profile_name=bytes", (LE, TypeError), "profile_name", b"alice"),
    login_case("profile_dir=1", (LE, TypeError), "profile_dir", "alice", profile_dir=1),
    login_case("threads=-1", LE, "threads", "alice", threads=-1),
    login_case("threads=0", LE, "threads", "alice", threads=0),
    login_case("threads='2'", (LE, TypeError), "threads", "alice", threads="2"),
    login_case("threads=2.5", (LE, TypeError), "threads", "alice", threads=2.5),
    login_case("threads=True", (LE, TypeError), "threads", "alice", threads=True),
    login_case("missing profile", LE, "'nope'", "nope"),
    Case(
        "login from a non-existent profile_dir",
        lambda env: tc.login("alice", env.directory + "-missing"),
        LE,
        lambda env: env.directory + "-missing",
    ),
    Case("login profile_dir=a file", lambda env: tc.login("alice", env.a_file), LE, lambda env: env.a_file),
]


def _own_client() -> tc.Client:
    return tc.Client(pool_threads=2)


def client_case(label: str, error: Any, names: str, action: Callable[[tc.Client], object]) -> Case:
    def call(env: Env) -> None:
        with _own_client() as client:
            action(client)

    return Case(label, call, error, names)


CLIENT = [
    Case("Client(pool_threads=-1)", lambda env: tc.Client(-1), ValueError, "threads"),
    Case("Client(pool_threads=0)", lambda env: tc.Client(0), ValueError, "threads"),
    Case("Client(pool_threads='2')", lambda env: tc.Client("2"), TypeError, "threads"),  # type: ignore[arg-type]
    Case("Client(pool_threads=2.5)", lambda env: tc.Client(2.5), TypeError, "threads"),  # type: ignore[arg-type]
    Case("Client(pool_threads=True)", lambda env: tc.Client(True), TypeError, "threads"),
    Case(
        "Client(retry_mode='sometimes')",
        lambda env: tc.Client(retry_mode="sometimes"),
        ValueError,
        "retry_mode",
    ),
    Case("Client(retry_mode='')", lambda env: tc.Client(retry_mode=""), ValueError, "retry_mode"),
    Case("Client(retry_mode=None)", lambda env: tc.Client(retry_mode=None), ValueError, "retry_mode"),  # type: ignore[arg-type]
    Case("Client(retry_mode=1)", lambda env: tc.Client(retry_mode=1), ValueError, "retry_mode"),  # type: ignore[arg-type]
    client_case("client.retry_mode('x')", ValueError, "mode", lambda c: c.retry_mode("x")),
    client_case("client.retry_mode(None)", ValueError, "mode", lambda c: c.retry_mode(None)),  # type: ignore[arg-type]
    client_case("client.set_threads(-1)", ValueError, "threads", lambda c: c.set_threads(-1)),
    client_case("client.set_threads(0)", ValueError, "threads", lambda c: c.set_threads(0)),
    client_case("client.set_threads(1.5)", TypeError, "threads", lambda c: c.set_threads(1.5)),  # type: ignore[arg-type]
    client_case("client.set_threads('4')", TypeError, "threads", lambda c: c.set_threads("4")),  # type: ignore[arg-type]
    client_case("client.set_threads(True)", TypeError, "threads", lambda c: c.set_threads(True)),
    client_case("client.build(None)", TypeError, "builder", lambda c: c.build(None)),  # type: ignore[arg-type]
    Case("build(None)", lambda env: tc.build(None), TypeError, "builder"),  # type: ignore[arg-type]
    Case("build(1)", lambda env: tc.build(1), TypeError, "builder"),  # type: ignore[arg-type]
    Case("build('UsersApi')", lambda env: tc.build("UsersApi"), TypeError, "builder"),  # type: ignore[arg-type]
    Case("Config(1)", lambda env: tc.Config(1), TypeError, "cfg_dict"),  # type: ignore[arg-type]
    Case("Config('rest.token=x')", lambda env: tc.Config("rest.token=x"), TypeError, "cfg_dict"),  # type: ignore[arg-type]
    Case(
        "Config(rest.password)", lambda env: tc.Config({"rest.password": "pw"}), ValueError, "rest.password"
    ),
    Case(
        "Config(rest.server_address)",
        lambda env: tc.Config({"rest.server_address": "https://evil.example"}),
        ValueError,
        "rest.server_address",
    ),
    Case(
        "Config(rest.username)",
        lambda env: tc.Config({"rest.username": "mallory"}),
        ValueError,
        "rest.username",
    ),
    Case("Ctx(1)", lambda env: tc.Ctx(1), TypeError, "config"),  # type: ignore[arg-type]
    Case("Ctx(rest.password)", lambda env: tc.Ctx({"rest.password": "pw"}), ValueError, "rest.password"),
    Case("paginate(None)", lambda env: tc.paginate(None), TypeError, "operation"),  # type: ignore[call-overload]
    Case("paginate(1)", lambda env: tc.paginate(1), TypeError, "operation"),  # type: ignore[call-overload]
    Case("apaginate(None)", lambda env: tc.apaginate(None), TypeError, "operation"),  # type: ignore[call-overload]
    Case("paginate(page=0)", lambda env: tc.paginate(env.op(), "w", "t", "/", page=0), ValueError, "page"),
    Case("paginate(page=-1)", lambda env: tc.paginate(env.op(), "w", "t", "/", page=-1), ValueError, "page"),
    Case(
        "paginate(page='1')", lambda env: tc.paginate(env.op(), "w", "t", "/", page="1"), ValueError, "page"
    ),  # type: ignore[arg-type]
    Case(
        "paginate(page=True)", lambda env: tc.paginate(env.op(), "w", "t", "/", page=True), ValueError, "page"
    ),
    Case(
        "apaginate(page=0)",
        lambda env: tc.apaginate(tc.build(AsyncAssetsApi).list_assets, "w", "t", "/", page=0),
        ValueError,
        "page",
    ),
    # The generated Api classes: Python's own checks of the signature name the parameter.
    Case("TokensApi.create_token()", lambda env: tc.build(TokensApi).create_token(), TypeError, "body"),  # type: ignore[call-arg]
    Case("UsersApi.get_user()", lambda env: tc.build(UsersApi).get_user(), TypeError, "user_id"),  # type: ignore[call-arg]
    Case(
        "AssetsApi.list_assets(bogus=1)",
        lambda env: env.op()("w", "t", "/", bogus=1),
        TypeError,
        "bogus",
    ),
    Case(
        "AssetsApi.list_assets(page positional)",
        lambda env: env.op()("w", "t", "/", 2),
        TypeError,
        "positional",
    ),
]

CASES = [*CONFIGURE, *LOGIN, *CLIENT]


def seed_profiles(server: FakeServer, directory: str) -> None:
    tc.configure(token=server.token, host=server.url, profile_name="alice", profile_dir=directory)
    tc.configure(
        username=server.username,
        password=server.password,
        workspace=server.workspace_name,
        host=server.url,
        profile_name="pw",
        profile_dir=directory,
    )


@pytest.fixture
def env(server: FakeServer, profile_dir: str, tmp_path: Path) -> Iterator[Env]:
    seed_profiles(server, profile_dir)
    tc.login("alice", profile_dir)
    a_file = tmp_path / "a-file"
    a_file.write_text("not a directory")
    a_dir = tmp_path / "a-dir"
    a_dir.mkdir()
    yield Env(server, profile_dir, str(a_file), str(a_dir))


def profiles_lost(before: bytes, after: bytes) -> int:
    """Profiles of ``before`` that are missing or different in ``after``."""
    old = json.loads(before)
    try:
        new = json.loads(after)
    except ValueError:
        return len(old) - 1
    return sum(1 for name, value in old.items() if name != "version" and new.get(name) != value)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.label)
def test_bad_input_is_refused_clearly(case: Case, env: Env, watch: SecretWatch) -> None:
    watch.secret("the token of the bad-input profiles", TOKEN)
    for value in case.secrets:
        watch.secret(f"a credential passed by {case.label!r}", value)
    path = Path(env.directory, "profiles.json")
    before = path.read_bytes()
    variables = {k: os.environ.get(k) for k in ("TILEDB_PROFILE_NAME", "TILEDB_PROFILE_DIR")}
    FIGURES.add("malformed")
    with pytest.raises(case.error) as info:
        result = case.call(env)
        if asyncio.iscoroutine(result):  # pragma: no cover - every case fails before awaiting
            result.close()
    watch.see(info.value)
    names = case.names(env) if callable(case.names) else case.names
    assert names in str(info.value), str(info.value)
    FIGURES.add("clear_error")
    after = path.read_bytes()
    lost = profiles_lost(before, after)
    FIGURES.add("profiles_lost", lost)
    assert after == before and lost == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # A failed login leaves TileDB-Py's profile selection as it was.
    assert {k: os.environ.get(k) for k in variables} == variables


@pytest.mark.parametrize(
    ("call", "error", "name"),
    [
        (lambda: tc.build(TokensApi).create_token("not a TokenCreateRequest"), TypeError, "body"),
        (lambda: tc.build(UsersApi).get_user(None), TypeError, "user"),
        (lambda: tc.build(UsersApi).get_user(""), ValueError, "user"),
    ],
    ids=["body of the wrong type", "None for a path parameter", "empty path parameter"],
)
def test_api_methods_refuse_wrong_types_naming_the_parameter(
    call: Callable[[], object], error: type[Exception], name: str, env: Env
) -> None:
    FIGURES.add("malformed")
    with pytest.raises(error, match=name):
        call()
    FIGURES.add("clear_error")


@pytest.mark.parametrize(
    ("host", "stored"),
    [
        ("api.tiledb.com/", "https://api.tiledb.com"),
        ("  https://h.example///  ", "https://h.example"),
        ("HTTP://127.0.0.1:8080/", "HTTP://127.0.0.1:8080"),
    ],
)
def test_forgiving_hosts_are_normalised(host: str, stored: str, profile_dir: str) -> None:
    tc.configure(token=TOKEN, workspace="w", host=host, profile_dir=profile_dir)
    data = json.loads(Path(profile_dir, "profiles.json").read_text())
    assert data["default"]["rest.server_address"] == stored


def test_a_new_nested_profile_dir_is_created_private(tmp_path: Path) -> None:
    directory = tmp_path / "a" / "b" / "c"
    tc.configure(token=TOKEN, workspace="w", host="h.example", profile_dir=str(directory))
    for path in (tmp_path / "a", tmp_path / "a" / "b", directory):
        assert stat.S_IMODE(path.stat().st_mode) == 0o700
    assert stat.S_IMODE((directory / "profiles.json").stat().st_mode) == 0o600


# --------------------------------------------------------------------------------------------------
# A profiles.json that can not be used


def _make_unwritable(path: Path) -> Callable[[], None]:
    """Make ``path`` really unwritable; return the undo. Root ignores modes: use chattr +i there."""
    if os.geteuid() != 0:
        path.chmod(0o400)
        return lambda: path.chmod(0o600)
    chattr = shutil.which("chattr")
    if chattr is None:
        pytest.skip("running as root without chattr: no honest way to make a file unwritable")
    done = subprocess.run([chattr, "+i", str(path)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"chattr +i is not supported here: {done.stderr.decode().strip()}")

    def undo() -> None:
        subprocess.run([chattr, "-i", str(path)], check=True)

    return undo


BROKEN = {
    "corrupt JSON": b'{"alice": {"rest.token": ',
    "empty": b"",
    "blank": b"  \n\t ",
    "a JSON array": b"[]",
    "a JSON string": b'"profiles"',
    "binary garbage": bytes(range(256)),
    "a directory in place of the file": None,
    "an unwritable file": b"unwritable",
}


@pytest.mark.parametrize("state", BROKEN, ids=list(BROKEN))
def test_a_broken_profiles_file_is_never_overwritten(
    state: str, server: FakeServer, profile_dir: str, watch: SecretWatch
) -> None:
    path = Path(profile_dir, "profiles.json")
    undo: Callable[[], None] = lambda: None  # noqa: E731
    if state == "a directory in place of the file":
        path.mkdir(parents=True)
        (path / "keep").write_text("x")
    elif state == "an unwritable file":
        seed_profiles(server, profile_dir)
        undo = _make_unwritable(path)
    else:
        path.parent.mkdir(parents=True)
        path.write_bytes(BROKEN[state] or b"")
    snapshot = _snapshot(path)
    try:
        FIGURES.add("malformed")
        with pytest.raises(tc.ConfigurationError) as info:
            tc.configure(
                token=TOKEN, workspace="w", host="h.example", profile_name="n", profile_dir=profile_dir
            )
        watch.see(info.value)
        assert str(path) in str(info.value) or "profiles.json" in str(info.value), str(info.value)
        FIGURES.add("clear_error")
        assert _snapshot(path) == snapshot
        if state != "an unwritable file":
            FIGURES.add("malformed")
            with pytest.raises(tc.LoginError) as failed:
                tc.login("alice", profile_dir)
            watch.see(failed.value)
            assert "profiles.json" in str(failed.value) or profile_dir in str(failed.value)
            FIGURES.add("clear_error")
            assert _snapshot(path) == snapshot
        else:
            tc.login("alice", profile_dir)  # the existing profiles still work
            assert tc.get_user().username == server.username
            FIGURES.add("success")
    finally:
        undo()
    if state == "an unwritable file":
        lost = 2 - len({"alice", "pw"} & set(json.loads(path.read_bytes())))
        FIGURES.add("profiles_lost", lost)
        assert lost == 0
    assert not [p for p in Path(profile_dir).iterdir() if p.name.startswith(".profiles-")]


def _snapshot(path: Path) -> object:
    if path.is_dir():
        return ("dir", sorted(p.name for p in path.iterdir()))
    return ("file", path.read_bytes())
