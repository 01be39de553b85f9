"""What the tests of the generated layer know about the spec, and a recording loopback HTTP server.

Everything here is derived from the repository's own ``openapi/tiledb-v4.yaml`` (read with PyYAML),
never from the generated code, so the tests compare two independent readings of the spec:

* :func:`operations` lists the 130 operations with the facts a caller sees (tag, method, path,
  parameters in signature order, body, the documented success answer);
* :class:`Examples` builds JSON values that satisfy a schema (every property, one array item, the
  first enum value), in three flavours: ``full``, ``minimal`` (required properties only) and
  ``nulls`` (every nullable property ``null``);
* :class:`LoopbackServer` is a ``ThreadingHTTPServer`` on 127.0.0.1 that records every request
  (method, raw path, query, headers, body) and answers whatever the test told it to.
"""

from __future__ import annotations

import builtins
import contextlib
import functools
import importlib.util
import json
import re
import sys
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from keyword import iskeyword
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit

import yaml

REPO = Path(__file__).resolve().parents[2]
SPEC_PATH = REPO / "openapi" / "tiledb-v4.yaml"
HTTP_METHODS = ("get", "put", "post", "patch", "delete", "head", "options")

#: Date-times are written the way ``datetime.isoformat()`` writes them back, so models round-trip.
EXAMPLE_DATETIME = "2025-01-02T03:04:05+00:00"
EXAMPLE_DATE = "2025-01-02"
#: A key no schema defines: models must keep it (``additional_properties``) and give it back.
EXTRA_KEY = "x_not_in_the_spec"


# --------------------------------------------------------------------------------------------------
# Names, the way openapi-python-client derives them (snake_case identifiers, PascalCase classes).

_DELIMITERS = r"\. _-"
_RESERVED = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}


def load_script(name: str) -> ModuleType:
    """``scripts/<name>.py`` imported from its file (scripts/ is not a package), once a process."""
    if name in sys.modules:
        return sys.modules[name]
    found = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    assert found is not None and found.loader is not None
    module = importlib.util.module_from_spec(found)
    sys.modules[name] = module  # dataclasses look their module up while building a class
    found.loader.exec_module(module)
    return module


def _words(value: str) -> list[str]:
    value = "".join(c for c in value if c.isidentifier() or c.isdecimal() or c in _DELIMITERS)
    if any(c.isupper() for c in value):
        value = " ".join(re.split("([A-Z]?[a-z]+)", value))
    return re.findall(rf"[^{re.escape(_DELIMITERS)}]+", value)


def python_name(name: str) -> str:
    """The Python identifier of a parameter (``type`` -> ``type_``, ``list-type`` -> ``list_type``)."""
    value = "_".join(_words(name)).lower()
    return f"{value}_" if value in _RESERVED or iskeyword(value) else value


def class_name(name: str) -> str:
    """The class name of a component schema (``APIToken`` stays ``APIToken``)."""
    return "".join(w if w.isupper() else w.capitalize() for w in _words(name))


def api_class_name(tag: str) -> str:
    return tag[0].upper() + tag[1:] + "Api"


# --------------------------------------------------------------------------------------------------
# The spec.


@functools.cache
def load_spec(path: Path = SPEC_PATH) -> dict[str, Any]:
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def schemas() -> dict[str, Any]:
    return load_spec()["components"]["schemas"]


