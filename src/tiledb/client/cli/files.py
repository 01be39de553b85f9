"""The file commands: ls, cp, mv, rm, cat and mkdir, over :mod:`tiledb.client.files` and its operations."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from .._highlevel.errors import FilesError
from .output import EXIT_OK, PROG, CommandError, UsageError, print_json, table
from .profiles import profile_dir, profile_name

# --------------------------------------------------------------------------- file commands


def files_login(args: argparse.Namespace) -> None:
    """Log in with the selected profile (no extra request: the first file call checks it)."""
    import tiledb.client as tc

    chosen = args.profile_dir or os.environ.get("TILEDB_PROFILE_DIR")
    tc.login(profile_name=profile_name(args), profile_dir=profile_dir(args) if chosen else None)


def _remote(text: str) -> Any:
    """The target of ``tiledb://workspace/teamspace/path`` or ``teamspace/path``."""
    from .._transfer.ops import target_of
    from .._transfer.target import resolve

    if text.startswith("tiledb://"):
        return target_of(text)
    teamspace, _, path = text.strip("/").partition("/")
    if not teamspace:
        raise UsageError(
            f"{text!r} names no teamspace: write tiledb://WORKSPACE/TEAMSPACE/PATH or TEAMSPACE/PATH"
        )
    return resolve(path, teamspace)[0]


def _uri(target: Any) -> str:
    from .._transfer.ops import uri_of

    return str(uri_of(target))


def _stat_or_fail(target: Any) -> Any:
    from .._transfer.ops import stat

    found = stat(target)
    if found is None:
        raise CommandError(f"{_uri(target)}: no such file or folder")
    return found


def cmd_ls(args: argparse.Namespace) -> int:
    """List a folder of a teamspace (or show one file): names, or sizes and times with ``-l``.

    Every asset shows with its type (arrays and groups too); ``-r`` lists every file, array and
    group below the folder by its path relative to it (one recursive file listing, and one asset
    listing per folder for the other kinds).
    """
    from .._transfer.deletes import assets_inside
    from .._transfer.listing import FileEntry
    from .._transfer.ops import Stat, entries_below, stat
    from .._transfer.remote import asset_type

    files_login(args)
    target = _remote(args.path)
    recursive = bool(getattr(args, "recursive", False))
    entries = [
        e for e in entries_below(target, recursive=recursive) if not (recursive and e.path.endswith("/"))
    ]
    prefix = target.path + "/" if target.path else ""
    rows: list[dict[str, Any]] = []
    found_kind = "folder"
    if not entries and target.path:
        found = stat(target)
        if found is None:
            raise CommandError(f"{_uri(target)}: no such file or folder")
        if found.kind == "file":
            entries = [FileEntry(target.path, found.size, found.etag, found.last_modified)]
            found_kind = "file"
        elif found.kind != "directory":
            found_kind = "other"
            kind = asset_type(target) or "other"
            rows.append(
                {
                    "name": target.path.rpartition("/")[2],
                    "path": target.path,
                    "type": kind,
                    "size": None,
                    "modified": None,
                    "etag": None,
                }
            )
    for entry in entries:
        is_file = isinstance(entry, FileEntry)
        item = Stat(target, "file" if is_file else "folder")
        rows.append(
            {
                "name": (
                    entry.path[len(prefix) :] if recursive and entry.path.startswith(prefix) else entry.name
                )
                + ("" if is_file else "/"),
                "path": entry.path.rstrip("/"),
                "type": item.kind,
                "size": entry.size if isinstance(entry, FileEntry) else None,
                "modified": entry.last_modified.isoformat()
                if isinstance(entry, FileEntry) and entry.last_modified
                else None,
                "etag": entry.etag if isinstance(entry, FileEntry) else None,
            }
        )
    if found_kind == "folder":  # the assets the file listing does not show: arrays, groups...
        for path, kind in assets_inside(target, recursive=recursive):
            if kind not in ("file", "folder"):
                relative = recursive and path.startswith(prefix)
                name = path[len(prefix) :] if relative else path.rpartition("/")[2]
                rows.append(
                    {"name": name, "path": path, "type": kind, "size": None, "modified": None, "etag": None}
                )
        rows.sort(key=lambda r: r["path"])
    if args.json:
        print_json(rows, sys.stdout)
    elif args.long:
        table(
            ["TYPE", "SIZE", "MODIFIED", "NAME"],
            [
                [
                    r["type"],
                    "-" if r["size"] is None else str(r["size"]),
                    (r["modified"] or "-").replace("+00:00", "Z"),
                    r["name"],
                ]
                for r in rows
            ],
            sys.stdout,
        )
    else:
        for row in rows:
            other = row["type"] not in ("file", "folder")
            sys.stdout.write(row["name"] + (f"  ({row['type']})" if other else "") + "\n")
    return EXIT_OK


def _show_progress(args: argparse.Namespace) -> bool:
    return not args.quiet and sys.stderr.isatty()


