"""The four modules ours lacked (versions, config, pager, tiledb_cloud_error) and the errors
as the established client raises them, against the fake server."""

from __future__ import annotations

import datetime
import pickle
from typing import Any

import pytest

import tiledb
import tiledb.client as tc
from tiledb.client import config, pager, tiledb_cloud_error, versions
from tiledb.client.testing import FakeServer


def test_get_versions_returns_the_versions_model(hl: FakeServer) -> None:
    from tiledb.client.rest_api.models import Versions

    found = versions.get_versions()
    assert isinstance(found, versions.Versions)
    assert versions.Versions is Versions
    assert isinstance(found.go_version, str) and found.go_version
    assert isinstance(found.tiledb_version, str) and found.tiledb_version
    assert isinstance(found.udf_images_version, list)
    assert isinstance(found.vcs_time, datetime.datetime)
    assert tc.get_versions() == found


def test_a_failed_get_versions_raises_versions_error(hl: FakeServer) -> None:
    hl.faults.add(path="/v4/versions", status=400, count=None)
    with pytest.raises(versions.VersionsError) as caught:
        versions.get_versions()
    assert caught.value.status_code == caught.value.http_status == 400
    assert isinstance(caught.value, tiledb_cloud_error.TileDBCloudError)
    assert isinstance(caught.value.__cause__, versions.ApiException)


def test_versions_client_is_the_shared_client() -> None:
    assert versions.client is tc.client.client


def test_setup_configuration_makes_the_current_session(server: FakeServer) -> None:
    config.setup_configuration(api_key=server.token, host=server.url, workspace=server.workspace_name)
    assert tc.get_user().username == server.username
    assert config.config.server_address == server.url
    assert "rest.token" not in repr(config.config)
    assert server.token not in repr(config.config)


def test_setup_configuration_exchanges_a_password(server: FakeServer) -> None:
    config.setup_configuration(host=server.url, username=server.username, password=server.password)
    assert tc.get_user().username == server.username
    assert server.password not in repr(config.config)


def test_setup_configuration_refuses_missing_credentials(server: FakeServer) -> None:
    with pytest.raises(config.ConfigurationError, match="no token and no username/password"):
        config.setup_configuration(host=server.url)
    with pytest.raises(config.ConfigurationError):
        config.setup_configuration(host=server.url, username="alice", password="wrong")


