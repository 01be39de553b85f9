"""Property-based round trips of every schema of the spec (hypothesis + hypothesis-jsonschema).

For each of the 227 object schemas, instances generated from the schema (``$ref`` inlined, the
one recursive schema unrolled twice, OpenAPI's ``nullable`` turned into JSON Schema's ``null``
type, extra keys allowed where the schema allows them) survive ``Model.from_dict`` then
``to_dict`` unchanged. For the 19 enum schemas, the enum class accepts every listed value as a
known member that serialises back to it.

Date-time strings are compared as text, exactly: the model templates keep the server's own text
of a date-time and write it back while the parsed value is unchanged (a changed value is written
with ``isoformat()``), so an exact round trip is guaranteed by design. The parsed values are
checked too: each is the ``datetime.fromisoformat`` of its text.

Few examples per schema (derandomized, so every run is the same) keep this under a minute.
"""

from __future__ import annotations

import datetime
import functools
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis_jsonschema import from_schema
from tiledb.client.rest_api import models

from . import _hypothesis_compat
from .support import FIGURES

_hypothesis_compat.install()

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "tiledb-v4.yaml"
EXAMPLES = 5
UNROLL = 2  # how many times a recursive schema may appear on one path
_SKIP_KEYS = frozenset(
    {"example", "description", "discriminator", "readOnly", "writeOnly", "xml", "deprecated"}
)


@functools.cache
def schemas() -> dict[str, Any]:
    with open(SPEC, encoding="utf-8") as stream:
        return yaml.safe_load(stream)["components"]["schemas"]  # type: ignore[no-any-return]


def _words(name: str) -> list[str]:
    value = "".join(c for c in name if c.isidentifier() or c.isdecimal() or c in "._- ")
    if any(c.isupper() for c in value):
        value = " ".join(re.split("([A-Z]?[a-z]+)", value))
    return re.findall(r"[^._\- ]+", value)


def class_name(name: str) -> str:
    """The generated class of a component schema (openapi-python-client's PascalCase)."""
    return "".join(w if w.isupper() else w.capitalize() for w in _words(name))


def attribute_names(key: str) -> tuple[str, ...]:
    """Where a JSON property may live on a model (snake_case, ``_`` added to reserved names)."""
    snake = "_".join(_words(key)).lower()
    return (snake, f"{snake}_")


def json_schema(node: Any, path: tuple[str, ...] = ()) -> Any:
    """An OpenAPI 3.0 schema as plain JSON Schema, with every ``$ref`` inlined.

    Returns ``None`` for a reference that would recurse more than :data:`UNROLL` times; a
    property or ``oneOf`` branch that is ``None`` is left out.
    """
    if isinstance(node, list):
        return [json_schema(item, path) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        if path.count(name) >= UNROLL:
            return None
        return json_schema(schemas()[name], (*path, name))
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _SKIP_KEYS or key == "nullable":
            continue
        if key == "properties":
            props = {k: json_schema(v, path) for k, v in value.items()}
            out[key] = {k: v for k, v in props.items() if v is not None}
        elif key in ("items", "additionalProperties"):
            converted = json_schema(value, path)
            out[key] = {} if converted is None else converted
        elif key in ("oneOf", "anyOf", "allOf"):
            out[key] = [s for s in (json_schema(v, path) for v in value) if s is not None]
        else:
            out[key] = value
    if node.get("nullable"):
        if isinstance(out.get("type"), str):
            out["type"] = [out["type"], "null"]
            if "enum" in out:
                out["enum"] = [*out["enum"], None]
        else:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


OBJECTS = sorted(name for name, schema in schemas().items() if schema.get("type") == "object")
ENUMS = sorted(name for name, schema in schemas().items() if "enum" in schema)


def test_every_schema_is_covered() -> None:
    assert len(schemas()) == 248
    assert len(OBJECTS) + len(ENUMS) == len(schemas())
    for name in OBJECTS:
        schema = json_schema(schemas()[name], (name,))
        assert set(schema.get("required", ())) <= set(schema.get("properties", {})), name


def _date_times(schema: Any, value: Any) -> list[str]:
    """The date-time strings of ``value`` at the top level of ``schema``."""
    found = []
    for key, prop in schema.get("properties", {}).items():
        text = value.get(key) if isinstance(value, dict) else None
        if isinstance(text, str) and prop.get("format") == "date-time":
            found.append(key)
    return found


@pytest.mark.parametrize("name", OBJECTS)
def test_object_schema_round_trips(name: str) -> None:
    model = getattr(models, class_name(name))
    schema = json_schema(schemas()[name], (name,))
    runs = [0]

    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        deadline=None,
        database=None,
        phases=(Phase.explicit, Phase.generate, Phase.shrink),
        suppress_health_check=list(HealthCheck),
    )
    @given(from_schema(schema))
    def round_trip(instance: dict[str, Any]) -> None:
        runs[0] += 1
        parsed = model.from_dict(instance)
        assert type(parsed) is model
        assert parsed.to_dict() == instance
        for key in _date_times(schema, instance):
            attribute = next(
                (a for a in attribute_names(key) if isinstance(getattr(parsed, a, None), datetime.datetime)),
                None,
            )
            assert attribute is not None, key
            assert getattr(parsed, attribute) == datetime.datetime.fromisoformat(instance[key])

    round_trip()
    FIGURES.add("schemas")
    FIGURES.add("schema_examples", runs[0])


@pytest.mark.parametrize("name", ENUMS)
def test_enum_accepts_every_listed_value(name: str) -> None:
    enum = getattr(models, class_name(name))
    values = schemas()[name]["enum"]
    assert [member.value for member in enum] == sorted(values) or {m.value for m in enum} == set(values)
    for value in values:
        member = enum(value)
        assert member in list(enum) and member.value == value and str(member) == value
    FIGURES.add("schemas")
    FIGURES.add("schema_examples", len(values))