def cmd_cp(args: argparse.Namespace) -> int:
    """Copy a file or, with ``-r``, a folder between this machine and a teamspace."""
    from .. import files

    up, down = args.dest.startswith("tiledb://"), args.source.startswith("tiledb://")
    if up == down:
        raise UsageError("cp copies between this machine and a teamspace: exactly one side is tiledb://...")
    files_login(args)
    if up:
        local = args.source
        if not os.path.exists(local):
            raise CommandError(f"{local}: no such local file or folder")
        dest = _remote(args.dest)
        from .._transfer.ops import stat

        existing = stat(dest)
        name = os.path.basename(os.path.normpath(local))
        if os.path.isdir(local):
            if not args.recursive:
                raise CommandError(f"{local} is a folder: pass -r to copy it with its contents")
            if existing is not None and existing.kind == "directory":
                dest = dest.child(name)
            with _bar(args, f"{name}/") as bar:
                files.upload_tree(local, _uri(dest), progress=bar.tree, concurrency=args.concurrency)
            return EXIT_OK
        if (existing is not None and existing.kind == "directory") or args.dest.endswith("/"):
            dest = dest.child(name)
        with _bar(args, name) as bar:  # missing folders of the destination are created
            files.upload_file(local, _uri(dest), progress=bar.file, parents=True)
        return EXIT_OK
    source = _remote(args.source)
    found = _stat_or_fail(source)
    local = args.dest
    name = source.path.rpartition("/")[2] or source.teamspace
    if found.kind == "directory":
        if not args.recursive:
            raise CommandError(f"{_uri(source)} is a folder: pass -r to copy it with its contents")
        if os.path.isdir(local):
            local = os.path.join(local, name)
        with _bar(args, f"{name}/") as bar:
            files.download_tree(_uri(source), local, progress=bar.tree, concurrency=args.concurrency)
        return EXIT_OK
    if found.kind != "file":
        raise CommandError(f"{_uri(source)} is an asset of type {found.kind}, not a file")
    with _bar(args, name) as bar:
        files.download_file(_uri(source), local, progress=bar.file)
    return EXIT_OK


def _bar(args: argparse.Namespace, label: str) -> Any:
    from .._transfer.progress import Bar

    return Bar(label, sys.stderr, enabled=_show_progress(args))


def cmd_mv(args: argparse.Namespace) -> int:
    """Move or rename a file or folder inside a teamspace."""
    from .._transfer.ops import move, stat

    files_login(args)
    source, dest = _remote(args.source), _remote(args.dest)
    found = _stat_or_fail(source)
    existing = stat(dest)
    if existing is not None and existing.kind == "directory":
        dest = dest.child(source.path.rpartition("/")[2])
        existing = stat(dest)
    if existing is not None:
        raise CommandError(f"{_uri(dest)} already exists: remove it first")
    move(source, dest, "file" if found.kind == "file" else "folder")
    return EXIT_OK


def cmd_rm(args: argparse.Namespace) -> int:
    """Delete a file, or a folder and its contents with ``-r``; say what was deleted.

    A folder that holds anything needs ``-r``; an array, a group or another non-file asset is
    never deleted on its own path (inside a folder deleted with ``-r`` it goes with the folder).
    """
    from .._transfer.deletes import NotAFileError, NotEmptyError, describe
    from .._transfer.ops import delete

    files_login(args)
    target = _remote(args.path)
    uri = _uri(target)
    if not target.path:
        raise CommandError(f"{uri} is a teamspace root: it can not be deleted")
    try:
        removed = delete(target, recursive=args.recursive)
    except NotEmptyError as exc:
        raise CommandError(
            f"{uri} is not empty: {describe(exc.contents)}; nothing was deleted "
            f"('{PROG} rm -r {uri}' deletes it with its contents)"
        ) from None
    except NotAFileError as exc:
        raise CommandError(
            f"{uri} is an asset of type {exc.kind}, not a file or folder: rm does not delete it"
        ) from None
    except FilesError as exc:
        if exc.status_code == 404:
            raise CommandError(f"{uri}: no such file or folder") from None
        raise
    inside = f" with {describe(removed.inside)}" if removed.inside else ""
    sys.stdout.write(f"deleted {removed.kind} {uri}{inside}\n")
    return EXIT_OK


def cmd_cat(args: argparse.Namespace) -> int:
    """Write a file's bytes to standard output."""
    from .. import files

    files_login(args)
    target = _remote(args.path)
    sys.stdout.flush()
    files.download_file(_uri(target), sys.stdout.buffer)
    sys.stdout.buffer.flush()
    return EXIT_OK


def cmd_mkdir(args: argparse.Namespace) -> int:
    """Create a folder (with ``-p``, the missing folders above it too, and no error if it exists)."""
    from .._transfer.ops import make_folder, stat

    files_login(args)
    target = _remote(args.path)
    found = stat(target)
    if found is not None:
        if found.kind == "directory" and args.parents:
            return EXIT_OK
        raise CommandError(f"{_uri(target)} already exists")
    try:
        make_folder(target, parents=args.parents)
    except FilesError as exc:
        if exc.status_code != 404:
            raise
        uri = _uri(target)
        raise CommandError(
            f"{uri}: the folder above it does not exist ('{PROG} mkdir -p {uri}' creates the missing folders)"
        ) from None
    return EXIT_OK
