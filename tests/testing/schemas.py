"""Validation of answers against the spec with jsonschema (OpenAPI 3.0 -> JSON Schema)."""

from __future__ import annotations

import copy
import functools
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import jsonschema

from tiledb.client.testing.spec import load_spec

#: The spec's error document.
ERROR = {"$ref": "#/components/schemas/Error"}

_FORMATS = jsonschema.FormatChecker(formats=())


@_FORMATS.checks("date-time", raises=ValueError)
def _is_datetime(value: object) -> bool:
    if not isinstance(value, str) or "T" not in value:
        return False
    parsed = datetime.fromisoformat(value)
    return parsed.tzinfo is not None


def _convert(schema: Any) -> Any:
    """OpenAPI 3.0 schema -> JSON Schema: ``nullable`` becomes a null type; objects are closed.

    Closing objects (``additionalProperties: false`` where the spec does not say otherwise) makes the
    check strict: a misspelt property in a hand-written answer fails instead of passing unnoticed.
    Only schema keywords are walked, so properties named ``type`` or ``nullable`` stay intact.
    """
    if not isinstance(schema, Mapping):
        return schema
    out = dict(schema)
    if isinstance(out.get("properties"), Mapping):
        out["properties"] = {name: _convert(sub) for name, sub in out["properties"].items()}
    for key in ("items", "additionalProperties", "not"):
        if isinstance(out.get(key), Mapping):
            out[key] = _convert(out[key])
    for key in ("oneOf", "anyOf", "allOf"):
        if isinstance(out.get(key), list):
            out[key] = [_convert(sub) for sub in out[key]]
    if out.pop("nullable", False):
        if "$ref" in out:
            out = {"anyOf": [{"$ref": out.pop("$ref")}, {"type": "null"}], **out}
        elif "type" in out:
            out["type"] = [out["type"], "null"]
            if "enum" in out:
                out["enum"] = [*out["enum"], None]
    if out.get("type") == "object" and "properties" in out and "additionalProperties" not in out:
        out["additionalProperties"] = False
    return out


@functools.cache
def _components() -> dict[str, Any]:
    spec = load_spec()
    return {"schemas": {name: _convert(copy.deepcopy(sub)) for name, sub in spec.schemas.items()}}


def validator(schema: Mapping[str, Any]) -> jsonschema.Draft7Validator:
    """A validator for one schema of the spec (``$ref``\\ s resolve within the spec)."""
    document = {**_convert(schema), "components": _components()}
    return jsonschema.Draft7Validator(document, format_checker=_FORMATS)


def validate(schema: Mapping[str, Any], value: Any) -> None:
    """Raise ``AssertionError`` listing every violation of ``schema`` by ``value``."""
    errors = sorted(validator(schema).iter_errors(value), key=lambda e: list(e.absolute_path))
    if errors:
        lines = [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}" for e in errors[:10]]
        raise AssertionError("answer does not conform to the spec:\n  " + "\n  ".join(lines))
