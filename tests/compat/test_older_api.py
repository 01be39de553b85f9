"""What stays out, said clearly: the older v1/v2 API modules, and files of the other package mixed in."""

from __future__ import annotations

import importlib
import warnings
from pathlib import Path

import pytest

import tiledb.client as tc

from .table import OLDER_API, TABLE


@pytest.mark.parametrize("name", sorted(tc.OLDER_API))
def test_importing_an_older_api_module_says_why(name: str) -> None:
    with pytest.raises(ModuleNotFoundError) as caught:
        importlib.import_module(f"tiledb.client.{name}")
    message = str(caught.value)
    assert f"tiledb.client.{name} is not part of this package" in message
    assert "docs/migration.md" in message
    assert caught.value.name == f"tiledb.client.{name}"


@pytest.mark.parametrize("name", ["udf", "sql", "dag"])
def test_from_import_says_why_too(name: str) -> None:
    with pytest.raises(ImportError, match="not part of this package"):
        exec(f"from tiledb.client import {name}", {})


def test_the_older_modules_of_the_table_are_all_named() -> None:
    named = {n for n, r in TABLE["modules"]["tiledb.client"]["names"].items() if r["kind"] == "module"}
    v4 = {m.rsplit(".", 1)[-1] for m in TABLE["modules"]}
    assert named - v4 <= tc.OLDER_API
    assert set(OLDER_API) <= tc.OLDER_API


def test_other_modules_still_fail_as_usual() -> None:
    with pytest.raises(ModuleNotFoundError) as caught:
        importlib.import_module("tiledb.client.no_such_module")
    assert "not part of this package" not in str(caught.value)


def test_mixed_in_files_are_found_and_warned_about(tmp_path: Path) -> None:
    from tiledb import client

    (tmp_path / "_common").mkdir()
    (tmp_path / "udf.py").write_text("", encoding="utf-8")
    (tmp_path / "assets.py").write_text("", encoding="utf-8")
    assert client.mixed_files(str(tmp_path)) == ["_common", "udf.py"]
    with pytest.warns(RuntimeWarning, match="pip uninstall -y tiledb-client tiledb-rest-client") as caught:
        client._warn_if_mixed(str(tmp_path))
    assert "_common, udf.py" in str(caught[0].message)


def test_a_clean_directory_gives_no_warning(tmp_path: Path) -> None:
    from tiledb import client

    (tmp_path / "assets.py").write_text("", encoding="utf-8")
    assert client.mixed_files(str(tmp_path)) == []
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client._warn_if_mixed(str(tmp_path))
        client._warn_if_mixed(str(Path(client.__file__).parent))
