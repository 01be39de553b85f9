"""The identifier resolver: unit cases, and one property over the fake server."""

from __future__ import annotations

import itertools
import re
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tiledb.client import assets
from tiledb.client._highlevel.resolve import (
    AssetRef,
    resolve_asset,
    resolve_teamspace,
    resolve_user,
    resolve_workspace,
)
from tiledb.client.testing import FakeServer


def test_asset_forms(hl: FakeServer) -> None:
    ws = hl.workspace_id
    assert resolve_asset("a/b", "general") == AssetRef(ws, "general", "a/b")
    assert resolve_asset("/a/b/", "general") == AssetRef(ws, "general", "a/b")
    assert resolve_asset("ast_123", "ts_9") == AssetRef(ws, "ts_9", "ast_123")
    assert resolve_asset("tiledb://w/t/a/b") == AssetRef("w", "t", "a/b")
    assert resolve_asset("tiledb://w/t/a/b", "t") == AssetRef("w", "t", "a/b")
    assert resolve_asset("tiledb://w/t", allow_root=True).is_root
    assert resolve_asset("/", "t", allow_root=True).segment == "/"
    model = SimpleNamespace(
        id="ast_1", teamspace_id="ts_1", workspace_id="ws_1", teamspace=SimpleNamespace(name="gen")
    )
    assert resolve_asset(model) == AssetRef("ws_1", "ts_1", "ast_1")
    assert resolve_asset(model, "gen") == AssetRef("ws_1", "ts_1", "ast_1")
    folder = SimpleNamespace(id="fld_1", asset_id="ast_2", teamspace_id="ts_1", workspace_id="ws_1")
    assert resolve_asset(folder).asset == "ast_2"
    teamspace = SimpleNamespace(teamspace_id="ts_1", name="gen")
    assert resolve_asset("tiledb://w/gen/x", teamspace).teamspace == "gen"
    assert resolve_asset("x", teamspace).teamspace == "ts_1"
    assert str(AssetRef("w", "t", "a")) == "tiledb://w/t/a"


@pytest.mark.parametrize(
    "bad",
    [
        "tiledb://ws",
        "tiledb://ws/",
        "tiledb:///t/x",
        "",
        "  ",
        "a//b",
        "./a",
        "usr_x1",
        "ws_x1",
        "http://h/x",
    ],
)
def test_malformed_assets(hl: FakeServer, bad: str) -> None:
    with pytest.raises(ValueError, match=r"expected|malformed"):
        resolve_asset(bad, "general")


def test_other_resources() -> None:
    assert resolve_teamspace("general") == "general"
    assert resolve_teamspace(SimpleNamespace(teamspace_id="ts_1")) == "ts_1"
    assert resolve_user("bob") == "bob"
    assert resolve_user(SimpleNamespace(id="usr_1", username="bob")) == "usr_1"
    assert resolve_user(SimpleNamespace(user_id="usr_2", username="bob")) == "usr_2"
    assert resolve_workspace(SimpleNamespace(workspace_id="ws_1")) == "ws_1"
    for call, value in itertools.product(
        (resolve_teamspace, resolve_user, resolve_workspace), ("", "a/b", "ast_123", "tok_1")
    ):
        with pytest.raises(ValueError):
            call(value)
    with pytest.raises(ValueError, match="teamspace is needed"):
        resolve_teamspace(None)
    with pytest.raises(TypeError):
        resolve_user(12)


# ------------------------------------------------------------------ property
_ID_LIKE = re.compile(r"^(ast|usr|ts|ws|tok|ss|cred)_[A-Za-z0-9]+$")
_SEGMENT = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABC0123456789_-. é", min_size=1, max_size=12).filter(
    lambda s: s.strip() == s and s not in (".", "..") and not _ID_LIKE.match(s)
)
_counter = itertools.count()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    segments=st.lists(_SEGMENT, min_size=1, max_size=4),
    kind=st.sampled_from(["array", "group", "file", "folder"]),
)
def test_reachable_by_path_means_reachable_by_id_and_uri(
    hl: FakeServer, segments: list[str], kind: str
) -> None:
    # Each example lives in its own top-level folder, so examples never collide.
    path = "/".join([f"prop{next(_counter)}", *segments])
    with hl.state.lock:
        ts = hl.state.teamspaces[hl.teamspace_id]
        hl.state.add_asset(ts, path, hl.state.users[hl.user_id], type=kind)
    by_path = assets.get_asset(path, teamspace="general")
    by_slash = assets.get_asset("/" + path, teamspace=hl.teamspace_id)
    by_id = assets.get_asset(by_path.id, teamspace="general")
    by_uri = assets.get_asset(f"tiledb://{hl.workspace_name}/general/{path}")
    by_object = assets.get_asset(by_path)
    assert by_path == by_slash == by_id == by_uri == by_object
    assert by_path.path == path


def test_listing_an_asset_object_addresses_its_path(hl: FakeServer) -> None:
    folder = assets.get_asset("examples", teamspace="general")
    hl.clear_requests()
    assert len(assets.list_assets(folder)) == 2
    assert hl.requests[-1].path.endswith(f"/{hl.teamspace_id}/examples")


def test_an_object_of_another_kind_is_not_a_user() -> None:
    with pytest.raises(ValueError, match="expected a user"):
        resolve_user(SimpleNamespace(id="ast_1", teamspace_id="ts_1"))
