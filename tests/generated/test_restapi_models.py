"""Every object schema's model round-trips spec-valid JSON: full, required-only and with nulls."""

from __future__ import annotations

import jsonschema
import pytest
from _restapi_support import (
    EXTRA_KEY,
    Examples,
    class_name,
    iter_object_schemas,
    python_name,
    ref_name,
    schemas,
)
from tiledb.client.rest_api import models

OBJECT_SCHEMAS = sorted(iter_object_schemas())
ONE_OF = [
    (name, prop, branch)
    for name, schema in sorted(schemas().items())
    for prop, sub in schema.get("properties", {}).items()
    if "oneOf" in sub
    for branch in range(len(sub["oneOf"]))
]


def test_every_schema_has_a_model() -> None:
    exported = set(models.__all__)
    for name, schema in schemas().items():
        if schema.get("type") == "object" or "enum" in schema:
            assert class_name(name) in exported, name
    assert len(OBJECT_SCHEMAS) > 200


@pytest.mark.parametrize("mode", ["full", "minimal", "nulls"])
@pytest.mark.parametrize("name", OBJECT_SCHEMAS)
def test_model_round_trip(name: str, mode: str) -> None:
    example = Examples(mode).build(schemas()[name], name)
    model = getattr(models, class_name(name))
    parsed = model.from_dict(example)
    assert type(parsed) is model
    assert parsed.to_dict() == example
    # from_dict must not consume its argument
    assert model.from_dict(example).to_dict() == example


@pytest.mark.parametrize("name", OBJECT_SCHEMAS)
def test_unknown_fields_are_kept(name: str) -> None:
    schema = schemas()[name]
    example = Examples("full").build(schema, name)
    if EXTRA_KEY not in example:
        pytest.skip("closed or typed map schema")
    parsed = getattr(models, class_name(name)).from_dict(example)
    assert EXTRA_KEY in parsed.additional_keys
    assert parsed[EXTRA_KEY] == example[EXTRA_KEY]


@pytest.mark.parametrize(("name", "prop", "branch"), ONE_OF)
def test_one_of_branches(name: str, prop: str, branch: int) -> None:
    """Each ``oneOf`` option parses to its own class, unless the data also fits an earlier option."""
    options = schemas()[name]["properties"][prop]["oneOf"]
    example = Examples("full", branch=branch).build(schemas()[name], name)
    parsed = getattr(models, class_name(name)).from_dict(example)
    assert parsed.to_dict() == example
    value = getattr(parsed, python_name(prop))
    data = example[prop]
    # The generated union takes the first option the data is valid for (the spec has no
    # discriminators, and some options overlap), so that is the class expected.
    document = {"components": {"schemas": schemas()}}
    fits = [o for o in options if jsonschema.Draft7Validator({**document, **o}).is_valid(data)]
    assert options[branch] in fits  # the example is valid for the option it was built from
    assert type(value).__name__ == class_name(ref_name(fits[0]) or "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-01T12:00:00Z", "2024-05-01T12:00:00+00:00"),
        ("2024-05-01T12:00:00.123456789Z", "2024-05-01T12:00:00.123456+00:00"),
        # RFC 3339 allows a lowercase t and z; the standard library refuses them
        ("2024-05-01t12:00:00z", "2024-05-01T12:00:00+00:00"),
    ],
)
def test_date_time_fields_take_every_rfc_3339_form(text: str, expected: str) -> None:
    from tiledb.client.rest_api.models import APIToken
    from tiledb.client.rest_api.types import parse_datetime

    assert parse_datetime(text).isoformat() == expected
    token = APIToken.from_dict(
        {
            "token_id": "tok_1",
            "name": "n",
            "created_at": text,
            "expires_at": text,
            "api_key": "k",
            "scope": "*",
        }
    )
    assert token.created_at.isoformat() == expected
