"""Every public name of the established client's v4 modules, from the committed table, in ours.

One test per row of ``tests/data/established_names.json``: the name resolves in the same module;
a function accepts every call the established one accepts (parameter names, kinds, defaults); an
exception class is there and is a ``TileDBError``; ``ApiException`` catches what ours raises.
"""

from __future__ import annotations

import importlib
import inspect
from typing import Any

import pytest

import tiledb
from tiledb.client.testing import FakeServer

from .table import OLDER_API, TABLE, rows, signature_problems

ROWS = [(m, n, r) for m, n, r in rows() if r["kind"] not in ("module", "missing")]

#: Constructors that differ on purpose (docs/migration.md says why): Api classes take our client
#: (``build()`` makes them), ``ApiException`` is our API error, ``ApiClient`` our generated client.
CHANGED_CONSTRUCTORS = {"api", "ApiException", "ApiClient"}


def _get(module: str, name: str) -> Any:
    return getattr(importlib.import_module(module), name)


@pytest.mark.parametrize(("module", "name", "row"), ROWS, ids=[f"{m}.{n}" for m, n, _ in ROWS])
def test_the_name_resolves_in_the_same_module(module: str, name: str, row: dict[str, Any]) -> None:
    if name == "config" and module == "tiledb.client.config":
        pytest.skip("reading it loads a configuration: tests/compat/test_modules.py covers it")
    value = _get(module, name)
    kind = row["kind"]
    if kind == "function":
        assert callable(value)
        if row.get("signature") is not None:
            assert signature_problems(inspect.signature(value), row["signature"]) == []
    elif kind == "exception":
        assert issubclass(value, BaseException)
        if "tiledb.libtiledb.TileDBError" in row["mro"]:
            assert issubclass(value, tiledb.TileDBError)
    elif kind in ("model", "enum", "api", "class"):
        assert isinstance(value, type)
        assert value.__name__ in (name, "AuthenticatedClient")
        # Teamspace and Workspace: the same attributes (below), keyword construction differs.
        checked = kind == "class" and name not in CHANGED_CONSTRUCTORS | {"Teamspace", "Workspace"}
        if checked and row.get("init_signature"):
            assert signature_problems(inspect.signature(value), row["init_signature"]) == []
        members = (row.get("members") or {}) if kind == "class" and name != "ApiClient" else {}
        for member, info in members.items():
            if info["kind"] in ("method", "property", "attribute"):
                assert hasattr(value, member) or member in getattr(value, "__attrs_attrs__", ()), member


def test_a_model_or_enum_name_is_the_generated_class() -> None:
    from tiledb.client.rest_api import models

    from tiledb.client import rest_api

    for module, name, row in ROWS:
        if row["kind"] in ("model", "enum") and row["origin"].startswith("tiledb.client._common"):
            assert _get(module, name) is getattr(models, name), (module, name)
        if row["kind"] == "api":
            assert _get(module, name) is getattr(rest_api.api, name), (module, name)


def test_every_module_error_is_a_tiledb_cloud_error() -> None:
    from tiledb.client.tiledb_cloud_error import TileDBCloudError

    for module, name, row in ROWS:
        if (
            row["kind"] == "exception"
            and name.endswith("Error")
            and module.split(".")[-1]
            not in (
                "client",
                "config",
                "tiledb_cloud_error",
            )
        ):
            assert issubclass(_get(module, name), TileDBCloudError), (module, name)


def test_the_established_modules_are_all_in_the_table() -> None:
    names = {m.rsplit(".", 1)[-1] for m in TABLE["modules"]}
    assert {"versions", "config", "pager", "tiledb_cloud_error", "assets", "client"} <= names
    assert not TABLE["missing_modules"]


def test_the_older_api_modules_are_named_by_the_table() -> None:
    modules = {n for n, r in TABLE["modules"]["tiledb.client"]["names"].items() if r["kind"] == "module"}
    assert set(OLDER_API) <= modules


def test_importing_a_module_does_not_import_the_models(tmp_path: Any) -> None:
    import subprocess
    import sys

    code = (
        "import sys, tiledb.client.assets, tiledb.client.teamspaces, tiledb.client.credentials\n"
        "print(sum(m.startswith('tiledb.client.rest_api.models.') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_apiexception_catches_what_ours_raises(server: FakeServer, clean_home: Any, monkeypatch: Any) -> None:
    from tiledb.client.rest_api.api import AssetsApi

    import tiledb.client as tc
    from tiledb.client.assets import ApiException

    monkeypatch.setenv("TILEDB_REST_SERVER_ADDRESS", server.url)
    monkeypatch.setenv("TILEDB_REST_TOKEN", server.token)
    tc.login()
    with pytest.raises(ApiException) as caught:
        tc.build(AssetsApi).get_asset(server.workspace_name, server.teamspace_name, "no/such/asset")
    assert caught.value.status == 404
    assert caught.value.reason == "Not Found"
    assert isinstance(caught.value.body, str)
    assert "content-type" in caught.value.headers
