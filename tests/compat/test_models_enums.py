"""Every model attribute and enum member of the established client's v4 package, in ours.

Rows of ``models_all`` and ``enums_all`` in tests/data/established_names.json: each attribute is
readable (and assignable) on our model under the established name, the constructor takes it as a
keyword; each enum member exists with the same value, beside ours; ``allowable_values`` matches.
"""

from __future__ import annotations

import datetime
from typing import Any

import attrs
import pytest
from tiledb.client.rest_api import models

from .table import TABLE

MODELS = sorted(TABLE["models_all"].items())
ENUMS = sorted(TABLE["enums_all"].items())


def _field_of(cls: type, attribute: str) -> str:
    """Our attrs field that the established attribute name reads."""
    names = {f.name for f in attrs.fields(cls)}
    if attribute in names:
        return attribute
    for candidate in (attribute + "_", attribute.lstrip("_") + "_"):
        if candidate in names:
            return candidate
    raise AssertionError(f"{cls.__name__} has no field for {attribute!r}")


@pytest.mark.parametrize(("name", "row"), MODELS, ids=[n for n, _ in MODELS])
def test_every_established_attribute_is_readable(name: str, row: dict[str, Any]) -> None:
    cls = getattr(models, name)
    keys = _json_keys(cls)
    for attribute in row["attributes"]:
        # A property of ours, or the attrs field itself (a slot of the class).
        assert hasattr(cls, attribute), (name, attribute)
        assert isinstance(getattr(cls, attribute), property) or attribute == _field_of(cls, attribute)
        # The JSON key is the one the established model reads and writes.
        assert row["attribute_map"][attribute] in keys, (name, attribute)


def _json_keys(cls: type) -> set[str]:
    import inspect

    source = inspect.getsource(cls.to_dict)
    return {key for key in TABLE_KEYS if f'"{key}"' in source}


TABLE_KEYS = {k for _, row in MODELS for k in row["json_keys"]}


def test_an_alias_reads_and_writes_the_field() -> None:
    teamspace = models.Teamspace.from_dict(_teamspace_json())
    assert teamspace._self is teamspace.self_
    assert isinstance(teamspace._self, models.TeamspaceUser)
    assert teamspace._self.role == "editor"
    owner = teamspace.created_by
    teamspace._self = owner
    assert teamspace.self_ is owner
    assert teamspace.to_dict()["self"]["role"] == "owner"
    for name, attribute in (
        ("Activity", "object"),
        ("Metadata", "format"),
        ("SnowflakeDatabaseTable", "bytes"),
    ):
        assert isinstance(getattr(getattr(models, name), attribute), property), (name, attribute)


def _teamspace_json() -> dict[str, Any]:
    user = {
        "user_id": "usr_1",
        "username": "u",
        "display_name": "U",
        "email": "u@example.com",
        "role": "editor",
        "added_by": "usr_0",
        "created_at": "2025-01-01T00:00:00Z",
    }
    return {
        "teamspace_id": "ts_1",
        "name": "t",
        "space_type": "teamspace",
        "created_at": "2025-01-01T00:00:00Z",
        "created_by": {**user, "role": "owner"},
        "visibility": "private",
        "self": user,
    }


def test_the_constructor_takes_the_established_keyword() -> None:
    from tiledb.client.rest_api.models import AssetMetadataSaveRequestInner, AssetMetadataType

    item = AssetMetadataSaveRequestInner(key="k", value="v", type=AssetMetadataType.STRING_UTF8)
    assert item.type_ is AssetMetadataType.STRING_UTF8
    assert item.type == "STRING_UTF8"
    item.type = AssetMetadataType.INT64
    assert item.type_ is AssetMetadataType.INT64
    assert item.to_dict()["type"] == "INT64"
    same = AssetMetadataSaveRequestInner(key="k", value="v", type_=AssetMetadataType.INT64)
    assert same == item


def test_from_dict_keeps_its_speed_path_and_the_subclass() -> None:
    from tiledb.client._highlevel.records import Teamspace

    record = Teamspace.from_dict(_teamspace_json())
    assert type(record) is Teamspace
    assert record.teamspace_role == "editor"
    assert record.created_at == datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)


@pytest.mark.parametrize(("name", "row"), ENUMS, ids=[n for n, _ in ENUMS])
def test_every_established_enum_member_has_the_same_value(name: str, row: dict[str, Any]) -> None:
    cls = getattr(models, name)
    for member, value in row["members"].items():
        assert getattr(cls, member) == value, (name, member)
        assert getattr(cls, member) is cls(value)
    if row["has_allowable_values"]:
        assert cls.allowable_values == row["allowable_values"]
    # The aliases are not listed twice.
    assert len(list(cls)) == len({m.value for m in cls})


def test_token_scope_underscore_is_star() -> None:
    assert models.TokenScope._ == "*"
    assert models.TokenScope._ is models.TokenScope.ALL
    assert "_" not in [m.name for m in models.TokenScope]
