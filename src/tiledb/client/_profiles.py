"""Safe storage of TileDB profiles in ``profiles.json``.

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
from collections.abc import Iterator, Mapping
from typing import Any

import tiledb

from ._environ import profile_env
from ._errors import ConfigurationError
from ._redact import redact

__all__ = [
    "FILE_NAME",
    "SECRET_KEYS",
    "default_profile_dir",
    "describe_profile",
    "load_profile",
    "profiles_file",
    "save_profile",
]

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


def _read_existing_for_load(path: str) -> dict[str, Any]:
    try:
        data = _read_existing(path)
    except ConfigurationError as exc:
        raise LookupError(str(exc)) from None
    if data is None:
        raise LookupError(f"the profiles file {path} does not exist")
    return data
