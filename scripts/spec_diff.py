"""What changed between two versions of an OpenAPI 3.0 spec, judged from the client's side.

Pure functions, no I/O: :func:`compare` takes two specs already loaded into dicts and returns a list
of :class:`Change` records; :func:`render` turns that list into the Markdown of ``openapi/CHANGES.md``
(``scripts/generate.py`` reads the files and writes the report).

What is compared:

* operations (keyed by ``operationId``): added, removed, moved to another path or method, moved to
  another tag (the generated method moves to another ``<Tag>Api`` class), newly deprecated;
* their parameters (keyed by location and name, path-level ones included): added, removed, made
  required or optional, retyped, inline enum values;
* request bodies: added, removed, made required or optional, content types, the schema per content
  type; responses: status codes, content types, the schema per content type;
* component schemas (keyed by name): added, removed, retyped; their properties added, removed, made
  required or optional, retyped, made nullable or not; enum values added and removed, and the
  Python member name of a kept value changed (by ``x-enum-varnames`` or the generator's own rule).
  Inline schemas (a property holding an object, array items, map values, an inline body or
  parameter schema) are compared the same way, however deep.

A ``$ref`` is compared by the name it points at: a property that still refers to ``Asset`` has not
changed even when ``Asset`` has, because ``Asset``'s own changes are listed under ``Asset``. The
parameters, bodies and responses an operation takes by ``$ref`` from ``components`` are looked up
by name before comparing. A type is summarised as text (``string (date-time)``, ``array of Asset``,
``map of integer``, ``A | B``) and two different texts mean a retyped value. ``allOf`` is only
compared as such a text; its members' properties are not merged.

Each record says how a client of the API is affected (:class:`Impact`): a change that can break
code written against the old generated client, or its behaviour against the new server, is
breaking (an operation, parameter, property or enum value removed; a retyped value; a new required
parameter or body; a request property that became required; a response property that became
optional or nullable). Whether a schema is sent, received or both is worked out from the
operations that reach it through ``$ref``s (in either version); a schema no operation reaches
counts as both. An enum value added to a schema that answers carry is not breaking but noteworthy:
an older client receives a value it does not know (the generated enums keep it as an ``UNKNOWN``
member instead of failing). The rest is compatible.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

__all__ = ["Change", "Impact", "Kind", "compare", "render"]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
REQUEST = "request"
RESPONSE = "response"
BOTH = frozenset({REQUEST, RESPONSE})

Node = Mapping[str, Any]
Use = frozenset[str]


class Impact(StrEnum):
    """How a change affects clients, from worst to harmless."""

    BREAKING = "breaking"
    NOTEWORTHY = "noteworthy"
    COMPATIBLE = "compatible"


class Kind(StrEnum):
    """What kind of change a record describes (its value is the wording used in the report)."""

    VERSION_CHANGED = "spec version changed"
    OPERATION_ADDED = "operation added"
    OPERATION_REMOVED = "operation removed"
    OPERATION_MOVED = "path or method changed"
    OPERATION_RETAGGED = "tag changed"
    OPERATION_DEPRECATED = "deprecated"
    PARAMETER_ADDED = "parameter added"
    PARAMETER_REMOVED = "parameter removed"
    PARAMETER_REQUIRED = "parameter made required"
    PARAMETER_OPTIONAL = "parameter made optional"
    BODY_ADDED = "request body added"
    BODY_REMOVED = "request body removed"
    BODY_REQUIRED = "request body made required"
    BODY_OPTIONAL = "request body made optional"
    RESPONSE_ADDED = "response added"
    RESPONSE_REMOVED = "response removed"
    CONTENT_TYPE_ADDED = "content type added"
    CONTENT_TYPE_REMOVED = "content type removed"
    SCHEMA_ADDED = "schema added"
    SCHEMA_REMOVED = "schema removed"
    PROPERTY_ADDED = "property added"
    PROPERTY_REMOVED = "property removed"
    PROPERTY_REQUIRED = "property made required"
    PROPERTY_OPTIONAL = "property made optional"
    RETYPED = "retyped"
    MADE_NULLABLE = "made nullable"
    MADE_NOT_NULLABLE = "no longer nullable"
    ENUM_VALUE_ADDED = "enum value added"
    ENUM_VALUE_REMOVED = "enum value removed"
    ENUM_NAMES_CHANGED = "enum member names changed"


@dataclass(frozen=True)
class Change:
    """One difference: its impact on clients, its kind, what it is about and an optional detail.

    ``subject`` names the thing changed: an operation id (``list_tokens``), a parameter
    (``list_tokens(type)``), a body or response (``create_token body``, ``get_asset response 200``),
    a schema (``Asset``) or one of its properties (``Asset.path``; ``X.p[]`` for array items and
    ``X.p{}`` for map values of an inline schema).
    """

    impact: Impact
    kind: Kind
    subject: str
    detail: str = ""

    @property
    def breaking(self) -> bool:
        """Whether code written against the old client may fail against the new one."""
        return self.impact is Impact.BREAKING

    def markdown(self) -> str:
        """The report's line for this change (without the list bullet)."""
        mark = {
            Impact.BREAKING: "**breaking**",
            Impact.NOTEWORTHY: "noteworthy",
            Impact.COMPATIBLE: "not breaking",
        }[self.impact]
        detail = f" ({self.detail})" if self.detail else ""
        return f"{mark}: `{self.subject}`: {self.kind.value}{detail}"