def ref_name(schema: Mapping[str, Any]) -> str | None:
    ref = schema.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def resolve(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    name = ref_name(schema)
    return schemas()[name] if name else schema


@dataclass(frozen=True)
class Param:
    name: str
    location: str  # path, query or header
    required: bool
    schema: Mapping[str, Any]

    @property
    def python_name(self) -> str:
        return python_name(self.name)


@dataclass(frozen=True)
class Body:
    content_type: str
    schema: Mapping[str, Any]
    required: bool

    @property
    def is_json(self) -> bool:
        return self.content_type == "application/json"


@dataclass(frozen=True)
class Operation:
    op_id: str
    method: str
    path: str
    tag: str
    parameters: tuple[Param, ...]
    body: Body | None
    success_status: int
    success_content_type: str | None
    success_schema: Mapping[str, Any] | None
    statuses: tuple[int, ...] = field(default=())

    def __str__(self) -> str:  # used as the pytest id
        return self.op_id

    def params_in(self, location: str) -> tuple[Param, ...]:
        params = tuple(p for p in self.parameters if p.location == location)
        if location == "path":  # the generator orders path parameters as they appear in the path
            order = re.findall(r"{([^}]+)}", self.path)
            params = tuple(sorted(params, key=lambda p: order.index(p.name)))
        return params

    @property
    def api_class(self) -> str:
        return api_class_name(self.tag)

    @property
    def positional(self) -> list[str]:
        """Path parameters in path order, then required query and header parameters, then the body."""
        names = [p.python_name for p in self.params_in("path")]
        names += [p.python_name for p in self.params_in("query") if p.required]
        names += [p.python_name for p in self.params_in("header") if p.required]
        if self.body is not None and self.body.required:
            names.append("body")
        return names

    @property
    def keyword_only(self) -> set[str]:
        names = {p.python_name for p in self.parameters if p.location != "path" and not p.required}
        if self.body is not None and not self.body.required:
            names.add("body")
        return names

    @property
    def result_kind(self) -> str:
        """``none`` (no body), ``bytes`` (not JSON), ``any`` (free-form JSON) or ``model``."""
        if self.success_content_type is None:
            return "none"
        if self.success_content_type != "application/json":
            return "bytes"
        return "model" if ref_name(self.success_schema or {}) else "any"

    @property
    def stream_kind(self) -> str | None:
        """``"sse"`` or ``"ndjson"`` for an operation whose Api method yields records, else ``None``."""
        return {"text/event-stream": "sse", "application/x-ndjson": "ndjson"}.get(
            self.success_content_type or ""
        )

    @property
    def result_annotation(self) -> str:
        if self.stream_kind is not None:
            return "Stream[ServerSentEvent]" if self.stream_kind == "sse" else "Stream[Any]"
        kind = self.result_kind
        if kind == "model":
            return class_name(ref_name(self.success_schema or {}) or "")
        return {"none": "None", "bytes": "bytes", "any": "Any"}[kind]


def _first_content(content: Mapping[str, Any] | None) -> tuple[str | None, Mapping[str, Any] | None]:
    if not content:
        return None, None
    content_type, media = next(iter(content.items()))
    return content_type, (media or {}).get("schema")


def operations(spec: Mapping[str, Any] | None = None) -> list[Operation]:
    spec = spec if spec is not None else load_spec()
    found = []
    for path, item in spec["paths"].items():
        shared = item.get("parameters", [])
        for method, op in item.items():
            if method not in HTTP_METHODS:
                continue
            merged: dict[tuple[str, str], Mapping[str, Any]] = {}
            for p in [*shared, *op.get("parameters", [])]:
                merged[(p["name"], p["in"])] = p
            params = tuple(
                Param(p["name"], p["in"], bool(p.get("required", p["in"] == "path")), p.get("schema", {}))
                for p in merged.values()
            )
            body = None
            if "requestBody" in op:
                rb = op["requestBody"]
                content_type, schema = _first_content(rb["content"])
                body = Body(str(content_type), schema or {}, bool(rb.get("required", False)))
            statuses = tuple(int(c) for c in op["responses"] if str(c).isdigit())
            success = next(c for c in op["responses"] if str(c).startswith("2"))
            content_type, schema = _first_content(op["responses"][success].get("content"))
            found.append(
                Operation(
                    op_id=op["operationId"],
                    method=method,
                    path=path,
                    tag=op["tags"][0],
                    parameters=params,
                    body=body,
                    success_status=int(success),
                    success_content_type=content_type,
                    success_schema=schema,
                    statuses=statuses,
                )
            )
    return found


@functools.cache
def operations_by_id() -> dict[str, Operation]:
    return {op.op_id: op for op in operations()}


# --------------------------------------------------------------------------------------------------
# Example values.


class _Recursion(Exception):
    pass


class Examples:
    """Deterministic JSON values for the spec's schemas.

    ``mode``: ``full`` (every property, an unknown extra key in open objects), ``minimal`` (required
    properties only) or ``nulls`` (like ``full``, but every nullable property is ``null``).
    ``branch`` chooses which ``oneOf`` option is built (falling back to the next on recursion).
    """

    def __init__(self, mode: str = "full", branch: int = 0) -> None:
        assert mode in ("full", "minimal", "nulls")
        self.mode = mode
        self.branch = branch

    def build(self, schema: Mapping[str, Any], name: str = "value") -> Any:
        return self._build(schema, name, ())

    def _build(self, schema: Mapping[str, Any], name: str, stack: tuple[str, ...]) -> Any:
        ref = ref_name(schema)
        if ref is not None:
            if ref in stack:
                raise _Recursion(ref)
            return self._build(schemas()[ref], name, (*stack, ref))
        if self.mode == "nulls" and schema.get("nullable"):
            return None
        for key in ("oneOf", "anyOf"):
            if key in schema:
                options = list(schema[key])
                options = options[self.branch % len(options) :] + options[: self.branch % len(options)]
                for option in options:
                    try:
                        return self._build(option, name, stack)
                    except _Recursion:
                        continue
                raise _Recursion(key)
        if "allOf" in schema:
            merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
            for part in schema["allOf"]:
                part = resolve(part)
                merged["properties"].update(part.get("properties", {}))
                merged["required"].extend(part.get("required", []))
            return self._build(merged, name, stack)
        if schema.get("enum"):
            return schema["enum"][0]
        kind = schema.get("type")
        if kind == "object" or (
            kind is None and ("properties" in schema or "additionalProperties" in schema)
        ):
            return self._object(schema, stack)
        if kind == "array":
            try:
                return [self._build(schema.get("items", {}), name, stack)]
            except _Recursion:
                return []
        if kind == "string":
            fmt = schema.get("format")
            if fmt == "date-time":
                return EXAMPLE_DATETIME
            if fmt == "date":
                return EXAMPLE_DATE
            if fmt == "uuid":
                return "00000000-0000-4000-8000-000000000001"
            return f"{name}-example"
        if kind == "integer":
            return int(_bounded(schema, 3))
        if kind == "number":
            return float(_bounded(schema, 2.5))
        if kind == "boolean":
            return True
        return {"free": ["form", 1]}  # no type at all: any JSON value

    def _object(self, schema: Mapping[str, Any], stack: tuple[str, ...]) -> dict[str, Any]:
        required = set(schema.get("required", []))
        value: dict[str, Any] = {}
        for prop, sub in schema.get("properties", {}).items():
            if self.mode == "minimal" and prop not in required:
                continue
            try:
                value[prop] = self._build(sub, prop, stack)
            except _Recursion:
                if prop in required:
                    raise
        extra = schema.get("additionalProperties", True)
        if isinstance(extra, Mapping) and extra:  # a typed map: one entry
            if self.mode != "minimal" or not schema.get("properties"):
                with contextlib.suppress(_Recursion):
                    value["key1"] = self._build(extra, "key1", stack)
        elif extra is not False and self.mode != "minimal":
            value[EXTRA_KEY] = "extra" if schema.get("properties") else {"nested": [1, "two"]}
        return value


def _bounded(schema: Mapping[str, Any], preferred: float) -> float:
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None and preferred < low:
        return low
    if high is not None and preferred > high:
        return high
    return preferred


# --------------------------------------------------------------------------------------------------
# The loopback server.


@dataclass
class Recorded:
    """One request as it arrived on the socket."""

    method: str
    target: str  # the raw request target: path and query, exactly as sent
    headers: dict[str, str]  # names lower-cased
    body: bytes

    @property
    def raw_path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> list[tuple[str, str]]:
        return parse_qsl(urlsplit(self.target).query, keep_blank_values=True)

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    content_type: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, value: Any, status: int = 200, **kwargs: Any) -> Reply:
        return cls(status, json.dumps(value).encode(), "application/json", **kwargs)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip(), 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _handle(self) -> None:
        recorded = Recorded(
            self.command,
            self.path,
            {k.lower(): v for k, v in self.headers.items()},
            self._read_body(),
        )
        owner = self.server.owner
        with owner.lock:
            owner.requests.append(recorded)
            responder = owner.responder
        reply = responder(recorded)
        self.send_response(reply.status)
        if reply.content_type:
            self.send_header("Content-Type", reply.content_type)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if reply.status not in (204, 304):
            self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if reply.status not in (204, 304) and self.command != "HEAD":
            self.wfile.write(reply.body)

    do_GET = do_PUT = do_POST = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: LoopbackServer


