from __future__ import annotations

from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar, cast

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.workspace_role import WorkspaceRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvitingUser")


def _convert_workspace_role(value: WorkspaceRole | str) -> WorkspaceRole:
    """``workspace_role`` as a ``WorkspaceRole``: a member as it is, a listed string value as its member."""
    if isinstance(value, WorkspaceRole):
        return value
    return WorkspaceRole.checked(value, "InvitingUser.workspace_role")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class InvitingUser:
    """
    Attributes:
        user_id (str):
        display_name (str):
        email (str):
        workspace_role (WorkspaceRole):
        image_id (str | Unset):
    """

    user_id: str
    display_name: str
    email: str
    workspace_role: WorkspaceRole = _attrs_field(converter=_convert_workspace_role)
    image_id: str | Unset = UNSET
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
                f"user_id={self.user_id!r}, "
                f"display_name={self.display_name!r}, "
                f"email={self.email!r}, "
                f"workspace_role={self.workspace_role!r}, "
                f"image_id={self.image_id!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.user_id == other.user_id
            and self.display_name == other.display_name
            and self.email == other.email
            and self.workspace_role == other.workspace_role
            and self.image_id == other.image_id
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        display_name = self.display_name

        email = self.email

        _workspace_role_member = _convert_workspace_role(self.workspace_role)
        workspace_role = _workspace_role_member.value

        image_id = self.image_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "display_name": display_name,
                "email": email,
                "workspace_role": workspace_role,
            }
        )
        if image_id is not UNSET:
            field_dict["image_id"] = image_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        user_id = src_dict["user_id"]

        display_name = src_dict["display_name"]

        email = src_dict["email"]

        _workspace_role = src_dict["workspace_role"]
        workspace_role = _WorkspaceRole_by_value.get(_workspace_role) or WorkspaceRole(_workspace_role)

        image_id = src_dict.get("image_id", UNSET)

        instance = cls.__new__(cls)
        instance.user_id = user_id
        instance.display_name = display_name
        instance.email = email
        instance.workspace_role = workspace_role
        instance.image_id = image_id
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
_FIELDS: frozenset[str] = frozenset(("user_id", "display_name", "email", "workspace_role", "image_id"))
_WorkspaceRole_by_value = cast("dict[Any, WorkspaceRole]", WorkspaceRole._value2member_map_)
