from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_backing_type import AssetBackingType
from ..models.asset_member_type import AssetMemberType
from ..models.asset_type import AssetType
from ..types import UNSET, Unset

if TYPE_CHECKING:
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


T = TypeVar("T", bound="Asset")


@_attrs_define
class Asset:
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
    backing_type: AssetBackingType
    type_: AssetType
    path: str
    created_at: datetime.datetime
    created_by: WorkspaceUser
    tiledb_uri: str
    description: str | Unset = UNSET
    member_type: AssetMemberType | Unset = UNSET
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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        workspace_id = self.workspace_id

        teamspace_id = self.teamspace_id

        workspace = self.workspace.to_dict()

        teamspace = self.teamspace.to_dict()

        name = self.name

        backing_type = self.backing_type.value

        type_ = self.type_.value

        path = self.path

        created_at = self.created_at.isoformat()

        created_by = self.created_by.to_dict()

        tiledb_uri = self.tiledb_uri

        description = self.description

        member_type: str | Unset = UNSET
        if not isinstance(self.member_type, Unset):
            member_type = self.member_type.value

        mime = self.mime

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

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
        from ..models.array_info import ArrayInfo  # noqa: PLC0415
        from ..models.asset_metadata import AssetMetadata  # noqa: PLC0415
        from ..models.databricks_table_info import DatabricksTableInfo  # noqa: PLC0415
        from ..models.file_info import FileInfo  # noqa: PLC0415
        from ..models.folder_info import FolderInfo  # noqa: PLC0415
        from ..models.group_info import GroupInfo  # noqa: PLC0415
        from ..models.snowflake_table_info import SnowflakeTableInfo  # noqa: PLC0415
        from ..models.teamspace_light import TeamspaceLight  # noqa: PLC0415
        from ..models.workspace_light import WorkspaceLight  # noqa: PLC0415
        from ..models.workspace_user import WorkspaceUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        workspace_id = d.pop("workspace_id")

        teamspace_id = d.pop("teamspace_id")

        workspace = WorkspaceLight.from_dict(d.pop("workspace"))

        teamspace = TeamspaceLight.from_dict(d.pop("teamspace"))

        name = d.pop("name")

        backing_type = AssetBackingType(d.pop("backing_type"))

        type_ = AssetType(d.pop("type"))

        path = d.pop("path")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = WorkspaceUser.from_dict(d.pop("created_by"))

        tiledb_uri = d.pop("tiledb_uri")

        description = d.pop("description", UNSET)

        _member_type = d.pop("member_type", UNSET)
        member_type: AssetMemberType | Unset
        if isinstance(_member_type, Unset):
            member_type = UNSET
        else:
            member_type = AssetMemberType(_member_type)

        mime = d.pop("mime", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _metadata = d.pop("metadata", UNSET)
        metadata: list[AssetMetadata] | Unset = UNSET
        if _metadata is not UNSET:
            metadata = []
            for metadata_item_data in _metadata:
                metadata_item = AssetMetadata.from_dict(metadata_item_data)

                metadata.append(metadata_item)

        uri = d.pop("uri", UNSET)

        _file_info = d.pop("fileInfo", UNSET)
        file_info: FileInfo | Unset
        if isinstance(_file_info, Unset):
            file_info = UNSET
        else:
            file_info = FileInfo.from_dict(_file_info)

        _array_info = d.pop("arrayInfo", UNSET)
        array_info: ArrayInfo | Unset
        if isinstance(_array_info, Unset):
            array_info = UNSET
        else:
            array_info = ArrayInfo.from_dict(_array_info)

        _group_info = d.pop("groupInfo", UNSET)
        group_info: GroupInfo | Unset
        if isinstance(_group_info, Unset):
            group_info = UNSET
        else:
            group_info = GroupInfo.from_dict(_group_info)

        _folder_info = d.pop("folderInfo", UNSET)
        folder_info: FolderInfo | Unset
        if isinstance(_folder_info, Unset):
            folder_info = UNSET
        else:
            folder_info = FolderInfo.from_dict(_folder_info)

        _databricks_table_info = d.pop("databricksTableInfo", UNSET)
        databricks_table_info: DatabricksTableInfo | Unset
        if isinstance(_databricks_table_info, Unset):
            databricks_table_info = UNSET
        else:
            databricks_table_info = DatabricksTableInfo.from_dict(_databricks_table_info)

        _snowflake_table_info = d.pop("snowflakeTableInfo", UNSET)
        snowflake_table_info: SnowflakeTableInfo | Unset
        if isinstance(_snowflake_table_info, Unset):
            snowflake_table_info = UNSET
        else:
            snowflake_table_info = SnowflakeTableInfo.from_dict(_snowflake_table_info)

        asset = cls(
            id=id,
            workspace_id=workspace_id,
            teamspace_id=teamspace_id,
            workspace=workspace,
            teamspace=teamspace,
            name=name,
            backing_type=backing_type,
            type_=type_,
            path=path,
            created_at=created_at,
            created_by=created_by,
            tiledb_uri=tiledb_uri,
            description=description,
            member_type=member_type,
            mime=mime,
            updated_at=updated_at,
            metadata=metadata,
            uri=uri,
            file_info=file_info,
            array_info=array_info,
            group_info=group_info,
            folder_info=folder_info,
            databricks_table_info=databricks_table_info,
            snowflake_table_info=snowflake_table_info,
        )

        asset.additional_properties = d
        return asset

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
