"""Non-idempotent requests: a POST or PATCH is sent again only where the policy allows it.

The policy (docs/retries.md): the retried statuses of a mode (503, 429; in forceful mode also
400, 500, 501, 502) are retried for every method, POST included, since the server answered that
it did not do the work; a read timeout (or read/write error) of a POST or PATCH is never
retried, since the server may have acted on it. The fake server's state shows whether it did.
"""

from __future__ import annotations

import httpx
import pytest
from tiledb.client.rest_api.api import TeamspacesApi, WorkspacesApi
from tiledb.client.rest_api.errors import ApiError
from tiledb.client.rest_api.models.teamspace_visibility import TeamspaceVisibility
from tiledb.client.rest_api.models.teamspaces_create_request import TeamspacesCreateRequest
from tiledb.client.rest_api.models.workspace_update_request import WorkspaceUpdateRequest

import tiledb.client as tc
from tiledb.client.testing import FakeServer

from .support import FIGURES, MODES, RETRIED_STATUSES, SecretWatch, SmallPolicies, wait_until, wire_since


def create_teamspace(client: tc.Client, server: FakeServer, name: str) -> object:
    request = TeamspacesCreateRequest(name=name, visibility=TeamspaceVisibility.PRIVATE)
    return client.build(TeamspacesApi).create_teamspaces(server.workspace_name, request)


def teamspaces_named(server: FakeServer, name: str) -> int:
    with server.state.lock:
        return sum(1 for ts in server.state.teamspaces.values() if ts.name == name)


def post_path(server: FakeServer) -> str:
    return f"/v4/teamspaces/{server.workspace_name}"


@pytest.mark.parametrize("mode", MODES)
def test_a_read_timeout_on_post_is_never_retried(
    mode: str, server: FakeServer, alice: str, small_policy: type[SmallPolicies], watch: SecretWatch
) -> None:
    """The server got the POST and acts on it after the client gave up: exactly one request."""
    small_policy.set(total_timeout=3.0)  # room for retries, so only the method can forbid them
    server.faults.add(post_path(server), "POST", delay=1.0)
    mark = len(server.requests)
    with tc.Client(retry_mode=mode) as client, pytest.raises(httpx.ReadTimeout) as info:
        create_teamspace(client, server, "after-timeout")
    watch.see(info.value)
    # The server finishes the work it was given: one teamspace, from one request.
    assert wait_until(lambda: teamspaces_named(server, "after-timeout") == 1, timeout=5.0)
    assert len(wire_since(server, mark, post_path(server))) == 1
    assert teamspaces_named(server, "after-timeout") == 1
    FIGURES.add("clear_error")


@pytest.mark.parametrize("mode", MODES)
def test_a_read_timeout_on_patch_is_never_retried(
    mode: str, server: FakeServer, alice: str, small_policy: type[SmallPolicies], watch: SecretWatch
) -> None:
    small_policy.set(total_timeout=3.0)
    path = f"/v4/workspaces/{server.workspace_name}"
    server.faults.add(path, "PATCH", delay=1.0)
    mark = len(server.requests)
    with tc.Client(retry_mode=mode) as client, pytest.raises(httpx.ReadTimeout) as info:
        client.build(WorkspacesApi).update_workspace(
            server.workspace_name, WorkspaceUpdateRequest(description="patched once")
        )
    watch.see(info.value)
    assert len(wire_since(server, mark, path)) == 1
    FIGURES.add("clear_error")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [503, 429, 500, 502, 400])
def test_a_post_is_retried_only_for_the_statuses_of_its_mode(
    status: int,
    mode: str,
    server: FakeServer,
    alice: str,
    small_policy: type[SmallPolicies],
    watch: SecretWatch,
) -> None:
    """The server answered without acting; the POST is resent only if the mode retries that status."""
    server.faults.add(post_path(server), "POST", status=status)
    mark = len(server.requests)
    name = f"ts-{status}-{mode}"
    retried = status in RETRIED_STATUSES[mode]
    with tc.Client(retry_mode=mode) as client:
        if retried:
            created = create_teamspace(client, server, name)
            watch.see(created)
            FIGURES.add("success")
        else:
            with pytest.raises(ApiError) as info:
                create_teamspace(client, server, name)
            watch.see(info.value)
            assert info.value.status_code == status
            FIGURES.add("clear_error")
    sent = wire_since(server, mark, post_path(server))
    assert len(sent) == (2 if retried else 1)
    assert sent[-1].json()["name"] == name  # the body went out again, whole
    assert teamspaces_named(server, name) == (1 if retried else 0)
    FIGURES.add("retries", len(sent) - 1)


@pytest.mark.parametrize("mode", ["default", "forceful"])
def test_a_post_dropped_after_the_server_read_it_is_not_sent_twice(
    mode: str, server: FakeServer, alice: str, small_policy: type[SmallPolicies], watch: SecretWatch
) -> None:
    server.faults.add(post_path(server), "POST", drop=True)
    mark = len(server.requests)
    with tc.Client(retry_mode=mode) as client, pytest.raises(httpx.TransportError) as info:
        create_teamspace(client, server, "dropped")
    watch.see(info.value)
    assert len(wire_since(server, mark, post_path(server))) == 1
    FIGURES.add("clear_error")
