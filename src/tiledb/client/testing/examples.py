"""Deterministic example values built from the spec's JSON schemas, and their renderings.

:class:`ExampleBuilder` walks a schema and returns a value that satisfies it: objects get every
property (required and optional), arrays one item, enums their first value, ``date-time`` strings
an ISO-8601 instant ending in ``Z``. Recursive references are cut where the schema allows it
(optional properties are left out, arrays left empty, the next ``oneOf`` branch is tried).

The ``render_*`` helpers turn such a value into the bytes of a non-JSON content type.
"""

from __future__ import annotations

import contextlib
import json
import struct
import zlib
from collections.abc import Mapping
from typing import Any
from xml.etree import ElementTree

from .spec import Spec

__all__ = ["EXAMPLE_DATETIME", "ExampleBuilder", "png_bytes", "render_body"]

EXAMPLE_DATETIME = "2025-01-01T00:00:00Z"


class _Recursion(Exception):
    """Raised when a required part of a schema can only be satisfied by recursing forever."""


class ExampleBuilder:
    """Builds example values for schemas of one :class:`~tiledb.client.testing.spec.Spec`."""

    def __init__(self, spec: Spec) -> None:
        self._spec = spec

    def build(self, schema: Mapping[str, Any] | None, name: str = "value") -> Any:
        """Return a deterministic value conforming to ``schema`` (``None`` for no schema)."""
        if schema is None:
            return None
        return self._build(schema, name, ())

    def _build(self, schema: Mapping[str, Any], name: str, stack: tuple[str, ...]) -> Any:
        if "$ref" in schema:
            ref = str(schema["$ref"])
            if ref in stack:
                raise _Recursion(ref)
            return self._build(self._spec.resolve(schema), name, (*stack, ref))
        for key in ("oneOf", "anyOf"):
            if key in schema:
                for option in schema[key]:
                    try:
                        return self._build(option, name, stack)
                    except _Recursion:
                        continue
                raise _Recursion(key)
        if "allOf" in schema:
            merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
            for part in schema["allOf"]:
                part = self._spec.resolve(part)
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
            return self._array(schema, name, stack)
        if kind == "string":
            return self._string(schema, name)
        if kind == "integer":
            return int(self._number(schema, 1))
        if kind == "number":
            return float(self._number(schema, 1.5))
        if kind == "boolean":
            return True
        return name

    def _object(self, schema: Mapping[str, Any], stack: tuple[str, ...]) -> dict[str, Any]:
        required = set(schema.get("required", ()))
        out: dict[str, Any] = {}
        for prop, sub in schema.get("properties", {}).items():
            try:
                out[prop] = self._build(sub, prop, stack)
            except _Recursion:
                if prop in required:
                    raise
        extra = schema.get("additionalProperties")
        if not schema.get("properties") and extra not in (None, False):
            if isinstance(extra, Mapping) and extra:
                with contextlib.suppress(_Recursion):
                    out["key"] = self._build(extra, "key", stack)
            else:
                out["key"] = "value"
        return out

    def _array(self, schema: Mapping[str, Any], name: str, stack: tuple[str, ...]) -> list[Any]:
        items = schema.get("items")
        if not items:
            return ["value"]
        try:
            return [self._build(items, name, stack)]
        except _Recursion:
            if schema.get("minItems", 0) > 0:
                raise
            return []

    @staticmethod
    def _string(schema: Mapping[str, Any], name: str) -> str:
        fmt = schema.get("format")
        if fmt == "date-time":
            return EXAMPLE_DATETIME
        if fmt == "date":
            return EXAMPLE_DATETIME[:10]
        if fmt in ("binary", "byte"):
            return ""
        if fmt == "email" or name == "email":
            value = "user@example.com"
        elif fmt in ("uri", "url"):
            value = "https://example.com/"
        else:
            value = name or "string"
        min_len = int(schema.get("minLength", 0))
        if len(value) < min_len:
            value += "x" * (min_len - len(value))
        if "maxLength" in schema:
            value = value[: int(schema["maxLength"])]
        return value

    @staticmethod
    def _number(schema: Mapping[str, Any], default: float) -> float:
        value = default
        if "minimum" in schema:
            value = max(value, float(schema["minimum"]) + (1 if schema.get("exclusiveMinimum") else 0))
        if "maximum" in schema:
            value = min(value, float(schema["maximum"]) - (1 if schema.get("exclusiveMaximum") else 0))
        return value


def png_bytes(width: int = 1, height: int = 1) -> bytes:
    """A valid, minimal grey-scale PNG image."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _xml_fill(element: ElementTree.Element, value: Any) -> None:
    if isinstance(value, Mapping):
        for key, item in value.items():
            items = item if isinstance(item, list) else [item]
            for one in items:
                _xml_fill(ElementTree.SubElement(element, str(key)), one)
    elif isinstance(value, bool):
        element.text = "true" if value else "false"
    elif value is not None:
        element.text = str(value)


def render_body(value: Any, content_type: str | None, root: str = "Response") -> bytes:
    """Serialise ``value`` as ``content_type``.

    JSON is compact, ``application/x-ndjson`` is one JSON document per line, ``text/event-stream``
    one ``data:`` event per item, ``application/xml`` an element tree rooted at ``root`` (lists
    repeat their element), ``image/png`` a 1x1 image and ``application/octet-stream`` a few bytes.
    """
    ctype = (content_type or "application/json").split(";")[0].strip()
    if ctype == "image/png":
        return png_bytes()
    if ctype == "application/octet-stream":
        return value if isinstance(value, bytes) and value else b"fake file content\n"
    if ctype == "application/xml":
        element = ElementTree.Element(root)
        _xml_fill(element, value)
        return (
            b'<?xml version="1.0" encoding="UTF-8"?>\n'
            + ElementTree.tostring(element, encoding="unicode").encode()
        )
    items = value if isinstance(value, list) else [value]
    if ctype == "application/x-ndjson":
        return b"".join(json.dumps(item, separators=(",", ":")).encode() + b"\n" for item in items)
    if ctype == "text/event-stream":
        return b"".join(
            b"data: " + json.dumps(item, separators=(",", ":")).encode() + b"\n\n" for item in items
        )
    return json.dumps(value, separators=(",", ":")).encode()
