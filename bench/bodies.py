"""Canned, schema-valid answer bodies for the benchmarks (deterministic, no randomness).

``asset_list(n)`` is an ``AssetListResponse`` of ``n`` assets that looks like a real listing: a mix
of arrays, files, groups and folders, every required field, and the optional fields a server
usually fills (``updated_at``, ``uri``, a size or length block, some descriptions and metadata).
About 620 bytes of JSON per asset. ``self_user()`` is a ``UserSelfResponse``.
"""

from __future__ import annotations

import json
from typing import Any

WORKSPACE = {"workspace_id": "ws_8c1f0d", "name": "acme"}
TEAMSPACE = {"teamspace_id": "ts_3e9a7b", "name": "general", "space_type": "teamspace"}
CREATOR = {
    "user_id": "usr_5a7c9e",
    "username": "alice",
    "display_name": "Alice",
    "email": "alice@acme.org",
    "role": "owner",
    "added_by": "usr_00001",
    "created_at": "2024-03-01T09:30:00Z",
}
# (type, backing type, info key, info) in the proportions of a typical teamspace.
_KINDS = [
    ("array", "array", "arrayInfo", "size"),
    ("file", "file", "fileInfo", "size"),
    ("array", "array", "arrayInfo", "size"),
    ("group", "group", "groupInfo", "length"),
    ("notebook", "array", "arrayInfo", "size"),
    ("folder", "folder", "folderInfo", "length"),
    ("file", "file", "fileInfo", "size"),
    ("soma", "group", "groupInfo", "length"),
]


def asset(i: int) -> dict[str, Any]:
    """The ``i``-th asset of a listing."""
    kind, backing, info_key, info_field = _KINDS[i % len(_KINDS)]
    name = f"{kind}-{i:06d}"
    item: dict[str, Any] = {
        "id": f"ast_{i:06x}",
        "workspace_id": WORKSPACE["workspace_id"],
        "teamspace_id": TEAMSPACE["teamspace_id"],
        "workspace": dict(WORKSPACE),
        "teamspace": dict(TEAMSPACE),
        "name": name,
        "backing_type": backing,
        "type": kind,
        "path": name,
        "created_at": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:00Z",
        "created_by": dict(CREATOR),
        "tiledb_uri": f"tiledb://acme/general/{name}",
        info_key: {info_field: 1024 * (i + 1)},
    }
    if i % 4 == 0:
        item["updated_at"] = item["created_at"][:17] + "30Z"
    if i % 3 == 0:
        item["description"] = f"Measurements, batch {i}"
    if i % 5 == 0:
        item["metadata"] = [{"key": "owner", "value": "lab-7", "type": "STRING_UTF8"}]
    return item


def asset_list(n: int, *, page: int = 1) -> dict[str, Any]:
    """An ``AssetListResponse`` document of ``n`` assets."""
    return {
        "data": [asset(i) for i in range(n)],
        "pagination_metadata": {"page": page, "per_page": n, "total_pages": 1, "total_items": n},
    }


def self_user() -> dict[str, Any]:
    """A ``UserSelfResponse`` document: the user and one workspace."""
    return {
        "data": {
            "user": {
                "id": CREATOR["user_id"],
                "display_name": CREATOR["display_name"],
                "email": CREATOR["email"],
                "is_valid_email": True,
                "role": "owner",
                "username": CREATOR["username"],
                "timezone": "UTC",
                "created_at": "2024-03-01T09:30:00Z",
            },
            "workspaces": [
                {
                    "workspace_id": WORKSPACE["workspace_id"],
                    "name": WORKSPACE["name"],
                    "created_by": dict(CREATOR),
                    "self": dict(CREATOR),
                    "created_at": "2024-03-01T09:30:00Z",
                }
            ],
        }
    }


def workspace() -> dict[str, Any]:
    """A ``WorkspaceGetResponse`` document: the workspace of every listing."""
    return {"data": self_user()["data"]["workspaces"][0]}


def encode(document: Any) -> bytes:
    """The compact JSON bytes a server would send."""
    return json.dumps(document, separators=(",", ":")).encode()


def asset_page(total: int, page: int, per_page: int) -> dict[str, Any]:
    """Page ``page`` of an ``AssetListResponse`` listing ``total`` assets, ``per_page`` a page."""
    start = (page - 1) * per_page
    return {
        "data": [asset(i) for i in range(start, min(start + per_page, total))],
        "pagination_metadata": {
            "page": page,
            "per_page": per_page,
            "total_pages": -(-total // per_page),
            "total_items": total,
        },
    }
