"""mkdocs hook: one reference page per tag and one per model of the generated layer.

The tags and their classes come from ``tiledb.client.rest_api.api.API_CLASSES`` and the models from
``tiledb.client.rest_api.models.MODELS``, so what ``make generate`` adds gets its page without
editing the docs. Each tag page renders the blocking class and its async twin with mkdocstrings
(the generated docstrings use the Google style); each model page renders the class with its fields
and constructor signature, whose types link to the other model pages.
"""

from __future__ import annotations

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


def _model_page(name: str, module: str) -> str:
    return "\n".join(
        [
            f"# {name}",
            "",
            f"`from tiledb.client.rest_api.models import {name}` (see [Models](../../models.md) for "
            "how models are built, read and converted).",
            "",
            f"::: {module}.{name}",
            "    options:",
            "      show_root_heading: true",
            "      show_bases: false",
            "      members: false",
            "",
        ]
    )


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
    files.append(File.generated(config, f"{MODELS}/index.md", content=_models_index(models)))
    for name, module in models.items():
        files.append(File.generated(config, f"{MODELS}/{name}.md", content=_model_page(name, module)))
    return files
