"""tiledb.client.assets against the fake server over real HTTP."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from tiledb.client.rest_api.errors import ApiError

import tiledb
from tiledb.client import assets, teamspaces
from tiledb.client.client import ClientError
from tiledb.client.testing import FakeServer

from .conftest import AsUser

TS = "general"
DENSE = "examples/dense_array"


def _requests(server: FakeServer) -> list[str]:
    return [f"{r.method} {r.path}" for r in server.requests]


# ----------------------------------------------------------------- get_asset
def test_get_asset_by_every_kind_of_identifier_sends_one_request(hl: FakeServer) -> None:
    record = hl.asset(DENSE)
    assert record is not None
    ts_id = hl.teamspace_id
    uri = f"tiledb://{hl.workspace_name}/{TS}/{DENSE}"
    forms: list[tuple[Any, Any]] = [
        (DENSE, TS),
        ("/" + DENSE, TS),
        (DENSE, ts_id),
        (record.id, TS),
        (uri, None),
        (uri, TS),
    ]
    for asset, teamspace in forms:
        hl.clear_requests()
        got = assets.get_asset(asset, teamspace=teamspace)
        assert (got.id, got.path) == (record.id, DENSE), asset
        assert len(hl.requests) == 1, _requests(hl)
    by_object = assets.get_asset(got)
    assert by_object.id == record.id
    teamspace_obj = teamspaces.get_teamspace(TS)
    assert assets.get_asset(DENSE, teamspace=teamspace_obj).id == record.id


def test_uri_workspace_is_honoured(hl: FakeServer) -> None:
    hl.add_workspace("other-ws")
    other = hl.state.workspace("other-ws")
    assert other is not None
    with hl.state.lock:
        ts = hl.state.teamspace(other, "general")
        assert ts is not None
        hl.state.add_asset(ts, "only_there", hl.state.users[hl.user_id])
    # alice's token is bound to her workspace: the server refuses the other one, which shows
    # the request went to the URI's workspace and not the session's.
    with pytest.raises(assets.AssetsError) as caught:
        assets.get_asset("tiledb://other-ws/general/only_there")
    assert caught.value.status_code == 403
    assert "/other-ws/" in hl.requests[-1].path


def test_get_asset_404_carries_server_message_status_and_request_id(hl: FakeServer) -> None:
    with pytest.raises(assets.AssetsError) as caught:
        assets.get_asset("no/such/asset", teamspace=TS)
    err = caught.value
    assert isinstance(err, ClientError) and isinstance(err, tiledb.TileDBError)
    assert isinstance(err.__cause__, ApiError)
    assert err.status_code == 404
    assert err.request_id and err.request_id in str(err)
    assert "404" in str(err) and "not found" in str(err)
    assert hl.token not in str(err) and hl.token not in repr(err)


@pytest.mark.parametrize(
    ("asset", "teamspace", "expected"),
    [
        ("tiledb://alice-ws", None, "tiledb://<workspace>/<teamspace>/<path>"),
        ("tiledb://", None, "tiledb://<workspace>/<teamspace>/<path>"),
        ("tiledb://alice-ws/general", None, "expected an asset path"),
        ("", TS, "expected an asset path"),
        ("/", TS, "expected an asset path"),
        ("a//b", TS, "malformed path"),
        ("a/../b", TS, "malformed path"),
        ("usr_abc123", TS, "another kind of resource"),
        ("ts_abc123", TS, "another kind of resource"),
        ("s3://bucket/key", TS, "tiledb:// URI"),
        (DENSE, None, "a teamspace is needed"),
        ("tiledb://alice-ws/general/x", "other", "conflicts"),
    ],
)
def test_malformed_identifiers_fail_before_any_request(
    hl: FakeServer, asset: str, teamspace: Any, expected: str
) -> None:
    hl.clear_requests()
    with pytest.raises(ValueError, match=expected):
        assets.get_asset(asset, teamspace=teamspace)
    assert hl.requests == []


def test_wrong_kinds_are_type_errors(hl: FakeServer) -> None:
    for bad in (None, 3, b"path", object()):
        with pytest.raises(TypeError):
            assets.get_asset(bad, teamspace=TS)


def test_object_with_conflicting_teamspace(hl: FakeServer) -> None:
    asset = assets.get_asset(DENSE, teamspace=TS)
    with pytest.raises(ValueError, match="conflicts"):
        assets.get_asset(asset, teamspace="other")
    assert assets.get_asset(asset, teamspace=TS).id == asset.id


# -------------------------------------------------------------- list/search
def test_list_assets_pages_lazily_and_filters(hl: FakeServer) -> None:
    hl.add_assets(n=45, path="many")
    hl.add_assets(n=3, path="many", prefix="file_", type="file")
    hl.clear_requests()
    pager = assets.list_assets("many", teamspace=TS, per_page=10)
    assert hl.requests == []
    assert len(pager) == 48
    assert pager[-1].name == "file_00003" and pager[0].name == "array_00001"
    assert [a.name for a in pager[10:12]] == ["array_00011", "array_00012"]
    assert len({a.id for a in pager}) == 48
    pages = [r.query_string for r in hl.requests]
    assert len(pages) == len(set(pages)) == 5  # every page once
    only_files = assets.list_assets("/many/", teamspace=TS, type="file")
    assert [a.name for a in only_files] == ["file_00001", "file_00002", "file_00003"]
    root = assets.list_assets("/", teamspace=TS)
    assert {a.path for a in root} >= {"quickstart_dense", "examples", "many"}
    by_uri = assets.list_assets(f"tiledb://{hl.workspace_name}/{TS}/examples")
    assert sorted(a.path for a in by_uri) == ["examples/dense_array", "examples/sample_group"]
    mine = assets.list_assets("examples", teamspace=TS, created_by="alice")
    assert len(mine) == 2
    assert len(assets.list_assets("examples", teamspace=TS, created_by="usr_nobody")) == 0


def test_list_assets_errors(hl: FakeServer) -> None:
    with pytest.raises(assets.AssetsError) as caught:
        list(assets.list_assets("missing", teamspace=TS))
    assert caught.value.status_code == 404
    with pytest.raises(ValueError):
        assets.list_assets("x", teamspace=TS, page=0)
    with pytest.raises(ValueError):
        assets.list_assets("x", teamspace=TS, type="tabel")


def test_search_assets(hl: FakeServer) -> None:
    assets.update_metadata(DENSE, {"project": "apollo"}, teamspace=TS)
    assets.update_asset("quickstart_sparse", teamspace=TS, description="the apollo data")
    hl.add_teamspace(hl.workspace_id, "science")
    hl.add_assets(teamspace="science", n=2, prefix="dense_")
    names = sorted(a.path for a in assets.search_assets(query="dense"))
    assert names == ["dense_00001", "dense_00002", "examples/dense_array", "quickstart_dense"]
    only_general = assets.search_assets(query="dense", teamspace=TS)
    assert {a.teamspace.name for a in only_general} == {TS}
    both = assets.search_assets(query="dense", teamspace=[TS, "science"])
    assert len(both) == 4
    excluded = assets.search_assets(query="dense", teamspace_exclude="science")
    assert {a.teamspace.name for a in excluded} == {TS}
    described = assets.search_assets(query="apollo", fields="description")
    assert [a.path for a in described] == ["quickstart_sparse"]
    by_metadata = assets.search_assets(metadata="project=apollo")
    assert [a.path for a in by_metadata] == [DENSE]
    assert len(assets.search_assets(metadata=["project=apollo", "missing"])) == 0
    under = assets.search_assets(query="a", path="/examples")
    assert {a.path for a in under} == {"examples/dense_array", "examples/sample_group"}
    with pytest.raises(assets.AssetsError) as caught:
        list(assets.search_assets(fields="colour"))
    assert caught.value.status_code == 400


# ------------------------------------------------------------------ metadata
def test_metadata_round_trips_python_and_numpy_values(hl: FakeServer) -> None:
    values: dict[str, Any] = {
        "int": 7,
        "big": 2**63 + 5,
        "neg": -(2**62),
        "float": 0.1,
        "bool": True,
        "false": False,
        "str": "héllo",
        "bytes": b"\x00\xffbin",
        "i8": np.int8(-3),
        "u16": np.uint16(65000),
        "i32": np.int32(123456),
        "u64": np.uint64(2**64 - 1),
        "f32": np.float32(1.1),
        "f64": np.float64(2.5),
        "npbool": np.bool_(True),
        "when": np.datetime64("2024-05-06T07:08:09", "s"),
    }
    answered = assets.update_metadata(DENSE, values, teamspace=TS)
    back = assets.get_metadata(DENSE, teamspace=TS)
    assert answered == back
    for key, value in values.items():
        assert back[key] == value, key
    assert type(back["int"]) is int and type(back["float"]) is float and type(back["bool"]) is bool
    assert type(back["bytes"]) is bytes and type(back["str"]) is str
    assert back["i8"].dtype == np.int8 and back["f32"].dtype == np.float32
    assert back["u64"].dtype == np.uint64 and back["when"].dtype == np.dtype("datetime64[s]")
    record = hl.asset(DENSE)
    assert record is not None and record.metadata["f32"][1] == "FLOAT32"


def test_metadata_reads_every_page(hl: FakeServer) -> None:
    many = {f"k{i:03d}": i for i in range(130)}
    assets.update_metadata(DENSE, many, teamspace=TS)
    assert assets.get_metadata(DENSE, teamspace=TS) == many


def test_delete_metadata_by_key_and_keys(hl: FakeServer) -> None:
    assets.update_metadata(DENSE, {"a": 1, "b": 2, "c": 3, "abc": 4}, teamspace=TS)
    assets.delete_metadata(DENSE, "abc", teamspace=TS)  # one key, not three letters
    assert assets.get_metadata(DENSE, teamspace=TS) == {"a": 1, "b": 2, "c": 3}
    assets.delete_metadata(DENSE, ["a", "c"], teamspace=TS)
    assert assets.get_metadata(DENSE, teamspace=TS) == {"b": 2}


def test_metadata_bad_input(hl: FakeServer) -> None:
    hl.clear_requests()
    with pytest.raises(TypeError, match="cannot store"):
        assets.update_metadata(DENSE, {"x": [1, 2]}, teamspace=TS)
    with pytest.raises(TypeError):
        assets.update_metadata(DENSE, [("x", 1)], teamspace=TS)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        assets.update_metadata(DENSE, {"": 1}, teamspace=TS)
    with pytest.raises(ValueError):
        assets.update_metadata(DENSE, {"x": 2**64}, teamspace=TS)
    with pytest.raises(ValueError):
        assets.delete_metadata(DENSE, [], teamspace=TS)
    assert hl.requests == []
    with pytest.raises(assets.AssetsError) as caught:
        assets.get_metadata("missing", teamspace=TS)
    assert caught.value.status_code == 404


# -------------------------------------------------------------- properties
def test_asset_properties(hl: FakeServer) -> None:
    assert assets.get_asset_properties(DENSE, teamspace=TS) == []
    answered = assets.update_asset_properties(DENSE, {"default_view": "table"}, teamspace=TS)
    assert [(p.key, p.value) for p in answered] == [("default_view", "table")]
    got = assets.get_asset_properties(DENSE, teamspace=TS)
    assert [(p.key, p.value) for p in got] == [("default_view", "table")]
    with pytest.raises(ValueError):
        assets.update_asset_properties(DENSE, {}, teamspace=TS)


def test_assets_in_path(hl: FakeServer) -> None:
    chain = assets.get_assets_in_path(DENSE, teamspace=TS)
    assert [a.path for a in chain] == ["examples", DENSE]
    with pytest.raises(assets.AssetsError):
        assets.get_assets_in_path("examples/nope", teamspace=TS)


# ---------------------------------------------------- register/update/rename
def test_register_asset_into_folder_root_and_path(hl: FakeServer) -> None:
    into_folder = assets.register_asset("s3://bucket/data/arr1", "examples", teamspace=TS)
    assert into_folder.path == "examples/arr1"
    at_root = assets.register_asset("s3://bucket/data/arr2/", "/", teamspace=TS, acn="default-aws")
    assert at_root.path == "arr2"
    named = assets.register_asset("s3://bucket/x", "examples/named", teamspace=TS)
    assert named.path == "examples/named" and named.uri == "s3://bucket/x"
    with pytest.raises(assets.AssetCreatorError) as caught:
        assets.register_asset("s3://bucket/y", "examples/named", teamspace=TS)
    assert caught.value.status_code == 409
    assert isinstance(caught.value, assets.AssetsError)
    with pytest.raises(ValueError):
        assets.register_asset("not a uri", "x", teamspace=TS)


def test_update_asset_returns_the_updated_asset(hl: FakeServer) -> None:
    updated = assets.update_asset(DENSE, teamspace=TS, description="new words", type="ml_model")
    assert (updated.description, str(updated.type_)) == ("new words", "ml_model")
    assert assets.get_asset(DENSE, teamspace=TS).description == "new words"
    with pytest.raises(ValueError, match="nothing to update"):
        assets.update_asset(DENSE, teamspace=TS)


def test_rename_changes_paths_inside_a_folder(hl: FakeServer) -> None:
    inner = hl.asset(DENSE)
    assert inner is not None
    assert assets.rename_asset("examples", "renamed", teamspace=TS) == "renamed"
    assert assets.get_asset(inner.id, teamspace=TS).path == "renamed/dense_array"
    assert assets.get_asset("renamed/dense_array", teamspace=TS).id == inner.id
    with pytest.raises(assets.AssetsError) as caught:
        assets.get_asset(DENSE, teamspace=TS)
    assert caught.value.status_code == 404
    assert assets.rename_asset(inner.id, "dense2", teamspace=TS) == "renamed/dense2"
    with pytest.raises(assets.AssetsError) as clash:
        assets.rename_asset("quickstart_dense", "quickstart_sparse", teamspace=TS)
    assert clash.value.status_code == 409
    for bad in ("", "a/b", ".."):
        with pytest.raises(ValueError):
            assets.rename_asset("quickstart_dense", bad, teamspace=TS)


# --------------------------------------------------------------- move/delete
def test_move_one_and_many(hl: FakeServer) -> None:
    hl.add_folder("archive")
    assets.move_assets("README.md", "archive", teamspace=TS)
    assert hl.asset("archive/README.md") is not None
    sparse = assets.get_asset("quickstart_sparse", teamspace=TS)
    assets.move_assets([sparse, "quickstart_dense"], f"tiledb://{hl.workspace_name}/{TS}/archive")
    assert {a.path for a in assets.list_assets("archive", teamspace=TS)} == {
        "archive/README.md",
        "archive/quickstart_sparse",
        "archive/quickstart_dense",
    }
    assets.move_assets("archive/README.md", "/", teamspace=TS)
    assert hl.asset("README.md") is not None
    with pytest.raises(assets.AssetsError) as caught:
        assets.move_assets("archive", "archive", teamspace=TS)
    assert caught.value.status_code == 409
    with pytest.raises(ValueError, match="one teamspace"):
        assets.move_assets("tiledb://alice-ws/other/x", "tiledb://alice-ws/general/archive")
    with pytest.raises(ValueError, match="conflicts"):
        assets.move_assets("tiledb://alice-ws/other/x", "archive", teamspace="general")


def test_delete_folder_recursively_sends_delete_assets(hl: FakeServer) -> None:
    inner = hl.asset(DENSE)
    assert inner is not None
    hl.clear_requests()
    assets.delete_asset("examples", teamspace=TS, delete_storage=True)
    assert "delete-assets=true" in hl.requests[-1].query_string
    for gone in ("examples", inner.id):
        with pytest.raises(assets.AssetsError) as caught:
            assets.get_asset(gone, teamspace=TS)
        assert caught.value.status_code == 404
    assets.delete_asset("README.md", teamspace=TS)
    assert "delete-assets=false" in hl.requests[-1].query_string
    with pytest.raises(assets.AssetsError) as missing:
        assets.delete_asset("README.md", teamspace=TS)
    assert missing.value.status_code == 404


# --------------------------------------------------------------- permissions
def test_viewer_reads_but_may_not_write(hl: FakeServer, bob: str, as_user: AsUser) -> None:
    as_user("bob")
    assert assets.get_asset(DENSE, teamspace=TS).path == DENSE
    assert len(assets.list_assets("/", teamspace=TS)) == 4
    calls = [
        lambda: assets.update_asset(DENSE, teamspace=TS, description="x"),
        lambda: assets.rename_asset(DENSE, "y", teamspace=TS),
        lambda: assets.delete_asset(DENSE, teamspace=TS),
        lambda: assets.update_metadata(DENSE, {"a": 1}, teamspace=TS),
        lambda: assets.delete_metadata(DENSE, "a", teamspace=TS),
        lambda: assets.move_assets(DENSE, "/", teamspace=TS),
        lambda: assets.register_asset("s3://b/k", "examples", teamspace=TS),
        lambda: assets.update_asset_properties(DENSE, {"default_view": "x"}, teamspace=TS),
    ]
    for call in calls:
        with pytest.raises(assets.AssetsError) as caught:
            call()
        assert caught.value.status_code == 403
        assert "editor" in str(caught.value)


def test_non_member_of_a_private_teamspace_gets_404_as_for_a_missing_one(
    hl: FakeServer, as_user: AsUser
) -> None:
    hl.add_user("carol", "pw", role="member", workspace=hl.workspace_id)
    as_user("carol")
    with pytest.raises(assets.AssetsError) as caught:
        assets.get_asset(DENSE, teamspace=TS)
    # Not 403: that would disclose that the teamspace exists (the file store answers the same).
    assert caught.value.status_code == 404
    assert f"teamspace {TS!r} not found" in str(caught.value)
    assert len(assets.search_assets(query="dense")) == 0  # search shows only readable teamspaces


def test_network_failure_is_wrapped(hl: FakeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    import tiledb.client as tc

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.setenv("TILEDB_REST_SERVER_ADDRESS", f"http://127.0.0.1:{port}")
    tc.login()
    tc.client.client.set_disable_retries()
    try:
        with pytest.raises(assets.AssetsError) as caught:
            assets.get_asset(DENSE, teamspace=TS)
    finally:
        tc.client.client.set_default_retries()
    assert caught.value.status_code is None
    assert caught.value.__cause__ is not None
    assert hl.token not in str(caught.value)


def test_a_body_that_does_not_parse_is_the_modules_error(hl: FakeServer) -> None:
    hl.faults.add(prefix="/v4/assets/item/", status=200, body="not json")
    with pytest.raises(assets.AssetsError) as caught:
        assets.get_asset(DENSE, teamspace=TS)
    assert caught.value.status_code == 200
    assert "does not match the API spec" in str(caught.value)


def test_server_errors_during_iteration_are_the_modules_error(hl: FakeServer) -> None:
    hl.add_assets(n=30, path="many")
    hl.faults.add(regex=r"/v4/assets/list/.*", status=500, count=None)
    pager = assets.list_assets("many", teamspace=TS, per_page=10)
    with pytest.raises(assets.AssetsError) as caught:
        list(pager)
    assert caught.value.status_code == 500 and isinstance(caught.value.__cause__, ApiError)


def test_register_into_a_missing_folder_id_fails(hl: FakeServer) -> None:
    with pytest.raises(assets.AssetCreatorError) as caught:
        assets.register_asset("s3://bucket/z", "ast_doesnotexist", teamspace=TS)
    assert caught.value.status_code == 404
