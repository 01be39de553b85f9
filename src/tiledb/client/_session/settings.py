"""Resolve the settings of a session the way TileDB-Py does.

``tiledb.Config()`` applies TileDB-Py's precedence: values set in code, then
``TILEDB_REST_*`` environment variables, then the profile selected by
``TILEDB_PROFILE_NAME`` / ``TILEDB_PROFILE_DIR``, then defaults.  We read the
``rest.*`` and ``ssl.ca_file`` parameters from it, so ``tiledb.client`` and
TileDB-Py always agree on which server and credentials a profile means.
"""

from __future__ import annotations

import os

import tiledb

from .._errors import ConfigurationError, LoginError, mask
from .._frozen import FrozenValue
from .profiles import (
    ENV_LOCK,
    PROFILE_DIR_VAR,
    PROFILE_NAME_VAR,
    describe_profile,
    load_profile,
    profiles_file,
)
from .validate import check_header_safe, is_workspace_id, normalize_host, workspace_id_from_token

__all__ = ["DEFAULT_SERVER", "SESSION_KEYS", "Settings", "resolve_settings"]

#: The TileDB-Py configuration parameters that make up a session (and that login() replaces in
#: TileDB-Py's default context).
SESSION_KEYS = (
    "rest.server_address",
    "rest.token",
    "rest.username",
    "rest.password",
    "rest.workspace",
    "rest.verify_ssl",
    "ssl.ca_file",
)

#: TileDB-Py's default for ``rest.server_address``.
DEFAULT_SERVER = "https://api.tiledb.com"


class Settings(FrozenValue):
    """Resolved, checked settings of a profile, before any password exchange."""

    __match_args__ = (
        "server_address",
        "token",
        "username",
        "password",
        "workspace",
        "workspace_id",
        "verify_ssl",
        "ca_file",
        "profile_name",
        "profile_dir",
    )
    __slots__ = __match_args__

    server_address: str
    token: str | None
    username: str | None
    password: str | None
    workspace: str | None
    workspace_id: str | None
    verify_ssl: bool
    ca_file: str | None
    profile_name: str | None
    profile_dir: str | None

    def __init__(
        self,
        server_address: str,
        token: str | None,
        username: str | None,
        password: str | None,
        workspace: str | None,
        workspace_id: str | None,
        verify_ssl: bool,
        ca_file: str | None,
        profile_name: str | None,
        profile_dir: str | None,
    ) -> None:
        set_ = object.__setattr__
        set_(self, "server_address", server_address)
        set_(self, "token", token)
        set_(self, "username", username)
        set_(self, "password", password)
        set_(self, "workspace", workspace)
        set_(self, "workspace_id", workspace_id)
        set_(self, "verify_ssl", verify_ssl)
        set_(self, "ca_file", ca_file)
        set_(self, "profile_name", profile_name)
        set_(self, "profile_dir", profile_dir)

    @property
    def profile_label(self) -> str:
        """A human description of the profile, for messages."""
        return describe_profile(self.profile_name, self.profile_dir)

    def __repr__(self) -> str:
        return (
            f"Settings(server_address={self.server_address!r}, token={mask(self.token)!r}, "
            f"username={self.username!r}, password={mask(self.password)!r}, "
            f"workspace={self.workspace!r}, workspace_id={self.workspace_id!r}, "
            f"verify_ssl={self.verify_ssl!r}, ca_file={self.ca_file!r}, "
            f"profile_name={self.profile_name!r}, profile_dir={self.profile_dir!r})"
        )


def _get(cfg: tiledb.Config, key: str) -> str | None:
    try:
        value = cfg.get(key, None)
    except (KeyError, tiledb.TileDBError):
        return None
    value = str(value).strip() if value is not None else ""
    return value or None


def _has_env_credentials() -> bool:
    return bool(os.environ.get("TILEDB_REST_TOKEN")) or bool(
        os.environ.get("TILEDB_REST_USERNAME") and os.environ.get("TILEDB_REST_PASSWORD")
    )


def _hint(label: str) -> str:
    return f"{label}: store credentials with tiledb.client.configure(...) and then call tiledb.client.login()"


def _existing_profiles(directory: str | None) -> list[str] | None:
    """The profile names in ``profiles.json`` of ``directory``; ``None`` if it can not be read.

    Only the names are read (never a value), for the message about a profile that is missing.
    """
    import json

    try:
        with open(profiles_file(directory), encoding="utf-8") as stream:
            data = json.load(stream)
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    return sorted(str(k) for k, v in data.items() if k != "version" and isinstance(v, dict))


def _missing_profile(label: str, name: str | None, directory: str | None, reason: str) -> str:
    """The message of a login whose profile is not there: what exists, and how to create it."""
    existing = _existing_profiles(directory)
    call = "" if name in (None, "default") else f"profile_name={name!r}, "
    where = "" if directory is None else f"profile_dir={directory!r}, "
    create = f"Create it with tiledb.client.configure({call}{where}...)"
    if existing:
        names = ", ".join(repr(n) for n in existing)
        return (
            f"Could not load {label}: {reason}. Existing profiles: {names}. "
            f"{create}, or log in with one of those."
        )
    if existing is not None:
        return f"Could not load {label}: {reason}; the file holds no profile yet. {create}."
    return f"Could not load {label}: {reason}. {create}."


def resolve_settings() -> Settings:
    """Read the settings TileDB-Py sees under the current profile environment variables.

    A named profile (``TILEDB_PROFILE_NAME``) must exist; the default profile
    may be missing when the environment carries the credentials.

    :raises LoginError: naming the profile and pointing to ``configure()``.
    """
    with ENV_LOCK:
        name = os.environ.get(PROFILE_NAME_VAR) or None
        directory = os.environ.get(PROFILE_DIR_VAR) or None
        label = f"profile {name or 'default'!r}" + (f" in {directory}" if directory else "")
        try:
            load_profile(name, directory)
        except LookupError as exc:
            if name not in (None, "default") or not _has_env_credentials():
                raise LoginError(_missing_profile(label, name, directory, str(exc))) from None
        cfg = tiledb.Config()
        values = {key: _get(cfg, key) for key in SESSION_KEYS}
    return _checked(values, name, directory, label)


def _checked(values: dict[str, str | None], name: str | None, directory: str | None, label: str) -> Settings:
    try:
        server = normalize_host(values["rest.server_address"] or DEFAULT_SERVER)
    except ConfigurationError as exc:
        raise LoginError(f"The host (rest.server_address) of {label} is invalid: {exc}") from None
    token = values["rest.token"]
    username, password = values["rest.username"], values["rest.password"]
    if token is None and not (username and password):
        raise LoginError(f"{label} holds no token and no username/password. {_hint(label)}.")
    try:
        if token is not None:
            check_header_safe(token, "The token (rest.token)", LoginError)
            username = password = None
        else:
            check_header_safe(username or "", "The username (rest.username)", LoginError)
    except LoginError as exc:
        raise LoginError(f"{exc.args[0]} Profile: {label}.") from None
    workspace = values["rest.workspace"]
    workspace_id = workspace_id_from_token(token) if token else None
    if workspace_id is None and workspace and is_workspace_id(workspace):
        workspace_id = workspace
    verify = (values["rest.verify_ssl"] or "true").lower() not in ("false", "0", "no", "off")
    return Settings(
        server_address=server,
        token=token,
        username=username,
        password=password,
        workspace=workspace,
        workspace_id=workspace_id,
        verify_ssl=verify,
        ca_file=values["ssl.ca_file"],
        profile_name=name,
        profile_dir=directory,
    )