def test_load_configuration_reads_what_tiledb_config_holds(
    server: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TILEDB_REST_SERVER_ADDRESS", server.url)
    monkeypatch.setenv("TILEDB_REST_TOKEN", server.token)
    config.load_configuration()
    assert tc.get_workspace_id() == server.workspace_id


def test_load_configuration_without_credentials_raises() -> None:
    with pytest.raises(config.ConfigurationError, match="No credentials"):
        config.load_configuration()
    with pytest.raises(config.ConfigurationError):
        config.config  # noqa: B018 (reading it loads the configuration)


def test_config_is_read_on_first_access(server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TILEDB_REST_SERVER_ADDRESS", server.url)
    monkeypatch.setenv("TILEDB_REST_TOKEN", server.token)
    assert config.config.workspace_id == server.workspace_id
    assert tc.get_user().username == server.username


def test_setup_default_ctx_gives_tiledb_the_session(server: FakeServer) -> None:
    config.setup_configuration(api_key=server.token, host=server.url)
    tiledb.default_ctx()
    config.setup_default_ctx()
    assert tiledb.default_ctx().config()["rest.server_address"] == server.url


class _Answer:
    def __init__(self, page: int, per_page: int, total: int) -> None:
        start = (page - 1) * per_page
        self.data = list(range(start, min(total, start + per_page)))
        pages = -(-total // per_page)
        self.pagination_metadata = type(
            "Meta", (), {"page": page, "per_page": per_page, "total_pages": pages, "total_items": total}
        )()


def test_pager_takes_the_established_call() -> None:
    calls: list[tuple[Any, ...]] = []

    def listing(prefix: str, *, page: int, per_page: int) -> _Answer:
        calls.append((prefix, page, per_page))
        return _Answer(page, per_page, 7)

    p: pager.Pager[int] = pager.Pager(listing, "x", per_page=3)
    assert p.func is listing
    assert p.args == ("x",)
    assert p.kwargs == {"per_page": 3}
    assert list(p) == list(range(7))
    assert p[-1] == 6
    assert p[2:5] == [2, 3, 4]
    assert p.call_page(3) == [6]
    assert p.page == 3
    assert p.data == [6]
    assert p.response.pagination_metadata.total_items == 7
    assert p.pagination_metadata.total_pages == 3
    assert all(c[0] == "x" and c[2] == 3 for c in calls)
    assert pager.Pager is tc.assets.Pager


def test_tiledb_cloud_error_describes_as_the_established_one() -> None:
    TileDBCloudError = tiledb_cloud_error.TileDBCloudError
    error = TileDBCloudError(400, json_data={"message": "bad name", "code": 1007, "request_id": "r1"})
    assert str(error) == "bad name - Code: 1007 - Extra details: {'request_id': 'r1'}"
    assert error.http_status == 400 and error.json_data["code"] == 1007
    assert str(TileDBCloudError(404)) == "HTTP 404: resource not found"
    assert str(TileDBCloudError(502, body="gateway")) == "Unknown HTTP 502 error; response body: 'gateway'"
    assert isinstance(error, tiledb.TileDBError)


def test_maybe_wrap_turns_an_api_error_into_a_tiledb_cloud_error(hl: FakeServer) -> None:
    from tiledb.client.rest_api.api import AssetsApi

    try:
        tc.build(AssetsApi).get_asset(hl.workspace_name, hl.teamspace_name, "no/such")
    except tc.assets.ApiException as exc:
        wrapped = tiledb_cloud_error.maybe_wrap(exc)
    assert type(wrapped) is tiledb_cloud_error.TileDBCloudError
    assert wrapped.http_status == 404
    assert isinstance(wrapped.json_data, dict)
    with pytest.raises(KeyError):
        tiledb_cloud_error.maybe_wrap(KeyError("not an API error"))
    module_error = tc.assets.AssetsError("failed")
    assert tiledb_cloud_error.maybe_wrap(module_error) is module_error


def test_maybe_wrap_raises_for_a_body_that_is_not_json() -> None:
    from tiledb.client.rest_api.errors import ApiError

    with pytest.raises(tiledb_cloud_error.TileDBCloudError) as caught:
        tiledb_cloud_error.maybe_wrap(ApiError(502, body="<html>bad gateway</html>"))
    assert caught.value.body == "<html>bad gateway</html>"


def test_a_module_error_from_the_server_is_caught_as_tiledb_cloud_error(hl: FakeServer) -> None:
    with pytest.raises(tiledb_cloud_error.TileDBCloudError) as caught:
        tc.assets.get_asset("no/such/asset", teamspace=hl.teamspace_name)
    assert isinstance(caught.value, tc.assets.AssetsError)
    assert caught.value.http_status == 404


def test_bad_input_raises_the_module_error_and_value_error(hl: FakeServer) -> None:
    from tiledb.client import assets, teamspaces, tokens

    with pytest.raises(assets.AssetsError) as caught:
        assets.get_asset("path")
    assert isinstance(caught.value, ValueError)
    assert "teamspace" in str(caught.value)
    with pytest.raises(ValueError) as second:
        tokens.list_tokens("neither")
    assert isinstance(second.value, tokens.TokensError)
    copy = pickle.loads(pickle.dumps(second.value))
    assert isinstance(copy, tokens.TokensError) and isinstance(copy, ValueError)
    assert str(copy) == str(second.value)
    with pytest.raises(teamspaces.TeamspacesError):
        teamspaces.create_teamspace("a/b")
    assert [t.name for t in teamspaces.list_teamspaces()] == [hl.teamspace_name]


def test_get_user_id_raises_type_error_for_a_wrong_type() -> None:
    from tiledb.client import teamspaces, users, workspaces

    for module in (users, teamspaces, workspaces):
        with pytest.raises(TypeError):
            module.get_user_id(42)
        with pytest.raises(TypeError):
            module.get_user_id(object())
        assert module.get_user_id("usr_123") == "usr_123"


def test_file_uploader_error_is_a_files_error() -> None:
    from tiledb.client import files

    assert issubclass(files.FileUploaderError, files.FilesError)
    assert issubclass(files.FileUploaderError, tiledb_cloud_error.TileDBCloudError)
    assert files.FileUploaderError.__module__ == "tiledb.client.files"


def test_teamspace_records_have_the_role(hl: FakeServer) -> None:
    from tiledb.client import teamspaces

    found = teamspaces.get_teamspace(hl.teamspace_name)
    assert isinstance(found, teamspaces.Teamspace)
    assert found.teamspace_role == teamspaces.TeamspaceRole.OWNER
    assert [t.teamspace_role for t in teamspaces.list_teamspaces()] == ["owner"]
    made = teamspaces.create_teamspace("second", description="two")
    assert made.teamspace_role == "owner" and made.description == "two"


def test_workspace_records_have_image_id(hl: FakeServer) -> None:
    workspace = tc.get_workspace()
    assert hasattr(workspace, "image_id")
    assert workspace.workspace_id == hl.workspace_id
