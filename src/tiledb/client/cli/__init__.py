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
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence

import tiledb

from .output import (
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    PROG,
    CommandError,
    UsageError,
    cli_terms,
    error,
    mask_secret,
)
from .parser import build_parser

__all__ = [
    "EXIT_ERROR",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "PROG",
    "CommandError",
    "UsageError",
    "build_parser",
    "cli_terms",
    "main",
    "mask_secret",
]


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
            from ..client import client as shared

            shared.retry_mode(args.retry_mode)
        handler: Callable[[argparse.Namespace], int] = args.handler
        return handler(args)
    except UsageError as exc:
        error(str(exc))
        return EXIT_USAGE
    except (CommandError, tiledb.TileDBError) as exc:
        # ClientError, ConfigurationError, LoginError and ApiError all derive from TileDBError;
        # their messages name what to fix (in Python terms, translated) and never hold a secret.
        error(cli_terms(str(exc)) or type(exc).__name__)
        return EXIT_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        error("interrupted")
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
        error(message)
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
