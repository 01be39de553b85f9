"""``tiledb-client``: manage TileDB profiles and check them against the server from a shell.

Commands (each accepts ``--profile NAME`` and ``--profile-dir DIR``, before or after its name)::

    tiledb-client configure [--host H] [--token T | --username U [--password P]] [--workspace W] ...
    tiledb-client login                 # log in with a profile and fetch the user: is it usable?
    tiledb-client whoami [--json]       # the user a profile logs in as
    tiledb-client workspaces [--json]   # the workspaces of that user, as a table
    tiledb-client profiles list [--json]
    tiledb-client profiles show [NAME] [--json]   # secrets masked
    tiledb-client ls [-l] [--json] PATH            # files and folders of a teamspace
    tiledb-client cp [-r] [--quiet] SOURCE DEST    # local <-> teamspace, one side tiledb://...
    tiledb-client mv SOURCE DEST | rm [-r] PATH | cat PATH | mkdir [-p] PATH

A teamspace path is ``tiledb://workspace/teamspace/path`` or ``teamspace/path`` (the profile's
workspace). ``cp`` tells the sides apart by the ``tiledb://`` prefix: anything else is local.

The profile is ``--profile``, else ``$TILEDB_PROFILE_NAME``, else ``default``; the directory of
``profiles.json`` is ``--profile-dir``, else ``$TILEDB_PROFILE_DIR``, else ``~/.tiledb``.

Exit status: 0 on success, 1 when the server, the credentials or the profile file are at fault,
2 for a usage error. Errors are one line on standard error; ``--verbose`` adds the library's
debug log (and a traceback for unexpected errors).

The commands are thin: ``configure``, ``login``, ``get_user`` and ``get_user_workspaces`` of
:mod:`tiledb.client` do the work, so the CLI behaves exactly like the Python API.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import re
import sys
import traceback
import warnings
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

import tiledb

if TYPE_CHECKING:
    from .rest_api.models.user import User

__all__ = ["cli_terms", "main"]

PROG = "tiledb-client"
DEFAULT_HOST = "api.tiledb.com"

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

#: Words that make a profile parameter a secret, beyond the known ones (``rest.token``...).
_SECRET_WORDS = ("token", "password", "secret", "key")


class UsageError(Exception):
    """The command line is wrong or incomplete (exit status 2)."""


class CommandError(Exception):
    """The command could not be done for a reason outside the command line (exit status 1)."""


class _Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose errors are one line and raise :class:`UsageError`."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


# --------------------------------------------------------------------------- profile location


def _profile_name(args: argparse.Namespace) -> str:
    name: str | None = args.profile or os.environ.get("TILEDB_PROFILE_NAME")
    return name or "default"


def _profile_dir(args: argparse.Namespace) -> str:
    """``--profile-dir``, else ``$TILEDB_PROFILE_DIR``, else TileDB-Py's default directory."""
    from ._profiles import PROFILE_DIR_VAR, default_profile_dir

    directory: str | None = args.profile_dir or os.environ.get(PROFILE_DIR_VAR)
    if directory:
        return os.path.abspath(os.path.expanduser(directory))
    return default_profile_dir()


def _profiles_path(directory: str) -> str:
    from ._profiles import profiles_file

    return profiles_file(directory)


def _read_profiles(directory: str) -> dict[str, Any] | None:
    """The parsed ``profiles.json`` of ``directory`` (read by the profiles module, as login does);
    ``None`` when there is no such file."""
    from ._errors import ConfigurationError
    from ._profiles import read_profiles

    try:
        return read_profiles(directory)[1]
    except ConfigurationError as exc:
        raise CommandError(str(exc)) from None


# --------------------------------------------------------------------------- output helpers


def mask_secret(key: str, value: str) -> str:
    """Return ``value`` fit for display: a secret is masked as everywhere else in the package."""
    from ._errors import mask

    return value if not _is_secret(key) else str(mask(value))


