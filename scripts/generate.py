#!/usr/bin/env python3
"""Generate the ``rest_api`` package from ``openapi/`` into a folder (default ``generated/rest_api``).

Runs the pinned openapi-python-client with the project's config and templates, formats the result
with ruff (``openapi/ruff.toml``) and adds ``py.typed``. Fails if the generator prints anything but
its "Generating" line, so a warning can never slip through. The output depends only on the inputs:
running it twice gives byte-identical files.

Every regeneration of the project's own layer also says what changed in the API (``scripts/spec_diff.py``):
it prints the report and writes it to ``openapi/CHANGES.md``. The spec it compares with is the one
being replaced:

* ``--spec NEW`` (``make generate SPEC=NEW``): the current ``openapi/tiledb-v4.yaml``. Once the new
  spec has generated without a problem it is copied over ``openapi/tiledb-v4.yaml``; a spec that
  fails to generate leaves ``openapi/`` and ``generated/`` as they were.
* no ``--spec`` (``make generate``): the spec of the last generation. Each generation of
  ``generated/rest_api`` keeps a byte copy of its spec beside it, ``generated/last-generated-spec.yaml``,
  committed with the layer, and the next run compares with that copy. It was chosen over
  ``git show HEAD:openapi/tiledb-v4.yaml`` because it is exactly "what the layer was last made
  from" (HEAD is only the last commit: two regenerations before a commit would both report the
  first one's changes), needs no git (an sdist or a copied tree works the same) and is one
  mechanism instead of two. It costs nothing in git while it equals the spec (the same blob).

Without a change the report says so. It never holds a date or a path of the machine, so the same
two specs always give the same file; ``CHANGES.md`` is outside ``generated/`` and
``scripts/check-generated`` does not compare it.

Generating anywhere else (``check-generated`` and the tests use temporary folders) writes nothing
but the destination: ``--spec`` is then only the spec to generate from, no copy is kept, and a
report is written (and printed) only when ``--changes PATH`` asks for one; it compares with
``openapi/tiledb-v4.yaml`` when ``--spec`` is given, else with the copy of the last generation.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OPENAPI = ROOT / "openapi"
SPEC = OPENAPI / "tiledb-v4.yaml"
CHANGES = OPENAPI / "CHANGES.md"
#: The project's generated layer; generating into it is what takes a spec in (see above).
LAYER = ROOT / "generated" / "rest_api"
#: A copy of the spec ``LAYER`` was last generated from: what a plain ``make generate`` compares with.
LAST_SPEC = ROOT / "generated" / "last-generated-spec.yaml"


def _tool(name: str) -> str:
    """A console script installed beside this interpreter (the project's venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"generate: {name} is not installed; run `make setup` first")
    return found


def _load(spec: Path) -> Any:
    """A YAML (or JSON) spec as plain dicts and lists."""
    from ruamel.yaml import YAML  # installed with openapi-python-client

    return YAML(typ="safe").load(spec.read_text(encoding="utf-8"))


def _with_parameter_docs(spec: Path, tmp: Path) -> Path:
    """A JSON copy of ``spec`` where each parameter's description also sits in its schema.

    The generator documents an argument from its schema only, so without this the descriptions
    written for parameters would never reach the ``Args:`` sections. Schemas given by ``$ref``
    are left alone (a description beside a ``$ref`` is ignored by OpenAPI 3.0).
    """
    document = _load(spec)
    for item in document.get("paths", {}).values():
        for operation in item.values():
            for parameter in operation.get("parameters", []) if isinstance(operation, dict) else []:
                schema = parameter.get("schema")
                text = parameter.get("description")
                if text and isinstance(schema, dict) and "$ref" not in schema:
                    schema.setdefault("description", text)
    copy = tmp / "spec.json"
    copy.write_text(json.dumps(document))
    return copy


#: JSON Schema keywords the generator drops and the templates check, with the keyword argument of
#: ``types.check_value`` each becomes. ``exclusiveMinimum``/``exclusiveMaximum`` are handled apart
#: (a flag on ``minimum``/``maximum`` in OpenAPI 3.0, a number of their own in 3.1).
CONSTRAINT_KEYWORDS = {
    "minLength": "min_length",
    "maxLength": "max_length",
    "pattern": "pattern",
    "minimum": "minimum",
    "maximum": "maximum",
    "minItems": "min_items",
    "maxItems": "max_items",
}


def _resolved(document: Any, schema: Any) -> Any:
    """``schema``, or the component it names when it is a ``$ref`` (followed to the end)."""
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema and seen < 32:
        ref = schema["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/"):
            return schema
        target: Any = document
        for part in ref[2:].split("/"):
            key = part.replace("~1", "/").replace("~0", "~")
            target = target.get(key, {}) if isinstance(target, dict) else {}
        schema, seen = target, seen + 1
    return schema


def _constraint_values(document: Any, schema: Any, secret: bool, depth: int = 0) -> dict[str, Any]:
    """The keyword arguments of ``check_value`` for the constraints of ``schema``, as values.

    An array's ``items`` schema gives an ``items`` argument of its own (the same arguments, for
    each item), followed through ``$ref`` and nested arrays.
    """
    schema = _resolved(document, schema)
    if not isinstance(schema, dict):
        return {}
    arguments: dict[str, Any] = {}
    for keyword, argument in CONSTRAINT_KEYWORDS.items():
        value = schema.get(keyword)
        if isinstance(value, bool) or value is None:
            continue
        if keyword == "pattern" and not isinstance(value, str):
            continue
        if keyword != "pattern" and not isinstance(value, int | float):
            continue
        arguments[argument] = value
    for keyword, bound, argument in (
        ("exclusiveMinimum", "minimum", "exclusive_minimum"),
        ("exclusiveMaximum", "maximum", "exclusive_maximum"),
    ):
        value = schema.get(keyword)
        if value is True and bound in arguments:  # OpenAPI 3.0: the bound itself is excluded
            arguments[argument] = arguments.pop(bound)
        elif isinstance(value, int | float) and not isinstance(value, bool):  # OpenAPI 3.1
            arguments[argument] = value
    # A depth limit, because a self-referencing array schema would otherwise never end.
    if "items" in schema and depth < 8:
        items = _constraint_values(document, schema["items"], secret, depth + 1)
        if items:
            arguments["items"] = items
    if arguments and secret:
        arguments["secret"] = True
    return arguments


def constraint_arguments(document: Any, schema: Any, secret: bool = False) -> str:
    """The keyword arguments of ``check_value`` (Python source) for the constraints of ``schema``,
    a schema of ``document`` (the spec its ``$ref`` are looked up in).

    An empty string when the schema states none the templates check. ``secret`` adds
    ``secret=True``: the value is then never quoted in a refusal.
    """
    arguments = _constraint_values(document, schema, secret)
    return ", ".join(f"{name}={value!r}" for name, value in arguments.items())


Rules = dict[str, dict[str, str]]


def constraints(document: Any, secret_fields: list[str]) -> tuple[Rules, Rules]:
    """What the templates check, from the spec: per operation and per schema, the arguments of
    ``check_value`` for each constrained parameter (by its OpenAPI name) and property (JSON name).
    """
    parameters: Rules = {}
    for item in document.get("paths", {}).values():
        shared = item.get("parameters", []) if isinstance(item, dict) else []
        for method, operation in item.items() if isinstance(item, dict) else []:
            if method == "parameters" or not isinstance(operation, dict) or "operationId" not in operation:
                continue
            for parameter in [*shared, *operation.get("parameters", [])]:
                parameter = _resolved(document, parameter)
                if not isinstance(parameter, dict) or parameter.get("in") not in ("path", "query", "header"):
                    continue
                name = parameter["name"]
                rules = constraint_arguments(document, parameter.get("schema"), name in secret_fields)
                if rules:
                    parameters.setdefault(operation["operationId"], {})[name] = rules
    models: Rules = {}
    for schema_name, schema in document.get("components", {}).get("schemas", {}).items():
        for name, prop in (schema.get("properties") or {}).items() if isinstance(schema, dict) else []:
            rules = constraint_arguments(document, prop, name in secret_fields)
            if rules:
                # Keyed as the generator names a component's model: by its place in the spec.
                models.setdefault(f"/components/schemas/{schema_name}", {})[name] = rules
    return parameters, models


def _templates(tmp: Path, spec: Path) -> Path:
    """A copy of ``openapi/templates`` plus ``_project_config.jinja``, made from ``config.yaml`` and the spec.

    The project's own settings in ``config.yaml`` (today ``secret_fields``) are not the generator's,
    which ignores them; the templates import them from that file as Jinja variables. So are the
    constraints of the spec the generator drops (lengths, patterns, bounds, item counts):
    ``PARAMETER_RULES`` (operation id, then parameter name) and ``MODEL_RULES``
    (``/components/schemas/`` and the schema name, then property name) map each to the keyword
    arguments of ``types.check_value``, as Python source.
    """
    from ruamel.yaml import YAML

    config = YAML(typ="safe").load((OPENAPI / "config.yaml").read_text())
    secret_fields = config.get("secret_fields") or []
    if not all(isinstance(name, str) for name in secret_fields):
        sys.exit("generate: secret_fields in openapi/config.yaml must be a list of field names")
    parameter_rules, model_rules = constraints(_load(spec), secret_fields)
    templates = tmp / "templates"
    shutil.copytree(OPENAPI / "templates", templates)
    # JSON literals are Jinja literals too (no null is written); Jinja reads their escapes back.
    (templates / "_project_config.jinja").write_text(
        "{# Written by scripts/generate.py from openapi/config.yaml and the spec. #}\n"
        f"{{% set SECRET_FIELDS = {json.dumps(sorted(secret_fields))} %}}\n"
        f"{{% set PARAMETER_RULES = {json.dumps(parameter_rules, sort_keys=True)} %}}\n"
        f"{{% set MODEL_RULES = {json.dumps(model_rules, sort_keys=True)} %}}\n"
    )
    return templates


def generate(destination: Path, spec: Path = SPEC) -> None:
    """Write the generated package for ``spec`` to ``destination`` (replaced whole)."""
    with tempfile.TemporaryDirectory(prefix="rest-api-") as tmp:
        out = Path(tmp) / "rest_api"
        spec = _with_parameter_docs(spec, Path(tmp))
        templates = _templates(Path(tmp), spec)
        result = subprocess.run(
            [
                _tool("openapi-python-client"),
                "generate",
                "--path",
                str(spec),
                "--config",
                str(OPENAPI / "config.yaml"),
                "--custom-template-path",
                str(templates),
                "--meta",
                "none",
                "--output-path",
                str(out),
                "--overwrite",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        chatter = [
            line
            for line in (result.stdout + result.stderr).splitlines()
            if line.strip() and not line.startswith("Generating ")
        ]
        if result.returncode != 0 or chatter:
            sys.stderr.write("\n".join(chatter) + "\n")
            sys.exit(f"generate: openapi-python-client reported problems (exit {result.returncode})")
        ruff = _tool("ruff")
        config = str(OPENAPI / "ruff.toml")
        fix = [ruff, "check", "--quiet", "--fix-only", "--unsafe-fixes", "--config", config, str(out)]
        subprocess.run(fix, check=True)
        subprocess.run([ruff, "format", "--quiet", "--config", config, str(out)], check=True)
        (out / "py.typed").write_text("")
        if destination.exists():
            shutil.rmtree(destination)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(out, destination)


def changes_report(new: Path, old: Path, baseline: str) -> str:
    """The Markdown report of the API changes from spec ``old`` to spec ``new``.

    When ``old`` does not exist (no generation has kept a copy of its spec yet) there is nothing to
    compare with, and the report says that instead.
    """
    import spec_diff  # beside this script

    if not old.is_file():
        return (
            "# API changes\n\n"
            f"No record of the spec of the last generation (`{LAST_SPEC.relative_to(ROOT)}`), so nothing "
            "to compare with; the next `make generate` compares with the spec generated now.\n"
        )
    return spec_diff.render(spec_diff.compare(_load(old), _load(new)), baseline=baseline)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        epilog="See the docstring of scripts/generate.py for what is compared with what.",
    )
    parser.add_argument("destination", nargs="?", default=str(LAYER))
    parser.add_argument(
        "--spec",
        metavar="PATH",
        help="generate from this spec; into generated/rest_api it also replaces openapi/tiledb-v4.yaml",
    )
    parser.add_argument(
        "--changes",
        metavar="PATH",
        help="write the report of API changes here (and print it); "
        "default: openapi/CHANGES.md when generating into generated/rest_api, else none",
    )
    args = parser.parse_args()
    destination = Path(args.destination)
    own_layer = destination.resolve() == LAYER.resolve()
    new_spec = Path(args.spec) if args.spec else SPEC
    # --spec openapi/tiledb-v4.yaml is a plain run: only another file is a spec taken in.
    taking_in = new_spec.resolve() != SPEC.resolve()
    report_to = Path(args.changes) if args.changes else CHANGES if own_layer else None

    if not taking_in:
        old_spec, baseline = LAST_SPEC, "since the last generation"
    elif own_layer:
        old_spec, baseline = SPEC, f"from the `{SPEC.relative_to(ROOT)}` it replaces"
    else:
        old_spec, baseline = SPEC, f"from `{SPEC.relative_to(ROOT)}`"
    # Made before anything is replaced: the spec compared with may be overwritten below.
    report = None if report_to is None else changes_report(new_spec, old_spec, baseline)
    generate(destination, new_spec)
    if own_layer:
        if taking_in:
            shutil.copyfile(new_spec, SPEC)
        shutil.copyfile(SPEC, LAST_SPEC)
    if report_to is not None and report is not None:
        report_to.parent.mkdir(parents=True, exist_ok=True)
        report_to.write_text(report, encoding="utf-8")
        sys.stdout.write(report)


if __name__ == "__main__":
    main()
