from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_action import ActivityAction
from ..models.api_version import APIVersion
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_array_task import ActivityArrayTask
    from ..models.activity_asset import ActivityAsset
    from ..models.activity_token import ActivityToken
    from ..models.extra_data_affected import ExtraDataAffected
    from ..models.extra_data_affected_by_delete import ExtraDataAffectedByDelete
    from ..models.extra_data_affected_by_move import ExtraDataAffectedByMove
    from ..models.extra_data_metadata import ExtraDataMetadata
    from ..models.extra_data_query_stats import ExtraDataQueryStats
    from ..models.teamspace_light import TeamspaceLight
    from ..models.user import User
    from ..models.workspace_light import WorkspaceLight


T = TypeVar("T", bound="Activity")


@_attrs_define
class Activity:
    """
    Attributes:
        activity_id (str):
        api_version (APIVersion):
        subject (User):
        action (ActivityAction):
        object_ (ActivityAsset | ActivityToken):
        recorded_at (datetime.datetime):
        array_task (ActivityArrayTask | Unset):
        extra_data (ExtraDataAffected | ExtraDataAffectedByDelete | ExtraDataAffectedByMove | ExtraDataMetadata |
            ExtraDataQueryStats | Unset):
        workspace (WorkspaceLight | Unset):
        teamspace (TeamspaceLight | Unset):
    """

    activity_id: str
    api_version: APIVersion
    subject: User
    action: ActivityAction
    object_: ActivityAsset | ActivityToken
    recorded_at: datetime.datetime
    array_task: ActivityArrayTask | Unset = UNSET
    extra_data: (
        ExtraDataAffected
        | ExtraDataAffectedByDelete
        | ExtraDataAffectedByMove
        | ExtraDataMetadata
        | ExtraDataQueryStats
        | Unset
    ) = UNSET
    workspace: WorkspaceLight | Unset = UNSET
    teamspace: TeamspaceLight | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.activity_asset import ActivityAsset  # noqa: PLC0415
        from ..models.extra_data_affected import ExtraDataAffected  # noqa: PLC0415
        from ..models.extra_data_affected_by_delete import ExtraDataAffectedByDelete  # noqa: PLC0415
        from ..models.extra_data_affected_by_move import ExtraDataAffectedByMove  # noqa: PLC0415
        from ..models.extra_data_metadata import ExtraDataMetadata  # noqa: PLC0415

        activity_id = self.activity_id

        api_version = self.api_version.value

        subject = self.subject.to_dict()

        action = self.action.value

        object_: dict[str, Any]
        if isinstance(self.object_, ActivityAsset):
            object_ = self.object_.to_dict()
        else:
            object_ = self.object_.to_dict()

        recorded_at = self.recorded_at.isoformat()

        array_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.array_task, Unset):
            array_task = self.array_task.to_dict()

        extra_data: dict[str, Any] | Unset
        if isinstance(self.extra_data, Unset):
            extra_data = UNSET
        elif isinstance(self.extra_data, ExtraDataMetadata):
            extra_data = self.extra_data.to_dict()
        elif isinstance(self.extra_data, ExtraDataAffected):
            extra_data = self.extra_data.to_dict()
        elif isinstance(self.extra_data, ExtraDataAffectedByMove):
            extra_data = self.extra_data.to_dict()
        elif isinstance(self.extra_data, ExtraDataAffectedByDelete):
            extra_data = self.extra_data.to_dict()
        else:
            extra_data = self.extra_data.to_dict()

        workspace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workspace, Unset):
            workspace = self.workspace.to_dict()

        teamspace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.teamspace, Unset):
            teamspace = self.teamspace.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activity_id": activity_id,
                "api_version": api_version,
                "subject": subject,
                "action": action,
                "object": object_,
                "recorded_at": recorded_at,
            }
        )
        if array_task is not UNSET:
            field_dict["array_task"] = array_task
        if extra_data is not UNSET:
            field_dict["extra_data"] = extra_data
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if teamspace is not UNSET:
            field_dict["teamspace"] = teamspace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_array_task import ActivityArrayTask  # noqa: PLC0415
        from ..models.activity_asset import ActivityAsset  # noqa: PLC0415
        from ..models.activity_token import ActivityToken  # noqa: PLC0415
        from ..models.extra_data_affected import ExtraDataAffected  # noqa: PLC0415
        from ..models.extra_data_affected_by_delete import ExtraDataAffectedByDelete  # noqa: PLC0415
        from ..models.extra_data_affected_by_move import ExtraDataAffectedByMove  # noqa: PLC0415
        from ..models.extra_data_metadata import ExtraDataMetadata  # noqa: PLC0415
        from ..models.extra_data_query_stats import ExtraDataQueryStats  # noqa: PLC0415
        from ..models.teamspace_light import TeamspaceLight  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415
        from ..models.workspace_light import WorkspaceLight  # noqa: PLC0415

        d = dict(src_dict)
        activity_id = d.pop("activity_id")

        api_version = APIVersion(d.pop("api_version"))

        subject = User.from_dict(d.pop("subject"))

        action = ActivityAction(d.pop("action"))

        def _parse_object_(data: object) -> ActivityAsset | ActivityToken:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                object_type_0 = ActivityAsset.from_dict(data)

                return object_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            object_type_1 = ActivityToken.from_dict(data)

            return object_type_1

        object_ = _parse_object_(d.pop("object"))

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))

        _array_task = d.pop("array_task", UNSET)
        array_task: ActivityArrayTask | Unset
        if isinstance(_array_task, Unset):
            array_task = UNSET
        else:
            array_task = ActivityArrayTask.from_dict(_array_task)

        def _parse_extra_data(
            data: object,
        ) -> (
            ExtraDataAffected
            | ExtraDataAffectedByDelete
            | ExtraDataAffectedByMove
            | ExtraDataMetadata
            | ExtraDataQueryStats
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                extra_data_type_0 = ExtraDataMetadata.from_dict(data)

                return extra_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                extra_data_type_1 = ExtraDataAffected.from_dict(data)

                return extra_data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                extra_data_type_2 = ExtraDataAffectedByMove.from_dict(data)

                return extra_data_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                extra_data_type_3 = ExtraDataAffectedByDelete.from_dict(data)

                return extra_data_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            extra_data_type_4 = ExtraDataQueryStats.from_dict(data)

            return extra_data_type_4

        extra_data = _parse_extra_data(d.pop("extra_data", UNSET))

        _workspace = d.pop("workspace", UNSET)
        workspace: WorkspaceLight | Unset
        if isinstance(_workspace, Unset):
            workspace = UNSET
        else:
            workspace = WorkspaceLight.from_dict(_workspace)

        _teamspace = d.pop("teamspace", UNSET)
        teamspace: TeamspaceLight | Unset
        if isinstance(_teamspace, Unset):
            teamspace = UNSET
        else:
            teamspace = TeamspaceLight.from_dict(_teamspace)

        activity = cls(
            activity_id=activity_id,
            api_version=api_version,
            subject=subject,
            action=action,
            object_=object_,
            recorded_at=recorded_at,
            array_task=array_task,
            extra_data=extra_data,
            workspace=workspace,
            teamspace=teamspace,
        )

        activity.additional_properties = d
        return activity

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
