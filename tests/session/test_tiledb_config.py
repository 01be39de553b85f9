"""Config() and Ctx(): TileDB-Py objects carrying the session."""

from __future__ import annotations

import pytest

import tiledb
import tiledb.client as tc
from tiledb.client import login
from tiledb.client.testing import FakeServer

from .support import current_session


@pytest.fixture
def logged_in(server: FakeServer, token_profile: str, profile_dir: str) -> FakeServer:
    login(token_profile, profile_dir)
    return server


def test_config_carries_the_session(logged_in: FakeServer) -> None:
    cfg = tc.Config()
    assert isinstance(cfg, tiledb.Config)
    assert cfg["rest.server_address"] == logged_in.url
    assert cfg["rest.token"] == logged_in.token
    assert cfg["rest.workspace"] == logged_in.workspace_id


def test_config_adds_the_callers_parameters(logged_in: FakeServer) -> None:
    cfg = tc.Config({"vfs.s3.region": "eu-west-1", "rest.token": "override"})
    assert cfg["vfs.s3.region"] == "eu-west-1"
    assert cfg["rest.token"] == "override"


@pytest.mark.parametrize("key", ["rest.server_address", "rest.username", "rest.password"])
def test_config_refuses_session_parameters(logged_in: FakeServer, key: str) -> None:
    with pytest.raises(ValueError, match=key):
        tc.Config({key: "x"})
    with pytest.raises(ValueError, match=key):
        tc.Ctx({key: "x"})


def test_password_session_config_has_the_session_token(
    server: FakeServer, password_profile: str, profile_dir: str
) -> None:
    login(password_profile, profile_dir)
    cfg = tc.Config()
    assert cfg["rest.token"] == current_session().token
    assert cfg.get("rest.username", None) in (None, "")
    assert cfg.get("rest.password", None) in (None, "")


def test_ctx(logged_in: FakeServer) -> None:
    ctx = tc.Ctx()
    assert isinstance(ctx, tiledb.Ctx)
    assert ctx.config()["rest.token"] == logged_in.token
    assert tc.Ctx({"sm.tile_cache_size": "1234"}).config()["sm.tile_cache_size"] == "1234"
    given = tiledb.Config({"sm.tile_cache_size": "999"})
    assert tc.Ctx(given).config()["sm.tile_cache_size"] == "999"


def test_config_type_errors(logged_in: FakeServer) -> None:
    with pytest.raises(TypeError, match="cfg_dict"):
        tc.Config(["rest.token"])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="config"):
        tc.Ctx(42)  # type: ignore[arg-type]