# -- reading a spec ----------------------------------------------------------------------------------


def _map(value: object) -> Node:
    """``value`` when it is a mapping, else an empty one (a missing or malformed part of a spec)."""
    return value if isinstance(value, Mapping) else {}


def _list(value: object) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else []


def _ref_name(ref: object) -> str:
    """The name a ``$ref`` points at: ``#/components/schemas/Asset`` -> ``Asset``."""
    return str(ref).rsplit("/", 1)[-1]


def _resolve(spec: Node, node: object) -> Node:
    """``node`` with a ``$ref`` to another part of the document replaced by that part (by name).

    Used for parameters, request bodies and responses, never for schemas (those are compared by
    name). A reference that leads nowhere, or in a circle, resolves to an empty mapping.
    """
    current = _map(node)
    for _ in range(16):
        ref = current.get("$ref")
        if not isinstance(ref, str):
            return current
        target: object = spec
        for part in ref.removeprefix("#/").split("/"):
            target = _map(target).get(part.replace("~1", "/").replace("~0", "~"))
        current = _map(target)
    return {}


@dataclass(frozen=True)
class _Operation:
    """One operation: where it lives, its node in the spec, and its parameters by (location, name)."""

    method: str
    path: str
    node: Node
    parameters: dict[tuple[str, str], Node] = field(default_factory=dict)

    @property
    def where(self) -> str:
        return f"{self.method.upper()} {self.path}"


def _operations(spec: Node) -> dict[str, _Operation]:
    """The operations of ``spec`` by ``operationId`` (``"METHOD path"`` for one without an id)."""
    found: dict[str, _Operation] = {}
    for path, item in _map(spec.get("paths")).items():
        shared = _list(_map(item).get("parameters"))
        for method in HTTP_METHODS:
            node = _map(_map(item).get(method))
            if not node:
                continue
            parameters: dict[tuple[str, str], Node] = {}
            for raw in [*shared, *_list(node.get("parameters"))]:  # the operation's own win
                parameter = _resolve(spec, raw)
                parameters[(str(parameter.get("in")), str(parameter.get("name")))] = parameter
            key = str(node.get("operationId") or f"{method.upper()} {path}")
            found[key] = _Operation(method, str(path), node, parameters)
    return found


def _schemas(spec: Node) -> Node:
    return _map(_map(spec.get("components")).get("schemas"))


def _refs(node: object) -> Iterator[str]:
    """The names of the component schemas referred to anywhere inside ``node``."""
    if isinstance(node, Mapping):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith("#/components/schemas/"):
                yield _ref_name(value)
            else:
                yield from _refs(value)
    elif isinstance(node, list | tuple):
        for value in node:
            yield from _refs(value)


def _schema_use(spec: Node) -> dict[str, set[str]]:
    """For each component schema, whether requests (``"request"``), answers or both carry it."""
    roots: dict[str, set[str]] = {REQUEST: set(), RESPONSE: set()}
    for operation in _operations(spec).values():
        for parameter in operation.parameters.values():
            roots[REQUEST].update(_refs(parameter.get("schema")))
        roots[REQUEST].update(_refs(_resolve(spec, operation.node.get("requestBody")).get("content")))
        for response in _map(operation.node.get("responses")).values():
            resolved = _resolve(spec, response)
            roots[RESPONSE].update(_refs(resolved.get("content")))
            roots[RESPONSE].update(_refs(resolved.get("headers")))
    schemas = _schemas(spec)
    use: dict[str, set[str]] = {}
    for direction, names in roots.items():
        pending = list(names)
        while pending:
            name = pending.pop()
            if direction in use.setdefault(name, set()):
                continue
            use[name].add(direction)
            pending.extend(_refs(schemas.get(name)))
    return use


