"""The committed table of the established client's public names (tests/data/established_names.json)."""

from __future__ import annotations

import inspect
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

TABLE: dict[str, Any] = json.loads(
    (Path(__file__).parent.parent / "data" / "established_names.json").read_text(encoding="utf-8")
)

#: Modules of the established client that use the older API: not part of this package.
OLDER_API = ("udf", "sql", "dag", "array", "compute")


def rows() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """``(module, name, row)`` for every public name of every module, ``__all__`` or not."""
    for module, entry in sorted(TABLE["modules"].items()):
        names = {**entry["names"], **(entry.get("public_not_in_all") or {})}
        for name, row in sorted(names.items()):
            yield module, name, row


_POSITIONAL = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)


def signature_problems(ours: inspect.Signature, theirs: list[dict[str, Any]]) -> list[str]:
    """How a call valid for the established signature ``theirs`` could fail against ``ours``."""
    problems = []
    params = list(ours.parameters.values())
    var_kw = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params)
    var_pos = any(p.kind is inspect.Parameter.VAR_POSITIONAL for p in params)
    positional = [p for p in params if p.kind in _POSITIONAL]
    their_positional = [p for p in theirs if p["kind"] in ("POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD")]
    for index, param in enumerate(their_positional):
        if index < len(positional):
            if param["kind"] == "POSITIONAL_OR_KEYWORD" and positional[index].name != param["name"]:
                problems.append(f"positional {index} is {positional[index].name!r}, not {param['name']!r}")
        elif not var_pos:
            problems.append(f"{param['name']!r} can not be passed by position")
    for param in theirs:
        kind = param["kind"]
        if kind in ("VAR_POSITIONAL", "VAR_KEYWORD"):
            if not (var_pos if kind == "VAR_POSITIONAL" else var_kw):
                problems.append(f"no {kind}")
            continue
        mine = ours.parameters.get(param["name"])
        if mine is None:
            if not (var_kw and kind != "POSITIONAL_ONLY"):
                problems.append(f"no parameter {param['name']!r}")
            continue
        if kind != "POSITIONAL_ONLY" and mine.kind is inspect.Parameter.POSITIONAL_ONLY:
            problems.append(f"{param['name']!r} can not be passed by keyword")
        if param["default"] is not None:
            if mine.default is inspect.Parameter.empty:
                problems.append(f"{param['name']!r} has no default (theirs: {param['default']})")
            elif repr(mine.default) != param["default"]:
                theirs_default = param["default"]
                problems.append(f"{param['name']!r} defaults to {mine.default!r}, theirs to {theirs_default}")
    variadic = (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
    known = {p["name"] for p in theirs} | {"self"}
    for mine in params:
        if mine.default is inspect.Parameter.empty and mine.kind not in variadic and mine.name not in known:
            problems.append(f"ours requires {mine.name!r}, which theirs does not have")
    return problems
