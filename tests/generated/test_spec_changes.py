"""Regenerating tells what changed: ``scripts/spec_diff.py`` and its use by ``scripts/generate.py``.

The comparison is checked entry by entry on two small specs written here; the generator runs
three times: on a changed copy of the real spec into a temporary folder (``--changes``), and on the
small specs in a copied pipeline, where the run stands for ``make generate SPEC=...`` (the new spec
replaces the old one, a copy of it is kept) and then for a plain ``make generate``.
"""

from __future__ import annotations

import copy
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from _restapi_support import load_script

REPO = Path(__file__).resolve().parents[2]
GENERATE = REPO / "scripts" / "generate.py"
SPEC = REPO / "openapi" / "tiledb-v4.yaml"
LAST_SPEC = REPO / "generated" / "last-generated-spec.yaml"


spec_diff = load_script("spec_diff")
Change, Impact, Kind = spec_diff.Change, spec_diff.Impact, spec_diff.Kind
BREAKING, NOTEWORTHY, COMPATIBLE = Impact.BREAKING, Impact.NOTEWORTHY, Impact.COMPATIBLE


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any], description: str = "success") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _path(name: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}


ERROR = {"default": _json(_ref("Error"), "error")}

OLD: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Mini", "version": "1"},
    "paths": {
        "/v4/assets/{workspace}": {
            "get": {
                "tags": ["assets"],
                "operationId": "list_assets",
                "summary": "List the assets of a workspace.",
                "parameters": [
                    _path("workspace"),
                    {"name": "type", "in": "query", "required": False, "schema": _ref("AssetType")},
                    {
                        "name": "order",
                        "in": "query",
                        "required": False,
                        "schema": {"type": "string", "enum": ["asc", "desc"]},
                    },
                ],
                "responses": {"200": _json(_ref("AssetList")), **ERROR},
            },
        },
        "/v4/assets/{workspace}/{asset}": {
            "get": {
                "tags": ["assets"],
                "operationId": "get_asset",
                "summary": "Get one asset.",
                "parameters": [_path("workspace"), _path("asset")],
                "responses": {"200": _json(_ref("Asset")), **ERROR},
            },
            "patch": {
                "tags": ["assets"],
                "operationId": "update_asset",
                "summary": "Change an asset.",
                "parameters": [_path("workspace"), _path("asset")],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _ref("AssetUpdate")}},
                },
                "responses": {"200": _json(_ref("Asset")), **ERROR},
            },
            "delete": {
                "tags": ["assets"],
                "operationId": "delete_asset",
                "summary": "Delete an asset.",
                "parameters": [_path("workspace"), _path("asset")],
                "responses": {"204": {"description": "deleted"}, **ERROR},
            },
        },
    },
    "components": {
        "schemas": {
            "Asset": {
                "type": "object",
                "properties": {
                    "id": {"type": "string"},
                    "path": {"type": "string"},
                    "type": _ref("AssetType"),
                    "size": {"type": "integer"},
                    "created_at": {"type": "string", "format": "date-time"},
                },
                "required": ["id", "path", "type"],
            },
            "AssetList": {
                "type": "object",
                "properties": {"data": {"type": "array", "items": _ref("Asset")}},
                "required": ["data"],
            },
            "AssetType": {"type": "string", "enum": ["array", "group", "notebook"]},
            "AssetUpdate": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "description": {"type": "string", "nullable": True},
                },
            },
            "Error": {
                "type": "object",
                "properties": {"code": {"type": "integer"}, "message": {"type": "string"}},
            },
        }
    },
}


