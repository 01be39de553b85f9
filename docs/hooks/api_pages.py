"""mkdocs hook: one reference page per tag and one per model of the generated layer.

The tags and their classes come from ``tiledb.client.rest_api.api.API_CLASSES`` and the models from
``tiledb.client.rest_api.models.MODELS``, so what ``make generate`` adds gets its page without
editing the docs. Each tag page renders the blocking class and its async twin with mkdocstrings
(the generated docstrings use the Google style); each model page starts with a table of its fields
(type, required or not, the spec's description) or, for an enum, of its members and values, then
renders the class with its constructor signature, whose types link to the other model pages.
"""

from __future__ import annotations

import re
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

SECTION = "API reference"
PREFIX = "reference/api"
MODELS = "reference/models"


def _tags() -> dict[str, list[str]]:
    """Tag module name -> its Api classes, blocking class first."""
    from tiledb.client.rest_api.api import API_CLASSES

    tags: dict[str, list[str]] = {}
    for name, tag in API_CLASSES.items():
        tags.setdefault(tag, []).append(name)
    return {tag: sorted(names, key=lambda n: n.startswith("Async")) for tag, names in sorted(tags.items())}


def _title(classes: list[str]) -> str:
    return classes[0]


def _page(tag: str, classes: list[str]) -> str:
    module = f"tiledb.client.rest_api.api.{tag}"
    lines = [
        f"# {_title(classes)}",
        "",
        f"The `{tag}` operations of the API, blocking and async:",
        "",
        "```python",
        f"from tiledb.client.rest_api.api import {', '.join(classes)}",
        "```",
        "",
        f"Build one with `tiledb.client.build({classes[0]})`. Every method returns the success model and "
        "raises [`ApiError`](../errors.md) for an answer outside 2xx.",
        "",
    ]
    for name in classes:
        lines += [
            f"::: {module}.{name}",
            "    options:",
            "      show_root_full_path: false",
            "      show_signature_annotations: true",
            "      heading_level: 2",
            "",
        ]
    return "\n".join(lines)


def _index(tags: dict[str, list[str]]) -> str:
    lines = [
        "# Api classes",
        "",
        "One blocking class and one async twin per tag of the TileDB REST API v4, generated from "
        "`openapi/tiledb-v4.yaml`. Methods are named by operationId; required parameters are "
        "positional, the others keyword-only.",
        "",
        "| tag | classes |",
        "| --- | --- |",
    ]
    for tag, classes in tags.items():
        links = ", ".join(f"[`{c}`]({tag}.md)" for c in classes)
        lines.append(f"| `{tag}` | {links} |")
    return "\n".join(lines) + "\n"


def _models() -> dict[str, str]:
    """Model class name -> its full module name."""
    from tiledb.client.rest_api.models import MODELS as found

    return {name: f"tiledb.client.rest_api.models{module}" for name, module in sorted(found.items())}


def _cell(text: object) -> str:
    """``text`` on one line, safe inside a Markdown table cell."""
    return " ".join(str(text).split()).replace("|", "\\|")


def _snake(key: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", key).replace("-", "_").lower()


def _schemas() -> dict[str, Any]:
    from tiledb.client.testing.spec import load_spec

    return dict(load_spec().schemas)


def _fields_table(cls: type, schema: dict[str, Any]) -> list[str]:
    """The rows of a model's field table: name, type, required, description (from the spec)."""
    annotations: dict[str, str] = {}
    for klass in reversed(cls.__mro__):
        annotations.update({k: str(v) for k, v in getattr(klass, "__annotations__", {}).items()})
    properties: dict[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", []))
    by_python = {_snake(key): key for key in properties}
    rows = ["| field | type | required | description |", "| --- | --- | --- | --- |"]
    for field, annotation in annotations.items():
        if field.startswith("_") or field == "additional_properties":
            continue
        key = by_python.get(field.rstrip("_"), by_python.get(field, field))
        prop = properties.get(key, {})
        shown = f"`{field}`" if key == field else f"`{field}` (`{key}` in JSON)"
        kind = annotation.replace("| Unset", "").replace("Unset |", "").strip()
        rows.append(
            f"| {shown} | `{_cell(kind)}` | {'yes' if key in required else 'no'} "
            f"| {_cell(prop.get('description', ''))} |"
        )
    return rows if len(rows) > 2 else []


def _enum_table(cls: Any) -> list[str]:
    rows = ["| member | value |", "| --- | --- |"]
    rows += [f"| `{member.name}` | `{_cell(member.value)}` |" for member in cls]
    return rows


def _model_page(name: str, module: str, schemas: dict[str, Any] | None = None) -> str:
    import enum
    import importlib

    cls = getattr(importlib.import_module(module), name)
    schema = (schemas if schemas is not None else {}).get(name, {})
    lines = [
        f"# {name}",
        "",
        f"`from tiledb.client.rest_api.models import {name}` (see [Models](../../models.md) for "
        "how models are built, read and converted).",
        "",
    ]
    if schema.get("description"):
        lines += [_cell(schema["description"]), ""]
    if isinstance(cls, type) and issubclass(cls, enum.Enum):
        lines += ["## Members", "", *_enum_table(cls), ""]
    else:
        table = _fields_table(cls, schema)
        if table:
            lines += ["## Fields", "", *table, ""]
        else:
            lines += [
                "## Fields",
                "",
                "None declared: a free-form map, read and set like a dict "
                '(`model["key"]`, `model.to_dict()`).',
                "",
            ]
    lines += [
        f"::: {module}.{name}",
        "    options:",
        "      show_root_heading: true",
        "      show_bases: false",
        "      members: false",
        "      show_docstring_attributes: false",  # the table above says it, with types
        "",
    ]
    return "\n".join(lines)


def _models_index(models: dict[str, str]) -> str:
    lines = [
        "# Models",
        "",
        "One class per schema of `openapi/tiledb-v4.yaml`, importable from "
        "`tiledb.client.rest_api.models`. Enums are `StrEnum`s; the others are attrs classes with "
        "`to_dict()` and `from_dict()`. The [Models guide](../../models.md) explains them.",
        "",
    ]
    lines += [f"- [`{name}`]({name}.md)" for name in models]
    return "\n".join(lines) + "\n"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Append the "Api classes" and "Models" sections to the API reference navigation.

    Only the models' index is listed: their pages are reached from it and from the links in the
    signatures.
    """
    pages: list[Any] = [f"{PREFIX}/index.md"]
    pages += [{_title(classes): f"{PREFIX}/{tag}.md"} for tag, classes in _tags().items()]
    for entry in config.nav or []:
        if isinstance(entry, dict) and SECTION in entry:
            entry[SECTION].append({"Api classes": pages})
            entry[SECTION].append({"Models": f"{MODELS}/index.md"})
            break
    else:
        raise ValueError(f"mkdocs.yml has no {SECTION!r} section for the Api class pages")
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated pages to the site's files."""
    tags = _tags()
    files.append(File.generated(config, f"{PREFIX}/index.md", content=_index(tags)))
    for tag, classes in tags.items():
        files.append(File.generated(config, f"{PREFIX}/{tag}.md", content=_page(tag, classes)))
    models = _models()
    schemas = _schemas()
    files.append(File.generated(config, f"{MODELS}/index.md", content=_models_index(models)))
    for name, module in models.items():
        page = _model_page(name, module, schemas)
        files.append(File.generated(config, f"{MODELS}/{name}.md", content=page))
    return files
