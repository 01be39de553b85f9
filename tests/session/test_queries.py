"""Session queries: results, caching and the hints for a defective profile."""

from __future__ import annotations

import datetime
from types import SimpleNamespace

import pytest
from tiledb.client.rest_api.models import User, UserSelfWorkspace, WorkspaceRole
from tiledb.client.rest_api.types import UNSET

import tiledb.client as tc
from tiledb.client import ApiError, ClientError, ConfigurationError, Workspace, configure, login
from tiledb.client.testing import FakeServer

from .support import api_requests, closed_port_url


@pytest.fixture
def logged_in(server: FakeServer, token_profile: str, profile_dir: str) -> FakeServer:
    login(token_profile, profile_dir)
    return server


@pytest.fixture
def by_name(server: FakeServer, profile_dir: str) -> FakeServer:
    """A session whose workspace is a name and whose token names none."""
    key = server.add_token(name="plain")
    configure(
        token=key, workspace=server.workspace_name, host=server.url, profile_name="n", profile_dir=profile_dir
    )
    login("n", profile_dir)
    return server


def test_get_self_user(logged_in: FakeServer) -> None:
    user, workspaces = tc.get_self_user()
    assert isinstance(user, User)
    assert user.username == logged_in.username
    assert [type(w) for w in workspaces] == [UserSelfWorkspace]
    assert workspaces[0].workspace_id == logged_in.workspace_id
    assert tc.get_user() == user
    assert tc.default_user() == user
    assert len(api_requests(logged_in, "/v4/users/self")) == 1  # cached for the session


def test_get_user_workspaces(logged_in: FakeServer) -> None:
    (workspace,) = tc.get_user_workspaces()
    assert isinstance(workspace, Workspace)
    assert workspace.workspace_id == logged_in.workspace_id
    assert workspace.name == logged_in.workspace_name
    assert workspace.workspace_role == WorkspaceRole("owner")
    assert workspace.created_by.username == logged_in.username
    assert isinstance(workspace.created_at, datetime.datetime)


def test_workspace_role_is_none_without_a_self_member() -> None:
    from tiledb.client._session.records import workspace_from_model

    now = datetime.datetime.now(datetime.UTC)
    model = SimpleNamespace(
        workspace_id="ws_1",
        name="n",
        description=UNSET,
        created_at=now,
        updated_at=UNSET,
        created_by="c",
        self_=UNSET,
    )
    record = workspace_from_model(model)
    assert record.workspace_role is None
    assert record.description is None
    assert record.updated_at is None


def test_get_workspace_is_cached(logged_in: FakeServer) -> None:
    workspace = tc.get_workspace()
    assert workspace.workspace_id == logged_in.workspace_id
    assert workspace.description == "Alice's workspace"
    assert workspace.workspace_role == WorkspaceRole("owner")
    assert tc.get_workspace() is workspace
    assert len(api_requests(logged_in, f"/v4/workspaces/{logged_in.workspace_id}")) == 1


def test_get_workspace_id_from_an_id_needs_no_request(logged_in: FakeServer) -> None:
    assert tc.get_workspace_id() == logged_in.workspace_id
    assert api_requests(logged_in) == []


def test_get_workspace_id_resolves_a_name(by_name: FakeServer) -> None:
    assert tc.get_workspace_id() == by_name.workspace_id
    assert tc.get_workspace_id() == by_name.workspace_id
    assert len(api_requests(by_name, f"/v4/workspaces/{by_name.workspace_name}")) == 1


def test_no_workspace_is_a_configuration_error(server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TILEDB_REST_TOKEN", server.add_token(name="no-ws"))
    monkeypatch.setenv("TILEDB_REST_SERVER_ADDRESS", server.url)
    with pytest.raises(ConfigurationError, match=r"^Workspace is undefined\.$"):
        tc.get_workspace_id()
    with pytest.raises(ConfigurationError, match=r"^Workspace is undefined\.$"):
        tc.get_workspace()
    assert tc.get_user().username == server.username


def test_unreachable_host_is_a_client_error(profile_dir: str) -> None:
    configure(token="tdb-ws_x-y", host=closed_port_url(), profile_name="down", profile_dir=profile_dir)
    login("down", profile_dir)
    tc.client.client.set_disable_retries()
    for query in (tc.get_user, tc.get_workspace, tc.get_self_user, tc.get_user_workspaces):
        with pytest.raises(ClientError, match=r"could not be reached.*Check the host"):
            query()


@pytest.mark.parametrize("status", [404, 405])
def test_not_found_is_a_client_error_about_host_and_token(logged_in: FakeServer, status: int) -> None:
    logged_in.faults.add(prefix="/v4/", status=status, count=None)
    with pytest.raises(ClientError, match=rf"answered {status}.*host.*token") as info:
        tc.get_user()
    assert isinstance(info.value.__cause__, ApiError)
    with pytest.raises(ClientError, match=rf"answered {status}"):
        tc.get_workspace()


def test_other_api_errors_propagate(logged_in: FakeServer) -> None:
    logged_in.faults.add("/v4/users/self", status=403, count=1)
    with pytest.raises(ApiError) as info:
        tc.get_user()
    assert info.value.status_code == 403
    assert not isinstance(info.value, ClientError)
    assert tc.get_user().username == logged_in.username  # a failure is not cached


def test_revoked_token_is_an_api_error(logged_in: FakeServer) -> None:
    logged_in.revoke_token(logged_in.token)
    with pytest.raises(ApiError) as info:
        tc.get_user()
    assert info.value.status_code in (401, 403)


def test_html_instead_of_the_api_is_a_client_error(logged_in: FakeServer) -> None:
    logged_in.faults.add("/v4/users/self", status=200, body="html", count=1)
    with pytest.raises(ClientError, match="did not answer like the TileDB API"):
        tc.get_user()
