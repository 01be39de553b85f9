#!/usr/bin/env python3
"""Write the table of every established name into docs/migration.md (between its markers).

The names come from tests/data/established_names.json (the established client's public v4 names);
for each: same, better or changed here, and why. ``--check`` exits 1 when the page is out of date
(tests/compat/test_migration_doc.py runs the same check). Run from the repository root.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "tests" / "data" / "established_names.json"
PAGE = ROOT / "docs" / "migration.md"
START = "<!-- names: start (made by scripts/migration-table.py from tests/data/established_names.json) -->"
END = "<!-- names: end -->"

#: The established client's modules that use the older v1/v2 API.
OLDER_API = {
    "udf",
    "sql",
    "dag",
    "array",
    "tasks",
    "compute",
    "taskgraphs",
    "cloudarray",
    "soma",
    "vcf",
    "utilities",
}

#: Functions that do more or fail better here (the "Better" section says how).
BETTER = {
    "get_metadata": "every page of metadata, not the first only",
    "list_folder_contents": "every page, not the first only",
    "search_assets": "a string `metadata` filter is one filter; teamspace objects, ids and names work",
    "delete_metadata": "one key or a list of keys",
    "create_folder": "only a missing parent is created with `parents=True`; other errors raised",
    "verify_credential": "`allowed_in_tasks` sent as given",
    "get_asset": "one request for a path, id or URI; the URI's workspace is used",
    "rename_asset": "two requests instead of three",
    "list_assets": "a `Pager` with `len()`, pages fetched ahead, never twice",
    "list_teamspace_members": "a `Pager` with `len()`, pages fetched ahead, never twice",
    "list_workspace_members": "a `Pager` with `len()`, pages fetched ahead, never twice",
    "list_tokens": "a `Pager` with `len()`, keys masked",
    "list_credentials": "a `Pager` with `len()`, pages fetched ahead, never twice",
    "list_storage_settings": "a `Pager` with `len()`, pages fetched ahead, never twice",
    "upload_file": "parallel multipart parts, resumable, checked (see Files)",
    "download_file": "ranged, resumable, written to a temporary file renamed when complete",
    "upload_tree": "several files at once",
}

#: Functions whose result differs (the "Changed" section says how).
CHANGED = {
    "register_asset": "returns the registered asset (was `None`)",
    "update_asset": "returns the asset afterwards (was `None`)",
    "update_metadata": "returns the metadata the server answered (was `None`)",
    "create_credential": "returns the credential; `allowed_in_tasks` sent as given",
    "update_credential": "returns the credential afterwards; `allowed_in_tasks` sent as given",
    "update_storage_setting": "returns the setting afterwards (was `None`)",
    "update_user": "returns the user afterwards (was `None`)",
    "add_teamspace_members": "returns the memberships (was `None`)",
    "add_workspace_member": "returns the membership (was `None`)",
    "get_user_id": "a username is a `ValueError` (its id takes a request); a wrong type a `TypeError`",
}


def _why(module: str, name: str, row: dict[str, Any]) -> tuple[str, str]:
    kind = row["kind"]
    short = module.rsplit(".", 1)[-1]
    if kind == "function":
        if name in CHANGED:
            return "changed", CHANGED[name]
        if name in BETTER:
            return "better", BETTER[name]
        if short == "config":
            return "same", "through this client's one session (no second global state)"
        return "same", "same parameters and defaults; errors carry status and request id"
    if kind == "exception":
        if name == "ApiException":
            return "changed", "our `ApiError` (`.status`, `.reason`, `.body`, `.headers` readable)"
        if name == "TileDBCloudError":
            return "same", "the base of every module error here"
        if short in ("client", "config") or module == "tiledb.client":
            return "same", "a `tiledb.TileDBError`"
        return (
            "better",
            "also a `TileDBCloudError`; carries status and request id; bad input: also `ValueError`",
        )
    if kind == "model":
        aliases = [a for a in row["attributes"] if a in ("type", "_self", "format", "object", "bytes")]
        if aliases:
            shown = ", ".join(f"`{a}`" for a in aliases)
            return "same", f"the generated model; {shown} read the field `{aliases[0].lstrip('_')}_`"
        return "same", "the generated model, same attribute names"
    if kind == "enum":
        if name == "RetryMode":
            return "same", "the same modes"
        return "same", "a `StrEnum`: same member names and values, `allowable_values`"
    if kind == "api":
        return "changed", "built with `build()`; methods return the model, raise `ApiError`"
    if name == "ApiClient":
        return "changed", "the generated `AuthenticatedClient` (use `build()`)"
    if name == "Pager":
        return "better", "`len()`, pages held and fetched ahead; same constructor and attributes"
    if name == "Teamspace":
        return "same", "the generated model with `teamspace_role`; every field of the model too"
    if name == "Workspace":
        return "same", "same attributes"
    if kind == "constant":
        return "same", "the shared `Client`"
    if kind == "module":
        if name in OLDER_API:
            return "changed", "not part of this package: it uses the older v1/v2 API (What stays out)"
        return "same", "the module, loaded on first access"
    if name in ("Config", "Ctx"):
        return "same", "TileDB-Py's, carrying the session"
    return "same", ""


def table() -> str:
    """The Markdown table, one row per established name."""
    data = json.loads(TABLE.read_text(encoding="utf-8"))
    lines = ["| module | name | kind | here | why |", "| --- | --- | --- | --- | --- |"]
    for module, entry in sorted(data["modules"].items()):
        names = {**entry["names"], **(entry.get("public_not_in_all") or {})}
        for name in entry.get("module_getattr_names") or ():
            names[name] = {"kind": "constant"}
        for name, row in sorted(names.items()):
            if row["kind"] == "missing":
                continue
            status, why = _why(module, name, row)
            if module.endswith(".config") and name == "config":
                why = "the current session, loaded by `load_configuration()` on first access"
            lines.append(f"| `{module}` | `{name}` | {row['kind']} | {status} | {why} |")
    return "\n".join(lines)


def render(page: str) -> str:
    """``page`` with the table between its markers replaced."""
    head, _, rest = page.partition(START)
    _, _, tail = rest.partition(END)
    return f"{head}{START}\n\n{table()}\n\n{END}{tail}"


def main() -> int:
    page = PAGE.read_text(encoding="utf-8")
    if START not in page or END not in page:
        print(f"{PAGE}: the markers are missing", file=sys.stderr)
        return 2
    new = render(page)
    if "--check" in sys.argv[1:]:
        if new != page:
            print(f"{PAGE} is out of date: run scripts/migration-table.py", file=sys.stderr)
            return 1
        return 0
    PAGE.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