def _new_spec() -> dict[str, Any]:
    """OLD with one change of each kind the report must name."""
    new = copy.deepcopy(OLD)
    new["info"]["version"] = "2"
    listing = new["paths"]["/v4/assets/{workspace}"]
    listing["get"]["parameters"] += [
        {"name": "teamspace", "in": "query", "required": True, "schema": {"type": "string"}},
        {"name": "per_page", "in": "query", "required": False, "schema": {"type": "integer"}},
    ]
    listing["get"]["parameters"][2]["schema"]["enum"] = ["asc", "random"]
    listing["post"] = {
        "tags": ["assets"],
        "operationId": "create_asset",
        "summary": "Create an asset.",
        "parameters": [_path("workspace")],
        "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("AssetCreate")}}},
        "responses": {"201": _json(_ref("Asset")), **ERROR},
    }
    one = new["paths"]["/v4/assets/{workspace}/{asset}"]
    del one["delete"]
    one["patch"]["requestBody"]["required"] = False
    schemas = new["components"]["schemas"]
    asset = schemas["Asset"]
    asset["properties"] = {
        ("location" if name == "path" else name): schema for name, schema in asset["properties"].items()
    }
    asset["properties"]["size"] = {"type": "string"}
    asset["required"] = ["id", "location"]
    schemas["AssetType"]["enum"] = ["array", "group", "folder"]
    schemas["AssetUpdate"]["required"] = ["name"]
    del schemas["AssetUpdate"]["properties"]["description"]["nullable"]
    schemas["Error"]["properties"]["request_id"] = {"type": "string"}
    schemas["AssetCreate"] = {
        "type": "object",
        "properties": {"name": {"type": "string"}, "type": _ref("AssetType")},
        "required": ["name", "type"],
    }
    return new


EXPECTED = [
    Change(COMPATIBLE, Kind.VERSION_CHANGED, "info.version", "`1` → `2`"),
    # Operations by id: removed, added, then the changes of the ones in both.
    Change(BREAKING, Kind.OPERATION_REMOVED, "delete_asset", "was `DELETE /v4/assets/{workspace}/{asset}`"),
    Change(COMPATIBLE, Kind.OPERATION_ADDED, "create_asset", "`POST /v4/assets/{workspace}`"),
    Change(BREAKING, Kind.PARAMETER_ADDED, "list_assets(teamspace)", "required query, `string`"),
    Change(COMPATIBLE, Kind.PARAMETER_ADDED, "list_assets(per_page)", "optional query, `integer`"),
    Change(BREAKING, Kind.ENUM_VALUE_REMOVED, "list_assets(order)", "`desc`"),
    Change(COMPATIBLE, Kind.ENUM_VALUE_ADDED, "list_assets(order)", "`random`"),  # sent, never received
    Change(COMPATIBLE, Kind.BODY_OPTIONAL, "update_asset"),
    # Component schemas by name.
    Change(COMPATIBLE, Kind.SCHEMA_ADDED, "AssetCreate"),
    Change(BREAKING, Kind.PROPERTY_REMOVED, "Asset.path", "perhaps renamed to `location`"),
    Change(COMPATIBLE, Kind.PROPERTY_ADDED, "Asset.location", "`string`, required"),  # only received
    Change(BREAKING, Kind.PROPERTY_OPTIONAL, "Asset.type"),  # received: may now be missing
    Change(BREAKING, Kind.RETYPED, "Asset.size", "`integer` → `string`"),
    Change(BREAKING, Kind.ENUM_VALUE_REMOVED, "AssetType", "`notebook`"),
    # AssetType is received too (Asset.type), so a new value is worth knowing.
    Change(
        NOTEWORTHY,
        Kind.ENUM_VALUE_ADDED,
        "AssetType",
        "`folder`; answers may carry it, older clients read it as unknown",
    ),
    Change(BREAKING, Kind.PROPERTY_REQUIRED, "AssetUpdate.name"),  # sent: callers must now give it
    Change(BREAKING, Kind.MADE_NOT_NULLABLE, "AssetUpdate.description"),
    Change(COMPATIBLE, Kind.PROPERTY_ADDED, "Error.request_id", "`string`, optional"),
]


def test_each_change_is_named_with_its_impact() -> None:
    assert spec_diff.compare(OLD, _new_spec()) == EXPECTED


def test_breaking_marks() -> None:
    marks = {(change.subject, change.kind): change.breaking for change in spec_diff.compare(OLD, _new_spec())}
    assert marks[("Asset.path", Kind.PROPERTY_REMOVED)] is True
    assert marks[("list_assets(teamspace)", Kind.PARAMETER_ADDED)] is True
    assert marks[("list_assets(per_page)", Kind.PARAMETER_ADDED)] is False
    assert marks[("AssetType", Kind.ENUM_VALUE_ADDED)] is False
    assert marks[("create_asset", Kind.OPERATION_ADDED)] is False


