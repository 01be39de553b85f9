"""Which session a file request uses: the process's current one, or one a caller holds for itself.

The fsspec filesystem opened with a profile, a token or a host keeps its own session and sends it
on every request, whatever the process's current session is or other filesystems use:
:func:`using_session` makes it the session of the file requests made inside the block (a context
variable, so threads and tasks running other blocks are not affected), and every request of this
layer builds its client through :func:`build_api`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from .._session.session import Session
    from ..rest_api.client import Client as GeneratedClient

__all__ = ["build_api", "session_for", "using_session"]

_T = TypeVar("_T")
_HELD: ContextVar[Session | None] = ContextVar("tiledb_client_file_session", default=None)


@contextmanager
def using_session(session: Session | None) -> Iterator[None]:
    """File requests inside the block use ``session`` (``None``: the process's current session)."""
    if session is None:
        yield
        return
    token = _HELD.set(session)
    try:
        yield
    finally:
        _HELD.reset(token)


def build_api(builder: Callable[[GeneratedClient], _T]) -> _T:
    """``builder`` (an Api class) over the held session, else over the current session."""
    from .._session.clients import shared_client

    held = _HELD.get()
    client = shared_client()
    return client.build(builder) if held is None else client.build_for(held, builder)


def session_for(
    *,
    profile_name: str | None = None,
    profile_dir: str | None = None,
    token: str | None = None,
    host: str | None = None,
) -> Session:
    """A session of its own (the process's current session is left as it is).

    With a profile (name or directory), that profile's settings (a password is exchanged for a
    token); ``token`` and ``host`` override its values. Without one, ``token`` at ``host`` (the
    default server if ``None``).
    """
    from .._session.clients import shared_client
    from .._session.profiles import profile_env
    from .._session.session import Session, open_session
    from .._session.settings import DEFAULT_SERVER, Settings, resolve_settings
    from .._session.validate import normalize_host

    server = normalize_host(host) if host else None
    if profile_name is not None or profile_dir is not None:
        directory = os.path.abspath(os.path.expanduser(profile_dir)) if profile_dir else None
        with profile_env(profile_name, directory):
            settings = resolve_settings()
        if token is not None or server is not None:
            settings = Settings(
                server or settings.server_address,
                token if token is not None else settings.token,
                settings.username,
                settings.password,
                settings.workspace,
                settings.workspace_id,
                settings.verify_ssl,
                settings.ca_file,
                settings.profile_name,
                settings.profile_dir,
            )
        return open_session(settings, shared_client().open_httpx_client)
    if token is None:
        raise ValueError("a filesystem of its own needs a profile or a token")
    return Session(server_address=server or normalize_host(DEFAULT_SERVER), token=token)
