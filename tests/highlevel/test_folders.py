"""tiledb.client.folders against the fake server."""

from __future__ import annotations

import pytest

from tiledb.client import folders
from tiledb.client.testing import FakeServer

from .conftest import AsUser

TS = "general"


def test_create_get_and_list(hl: FakeServer) -> None:
    created = folders.create_folder("reports", teamspace=TS, description="yearly")
    assert created.name == "reports" and created.description == "yearly"
    record = hl.asset("reports")
    assert record is not None and record.type == "folder" and created.asset_id == record.id
    for ref, ts in (
        ("reports", TS),
        ("/reports", TS),
        (record.id, TS),
        ("tiledb://alice-ws/general/reports", None),
    ):
        assert folders.get_folder(ref, teamspace=ts).asset_id == record.id
    assert folders.get_folder(created).asset_id == record.id  # a Folder object
    assert folders.list_folder_contents("reports", teamspace=TS) == []


def test_parent_must_exist_unless_parents(hl: FakeServer) -> None:
    with pytest.raises(folders.FoldersError) as caught:
        folders.create_folder("a/b/c", teamspace=TS)
    assert caught.value.status_code == 404
    deep = folders.create_folder("a/b/c", teamspace=TS, parents=True)
    assert deep.name == "c"
    assert hl.asset("a/b") is not None
    again = folders.create_folder("a/b/c", teamspace=TS, parents=True, exist_ok=True)
    assert again.asset_id == deep.asset_id
    with pytest.raises(folders.FoldersError) as exists:
        folders.create_folder("a/b/c", teamspace=TS)
    assert exists.value.status_code == 409


def test_parents_does_not_hide_other_failures(hl: FakeServer, bob: str, as_user: AsUser) -> None:
    as_user("bob")  # a viewer: any create is refused, and the refusal is what comes out
    with pytest.raises(folders.FoldersError) as caught:
        folders.create_folder("x/y", teamspace=TS, parents=True)
    assert caught.value.status_code == 403
    assert "parent" in str(caught.value)


def test_list_folder_contents_reads_every_page(hl: FakeServer) -> None:
    hl.add_assets(n=230, path="examples")
    hl.clear_requests()
    contents = folders.list_folder_contents("examples", teamspace=TS)
    assert isinstance(contents, list) and len(contents) == 232
    assert len({a.id for a in contents}) == 232
    assert len(hl.requests) == 3  # 100 per page
    root = folders.list_folder_contents("/", teamspace=TS)
    assert {a.path for a in root} == {"quickstart_dense", "quickstart_sparse", "README.md", "examples"}


def test_errors_and_bad_input(hl: FakeServer) -> None:
    with pytest.raises(folders.FoldersError) as caught:
        folders.get_folder("quickstart_dense", teamspace=TS)  # an array, not a folder
    assert caught.value.status_code == 404
    with pytest.raises(folders.FoldersError):
        folders.list_folder_contents("nope", teamspace=TS)
    hl.clear_requests()
    with pytest.raises(ValueError):
        folders.create_folder("", teamspace=TS)
    with pytest.raises(ValueError):
        folders.create_folder("ast_abc123", teamspace=TS)
    with pytest.raises(ValueError):
        folders.get_folder("tiledb://alice-ws")
    with pytest.raises(TypeError):
        folders.create_folder("x", teamspace=TS, description=3)  # type: ignore[arg-type]
    assert hl.requests == []
