"""Hygiene of the generation pipeline: why each template exists, where settings live, doc order."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest
import yaml
from _restapi_support import operations
from tiledb.client.rest_api import api as api_package

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "openapi" / "templates"
OPERATIONS = operations()


def _templates() -> list[Path]:
    return sorted(TEMPLATES.rglob("*.jinja"))


@pytest.mark.parametrize("path", _templates(), ids=lambda p: str(p.relative_to(TEMPLATES)))
def test_each_template_starts_with_one_line_saying_why_it_exists(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert re.fullmatch(r"\{#-? .{20,}? -?#\}", first), f"{path.name}: {first!r}"


def test_secret_field_names_live_in_the_generator_config_only() -> None:
    config = yaml.safe_load((ROOT / "openapi" / "config.yaml").read_text(encoding="utf-8"))
    names = config["secret_fields"]
    assert "api_key" in names and "password" in names
    for path in _templates():
        text = path.read_text(encoding="utf-8")
        assert '"secret_access_key"' not in text and '"api_key"' not in text, path.name


def _args_in_docstring(doc: str) -> list[str]:
    # cleandoc: Python 3.13 strips docstrings' indentation at compile time, earlier ones do not.
    section = inspect.cleandoc(doc).split("Args:", 1)[1].split("Returns:", 1)[0]
    return re.findall(r"^ {4}(\w+) \(", section, flags=re.MULTILINE)


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.op_id)
def test_args_follow_the_order_of_the_signature(op: object) -> None:
    method = getattr(getattr(api_package, op.api_class), op.op_id)  # type: ignore[attr-defined]
    # The per-call options every method takes are described once, in a paragraph of their own.
    options = ("timeout", "retry_mode", "extra_headers", "extra_query")
    names = [p for p in inspect.signature(method).parameters if p != "self" and p not in options]
    assert "``extra_query``" in (method.__doc__ or "")
    if "Args:" not in (method.__doc__ or ""):
        assert names == []
        return
    assert _args_in_docstring(method.__doc__) == names


def test_the_order_check_can_fail() -> None:
    # 3.11 style
    doc = "x\n\n        Args:\n            b (int): B\n            a (int): A\n\n        Returns:\n"
    assert _args_in_docstring(doc) == ["b", "a"] != ["a", "b"]
