"""Requests checked against the spec before any handler runs, and answers checked on demand.

The spec's schemas (OpenAPI 3.0) are turned into JSON Schema once per process (``nullable``
becomes a ``null`` type) and checked with :mod:`jsonschema`; each operation's checks are built on
its first request and kept. A refusal is a :class:`RequestInvalid` naming the field (``body.scope``,
``query.per_page``, ``path.workspace``, ``header.Range``) and the rule it breaks (``enum``,
``type``, ``maxLength``, ...), never the value itself: a refused password must not be echoed.

Query, path and header values arrive as text; they are read as the parameter's schema types them
(an integer from digits, a boolean from ``true``/``false``, an array from the repeated parameter)
before the schema's own rules are checked.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import jsonschema
from jsonschema.exceptions import ValidationError

from .spec import Operation, Parameter, Spec

__all__ = ["MAX_DEPTH", "AnswerChecker", "RequestChecker", "RequestInvalid", "parse_json"]

#: How deeply a JSON body may nest (a deployment's parsers stop far earlier than Python's stack).
MAX_DEPTH = 64

_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
# Any whole number a schema allows (Python's own limit on digits is 4300).
_INTEGER = re.compile(r"^-?\d{1,4000}$")
_NUMBER = re.compile(r"^-?\d{1,4000}(\.\d+)?([eE][+-]?\d{1,4})?$")

_FORMATS = jsonschema.FormatChecker(formats=())


@_FORMATS.checks("date-time", raises=ValueError)
def _is_datetime(value: object) -> bool:
    """RFC 3339 ``date-time``: a date, ``T``, a time and an offset (``Z`` or ``+hh:mm``)."""
    if not isinstance(value, str):
        return True
    if not _DATETIME.match(value):
        return False
    datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    return True


class RequestInvalid(Exception):
    """A request that breaks the spec: answered 400 with the spec's ``Error`` body."""

    def __init__(self, field: str, rule: str, text: str) -> None:
        super().__init__(f"invalid request: {field}: {text} ({rule})")
        self.field = field
        self.rule = rule
        self.text = text
        self.message = str(self)

    def error_body(self, request_id: str) -> dict[str, Any]:
        """The spec's ``Error`` document, with a ``validation_error`` naming the field."""
        return {
            "code": 400,
            "message": self.message,
            "request_id": request_id,
            "validation_error": {"fields": [{"field": self.field, "message": f"{self.text} ({self.rule})"}]},
        }


# ------------------------------------------------------------- JSON parsing
def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number {text[:20]}... is out of range")
    return value


