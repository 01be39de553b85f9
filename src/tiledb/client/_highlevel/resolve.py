"""The one identifier resolver of the high-level layer.

Every high-level function takes its asset, folder, teamspace or user in any of the forms users
write them, and turns it into what the v4 API puts in its URL paths. Nothing here sends a
request: a malformed identifier is refused with a :class:`ValueError` (or :class:`TypeError` for
a value of the wrong kind) that says what was expected, before anything reaches the network.

Accepted forms:

- an asset (or folder, or file): a model object with ``teamspace_id`` and ``id`` (``Asset``) or
  ``asset_id`` (``Folder``); an asset id (``ast_...``); a path inside the teamspace, with or
  without a leading ``/``; a URI ``tiledb://<workspace>/<teamspace>/<path>``, whose workspace is
  used and whose teamspace must agree with a ``teamspace=`` given beside it;
- a teamspace: a ``Teamspace`` (or any object with ``teamspace_id``), an id (``ts_...``) or a name;
- a user: a ``User`` (``id``), a ``WorkspaceUser``/``TeamspaceUser`` (``user_id``), an id
  (``usr_...``) or a username;
- a workspace: a ``Workspace`` (``workspace_id``), an id (``ws_...``) or a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "AssetRef",
    "resolve_asset",
    "resolve_teamspace",
    "resolve_user",
    "resolve_workspace",
    "session_workspace",
]

URI_SCHEME = "tiledb://"
#: Ids of other kinds of resource: such a string where an asset is expected is a mistake, not a
#: path (the v4 API would answer 404 after a round trip, or worse, find a same-named asset).
_ANY_ID = re.compile(r"^(ast|usr|ts|ws|tok|ss|cred)_[A-Za-z0-9]+$")
_ASSET_ID = re.compile(r"^ast_[A-Za-z0-9]+$")


@dataclass(frozen=True, slots=True)
class AssetRef:
    """Where an asset lives, as the v4 API addresses it.

    :ivar workspace: Workspace id or name.
    :ivar teamspace: Teamspace id or name.
    :ivar asset: Asset id or path inside the teamspace without a leading ``/``; ``""`` is the
        teamspace's root (only when the caller allowed it).
    """

    workspace: str
    teamspace: str
    asset: str

    @property
    def is_root(self) -> bool:
        """Whether this is the root of the teamspace rather than an asset."""
        return self.asset == ""

    @property
    def segment(self) -> str:
        """The asset as one URL path segment: ``"/"`` stands for the root (never an empty segment)."""
        return self.asset or "/"

    def __str__(self) -> str:
        return f"{URI_SCHEME}{self.workspace}/{self.teamspace}/{self.asset}"


def _foreign(text: str, own_prefix: str) -> bool:
    """Whether ``text`` is the id of another kind of resource than the one expected."""
    return bool(_ANY_ID.match(text)) and not text.startswith(own_prefix)


def session_workspace() -> str:
    """The current session's workspace id (the default workspace of every call)."""
    from .._session.login import get_workspace_id

    return get_workspace_id()


def _text(value: object, what: str) -> str:
    if isinstance(value, bool) or not isinstance(value, str):
        raise TypeError(f"{what} must be a string or a model object, not {type(value).__name__}")
    return value


def resolve_workspace(workspace: object = None) -> str:
    """A workspace id or name from a ``Workspace``, an id, a name or ``None`` (the session's)."""
    if workspace is None:
        return session_workspace()
    found = getattr(workspace, "workspace_id", None)
    if isinstance(found, str) and found:
        return found
    text = _text(workspace, "workspace").strip()
    if not text or "/" in text or _foreign(text, "ws_"):
        raise ValueError(f"expected a workspace name or id (ws_...), got {workspace!r}")
    return text


def resolve_teamspace(teamspace: object) -> str:
    """A teamspace id or name from a ``Teamspace`` (or any object with ``teamspace_id``), id or name.

    :raises ValueError: ``None``, an empty string, a string with ``/`` or an id of another kind.
    """
    if teamspace is None:
        raise ValueError("a teamspace is needed: pass teamspace= (a name, a ts_... id or a Teamspace)")
    found = getattr(teamspace, "teamspace_id", None)
    if isinstance(found, str) and found:
        return found
    text = _text(teamspace, "teamspace").strip()
    if not text or "/" in text or _foreign(text, "ts_"):
        raise ValueError(f"expected a teamspace name or id (ts_...), got {teamspace!r}")
    return text


def _teamspace_names(teamspace: object) -> set[str]:
    """Every string that designates ``teamspace`` (its id and, for an object, its name)."""
    names = {resolve_teamspace(teamspace)}
    name = getattr(teamspace, "name", None)
    if isinstance(name, str):
        names.add(name)
    return names


