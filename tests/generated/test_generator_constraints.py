"""What ``scripts/generate.py`` hands the templates from the spec's constraints: the keyword
arguments of ``types.check_value`` for each parameter and property, ``items`` included."""

from __future__ import annotations

from typing import Any

from _restapi_support import load_script

generate = load_script("generate")

DOCUMENT: dict[str, Any] = {
    "paths": {
        "/v4/things": {
            "get": {
                "operationId": "list_things",
                "parameters": [
                    {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                    {
                        "name": "keys",
                        "in": "query",
                        "schema": {
                            "type": "array",
                            "minItems": 1,
                            "items": {"type": "string", "minLength": 1},
                        },
                    },
                    {
                        "name": "kinds",
                        "in": "query",
                        "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Kind"}},
                    },
                    {
                        "name": "plain",
                        "in": "query",
                        "schema": {"type": "array", "items": {"type": "string"}},
                    },
                    {"name": "body", "in": "cookie", "schema": {"type": "string", "minLength": 1}},
                ],
            }
        }
    },
    "components": {
        "schemas": {
            "Kind": {"type": "string", "pattern": "^[a-z]+$"},
            "Grid": {
                "type": "object",
                "properties": {
                    "rows": {
                        "type": "array",
                        "items": {
                            "type": "array",
                            "items": {"type": "number", "exclusiveMaximum": True, "maximum": 10},
                        },
                    },
                    "tokens": {"type": "array", "items": {"type": "string", "maxLength": 4}},
                    "name": {"type": "string"},
                },
            },
            # An array of itself: the walk into ``items`` ends.
            "Loop": {"type": "object", "properties": {"loops": {"$ref": "#/components/schemas/Loops"}}},
            "Loops": {"type": "array", "items": {"$ref": "#/components/schemas/Loops"}},
        }
    },
}


def test_item_constraints_become_an_items_argument() -> None:
    parameters, models = generate.constraints(DOCUMENT, ["tokens"])
    assert parameters == {
        "list_things": {
            "page": "minimum=1",
            "keys": "min_items=1, items={'min_length': 1}",
            "kinds": "items={'pattern': '^[a-z]+$'}",
        }
    }
    assert models == {
        "/components/schemas/Grid": {
            "rows": "items={'items': {'exclusive_maximum': 10}}",
            "tokens": "items={'max_length': 4, 'secret': True}, secret=True",
        }
    }


def test_the_arguments_are_python_that_check_value_takes() -> None:
    from tiledb.client.rest_api import errors
    from tiledb.client.rest_api.types import check_value

    _, models = generate.constraints(DOCUMENT, [])
    arguments = eval(f"dict({models['/components/schemas/Grid']['rows']})")
    check_value([[9.5]], "rows", **arguments)
    try:
        check_value([[9.5, 10]], "rows", **arguments)
    except errors.ConstraintError as error:
        assert str(error) == "rows[0][1]: must be < 10, got 10"
    else:
        raise AssertionError("10 passed an exclusive maximum of 10")
