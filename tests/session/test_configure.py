"""configure(): validation, what lands in profiles.json, permissions, locking."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

import tiledb
from tiledb.client import ConfigurationError, configure

WS_TOKEN = "tdb-ws_abc123-s3cr3tvalue"


def stored(profile_dir: str, name: str = "default") -> dict[str, str]:
    """What TileDB-Py reads back for a profile."""
    profile = tiledb.Profile.load(name, profile_dir)
    keys = ("rest.server_address", "rest.token", "rest.username", "rest.password", "rest.workspace")
    keys += ("rest.verify_ssl", "ssl.ca_file")
    return {k: v for k in keys if (v := profile.get(k, raise_keyerror=False)) is not None}


@pytest.fixture
def umask0() -> Iterator[None]:
    old = os.umask(0)
    yield
    os.umask(old)


def test_token_profile_round_trips_through_tiledb_py(profile_dir: str) -> None:
    configure(token="plain-token", workspace="my-ws", host="api.example.com/", profile_dir=profile_dir)
    assert stored(profile_dir) == {
        "rest.server_address": "https://api.example.com",
        "rest.token": "plain-token",
        "rest.workspace": "my-ws",
    }


def test_password_profile_round_trips(profile_dir: str) -> None:
    configure(
        username="bob",
        password="pa ss",
        workspace="ws",
        host="http://localhost:8080",
        profile_dir=profile_dir,
        profile_name="p",
    )
    assert stored(profile_dir, "p") == {
        "rest.server_address": "http://localhost:8080",
        "rest.username": "bob",
        "rest.password": "pa ss",
        "rest.workspace": "ws",
    }


def test_token_wins_over_username_and_password(profile_dir: str) -> None:
    configure(
        token="t0k", username="bob", password="pw", workspace="ws", host="h.example", profile_dir=profile_dir
    )
    data = stored(profile_dir)
    assert data["rest.token"] == "t0k"
    assert "rest.username" not in data
    assert "rest.password" not in data


def test_workspace_comes_from_a_workspace_token(profile_dir: str) -> None:
    configure(token=WS_TOKEN, host="h.example", profile_dir=profile_dir)
    assert stored(profile_dir)["rest.workspace"] == "ws_abc123"


@pytest.mark.parametrize("token", ["tdb-abc-def", "a-ws_x-b-c", "ws_abc-secret", "tdb-ws_-x"])
def test_other_tokens_do_not_name_a_workspace(profile_dir: str, token: str) -> None:
    with pytest.raises(ConfigurationError, match="workspace is missing"):
        configure(token=token, host="h.example", profile_dir=profile_dir)


def test_conflicting_workspace_ids_are_refused(profile_dir: str) -> None:
    with pytest.raises(ConfigurationError, match="different workspace"):
        configure(token=WS_TOKEN, workspace="ws_other", host="h.example", profile_dir=profile_dir)


def test_api_token_object_gives_key_and_workspace(profile_dir: str) -> None:
    import datetime

    from tiledb.client.rest_api.models import APIToken, TokenScope

    now = datetime.datetime.now(datetime.UTC)
    token = APIToken(
        token_id="t1",
        name="n",
        created_at=now,
        expires_at=now,
        api_key="key-from-object",
        scope=TokenScope("*"),
        workspace_id="ws_fromobject",
    )
    configure(token=token, host="h.example", profile_dir=profile_dir)
    data = stored(profile_dir)
    assert data["rest.token"] == "key-from-object"
    assert data["rest.workspace"] == "ws_fromobject"


def test_verify_ssl_and_ca_file(profile_dir: str, tmp_path: Path) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_text("not checked here")
    configure(
        token="t", workspace="w", host="h.example", verify_ssl=False, ca_file=str(ca), profile_dir=profile_dir
    )
    data = stored(profile_dir)
    assert data["rest.verify_ssl"] == "false"
    assert data["ssl.ca_file"] == str(ca)
    configure(
        token="t", workspace="w", host="h.example", verify_ssl=True, profile_dir=profile_dir, overwrite=True
    )
    assert "rest.verify_ssl" not in stored(profile_dir)


def test_missing_ca_file_is_refused(profile_dir: str, tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="ca_file"):
        configure(
            token="t",
            workspace="w",
            host="h.example",
            ca_file=str(tmp_path / "nope.pem"),
            profile_dir=profile_dir,
        )


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("api.example.com", "https://api.example.com"),
        ("api.example.com///", "https://api.example.com"),
        ("  https://api.example.com/  ", "https://api.example.com"),
        ("http://127.0.0.1:8080/", "http://127.0.0.1:8080"),
        ("HTTPS://Api.Example.com", "HTTPS://Api.Example.com"),
        ("https://example.com/tiledb", "https://example.com/tiledb"),
    ],
)
def test_host_normalisation(profile_dir: str, host: str, expected: str) -> None:
    configure(token="t", workspace="w", host=host, profile_dir=profile_dir)
    assert stored(profile_dir)["rest.server_address"] == expected


@pytest.mark.parametrize(
    "host",
    [
        "ftp://x",
        "http://",
        "",
        "   ",
        "/",
        "https://:443",
        "http://host:notaport",
        "https://h.example?x=1",
        "https://h.example#frag",
        "file:///etc/passwd",
        "https://exa mple.com",
    ],
)
def test_malformed_hosts_are_refused(profile_dir: str, host: str) -> None:
    with pytest.raises(ConfigurationError, match="host"):
        configure(token="t", workspace="w", host=host, profile_dir=profile_dir)
    assert not os.path.exists(os.path.join(profile_dir, "profiles.json"))


def test_credentials_in_the_host_are_refused_without_echo(profile_dir: str) -> None:
    with pytest.raises(ConfigurationError, match="host") as info:
        configure(token="t", workspace="w", host="https://bob:hunter2@h.example", profile_dir=profile_dir)
    assert "hunter2" not in str(info.value)


def test_app_host_draws_a_warning(profile_dir: str) -> None:
    with pytest.warns(UserWarning, match="api.tiledb.com"):
        configure(token="t", workspace="w", host="app.tiledb.com", profile_dir=profile_dir)
    assert stored(profile_dir)["rest.server_address"] == "https://app.tiledb.com"


def test_api_host_draws_no_warning(profile_dir: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        configure(token="t", workspace="w", host="api.tiledb.com", profile_dir=profile_dir)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"token": "t", "workspace": "w"}, "host is missing"),
        ({"workspace": "w", "host": "h.example"}, "pass token="),
        ({"username": "u", "workspace": "w", "host": "h.example"}, "password is missing"),
        ({"password": "p", "workspace": "w", "host": "h.example"}, "username is missing"),
        ({"username": "u", "password": "p", "host": "h.example"}, "workspace is missing"),
        ({"token": "", "workspace": "w", "host": "h.example"}, "token is empty"),
        ({"token": "t", "workspace": "", "host": "h.example"}, "workspace is empty"),
        ({"token": "bad\ntoken", "workspace": "w", "host": "h.example"}, "control characters"),
        ({"token": "t", "workspace": "w", "host": "h.example", "profile_name": " "}, "profile_name is empty"),
    ],
)
def test_invalid_combinations_say_what_to_pass(
    profile_dir: str, kwargs: dict[str, object], match: str
) -> None:
    with pytest.raises(ConfigurationError, match=match):
        configure(profile_dir=profile_dir, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"token": 123}, "token"),
        ({"token": None, "username": 5, "password": "p"}, "username"),
        ({"password": b"p", "username": "u"}, "password"),
        ({"workspace": ["w"]}, "workspace"),
        ({"host": 8080}, "host"),
        ({"verify_ssl": "no"}, "verify_ssl"),
        ({"ca_file": 1}, "ca_file"),
        ({"profile_name": 1}, "profile_name"),
        ({"profile_dir": 1}, "profile_dir"),
        ({"overwrite": "yes"}, "overwrite"),
    ],
)
def test_wrong_types_name_the_parameter(profile_dir: str, kwargs: dict[str, object], name: str) -> None:
    args: dict[str, object] = {
        "token": "t",
        "workspace": "w",
        "host": "h.example",
        "profile_dir": profile_dir,
    }
    args.update(kwargs)
    with pytest.raises(TypeError, match=name) as info:
        configure(**args)  # type: ignore[arg-type]
    assert isinstance(info.value, ConfigurationError)


def test_existing_profile_needs_overwrite(profile_dir: str) -> None:
    configure(token="first", workspace="w", host="h.example", profile_dir=profile_dir)
    path = Path(profile_dir, "profiles.json")
    before = path.read_bytes()
    with pytest.raises(ConfigurationError, match="overwrite=True"):
        configure(token="second", workspace="w", host="h.example", profile_dir=profile_dir)
    assert path.read_bytes() == before
    configure(token="second", workspace="w", host="h.example", profile_dir=profile_dir, overwrite=True)
    assert stored(profile_dir)["rest.token"] == "second"


def test_other_profiles_are_kept(profile_dir: str) -> None:
    for name in ("a", "b", "c"):
        configure(
            token=f"tok-{name}", workspace="w", host="h.example", profile_dir=profile_dir, profile_name=name
        )
    data = json.loads(Path(profile_dir, "profiles.json").read_text())
    assert sorted(k for k in data if k != "version") == ["a", "b", "c"]
    assert data["version"] == 1
    assert sorted(os.listdir(profile_dir)) == ["profiles.json", "profiles.json.lock"]


def test_modes_under_umask_zero(tmp_path: Path, umask0: None) -> None:
    directory = tmp_path / "a" / "b" / "profiles"
    configure(token="t", workspace="w", host="h.example", profile_dir=str(directory))
    for path in (tmp_path / "a", tmp_path / "a" / "b", directory):
        assert stat.S_IMODE(path.stat().st_mode) == 0o700, path
    assert stat.S_IMODE((directory / "profiles.json").stat().st_mode) == 0o600
    assert stat.S_IMODE((directory / "profiles.json.lock").stat().st_mode) == 0o600


def test_an_existing_world_readable_file_becomes_private(tmp_path: Path, umask0: None) -> None:
    directory = tmp_path / "shared"
    directory.mkdir(mode=0o755)
    profile = tiledb.Profile("old", str(directory))
    profile["rest.token"] = "old-token"
    profile.save()
    assert stat.S_IMODE((directory / "profiles.json").stat().st_mode) & 0o044
    configure(token="t", workspace="w", host="h.example", profile_dir=str(directory))
    assert stat.S_IMODE((directory / "profiles.json").stat().st_mode) == 0o600
    assert stat.S_IMODE(directory.stat().st_mode) == 0o755  # not ours: left alone
    assert tiledb.Profile.load("old", str(directory))["rest.token"] == "old-token"


def test_default_directory_is_home(tmp_path: Path) -> None:
    configure(token="t", workspace="w", host="h.example")
    home_dir = tmp_path / "home" / ".tiledb"
    assert stored(str(home_dir))["rest.token"] == "t"
    assert stat.S_IMODE(home_dir.stat().st_mode) == 0o700


def test_inherited_profile_variables_do_not_redirect_the_save(
    profile_dir: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TILEDB_PROFILE_NAME", "elsewhere")
    monkeypatch.setenv("TILEDB_PROFILE_DIR", str(tmp_path / "other-dir"))
    configure(token="t", workspace="w", host="h.example", profile_dir=profile_dir)
    configure(token="t2", workspace="w", host="h.example")  # default dir is HOME, not TILEDB_PROFILE_DIR
    assert stored(profile_dir)["rest.token"] == "t"
    assert stored(str(tmp_path / "home" / ".tiledb"))["rest.token"] == "t2"
    assert not (tmp_path / "other-dir").exists()
    assert os.environ["TILEDB_PROFILE_NAME"] == "elsewhere"
    assert os.environ["TILEDB_PROFILE_DIR"] == str(tmp_path / "other-dir")


@pytest.mark.parametrize(
    ("content", "match"),
    [(b"", "is empty"), (b"  \n", "is empty"), (b"{not json", "not valid JSON"), (b"[1, 2]", "JSON object")],
)
def test_broken_profiles_file_is_left_untouched(profile_dir: str, content: bytes, match: str) -> None:
    os.makedirs(profile_dir)
    path = Path(profile_dir, "profiles.json")
    path.write_bytes(content)
    with pytest.raises(ConfigurationError, match=match) as info:
        configure(token="t", workspace="w", host="h.example", profile_dir=profile_dir)
    assert str(path) in str(info.value)
    assert path.read_bytes() == content
    assert sorted(os.listdir(profile_dir)) == ["profiles.json", "profiles.json.lock"]


def test_tiledb_refusal_is_a_configuration_error_without_secrets(profile_dir: str) -> None:
    os.makedirs(profile_dir)
    path = Path(profile_dir, "profiles.json")
    content = json.dumps(
        {"other": {"rest.token": "other-secret"}}
    ).encode()  # no "version": TileDB-Py refuses
    path.write_bytes(content)
    with pytest.raises(ConfigurationError, match=r"profiles\.json") as info:
        configure(token="mine-secret", workspace="w", host="h.example", profile_dir=profile_dir)
    assert "secret" not in str(info.value)
    assert path.read_bytes() == content


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_unwritable_directory_is_a_configuration_error(tmp_path: Path) -> None:
    directory = tmp_path / "ro"
    directory.mkdir()
    directory.chmod(0o500)
    try:
        with pytest.raises(ConfigurationError, match=r"profiles\.json"):
            configure(token="t", workspace="w", host="h.example", profile_dir=str(directory))
    finally:
        directory.chmod(0o700)


def test_unwritable_file_is_a_configuration_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    directory = tmp_path / "d"
    configure(token="t", workspace="w", host="h.example", profile_dir=str(directory), profile_name="a")
    path = directory / "profiles.json"
    before = path.read_bytes()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) == str(path) else real_access(p, mode))
    with pytest.raises(ConfigurationError, match="not writable"):
        configure(token="t", workspace="w", host="h.example", profile_dir=str(directory), profile_name="b")
    assert path.read_bytes() == before


WORKER = """
import sys, time
from tiledb.client import configure
directory, index, start, rounds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
while time.time() < start:
    time.sleep(0.001)
for r in range(rounds):
    configure(token=f"token-{index}-{r}", workspace="w", host="h.example", profile_dir=directory,
              profile_name=f"p{index}-{r}")
"""


def test_eight_processes_configuring_at_once_lose_nothing(profile_dir: str) -> None:
    processes, rounds = 8, 5
    start = time.time() + 1.5
    env = {k: v for k, v in os.environ.items() if not k.startswith("TILEDB_PROFILE")}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, profile_dir, str(i), str(start), str(rounds)],
            env=env,
            stderr=subprocess.PIPE,
        )
        for i in range(processes)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err.decode()
    data = json.loads(Path(profile_dir, "profiles.json").read_text())
    names = {f"p{i}-{r}" for i in range(processes) for r in range(rounds)}
    assert set(data) - {"version"} == names
    for i in range(processes):
        for r in range(rounds):
            assert tiledb.Profile.load(f"p{i}-{r}", profile_dir)["rest.token"] == f"token-{i}-{r}"
    assert stat.S_IMODE(Path(profile_dir, "profiles.json").stat().st_mode) == 0o600