def test_going_back_reverses_the_impacts() -> None:
    """The same two specs the other way round: what was added is removed, and so on."""
    back = {(change.subject, change.kind): change.impact for change in spec_diff.compare(_new_spec(), OLD)}
    assert back[("create_asset", Kind.OPERATION_REMOVED)] is BREAKING
    assert back[("delete_asset", Kind.OPERATION_ADDED)] is COMPATIBLE
    assert back[("Asset.location", Kind.PROPERTY_REMOVED)] is BREAKING
    assert back[("Asset.type", Kind.PROPERTY_REQUIRED)] is COMPATIBLE  # received only
    assert back[("AssetUpdate.name", Kind.PROPERTY_OPTIONAL)] is COMPATIBLE  # sent only
    assert back[("AssetUpdate.description", Kind.MADE_NULLABLE)] is COMPATIBLE  # sent only
    assert back[("update_asset", Kind.BODY_REQUIRED)] is BREAKING
    assert back[("list_assets(teamspace)", Kind.PARAMETER_REMOVED)] is BREAKING
    assert back[("AssetCreate", Kind.SCHEMA_REMOVED)] is BREAKING


def test_references_are_compared_by_name_and_resolved_for_parameters() -> None:
    old = copy.deepcopy(OLD)
    new = copy.deepcopy(OLD)
    # The same operation, its parameter given inline in one and by $ref in the other: no change.
    old["components"]["parameters"] = {
        "Order": old["paths"]["/v4/assets/{workspace}"]["get"]["parameters"][2]
    }
    new["paths"]["/v4/assets/{workspace}"]["get"]["parameters"][2] = {"$ref": "#/components/parameters/Order"}
    new["components"]["parameters"] = copy.deepcopy(old["components"]["parameters"])
    assert spec_diff.compare(old, new) == []
    # A property pointing at another schema is retyped; the schema it pointed at is not touched.
    new["components"]["schemas"]["Asset"]["properties"]["type"] = {"type": "string"}
    assert spec_diff.compare(old, new) == [
        Change(BREAKING, Kind.RETYPED, "Asset.type", "`AssetType` → `string`")
    ]


def test_responses_bodies_and_inline_schemas() -> None:
    new = copy.deepcopy(OLD)
    get_asset = new["paths"]["/v4/assets/{workspace}/{asset}"]["get"]
    get_asset["responses"]["200"] = _json({"type": "array", "items": _ref("Asset")})
    get_asset["responses"]["404"] = _json(_ref("Error"), "missing")
    get_asset["tags"] = ["other"]
    update = new["paths"]["/v4/assets/{workspace}/{asset}"]["patch"]
    update["requestBody"]["content"] = {"application/octet-stream": {"schema": {"type": "string"}}}
    listing = new["components"]["schemas"]["AssetList"]
    listing["properties"]["page"] = {
        "type": "object",
        "properties": {"kind": {"type": "string", "enum": ["first", "last"]}},
    }
    start = copy.deepcopy(OLD)
    start["components"]["schemas"]["AssetList"]["properties"]["page"] = {
        "type": "object",
        "properties": {"kind": {"type": "string", "enum": ["first", "next"]}},
    }
    assert spec_diff.compare(start, new) == [
        Change(
            BREAKING,
            Kind.OPERATION_RETAGGED,
            "get_asset",
            "`assets` → `other`: the method moves to another Api class",
        ),
        Change(COMPATIBLE, Kind.RESPONSE_ADDED, "get_asset response 404"),
        Change(BREAKING, Kind.RETYPED, "get_asset response 200", "`Asset` → `array of Asset`"),
        Change(BREAKING, Kind.CONTENT_TYPE_REMOVED, "update_asset body", "`application/json`"),
        Change(COMPATIBLE, Kind.CONTENT_TYPE_ADDED, "update_asset body", "`application/octet-stream`"),
        Change(BREAKING, Kind.ENUM_VALUE_REMOVED, "AssetList.page.kind", "`next`"),
        Change(
            NOTEWORTHY,
            Kind.ENUM_VALUE_ADDED,
            "AssetList.page.kind",
            "`last`; answers may carry it, older clients read it as unknown",
        ),
    ]