def resolve_user(user: object) -> str:
    """A user id or username from a ``User``, ``WorkspaceUser``, ``TeamspaceUser``, id or username."""
    for attr in ("user_id", "id"):
        found = getattr(user, attr, None)
        if isinstance(found, str) and found and not isinstance(user, str):
            if _foreign(found, "usr_"):  # an Asset, a token...: an object, but not a user
                raise ValueError(f"expected a user, got a {type(user).__name__} (id {found!r})")
            return found
    text = _text(user, "user").strip()
    if not text or "/" in text or _foreign(text, "usr_"):
        raise ValueError(f"expected a username or a user id (usr_...), got {user!r}")
    return text


def _clean_path(path: str, original: object, allow_root: bool) -> str:
    """A teamspace path without leading or trailing ``/``, checked segment by segment."""
    stripped = path.strip("/")
    if not stripped:
        if allow_root:
            return ""
        raise ValueError(f"expected an asset path, id (ast_...) or tiledb:// URI, got {original!r}")
    segments = stripped.split("/")
    if any(s in ("", ".", "..") for s in segments) or stripped != stripped.strip():
        raise ValueError(
            f"malformed path {original!r}: segments must be non-empty, without '.' or '..' "
            "or surrounding spaces"
        )
    return stripped


def resolve_asset(
    asset: object,
    teamspace: object = None,
    *,
    allow_root: bool = False,
    what: str = "asset",
    prefer_path: bool = False,
) -> AssetRef:
    """Where ``asset`` lives: its workspace, teamspace and id or path.

    :param asset: A model object, an id, a path or a ``tiledb://`` URI (see the module docs).
    :param teamspace: The teamspace of an id or path; with a URI or an object it must agree.
    :param allow_root: Accept the teamspace's root (``""``, ``"/"``, ``tiledb://ws/ts``).
    :param what: The noun used in messages (``"folder"``, ``"file"``).
    :param prefer_path: For an object that has its ``path``, address it by path rather than id
        (for operations whose URL names a path, such as listing a folder).
    :raises ValueError: A malformed identifier, a missing teamspace, or a conflicting one.
    :raises TypeError: ``asset`` is neither a string nor a model object.
    """
    if not isinstance(asset, str):
        return _from_object(asset, teamspace, what, prefer_path)
    if asset.startswith(URI_SCHEME):
        return _from_uri(asset, teamspace, allow_root, what)
    if "://" in asset:
        raise ValueError(f"expected a tiledb:// URI, a path or an {what} id, got {asset!r}")
    text = asset.strip()
    if _foreign(text, "ast_"):
        raise ValueError(
            f"expected an {what} (a path, an ast_... id or a tiledb:// URI), got the id {asset!r} "
            "of another kind of resource"
        )
    if _ASSET_ID.match(text):
        return AssetRef(session_workspace(), resolve_teamspace(teamspace), text)
    path = _clean_path(asset, asset, allow_root)
    return AssetRef(session_workspace(), resolve_teamspace(teamspace), path)


def _from_object(asset: object, teamspace: object, what: str, prefer_path: bool) -> AssetRef:
    asset_id = getattr(asset, "asset_id", None) or getattr(asset, "id", None)
    ts_id = getattr(asset, "teamspace_id", None)
    ws_id = getattr(asset, "workspace_id", None)
    if not (isinstance(asset_id, str) and asset_id and isinstance(ts_id, str) and ts_id):
        raise TypeError(
            f"{what} must be a path, an ast_... id, a tiledb:// URI or an Asset/Folder object, "
            f"not {type(asset).__name__}"
        )
    if teamspace is not None:
        ts_name = getattr(getattr(asset, "teamspace", None), "name", None)
        if not ({ts_id, ts_name} & _teamspace_names(teamspace)):
            raise ValueError(f"teamspace={teamspace!r} conflicts with the {what}'s own teamspace {ts_id!r}")
    workspace = ws_id if isinstance(ws_id, str) and ws_id else session_workspace()
    path = getattr(asset, "path", None)
    if prefer_path and isinstance(path, str) and path.strip("/"):
        return AssetRef(workspace, ts_id, path.strip("/"))
    return AssetRef(workspace, ts_id, asset_id)


def _from_uri(uri: str, teamspace: object, allow_root: bool, what: str) -> AssetRef:
    rest = uri[len(URI_SCHEME) :]
    workspace, _, tail = rest.partition("/")
    ts_name, _, path = tail.partition("/")
    if not workspace or not ts_name:
        raise ValueError(
            f"expected a URI of the form tiledb://<workspace>/<teamspace>/<path>, got {uri!r}: "
            "it names no teamspace"
        )
    if teamspace is not None and ts_name not in _teamspace_names(teamspace):
        raise ValueError(
            f"teamspace={teamspace!r} conflicts with the teamspace {ts_name!r} of {uri!r}: drop one of them"
        )
    return AssetRef(workspace, ts_name, _clean_path(path, uri, allow_root))
