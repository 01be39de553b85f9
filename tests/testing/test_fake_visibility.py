"""A private teamspace is not disclosed to a workspace member outside it: the asset endpoints and the
file store both answer 404, as for a teamspace that does not exist; a member of it without the role
an action needs gets 403 from both."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tiledb.client.testing import FakeServer
from tiledb.client.testing.state import Member

DENSE = "examples/dense_array"
#: The asset as one path segment, as the asset endpoints take it.
ITEM = "examples%2Fdense_array"


def _as(server: FakeServer, username: str) -> httpx.Client:
    key = server.add_token(username, server.workspace_id, name=f"{username}-key")
    return httpx.Client(base_url=server.url, headers={"X-TILEDB-REST-API-KEY": key}, timeout=10)


@pytest.fixture
def carol(server: FakeServer) -> Iterator[httpx.Client]:
    """A member of the seeded workspace who is no member of its private teamspace ``general``."""
    server.add_user("carol", "pw", role="member", workspace=server.workspace_id)
    with _as(server, "carol") as client:
        yield client


@pytest.fixture
def viewer(server: FakeServer) -> Iterator[httpx.Client]:
    """A member of the workspace with the viewer role in ``general``: reads, may not write."""
    user_id = server.add_user("vera", "pw", role="member", workspace=server.workspace_id)
    with server.state.lock:
        server.state.teamspaces[server.teamspace_id].members[user_id] = Member(
            user_id, "viewer", server.user_id
        )
    with _as(server, "vera") as client:
        yield client


def _error(answer: httpx.Response) -> tuple[int, str]:
    assert answer.headers["content-type"].startswith("application/json")
    body = answer.json()
    assert body.get("request_id") or answer.headers.get("x-request-id")
    return answer.status_code, str(body.get("message", ""))


def test_the_teamspace_is_private(server: FakeServer) -> None:
    assert server.state.teamspaces[server.teamspace_id].visibility == "private"


def test_an_asset_call_of_a_non_member_is_a_404_like_a_missing_teamspace(
    server: FakeServer, carol: httpx.Client
) -> None:
    ws = server.workspace_name
    status, message = _error(carol.get(f"/v4/assets/item/{ws}/general/{ITEM}"))
    missing_status, missing_message = _error(carol.get(f"/v4/assets/item/{ws}/nowhere/{ITEM}"))
    assert (status, missing_status) == (404, 404)
    assert message.replace("general", "nowhere") == missing_message
    assert "teamspace 'general' not found" in message
    assert _error(carol.patch(f"/v4/assets/item/{ws}/general/{ITEM}", json={"description": "x"}))[0] == 404


def test_a_file_call_of_a_non_member_is_a_404_like_a_missing_teamspace(
    server: FakeServer, carol: httpx.Client
) -> None:
    ws = server.workspace_name
    status, message = _error(carol.get(f"/v4/files/{ws}/general/{DENSE}"))
    missing_status, missing_message = _error(carol.get(f"/v4/files/{ws}/nowhere/{DENSE}"))
    assert (status, missing_status) == (404, 404)
    assert message.replace("general", "nowhere") == missing_message
    assert "teamspace 'general' not found" in message
    assert _error(carol.put(f"/v4/files/{ws}/general/new.bin", content=b"data"))[0] == 404


def test_both_doors_answer_a_member_without_the_role_403(server: FakeServer, viewer: httpx.Client) -> None:
    ws = server.workspace_name
    assert viewer.get(f"/v4/assets/item/{ws}/general/{ITEM}").status_code == 200
    assert _error(viewer.patch(f"/v4/assets/item/{ws}/general/{ITEM}", json={"description": "x"}))[0] == 403
    assert _error(viewer.put(f"/v4/files/{ws}/general/new.bin", content=b"data"))[0] == 403
