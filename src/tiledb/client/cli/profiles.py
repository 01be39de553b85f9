"""The profile and session commands: configure, login, whoami, workspaces, profiles list|show."""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import tiledb

from .output import (
    DEFAULT_HOST,
    EXIT_OK,
    PROG,
    CommandError,
    UsageError,
    field_text,
    mask_secret,
    one_line,
    pairs,
    print_json,
    prompt,
    shorten,
    table,
)

if TYPE_CHECKING:
    from ..rest_api.models.user import User


# --------------------------------------------------------------------------- profile location


def profile_name(args: argparse.Namespace) -> str:
    name: str | None = args.profile or os.environ.get("TILEDB_PROFILE_NAME")
    return name or "default"


def profile_dir(args: argparse.Namespace) -> str:
    """``--profile-dir``, else ``$TILEDB_PROFILE_DIR``, else TileDB-Py's default directory."""
    from .._session.profiles import PROFILE_DIR_VAR, default_profile_dir

    directory: str | None = args.profile_dir or os.environ.get(PROFILE_DIR_VAR)
    if directory:
        return os.path.abspath(os.path.expanduser(directory))
    return default_profile_dir()


def _profiles_path(directory: str) -> str:
    from .._session.profiles import profiles_file

    return profiles_file(directory)


def _read_profiles(directory: str) -> dict[str, Any] | None:
    """The parsed ``profiles.json`` of ``directory`` (read by the profiles module, as login does);
    ``None`` when there is no such file."""
    from .._errors import ConfigurationError
    from .._session.profiles import read_profiles

    try:
        return read_profiles(directory)[1]
    except ConfigurationError as exc:
        raise CommandError(str(exc)) from None


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
            host = prompt(f"TileDB API host [{DEFAULT_HOST}]: ", "--host") or DEFAULT_HOST
        if token is None and username is None:
            if password is None:
                label = "API token (empty to use a username and password): "
                token = prompt(label, "--token", secret=True) or None
            if token is None:
                username = prompt("Username: ", "--username")
        if token is None and password is None:
            password = prompt("Password: ", "--password", secret=True)
        # A token usually names its own workspace: ask for one only in a dialogue already under
        # way, or when a password is used (then it is required).
        prompted = given != (host, token, username, password, workspace)
        if workspace is None and (prompted or token is None):
            hint = " (empty: the token's own workspace)" if token else ""
            workspace = prompt(f"Workspace name or id{hint}: ", "--workspace") or None
    name, directory = profile_name(args), profile_dir(args)
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
        sys.stderr.write(f"{PROG}: warning: {one_line(str(warning.message))}\n")
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
    tc.login(profile_name=profile_name(args), profile_dir=profile_dir(args) if chosen else None)
    return tc.get_user()


def _server_address() -> str:
    import tiledb.client as tc

    return str(tc.Config()["rest.server_address"])


def cmd_login(args: argparse.Namespace) -> int:
    """Log in with a profile and report who it is; exit 1 if the profile is not usable."""
    user = _login(args)
    sys.stdout.write(
        f"Logged in to {_server_address()} as {user.username} with profile {profile_name(args)!r}.\n"
    )
    return EXIT_OK


def cmd_whoami(args: argparse.Namespace) -> int:
    """Print the user the profile logs in as."""
    user = _login(args)
    fields = {
        "username": user.username,
        "display_name": field_text(user.display_name),
        "email": field_text(user.email),
        "role": field_text(user.role),
        "user_id": user.id,
        "server": _server_address(),
        "profile": profile_name(args),
    }
    if args.json:
        print_json(fields, sys.stdout)
    else:
        pairs([(k.replace("_", " "), v) for k, v in fields.items()], sys.stdout)
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
            "role": field_text(w.workspace_role),
            "description": field_text(w.description),
        }
        for w in workspaces
    ]
    if args.json:
        print_json(rows, sys.stdout)
        return EXIT_OK
    if not rows:
        sys.stderr.write(f"{PROG}: the user belongs to no workspace\n")
        return EXIT_OK
    table(
        ["NAME", "ID", "ROLE", "DESCRIPTION"],
        [[r["name"], r["workspace_id"], r["role"], shorten(r["description"], 50)] for r in rows],
        sys.stdout,
    )
    return EXIT_OK


def cmd_profiles_list(args: argparse.Namespace) -> int:
    """List the profiles stored in ``profiles.json`` (no secret is read out)."""
    directory = profile_dir(args)
    data = _read_profiles(directory)
    path = _profiles_path(directory)
    if data is None:
        if args.json:
            print_json([], sys.stdout)
        sys.stderr.write(f"{PROG}: no profiles file at {path}; create one with '{PROG} configure'\n")
        return EXIT_OK
    current = profile_name(args)
    rows: list[dict[str, Any]] = []
    cells: list[list[str]] = []
    for name in sorted(k for k in data if k != "version"):
        params = data[name] if isinstance(data[name], Mapping) else {}
        server = str(params.get("rest.server_address", ""))
        workspace = str(params.get("rest.workspace", ""))
        auth = _auth_kind(params)
        rows.append(
            {"name": name, "current": name == current, "server": server, "workspace": workspace, "auth": auth}
        )
        cells.append(["*" if name == current else "", name, server, workspace, auth])
    if args.json:
        print_json(rows, sys.stdout)
    else:
        table(["CURRENT", "NAME", "SERVER", "WORKSPACE", "AUTH"], cells, sys.stdout)
    return EXIT_OK


def _auth_kind(params: Mapping[str, Any]) -> str:
    if "rest.token" in params:
        return "token"
    if "rest.username" in params:
        return "password"
    return "-"


def cmd_profiles_show(args: argparse.Namespace) -> int:
    """Show one profile's parameters with secrets masked, as TileDB-Py loads them."""
    name = args.name or profile_name(args)
    directory = profile_dir(args)
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
        print_json({"name": name, "file": path, "parameters": params}, sys.stdout)
        return EXIT_OK
    pairs([("profile", name), ("file", path), *params.items()], sys.stdout)
    return EXIT_OK