def test_enum_member_names() -> None:
    """A kept value whose Python member is named differently: by ``x-enum-varnames``, or by the
    generator's own rule (``VALUE_<position>`` for a value not starting with a letter)."""
    old = copy.deepcopy(OLD)
    old["components"]["schemas"]["AssetType"]["x-enum-varnames"] = ["ARRAY", "GROUP", "NOTEBOOK"]
    new = copy.deepcopy(old)
    new["components"]["schemas"]["AssetType"]["x-enum-varnames"][2] = "NOTE_BOOK"
    assert spec_diff.compare(old, new) == [
        Change(BREAKING, Kind.ENUM_NAMES_CHANGED, "AssetType", "NOTEBOOK → NOTE_BOOK")
    ]
    old["components"]["schemas"]["AssetType"] = {"type": "string", "enum": ["*", "user:read", "x-small"]}
    new["components"]["schemas"]["AssetType"] = {
        "type": "string",
        "enum": ["2x-large", "*", "user:read", "x-small"],
    }
    assert spec_diff.compare(old, new) == [
        Change(
            NOTEWORTHY,
            Kind.ENUM_VALUE_ADDED,
            "AssetType",
            "`2x-large`; answers may carry it, older clients read it as unknown",
        ),
        Change(BREAKING, Kind.ENUM_NAMES_CHANGED, "AssetType", "VALUE_0 → VALUE_1"),
    ]
    # Names given where the generator's were the same (USERREAD, X_SMALL) only list the changed ones.
    new["components"]["schemas"]["AssetType"] = {
        "type": "string",
        "enum": ["*", "user:read", "x-small"],
        "x-enum-varnames": ["ALL", "USER_READ", "X_SMALL"],
    }
    assert spec_diff.compare(old, new) == [
        Change(BREAKING, Kind.ENUM_NAMES_CHANGED, "AssetType", "VALUE_0 → ALL, USERREAD → USER_READ")
    ]


def test_markdown_report() -> None:
    text = spec_diff.render(spec_diff.compare(OLD, _new_spec()), baseline="since the last generation")
    assert text.startswith(
        "# API changes\n\nAPI changes since the last generation, as a client of the API sees them: "
        "9 breaking, 1 noteworthy, 8 not breaking.\n\n## Breaking for clients\n\n"
        "- **breaking**: `delete_asset`: operation removed (was `DELETE /v4/assets/{workspace}/{asset}`)\n"
    )
    assert "- **breaking**: `Asset.path`: property removed (perhaps renamed to `location`)\n" in text
    assert "- not breaking: `Asset.location`: property added (`string`, required)\n" in text
    assert (
        "\n## Not breaking, but noteworthy\n\n- noteworthy: `AssetType`: enum value added (`folder`;" in text
    )
    assert text.endswith("- not breaking: `Error.request_id`: property added (`string`, optional)\n")
    # Deterministic: the same specs, even with their keys in another order, give the same text.
    shuffled = _new_spec()
    shuffled["paths"] = dict(reversed(shuffled["paths"].items()))
    shuffled["components"]["schemas"] = dict(reversed(shuffled["components"]["schemas"].items()))
    assert spec_diff.render(spec_diff.compare(OLD, shuffled), baseline="since the last generation") == text


def test_nothing_changed() -> None:
    assert spec_diff.compare(OLD, copy.deepcopy(OLD)) == []
    assert spec_diff.render([], baseline="since the last generation") == (
        "# API changes\n\nNo API changes since the last generation.\n"
    )


# -- through scripts/generate.py ------------------------------------------------------------------


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    return subprocess.run(
        [sys.executable, *map(str, args)], capture_output=True, text=True, timeout=120, env=env, check=False
    )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "missing"