def _is_secret(key: str) -> bool:
    from ._profiles import SECRET_KEYS

    lowered = key.lower()
    return key in SECRET_KEYS or any(word in lowered for word in _SECRET_WORDS)


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], out: TextIO) -> None:
    """Write ``rows`` as left-aligned columns under ``headers``."""
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    for row in (headers, *rows):
        out.write("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() + "\n")


def _pairs(pairs: Sequence[tuple[str, str]], out: TextIO) -> None:
    width = max((len(k) for k, _ in pairs), default=0)
    for key, value in pairs:
        out.write(f"{key.ljust(width)}  {value}\n")


def _json(value: Any, out: TextIO) -> None:
    json.dump(value, out, indent=2, sort_keys=False, default=str)
    out.write("\n")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _text(value: object) -> str:
    """A model field as text: ``UNSET`` and ``None`` become ``""``, enums their value."""
    if value is None or type(value).__name__ == "Unset":
        return ""
    return str(value)


# --------------------------------------------------------------------------- prompts


def _prompt(label: str, option: str, *, secret: bool = False) -> str:
    """Ask for one value on standard error; read it from the terminal (or stdin when piped).

    A secret typed at a terminal is not echoed (``getpass``); piped input is read line by line.

    :raises UsageError: standard input is closed (nothing left to read); the message names
        ``option``, the way to pass the value instead.
    """
    missing = f"no input for {option.lstrip('-')} (standard input is closed); pass {option}"
    if secret and sys.stdin.isatty():
        try:
            return getpass.getpass(label, stream=sys.stderr).strip()
        except EOFError:
            raise UsageError(missing) from None
    sys.stderr.write(label)
    sys.stderr.flush()
    line = sys.stdin.readline()
    if not line:
        sys.stderr.write("\n")
        raise UsageError(missing)
    return line.strip()


# --------------------------------------------------------------------------- commands


def cmd_configure(args: argparse.Namespace) -> int:
    """Save credentials as a profile through ``tiledb.client.configure``."""
    import tiledb.client as tc

    host, token, username, password, workspace = (
        args.host,
        args.token,
        args.username,
        args.password,
        args.workspace,
    )
    if args.token is not None and (args.username is not None or args.password is not None):
        raise UsageError("pass either --token or --username/--password, not both")
    if not args.no_input:
        given = (host, token, username, password, workspace)
        if host is None:
            host = _prompt(f"TileDB API host [{DEFAULT_HOST}]: ", "--host") or DEFAULT_HOST
        if token is None and username is None:
            if password is None:
                label = "API token (empty to use a username and password): "
                token = _prompt(label, "--token", secret=True) or None
            if token is None:
                username = _prompt("Username: ", "--username")
        if token is None and password is None:
            password = _prompt("Password: ", "--password", secret=True)
        # A token usually names its own workspace: ask for one only in a dialogue already under
        # way, or when a password is used (then it is required).
        prompted = given != (host, token, username, password, workspace)
        if workspace is None and (prompted or token is None):
            hint = " (empty: the token's own workspace)" if token else ""
            workspace = _prompt(f"Workspace name or id{hint}: ", "--workspace") or None
    name, directory = _profile_name(args), _profile_dir(args)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        tc.configure(
            token=token,
            username=username,
            password=password,
            workspace=workspace,
            host=host,
            verify_ssl=False if args.no_verify_ssl else None,
            ca_file=args.ca_file,
            profile_name=name,
            profile_dir=directory,
            overwrite=args.overwrite,
        )
    for warning in caught:
        sys.stderr.write(f"{PROG}: warning: {_one_line(str(warning.message))}\n")
    path = _profiles_path(directory)
    sys.stdout.write(f"Saved profile {name!r} in {path}.\n")
    hint = "" if name == "default" else f" --profile {name}"
    sys.stdout.write(f"Check it with: {PROG} login{hint}\n")
    return EXIT_OK


def _login(args: argparse.Namespace) -> User:
    """Log in with the selected profile and fetch its user (the proof that the profile works)."""
    import tiledb.client as tc

    # The default directory is left to login() itself, so its messages do not spell it out.
    chosen = args.profile_dir or os.environ.get("TILEDB_PROFILE_DIR")
    tc.login(profile_name=_profile_name(args), profile_dir=_profile_dir(args) if chosen else None)
    return tc.get_user()


def _server_address() -> str:
    import tiledb.client as tc

    return str(tc.Config()["rest.server_address"])


def cmd_login(args: argparse.Namespace) -> int:
    """Log in with a profile and report who it is; exit 1 if the profile is not usable."""
    user = _login(args)
    sys.stdout.write(
        f"Logged in to {_server_address()} as {user.username} with profile {_profile_name(args)!r}.\n"
    )
    return EXIT_OK


def cmd_whoami(args: argparse.Namespace) -> int:
    """Print the user the profile logs in as."""
    user = _login(args)
    fields = {
        "username": user.username,
        "display_name": _text(user.display_name),
        "email": _text(user.email),
        "role": _text(user.role),
        "user_id": user.id,
        "server": _server_address(),
        "profile": _profile_name(args),
    }
    if args.json:
        _json(fields, sys.stdout)
    else:
        _pairs([(k.replace("_", " "), v) for k, v in fields.items()], sys.stdout)
    return EXIT_OK


def cmd_workspaces(args: argparse.Namespace) -> int:
    """Print the workspaces of the profile's user, one per row."""
    import tiledb.client as tc

    _login(args)
    workspaces = sorted(tc.get_user_workspaces(), key=lambda w: w.name)
    rows = [
        {
            "name": w.name,
            "workspace_id": w.workspace_id,
            "role": _text(w.workspace_role),
            "description": _text(w.description),
        }
        for w in workspaces
    ]
    if args.json:
        _json(rows, sys.stdout)
        return EXIT_OK
    if not rows:
        sys.stderr.write(f"{PROG}: the user belongs to no workspace\n")
        return EXIT_OK
    _table(
        ["NAME", "ID", "ROLE", "DESCRIPTION"],
        [[r["name"], r["workspace_id"], r["role"], _shorten(r["description"], 50)] for r in rows],
        sys.stdout,
    )
    return EXIT_OK


def _shorten(text: str, width: int) -> str:
    text = _one_line(text)
    return text if len(text) <= width else text[: width - 3] + "..."


def cmd_profiles_list(args: argparse.Namespace) -> int:
    """List the profiles stored in ``profiles.json`` (no secret is read out)."""
    directory = _profile_dir(args)
    data = _read_profiles(directory)
    path = _profiles_path(directory)
    if data is None:
        if args.json:
            _json([], sys.stdout)
        sys.stderr.write(f"{PROG}: no profiles file at {path}; create one with '{PROG} configure'\n")
        return EXIT_OK
    current = _profile_name(args)
    rows: list[dict[str, Any]] = []
    table: list[list[str]] = []
    for name in sorted(k for k in data if k != "version"):
        params = data[name] if isinstance(data[name], Mapping) else {}
        server = str(params.get("rest.server_address", ""))
        workspace = str(params.get("rest.workspace", ""))
        auth = _auth_kind(params)
        rows.append(
            {"name": name, "current": name == current, "server": server, "workspace": workspace, "auth": auth}
        )
        table.append(["*" if name == current else "", name, server, workspace, auth])
    if args.json:
        _json(rows, sys.stdout)
    else:
        _table(["CURRENT", "NAME", "SERVER", "WORKSPACE", "AUTH"], table, sys.stdout)
    return EXIT_OK


def _auth_kind(params: Mapping[str, Any]) -> str:
    if "rest.token" in params:
        return "token"
    if "rest.username" in params:
        return "password"
    return "-"


def cmd_profiles_show(args: argparse.Namespace) -> int:
    """Show one profile's parameters with secrets masked, as TileDB-Py loads them."""
    name = args.name or _profile_name(args)
    directory = _profile_dir(args)
    path = _profiles_path(directory)
    data = _read_profiles(directory)
    if data is None:
        raise CommandError(f"no profiles file at {path}; create one with '{PROG} configure'")
    entry = data.get(name) if name != "version" else None
    if not isinstance(entry, Mapping):
        known = ", ".join(sorted(k for k in data if k != "version")) or "none"
        raise CommandError(f"no profile {name!r} in {path} (profiles: {known})")
    try:
        profile = tiledb.Profile.load(name, directory)
    except tiledb.TileDBError:
        raise CommandError(f"TileDB-Py cannot load profile {name!r} from {path}") from None
    params: dict[str, str] = {}
    for key in sorted(entry):
        value = profile.get(key, raise_keyerror=False)
        if value is None:
            value = entry[key]
        params[key] = mask_secret(key, str(value))
    if args.json:
        _json({"name": name, "file": path, "parameters": params}, sys.stdout)
        return EXIT_OK
    _pairs([("profile", name), ("file", path), *params.items()], sys.stdout)
    return EXIT_OK


# --------------------------------------------------------------------------- file commands


def _files_login(args: argparse.Namespace) -> None:
    """Log in with the selected profile (no extra request: the first file call checks it)."""
    import tiledb.client as tc

    chosen = args.profile_dir or os.environ.get("TILEDB_PROFILE_DIR")
    tc.login(profile_name=_profile_name(args), profile_dir=_profile_dir(args) if chosen else None)


def _remote(text: str) -> Any:
    """The target of ``tiledb://workspace/teamspace/path`` or ``teamspace/path``."""
    from ._files_ops import target_of
    from ._files_target import resolve

    if text.startswith("tiledb://"):
        return target_of(text)
    teamspace, _, path = text.strip("/").partition("/")
    if not teamspace:
        raise UsageError(
            f"{text!r} names no teamspace: write tiledb://WORKSPACE/TEAMSPACE/PATH or TEAMSPACE/PATH"
        )
    return resolve(path, teamspace)[0]


def _uri(target: Any) -> str:
    from ._files_ops import uri_of

    return str(uri_of(target))


def _stat_or_fail(target: Any) -> Any:
    from ._files_ops import stat

    found = stat(target)
    if found is None:
        raise CommandError(f"{_uri(target)}: no such file or folder")
    return found


def _size(value: int) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024  # type: ignore[assignment]
    return str(value)  # pragma: no cover - the loop always returns


def cmd_ls(args: argparse.Namespace) -> int:
    """List a folder of a teamspace (or show one file): names, or sizes and times with ``-l``."""
    from ._files_listing import FileEntry
    from ._files_ops import Stat, entries_below, stat

    _files_login(args)
    target = _remote(args.path)
    entries = entries_below(target, recursive=False)
    rows: list[dict[str, Any]] = []
    if not entries and target.path:
        found = stat(target)
        if found is None:
            raise CommandError(f"{_uri(target)}: no such file or folder")
        if found.kind == "file":
            entries = [FileEntry(target.path, found.size, found.etag, found.last_modified)]
    for entry in entries:
        is_file = isinstance(entry, FileEntry)
        item = Stat(target, "file" if is_file else "directory")
        rows.append(
            {
                "name": entry.name + ("" if is_file else "/"),
                "path": entry.path.rstrip("/"),
                "type": item.kind,
                "size": entry.size if isinstance(entry, FileEntry) else None,
                "modified": entry.last_modified.isoformat()
                if isinstance(entry, FileEntry) and entry.last_modified
                else None,
                "etag": entry.etag if isinstance(entry, FileEntry) else None,
            }
        )
    if args.json:
        _json(rows, sys.stdout)
    elif args.long:
        _table(
            ["SIZE", "MODIFIED", "NAME"],
            [
                [
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
            sys.stdout.write(row["name"] + "\n")
    return EXIT_OK


def _show_progress(args: argparse.Namespace) -> bool:
    return not args.quiet and sys.stderr.isatty()


def cmd_cp(args: argparse.Namespace) -> int:
    """Copy a file or, with ``-r``, a folder between this machine and a teamspace."""
    from . import files

    up, down = args.dest.startswith("tiledb://"), args.source.startswith("tiledb://")
    if up == down:
        raise UsageError("cp copies between this machine and a teamspace: exactly one side is tiledb://...")
    _files_login(args)
    if up:
        local = args.source
        if not os.path.exists(local):
            raise CommandError(f"{local}: no such local file or folder")
        dest = _remote(args.dest)
        from ._files_ops import stat

        existing = stat(dest)
        name = os.path.basename(os.path.normpath(local))
        if os.path.isdir(local):
            if not args.recursive:
                raise CommandError(f"{local} is a folder: pass -r to copy it with its contents")
            if existing is not None and existing.kind == "directory":
                dest = dest.child(name)
            with _bar(args, f"{name}/") as bar:
                files.upload_tree(local, _uri(dest), progress=bar.tree)
            return EXIT_OK
        if (existing is not None and existing.kind == "directory") or args.dest.endswith("/"):
            dest = dest.child(name)
        with _bar(args, name) as bar:
            files.upload_file(local, _uri(dest), progress=bar.file)
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
            files.download_tree(_uri(source), local, progress=bar.tree)
        return EXIT_OK
    if found.kind != "file":
        raise CommandError(f"{_uri(source)} is an asset of type {found.kind}, not a file")
    with _bar(args, name) as bar:
        files.download_file(_uri(source), local, progress=bar.file)
    return EXIT_OK


def _bar(args: argparse.Namespace, label: str) -> Any:
    from ._progress import Bar

    return Bar(label, sys.stderr, enabled=_show_progress(args))


def cmd_mv(args: argparse.Namespace) -> int:
    """Move or rename a file or folder inside a teamspace."""
    from ._files_ops import move, stat

    _files_login(args)
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
    """Delete a file, or a folder and its contents with ``-r``."""
    from ._files_ops import delete, entries_below

    _files_login(args)
    target = _remote(args.path)
    found = _stat_or_fail(target)
    if not target.path:
        raise CommandError(f"{_uri(target)} is a teamspace root: it can not be deleted")
    if found.kind == "directory" and not args.recursive and entries_below(target, recursive=False):
        raise CommandError(f"{_uri(target)} is a folder that is not empty: pass -r to delete it")
    delete(target)
    return EXIT_OK


def cmd_cat(args: argparse.Namespace) -> int:
    """Write a file's bytes to standard output."""
    from . import files

    _files_login(args)
    target = _remote(args.path)
    sys.stdout.flush()
    files.download_file(_uri(target), sys.stdout.buffer)
    sys.stdout.buffer.flush()
    return EXIT_OK


def cmd_mkdir(args: argparse.Namespace) -> int:
    """Create a folder (with ``-p``, the missing folders above it too, and no error if it exists)."""
    from ._files_ops import make_folder, stat

    _files_login(args)
    target = _remote(args.path)
    found = stat(target)
    if found is not None:
        if found.kind == "directory" and args.parents:
            return EXIT_OK
        raise CommandError(f"{_uri(target)} already exists")
    make_folder(target, parents=args.parents)
    return EXIT_OK


# --------------------------------------------------------------------------- parser


class _VersionAction(argparse.Action):
    """``--version``: print the distribution's version (looked up only when asked for)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> NoReturn:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("tiledb-rest-client")
        except PackageNotFoundError:  # pragma: no cover - running from a source tree
            number = "unknown"
        sys.stdout.write(f"{parser.prog} {number}\n")
        parser.exit()


def _common_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """``--profile``, ``--profile-dir``, ``--retry-mode`` and ``--verbose``, on every parser.

    Below the main parser their default is "not given", so an option placed before the command
    name is not reset by the command's parser.
    """
    default: Any = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--profile",
        metavar="NAME",
        default=default,
        help="profile to use (default: $TILEDB_PROFILE_NAME, else 'default')",
    )
    parser.add_argument(
        "--profile-dir",
        metavar="DIR",
        default=default,
        help="directory of profiles.json (default: $TILEDB_PROFILE_DIR, else ~/.tiledb)",
    )
    parser.add_argument(
        "--retry-mode",
        choices=("default", "forceful", "disabled"),
        default=default,
        help="how requests are retried (default: 'default'; 'disabled' fails at once when the "
        "server is unreachable)",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="log the library's debug messages (HTTP calls, retries) to standard error",
    )


def build_parser() -> argparse.ArgumentParser:
    """The ``tiledb-client`` argument parser."""
    parser = _Parser(
        prog=PROG,
        description="Manage TileDB profiles, check them against the TileDB REST API, and move files.",
        epilog="Exit status: 0 success, 1 API or configuration error, 2 usage error.",
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="show the version and exit")
    _common_options(parser, top=True)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)

    def command(name: str, handler: Callable[[argparse.Namespace], int], text: str) -> _Parser:
        sub: _Parser = commands.add_parser(name, help=text, description=text)
        _common_options(sub, top=False)
        sub.set_defaults(handler=handler)
        return sub

    configure = command(
        "configure", cmd_configure, "Save credentials as a profile (prompts for what is missing)."
    )
    configure.add_argument("--host", help=f"TileDB API address, e.g. {DEFAULT_HOST}")
    configure.add_argument("--token", help="API token (prefer the prompt: options land in shell history)")
    configure.add_argument("--username", help="TileDB username (with a password, instead of a token)")
    configure.add_argument("--password", help="password (prefer the prompt: options land in shell history)")
    configure.add_argument("--workspace", help="workspace name or id (ws_...)")
    configure.add_argument("--ca-file", metavar="PATH", help="CA bundle (PEM) to verify the server with")
    configure.add_argument("--no-verify-ssl", action="store_true", help="do not verify TLS certificates")
    configure.add_argument("--overwrite", action="store_true", help="replace an existing profile")
    configure.add_argument(
        "--no-input", action="store_true", help="never prompt; fail when something is missing"
    )

    command("login", cmd_login, "Log in with a profile and fetch its user, to check that it works.")
    for name, handler, text in (
        ("whoami", cmd_whoami, "Show the user a profile logs in as."),
        ("workspaces", cmd_workspaces, "List the workspaces of the profile's user."),
    ):
        command(name, handler, text).add_argument("--json", action="store_true", help="print JSON")

    listing_files = command("ls", cmd_ls, "List the files and folders of a teamspace folder.")
    listing_files.add_argument(
        "path", metavar="PATH", help="tiledb://WORKSPACE/TEAMSPACE/PATH or TEAMSPACE/PATH"
    )
    listing_files.add_argument("-l", "--long", action="store_true", help="sizes and modification times")
    listing_files.add_argument("--json", action="store_true", help="print JSON")
    copy = command("cp", cmd_cp, "Copy files between this machine and a teamspace.")
    copy.add_argument("source", metavar="SOURCE", help="a local path or tiledb://WORKSPACE/TEAMSPACE/PATH")
    copy.add_argument("dest", metavar="DEST", help="a local path or tiledb://WORKSPACE/TEAMSPACE/PATH")
    copy.add_argument("-r", "--recursive", action="store_true", help="copy folders with their contents")
    copy.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    moving = command("mv", cmd_mv, "Move or rename a file or folder inside a teamspace.")
    moving.add_argument("source", metavar="SOURCE")
    moving.add_argument("dest", metavar="DEST")
    removing = command("rm", cmd_rm, "Delete a file, or a folder with -r.")
    removing.add_argument("path", metavar="PATH")
    removing.add_argument("-r", "--recursive", action="store_true", help="delete a folder and its contents")
    command("cat", cmd_cat, "Write a file of a teamspace to standard output.").add_argument(
        "path", metavar="PATH"
    )
    making = command("mkdir", cmd_mkdir, "Create a folder in a teamspace.")
    making.add_argument("path", metavar="PATH")
    making.add_argument(
        "-p", "--parents", action="store_true", help="create missing parents; no error if it exists"
    )

    profiles = commands.add_parser(
        "profiles", help="List or show stored profiles.", description="Stored profiles."
    )
    _common_options(profiles, top=False)
    profile_commands = profiles.add_subparsers(title="commands", metavar="COMMAND", required=True)
    listing = profile_commands.add_parser("list", help="List the profiles in profiles.json.")
    _common_options(listing, top=False)
    listing.set_defaults(handler=cmd_profiles_list)
    listing.add_argument("--json", action="store_true", help="print JSON")
    show = profile_commands.add_parser("show", help="Show one profile, secrets masked.")
    _common_options(show, top=False)
    show.set_defaults(handler=cmd_profiles_show)
    show.add_argument("name", nargs="?", metavar="NAME", help="profile name (default: the selected profile)")
    show.add_argument("--json", action="store_true", help="print JSON")
    return parser


# --------------------------------------------------------------------------- entry point


def _error(message: str) -> None:
    sys.stderr.write(f"{PROG}: error: {_one_line(message)}\n")


# Python arguments of configure()/login() and the command line options that set them.
_FLAGS = {
    "host": "--host",
    "token": "--token",
    "username": "--username",
    "password": "--password",
    "workspace": "--workspace",
    "ca_file": "--ca-file",
    "profile_name": "--profile",
    "profile_dir": "--profile-dir",
}
_CALL = re.compile(r"(?:tiledb\.client\.)?(configure|login)\(([^()]*)\)")
_KEYWORD = re.compile(
    r"\b(host|token|username|password|workspace|ca_file|profile_name|profile_dir)=('[^']*'|\.\.\.)?"
)


def _flag(match: re.Match[str]) -> str:
    flag = _FLAGS[match.group(1)]
    value = match.group(2)
    if value is None:
        return flag
    if value == "...":
        return f"{flag} {'PATH' if match.group(1) in ('ca_file', 'profile_dir') else match.group(1).upper()}"
    return f"{flag} {value.strip(chr(39))}"


def _command(match: re.Match[str]) -> str:
    """A call such as ``configure(ca_file=..., overwrite=True)`` as the command that does it.

    That one becomes ``'tiledb-client configure --ca-file PATH --overwrite'``.
    """
    words = [PROG, match.group(1)]
    for argument in (a.strip() for a in match.group(2).split(",")):
        if argument in ("", "..."):
            continue
        if argument == "overwrite=True":
            words.append("--overwrite")
        elif argument == "verify_ssl=False":
            words.append("--no-verify-ssl")
        else:
            keyword = _KEYWORD.fullmatch(argument)
            if keyword is not None:
                words.append(_flag(keyword))
            elif match.group(1) == "login" and argument.startswith("'"):
                words.append(f"--profile {argument.strip(chr(39))}")
    return "'" + " ".join(words) + "'"


def cli_terms(message: str) -> str:
    """A library message in the words of the command line: commands and options, not Python calls.

    The library's errors tell Python callers what to call (``configure(..., overwrite=True)``,
    ``pass token=``); at the shell the same advice is a command and its options.
    """
    text = _CALL.sub(_command, message)
    text = re.sub(r"\bcall '(tiledb-client login[^']*)'", r"run '\1'", text)
    text = text.replace("overwrite=True", "--overwrite").replace("verify_ssl=False", "--no-verify-ssl")
    text = _KEYWORD.sub(_flag, text)
    return re.sub(r"\b(profile_name|profile_dir|ca_file)\b", lambda m: _FLAGS[m.group(1)], text)


def _enable_debug_log() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    library = logging.getLogger("tiledb.client")
    library.addHandler(handler)
    library.setLevel(logging.DEBUG)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``tiledb-client`` with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    verbose = False
    try:
        args = build_parser().parse_args(argv)
        verbose = bool(args.verbose)
        if verbose:
            _enable_debug_log()
        if args.retry_mode is not None:
            from .client import client as shared

            shared.retry_mode(args.retry_mode)
        handler: Callable[[argparse.Namespace], int] = args.handler
        return handler(args)
    except UsageError as exc:
        _error(str(exc))
        return EXIT_USAGE
    except (CommandError, tiledb.TileDBError) as exc:
        # ClientError, ConfigurationError, LoginError and ApiError all derive from TileDBError;
        # their messages name what to fix (in Python terms, translated) and never hold a secret.
        _error(cli_terms(str(exc)) or type(exc).__name__)
        return EXIT_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        _error("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader of our output went away (`tiledb-client profiles list | head -1`).
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        if verbose:
            traceback.print_exc()
        message = _transport_message(exc)
        if message is None:
            message = f"unexpected {type(exc).__name__}: {exc}" + (
                "" if verbose else " (--verbose shows more)"
            )
        _error(message)
        return EXIT_ERROR


def _transport_message(exc: Exception) -> str | None:
    """A message for a network or file failure that escaped the library; ``None`` otherwise."""
    import httpx

    if isinstance(exc, httpx.HTTPError):
        return f"the server could not be reached ({type(exc).__name__}: {exc})"
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror or exc}{where}"
    return None


if __name__ == "__main__":
    sys.exit(main())