# -- describing schemas ------------------------------------------------------------------------------


def _type_text(schema: object) -> str:
    """A short text for the type a schema describes; two different texts mean a retyped value.

    ``nullable``, the ``enum`` values, descriptions and validation keywords are left out (the first
    two are compared on their own); only whether there is an ``enum`` at all counts.
    """
    node = _map(schema)
    if "$ref" in node:
        return _ref_name(node["$ref"])
    for key, joint in (("oneOf", " | "), ("anyOf", " | "), ("allOf", " & ")):
        if key in node:
            return joint.join(_type_text(member) for member in _list(node[key])) or "any"
    kind = node.get("type")
    if kind == "array":
        return f"array of {_type_text(node.get('items'))}"
    if kind == "object" or "properties" in node or "additionalProperties" in node:
        extra = node.get("additionalProperties")
        if not node.get("properties") and isinstance(extra, Mapping):
            return f"map of {_type_text(extra)}"
        return "object"
    text = "any" if kind is None else str(kind)
    if node.get("format"):
        text += f" ({node['format']})"
    # An enum is a type of its own in Python (a free string becoming one is retyped), and its
    # values are compared separately.
    return f"{text} enum" if "enum" in node else text


def _show(value: object) -> str:
    """A value for the report, in backticks (strings as they are, anything else as JSON)."""
    text = value if isinstance(value, str) else json.dumps(value)
    return f"`{text}`"


def _enum(schema: Node) -> list[Any]:
    return _list(schema.get("enum"))


def _member_names(schema: Node) -> dict[str, str]:
    """The Python member name of each value of an enum (keyed by the value as JSON).

    Worked out the way the pinned openapi-python-client (0.29) names members: from
    ``x-enum-varnames`` when it has one name per value, else the value in capitals for a string
    starting with a letter, ``VALUE_<position>`` for another string, ``VALUE_<n>`` for an integer;
    then only letters, digits and ``_`` are kept, with ``.``, ``-`` and spaces turned into ``_``.
    So moving ``"*"`` to another position renames its member too.
    """
    values = _enum(schema)
    given = [str(name) for name in _list(schema.get("x-enum-varnames"))]
    explicit = len(given) == len(values)
    names: dict[str, str] = {}
    for position, value in enumerate(values):
        if explicit:
            key = given[position]
        elif isinstance(value, int) and not isinstance(value, bool):
            key = f"VALUE_{value}" if value >= 0 else f"VALUE_NEGATIVE_{-value}"
        elif isinstance(value, str) and value[:1].isalpha():
            key = value.upper()
        else:
            key = f"VALUE_{position}"
        names[json.dumps(value)] = _constant_name(key)
    return names


def _constant_name(key: str) -> str:
    """``snake_case(key).upper()`` as the generator writes it (camelCase words split apart)."""
    kept = "".join(c for c in key if c.isidentifier() or c.isdecimal() or c in ". _-")
    if any(c.isupper() for c in kept):
        kept = " ".join(re.split("([A-Z]?[a-z]+)", kept))
    return "_".join(re.findall(r"[^. _-]+", kept)).upper()


def _renamed(removed: Mapping[str, str], added: Mapping[str, str]) -> dict[str, str]:
    """A guess at a rename: one name gone and one new of the same type -> {old: new}."""
    if len(removed) == 1 and len(added) == 1:
        (old, old_type), (new, new_type) = next(iter(removed.items())), next(iter(added.items()))
        if old_type == new_type:
            return {old: new}
    return {}


# -- comparing ---------------------------------------------------------------------------------------


