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

from ..models.teamspace_type import TeamspaceType
from ..models.teamspace_visibility import TeamspaceVisibility
from ..types import UNSET, Unset

T = TypeVar("T", bound="Teamspace")


def _convert_space_type(value: TeamspaceType | str) -> TeamspaceType:
    """``space_type`` as a ``TeamspaceType``: a member as it is, a listed string value as its member."""
    if isinstance(value, TeamspaceType):
        return value
    return TeamspaceType.checked(value, "Teamspace.space_type")


def _convert_visibility(value: TeamspaceVisibility | str) -> TeamspaceVisibility:
    """``visibility`` as a ``TeamspaceVisibility``: a member as it is, a listed string value as its member."""
    if isinstance(value, TeamspaceVisibility):
        return value
    return TeamspaceVisibility.checked(value, "Teamspace.visibility")


class _TeamspaceText:
    """Hidden slots for the server's own text of the date-time fields of :class:`Teamspace`."""

    __slots__ = ("_created_at_text", "_updated_at_text")
    _created_at_text: str
    _updated_at_text: str


class _TeamspaceNames:
    """The established client's names of fields of :class:`Teamspace`, as properties."""

    __slots__ = ()

    @property
    def _self(self) -> TeamspaceUser | Unset:
        """``self_`` under the established client's name."""
        return cast("Teamspace", self).self_

    @_self.setter
    def _self(self, value: TeamspaceUser | Unset) -> None:
        cast("Teamspace", self).self_ = value


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class Teamspace(_TeamspaceText, _TeamspaceNames):
    """
    Attributes:
        teamspace_id (str):
        name (str):
        space_type (TeamspaceType):
        created_at (datetime.datetime):
        created_by (TeamspaceUser):
        visibility (TeamspaceVisibility):
        icon (str | Unset):
        description (str | Unset):
        self_ (TeamspaceUser | Unset):
        updated_at (datetime.datetime | Unset):
        default_storage_setting (StorageSetting | Unset):
    """

    teamspace_id: str
    name: str
    space_type: TeamspaceType = _attrs_field(converter=_convert_space_type)
    created_at: datetime.datetime
    created_by: TeamspaceUser
    visibility: TeamspaceVisibility = _attrs_field(converter=_convert_visibility)
    icon: str | Unset = UNSET
    description: str | Unset = UNSET
    self_: TeamspaceUser | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    default_storage_setting: StorageSetting | Unset = UNSET
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
                f"teamspace_id={self.teamspace_id!r}, "
                f"name={self.name!r}, "
                f"space_type={self.space_type!r}, "
                f"created_at={self.created_at!r}, "
                f"created_by={self.created_by!r}, "
                f"visibility={self.visibility!r}, "
                f"icon={self.icon!r}, "
                f"description={self.description!r}, "
                f"self_={self.self_!r}, "
                f"updated_at={self.updated_at!r}, "
                f"default_storage_setting={self.default_storage_setting!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.teamspace_id == other.teamspace_id
            and self.name == other.name
            and self.space_type == other.space_type
            and self.created_at == other.created_at
            and self.created_by == other.created_by
            and self.visibility == other.visibility
            and self.icon == other.icon
            and self.description == other.description
            and self.self_ == other.self_
            and self.updated_at == other.updated_at
            and self.default_storage_setting == other.default_storage_setting
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        teamspace_id = self.teamspace_id

        name = self.name

        _space_type_member = _convert_space_type(self.space_type)
        space_type = _space_type_member.value

        created_at = self.created_at.isoformat()
        _text = getattr(self, "_created_at_text", None)
        if _text is not None and isinstance(self.created_at, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.created_at and _parsed.utcoffset() == self.created_at.utcoffset():
                created_at = _text

        created_by = self.created_by.to_dict()

        _visibility_member = _convert_visibility(self.visibility)
        visibility = _visibility_member.value

        icon = self.icon

        description = self.description

        self_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_, Unset):
            self_ = self.self_.to_dict()

        updated_at: str | Unset = (
            self.updated_at if not isinstance(self.updated_at, datetime.datetime) else self.updated_at.isoformat()
        )
        _text = getattr(self, "_updated_at_text", None)
        if _text is not None and isinstance(self.updated_at, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.updated_at and _parsed.utcoffset() == self.updated_at.utcoffset():
                updated_at = _text

        default_storage_setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_storage_setting, Unset):
            default_storage_setting = self.default_storage_setting.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "teamspace_id": teamspace_id,
                "name": name,
                "space_type": space_type,
                "created_at": created_at,
                "created_by": created_by,
                "visibility": visibility,
            }
        )
        if icon is not UNSET:
            field_dict["icon"] = icon
        if description is not UNSET:
            field_dict["description"] = description
        if self_ is not UNSET:
            field_dict["self"] = self_
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if default_storage_setting is not UNSET:
            field_dict["default_storage_setting"] = default_storage_setting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        teamspace_id = src_dict["teamspace_id"]

        name = src_dict["name"]

        _space_type = src_dict["space_type"]
        space_type = _TeamspaceType_by_value.get(_space_type) or TeamspaceType(_space_type)

        _created_at = src_dict["created_at"]
        created_at = _parse_datetime(_created_at)

        created_by = TeamspaceUser.from_dict(src_dict["created_by"])

        _visibility = src_dict["visibility"]
        visibility = _TeamspaceVisibility_by_value.get(_visibility) or TeamspaceVisibility(_visibility)

        icon = src_dict.get("icon", UNSET)

        description = src_dict.get("description", UNSET)

        _self_: Any = src_dict.get("self", UNSET)
        self_ = UNSET if _self_ is UNSET else TeamspaceUser.from_dict(_self_)

        _updated_at: Any = src_dict.get("updated_at", UNSET)
        updated_at = UNSET if _updated_at is UNSET else _parse_datetime(_updated_at)

        _default_storage_setting: Any = src_dict.get("default_storage_setting", UNSET)
        default_storage_setting = (
            UNSET if _default_storage_setting is UNSET else StorageSetting.from_dict(_default_storage_setting)
        )

        instance = cls.__new__(cls)
        instance.teamspace_id = teamspace_id
        instance.name = name
        instance.space_type = space_type
        instance.created_at = created_at
        instance.created_by = created_by
        instance.visibility = visibility
        instance.icon = icon
        instance.description = description
        instance.self_ = self_
        instance.updated_at = updated_at
        instance.default_storage_setting = default_storage_setting
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


_attrs_init = Teamspace.__init__


def _init(self: Teamspace, *args: Any, **kwargs: Any) -> None:
    """attrs' ``__init__``, taking the established client's names of fields too."""
    if "_self" in kwargs:
        kwargs["self_"] = kwargs.pop("_self")
    _attrs_init(self, *args, **kwargs)


setattr(Teamspace, "__init__", _functools.update_wrapper(_init, _attrs_init))  # signature: the fields

# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    (
        "teamspace_id",
        "name",
        "space_type",
        "created_at",
        "created_by",
        "visibility",
        "icon",
        "description",
        "self",
        "updated_at",
        "default_storage_setting",
    )
)
from ..types import parse_datetime as _parse_datetime  # noqa: E402 - used by the class above, at call time

_TeamspaceType_by_value = cast("dict[Any, TeamspaceType]", TeamspaceType._value2member_map_)
_TeamspaceVisibility_by_value = cast("dict[Any, TeamspaceVisibility]", TeamspaceVisibility._value2member_map_)

# Models used by the fields, imported once the class above exists (so import cycles resolve).
from ..models.storage_setting import StorageSetting
from ..models.teamspace_user import TeamspaceUser
