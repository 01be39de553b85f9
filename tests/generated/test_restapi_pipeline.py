"""The generation pipeline: a changed spec regenerates into a working package, the committed layer is
what the pipeline makes today, and importing the layer stays lazy."""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from _restapi_support import EXTRA_KEY, REPO, Examples, LoopbackServer, Recorded, Reply, load_spec, schemas

GENERATE = REPO / "scripts" / "generate.py"
CHECK_GENERATED = REPO / "scripts" / "check-generated"

WIDGET = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "name": {"type": "string"},
        "size": {"type": "integer"},
        "created_at": {"type": "string", "format": "date-time"},
        # A constraint on each item of a list (the real spec has none today).
        "labels": {"type": "array", "items": {"type": "string", "pattern": "^[a-z]+$"}},
    },
    "required": ["id", "name"],
}
GET_WIDGET = {
    "get": {
        "tags": ["widgets"],
        "summary": "Get widget",
        "operationId": "get_widget",
        "parameters": [
            {"name": "widget_id", "in": "path", "required": True, "schema": {"type": "string"}},
            {"name": "verbose", "in": "query", "required": False, "schema": {"type": "boolean"}},
            {
                "name": "tags",
                "in": "query",
                "required": False,
                "schema": {"type": "array", "items": {"type": "string", "minLength": 1, "maxLength": 8}},
            },
        ],
        "responses": {
            "200": {
                "description": "success",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}},
            },
            "404": {
                "description": "not found",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
            },
        },
        "security": [{"ApiKeyAuth": []}],
    }
}


def _env(**extra: str) -> dict[str, str]:
    return {**{k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}, **extra}


def _python_code(code: str, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *extra],
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(),
        check=False,
    )


def _write_spec(path: Path, spec: dict) -> Path:
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return path


def _copy_pipeline(root: Path) -> Path:
    """Copy scripts/, openapi/ and generated/ to ``root`` and edit one generated file by hand.

    Retried: in a shared working tree a concurrent ``make generate`` may replace generated/ while
    it is being copied.
    """
    for attempt in range(3):
        try:
            for part in ("scripts", "openapi", "generated"):
                shutil.copytree(REPO / part, root / part, ignore=shutil.ignore_patterns("__pycache__"))
            edited = root / "generated" / "rest_api" / "api" / "tokens" / "list_tokens.py"
            edited.write_text(edited.read_text() + "# edited by hand\n")
            return root
        except (OSError, shutil.Error):
            shutil.rmtree(root, ignore_errors=True)
            if attempt == 2:
                raise
            time.sleep(1)
    raise AssertionError("unreachable")


class Jobs:
    """The slow subprocesses of this module (generator runs), started together, awaited by name."""

    def __init__(self) -> None:
        self._running: dict[str, subprocess.Popen[str]] = {}
        self._done: dict[str, subprocess.CompletedProcess[str]] = {}

    def start(self, name: str, args: list[str], cwd: Path | None = None, **env: str) -> None:
        self._running[name] = subprocess.Popen(
            args, cwd=cwd, env=_env(**env), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )

    def result(self, name: str) -> subprocess.CompletedProcess[str]:
        if name not in self._done:
            proc = self._running.pop(name)
            out, err = proc.communicate(timeout=120)
            self._done[name] = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
        return self._done[name]

    def close(self) -> None:
        for proc in self._running.values():
            proc.kill()
            proc.communicate()


