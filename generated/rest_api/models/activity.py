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

from ..models.activity_action import ActivityAction
from ..models.api_version import APIVersion
from ..types import UNSET, Unset

T = TypeVar("T", bound="Activity")


def _convert_api_version(value: APIVersion | str) -> APIVersion:
    """``api_version`` as a ``APIVersion``: a member as it is, a listed string value as its member."""
    if isinstance(value, APIVersion):
        return value
    return APIVersion.checked(value, "Activity.api_version")


def _convert_action(value: ActivityAction | str) -> ActivityAction:
    """``action`` as a ``ActivityAction``: a member as it is, a listed string value as its member."""
    if isinstance(value, ActivityAction):
        return value
    return ActivityAction.checked(value, "Activity.action")


class _ActivityText:
    """Hidden slots for the server's own text of the date-time fields of :class:`Activity`."""

    __slots__ = ("_recorded_at_text",)
    _recorded_at_text: str


class _ActivityNames:
    """The established client's names of fields of :class:`Activity`, as properties."""

    __slots__ = ()

    @property
    def object(self) -> ActivityAsset | ActivityToken:
        """``object_`` under the established client's name."""
        return cast("Activity", self).object_

    @object.setter
    def object(self, value: ActivityAsset | ActivityToken) -> None:
        cast("Activity", self).object_ = value


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class Activity(_ActivityText, _ActivityNames):
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
    api_version: APIVersion = _attrs_field(converter=_convert_api_version)
    subject: User
    action: ActivityAction = _attrs_field(converter=_convert_action)
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

    def __repr__(self) -> str:
        key = (id(self), _get_ident())
        if key in _REPRING:
            return "..."
        _REPRING.add(key)
        try:
            name = self.__class__.__qualname__.rsplit(">.", 1)[-1]
            return (
                f"{name}("
                f"activity_id={self.activity_id!r}, "
                f"api_version={self.api_version!r}, "
                f"subject={self.subject!r}, "
                f"action={self.action!r}, "
                f"object_={self.object_!r}, "
                f"recorded_at={self.recorded_at!r}, "
                f"array_task={self.array_task!r}, "
                f"extra_data={self.extra_data!r}, "
                f"workspace={self.workspace!r}, "
                f"teamspace={self.teamspace!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.activity_id == other.activity_id
            and self.api_version == other.api_version
            and self.subject == other.subject
            and self.action == other.action
            and self.object_ == other.object_
            and self.recorded_at == other.recorded_at
            and self.array_task == other.array_task
            and self.extra_data == other.extra_data
            and self.workspace == other.workspace
            and self.teamspace == other.teamspace
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        activity_id = self.activity_id

        _api_version_member = _convert_api_version(self.api_version)
        api_version = _api_version_member.value

        subject = self.subject.to_dict()

        _action_member = _convert_action(self.action)
        action = _action_member.value

        object_: dict[str, Any]
        if isinstance(self.object_, ActivityAsset):
            object_ = self.object_.to_dict()
        else:
            object_ = self.object_.to_dict()

        recorded_at = self.recorded_at.isoformat()
        _text = getattr(self, "_recorded_at_text", None)
        if _text is not None and isinstance(self.recorded_at, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.recorded_at and _parsed.utcoffset() == self.recorded_at.utcoffset():
                recorded_at = _text

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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        activity_id = src_dict["activity_id"]

        _api_version = src_dict["api_version"]
        api_version = _APIVersion_by_value.get(_api_version) or APIVersion(_api_version)

        subject = User.from_dict(src_dict["subject"])

        _action = src_dict["action"]
        action = _ActivityAction_by_value.get(_action) or ActivityAction(_action)

        object_ = _parse_field_object_(src_dict["object"])

        _recorded_at = src_dict["recorded_at"]
        recorded_at = _parse_datetime(_recorded_at)

        _array_task: Any = src_dict.get("array_task", UNSET)
        array_task = UNSET if _array_task is UNSET else ActivityArrayTask.from_dict(_array_task)

        extra_data = _parse_field_extra_data(src_dict.get("extra_data", UNSET))

        _workspace: Any = src_dict.get("workspace", UNSET)
        workspace = UNSET if _workspace is UNSET else WorkspaceLight.from_dict(_workspace)

        _teamspace: Any = src_dict.get("teamspace", UNSET)
        teamspace = UNSET if _teamspace is UNSET else TeamspaceLight.from_dict(_teamspace)

        instance = cls.__new__(cls)
        instance.activity_id = activity_id
        instance.api_version = api_version
        instance.subject = subject
        instance.action = action
        instance.object_ = object_
        instance.recorded_at = recorded_at
        instance.array_task = array_task
        instance.extra_data = extra_data
        instance.workspace = workspace
        instance.teamspace = teamspace
        instance._recorded_at_text = _recorded_at
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


def _parse_field_object_(data: object) -> ActivityAsset | ActivityToken:
    """Turn the JSON value of ``object`` into one of its types."""
    try:
        if isinstance(data, dict):
            return ActivityAsset.from_dict(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for object")
    return ActivityToken.from_dict(data)


def _parse_field_extra_data(
    data: object,
) -> (
    ExtraDataAffected
    | ExtraDataAffectedByDelete
    | ExtraDataAffectedByMove
    | ExtraDataMetadata
    | ExtraDataQueryStats
    | Unset
):
    """Turn the JSON value of ``extra_data`` into one of its types."""
    if isinstance(data, Unset):
        return data
    try:
        if isinstance(data, dict):
            return ExtraDataMetadata.from_dict(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if isinstance(data, dict):
            return ExtraDataAffected.from_dict(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if isinstance(data, dict):
            return ExtraDataAffectedByMove.from_dict(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if isinstance(data, dict):
            return ExtraDataAffectedByDelete.from_dict(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for extra_data")
    return ExtraDataQueryStats.from_dict(data)


_attrs_init = Activity.__init__


def _init(self: Activity, *args: Any, **kwargs: Any) -> None:
    """attrs' ``__init__``, taking the established client's names of fields too."""
    if "object" in kwargs:
        kwargs["object_"] = kwargs.pop("object")
    _attrs_init(self, *args, **kwargs)


setattr(Activity, "__init__", _functools.update_wrapper(_init, _attrs_init))  # signature: the fields

# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    (
        "activity_id",
        "api_version",
        "subject",
        "action",
        "object",
        "recorded_at",
        "array_task",
        "extra_data",
        "workspace",
        "teamspace",
    )
)
from ..types import parse_datetime as _parse_datetime  # noqa: E402 - used by the class above, at call time

_ActivityAction_by_value = cast("dict[Any, ActivityAction]", ActivityAction._value2member_map_)
_APIVersion_by_value = cast("dict[Any, APIVersion]", APIVersion._value2member_map_)

# Models used by the fields, imported once the class above exists (so import cycles resolve).
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
