"""``login()`` and the lazily loaded session.

``login()`` points TileDB-Py at a profile (``TILEDB_PROFILE_NAME`` /
``TILEDB_PROFILE_DIR``), resolves its settings through ``tiledb.Config()``,
exchanges a username and password for a session token, swaps the new
session in and refreshes TileDB-Py's default context.  Without ``login()``
the first request loads the session the same way from the environment as it
stands (the default profile unless ``TILEDB_PROFILE_*`` say otherwise).
"""

from __future__ import annotations

import logging
import os
import threading
from typing import TYPE_CHECKING, Any

import httpx

from ._clients import shared_client
from ._environ import ENV_LOCK, PROFILE_DIR_VAR, PROFILE_NAME_VAR, set_profile_env
from ._errors import LoginError, LoginTypeError
from ._redact import redact
from ._retry import plain_request_refused, wrong_address_hint
from ._session import Session, current_session, swap_session
from ._settings import Settings, resolve_settings
from ._tiledb_ctx import refresh_default_ctx
from ._validate import optional_path, optional_str

if TYPE_CHECKING:
    from .rest_api.client import Client as GeneratedClient

__all__ = ["login", "session"]

logger = logging.getLogger("tiledb.client")

_LOGIN_LOCK = threading.RLock()


def session() -> Session:
    """Return the current session, loading it from the environment on first use."""
    return current_session(_load_from_environment)


def _load_from_environment() -> Session:
    settings = resolve_settings()
    logger.debug("Loaded %s lazily for %s", settings.profile_label, settings.server_address)
    return open_session(settings)


def login(
    profile_name: str | None = None, profile_dir: str | None = None, threads: int | None = None
) -> None:
    """Load a stored profile and make it the current session (see ``tiledb.client.login``)."""
    name = optional_str(profile_name, "profile_name", LoginTypeError)
    directory = optional_path(profile_dir, "profile_dir", LoginTypeError)
    if threads is not None and (isinstance(threads, bool) or not isinstance(threads, int)):
        raise LoginTypeError(f"threads must be a positive int or None, not {type(threads).__name__}.")
    if threads is not None and threads < 1:
        raise LoginError(f"threads must be at least 1, got {threads}.")
    if directory is not None:
        directory = os.path.abspath(os.path.expanduser(directory))
    with _LOGIN_LOCK:
        with ENV_LOCK:
            saved = (os.environ.get(PROFILE_NAME_VAR), os.environ.get(PROFILE_DIR_VAR))
            set_profile_env(name, directory)
        try:
            new = open_session(resolve_settings())
        except BaseException:
            set_profile_env(*saved)
            raise
        swap_session(new)
        if threads is not None:
            shared_client().set_threads(threads)
        refresh_default_ctx(new)
    logger.info("Logged in with %s at %s", new.profile_label, new.server_address)


def open_session(settings: Settings) -> Session:
    """Turn resolved settings into a live session, exchanging a password for a token.

    :raises LoginError: when the exchange fails; the message names the profile.
    """
    token = settings.token
    workspace_id = settings.workspace_id
    if token is None:
        token, workspace_id = _exchange_password(settings)
    return Session(
        server_address=settings.server_address,
        token=token,
        workspace=settings.workspace,
        workspace_id=workspace_id,
        username=settings.username,
        verify_ssl=settings.verify_ssl,
        ca_file=settings.ca_file,
        profile_name=settings.profile_name,
        profile_dir=settings.profile_dir,
    )


def _exchange_password(settings: Settings) -> tuple[str, str | None]:
    """Create a session token with basic auth; return it and the workspace id."""
    from .rest_api.errors import ApiError, ResponseValidationError

    label = settings.profile_label
    secrets = (settings.password, settings.username and f"{settings.username}:{settings.password}")
    try:
        with _basic_auth_client(settings) as generated:
            token, workspace_id = _create_session_token(generated, settings)
    except ApiError as exc:
        reason = f"the server answered {exc.status_code} to {exc.method} {exc.path}"
        tls_hint = plain_request_refused(exc.status_code, exc.body, settings.server_address)
        if tls_hint is not None:
            reason += f" ({tls_hint})"
        if exc.status_code in (401, 403):
            reason += " (check the username and password)"
        raise LoginError(_failed(label, reason)) from None
    except (httpx.RequestError, ResponseValidationError) as exc:
        hint = wrong_address_hint(exc, settings.server_address)
        detail = f"{type(exc).__name__}: {exc}" if hint is None else f"{type(exc).__name__}: {hint}"
        reason = redact(f"{settings.server_address} could not be used ({detail})", secrets)
        raise LoginError(_failed(label, reason + "; check the profile's host")) from None
    logger.debug("Exchanged the password of %s for a session token", label)
    return token, workspace_id


def _failed(label: str, reason: str) -> str:
    return (
        f"Login with {label} failed: {reason}. Store working credentials with "
        "tiledb.client.configure(..., overwrite=True) and call tiledb.client.login() again."
    )


class _basic_auth_client:
    """A short-lived generated client that authenticates with username and password."""

    def __init__(self, settings: Settings) -> None:
        self._client = shared_client().open_httpx_client(settings)

    def __enter__(self) -> GeneratedClient:
        from .rest_api.client import Client as GeneratedClient

        return GeneratedClient(base_url=str(self._client.base_url)).set_httpx_client(self._client)

    def __exit__(self, *exc: Any) -> None:
        self._client.close()


def _create_session_token(generated: GeneratedClient, settings: Settings) -> tuple[str, str | None]:
    import uuid  # only password logins name a token

    from .rest_api.api import TokensApi, WorkspacesApi
    from .rest_api.models.token_create_request import TokenCreateRequest
    from .rest_api.models.token_scope import TokenScope

    workspace = settings.workspace_id or settings.workspace
    workspace_id = None
    if workspace:
        workspace_id = WorkspacesApi(generated).get_workspace(workspace).data.workspace_id
    request = TokenCreateRequest(scope=TokenScope("*"), name=f"login-session-{uuid.uuid4()}")
    if workspace_id is not None:
        request.workspace_id = workspace_id
    created = TokensApi(generated).create_token(request).data
    return created.api_key, workspace_id or _unset_to_none(created.workspace_id)


def _unset_to_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None