@pytest.fixture(scope="module")
def jobs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Jobs, Path]]:
    tmp = tmp_path_factory.mktemp("pipeline")

    # 1. A spec with a new tag/operation/schema and a new field on an existing model.
    spec = copy.deepcopy(load_spec())
    spec["paths"]["/v4/widgets/{widget_id}"] = GET_WIDGET
    spec["components"]["schemas"]["Widget"] = WIDGET
    spec["components"]["schemas"]["Versions"]["properties"]["widget_count"] = {"type": "integer"}
    changed = _write_spec(tmp / "changed.yaml", spec)

    # 2. A spec with an operation the generator cannot build (a reference to a missing schema).
    spec = copy.deepcopy(load_spec())
    broken = copy.deepcopy(GET_WIDGET)
    broken["get"]["operationId"] = "get_broken"
    broken["get"]["responses"]["200"]["content"] = {
        "application/json": {"schema": {"$ref": "#/components/schemas/NoSuchSchema"}}
    }
    spec["paths"]["/v4/broken/{widget_id}"] = broken
    broken_spec = _write_spec(tmp / "broken.yaml", spec)

    # 3. A copy of the pipeline whose committed layer was edited by hand.
    copy_root = _copy_pipeline(tmp / "repo")

    running = Jobs()
    generate = [sys.executable, str(GENERATE)]
    running.start("changed", [*generate, str(tmp / "changed" / "rest_api"), "--spec", str(changed)])
    running.start("broken", [*generate, str(tmp / "broken" / "rest_api"), "--spec", str(broken_spec)])
    running.start("check", [str(CHECK_GENERATED)], cwd=REPO)
    # The copy has no .venv: check-generated takes the interpreter from $PYTHON.
    check_copy = str(copy_root / "scripts" / "check-generated")
    running.start("check-copy", [check_copy], cwd=copy_root, PYTHON=sys.executable)
    yield running, tmp
    running.close()


def test_regeneration_prints_nothing(jobs: tuple[Jobs, Path]) -> None:
    result = jobs[0].result("changed")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr == ""  # generate.py fails on any generator warning, and ruff runs quietly


def test_new_operation_and_field_work(jobs: tuple[Jobs, Path], server: LoopbackServer) -> None:
    result = jobs[0].result("changed")
    assert result.returncode == 0, result.stderr
    out = jobs[1] / "changed"
    assert (out / "rest_api" / "api" / "widgets" / "get_widget.py").is_file()
    assert (out / "rest_api" / "models" / "widget.py").is_file()

    widget = {
        "id": "w-1",
        "name": "gear",
        "size": 3,
        "created_at": "2025-01-02T03:04:05+00:00",
        EXTRA_KEY: "x",
    }
    versions = Examples().build(schemas()["VersionsResponse"])
    versions["data"]["widget_count"] = 42

    def answer(request: Recorded) -> Reply:
        if request.raw_path.startswith("/v4/widgets/"):
            return Reply.json(widget)
        return Reply.json(versions)

    server.responder = answer
    code = """
        import json, sys
        sys.path.insert(0, sys.argv[1])
        import httpx
        import rest_api
        from rest_api.api import API_CLASSES, WidgetsApi, VersionsApi
        from rest_api.client import Client

        with httpx.Client(base_url=sys.argv[2]) as http:
            client = Client(base_url=sys.argv[2]).set_httpx_client(http)
            widget = WidgetsApi(client).get_widget("w/1 x", verbose=False)
            versions = VersionsApi(client).get_versions()
        print(json.dumps({
            "classes": len(API_CLASSES),
            "widget_type": type(widget).__module__ + "." + type(widget).__name__,
            "widget": widget.to_dict(),
            "size": widget.size,
            "widget_count": versions.data.widget_count,
            "versions": versions.to_dict(),
            "installed_layer_imported": any(m.startswith("tiledb.client.rest_api") for m in sys.modules),
        }))
    """
    run = _python_code(code, str(out), server.url)
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout)
    assert seen["classes"] == 52  # 25 tags + widgets, each with its async twin
    assert seen["widget_type"] == "rest_api.models.widget.Widget"
    assert seen["widget"] == widget
    assert seen["size"] == 3
    assert seen["widget_count"] == 42
    assert seen["versions"] == versions
    assert not seen["installed_layer_imported"]  # the generated package is self-contained
    first, second = server.requests
    assert (first.method, first.raw_path, first.query) == (
        "GET",
        "/v4/widgets/w%2F1%20x",
        [("verbose", "false")],
    )
    assert (second.method, second.raw_path) == ("GET", "/v4/versions")


