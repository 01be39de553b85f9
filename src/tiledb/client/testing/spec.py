"""The bundled OpenAPI document, parsed once per process, and an index of its operations.

The document ships inside the wheel as ``tiledb/client/testing/tiledb-v4.yaml``; it is read with
:mod:`importlib.resources`, so the fake server never looks at the source tree at run time.
"""

from __future__ import annotations

import functools
import importlib.resources
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

import yaml

__all__ = ["Operation", "Parameter", "RouteMatch", "Spec", "load_spec"]

HTTP_METHODS = ("get", "put", "post", "patch", "delete", "head", "options")

#: Path parameters that may swallow several segments when a client did not percent-encode slashes.
GREEDY_PARAMS = frozenset({"path"})


@dataclass(frozen=True)
class Parameter:
    """One operation parameter (path, query or header)."""

    name: str
    location: str
    required: bool
    schema: Mapping[str, Any]
    #: ``allowEmptyValue``: the query parameter may be sent bare (``?uploads``).
    allow_empty: bool = False


@dataclass(frozen=True)
class Operation:
    """What the fake server needs to know about one operation of the spec."""

    operation_id: str
    method: str
    path: str
    segments: tuple[str, ...]
    parameters: tuple[Parameter, ...]
    request_required: bool
    request_content_type: str | None
    request_schema: Mapping[str, Any] | None
    success_status: int
    success_content_type: str | None
    success_schema: Mapping[str, Any] | None
    responses: Mapping[int, tuple[str | None, Mapping[str, Any] | None]]
    secured: bool
    tags: tuple[str, ...]

    @property
    def path_params(self) -> tuple[str, ...]:
        """Names of the path parameters, in template order."""
        return tuple(s[1:-1] for s in self.segments if s.startswith("{"))

    def params_in(self, location: str) -> tuple[Parameter, ...]:
        """Parameters found in ``location`` (``path``, ``query`` or ``header``)."""
        return tuple(p for p in self.parameters if p.location == location)


@dataclass(frozen=True)
class RouteMatch:
    """Result of matching a raw request path against the spec's templates."""

    operation: Operation | None
    path_params: dict[str, str]
    allowed_methods: tuple[str, ...]


def _first_content(content: Mapping[str, Any] | None) -> tuple[str | None, Mapping[str, Any] | None]:
    if not content:
        return None, None
    content_type, media = next(iter(content.items()))
    schema = media.get("schema") if isinstance(media, Mapping) else None
    return str(content_type), schema


