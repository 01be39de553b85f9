"""What the commands share: exit statuses, their two errors, tables, JSON, prompts and CLI wording."""

from __future__ import annotations

import getpass
import json
import re
import sys
from collections.abc import Sequence
from typing import Any, TextIO

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


# --------------------------------------------------------------------------- output helpers


def mask_secret(key: str, value: str) -> str:
    """Return ``value`` fit for display: a secret is masked as everywhere else in the package."""
    from .._errors import mask

    return value if not _is_secret(key) else str(mask(value))


def _is_secret(key: str) -> bool:
    from .._session.profiles import SECRET_KEYS

    lowered = key.lower()
    return key in SECRET_KEYS or any(word in lowered for word in _SECRET_WORDS)


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], out: TextIO) -> None:
    """Write ``rows`` as left-aligned columns under ``headers``."""
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    for row in (headers, *rows):
        out.write("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() + "\n")


def pairs(items: Sequence[tuple[str, str]], out: TextIO) -> None:
    """Write ``key  value`` lines, the values aligned."""
    width = max((len(k) for k, _ in items), default=0)
    for key, value in items:
        out.write(f"{key.ljust(width)}  {value}\n")


def print_json(value: Any, out: TextIO) -> None:
    """Write ``value`` as indented JSON (dates and other objects as their text)."""
    json.dump(value, out, indent=2, sort_keys=False, default=str)
    out.write("\n")


def one_line(text: str) -> str:
    """``text`` with every run of whitespace (newlines too) made one space."""
    return " ".join(text.split())


def field_text(value: object) -> str:
    """A model field as text: ``UNSET`` and ``None`` become ``""``, enums their value."""
    if value is None or type(value).__name__ == "Unset":
        return ""
    return str(value)


def human_size(value: int) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024  # type: ignore[assignment]
    return str(value)  # pragma: no cover - the loop always returns


def shorten(text: str, width: int) -> str:
    text = one_line(text)
    return text if len(text) <= width else text[: width - 3] + "..."


# --------------------------------------------------------------------------- prompts


def prompt(label: str, option: str, *, secret: bool = False) -> str:
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


def error(message: str) -> None:
    """Write ``tiledb-client: error: message`` to standard error, on one line."""
    sys.stderr.write(f"{PROG}: error: {one_line(message)}\n")


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