def test_each_item_of_a_list_is_checked(jobs: tuple[Jobs, Path], server: LoopbackServer) -> None:
    """``items`` constraints of a list parameter and of a list field refuse a bad item, named by
    its index, before anything is sent; a list of good items goes out."""
    result = jobs[0].result("changed")
    assert result.returncode == 0, result.stderr
    server.responder = lambda request: Reply.json({"id": "w-1", "name": "gear", "labels": ["Not Checked"]})
    code = """
        import json, sys
        sys.path.insert(0, sys.argv[1])
        import httpx
        from rest_api.api import WidgetsApi
        from rest_api.client import Client
        from rest_api.errors import ConstraintError
        from rest_api.models import Widget

        refused = []
        with httpx.Client(base_url=sys.argv[2]) as http:
            api = WidgetsApi(Client(base_url=sys.argv[2]).set_httpx_client(http))
            for tags in (["ok", ""], ["ok", "a" * 9]):
                try:
                    api.get_widget("w-1", tags=tags)
                except ConstraintError as error:
                    refused.append(str(error))
            answer = api.get_widget("w-1", tags=["ok", "a" * 8])
        try:
            Widget(id="w-2", name="cog", labels=["fine", "Bad"])
        except ConstraintError as error:
            refused.append(str(error))
        print(json.dumps({"refused": refused, "labels": answer.labels}))
    """
    run = _python_code(code, str(jobs[1] / "changed"), server.url)
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout)
    empty, long, label = seen["refused"]
    assert "tags[1]" in empty and "must not be empty" in empty
    assert "tags[1]" in long and "at most 8 characters" in long
    assert "labels[1]" in label and "^[a-z]+$" in label and "'Bad'" in label
    assert seen["labels"] == ["Not Checked"]  # an answer is never refused
    (sent,) = server.requests  # the refused calls sent nothing
    assert sent.query == [("tags", "ok"), ("tags", "a" * 8)]


def test_generator_warning_fails_generation(jobs: tuple[Jobs, Path]) -> None:
    """An operation the generator cannot handle must fail ``generate.py`` loudly, not be skipped."""
    result = jobs[0].result("broken")
    assert result.returncode != 0
    assert "get_broken" in result.stderr or "NoSuchSchema" in result.stderr
    assert not (jobs[1] / "broken" / "rest_api").exists()


def test_committed_layer_matches_the_pipeline(jobs: tuple[Jobs, Path]) -> None:
    result = jobs[0].result("check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "in sync" in result.stdout


def test_drift_check_names_a_changed_file(jobs: tuple[Jobs, Path]) -> None:
    """``check-generated`` fails (naming the file) when the committed layer was edited by hand."""
    result = jobs[0].result("check-copy")
    assert result.returncode == 1
    assert "generated/rest_api/api/tokens/list_tokens.py" in result.stderr
    assert str(jobs[1]) not in result.stderr


LAZY = """
    import json, sys
    prefix = "tiledb.client.rest_api"
    def loaded(kind):
        return sorted(m for m in sys.modules if m.startswith(f"{prefix}.{kind}."))
    def endpoints():
        # tiledb.client.rest_api.api.<tag>.<operation>
        return [m for m in loaded("api") if m.count(".") == 5]
    import tiledb.client.rest_api
    bare = {"api": prefix + ".api" in sys.modules, "models": len(loaded("models"))}
    import tiledb.client.rest_api.api
    from tiledb.client.rest_api.api import TokensApi
    after_import = {
        "models": loaded("models"),
        "endpoints": endpoints(),
        "tags": sorted({m.split(".")[4] for m in loaded("api")}),
    }
    import httpx
    from tiledb.client.rest_api.client import Client
    with httpx.Client(base_url=sys.argv[1]) as http:
        TokensApi(Client(base_url=sys.argv[1]).set_httpx_client(http)).list_tokens("api")
    after_call = {"models": loaded("models"), "endpoints": endpoints()}
    print(json.dumps({"bare": bare, "after_import": after_import, "after_call": after_call}))
"""


def test_imports_are_lazy(server: LoopbackServer) -> None:
    server.reply_json(Examples().build(schemas()["TokenListResponse"]))
    run = _python_code(LAZY, server.url)
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout)
    assert seen["bare"] == {"api": False, "models": 0}
    assert len(seen["after_import"]["models"]) < 10, seen["after_import"]["models"]
    assert seen["after_import"]["endpoints"] == []  # no operation module before the first call
    assert seen["after_import"]["tags"] == ["tokens"]
    assert seen["after_call"]["endpoints"] == ["tiledb.client.rest_api.api.tokens.list_tokens"]
    assert len(seen["after_call"]["models"]) < 15, seen["after_call"]["models"]
