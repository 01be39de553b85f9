"""docs/migration.md holds the table of every established name, as scripts/migration-table.py makes it."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from .table import rows

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "migration-table.py"
PAGE = ROOT / "docs" / "migration.md"


def test_the_table_of_the_page_is_up_to_date() -> None:
    done = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_every_name_has_a_row() -> None:
    page = PAGE.read_text(encoding="utf-8")
    for module, name, row in rows():
        if row["kind"] != "missing":
            assert f"| `{module}` | `{name}` |" in page, (module, name)


def test_the_check_fails_on_a_stale_page(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("migration_table", SCRIPT)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    page = PAGE.read_text(encoding="utf-8")
    stale = page.replace(
        "| `tiledb.client.assets` | `get_asset` |", "| `tiledb.client.assets` | `get_asst` |"
    )
    assert stale != page
    assert script.render(stale) == page
    assert script.render(page) == page


def test_the_page_starts_with_switching() -> None:
    page = PAGE.read_text(encoding="utf-8")
    headings = [line for line in page.splitlines() if line.startswith("## ")]
    assert headings[0] == "## Switching (and back)"
    assert "pip uninstall -y tiledb-client" in page and "pip install tiledb-client" in page
