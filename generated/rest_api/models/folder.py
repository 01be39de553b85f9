# The models used by the fields are imported at the bottom of the module.
# ruff: noqa: E402
from __future__ import annotations

import datetime
from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Folder")


class _FolderText:
    """Hidden slots for the server's own text of the date-time fields of :class:`Folder`."""

    __slots__ = ("_created_at_text", "_updated_at_text")
    _created_at_text: str
    _updated_at_text: str


@_attrs_define
class Folder(_FolderText):
    """
    Attributes:
        id (str):
        workspace_id (str):
        teamspace_id (str):
        asset_id (str):
        name (str):
        created_at (datetime.datetime):
        created_by (WorkspaceUser):
        group_id (str | Unset):
        parent_folder_id (str | Unset):
        updated_at (datetime.datetime | Unset):
        description (str | Unset):
    """

    id: str
    workspace_id: str
    teamspace_id: str
    asset_id: str
    name: str
    created_at: datetime.datetime
    created_by: WorkspaceUser
    group_id: str | Unset = UNSET
    parent_folder_id: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        key = (id(self), _get_ident())
        if key in _REPRING:
            return "..."
        _REPRING.add(key)
        try:
            name = self.__class__.__qualname__.rsplit(">.", 1)[-1]
            return (
                f"{name}("
                f"id={self.id!r}, "
                f"workspace_id={self.workspace_id!r}, "
                f"teamspace_id={self.teamspace_id!r}, "
                f"asset_id={self.asset_id!r}, "
                f"name={self.name!r}, "
                f"created_at={self.created_at!r}, "
                f"created_by={self.created_by!r}, "
                f"group_id={self.group_id!r}, "
                f"parent_folder_id={self.parent_folder_id!r}, "
                f"updated_at={self.updated_at!r}, "
                f"description={self.description!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.workspace_id == other.workspace_id
            and self.teamspace_id == other.teamspace_id
            and self.asset_id == other.asset_id
            and self.name == other.name
            and self.created_at == other.created_at
            and self.created_by == other.created_by
            and self.group_id == other.group_id
            and self.parent_folder_id == other.parent_folder_id
            and self.updated_at == other.updated_at
            and self.description == other.description
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        workspace_id = self.workspace_id

        teamspace_id = self.teamspace_id

        asset_id = self.asset_id

        name = self.name

        created_at = self.created_at.isoformat()
        _text = getattr(self, "_created_at_text", None)
        if _text is not None and isinstance(self.created_at, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.created_at and _parsed.utcoffset() == self.created_at.utcoffset():
                created_at = _text

        created_by = self.created_by.to_dict()

        group_id = self.group_id

        parent_folder_id = self.parent_folder_id

        updated_at: str | Unset = (
            self.updated_at if not isinstance(self.updated_at, datetime.datetime) else self.updated_at.isoformat()
        )
        _text = getattr(self, "_updated_at_text", None)
        if _text is not None and isinstance(self.updated_at, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.updated_at and _parsed.utcoffset() == self.updated_at.utcoffset():
                updated_at = _text

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workspace_id": workspace_id,
                "teamspace_id": teamspace_id,
                "asset_id": asset_id,
                "name": name,
                "created_at": created_at,
                "created_by": created_by,
            }
        )
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if parent_folder_id is not UNSET:
            field_dict["parent_folder_id"] = parent_folder_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        id = src_dict["id"]

        workspace_id = src_dict["workspace_id"]

        teamspace_id = src_dict["teamspace_id"]

        asset_id = src_dict["asset_id"]

        name = src_dict["name"]

        _created_at = src_dict["created_at"]
        created_at = _parse_datetime(_created_at)

        created_by = WorkspaceUser.from_dict(src_dict["created_by"])

        group_id = src_dict.get("group_id", UNSET)

        parent_folder_id = src_dict.get("parent_folder_id", UNSET)

        _updated_at: Any = src_dict.get("updated_at", UNSET)
        updated_at = UNSET if _updated_at is UNSET else _parse_datetime(_updated_at)

        description = src_dict.get("description", UNSET)

        instance = cls.__new__(cls)
        instance.id = id
        instance.workspace_id = workspace_id
        instance.teamspace_id = teamspace_id
        instance.asset_id = asset_id
        instance.name = name
        instance.created_at = created_at
        instance.created_by = created_by
        instance.group_id = group_id
        instance.parent_folder_id = parent_folder_id
        instance.updated_at = updated_at
        instance.description = description
        instance._created_at_text = _created_at
        if isinstance(_updated_at, str):
            instance._updated_at_text = _updated_at
        if _FIELDS.issuperset(src_dict):
            instance.additional_properties = {}
        else:
            instance.additional_properties = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        return instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "workspace_id",
        "teamspace_id",
        "asset_id",
        "name",
        "created_at",
        "created_by",
        "group_id",
        "parent_folder_id",
        "updated_at",
        "description",
    )
)
# Models used by the fields, imported once the class above exists (so import cycles resolve).
from ..models.workspace_user import WorkspaceUser
from ..types import parse_datetime as _parse_datetime  # noqa: E402 - used by the class above, at call time