class _Comparison:
    """The state of one :func:`compare` run: both specs, their schema use and the records so far."""

    def __init__(self, old: Node, new: Node) -> None:
        self.old = old
        self.new = new
        self.changes: list[Change] = []
        old_use, new_use = _schema_use(old), _schema_use(new)
        self.use: dict[str, Use] = {
            name: frozenset(old_use.get(name, set()) | new_use.get(name, set()))
            for name in {*old_use, *new_use}
        }

    def add(self, impact: Impact, kind: Kind, subject: str, detail: str = "") -> None:
        self.changes.append(Change(impact, kind, subject, detail))

    # -- schemas -----------------------------------------------------------------------------------

    def schema(self, subject: str, old: Node, new: Node, use: Use) -> None:
        """Compare one schema (a component, a property's, a parameter's, a body's, ...)."""
        reads, writes = RESPONSE in use, REQUEST in use
        old_type, new_type = _type_text(old), _type_text(new)
        if old_type != new_type:
            self.add(Impact.BREAKING, Kind.RETYPED, subject, f"`{old_type}` → `{new_type}`")
            return
        was_nullable, is_nullable = bool(old.get("nullable")), bool(new.get("nullable"))
        if is_nullable and not was_nullable:
            self.add(Impact.BREAKING if reads else Impact.COMPATIBLE, Kind.MADE_NULLABLE, subject)
        elif was_nullable and not is_nullable:
            self.add(Impact.BREAKING if writes else Impact.COMPATIBLE, Kind.MADE_NOT_NULLABLE, subject)
        self.enum(subject, old, new, reads)
        self.properties(subject, old, new, use)
        for key, suffix in (("items", "[]"), ("additionalProperties", "{}")):
            old_part, new_part = old.get(key), new.get(key)
            if isinstance(old_part, Mapping) and isinstance(new_part, Mapping):
                self.schema(f"{subject}{suffix}", old_part, new_part, use)

    def enum(self, subject: str, old: Node, new: Node, reads: bool) -> None:
        old_values, new_values = _enum(old), _enum(new)
        for value in old_values:
            if value not in new_values:
                self.add(Impact.BREAKING, Kind.ENUM_VALUE_REMOVED, subject, _show(value))
        for value in new_values:
            if value not in old_values:
                if reads:
                    detail = f"{_show(value)}; answers may carry it, older clients read it as unknown"
                    self.add(Impact.NOTEWORTHY, Kind.ENUM_VALUE_ADDED, subject, detail)
                else:
                    self.add(Impact.COMPATIBLE, Kind.ENUM_VALUE_ADDED, subject, _show(value))
        if old_values and new_values:
            old_names, new_names = _member_names(old), _member_names(new)
            kept = [json.dumps(value) for value in new_values if value in old_values]
            moved = [key for key in kept if old_names.get(key) != new_names.get(key)]
            if moved:
                detail = ", ".join(f"{old_names[key]} → {new_names[key]}" for key in moved)
                self.add(Impact.BREAKING, Kind.ENUM_NAMES_CHANGED, subject, detail)

    def properties(self, subject: str, old: Node, new: Node, use: Use) -> None:
        reads, writes = RESPONSE in use, REQUEST in use
        old_props, new_props = _map(old.get("properties")), _map(new.get("properties"))
        old_required = {str(name) for name in _list(old.get("required"))}
        new_required = {str(name) for name in _list(new.get("required"))}
        removed = {name: _type_text(old_props[name]) for name in old_props if name not in new_props}
        added = {name: _type_text(new_props[name]) for name in new_props if name not in old_props}
        renamed = _renamed(removed, added)
        for name in removed:
            detail = f"perhaps renamed to `{renamed[name]}`" if name in renamed else ""
            self.add(Impact.BREAKING, Kind.PROPERTY_REMOVED, f"{subject}.{name}", detail)
        for name, type_text in added.items():
            required = name in new_required
            impact = Impact.BREAKING if required and writes else Impact.COMPATIBLE
            detail = f"`{type_text}`, {'required' if required else 'optional'}"
            self.add(impact, Kind.PROPERTY_ADDED, f"{subject}.{name}", detail)
        for name in old_props:
            if name not in new_props:
                continue
            where = f"{subject}.{name}"
            if name in new_required and name not in old_required:
                self.add(Impact.BREAKING if writes else Impact.COMPATIBLE, Kind.PROPERTY_REQUIRED, where)
            elif name in old_required and name not in new_required:
                self.add(Impact.BREAKING if reads else Impact.COMPATIBLE, Kind.PROPERTY_OPTIONAL, where)
            self.schema(where, _map(old_props[name]), _map(new_props[name]), use)

    def components(self) -> None:
        old_schemas, new_schemas = _schemas(self.old), _schemas(self.new)
        for name in sorted(old_schemas.keys() - new_schemas.keys()):
            self.add(Impact.BREAKING, Kind.SCHEMA_REMOVED, name)
        for name in sorted(new_schemas.keys() - old_schemas.keys()):
            self.add(Impact.COMPATIBLE, Kind.SCHEMA_ADDED, name)
        for name in sorted(old_schemas.keys() & new_schemas.keys()):
            use = self.use.get(name) or BOTH
            self.schema(name, _map(old_schemas[name]), _map(new_schemas[name]), use)

    # -- operations --------------------------------------------------------------------------------

    def operations(self) -> None:
        old_ops, new_ops = _operations(self.old), _operations(self.new)
        for key in sorted(old_ops.keys() - new_ops.keys()):
            self.add(Impact.BREAKING, Kind.OPERATION_REMOVED, key, f"was `{old_ops[key].where}`")
        for key in sorted(new_ops.keys() - old_ops.keys()):
            self.add(Impact.COMPATIBLE, Kind.OPERATION_ADDED, key, f"`{new_ops[key].where}`")
        for key in sorted(old_ops.keys() & new_ops.keys()):
            self.operation(key, old_ops[key], new_ops[key])

    def operation(self, key: str, old: _Operation, new: _Operation) -> None:
        if old.where != new.where:
            self.add(Impact.COMPATIBLE, Kind.OPERATION_MOVED, key, f"`{old.where}` → `{new.where}`")
        old_tag, new_tag = (_list(op.node.get("tags"))[:1] for op in (old, new))
        if old_tag != new_tag:
            before, after = (f"`{tag[0]}`" if tag else "none" for tag in (old_tag, new_tag))
            detail = f"{before} → {after}: the method moves to another Api class"
            self.add(Impact.BREAKING, Kind.OPERATION_RETAGGED, key, detail)
        if new.node.get("deprecated") and not old.node.get("deprecated"):
            self.add(Impact.NOTEWORTHY, Kind.OPERATION_DEPRECATED, key)
        self.parameters(key, old, new)
        self.body(
            key,
            _resolve(self.old, old.node.get("requestBody")),
            _resolve(self.new, new.node.get("requestBody")),
        )
        self.responses(key, _map(old.node.get("responses")), _map(new.node.get("responses")))

    def parameters(self, key: str, old: _Operation, new: _Operation) -> None:
        gone = [where for where in old.parameters if where not in new.parameters]
        came = [where for where in new.parameters if where not in old.parameters]
        # A rename keeps the location and the type: compare "query string" with "query string".
        renamed = _renamed(
            {
                name: f"{place} {_type_text(old.parameters[(place, name)].get('schema'))}"
                for place, name in gone
            },
            {
                name: f"{place} {_type_text(new.parameters[(place, name)].get('schema'))}"
                for place, name in came
            },
        )
        for place, name in gone:
            detail = f"{place}; perhaps renamed to `{renamed[name]}`" if name in renamed else place
            self.add(Impact.BREAKING, Kind.PARAMETER_REMOVED, f"{key}({name})", detail)
        for place, name in came:
            parameter = new.parameters[(place, name)]
            required = bool(parameter.get("required"))
            impact = Impact.BREAKING if required else Impact.COMPATIBLE
            detail = (
                f"{'required' if required else 'optional'} {place}, `{_type_text(parameter.get('schema'))}`"
            )
            self.add(impact, Kind.PARAMETER_ADDED, f"{key}({name})", detail)
        for where, parameter in old.parameters.items():
            if where not in new.parameters:
                continue
            place, name = where
            subject = f"{key}({name})"
            was, now = bool(parameter.get("required")), bool(new.parameters[where].get("required"))
            if now and not was:
                self.add(Impact.BREAKING, Kind.PARAMETER_REQUIRED, subject, place)
            elif was and not now:
                self.add(Impact.COMPATIBLE, Kind.PARAMETER_OPTIONAL, subject, place)
            old_schema, new_schema = _map(parameter.get("schema")), _map(new.parameters[where].get("schema"))
            self.schema(subject, old_schema, new_schema, frozenset({REQUEST}))

    def body(self, key: str, old: Node, new: Node) -> None:
        subject = f"{key} body"
        if not old and not new:
            return
        if not new:
            self.add(Impact.BREAKING, Kind.BODY_REMOVED, key)
            return
        required = bool(new.get("required"))
        if not old:
            impact = Impact.BREAKING if required else Impact.COMPATIBLE
            self.add(impact, Kind.BODY_ADDED, key, "required" if required else "optional")
            return
        if required and not old.get("required"):
            self.add(Impact.BREAKING, Kind.BODY_REQUIRED, key)
        elif old.get("required") and not required:
            self.add(Impact.COMPATIBLE, Kind.BODY_OPTIONAL, key)
        self.content(subject, _map(old.get("content")), _map(new.get("content")), success=True, request=True)

    def responses(self, key: str, old: Node, new: Node) -> None:
        old_codes = {str(code): _resolve(self.old, node) for code, node in old.items()}
        new_codes = {str(code): _resolve(self.new, node) for code, node in new.items()}
        for code in sorted(old_codes.keys() - new_codes.keys()):
            impact = Impact.BREAKING if code.startswith("2") else Impact.COMPATIBLE
            self.add(impact, Kind.RESPONSE_REMOVED, f"{key} response {code}")
        for code in sorted(new_codes.keys() - old_codes.keys()):
            impact = Impact.NOTEWORTHY if code.startswith("2") else Impact.COMPATIBLE
            self.add(impact, Kind.RESPONSE_ADDED, f"{key} response {code}")
        for code in sorted(old_codes.keys() & new_codes.keys()):
            old_content = _map(old_codes[code].get("content"))
            new_content = _map(new_codes[code].get("content"))
            subject = f"{key} response {code}"
            self.content(subject, old_content, new_content, success=code.startswith("2"), request=False)

    def content(self, subject: str, old: Node, new: Node, *, success: bool, request: bool) -> None:
        """Compare the content types of a body or response and the schema of each one kept.

        Removing a type the client sends, or a success answer's type, is breaking; adding a
        success answer's type is noteworthy (it may change what the call returns).
        """
        several = len(old.keys() | new.keys()) > 1

        def named(media_type: str) -> str:
            return f"{subject} [{media_type}]" if several else subject

        for media_type in sorted(old.keys() - new.keys()):
            impact = Impact.BREAKING if success else Impact.COMPATIBLE
            self.add(impact, Kind.CONTENT_TYPE_REMOVED, subject, f"`{media_type}`")
        for media_type in sorted(new.keys() - old.keys()):
            impact = Impact.NOTEWORTHY if success and not request else Impact.COMPATIBLE
            self.add(impact, Kind.CONTENT_TYPE_ADDED, subject, f"`{media_type}`")
        use = frozenset({REQUEST if request else RESPONSE})
        for media_type in sorted(old.keys() & new.keys()):
            old_schema = _map(_map(old[media_type]).get("schema"))
            new_schema = _map(_map(new[media_type]).get("schema"))
            self.schema(named(media_type), old_schema, new_schema, use)


