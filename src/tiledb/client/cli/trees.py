"""The tree commands: sync (copy what changed, either way) and du (sizes below a folder)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from .files import _bar, _remote, _uri, files_login
from .output import EXIT_OK, CommandError, UsageError, print_json, table


class FilterAction(argparse.Action):
    """``--exclude``/``--include``: appended in the order given (the last matching one decides)."""

    def __call__(
        self, parser: argparse.ArgumentParser, namespace: Any, values: Any, option: Any = None
    ) -> None:
        kind = "include" if option == "--include" else "exclude"
        found = list(getattr(namespace, "filters", None) or [])
        found.append((kind, str(values)))
        namespace.filters = found


def cmd_sync(args: argparse.Namespace) -> int:
    """Copy the files that are missing or changed from SRC to DST (one side a teamspace folder)."""
    from pathlib import Path

    from .._transfer.sync import sync_tree

    up, down = args.dest.startswith("tiledb://"), args.source.startswith("tiledb://")
    if up == down:
        raise UsageError("sync copies between this machine and a teamspace: exactly one side is tiledb://...")
    local_text, remote_text = (args.source, args.dest) if up else (args.dest, args.source)
    if up and not os.path.isdir(local_text):
        raise CommandError(f"{local_text}: no such local folder")
    files_login(args)
    remote = _remote(remote_text)
    with _bar(args, os.path.basename(os.path.normpath(local_text)) + "/") as bar:
        result = sync_tree(
            Path(local_text),
            remote,
            upload=up,
            delete=args.delete,
            filters=list(getattr(args, "filters", None) or []),
            dry_run=args.dryrun,
            size_only=args.size_only,
            concurrency=args.concurrency,
            progress=bar.tree,
        )
    prefix = "(dryrun) " if result.dry_run else ""
    for action in result.actions:
        local = os.path.join(local_text, *action.name.split("/"))
        far = _uri(remote.child(action.name))
        if action.kind == "upload":
            line = f"upload: {local} to {far}"
        elif action.kind == "download":
            line = f"download: {far} to {local}"
        else:
            line = f"delete: {far if up else local}"
        sys.stdout.write(f"{prefix}{line}\n")
    return EXIT_OK


def human(size: int) -> str:
    """``1.5K``, ``20M``...: sizes in powers of 1024, as ``du -h`` shows them."""
    value = float(size)
    for unit in ("B", "K", "M", "G", "T", "P"):
        if value < 1024 or unit == "P":
            if unit == "B":
                return f"{int(value)}B"
            return f"{value:.1f}{unit}" if value < 10 else f"{value:.0f}{unit}"
        value /= 1024
    return f"{size}B"  # pragma: no cover - the loop always returns


def cmd_du(args: argparse.Namespace) -> int:
    """Bytes used by the files below a folder: each folder's total, or only the total with ``-s``."""
    from .._transfer.listing import FileEntry
    from .._transfer.ops import stat
    from .._transfer.remote import list_entries

    files_login(args)
    target = _remote(args.path)
    found = stat(target)
    if found is None:
        raise CommandError(f"{_uri(target)}: no such file or folder")
    totals: dict[str, int] = {"": 0}
    counts: dict[str, int] = {"": 0}
    if found.kind == "file":
        totals[""], counts[""] = found.size, 1
    else:
        prefix = target.path + "/" if target.path else ""
        for entry in list_entries(target, recursive=True):
            if not isinstance(entry, FileEntry) or entry.path.endswith("/"):
                continue
            relative = entry.path[len(prefix) :] if entry.path.startswith(prefix) else entry.path
            folder = relative.rpartition("/")[0]
            parts = folder.split("/") if folder else []
            for end in range(len(parts) + 1):
                key = "/".join(parts[:end])
                totals[key] = totals.get(key, 0) + entry.size
                counts[key] = counts.get(key, 0) + 1
    keys = [""] if args.summarize else sorted(totals, key=lambda k: (k.count("/"), k), reverse=True)
    rows: list[dict[str, Any]] = [
        {"path": _uri(target.child(k)) if k else _uri(target), "size": totals[k], "files": counts[k]}
        for k in keys
    ]
    if args.json:
        print_json(rows, sys.stdout)
        return EXIT_OK
    show = human if args.human_readable else str
    table(
        ["SIZE", "FILES", "PATH"], [[show(r["size"]), str(r["files"]), r["path"]] for r in rows], sys.stdout
    )
    return EXIT_OK