def _depth(value: Any) -> int:
    """How deeply ``value`` nests (iteratively: no recursion however deep)."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, dict):
            node = list(node.values())
        if isinstance(node, list):
            deepest = max(deepest, level)
            if level > MAX_DEPTH:
                return level
            stack.extend((child, level + 1) for child in node)
    return deepest


def parse_json(body: bytes) -> Any:
    """Parse a request body; a body that is not plain, finite, shallow JSON is a :class:`RequestInvalid`."""
    try:
        value = json.loads(body, parse_constant=_no_constant, parse_float=_finite)
    except RecursionError:
        raise RequestInvalid("body", "depth", f"JSON nested deeper than {MAX_DEPTH} levels") from None
    except ValueError as exc:  # also invalid UTF-8 and integers of too many digits
        text = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise RequestInvalid("body", "json", f"not valid JSON: {text}") from None
    if _depth(value) > MAX_DEPTH:
        raise RequestInvalid("body", "depth", f"JSON nested deeper than {MAX_DEPTH} levels")
    return value


# ------------------------------------------------------ schema conversion
def _convert(schema: Any) -> Any:
    """OpenAPI 3.0 schema -> JSON Schema: ``nullable`` becomes a ``null`` type.

    Only schema keywords are walked, so properties named ``type`` or ``nullable`` stay intact.
    """
    if not isinstance(schema, Mapping):
        return schema
    out = {k: v for k, v in schema.items() if k not in ("example", "description", "x-enum-varnames")}
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
    return out


@functools.cache
def _components(spec: Spec) -> dict[str, Any]:
    return {"schemas": {name: _convert(sub) for name, sub in spec.schemas.items()}}


def _inline(node: Any, schemas: Mapping[str, Any], stack: tuple[str, ...] = ()) -> Any:
    """``node`` with each ``$ref`` replaced by its target (a recursive one is left as it is).

    Resolving a reference is most of what jsonschema spends on a large answer; inlined once, a
    listing of a thousand assets is checked several times faster.
    """
    if isinstance(node, list):
        return [_inline(item, schemas, stack) for item in node]
    if not isinstance(node, Mapping):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        name = ref.rpartition("/")[2]
        if name in stack or name not in schemas:
            return node
        return _inline(schemas[name], schemas, (*stack, name))
    out = {}
    for key, value in node.items():
        if key in ("properties", "patternProperties", "definitions") and isinstance(value, Mapping):
            out[key] = {name: _inline(sub, schemas, stack) for name, sub in value.items()}
        elif key in ("enum", "required", "const", "default", "example"):
            out[key] = value
        else:
            out[key] = _inline(value, schemas, stack)
    return out


def _validator(spec: Spec, schema: Mapping[str, Any]) -> jsonschema.Draft4Validator:
    # Draft 4 is what OpenAPI 3.0 schemas follow (boolean exclusiveMinimum, $ref siblings ignored).
    components = _components(spec)
    document = {**_inline(_convert(schema), components["schemas"]), "components": components}
    return jsonschema.Draft4Validator(document, format_checker=_FORMATS)


def _describe(error: ValidationError) -> tuple[str, str, str]:
    """``(path below the root, rule, text)`` of one violation, without the offending value."""
    path = [str(p) for p in error.absolute_path]
    rule = str(error.validator)
    expected = error.validator_value
    if rule == "required":
        missing = re.search(r"'([^']*)' is a required property", error.message)
        if missing:
            return ".".join([*path, missing.group(1)]), rule, "is required"
    texts = {
        "type": f"must be of type {expected}",
        "enum": f"must be one of {expected}",
        "maxLength": f"must be at most {expected} characters long",
        "minLength": f"must be at least {expected} characters long",
        "maximum": f"must be at most {expected}",
        "minimum": f"must be at least {expected}",
        "maxItems": f"must have at most {expected} items",
        "minItems": f"must have at least {expected} items",
        "format": f"must be a {expected} string",
        "pattern": f"must match {expected}",
        "additionalProperties": error.message,
        "oneOf": "must match exactly one of the allowed shapes",
        "anyOf": "must match one of the allowed shapes",
    }
    return ".".join(path), rule, texts.get(rule, f"breaks the {rule} rule")


def _first(errors: list[ValidationError]) -> ValidationError:
    best: ValidationError | None = jsonschema.exceptions.best_match(errors)
    assert best is not None
    return best


# ------------------------------------------------------------ parameters
_BOOLEANS = {"true": True, "false": False}


def _read(text: str, kind: Any) -> Any:
    """A parameter's text as its schema's ``type``; ``text`` itself when it cannot be read so."""
    if kind == "integer" and _INTEGER.match(text):
        return int(text)
    if kind == "number" and _NUMBER.match(text):
        value = float(text)
        return value if math.isfinite(value) else text
    if kind == "boolean" and text in _BOOLEANS:
        return _BOOLEANS[text]
    return text


@dataclass(frozen=True)
class _ParamCheck:
    param: Parameter
    field: str
    kind: Any
    item_kind: Any
    validator: jsonschema.Draft4Validator


class _OperationChecks:
    """The compiled checks of one operation."""

    def __init__(self, spec: Spec, op: Operation) -> None:
        self.params: list[_ParamCheck] = []
        for param in op.parameters:
            schema = spec.resolve(param.schema) if param.schema else {}
            items = spec.resolve(schema.get("items", {})) if schema.get("type") == "array" else {}
            self.params.append(
                _ParamCheck(
                    param,
                    f"{param.location}.{param.name}",
                    schema.get("type"),
                    items.get("type"),
                    _validator(spec, param.schema or {}),
                )
            )
        body_schema = spec.resolve(op.request_schema) if op.request_schema is not None else None
        self.json_body = (
            body_schema is not None
            and (op.request_content_type or "").endswith("json")
            and body_schema.get("format") != "binary"
        )
        self.body = _validator(spec, op.request_schema) if self.json_body and op.request_schema else None
        self.required_body = op.request_required


class RequestChecker:
    """Checks requests against one :class:`Spec`, compiling each operation's checks on first use."""

    def __init__(self, spec: Spec) -> None:
        self._spec = spec
        self._checks: dict[str, _OperationChecks] = {}

    def _for(self, op: Operation) -> _OperationChecks:
        checks = self._checks.get(op.operation_id)
        if checks is None:
            checks = self._checks[op.operation_id] = _OperationChecks(self._spec, op)
        return checks

    def parameters(
        self,
        op: Operation,
        path: Mapping[str, str],
        query: Any,
        headers: Mapping[str, str],
    ) -> None:
        """Check the path, query and header parameters (``query`` a multi-dict with ``getlist``)."""
        for check in self._for(op).params:
            param = check.param
            if param.location == "path":
                values = [path[param.name]] if param.name in path else []
            elif param.location == "query":
                values = query.getlist(param.name)
            elif param.location == "header":
                values = [headers[param.name]] if param.name in headers else []
            else:
                continue
            if param.allow_empty and values == [""]:
                continue  # a flag such as S3's ``?uploads``: present, without a value
            if not values:
                if param.required:
                    raise RequestInvalid(check.field, "required", "is required")
                continue
            if check.kind == "array":
                value: Any = [_read(v, check.item_kind) for v in values]
            else:
                if len(values) > 1:
                    raise RequestInvalid(check.field, "type", "must be given once")
                value = _read(values[0], check.kind)
            errors = list(check.validator.iter_errors(value))
            if errors:
                where, rule, text = _describe(_first(errors))
                field = check.field + (f"[{where}]" if where else "")
                raise RequestInvalid(field, rule, text)

    def takes_json(self, op: Operation) -> bool:
        """Whether the operation's request body is a JSON document."""
        return self._for(op).json_body

    def body(self, op: Operation, raw: bytes) -> Any:
        """Parse and check a JSON request body; ``None`` when there is none (and none is required)."""
        checks = self._for(op)
        if not checks.json_body:
            return None
        if not raw.strip():
            if checks.required_body:
                raise RequestInvalid("body", "required", "a JSON request body is required")
            return None
        value = parse_json(raw)
        if checks.body is not None:
            errors = list(checks.body.iter_errors(value))
            if errors:
                where, rule, text = _describe(_first(errors))
                raise RequestInvalid("body" + (f".{where}" if where else ""), rule, text)
        return value


