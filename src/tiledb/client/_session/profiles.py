"""Profiles: ``configure()``, safe storage in ``profiles.json``, and the environment variables that
select TileDB-Py's profile.

``configure()`` checks credentials and stores them as a TileDB-Py profile. ``login()`` and
``configure()`` change ``TILEDB_PROFILE_NAME`` / ``TILEDB_PROFILE_DIR`` and ``tiledb.Config()``
reads them, so every access goes through :data:`ENV_LOCK`. The CLI reads profiles through this
module too.

TileDB-Py owns the file format: a profile is written by
``tiledb.Profile(name, dir).save(overwrite=...)`` so TileDB-Py reads exactly
what we write.  TileDB-Py alone falls short in three ways, which this module
closes:

* the file is created world-readable (mode 0644 under the usual umask);
  ours is 0600 from the moment it appears, and a directory we create is 0700;
* two processes saving at once can lose a profile (an unlocked
  read-modify-write); ours hold an exclusive lock on a sidecar lock file
  (``profiles.json.lock``, through ``filelock``: ``flock`` on POSIX,
  ``msvcrt`` locking on Windows) around the whole read-modify-write.  A lock
  held by a process that died is released by the operating system; one held
  by a live process for longer than :data:`LOCK_TIMEOUT` ends the save in
  :class:`ConfigurationError` naming the lock file, never in a hang;
* a failed save can leave a truncated file; ours lets TileDB-Py write a
  private copy in a temporary directory next to the file and atomically
  renames it into place, so readers see the old file or the new one.

An existing file that is empty, not JSON or not a JSON object is never
overwritten: the save fails with :class:`ConfigurationError` naming it.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import threading
import warnings
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

import tiledb

from .._errors import ConfigurationError, ConfigurationTypeError, redact
from .validate import (
    check_header_safe,
    is_workspace_id,
    normalize_host,
    optional_path,
    optional_str,
    workspace_id_from_token,
)

if TYPE_CHECKING:
    from ..rest_api.models.api_token import APIToken

__all__ = [
    "ENV_LOCK",
    "FILE_NAME",
    "PROFILE_DIR_VAR",
    "PROFILE_NAME_VAR",
    "SECRET_KEYS",
    "build_profile_params",
    "configure",
    "default_profile_dir",
    "describe_profile",
    "load_profile",
    "profile_env",
    "profiles_file",
    "save_profile",
    "set_profile_env",
]

PROFILE_NAME_VAR = "TILEDB_PROFILE_NAME"
PROFILE_DIR_VAR = "TILEDB_PROFILE_DIR"

#: Held while the profile variables are read or changed.
ENV_LOCK = threading.RLock()


def _set(var: str, value: str | None) -> None:
    if value is None:
        os.environ.pop(var, None)
    else:
        os.environ[var] = value


def set_profile_env(name: str | None, directory: str | None) -> None:
    """Point TileDB-Py at a profile; ``None`` clears a variable (TileDB-Py's default)."""
    with ENV_LOCK:
        _set(PROFILE_NAME_VAR, name)
        _set(PROFILE_DIR_VAR, directory)


@contextlib.contextmanager
def profile_env(name: str | None, directory: str | None) -> Iterator[None]:
    """Set the profile variables for the duration of the block, then restore them.

    The lock is held for the whole block, so no other thread sees the
    temporary values.
    """
    with ENV_LOCK:
        saved = (os.environ.get(PROFILE_NAME_VAR), os.environ.get(PROFILE_DIR_VAR))
        set_profile_env(name, directory)
        try:
            yield
        finally:
            set_profile_env(*saved)


FILE_NAME = "profiles.json"
LOCK_SUFFIX = ".lock"
#: Seconds a save waits for another process's lock on ``profiles.json`` before giving up.
LOCK_TIMEOUT = 30.0
SECRET_KEYS = ("rest.token", "rest.password")
#: Top-level keys of ``profiles.json`` that are not profiles: TileDB-Py writes ``"version": 1``
#: last, so a profile of that name is silently dropped (or replaces the format marker).
RESERVED_NAMES = frozenset({"version"})


def describe_profile(name: str | None, directory: str | None) -> str:
    """How messages name a profile: ``profile 'prod' in /some/dir`` (``default`` when unnamed)."""
    return f"profile {name or 'default'!r}" + (f" in {directory}" if directory else "")


def default_profile_dir() -> str:
    """Return TileDB-Py's default profile directory (``~/.tiledb``), ignoring the environment."""
    with profile_env(None, None):
        directory = str(tiledb.Profile().dir)
    return os.path.normpath(directory)


def profiles_file(directory: str | None) -> str:
    """Return the path of ``profiles.json`` in ``directory`` (the default directory for ``None``)."""
    return os.path.join(os.path.normpath(directory) if directory else default_profile_dir(), FILE_NAME)


def _make_private_dirs(directory: str) -> None:
    """Create ``directory`` and any missing parents with mode 0700, whatever the umask."""
    missing = []
    path = os.path.abspath(directory)
    while not os.path.isdir(path):
        missing.append(path)
        parent = os.path.dirname(path)
        if parent == path:
            break
        path = parent
    for path in reversed(missing):
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        os.chmod(path, 0o700)


@contextlib.contextmanager
def _exclusive_lock(path: str, timeout: float | None = None) -> Iterator[None]:
    """Hold an exclusive lock on the sidecar lock file of ``path`` (across processes).

    :raises ConfigurationError: when another process holds it for longer than ``timeout``
        (default :data:`LOCK_TIMEOUT`) seconds.
    """
    from filelock import FileLock, Timeout

    lock_file = path + LOCK_SUFFIX
    lock = FileLock(lock_file, mode=0o600, thread_local=False)
    wait = LOCK_TIMEOUT if timeout is None else timeout
    try:
        lock.acquire(timeout=wait)
    except Timeout:
        raise ConfigurationError(
            f"Another process has held the lock file {lock_file} for more than {wait:g} s while "
            "saving a profile. Wait for it to finish (or end it), then try again."
        ) from None
    try:
        yield
    finally:
        lock.release()


def _read_existing(path: str) -> dict[str, Any] | None:
    """Read and check the current file; ``None`` when there is none."""
    try:
        with open(path, "rb") as stream:
            raw = stream.read()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ConfigurationError(f"The profiles file {path} can not be read ({exc.strerror}).") from None
    fix = "fix or move it away, then try again"
    if not raw.strip():
        raise ConfigurationError(f"The profiles file {path} is empty; {fix}.")
    try:
        data = json.loads(raw)
    except ValueError:
        raise ConfigurationError(f"The profiles file {path} is not valid JSON; {fix}.") from None
    if not isinstance(data, dict):
        raise ConfigurationError(f"The profiles file {path} does not hold a JSON object; {fix}.")
    return data


def _secrets_in(data: Mapping[str, Any] | None) -> list[str]:
    """Collect the secret values of every profile in a parsed file."""
    found: list[str] = []
    for profile in (data or {}).values():
        if isinstance(profile, Mapping):
            found.extend(str(profile[key]) for key in SECRET_KEYS if key in profile)
    return found


def _fsync_dir(directory: str) -> None:
    """Make a rename in ``directory`` durable (POSIX; Windows offers no directory handle to sync)."""
    flag = getattr(os, "O_DIRECTORY", None)
    if flag is None:
        return
    fd = os.open(directory, os.O_RDONLY | flag)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def save_profile(name: str, directory: str | None, params: Mapping[str, str], overwrite: bool) -> str:
    """Save one profile through TileDB-Py and return the path of the file written.

    :raises ConfigurationError: the name is reserved (``"version"``), the profile exists and
        ``overwrite`` is false, or the file or directory can not be read, parsed or written.
    """
    if name in RESERVED_NAMES:
        raise ConfigurationError(
            f"profile_name {name!r} is reserved: profiles.json uses that key for its format "
            "version. Choose another profile_name."
        )
    folder = os.path.normpath(directory) if directory else default_profile_dir()
    path = os.path.join(folder, FILE_NAME)
    try:
        _make_private_dirs(folder)
        with _exclusive_lock(path):
            target = os.path.realpath(path)
            existing = _read_existing(target)
            if existing is not None and name in existing and not overwrite:
                raise ConfigurationError(
                    f"Profile {name!r} already exists in {path}; pass overwrite=True to replace it, "
                    "or choose another profile_name."
                )
            if existing is not None and not os.access(target, os.W_OK):
                raise ConfigurationError(f"The profiles file {path} is not writable.")
            secrets = [*_secrets_in(existing), *(params.get(key, "") for key in SECRET_KEYS)]
            _replace_with_saved(name, target, params, overwrite, secrets)
    except ConfigurationError:
        raise
    except OSError as exc:
        where = exc.filename or path
        raise ConfigurationError(
            f"Could not save profile {name!r} to {path}: {exc.strerror} ({where})."
        ) from None
    return path


def _replace_with_saved(
    name: str, target: str, params: Mapping[str, str], overwrite: bool, secrets: list[str]
) -> None:
    """Let TileDB-Py update a private copy of ``target``, then rename the copy over it."""
    workdir = tempfile.mkdtemp(prefix=".profiles-", dir=os.path.dirname(target))
    try:
        copy = os.path.join(workdir, FILE_NAME)
        if os.path.exists(target):
            with open(target, "rb") as src:
                fd = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(fd, "wb") as dst:
                    shutil.copyfileobj(src, dst)
        try:
            # Explicit name and directory; the inherited TILEDB_PROFILE_* variables are
            # cleared anyway so that no TileDB-Py version can redirect the save.
            with profile_env(None, None):
                profile = tiledb.Profile(name, workdir)
                for key, value in params.items():
                    profile[key] = value
                profile.save(overwrite=overwrite)
        except tiledb.TileDBError as exc:
            message = redact(str(exc), secrets)
            raise ConfigurationError(
                f"TileDB-Py could not save profile {name!r} to {target}: {message}"
            ) from None
        os.chmod(copy, 0o600)
        with open(copy, "rb") as written:
            os.fsync(written.fileno())
        os.replace(copy, target)
        _fsync_dir(os.path.dirname(target))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def load_profile(name: str | None, directory: str | None) -> dict[str, str]:
    """Return the stored parameters of one profile as TileDB-Py reads them.

    :raises LookupError: with a reason that holds no secret, when the file or
        the profile does not exist or can not be read.
    """
    path = profiles_file(directory)
    profile_name = name or "default"
    data = _read_existing_for_load(path)
    entry = data.get(profile_name)
    if not isinstance(entry, dict):
        raise LookupError(f"profile {profile_name!r} does not exist in {path}")
    try:
        tiledb.Profile.load(profile_name, os.path.dirname(path))
    except tiledb.TileDBError:
        raise LookupError(f"TileDB-Py can not load profile {profile_name!r} from {path}") from None
    return {str(k): str(v) for k, v in entry.items()}


def read_profiles(directory: str | None) -> tuple[str, dict[str, Any] | None]:
    """The path of ``profiles.json`` in ``directory`` and its parsed content (``None``: no file).

    :raises ConfigurationError: when the file exists but can not be read or is not a JSON object.
    """
    path = profiles_file(directory)
    return path, _read_existing(path)


def _read_existing_for_load(path: str) -> dict[str, Any]:
    try:
        data = _read_existing(path)
    except ConfigurationError as exc:
        raise LookupError(str(exc)) from None
    if data is None:
        raise LookupError(f"the profiles file {path} does not exist")
    return data


def _token_parts(token: Any) -> tuple[str | None, str | None]:
    """Return ``(api_key, workspace_id)`` for a token string or ``APIToken`` object."""
    if token is None or isinstance(token, str):
        if token is not None:
            token = token.strip()
            if not token:
                raise ConfigurationError("token is empty: pass the API token string, or omit token=.")
            check_header_safe(token, "token", ConfigurationError)
        return token, workspace_id_from_token(token) if token else None
    api_key = getattr(token, "api_key", None)
    if type(token).__name__ == "APIToken" and isinstance(api_key, str) and api_key:
        check_header_safe(api_key, "token.api_key", ConfigurationError)
        workspace_id = getattr(token, "workspace_id", None)
        return api_key, workspace_id if isinstance(workspace_id, str) and workspace_id else None
    raise ConfigurationTypeError(f"token must be a string or an APIToken, not {type(token).__name__}.")


def _check_bool(value: Any, name: str, allow_none: bool) -> None:
    if isinstance(value, bool) or (allow_none and value is None):
        return
    kind = "True, False or None" if allow_none else "True or False"
    raise ConfigurationTypeError(f"{name} must be {kind}, not {type(value).__name__}.")


def build_profile_params(
    token: str | APIToken | None,
    username: str | None,
    password: str | None,
    workspace: str | None,
    host: str | None,
    verify_ssl: bool | None,
    ca_file: str | None,
) -> dict[str, str]:
    """Check ``configure()``'s credential arguments and return the profile parameters to store.

    :raises ConfigurationError: for a missing, malformed or contradictory argument;
        the message says what to pass instead.
    """
    username = optional_str(username, "username", ConfigurationTypeError)
    password = optional_str(password, "password", ConfigurationTypeError)
    workspace = optional_str(workspace, "workspace", ConfigurationTypeError)
    host = optional_str(host, "host", ConfigurationTypeError)
    ca_file = optional_path(ca_file, "ca_file", ConfigurationTypeError)
    _check_bool(verify_ssl, "verify_ssl", allow_none=True)
    api_key, token_workspace = _token_parts(token)

    if host is None:
        raise ConfigurationError(
            "host is missing: pass the TileDB server address, e.g. host='api.tiledb.com'."
        )
    params = {"rest.server_address": normalize_host(host)}
    hostname = params["rest.server_address"].split("://", 1)[1]
    if hostname.lower().startswith("app."):
        warnings.warn(
            f"host {hostname!r} usually serves the TileDB web interface, not its API; "
            f"the API is usually at {'api.' + hostname[4:]!r}.",
            UserWarning,
            stacklevel=3,
        )

    if api_key is not None:
        params["rest.token"] = api_key
    else:
        params.update(_password_params(username, password))

    workspace = workspace.strip() if workspace is not None else None
    if workspace == "":
        raise ConfigurationError("workspace is empty: pass a workspace name or id (ws_...), or omit it.")
    if workspace and token_workspace and is_workspace_id(workspace) and workspace != token_workspace:
        raise ConfigurationError(
            f"workspace={workspace!r} names a different workspace than the token does "
            f"({token_workspace}): omit workspace= (the token's workspace is used) or pass a token "
            "for that workspace."
        )
    workspace = workspace or token_workspace
    if not workspace:
        raise ConfigurationError(
            "workspace is missing: pass workspace='<name or ws_ id>', or a token that identifies "
            "its workspace."
        )
    params["rest.workspace"] = workspace

    if verify_ssl is False:
        params["rest.verify_ssl"] = "false"
    if ca_file is not None:
        params["ssl.ca_file"] = _checked_ca_file(ca_file)
    return params


def _password_params(username: str | None, password: str | None) -> dict[str, str]:
    username = username.strip() if username is not None else None
    if not username and not password:
        raise ConfigurationError("No credentials: pass token='<API token>', or both username= and password=.")
    if not username:
        raise ConfigurationError(
            "username is missing: pass username= together with password=, or pass token=."
        )
    if not password:
        raise ConfigurationError(
            "password is missing: pass password= together with username=, or pass token=."
        )
    check_header_safe(username, "username", ConfigurationError)
    if ":" in username:
        raise ConfigurationError("username must not contain ':'; check the value.")
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in password):
        raise ConfigurationError("password contains control characters; check the value.")
    return {"rest.username": username, "rest.password": password}


