"""A smoke run of ``make bench``: tiny counts, our client only, no timing asserted.

The full benchmark (``make bench``) installs the established client into ``bench/.venvs/`` and
takes minutes; this only checks that every case runs end to end and the table comes out whole.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

ROWS = [
    "`import tiledb.client`: time over `import tiledb`",
    "`import tiledb.client`: peak memory over `import tiledb`",
    "cold start: new process, import, `login()`",
    "one small call (`GET /v4/users/self`)",
    "`list_assets` answering 50 assets",
    "listing 300 assets in pages of 100 through `assets.list_assets`",
    "peak memory while iterating all 300 assets of a folder through `assets.list_assets`",
    "`assets.get_asset` by path, by id and by URI, per call",
    "peak memory while holding a parsed 300-asset answer",
    "10 calls at once, server answers after 20 ms: async Api classes",
    "10 calls at once, server answers after 20 ms: `pool_threads=8`",
]


def test_quick_run_of_every_case(tmp_path: Path) -> None:
    output = tmp_path / "results.md"
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--quick", "--ours-only", "--output", str(output)],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    text = output.read_text()
    assert text.strip() in result.stdout
    assert "| case | ours | established | ours / established | floor | target | met |" in text
    for row in ROWS:
        lines = [line for line in text.splitlines() if line.startswith(f"| {row}")]
        assert len(lines) == 1, row
        cells = [cell.strip() for cell in lines[0].strip("|").split("|")]
        assert cells[1] != "—", row  # our client produced a figure
        assert cells[2] == "—", row  # the established client was left out
    assert "bench server: no canned answer" not in result.stderr


def test_canned_bodies_match_the_spec() -> None:
    """The server's answers are valid for the schemas the clients parse them with."""
    import jsonschema
    import yaml

    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import bodies
    finally:
        sys.path.remove(str(ROOT / "bench"))
    spec = yaml.safe_load((ROOT / "openapi" / "tiledb-v4.yaml").read_text())
    document = {"components": spec["components"]}

    def validate(value: object, schema_name: str) -> None:
        schema = {**document, "$ref": f"#/components/schemas/{schema_name}"}
        jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(value)

    validate(bodies.asset_list(40), "AssetListResponse")
    validate(bodies.self_user(), "UserSelfResponse")
    validate(bodies.workspace(), "WorkspaceGetResponse")
    validate(bodies.asset_page(250, 3, 100), "AssetListResponse")
    assert len(bodies.asset_page(250, 3, 100)["data"]) == 50
    assert 500 < len(bodies.encode(bodies.asset_list(1000))) / 1000 < 700