def test_generate_reports_a_renamed_property_of_the_real_spec(tmp_path: Path) -> None:
    """A trial run (``--spec`` into a temporary folder) reports against openapi/tiledb-v4.yaml and
    leaves it, and the copy of the last generation, alone."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    asset = spec["components"]["schemas"]["Asset"]
    asset["properties"]["storage_path"] = asset["properties"].pop("path")
    asset["required"] = ["storage_path" if name == "path" else name for name in asset["required"]]
    changed = tmp_path / "changed.yaml"
    changed.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    before = _digest(SPEC), _digest(LAST_SPEC)

    result = _run(GENERATE, "--spec", changed, tmp_path / "rest_api", "--changes", tmp_path / "CHANGES.md")

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    report = (tmp_path / "CHANGES.md").read_text(encoding="utf-8")
    assert result.stdout == report
    assert report == (
        "# API changes\n\n"
        "API changes from `openapi/tiledb-v4.yaml`, as a client of the API sees them: "
        "1 breaking, 1 not breaking.\n\n"
        "## Breaking for clients\n\n"
        "- **breaking**: `Asset.path`: property removed (perhaps renamed to `storage_path`)\n\n"
        "## Not breaking\n\n"
        "- not breaking: `Asset.storage_path`: property added (`string`, required)\n"
    )
    assert (tmp_path / "rest_api" / "models" / "asset.py").is_file()
    assert (_digest(SPEC), _digest(LAST_SPEC)) == before


@pytest.fixture
def pipeline(tmp_path: Path) -> Path:
    """A copy of the generation pipeline whose spec, and last generation's copy of it, is OLD."""
    root = tmp_path / "repo"
    shutil.copytree(REPO / "scripts", root / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(
        REPO / "openapi", root / "openapi", ignore=shutil.ignore_patterns("tiledb-v4.yaml", "*.md")
    )
    (root / "generated").mkdir()
    text = yaml.safe_dump(OLD, sort_keys=False)
    (root / "openapi" / "tiledb-v4.yaml").write_text(text, encoding="utf-8")
    (root / "generated" / "last-generated-spec.yaml").write_text(text, encoding="utf-8")
    return root


def test_make_generate_takes_a_new_spec_in_and_then_reports_no_change(pipeline: Path, tmp_path: Path) -> None:
    generate = pipeline / "scripts" / "generate.py"
    spec, last, changes = (
        pipeline / "openapi" / "tiledb-v4.yaml",
        pipeline / "generated" / "last-generated-spec.yaml",
        pipeline / "openapi" / "CHANGES.md",
    )
    new = tmp_path / "new.yaml"
    new.write_text(yaml.safe_dump(_new_spec(), sort_keys=False), encoding="utf-8")

    # A new spec that does not generate changes nothing.
    broken = _new_spec()
    broken["paths"]["/v4/assets/{workspace}"]["post"]["responses"]["201"] = _json(_ref("NoSuchSchema"))
    (tmp_path / "broken.yaml").write_text(yaml.safe_dump(broken, sort_keys=False), encoding="utf-8")
    failed = _run(generate, "--spec", tmp_path / "broken.yaml")
    assert failed.returncode != 0
    assert not changes.exists()
    assert yaml.safe_load(spec.read_text(encoding="utf-8")) == OLD
    assert not (pipeline / "generated" / "rest_api").exists()

    # make generate SPEC=new.yaml
    taken = _run(generate, "--spec", new)
    assert taken.returncode == 0, taken.stderr
    expected = spec_diff.render(EXPECTED, baseline="from the `openapi/tiledb-v4.yaml` it replaces")
    assert changes.read_text(encoding="utf-8") == expected
    assert taken.stdout == expected
    assert spec.read_bytes() == last.read_bytes() == new.read_bytes()
    assert (pipeline / "generated" / "rest_api" / "api" / "assets" / "create_asset.py").is_file()

    # make generate: the spec has not changed since the last generation.
    again = _run(generate)
    assert again.returncode == 0, again.stderr
    assert again.stdout == changes.read_text(encoding="utf-8")
    assert again.stdout == "# API changes\n\nNo API changes since the last generation.\n"
