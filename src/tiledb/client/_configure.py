"""``configure()``: check credentials and store them in a TileDB-Py profile."""

from __future__ import annotations

import os
import warnings
from typing import TYPE_CHECKING, Any

from ._errors import ConfigurationError, ConfigurationTypeError
from ._profiles import save_profile
from ._validate import (
    check_header_safe,
    is_workspace_id,
    normalize_host,
    optional_path,
    optional_str,
    workspace_id_from_token,
)

if TYPE_CHECKING:
    from .rest_api.models.api_token import APIToken

__all__ = ["build_profile_params", "configure"]


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
