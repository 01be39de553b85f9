"""The spec's constraints (page numbers from 1, name lengths, the rename pattern) are checked by the
generated layer before sending: a refused call never reaches the fake server, a value at the bound
does, and the high-level modules turn the refusal into their own error that is also a ValueError."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from typing import Any

import pytest
from tiledb.client.rest_api import errors
from tiledb.client.rest_api.models import AssetUpdateRequest, WorkspaceUpdateRequest
from tiledb.client.rest_api.types import check_value

import tiledb.client as tc
from tiledb.client.testing import FakeServer


def test_page_zero_is_refused_before_sending_and_page_one_is_sent(
    logged_in: FakeServer, build: Callable[[str], Any], run: Callable[[Any], Any]
) -> None:
    api = build("WorkspacesApi")
    sent = len(logged_in.requests)
    with pytest.raises(errors.ConstraintError, match=r"^page: must be >= 1, got 0$") as info:
        run(api.list_workspace_users(logged_in.workspace_name, page=0))
    assert isinstance(info.value, ValueError)
    with pytest.raises(errors.ConstraintError, match=r"^per_page: must be >= 1, got -5$"):
        run(api.list_workspace_users(logged_in.workspace_name, per_page=-5))
    assert len(logged_in.requests) == sent
    run(api.list_workspace_users(logged_in.workspace_name, page=1, per_page=1))
    assert len(logged_in.requests) == sent + 1


def test_a_too_long_workspace_name_is_refused_when_built_and_when_sent(
    logged_in: FakeServer, build: Callable[[str], Any], run: Callable[[Any], Any]
) -> None:
    with pytest.raises(ValueError, match=r"WorkspaceUpdateRequest\.name: must be at most 64 characters long"):
        WorkspaceUpdateRequest(name="w" * 65)
    api = build("WorkspacesApi")
    body = WorkspaceUpdateRequest(description="fine")
    body.name = "w" * 65  # assigned after construction: caught when the body is serialised
    sent = len(logged_in.requests)
    with pytest.raises(errors.ConstraintError, match=r"got 65 characters: 'wwww"):
        run(api.update_workspace(logged_in.workspace_name, body))
    assert len(logged_in.requests) == sent
    # At the bound the request goes out, and the deployment (the fake server) accepts it.
    run(api.update_workspace(logged_in.workspace_name, WorkspaceUpdateRequest(name="w" * 64)))
    assert len(logged_in.requests) == sent + 1
    assert logged_in.state.workspace("w" * 64) is not None


def test_an_asset_name_breaking_the_pattern_is_refused_before_sending(
    logged_in: FakeServer, build: Callable[[str], Any], run: Callable[[Any], Any]
) -> None:
    for name in ("a/b", "..", "."):
        with pytest.raises(errors.ConstraintError, match=r"AssetUpdateRequest\.name: must match the pattern"):
            AssetUpdateRequest(name=name)
    with pytest.raises(errors.ConstraintError, match=r"AssetUpdateRequest\.name: must not be empty, got 0"):
        AssetUpdateRequest(name="")
    asset_id = logged_in.add_assets(n=1, path="data")[0]
    api = build("AssetsApi")
    body = AssetUpdateRequest(name="a2")
    body.name = "x/y"
    sent = len(logged_in.requests)
    with pytest.raises(errors.ConstraintError, match=r"got 'x/y'$"):
        run(api.update_asset(logged_in.workspace_name, logged_in.teamspace_name, asset_id, body))
    assert len(logged_in.requests) == sent


def test_an_answer_breaking_a_rule_still_parses() -> None:
    parsed = AssetUpdateRequest.from_dict({"name": "a/b"})
    assert parsed.name == "a/b" and parsed.to_dict() == {"name": "a/b"}


def test_a_high_level_module_raises_its_error_that_is_also_a_value_error(logged_in: FakeServer) -> None:
    import tiledb.client.workspaces as workspaces

    sent = len(logged_in.requests)
    with pytest.raises(tc.workspaces.WorkspacesError) as info:
        workspaces.update_workspace(name="w" * 65)
    assert isinstance(info.value, ValueError)
    assert "name: must be at most 64 characters long, got 65 characters" in str(info.value)
    assert len(logged_in.requests) == sent


def test_a_secret_value_is_never_quoted_and_the_error_pickles() -> None:
    with pytest.raises(errors.ConstraintError) as info:
        check_value("hunter2-is-long", "new_password", max_length=4, secret=True)
    assert "hunter2" not in f"{info.value} {info.value!r} {pickle.dumps(info.value)!r}"
    assert str(info.value) == "new_password: must be at most 4 characters long, got 15 characters"
    with pytest.raises(errors.ConstraintError) as plain:
        check_value([1, 2, 3], "ids", max_items=2)
    clone = pickle.loads(pickle.dumps(plain.value))
    assert (type(clone), clone.field, clone.rule, str(clone)) == (
        errors.ConstraintError,
        "ids",
        "must have at most 2 items",
        "ids: must have at most 2 items, got 3",
    )
    check_value(2.5, "ratio", exclusive_minimum=0, exclusive_maximum=3)
    with pytest.raises(errors.ConstraintError, match=r"^ratio: must be < 3, got 3$"):
        check_value(3, "ratio", exclusive_maximum=3)
    check_value(True, "flag", minimum=5)  # a bool is not a number here: left to the type checks


def test_each_item_of_a_list_is_checked_and_named_by_its_index() -> None:
    check_value(["a", "bb"], "keys", min_items=1, items={"min_length": 1, "max_length": 2})
    with pytest.raises(errors.ConstraintError, match=r"^keys\[2\]: must not be empty, got 0 characters: ''$"):
        check_value(["a", "bb", ""], "keys", items={"min_length": 1})
    # The count is checked before the items; nested lists name each level.
    with pytest.raises(errors.ConstraintError, match=r"^keys: must have at least 1 item, got 0$"):
        check_value([], "keys", min_items=1, items={"min_length": 1})
    with pytest.raises(errors.ConstraintError, match=r"^grid\[1\]\[0\]: must be <= 9, got 10$"):
        check_value([[1], [10]], "grid", items={"items": {"maximum": 9}})
    with pytest.raises(errors.ConstraintError) as info:
        check_value(["ok", "hunter2-is-long"], "secrets", items={"max_length": 4, "secret": True})
    assert "hunter2" not in str(info.value)
    assert str(info.value) == "secrets[1]: must be at most 4 characters long, got 15 characters"
