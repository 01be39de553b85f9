from __future__ import annotations

from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar, cast

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.workspace_role import WorkspaceRole

T = TypeVar("T", bound="InvitationsCreateRequestWorkspace")


def _convert_prospective_role(value: WorkspaceRole | str) -> WorkspaceRole:
    """``prospective_role`` as a ``WorkspaceRole``: a member as it is, a listed string value as its member."""
    if isinstance(value, WorkspaceRole):
        return value
    return WorkspaceRole.checked(value, "InvitationsCreateRequestWorkspace.prospective_role")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class InvitationsCreateRequestWorkspace:
    """
    Attributes:
        workspace_id (str):
        prospective_role (WorkspaceRole):
    """

    workspace_id: str
    prospective_role: WorkspaceRole = _attrs_field(converter=_convert_prospective_role)
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
                f"workspace_id={self.workspace_id!r}, "
                f"prospective_role={self.prospective_role!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.workspace_id == other.workspace_id
            and self.prospective_role == other.prospective_role
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        _prospective_role_member = _convert_prospective_role(self.prospective_role)
        prospective_role = _prospective_role_member.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_id": workspace_id,
                "prospective_role": prospective_role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        workspace_id = src_dict["workspace_id"]

        _prospective_role = src_dict["prospective_role"]
        prospective_role = _WorkspaceRole_by_value.get(_prospective_role) or WorkspaceRole(_prospective_role)

        instance = cls.__new__(cls)
        instance.workspace_id = workspace_id
        instance.prospective_role = prospective_role
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
_FIELDS: frozenset[str] = frozenset(("workspace_id", "prospective_role"))
_WorkspaceRole_by_value = cast("dict[Any, WorkspaceRole]", WorkspaceRole._value2member_map_)
