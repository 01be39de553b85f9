"""API tokens of the session user: create, list (keys masked), revoke.

Failures raise :class:`TokensError` carrying the server's status, message and request id. The
secret of a new token is in its ``api_key`` attribute, which no ``repr`` or message shows.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ._highlevel.args import choice
from ._highlevel.errors import TokensError, refusing, translated
from ._highlevel.pager import Pager
from ._highlevel.pages import json_pages
from ._highlevel.reexport import API, API_EXCEPTION, MODELS, lazy_names

if TYPE_CHECKING:
    from .rest_api.api import TokensApi
    from .rest_api.models import APIToken, TokenScope

__all__ = ["TokensError", "create_token", "list_tokens", "revoke_token"]

TOKEN_TYPES = ("api", "session")


def _api() -> TokensApi:
    from .client import build
    from .rest_api.api import TokensApi

    return build(TokensApi)


def create_token(name: str, scope: TokenScope | str, *, expires_at: datetime | None = None) -> APIToken:
    """Create an API token for the session user; returns it with its secret ``api_key``.

    :param name: A name to recognise the token by.
    :param scope: What it may do: ``"*"`` or a ``TokenScope`` value such as ``"user:read"``.
    :param expires_at: When it stops working (a naive datetime is taken as UTC); ``None``:
        the server's default lifetime.
    """
    from .rest_api.models import TokenCreateRequest, TokenScope
    from .rest_api.types import UNSET

    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"name must be a non-empty string, got {name!r}")
    if expires_at is not None:
        if not isinstance(expires_at, datetime):
            raise TypeError(f"expires_at must be a datetime, not {type(expires_at).__name__}")
        if expires_at.tzinfo is None:
            expires_at = expires_at.replace(tzinfo=UTC)
    body = TokenCreateRequest(
        scope=choice(TokenScope, scope, "scope"),
        name=name,
        expires_at=expires_at if expires_at is not None else UNSET,
    )
    with translated(TokensError, f"creating token {name!r}"):
        return _api().create_token(body).data


def list_tokens(type: str, *, page: int = 1, per_page: int | None = None) -> Pager[APIToken]:
    """The session user's live tokens of one type (``"api"`` or ``"session"``), keys masked."""
    if type not in TOKEN_TYPES:
        raise ValueError(f"type must be 'api' or 'session', got {type!r}")
    from .rest_api.api.tokens import list_tokens as operation
    from .rest_api.models import TokenListResponse

    call = json_pages(operation, TokenListResponse, _api().client, TokensError, f"listing {type} tokens")
    return Pager(call, type, page=page, per_page=per_page)


def revoke_token(token: object) -> None:
    """Revoke a token (an ``APIToken`` or its id); requests with it fail from then on."""
    token_id = getattr(token, "token_id", token)
    if not isinstance(token_id, str) or not token_id.strip() or "/" in token_id:
        raise ValueError(f"expected an APIToken or a token id, got {type(token).__name__}")
    if token_id.startswith("tdb-"):
        # That is a secret key, not an id: refuse it without echoing it.
        raise ValueError("expected a token id (or APIToken), got what looks like an API key")
    with translated(TokensError, f"revoking token {token_id!r}"):
        _api().revoke_token(token_id)


# The models, enums and Api classes the established module re-exports, and its ``ApiException``:
# imported on first access (see ``_highlevel/reexport.py``), so importing this module stays cheap.
__getattr__, __dir__ = lazy_names(
    __name__,
    {
        MODELS: (
            "Token",
            "TokenCreateRequest",
            "TokenScope",
        ),
        API: ("TokensApi",),
        API_EXCEPTION: ("ApiException",),
    },
)

# Bad input refused before any request raises an error that is both TokensError (as the established
# client raises) and ValueError (as Python code expects).
refusing(TokensError, globals(), __all__)
