# The models used by the fields are imported at the bottom of the module.
# ruff: noqa: E402
from __future__ import annotations

import datetime
import functools as _functools
from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar, cast

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.asset_backing_type import AssetBackingType
from ..models.asset_member_type import AssetMemberType
from ..models.asset_type import AssetType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Asset")


def _convert_backing_type(value: AssetBackingType | str) -> AssetBackingType:
    """``backing_type`` as a ``AssetBackingType``: a member as it is, a listed string value as its member."""
    if isinstance(value, AssetBackingType):
        return value
    return AssetBackingType.checked(value, "Asset.backing_type")


def _convert_type_(value: AssetType | str) -> AssetType:
    """``type`` as a ``AssetType``: a member as it is, a listed string value as its member."""
    if isinstance(value, AssetType):
        return value
    return AssetType.checked(value, "Asset.type_")


def _convert_member_type(value: AssetMemberType | str | Unset) -> AssetMemberType | Unset:
    """``member_type`` as a ``AssetMemberType``: a member as it is, a listed string value as its member."""
    if isinstance(value, AssetMemberType | Unset):
        return value
    return AssetMemberType.checked(value, "Asset.member_type")


class _AssetText:
    """Hidden slots for the server's own text of the date-time fields of :class:`Asset`."""

    __slots__ = ("_created_at_text", "_updated_at_text")
    _created_at_text: str
    _updated_at_text: str


