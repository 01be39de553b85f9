"""login(): profiles, environment precedence, password exchange, failures, TileDB-Py's context."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tiledb.client.rest_api.api import UsersApi

import tiledb
import tiledb.client as tc
from tiledb.client import LoginError, configure, login
from tiledb.client.testing import FakeServer

from .support import API_KEY, api_requests, basic, closed_port_url, current_session


def test_login_with_a_token_profile(server: FakeServer, token_profile: str, profile_dir: str) -> None:
    login(token_profile, profile_dir)
    session = current_session()
    assert session.server_address == server.url
    assert session.token == server.token
    assert session.workspace_id == server.workspace_id  # from the tdb-ws_...-secret token
    assert os.environ["TILEDB_PROFILE_NAME"] == token_profile
    assert os.environ["TILEDB_PROFILE_DIR"] == profile_dir
    assert tc.get_user().username == server.username
    (request,) = api_requests(server, "/v4/users/self")
    assert request.headers[API_KEY] == server.token
    assert "authorization" not in request.headers


def test_login_defaults_clear_the_profile_variables(
    server: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(token=server.token, host=server.url)  # the default profile in ~/.tiledb
    monkeypatch.setenv("TILEDB_PROFILE_NAME", "something")
    monkeypatch.setenv("TILEDB_PROFILE_DIR", "/nonexistent")
    login()
    assert "TILEDB_PROFILE_NAME" not in os.environ
    assert "TILEDB_PROFILE_DIR" not in os.environ
    assert current_session().token == server.token


def test_password_is_exchanged_for_a_session_token(
    server: FakeServer, password_profile: str, profile_dir: str
) -> None:
    login(password_profile, profile_dir)
    session = current_session()
    assert session.token != server.password
    assert not hasattr(session, "password")
    assert session.workspace_id == server.workspace_id

    resolve, create = server.requests
    assert (resolve.method, resolve.path) == ("GET", f"/v4/workspaces/{server.workspace_name}")
    assert resolve.headers["authorization"] == basic(server.username, server.password)
    assert (create.method, create.path) == ("POST", "/v4/tokens")
    assert create.headers["authorization"] == basic(server.username, server.password)
    body = create.json()
    assert body["name"].startswith("login-session-")
    assert body["scope"] == "*"
    assert body["workspace_id"] == server.workspace_id
    assert server.token_for(session.token) is not None

    server.clear_requests()
    assert tc.get_user().username == server.username
    (request,) = server.requests
    assert request.headers[API_KEY] == session.token
    assert "authorization" not in request.headers
    assert tiledb.Profile.load(password_profile, profile_dir)["rest.password"] == server.password  # untouched


def test_wrong_password_is_a_login_error(
    server: FakeServer, profile_dir: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(
        username=server.username,
        password="Wr0ng-Pa55",
        workspace=server.workspace_name,
        host=server.url,
        profile_name="bad",
        profile_dir=profile_dir,
    )
    monkeypatch.setenv("TILEDB_PROFILE_NAME", "before")
    with pytest.raises(LoginError, match=r"'bad'.*401.*username and password.*configure") as info:
        login("bad", profile_dir)
    assert "Wr0ng-Pa55" not in str(info.value)
    assert os.environ["TILEDB_PROFILE_NAME"] == "before"
    assert "TILEDB_PROFILE_DIR" not in os.environ


def test_unreachable_server_during_exchange_is_a_login_error(profile_dir: str) -> None:
    configure(
        username="u",
        password="p",
        workspace="w",
        host=closed_port_url(),
        profile_name="x",
        profile_dir=profile_dir,
    )
    tc.client.client.set_disable_retries()
    with pytest.raises(LoginError, match="check the profile's host"):
        login("x", profile_dir)
    assert "TILEDB_PROFILE_NAME" not in os.environ


def test_missing_profile_is_a_login_error_and_restores_the_environment(
    token_profile: str, profile_dir: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TILEDB_PROFILE_NAME", "keep-me")
    monkeypatch.setenv("TILEDB_PROFILE_DIR", "/keep/me")
    with pytest.raises(LoginError, match=r"'nope'.*configure\(") as info:
        login("nope", profile_dir)
    assert profile_dir in str(info.value)
    assert os.environ["TILEDB_PROFILE_NAME"] == "keep-me"
    assert os.environ["TILEDB_PROFILE_DIR"] == "/keep/me"


def test_missing_profiles_file_is_a_login_error(tmp_path: Path) -> None:
    with pytest.raises(LoginError, match=r"'prod'.*does not exist.*configure\("):
        login("prod", str(tmp_path / "empty"))


def test_missing_default_profile_without_environment_is_a_login_error() -> None:
    with pytest.raises(LoginError, match=r"'default'.*configure\("):
        login()
    assert "TILEDB_PROFILE_NAME" not in os.environ


def test_profile_without_credentials_is_a_login_error(profile_dir: str) -> None:
    profile = tiledb.Profile("empty", profile_dir)
    profile["rest.server_address"] = "https://h.example"
    profile.save()
    with pytest.raises(LoginError, match=r"'empty'.*no token"):
        login("empty", profile_dir)


def test_profile_with_a_malformed_host_is_a_login_error(profile_dir: str) -> None:
    profile = tiledb.Profile("bad-host", profile_dir)
    profile["rest.server_address"] = "ftp://h.example"
    profile["rest.token"] = "t"
    profile.save()
    with pytest.raises(LoginError, match=r"'bad-host'.*host"):
        login("bad-host", profile_dir)


def test_corrupt_profiles_file_is_a_login_error(tmp_path: Path) -> None:
    directory = tmp_path / "corrupt"
    directory.mkdir()
    (directory / "profiles.json").write_text('{"p": {"rest.token": "very-secret"')
    with pytest.raises(LoginError, match="not valid JSON") as info:
        login("p", str(directory))
    assert "very-secret" not in str(info.value)


def test_environment_overrides_the_profile(
    server: FakeServer, token_profile: str, profile_dir: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = server.add_token(workspace_id=server.workspace_id, name="env")
    monkeypatch.setenv("TILEDB_REST_TOKEN", other)
    login(token_profile, profile_dir)
    assert current_session().token == other
    monkeypatch.setenv("TILEDB_REST_SERVER_ADDRESS", "http://127.0.0.2:1/")
    login(token_profile, profile_dir)
    assert current_session().server_address == "http://127.0.0.2:1"


def test_environment_token_wins_over_profile_password(
    server: FakeServer, password_profile: str, profile_dir: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TILEDB_REST_TOKEN", server.token)
    login(password_profile, profile_dir)
    assert current_session().token == server.token
    assert api_requests(server, "/v4/tokens") == []


def test_environment_alone_is_enough_without_a_default_profile(
    server: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TILEDB_REST_TOKEN", server.token)
    monkeypatch.setenv("TILEDB_REST_SERVER_ADDRESS", server.url)
    login()
    assert tc.get_user().username == server.username


def test_workspace_from_the_token_wins_over_rest_workspace(server: FakeServer, profile_dir: str) -> None:
    configure(
        token=server.token, workspace="some-name", host=server.url, profile_name="p", profile_dir=profile_dir
    )
    login("p", profile_dir)
    assert tc.get_workspace_id() == server.workspace_id
    assert api_requests(server) == []


def test_first_request_loads_the_default_profile_lazily(server: FakeServer) -> None:
    configure(token=server.token, host=server.url)
    assert tc.get_user().username == server.username
    assert "TILEDB_PROFILE_NAME" not in os.environ


def test_lazy_load_honours_the_profile_variables(
    server: FakeServer, token_profile: str, profile_dir: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TILEDB_PROFILE_NAME", token_profile)
    monkeypatch.setenv("TILEDB_PROFILE_DIR", profile_dir)
    assert tc.get_user().username == server.username


def test_lazy_load_exchanges_a_password(server: FakeServer) -> None:
    configure(
        username=server.username, password=server.password, workspace=server.workspace_name, host=server.url
    )
    assert tc.build(UsersApi).get_self_user().data.user.username == server.username
    assert len(api_requests(server, "/v4/tokens", "POST")) == 1


def test_lazy_load_without_anything_is_a_login_error() -> None:
    with pytest.raises(LoginError, match=r"configure\("):
        tc.get_user()


def test_second_login_switches_profile_and_drops_caches(
    server: FakeServer, token_profile: str, password_profile: str, profile_dir: str
) -> None:
    login(token_profile, profile_dir)
    tc.get_user()
    tc.get_user()
    assert len(api_requests(server, "/v4/users/self")) == 1
    login(password_profile, profile_dir)
    session = current_session()
    tc.get_user()
    last = api_requests(server, "/v4/users/self")
    assert len(last) == 2
    assert last[-1].headers[API_KEY] == session.token != server.token


def test_login_resizes_the_shared_client(token_profile: str, profile_dir: str) -> None:
    login(token_profile, profile_dir, threads=3)
    assert tc.client.client.threads == 3


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"profile_name": 1}, "profile_name"),
        ({"profile_dir": 2.5}, "profile_dir"),
        ({"threads": "4"}, "threads"),
    ],
)
def test_wrong_types_name_the_parameter(kwargs: dict[str, object], name: str) -> None:
    with pytest.raises(TypeError, match=name) as info:
        login(**kwargs)  # type: ignore[arg-type]
    assert isinstance(info.value, LoginError)


def test_zero_threads_is_refused() -> None:
    with pytest.raises(LoginError, match="threads"):
        login(threads=0)


def test_login_refreshes_tiledb_default_context(
    server: FakeServer, password_profile: str, profile_dir: str, tmp_path: Path
) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_text("x")
    tiledb.default_ctx()  # exists before the login
    configure(
        token=server.token, host=server.url, ca_file=str(ca), profile_name="ca", profile_dir=profile_dir
    )
    login("ca", profile_dir)
    cfg = tiledb.default_ctx().config()
    assert cfg["rest.server_address"] == server.url
    assert cfg["rest.token"] == server.token
    assert cfg["ssl.ca_file"] == str(ca)
    login(password_profile, profile_dir)
    cfg = tiledb.default_ctx().config()
    assert cfg["rest.token"] == current_session().token
    assert cfg.get("rest.password", None) in (None, "")
    assert cfg["ssl.ca_file"] == ""


def test_new_tiledb_contexts_use_the_logged_in_profile(
    server: FakeServer, token_profile: str, profile_dir: str
) -> None:
    login(token_profile, profile_dir)
    cfg = tiledb.Ctx().config()
    assert cfg["rest.token"] == server.token
    assert cfg["rest.server_address"] == server.url