class Spec:
    """Parsed OpenAPI document with an operation index and a raw-path router."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.schemas: Mapping[str, Any] = document.get("components", {}).get("schemas", {})
        self.security_schemes: Mapping[str, Any] = document.get("components", {}).get("securitySchemes", {})
        operations: list[Operation] = []
        for path, item in document["paths"].items():
            shared = list(item.get("parameters", []))
            for method, op in item.items():
                if method not in HTTP_METHODS:
                    continue
                operations.append(self._operation(path, method, op, shared))
        self.operations: tuple[Operation, ...] = tuple(operations)
        self.by_id: dict[str, Operation] = {op.operation_id: op for op in operations}
        # Templates grouped by segment count; more literal segments first so /a/b/self beats /a/b/{id}.
        self._templates: dict[int, list[tuple[tuple[str, ...], dict[str, Operation]]]] = {}
        grouped: dict[tuple[str, ...], dict[str, Operation]] = {}
        for op in operations:
            grouped.setdefault(op.segments, {})[op.method] = op
        for segments, methods in grouped.items():
            self._templates.setdefault(len(segments), []).append((segments, methods))
        for bucket in self._templates.values():
            bucket.sort(key=lambda t: [s.startswith("{") for s in t[0]])
        self._greedy = [
            (segments, methods)
            for segments, methods in grouped.items()
            if segments[-1].startswith("{") and segments[-1][1:-1] in GREEDY_PARAMS
        ]

    def _operation(self, path: str, method: str, op: Mapping[str, Any], shared: list[Any]) -> Operation:
        params = []
        for raw in [*shared, *op.get("parameters", [])]:
            p = self.resolve(raw)
            params.append(
                Parameter(
                    name=str(p["name"]),
                    location=str(p["in"]),
                    required=bool(p.get("required", False)),
                    schema=p.get("schema", {}),
                    allow_empty=bool(p.get("allowEmptyValue", False)),
                )
            )
        body = self.resolve(op["requestBody"]) if "requestBody" in op else None
        req_type, req_schema = _first_content(body.get("content") if body else None)
        responses: dict[int, tuple[str | None, Mapping[str, Any] | None]] = {}
        for code, resp in op.get("responses", {}).items():
            if str(code).isdigit():
                responses[int(code)] = _first_content(self.resolve(resp).get("content"))
        success = min((c for c in responses if 200 <= c < 300), default=200)
        succ_type, succ_schema = responses.get(success, (None, None))
        return Operation(
            operation_id=str(op["operationId"]),
            method=method.upper(),
            path=path,
            segments=tuple(path.split("/")),
            parameters=tuple(params),
            request_required=bool(body and body.get("required", False)),
            request_content_type=req_type,
            request_schema=req_schema,
            success_status=success,
            success_content_type=succ_type,
            success_schema=succ_schema,
            responses=responses,
            secured=bool(op.get("security", self.document.get("security"))),
            tags=tuple(op.get("tags", ())),
        )

    def resolve(self, node: Any) -> Any:
        """Follow ``$ref`` pointers (``#/components/...``) until a concrete node is reached."""
        seen = 0
        while isinstance(node, Mapping) and "$ref" in node:
            ref = str(node["$ref"])
            if not ref.startswith("#/"):
                raise ValueError(f"unsupported reference {ref!r}")
            target: Any = self.document
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
            seen += 1
            if seen > 64:
                raise ValueError(f"reference cycle at {ref!r}")
        return node

    def match(self, method: str, raw_path: str) -> RouteMatch:
        """Find the operation for ``method`` and a raw (still percent-encoded) path.

        Each segment is unquoted after splitting, so ``a%2Fb`` stays one parameter value ``a/b``.
        """
        parts = raw_path.split("/")
        method = method.upper()
        for segments, methods in self._templates.get(len(parts), ()):
            params = self._bind(segments, parts)
            if params is not None:
                return self._pick(methods, method, params)
        for segments, methods in self._greedy:
            if len(parts) > len(segments):
                head = self._bind(segments[:-1], parts[: len(segments) - 1])
                if head is not None:
                    head[segments[-1][1:-1]] = "/".join(unquote(p) for p in parts[len(segments) - 1 :])
                    return self._pick(methods, method, head)
        return RouteMatch(None, {}, ())

    @staticmethod
    def _bind(segments: tuple[str, ...], parts: list[str]) -> dict[str, str] | None:
        params: dict[str, str] = {}
        for template, part in zip(segments, parts, strict=True):
            if template.startswith("{"):
                name = template[1:-1]
                if not part and name not in GREEDY_PARAMS:
                    return None
                params[name] = unquote(part)
            elif template != part:
                return None
        return params

    @staticmethod
    def _pick(methods: dict[str, Operation], method: str, params: dict[str, str]) -> RouteMatch:
        return RouteMatch(methods.get(method), params, tuple(sorted(methods)))


def _load_document() -> Mapping[str, Any]:
    resource = importlib.resources.files("tiledb.client.testing").joinpath("tiledb-v4.yaml")
    text = resource.read_bytes()
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document = yaml.load(text, Loader=loader)
    if not isinstance(document, Mapping):
        raise RuntimeError("the bundled OpenAPI document is not a mapping")
    return document


@functools.cache
def load_spec() -> Spec:
    """Return the process-wide parsed spec (parsed on first use)."""
    return Spec(_load_document())