class _AssetNames:
    """The established client's names of fields of :class:`Asset`, as properties."""

    __slots__ = ()

    @property
    def type(self) -> AssetType:
        """``type_`` under the established client's name."""
        return cast("Asset", self).type_

    @type.setter
    def type(self, value: AssetType) -> None:
        cast("Asset", self).type_ = value


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class Asset(_AssetText, _AssetNames):
    """
    Attributes:
        id (str):
        workspace_id (str):
        teamspace_id (str):
        workspace (WorkspaceLight):
        teamspace (TeamspaceLight):
        name (str):
        backing_type (AssetBackingType):
        type_ (AssetType):
        path (str):
        created_at (datetime.datetime):
        created_by (WorkspaceUser):
        tiledb_uri (str):
        description (str | Unset):
        member_type (AssetMemberType | Unset):
        mime (str | Unset):
        updated_at (datetime.datetime | Unset):
        metadata (list[AssetMetadata] | Unset):
        uri (str | Unset):
        file_info (FileInfo | Unset):
        array_info (ArrayInfo | Unset):
        group_info (GroupInfo | Unset):
        folder_info (FolderInfo | Unset):
        databricks_table_info (DatabricksTableInfo | Unset):
        snowflake_table_info (SnowflakeTableInfo | Unset):
    """

    id: str
    workspace_id: str
    teamspace_id: str
    workspace: WorkspaceLight
    teamspace: TeamspaceLight
    name: str
    backing_type: AssetBackingType = _attrs_field(converter=_convert_backing_type)
    type_: AssetType = _attrs_field(converter=_convert_type_)
    path: str
    created_at: datetime.datetime
    created_by: WorkspaceUser
    tiledb_uri: str
    description: str | Unset = UNSET
    member_type: AssetMemberType | Unset = _attrs_field(default=UNSET, converter=_convert_member_type)
    mime: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    metadata: list[AssetMetadata] | Unset = UNSET
    uri: str | Unset = UNSET
    file_info: FileInfo | Unset = UNSET
    array_info: ArrayInfo | Unset = UNSET
    group_info: GroupInfo | Unset = UNSET
    folder_info: FolderInfo | Unset = UNSET
    databricks_table_info: DatabricksTableInfo | Unset = UNSET
    snowflake_table_info: SnowflakeTableInfo | Unset = UNSET
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
                f"workspace={self.workspace!r}, "
                f"teamspace={self.teamspace!r}, "
                f"name={self.name!r}, "
                f"backing_type={self.backing_type!r}, "
                f"type_={self.type_!r}, "
                f"path={self.path!r}, "
                f"created_at={self.created_at!r}, "
                f"created_by={self.created_by!r}, "
                f"tiledb_uri={self.tiledb_uri!r}, "
                f"description={self.description!r}, "
                f"member_type={self.member_type!r}, "
                f"mime={self.mime!r}, "
                f"updated_at={self.updated_at!r}, "
                f"metadata={self.metadata!r}, "
                f"uri={self.uri!r}, "
                f"file_info={self.file_info!r}, "
                f"array_info={self.array_info!r}, "
                f"group_info={self.group_info!r}, "
                f"folder_info={self.folder_info!r}, "
                f"databricks_table_info={self.databricks_table_info!r}, "
                f"snowflake_table_info={self.snowflake_table_info!r}, "
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
            and self.workspace == other.workspace
            and self.teamspace == other.teamspace
            and self.name == other.name
            and self.backing_type == other.backing_type
            and self.type_ == other.type_
            and self.path == other.path
            and self.created_at == other.created_at
            and self.created_by == other.created_by
            and self.tiledb_uri == other.tiledb_uri
            and self.description == other.description
            and self.member_type == other.member_type
            and self.mime == other.mime
            and self.updated_at == other.updated_at
            and self.metadata == other.metadata
            and self.uri == other.uri
            and self.file_info == other.file_info
            and self.array_info == other.array_info
            and self.group_info == other.group_info
            and self.folder_info == other.folder_info
            and self.databricks_table_info == other.databricks_table_info
            and self.snowflake_table_info == other.snowflake_table_info
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        workspace_id = self.workspace_id

        teamspace_id = self.teamspace_id

        workspace = self.workspace.to_dict()

        teamspace = self.teamspace.to_dict()

        name = self.name

        _backing_type_member = _convert_backing_type(self.backing_type)
        backing_type = _backing_type_member.value

        _type__member = _convert_type_(self.type_)
        type_ = _type__member.value

        path = self.path

        created_at = self.created_at.isoformat()
        _text = getattr(self, "_created_at_text", None)
        if _text is not None and isinstance(self.created_at, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.created_at and _parsed.utcoffset() == self.created_at.utcoffset():
                created_at = _text

        created_by = self.created_by.to_dict()

        tiledb_uri = self.tiledb_uri

        description = self.description

        _member_type_member = _convert_member_type(self.member_type)
        member_type: str | Unset = UNSET
        if not isinstance(_member_type_member, Unset):
            member_type = _member_type_member.value

        mime = self.mime

        updated_at: str | Unset = (
            self.updated_at if not isinstance(self.updated_at, datetime.datetime) else self.updated_at.isoformat()
        )
        _text = getattr(self, "_updated_at_text", None)
        if _text is not None and isinstance(self.updated_at, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.updated_at and _parsed.utcoffset() == self.updated_at.utcoffset():
                updated_at = _text

        metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = []
            for metadata_item_data in self.metadata:
                metadata_item = metadata_item_data.to_dict()
                metadata.append(metadata_item)

        uri = self.uri

        file_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_info, Unset):
            file_info = self.file_info.to_dict()

        array_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.array_info, Unset):
            array_info = self.array_info.to_dict()

        group_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group_info, Unset):
            group_info = self.group_info.to_dict()

        folder_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.folder_info, Unset):
            folder_info = self.folder_info.to_dict()

        databricks_table_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.databricks_table_info, Unset):
            databricks_table_info = self.databricks_table_info.to_dict()

        snowflake_table_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.snowflake_table_info, Unset):
            snowflake_table_info = self.snowflake_table_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workspace_id": workspace_id,
                "teamspace_id": teamspace_id,
                "workspace": workspace,
                "teamspace": teamspace,
                "name": name,
                "backing_type": backing_type,
                "type": type_,
                "path": path,
                "created_at": created_at,
                "created_by": created_by,
                "tiledb_uri": tiledb_uri,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if member_type is not UNSET:
            field_dict["member_type"] = member_type
        if mime is not UNSET:
            field_dict["mime"] = mime
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if uri is not UNSET:
            field_dict["uri"] = uri
        if file_info is not UNSET:
            field_dict["fileInfo"] = file_info
        if array_info is not UNSET:
            field_dict["arrayInfo"] = array_info
        if group_info is not UNSET:
            field_dict["groupInfo"] = group_info
        if folder_info is not UNSET:
            field_dict["folderInfo"] = folder_info
        if databricks_table_info is not UNSET:
            field_dict["databricksTableInfo"] = databricks_table_info
        if snowflake_table_info is not UNSET:
            field_dict["snowflakeTableInfo"] = snowflake_table_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        id = src_dict["id"]

        workspace_id = src_dict["workspace_id"]

        teamspace_id = src_dict["teamspace_id"]

        workspace = WorkspaceLight.from_dict(src_dict["workspace"])

        teamspace = TeamspaceLight.from_dict(src_dict["teamspace"])

        name = src_dict["name"]

        _backing_type = src_dict["backing_type"]
        backing_type = _AssetBackingType_by_value.get(_backing_type) or AssetBackingType(_backing_type)

        _type_ = src_dict["type"]
        type_ = _AssetType_by_value.get(_type_) or AssetType(_type_)

        path = src_dict["path"]

        _created_at = src_dict["created_at"]
        created_at = _parse_datetime(_created_at)

        created_by = WorkspaceUser.from_dict(src_dict["created_by"])

        tiledb_uri = src_dict["tiledb_uri"]

        description = src_dict.get("description", UNSET)

        _member_type: Any = src_dict.get("member_type", UNSET)
        member_type = (
            UNSET
            if _member_type is UNSET
            else _AssetMemberType_by_value.get(_member_type) or AssetMemberType(_member_type)
        )

        mime = src_dict.get("mime", UNSET)

        _updated_at: Any = src_dict.get("updated_at", UNSET)
        updated_at = UNSET if _updated_at is UNSET else _parse_datetime(_updated_at)

        _metadata: Any = src_dict.get("metadata", UNSET)
        metadata = UNSET if _metadata is UNSET else list(map(AssetMetadata.from_dict, _metadata))

        uri = src_dict.get("uri", UNSET)

        _file_info: Any = src_dict.get("fileInfo", UNSET)
        file_info = UNSET if _file_info is UNSET else FileInfo.from_dict(_file_info)

        _array_info: Any = src_dict.get("arrayInfo", UNSET)
        array_info = UNSET if _array_info is UNSET else ArrayInfo.from_dict(_array_info)

        _group_info: Any = src_dict.get("groupInfo", UNSET)
        group_info = UNSET if _group_info is UNSET else GroupInfo.from_dict(_group_info)

        _folder_info: Any = src_dict.get("folderInfo", UNSET)
        folder_info = UNSET if _folder_info is UNSET else FolderInfo.from_dict(_folder_info)

        _databricks_table_info: Any = src_dict.get("databricksTableInfo", UNSET)
        databricks_table_info = (
            UNSET if _databricks_table_info is UNSET else DatabricksTableInfo.from_dict(_databricks_table_info)
        )

        _snowflake_table_info: Any = src_dict.get("snowflakeTableInfo", UNSET)
        snowflake_table_info = (
            UNSET if _snowflake_table_info is UNSET else SnowflakeTableInfo.from_dict(_snowflake_table_info)
        )

        instance = cls.__new__(cls)
        instance.id = id
        instance.workspace_id = workspace_id
        instance.teamspace_id = teamspace_id
        instance.workspace = workspace
        instance.teamspace = teamspace
        instance.name = name
        instance.backing_type = backing_type
        instance.type_ = type_
        instance.path = path
        instance.created_at = created_at
        instance.created_by = created_by
        instance.tiledb_uri = tiledb_uri
        instance.description = description
        instance.member_type = member_type
        instance.mime = mime
        instance.updated_at = updated_at
        instance.metadata = metadata
        instance.uri = uri
        instance.file_info = file_info
        instance.array_info = array_info
        instance.group_info = group_info
        instance.folder_info = folder_info
        instance.databricks_table_info = databricks_table_info
        instance.snowflake_table_info = snowflake_table_info
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


