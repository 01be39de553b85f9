"""What the model templates (openapi/templates/model.py.jinja, str_enum.py.jinja) promise beyond
the generator's defaults: tolerant enums, exact date-time round trips, in-place parsing that
neither consumes nor shares its input, and nested imports that survive any import order.
"""

from __future__ import annotations

import copy
import datetime
import pickle
import subprocess
import sys
from typing import Any

import pytest
from tiledb.client.rest_api import models
from tiledb.client.rest_api.models import Asset, AssetListResponse, AssetType, WorkspaceUser


def _asset(**changes: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "id": "ast_1",
        "workspace_id": "ws_1",
        "teamspace_id": "ts_1",
        "workspace": {"workspace_id": "ws_1", "name": "acme"},
        "teamspace": {"teamspace_id": "ts_1", "name": "general", "space_type": "teamspace"},
        "name": "a",
        "backing_type": "array",
        "type": "array",
        "path": "a",
        "created_at": "2025-01-02T03:04:05Z",
        "created_by": {
            "user_id": "u",
            "username": "alice",
            "display_name": "Alice",
            "email": "a@b.c",
            "role": "owner",
            "added_by": "u0",
            "created_at": "2024-03-01T09:30:00.120Z",
        },
        "tiledb_uri": "tiledb://acme/general/a",
    }
    document.update(changes)
    return document


def _listing(*assets: dict[str, Any]) -> dict[str, Any]:
    count = len(assets)
    return {
        "data": list(assets),
        "pagination_metadata": {"page": 1, "per_page": count, "total_pages": 1, "total_items": count},
    }


# ----------------------------------------------------------------------------------------- enums


def test_unknown_enum_value_is_a_member_that_keeps_it() -> None:
    new = AssetType("brand_new_kind")
    assert isinstance(new, AssetType)
    assert new == "brand_new_kind" and new.value == "brand_new_kind" and str(new) == "brand_new_kind"
    assert new.name == "UNKNOWN"
    assert new not in list(AssetType)
    assert AssetType("brand_new_kind") is new  # one member per value
    assert pickle.loads(pickle.dumps(new)) is new
    assert copy.deepcopy(new) is new
    assert AssetType("array") is AssetType.ARRAY


def test_enum_still_rejects_what_is_not_a_string() -> None:
    with pytest.raises(ValueError):
        AssetType(5)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Asset.from_dict(_asset(type=None))


def test_a_listing_with_an_asset_type_this_client_does_not_know_parses_and_round_trips() -> None:
    document = _listing(_asset(), _asset(id="ast_2", type="hologram", backing_type="quantum_store"))
    listing = AssetListResponse.from_dict(document)
    assert listing.data[1].type_ == "hologram"
    assert listing.data[1].backing_type.value == "quantum_store"
    assert listing.data[0].type_ is AssetType.ARRAY
    assert listing.to_dict() == document


# ------------------------------------------------------------------------------------ date-times


@pytest.mark.parametrize(
    "text",
    [
        "2025-01-02T03:04:05Z",
        "2025-01-02T03:04:05+00:00",
        "2025-01-02T03:04:05.1Z",
        "2025-01-02T05:04:05+02:00",
    ],
)
def test_date_time_text_round_trips_exactly(text: str) -> None:
    document = _asset(created_at=text, updated_at=text)
    asset = Asset.from_dict(document)
    assert type(asset.created_at) is datetime.datetime
    assert asset.created_at == datetime.datetime.fromisoformat(text)
    assert asset.to_dict() == document


def test_a_changed_or_hand_made_date_time_is_written_with_isoformat() -> None:
    asset = Asset.from_dict(_asset())
    later = datetime.datetime(2026, 5, 6, 7, 8, 9, tzinfo=datetime.UTC)
    asset.created_at = later
    assert asset.to_dict()["created_at"] == later.isoformat()
    # the same instant in another offset is written in that offset
    asset.created_at = datetime.datetime.fromisoformat("2025-01-02T05:04:05+02:00")
    assert asset.to_dict()["created_at"] == "2025-01-02T05:04:05+02:00"
    user = WorkspaceUser("u", "alice", "Alice", "a@b.c", models.WorkspaceRole.OWNER, "u0", later)
    assert user.to_dict()["created_at"] == later.isoformat()


def test_hidden_text_is_not_an_attrs_field() -> None:
    import attrs

    names = [f.name for f in attrs.fields(Asset)]
    assert not any(name.endswith("_text") for name in names)
    assert "created_at" in names and "additional_properties" in names
    assert "_created_at_text" not in attrs.asdict(Asset.from_dict(_asset()))


# ------------------------------------------------------------------------------- in-place parsing


def test_from_dict_neither_consumes_nor_shares_its_input() -> None:
    document = _asset(extra_key={"x": 1})
    snapshot = copy.deepcopy(document)
    first, second = Asset.from_dict(document), Asset.from_dict(document)
    assert document == snapshot
    assert first == second
    assert first.additional_properties == {"extra_key": {"x": 1}}
    first["another"] = 2
    assert "another" not in second.additional_properties and "another" not in document
    plain = Asset.from_dict(_asset())
    assert plain.additional_properties == {}
    plain["k"] = "v"
    assert Asset.from_dict(_asset()).additional_properties == {}


def test_a_known_key_never_lands_in_additional_properties() -> None:
    asset = Asset.from_dict(_asset(description="d", unknown=1))
    assert asset.description == "d"
    assert asset.additional_properties == {"unknown": 1}


@pytest.mark.parametrize("value", [None, "a string", 5, [1, 2]])
def test_not_an_object_fails_as_dict_would(value: Any) -> None:
    with pytest.raises((TypeError, ValueError)) as info:
        Asset.from_dict(value)
    with pytest.raises(type(info.value)):
        dict(value)


def test_a_missing_required_field_is_a_key_error_naming_it() -> None:
    document = _asset()
    del document["created_by"]["email"]
    with pytest.raises(KeyError, match="email"):
        Asset.from_dict(document)


def test_subclasses_get_instances_of_their_own() -> None:
    class MyUser(WorkspaceUser):
        pass

    user = MyUser.from_dict(_asset()["created_by"])
    assert type(user) is MyUser


def test_models_import_in_any_order() -> None:
    """Nested models are imported at the bottom of each module; cycles must resolve either way."""
    names = sorted(set(models.MODELS.values()))
    for order in (names, names[::-1]):
        code = "import importlib\n" + "".join(
            f"importlib.import_module('tiledb.client.rest_api.models{module}')\n" for module in order
        )
        subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
