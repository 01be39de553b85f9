"""Every constraint the spec states is checked by the generated layer before anything is sent.

The spec is walked here on its own (not through ``scripts/generate.py``): for every path, query and
header parameter with a length, pattern, bound or item count, the Api method refuses a value on the
wrong side of each rule with ``errors.ConstraintError`` (a ``ValueError``) and sends nothing, and a
value at the bound goes out. For every model property with one, building the model refuses it,
while ``from_dict`` (an answer) and a plain ``to_dict()`` never do. A constraint added to the spec is
covered without a new test.
"""

from __future__ import annotations

import re
from typing import Any

import attrs
import pytest
from _restapi_support import (
    Examples,
    LoopbackServer,
    Operation,
    Param,
    build_call,
    class_name,
    operations,
    python_name,
    resolve,
    schemas,
    success_reply,
)
from tiledb.client.rest_api import api as api_package
from tiledb.client.rest_api import errors, models
from tiledb.client.rest_api.client import Client
from tiledb.client.rest_api.types import REQUEST_BODY

RULES = ("minLength", "maxLength", "pattern", "minimum", "maximum", "minItems", "maxItems")
# Strings tried, in turn, for one that a pattern refuses.
PATTERN_MISFITS = ("", ".", "..", "a/b", " ", "\n", "-", "0", "a" * 300, "\u00e9")


def _violations(schema: Any) -> list[tuple[str, Any]]:
    """``(rule, value)`` for each rule of ``schema``: a value just on the wrong side of it."""
    found: list[tuple[str, Any]] = []
    if "minLength" in schema and schema["minLength"] > 0:
        found.append(("minLength", "a" * (schema["minLength"] - 1)))
    if "maxLength" in schema:
        found.append(("maxLength", "a" * (schema["maxLength"] + 1)))
    if "pattern" in schema:
        misfit = next((s for s in PATTERN_MISFITS if re.search(schema["pattern"], s) is None), None)
        assert misfit is not None, f"no string here breaks the pattern {schema['pattern']!r}: add one"
        found.append(("pattern", misfit))
    if "minimum" in schema:
        step = 0 if schema.get("exclusiveMinimum") is True else 1
        found.append(("minimum", schema["minimum"] - step))
    if "maximum" in schema:
        step = 0 if schema.get("exclusiveMaximum") is True else 1
        found.append(("maximum", schema["maximum"] + step))
    if "minItems" in schema and schema["minItems"] > 0:
        found.append(("minItems", ["a"] * (schema["minItems"] - 1)))
    if "maxItems" in schema:
        found.append(("maxItems", ["a"] * (schema["maxItems"] + 1)))
    return found


def _at_bounds(schema: Any) -> list[Any]:
    """Values exactly at each bound of ``schema`` (allowed)."""
    values: list[Any] = []
    for rule in ("minimum", "maximum"):
        if rule in schema and schema.get("exclusive" + rule.title()) is not True:
            values.append(schema[rule])
    for rule in ("minLength", "maxLength"):
        if rule in schema and "pattern" not in schema:
            values.append("a" * schema[rule])
    for rule in ("minItems", "maxItems"):
        if rule in schema:
            values.append([f"item{i}" for i in range(schema[rule])])
    return values


CONSTRAINED_PARAMETERS = [
    pytest.param(op, p, id=f"{op.op_id}-{p.name}")
    for op in operations()
    for p in op.parameters
    if any(rule in resolve(p.schema) for rule in RULES)
]
CONSTRAINED_PROPERTIES = [
    pytest.param(name, prop, id=f"{name}.{prop}")
    for name, schema in schemas().items()
    for prop, prop_schema in (schema.get("properties") or {}).items()
    if any(rule in resolve(prop_schema) for rule in RULES)
]


def test_the_spec_has_constraints_to_walk() -> None:
    # Guards the walk itself: page numbers, the workspace name limit and the rename pattern at least.
    ids = {p.id for p in CONSTRAINED_PARAMETERS} | {p.id for p in CONSTRAINED_PROPERTIES}
    assert {"list_assets-page", "folder_list-list-type", "WorkspaceCreateRequest.name"} <= ids
    assert "AssetUpdateRequest.name" in ids


def _call(client: Client, op: Operation, param: Param, value: Any) -> Any:
    call = build_call(op)
    args, kwargs = list(call.args), dict(call.kwargs)
    if param.required:
        args[op.positional.index(param.python_name)] = value
    else:
        kwargs[param.python_name] = value
    api = getattr(api_package, op.api_class)(client)
    return getattr(api, op.op_id)(*args, **kwargs)


@pytest.mark.parametrize(("op", "param"), CONSTRAINED_PARAMETERS)
def test_a_parameter_breaking_a_rule_is_refused_before_sending(
    op: Operation, param: Param, client: Client, server: LoopbackServer
) -> None:
    schema = resolve(param.schema)
    violations = _violations(schema)
    assert violations, f"{op.op_id} {param.name}: no value breaks {schema}"
    for rule, value in violations:
        with pytest.raises(errors.ConstraintError) as info:
            _call(client, op, param, value)
        assert isinstance(info.value, ValueError)
        assert str(info.value).startswith(f"{param.python_name}: "), (rule, str(info.value))
        assert info.value.field == param.python_name
    assert server.requests == []


@pytest.mark.parametrize(("op", "param"), CONSTRAINED_PARAMETERS)
def test_a_parameter_at_its_bound_is_sent(
    op: Operation, param: Param, client: Client, server: LoopbackServer
) -> None:
    reply, _ = success_reply(op)
    server.responder = lambda request: reply
    values = _at_bounds(resolve(param.schema))
    for value in values:
        _call(client, op, param, value)
    assert len(server.requests) == len(values)


@pytest.mark.parametrize(("schema_name", "prop"), CONSTRAINED_PROPERTIES)
def test_a_model_field_breaking_a_rule_is_refused_when_built_or_sent_never_when_parsed(
    schema_name: str, prop: str
) -> None:
    model = getattr(models, class_name(schema_name))
    example = Examples().build(schemas()[schema_name], schema_name)
    valid = model.from_dict(example)
    field = python_name(prop)
    prop_schema = resolve(schemas()[schema_name]["properties"][prop])
    for _rule, value in _violations(prop_schema):
        with pytest.raises(errors.ConstraintError) as info:
            attrs.evolve(valid, **{field: value})
        assert info.value.field == f"{model.__name__}.{field}"
        # An answer carrying the value parses, and converts back, untouched.
        parsed = model.from_dict({**example, prop: value})
        assert getattr(parsed, field) == value
        assert parsed.to_dict()[prop] == value
        # Sent as a request body, it is refused.
        token = REQUEST_BODY.set(True)
        try:
            with pytest.raises(errors.ConstraintError):
                parsed.to_dict()
        finally:
            REQUEST_BODY.reset(token)
    for value in _at_bounds(prop_schema):
        assert getattr(attrs.evolve(valid, **{field: value}), field) == value