def compare(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """The changes from spec ``old`` to spec ``new``.

    In a fixed order: the spec version, then operations sorted by id, then component schemas sorted
    by name (so reordering paths or schemas in the YAML changes nothing); within one operation or
    schema, removals, additions, then changes, each in the order of the spec.
    """
    comparison = _Comparison(old, new)
    old_version = _map(old.get("info")).get("version")
    new_version = _map(new.get("info")).get("version")
    if old_version != new_version:
        detail = f"{_show(old_version)} → {_show(new_version)}"
        comparison.add(Impact.COMPATIBLE, Kind.VERSION_CHANGED, "info.version", detail)
    comparison.operations()
    comparison.components()
    return comparison.changes


# -- the report --------------------------------------------------------------------------------------

_SECTIONS = (
    (Impact.BREAKING, "Breaking for clients"),
    (Impact.NOTEWORTHY, "Not breaking, but noteworthy"),
    (Impact.COMPATIBLE, "Not breaking"),
)


def render(changes: Sequence[Change], *, baseline: str = "since the last generation") -> str:
    """The Markdown report of ``changes``: a summary line, then one section per impact.

    ``baseline`` completes the sentences "No API changes ..." and "API changes ...: 2 breaking",
    e.g. ``"since the last generation"``. The text depends only on its arguments (no dates), so
    the same two specs always give the same file.
    """
    lines = ["# API changes", ""]
    if not changes:
        lines.append(f"No API changes {baseline}.")
        return "\n".join(lines) + "\n"
    counts = {impact: sum(change.impact is impact for change in changes) for impact in Impact}
    summary = ", ".join(
        f"{counts[impact]} {label}"
        for impact, label in (
            (Impact.BREAKING, "breaking"),
            (Impact.NOTEWORTHY, "noteworthy"),
            (Impact.COMPATIBLE, "not breaking"),
        )
        if counts[impact]
    )
    lines.append(f"API changes {baseline}, as a client of the API sees them: {summary}.")
    for impact, title in _SECTIONS:
        chosen = [change for change in changes if change.impact is impact]
        if chosen:
            lines += ["", f"## {title}", ""]
            lines += [f"- {change.markdown()}" for change in chosen]
    return "\n".join(lines) + "\n"