def _not_configured(request: Recorded) -> Reply:
    return Reply.json({"code": 1, "message": "no reply configured", "request_id": "none"}, status=599)


class LoopbackServer:
    """A real HTTP server on 127.0.0.1 (its own thread) that records requests.

    ``reply(...)`` sets the answer to every following request; ``responder`` can be any callable
    from :class:`Recorded` to :class:`Reply`.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.requests: list[Recorded] = []
        self.responder: Callable[[Recorded], Reply] = _not_configured
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self._thread = threading.Thread(target=self._server.serve_forever, name="loopback", daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def reply(
        self, status: int = 200, body: bytes | str = b"", content_type: str | None = None, **headers: str
    ) -> None:
        data = body.encode() if isinstance(body, str) else body
        fixed = Reply(status, data, content_type, {k.replace("_", "-"): v for k, v in headers.items()})
        self.responder = lambda request: fixed

    def reply_json(self, value: Any, status: int = 200, **headers: str) -> None:
        self.reply(status, json.dumps(value).encode(), "application/json", **headers)

    def reset(self) -> None:
        with self.lock:
            self.requests.clear()
            self.responder = _not_configured

    @property
    def last(self) -> Recorded:
        with self.lock:
            assert self.requests, "the server received no request"
            return self.requests[-1]

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


# --------------------------------------------------------------------------------------------------
# Argument values for a call, and what they look like on the wire.


@dataclass
class Call:
    """The arguments of one call and what the request must look like on the wire."""

    args: list[Any]
    kwargs: dict[str, Any]
    raw_path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]  # lower-cased names
    body_json: Any = None
    body_bytes: bytes | None = None
    body_content_type: str | None = None


def _model(name: str) -> Any:
    from tiledb.client.rest_api import models

    return getattr(models, class_name(name))


def path_value(param: Param) -> str:
    """A value that needs escaping: a slash, a space, a percent sign, a non-ASCII letter."""
    return f"{param.name}/a b%é"


def _query_value(param: Param) -> tuple[Any, list[str]]:
    schema = param.schema
    if schema.get("type") == "array":
        items = schema.get("items", {})
        enum_name = ref_name(items)
        if enum_name:
            values = schemas()[enum_name]["enum"]
            chosen = [values[0], values[-1]]
            cls = _model(enum_name)
            return [cls(v) for v in chosen], [str(v) for v in chosen]
        plain = [f"{param.name} one", "two&three=4/é"]
        return plain, plain
    enum_name = ref_name(schema)
    if enum_name:
        last = schemas()[enum_name]["enum"][-1]
        return _model(enum_name)(last), [str(last)]
    kind = schema.get("type")
    if kind == "integer":
        number = int(_bounded(schema, 7))
        return number, [str(number)]
    if kind == "boolean":  # False must be sent, not dropped
        return False, ["false"]
    if kind == "string" and schema.get("format") == "date-time":
        import datetime

        return datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.UTC), [EXAMPLE_DATETIME]
    text = f"{param.name} v&x=1/é?#"
    return text, [text]


def _header_value(param: Param) -> tuple[Any, str]:
    if param.schema.get("type") == "boolean":
        return False, "false"
    return f"hv-{param.name} x", f"hv-{param.name} x"


def body_value(body: Body) -> tuple[Any, Any, bytes | None]:
    """The body argument, its expected JSON on the wire (or None) and its raw bytes (or None)."""
    if not body.is_json:
        import io

        from tiledb.client.rest_api.types import File

        data = b"\x00\x01part bytes\xff"
        return File(payload=io.BytesIO(data), mime_type=body.content_type), None, data
    example = Examples().build(body.schema, "body")
    name = ref_name(body.schema)
    if name:
        model = _model(name)
        return model.from_dict(example), example, None
    items = body.schema.get("items", {})
    item_name = ref_name(items)
    if body.schema.get("type") == "array" and item_name:
        model = _model(item_name)
        return [model.from_dict(x) for x in example], example, None
    return example, example, None


def build_call(op: Operation) -> Call:
    """Values for every parameter (required and optional) and the body of ``op``."""
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    raw_path = op.path
    for p in op.params_in("path"):
        value = path_value(p)
        args.append(value)
        raw_path = raw_path.replace("{" + p.name + "}", quote(value, safe=""))
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    for location in ("query", "header"):
        for p in op.params_in(location):
            if location == "query":
                value, wire = _query_value(p)
                query += [(p.name, w) for w in wire]
            else:
                value, wire_header = _header_value(p)
                headers[p.name.lower()] = wire_header
            if p.required:
                args.append(value)
            else:
                kwargs[p.python_name] = value
    call = Call(args, kwargs, raw_path, query, headers)
    if op.body is not None:
        value, call.body_json, call.body_bytes = body_value(op.body)
        call.body_content_type = op.body.content_type
        if op.body.required:
            args.append(value)
        else:
            kwargs["body"] = value
    return call


def success_reply(op: Operation) -> tuple[Reply, Any]:
    """A schema-valid answer for ``op`` and the value the call must return (as JSON, bytes or None)."""
    kind = op.result_kind
    if kind == "none":
        return Reply(op.success_status), None
    if op.stream_kind is not None:
        # Two records of the schema's example, as the stream's content type frames them.
        line = json.dumps(Examples().build(op.success_schema or {}, op.op_id), separators=(",", ":"))
        frame = "event: record\ndata: {}\n\n" if op.stream_kind == "sse" else "{}\n"
        data = "".join(frame.format(line) for _ in range(2)).encode()
        return Reply(op.success_status, data, op.success_content_type), data
    if kind == "bytes":
        data = f"<{op.op_id}>\x00 raw answer \u2713".encode()
        # An answer to HEAD has no body, whatever its headers say.
        return Reply(op.success_status, data, op.success_content_type), b"" if op.method == "head" else data
    value = Examples().build(op.success_schema or {}, op.op_id)
    return Reply.json(value, status=op.success_status), value


def iter_object_schemas() -> Iterator[str]:
    for name, schema in schemas().items():
        if schema.get("type") == "object" or "properties" in schema:
            yield name
