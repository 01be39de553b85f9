"""In-memory state of the fake server: users, workspaces, teamspaces, tokens, assets, storage.

Every public method takes the state's re-entrant lock, so the server thread and the test thread can
use it at the same time. Identifiers come from a seeded random generator: the same seed gives the
same ids and API keys on every run.
"""

from __future__ import annotations

import random
import string
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

__all__ = [
    "Asset",
    "Credential",
    "Member",
    "State",
    "StateError",
    "StorageSetting",
    "Teamspace",
    "Token",
    "User",
    "Workspace",
    "iso",
    "now",
]

TOKEN_PREFIX = "tdb"
_ALPHABET = string.ascii_lowercase + string.digits
_BACKING = {
    "array": "array",
    "user_defined_function": "array",
    "ml_model": "array",
    "registered_task_graph": "array",
    "file": "file",
    "notebook": "file",
    "dashboard": "file",
    "group": "group",
    "vcf": "group",
    "soma": "group",
    "pointcloud": "group",
    "bioimg": "group",
    "geometry": "group",
    "raster": "group",
    "vector_search": "group",
    "folder": "folder",
    "databricks_table": "databricks_table",
    "snowflake_table": "snowflake_table",
}


def now() -> datetime:
    """Current UTC time, truncated to whole seconds."""
    return datetime.now(UTC).replace(microsecond=0)


def iso(value: datetime) -> str:
    """ISO-8601 with a trailing ``Z``."""
    value = value.astimezone(UTC)
    # Written out by hand: strftime's %Y does not pad years before 1000 to four digits.
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}T{value:%H:%M:%S}Z"