_attrs_init = Asset.__init__


def _init(self: Asset, *args: Any, **kwargs: Any) -> None:
    """attrs' ``__init__``, taking the established client's names of fields too."""
    if "type" in kwargs:
        kwargs["type_"] = kwargs.pop("type")
    _attrs_init(self, *args, **kwargs)


setattr(Asset, "__init__", _functools.update_wrapper(_init, _attrs_init))  # signature: the fields

# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "workspace_id",
        "teamspace_id",
        "workspace",
        "teamspace",
        "name",
        "backing_type",
        "type",
        "path",
        "created_at",
        "created_by",
        "tiledb_uri",
        "description",
        "member_type",
        "mime",
        "updated_at",
        "metadata",
        "uri",
        "fileInfo",
        "arrayInfo",
        "groupInfo",
        "folderInfo",
        "databricksTableInfo",
        "snowflakeTableInfo",
    )
)
from ..types import parse_datetime as _parse_datetime  # noqa: E402 - used by the class above, at call time

_AssetBackingType_by_value = cast("dict[Any, AssetBackingType]", AssetBackingType._value2member_map_)
_AssetMemberType_by_value = cast("dict[Any, AssetMemberType]", AssetMemberType._value2member_map_)
_AssetType_by_value = cast("dict[Any, AssetType]", AssetType._value2member_map_)

# Models used by the fields, imported once the class above exists (so import cycles resolve).
from ..models.array_info import ArrayInfo
from ..models.asset_metadata import AssetMetadata
from ..models.databricks_table_info import DatabricksTableInfo
from ..models.file_info import FileInfo
from ..models.folder_info import FolderInfo
from ..models.group_info import GroupInfo
from ..models.snowflake_table_info import SnowflakeTableInfo
from ..models.teamspace_light import TeamspaceLight
from ..models.workspace_light import WorkspaceLight
from ..models.workspace_user import WorkspaceUser
