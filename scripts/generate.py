#!/usr/bin/env python3
"""Generate the ``rest_api`` package from ``openapi/`` into a folder (default ``generated/rest_api``).

Runs the pinned openapi-python-client with the project's config and templates, formats the result
with ruff (``openapi/ruff.toml``) and adds ``py.typed``. Fails if the generator prints anything but
its "Generating" line, so a warning can never slip through. The output depends only on the inputs:
running it twice gives byte-identical files.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OPENAPI = ROOT / "openapi"


def _tool(name: str) -> str:
    """A console script installed beside this interpreter (the project's venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"generate: {name} is not installed; run `make setup` first")
    return found


def _with_parameter_docs(spec: Path, tmp: Path) -> Path:
    """A JSON copy of ``spec`` where each parameter's description also sits in its schema.

    The generator documents an argument from its schema only, so without this the descriptions
    written for parameters would never reach the ``Args:`` sections. Schemas given by ``$ref``
    are left alone (a description beside a ``$ref`` is ignored by OpenAPI 3.0).
    """
    from ruamel.yaml import YAML  # installed with openapi-python-client

    document = YAML(typ="safe").load(spec.read_text())
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


def _templates(tmp: Path) -> Path:
    """A copy of ``openapi/templates`` plus ``_project_config.jinja``, made from ``config.yaml``.

    The project's own settings in ``config.yaml`` (today ``secret_fields``) are not the generator's,
    which ignores them; the templates import them from that file as Jinja variables.
    """
    from ruamel.yaml import YAML

    config = YAML(typ="safe").load((OPENAPI / "config.yaml").read_text())
    secret_fields = config.get("secret_fields") or []
    if not all(isinstance(name, str) for name in secret_fields):
        sys.exit("generate: secret_fields in openapi/config.yaml must be a list of field names")
    templates = tmp / "templates"
    shutil.copytree(OPENAPI / "templates", templates)
    (templates / "_project_config.jinja").write_text(
        "{# Written by scripts/generate.py from openapi/config.yaml. #}\n"
        f"{{% set SECRET_FIELDS = {json.dumps(sorted(secret_fields))} %}}\n"
    )
    return templates


def generate(destination: Path, spec: Path = OPENAPI / "tiledb-v4.yaml") -> None:
    """Write the generated package for ``spec`` to ``destination`` (replaced whole)."""
    with tempfile.TemporaryDirectory(prefix="rest-api-") as tmp:
        out = Path(tmp) / "rest_api"
        spec = _with_parameter_docs(spec, Path(tmp))
        templates = _templates(Path(tmp))
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("destination", nargs="?", default=str(ROOT / "generated" / "rest_api"))
    parser.add_argument("--spec", default=str(OPENAPI / "tiledb-v4.yaml"))
    args = parser.parse_args()
    generate(Path(args.destination), Path(args.spec))


if __name__ == "__main__":
    main()