class StateError(Exception):
    """A request that the state refuses; ``status`` is the HTTP status to answer."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class User:
    """A user account; ``password`` is what HTTP Basic auth is checked against."""

    id: str
    username: str
    password: str | None
    email: str
    display_name: str
    role: str = "owner"
    timezone: str = "UTC"
    email_confirmed: bool = True
    created_at: datetime = field(default_factory=now)
    updated_at: datetime = field(default_factory=now)


@dataclass
class Member:
    """Membership of a user in a workspace or teamspace."""

    user_id: str
    role: str
    added_by: str
    created_at: datetime = field(default_factory=now)


@dataclass
class Workspace:
    """A workspace; ``members`` maps user ids to their membership."""

    id: str
    name: str
    owner_id: str
    description: str = ""
    created_at: datetime = field(default_factory=now)
    updated_at: datetime = field(default_factory=now)
    members: dict[str, Member] = field(default_factory=dict)


@dataclass
class Teamspace:
    """A teamspace inside a workspace."""

    id: str
    workspace_id: str
    name: str
    created_by: str
    description: str = ""
    icon: str = "default"
    visibility: str = "private"
    space_type: str = "teamspace"
    created_at: datetime = field(default_factory=now)
    updated_at: datetime = field(default_factory=now)
    members: dict[str, Member] = field(default_factory=dict)


@dataclass
class Token:
    """An API (or session) token; ``api_key`` is the secret sent in ``X-TILEDB-REST-API-KEY``."""

    id: str
    name: str
    api_key: str
    user_id: str
    workspace_id: str | None
    scope: str = "*"
    kind: str = "api"
    created_at: datetime = field(default_factory=now)
    expires_at: datetime = field(default_factory=lambda: now() + timedelta(days=365))
    revoked: bool = False

    @property
    def valid(self) -> bool:
        """Neither revoked nor expired."""
        return not self.revoked and self.expires_at > datetime.now(UTC)


@dataclass
class Asset:
    """An asset (array, group, file, folder, ...) at ``path`` inside a teamspace."""

    id: str
    workspace_id: str
    teamspace_id: str
    path: str
    name: str
    type: str
    created_by: str
    uri: str
    description: str = ""
    created_at: datetime = field(default_factory=now)
    updated_at: datetime = field(default_factory=now)
    metadata: dict[str, tuple[str, str]] = field(default_factory=dict)
    folder_id: str | None = None
    #: Property key to ``(property id, value)``.
    properties: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def backing_type(self) -> str:
        """Storage kind derived from the asset type."""
        return _BACKING.get(self.type, "array")

    @property
    def parent(self) -> str:
        """Path of the containing folder (``""`` for the teamspace root)."""
        return self.path.rpartition("/")[0]


@dataclass
class StorageSetting:
    """Where a workspace (or one of its teamspaces) stores data."""

    id: str
    workspace_id: str
    teamspace_id: str | None
    name: str
    path: str
    credentials_name: str
    is_default: bool = False


@dataclass
class Credential:
    """A named cloud credential of a workspace (or teamspace)."""

    id: str
    workspace_id: str
    teamspace_id: str | None
    name: str
    provider: str
    provider_default: bool = False
    allowed_in_tasks: bool = False
    secret: dict[str, Any] = field(default_factory=dict)
    role: dict[str, Any] | None = None
    created_at: datetime = field(default_factory=now)
    updated_at: datetime = field(default_factory=now)


class State:
    """All resources of one fake server."""

    def __init__(self, seed: int = 0) -> None:
        self.lock = threading.RLock()
        self._seed = seed
        self.clear()

    def clear(self) -> None:
        """Forget everything and restart the id generator from the seed."""
        with self.lock:
            self.rng = random.Random(self._seed)
            self.users: dict[str, User] = {}
            self.workspaces: dict[str, Workspace] = {}
            self.teamspaces: dict[str, Teamspace] = {}
            self.tokens: dict[str, Token] = {}
            self.assets: dict[str, Asset] = {}
            self._paths: dict[tuple[str, str], str] = {}
            self.storage_settings: dict[str, StorageSetting] = {}
            self.credentials: dict[str, Credential] = {}
            #: Resources kept as the spec's JSON documents, by kind (``"sso_domains"``,
            #: ``"social_logins"``, ``"llm_configs"``, ``"invitations"``, ...) and id.
            self.records: dict[str, dict[str, dict[str, Any]]] = {}
            #: Per-user documents (onboarding status), by kind and user id.
            self.user_records: dict[str, dict[str, Any]] = {}

    def kind(self, name: str) -> dict[str, dict[str, Any]]:
        """The records of one kind (created empty on first use)."""
        with self.lock:
            return self.records.setdefault(name, {})

    # ----------------------------------------------------------------- ids
    def new_id(self, prefix: str, length: int = 20) -> str:
        """A fresh id such as ``ws_3k9...`` (no ``-``, so it can sit inside an API key)."""
        with self.lock:
            return prefix + "_" + "".join(self.rng.choice(_ALPHABET) for _ in range(length))

    def _secret(self) -> str:
        return "".join(self.rng.choice(string.ascii_letters + string.digits) for _ in range(40))

    # ------------------------------------------------------------- lookups
    def user(self, ref: str) -> User | None:
        """A user by id or username."""
        with self.lock:
            if ref in self.users:
                return self.users[ref]
            return next((u for u in self.users.values() if u.username == ref), None)

    def workspace(self, ref: str) -> Workspace | None:
        """A workspace by id or name."""
        with self.lock:
            if ref in self.workspaces:
                return self.workspaces[ref]
            return next((w for w in self.workspaces.values() if w.name == ref), None)

    def teamspace(self, workspace: Workspace, ref: str) -> Teamspace | None:
        """A teamspace of ``workspace`` by id or name."""
        with self.lock:
            found = self.teamspaces.get(ref)
            if found is not None and found.workspace_id == workspace.id:
                return found
            return next(
                (t for t in self.teamspaces.values() if t.workspace_id == workspace.id and t.name == ref),
                None,
            )

    def token_by_key(self, api_key: str) -> Token | None:
        """The token whose secret is ``api_key``."""
        with self.lock:
            return next((t for t in self.tokens.values() if t.api_key == api_key), None)

    def assets_in(self, teamspace: Teamspace) -> list[Asset]:
        """Assets of a teamspace, in creation order."""
        with self.lock:
            return [a for a in self.assets.values() if a.teamspace_id == teamspace.id]

    def asset(self, teamspace: Teamspace, ref: str) -> Asset | None:
        """An asset of ``teamspace`` by id, path or ``tiledb://`` URI tail."""
        ref = ref.strip("/")
        with self.lock:
            found = self.assets.get(ref)
            if found is not None and found.teamspace_id == teamspace.id:
                return found
            asset_id = self._paths.get((teamspace.id, ref))
            return self.assets.get(asset_id) if asset_id else None

    # ------------------------------------------------------------ creators
    def add_user(
        self,
        username: str,
        password: str | None = None,
        *,
        email: str | None = None,
        display_name: str | None = None,
        role: str = "owner",
    ) -> User:
        """Create a user; 409 if the username is taken."""
        with self.lock:
            if self.user(username) is not None:
                raise StateError(409, f"user {username!r} already exists")
            user = User(
                id=self.new_id("usr"),
                username=username,
                password=password,
                email=email or f"{username}@example.com",
                display_name=display_name or username.capitalize(),
                role=role,
            )
            self.users[user.id] = user
            return user

    def add_workspace(self, name: str, owner: User, *, description: str = "") -> Workspace:
        """Create a workspace owned by ``owner`` with a ``general`` teamspace."""
        with self.lock:
            if self.workspace(name) is not None:
                raise StateError(409, f"workspace {name!r} already exists")
            ws = Workspace(id=self.new_id("ws"), name=name, owner_id=owner.id, description=description)
            ws.members[owner.id] = Member(owner.id, "owner", owner.id)
            self.workspaces[ws.id] = ws
            general = self.add_teamspace(ws, "general", owner, description="Default teamspace")
            # The workspace's general space is this teamspace, whatever it is renamed to later.
            self.kind("generalspaces")[ws.id] = {"teamspace_id": general.id}
            return ws

    def add_member(self, ws: Workspace, user: User, role: str, added_by: User | None = None) -> Member:
        """Add (or re-role) a workspace member."""
        with self.lock:
            member = Member(user.id, role, (added_by or user).id)
            ws.members[user.id] = member
            return member

    def add_teamspace(
        self,
        ws: Workspace,
        name: str,
        creator: User,
        *,
        description: str = "",
        visibility: str = "private",
        icon: str = "default",
    ) -> Teamspace:
        """Create a teamspace in ``ws``; ``creator`` becomes its owner."""
        with self.lock:
            if self.teamspace(ws, name) is not None:
                raise StateError(409, f"teamspace {name!r} already exists in {ws.name!r}")
            ts = Teamspace(
                id=self.new_id("ts"),
                workspace_id=ws.id,
                name=name,
                created_by=creator.id,
                description=description,
                visibility=visibility,
                icon=icon,
            )
            ts.members[creator.id] = Member(creator.id, "owner", creator.id)
            self.teamspaces[ts.id] = ts
            return ts

    def add_token(
        self,
        user: User,
        workspace: Workspace | None,
        *,
        name: str | None = None,
        scope: str = "*",
        expires_at: datetime | None = None,
        kind: str = "api",
    ) -> Token:
        """Create a token; its key is ``tdb-<workspace id>-<secret>`` (``tdb-<secret>`` without one)."""
        with self.lock:
            secret = self._secret()
            key = f"{TOKEN_PREFIX}-{workspace.id}-{secret}" if workspace else f"{TOKEN_PREFIX}-{secret}"
            token = Token(
                id=self.new_id("tok"),
                name=name or f"token-{len(self.tokens) + 1}",
                api_key=key,
                user_id=user.id,
                workspace_id=workspace.id if workspace else None,
                scope=scope,
                kind=kind,
            )
            if expires_at is not None:
                token.expires_at = expires_at if expires_at.tzinfo else expires_at.replace(tzinfo=UTC)
            self.tokens[token.id] = token
            return token

    def ensure_folder(self, ts: Teamspace, path: str, creator: User) -> Asset | None:
        """Create the folders along ``path`` that do not exist yet; return the last one."""
        path = path.strip("/")
        if not path:
            return None
        with self.lock:
            folder: Asset | None = None
            parts = path.split("/")
            for i in range(1, len(parts) + 1):
                sub = "/".join(parts[:i])
                folder = self.asset(ts, sub)
                if folder is None:
                    folder = self._new_asset(ts, sub, "folder", creator)
                elif folder.type != "folder":
                    raise StateError(409, f"{sub!r} is not a folder")
            return folder

    def add_asset(
        self,
        ts: Teamspace,
        path: str,
        creator: User,
        *,
        type: str = "array",
        uri: str | None = None,
        description: str = "",
    ) -> Asset:
        """Register an asset at ``path`` (parent folders are created); 409 if the path is taken."""
        path = path.strip("/")
        if not path:
            raise StateError(400, "an asset needs a non-empty path")
        with self.lock:
            if self.asset(ts, path) is not None:
                raise StateError(409, f"an asset already exists at {path!r}")
            parent = path.rpartition("/")[0]
            if parent:
                self.ensure_folder(ts, parent, creator)
            if type == "folder":
                return self._new_asset(ts, path, "folder", creator, description=description)
            return self._new_asset(ts, path, type, creator, uri=uri, description=description)

    def _new_asset(
        self,
        ts: Teamspace,
        path: str,
        type: str,
        creator: User,
        *,
        uri: str | None = None,
        description: str = "",
    ) -> Asset:
        asset_id = self.new_id("ast")
        asset = Asset(
            id=asset_id,
            workspace_id=ts.workspace_id,
            teamspace_id=ts.id,
            path=path,
            name=path.rpartition("/")[2],
            type=type,
            created_by=creator.id,
            uri=uri or f"s3://fake-tiledb-bucket/{ts.workspace_id}/{ts.id}/{path}",
            description=description,
            folder_id=self.new_id("fld") if type == "folder" else None,
        )
        self.assets[asset_id] = asset
        self._paths[(ts.id, path)] = asset_id
        return asset

    def move_asset(self, asset: Asset, new_path: str) -> None:
        """Give ``asset`` (and, for a folder, everything below it) a new path."""
        with self.lock:
            old = asset.path
            for other in list(self.assets.values()):
                if other.teamspace_id == asset.teamspace_id and (
                    other.id == asset.id or other.path.startswith(old + "/")
                ):
                    self._paths.pop((other.teamspace_id, other.path), None)
                    other.path = new_path + other.path[len(old) :]
                    self._paths[(other.teamspace_id, other.path)] = other.id
            asset.name = new_path.rpartition("/")[2]

    def rename_asset(self, asset: Asset, name: str) -> None:
        """Rename ``asset`` in its folder; a folder's contents follow (their paths change)."""
        if not name or "/" in name or name in (".", ".."):
            raise StateError(400, f"invalid asset name {name!r}")
        with self.lock:
            parent = asset.parent
            new_path = f"{parent}/{name}" if parent else name
            if new_path == asset.path:
                return
            ts = self.teamspaces[asset.teamspace_id]
            if self.asset(ts, new_path) is not None:
                raise StateError(409, f"an asset already exists at {new_path!r}")
            self.move_asset(asset, new_path)
            asset.name = name
            asset.updated_at = now()

    def workspace_role(self, ws: Workspace, user: User) -> str | None:
        """``user``'s role in ``ws`` (``None`` for a non-member)."""
        with self.lock:
            member = ws.members.get(user.id)
            return member.role if member else None

    def teamspace_role(self, ts: Teamspace, user: User) -> str | None:
        """``user``'s role in ``ts`` (``None`` for a non-member)."""
        with self.lock:
            member = ts.members.get(user.id)
            return member.role if member else None

    def delete_asset(self, asset: Asset) -> None:
        """Delete an asset (a folder with everything below it)."""
        with self.lock:
            below = asset.path + "/"
            for other in list(self.assets.values()):
                if other.teamspace_id == asset.teamspace_id and (
                    other.id == asset.id or other.path.startswith(below)
                ):
                    del self.assets[other.id]
                    self._paths.pop((other.teamspace_id, other.path), None)

    def add_storage_setting(
        self,
        ws: Workspace,
        name: str,
        path: str,
        credentials_name: str,
        *,
        teamspace: Teamspace | None = None,
        is_default: bool = False,
    ) -> StorageSetting:
        """Create a storage setting (the only default of its scope when ``is_default``)."""
        with self.lock:
            scope_ts = teamspace.id if teamspace else None
            for other in self.storage_settings.values():
                if other.workspace_id == ws.id and other.teamspace_id == scope_ts:
                    if other.name == name:
                        raise StateError(409, f"storage setting {name!r} already exists")
                    if is_default:
                        other.is_default = False
            setting = StorageSetting(
                id=self.new_id("ss"),
                workspace_id=ws.id,
                teamspace_id=scope_ts,
                name=name,
                path=path,
                credentials_name=credentials_name,
                is_default=is_default,
            )
            self.storage_settings[setting.id] = setting
            return setting

    def add_credential(
        self,
        ws: Workspace,
        name: str,
        provider: str = "AWS",
        *,
        teamspace: Teamspace | None = None,
        provider_default: bool = False,
        allowed_in_tasks: bool = False,
        secret: dict[str, Any] | None = None,
        role: dict[str, Any] | None = None,
    ) -> Credential:
        """Create a named credential; 409 if the name is taken in that scope."""
        with self.lock:
            scope_ts = teamspace.id if teamspace else None
            if self.credential(ws, name, scope_ts) is not None:
                raise StateError(409, f"credential {name!r} already exists")
            cred = Credential(
                id=self.new_id("cred"),
                workspace_id=ws.id,
                teamspace_id=scope_ts,
                name=name,
                provider=provider,
                provider_default=provider_default,
                allowed_in_tasks=allowed_in_tasks,
                secret=dict(secret or {}),
                role=role,
            )
            self.credentials[cred.id] = cred
            return cred

    def credential(self, ws: Workspace, name: str, teamspace_id: str | None = None) -> Credential | None:
        """A credential of ``ws`` by name or id (teamspace scope if ``teamspace_id``)."""
        with self.lock:
            return next(
                (
                    c
                    for c in self.credentials.values()
                    if c.workspace_id == ws.id
                    and (c.name == name or c.id == name)
                    and (teamspace_id is None or c.teamspace_id == teamspace_id)
                ),
                None,
            )
