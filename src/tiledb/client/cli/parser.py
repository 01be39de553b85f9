"""The ``tiledb-client`` argument parser: its commands, their options and the options they share."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any, NoReturn

from .files import cmd_cat, cmd_cp, cmd_ls, cmd_mkdir, cmd_mv, cmd_rm
from .output import DEFAULT_HOST, PROG, UsageError
from .profiles import (
    cmd_configure,
    cmd_login,
    cmd_profiles_list,
    cmd_profiles_show,
    cmd_whoami,
    cmd_workspaces,
)
from .trees import FilterAction, cmd_du, cmd_sync


class Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose errors are one line and raise :class:`UsageError`."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


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


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, got {text!r}")
    return value


def _concurrency_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--concurrency",
        type=_positive,
        default=None,
        metavar="N",
        help="files in flight at once when copying folders (default 8)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The ``tiledb-client`` argument parser."""
    parser = Parser(
        prog=PROG,
        description="Manage TileDB profiles, check them against the TileDB REST API, and move files.",
        epilog="Exit status: 0 success, 1 API or configuration error, 2 usage error.",
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="show the version and exit")
    _common_options(parser, top=True)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)

    def command(name: str, handler: Callable[[argparse.Namespace], int], text: str) -> Parser:
        sub: Parser = commands.add_parser(name, help=text, description=text)
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
    listing_files.add_argument(
        "-r", "--recursive", action="store_true", help="every file below the folder, by its path"
    )
    listing_files.add_argument("--json", action="store_true", help="print JSON")
    copy = command("cp", cmd_cp, "Copy files between this machine and a teamspace.")
    copy.add_argument("source", metavar="SOURCE", help="a local path or tiledb://WORKSPACE/TEAMSPACE/PATH")
    copy.add_argument("dest", metavar="DEST", help="a local path or tiledb://WORKSPACE/TEAMSPACE/PATH")
    copy.add_argument("-r", "--recursive", action="store_true", help="copy folders with their contents")
    copy.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    _concurrency_option(copy)
    syncing = command(
        "sync", cmd_sync, "Copy what is missing or changed between a local and a teamspace folder."
    )
    syncing.add_argument("source", metavar="SRC", help="a local folder or tiledb://WORKSPACE/TEAMSPACE/PATH")
    syncing.add_argument("dest", metavar="DST", help="a local folder or tiledb://WORKSPACE/TEAMSPACE/PATH")
    syncing.add_argument("--delete", action="store_true", help="delete destination files the source lacks")
    for flag, text in (
        ("--exclude", "leave out paths matching PAT"),
        ("--include", "take back paths matching PAT"),
    ):
        syncing.add_argument(
            flag, metavar="PAT", action=FilterAction, help=text + " (the last match decides)"
        )
    syncing.add_argument("--dryrun", action="store_true", help="print what would be done, do nothing")
    syncing.add_argument("--size-only", action="store_true", help="compare sizes only, no checksums")
    syncing.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    _concurrency_option(syncing)
    usage = command("du", cmd_du, "Show the bytes used by the files below a folder.")
    usage.add_argument("path", metavar="PATH")
    usage.add_argument("-s", "--summarize", action="store_true", help="only the total")
    usage.add_argument("-H", "--human-readable", action="store_true", help="sizes as 1.5K, 20M, 3.1G")
    usage.add_argument("--json", action="store_true", help="print JSON")
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