def _shape(value: Any) -> Any:
    """The structure of a JSON value: its keys and the types of its leaves, not their values."""
    if isinstance(value, dict):
        return tuple(sorted((k, _shape(v)) for k, v in value.items()))
    if isinstance(value, list):
        return ("list", tuple(sorted({repr(_shape(v)) for v in value})))
    return type(value).__name__


def _sample(value: Any, per_shape: int = 3) -> Any:
    """``value`` with each list cut to a few items of every shape it holds.

    The items of a listing come from one serializer: checking every shape a few times finds what
    checking a thousand items would, at a fraction of jsonschema's cost.
    """
    if isinstance(value, dict):
        return {k: _sample(v, per_shape) for k, v in value.items()}
    if isinstance(value, list):
        kept: list[Any] = []
        seen: dict[Any, int] = {}
        for item in value:
            key = _shape(item)
            if seen.get(key, 0) < per_shape:
                seen[key] = seen.get(key, 0) + 1
                kept.append(_sample(item, per_shape))
        return kept
    return value


class AnswerChecker:
    """Checks JSON answers against the spec's response schema for their status (lists sampled by
    shape: a few items of each)."""

    def __init__(self, spec: Spec) -> None:
        self._spec = spec
        self._validators: dict[tuple[str, int], jsonschema.Draft4Validator | None] = {}

    def problems(self, op: Operation, status: int, content_type: str | None, body: bytes) -> list[str]:
        """What is wrong with one answer (empty when it conforms)."""
        key = (op.operation_id, status)
        if key not in self._validators:
            documented = op.responses.get(status)
            if documented is None:
                self._validators[key] = None
                if status < 400:
                    return [f"{op.operation_id}: status {status} is not documented"]
            else:
                ctype, schema = documented
                json_answer = bool(ctype and ctype.split(";")[0].endswith("json"))
                self._validators[key] = _validator(self._spec, schema) if json_answer and schema else None
        validator = self._validators[key]
        media = (content_type or "").split(";")[0].strip()
        if validator is None or not media.endswith("json"):
            return []
        # NDJSON (the Delta Sharing queries) is one JSON document a line, each of the schema.
        ndjson = media == "application/x-ndjson"
        lines = [line for line in body.splitlines() if line.strip()] if ndjson else [body]
        out = []
        for line in lines:
            try:
                value = json.loads(line)
            except ValueError:
                return [f"{op.operation_id} {status}: the answer is not JSON"]
            for error in validator.iter_errors(_sample(value)):
                where = "/".join(str(p) for p in error.absolute_path) or "<root>"
                out.append(f"{op.operation_id} {status}: {where}: {error.message[:300]}")
        return out
