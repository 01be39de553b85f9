# The models used by the fields are imported at the bottom of the module.
# ruff: noqa: E402
from __future__ import annotations

import functools as _functools
from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar, cast

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.teamspace_visibility import TeamspaceVisibility
from ..types import REQUEST_BODY, UNSET, Unset, check_value

T = TypeVar("T", bound="TeamspacesCreateRequest")


def _convert_visibility(value: TeamspaceVisibility | str) -> TeamspaceVisibility:
    """``visibility`` as a ``TeamspaceVisibility``: a member as it is, a listed string value as its member."""
    if isinstance(value, TeamspaceVisibility):
        return value
    return TeamspaceVisibility.checked(value, "TeamspacesCreateRequest.visibility")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class TeamspacesCreateRequest:
    """
    Attributes:
        name (str):
        visibility (TeamspaceVisibility):
        description (str | Unset):
        icon (str | Unset):
        default_credential (TeamspaceDefaultCredential | Unset):
        default_storage_setting (StorageSettingsForTeamspaceCreateRequest | Unset):
    """

    name: str
    visibility: TeamspaceVisibility = _attrs_field(converter=_convert_visibility)
    description: str | Unset = UNSET
    icon: str | Unset = UNSET
    default_credential: TeamspaceDefaultCredential | Unset = UNSET
    default_storage_setting: StorageSettingsForTeamspaceCreateRequest | Unset = UNSET
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
                f"name={self.name!r}, "
                f"visibility={self.visibility!r}, "
                f"description={self.description!r}, "
                f"icon={self.icon!r}, "
                f"default_credential={self.default_credential!r}, "
                f"default_storage_setting={self.default_storage_setting!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.name == other.name
            and self.visibility == other.visibility
            and self.description == other.description
            and self.icon == other.icon
            and self.default_credential == other.default_credential
            and self.default_storage_setting == other.default_storage_setting
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if REQUEST_BODY.get():
            _check_fields(self)
        name = self.name

        _visibility_member = _convert_visibility(self.visibility)
        visibility = _visibility_member.value

        description = self.description

        icon = self.icon

        default_credential: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_credential, Unset):
            default_credential = self.default_credential.to_dict()

        default_storage_setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_storage_setting, Unset):
            default_storage_setting = self.default_storage_setting.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "visibility": visibility,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if icon is not UNSET:
            field_dict["icon"] = icon
        if default_credential is not UNSET:
            field_dict["default_credential"] = default_credential
        if default_storage_setting is not UNSET:
            field_dict["default_storage_setting"] = default_storage_setting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        name = src_dict["name"]

        _visibility = src_dict["visibility"]
        visibility = _TeamspaceVisibility_by_value.get(_visibility) or TeamspaceVisibility(_visibility)

        description = src_dict.get("description", UNSET)

        icon = src_dict.get("icon", UNSET)

        _default_credential: Any = src_dict.get("default_credential", UNSET)
        default_credential = (
            UNSET if _default_credential is UNSET else TeamspaceDefaultCredential.from_dict(_default_credential)
        )

        _default_storage_setting: Any = src_dict.get("default_storage_setting", UNSET)
        default_storage_setting = (
            UNSET
            if _default_storage_setting is UNSET
            else StorageSettingsForTeamspaceCreateRequest.from_dict(_default_storage_setting)
        )

        instance = cls.__new__(cls)
        instance.name = name
        instance.visibility = visibility
        instance.description = description
        instance.icon = icon
        instance.default_credential = default_credential
        instance.default_storage_setting = default_storage_setting
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


def _check_fields(instance: TeamspacesCreateRequest) -> None:
    """Refuse (``errors.ConstraintError``) a field the spec's constraints do not allow."""
    check_value(instance.name, "TeamspacesCreateRequest.name", max_length=64)


_attrs_init = TeamspacesCreateRequest.__init__


def _init(self: TeamspacesCreateRequest, *args: Any, **kwargs: Any) -> None:
    """attrs' ``__init__``, then the spec's constraints checked."""
    _attrs_init(self, *args, **kwargs)
    _check_fields(self)


setattr(TeamspacesCreateRequest, "__init__", _functools.update_wrapper(_init, _attrs_init))  # signature: the fields

# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    ("name", "visibility", "description", "icon", "default_credential", "default_storage_setting")
)
_TeamspaceVisibility_by_value = cast("dict[Any, TeamspaceVisibility]", TeamspaceVisibility._value2member_map_)

# Models used by the fields, imported once the class above exists (so import cycles resolve).
from ..models.storage_settings_for_teamspace_create_request import StorageSettingsForTeamspaceCreateRequest
from ..models.teamspace_default_credential import TeamspaceDefaultCredential
