"""An application's tests, run against the fake server."""

import logging

import pytest
from tiledb.client.rest_api.api import AssetsApi

import tiledb.client as tc

LISTING = "/v4/assets/list/"


def count_arrays(workspace: str, teamspace: str) -> int:
    """The code under test: the arrays at the root of a teamspace."""
    api = tc.build(AssetsApi)
    walk = tc.paginate(api.list_assets, workspace, teamspace, "/")
    return sum(asset.type_ == "array" for asset in walk)


@pytest.fixture
def tiledb_server(fake_server, tmp_path, monkeypatch):
    """The fake server, and a tiledb.client session logged in to it."""
    monkeypatch.setenv("HOME", str(tmp_path))  # not your ~/.tiledb
    monkeypatch.setenv("TILEDB_REST_SERVER_ADDRESS", fake_server.url)
    monkeypatch.setenv("TILEDB_REST_TOKEN", fake_server.token)
    tc.login()  # a fresh session from these variables
    return fake_server


def test_counts_the_seeded_arrays(tiledb_server):
    # Seeded at the root: 2 arrays, a file and a folder.
    assert count_arrays("alice-ws", "general") == 2


def test_pages_through_many_assets(tiledb_server):
    tiledb_server.add_assets(n=120)
    tiledb_server.clear_requests()
    assert count_arrays("alice-ws", "general") == 122
    requests = tiledb_server.requests
    assert sum(r.path.startswith(LISTING) for r in requests) > 1


def test_survives_a_brief_outage(tiledb_server, caplog):
    faults = tiledb_server.faults
    faults.add(prefix=LISTING, status=503, count=2, retry_after=0)
    with caplog.at_level(logging.INFO, logger="tiledb.client.http"):
        assert count_arrays("alice-ws", "general") == 2
    retries = [m for m in caplog.messages if "status 503" in m]
    assert len(retries) == 2


def test_reports_a_server_error(tiledb_server):
    tiledb_server.faults.add(prefix=LISTING, status=500)
    with pytest.raises(tc.ApiError) as caught:
        count_arrays("alice-ws", "general")
    assert caught.value.status_code == 500