def _checked_ca_file(ca_file: str) -> str:
    if not ca_file.strip():
        raise ConfigurationError("ca_file is empty: pass the path of a CA bundle (PEM) file, or omit it.")
    path = os.path.abspath(os.path.expanduser(ca_file.strip()))
    if not os.path.isfile(path):
        raise ConfigurationError(
            f"ca_file {path!r} does not exist or is not a file: pass a CA bundle (PEM) path."
        )
    return path


def configure(
    token: str | APIToken | None = None,
    username: str | None = None,
    password: str | None = None,
    workspace: str | None = None,
    host: str | None = None,
    verify_ssl: bool | None = None,
    ca_file: str | None = None,
    profile_name: str | None = None,
    profile_dir: str | None = None,
    overwrite: bool = False,
) -> None:
    """Store TileDB credentials in a profile for later use.

    The profile is written by TileDB-Py (``tiledb.Profile(name, dir).save()``)
    into ``profiles.json``, so TileDB-Py reads the same profile; activate it
    with :func:`tiledb.client.login`.  The file is kept private (mode 0600, a
    directory created here 0700), saves from several processes are
    serialised by a file lock, and a broken file is never overwritten.

    A token takes priority: with a token, ``username`` and ``password`` are
    not stored.  A token ``<prefix>-ws_<id>-<secret>`` (or an ``APIToken``
    object) also names its workspace, so ``workspace`` may be omitted.

    :param token: API token (a string or an ``APIToken``).
    :param username: A TileDB account username (with ``password``, when there is no token).
    :param password: A TileDB account password.
    :param workspace: A TileDB workspace name or id.
    :param host: The TileDB server address; ``https://`` is assumed without a scheme.
    :param verify_ssl: ``False`` turns off TLS certificate verification (stored as ``"false"``).
    :param ca_file: Path to a certificate authority bundle file.
    :param profile_name: The name of the profile, ``"default"`` when omitted.
    :param profile_dir: The directory of ``profiles.json``; ``None`` means ``~/.tiledb``.
    :param overwrite: Replace an existing profile of the same name.
    :raises ConfigurationError: If an argument is missing, malformed or
        contradictory (the message says what to pass), the profile exists and
        ``overwrite`` is false, or the profiles file can not be used.  A wrong
        type raises a ``ConfigurationError`` that is also a ``TypeError``.
    """
    params = build_profile_params(token, username, password, workspace, host, verify_ssl, ca_file)
    name = optional_str(profile_name, "profile_name", ConfigurationTypeError)
    directory = optional_path(profile_dir, "profile_dir", ConfigurationTypeError)
    _check_bool(overwrite, "overwrite", allow_none=False)
    if name is not None and not name.strip():
        raise ConfigurationError("profile_name is empty: pass a name, or omit it for the 'default' profile.")
    if directory is not None and not directory.strip():
        raise ConfigurationError("profile_dir is empty: pass a directory, or omit it for ~/.tiledb.")
    save_profile(name or "default", os.path.expanduser(directory) if directory else None, params, overwrite)
