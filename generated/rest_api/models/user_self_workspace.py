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

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserSelfWorkspace")


class _UserSelfWorkspaceText:
    """Hidden slots for the server's own text of the date-time fields of :class:`UserSelfWorkspace`."""

    __slots__ = ("_created_at_text", "_updated_at_text")
    _created_at_text: str
    _updated_at_text: str


class _UserSelfWorkspaceNames:
    """The established client's names of fields of :class:`UserSelfWorkspace`, as properties."""

    __slots__ = ()

    @property
    def _self(self) -> WorkspaceUser:
        """``self_`` under the established client's name."""
        return cast("UserSelfWorkspace", self).self_

    @_self.setter
    def _self(self, value: WorkspaceUser) -> None:
        cast("UserSelfWorkspace", self).self_ = value


@_attrs_define
class UserSelfWorkspace(_UserSelfWorkspaceText, _UserSelfWorkspaceNames):
    """
    Attributes:
        workspace_id (str):
        name (str):
        created_by (WorkspaceUser):
        self_ (WorkspaceUser):
        created_at (datetime.datetime):
        description (str | Unset):
        updated_at (datetime.datetime | Unset):
        image_id (str | Unset):
    """

    workspace_id: str
    name: str
    created_by: WorkspaceUser
    self_: WorkspaceUser
    created_at: datetime.datetime
    description: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
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
                f"workspace_id={self.workspace_id!r}, "
                f"name={self.name!r}, "
                f"created_by={self.created_by!r}, "
                f"self_={self.self_!r}, "
                f"created_at={self.created_at!r}, "
                f"description={self.description!r}, "
                f"updated_at={self.updated_at!r}, "
                f"image_id={self.image_id!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.workspace_id == other.workspace_id
            and self.name == other.name
            and self.created_by == other.created_by
            and self.self_ == other.self_
            and self.created_at == other.created_at
            and self.description == other.description
            and self.updated_at == other.updated_at
            and self.image_id == other.image_id
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        name = self.name

        created_by = self.created_by.to_dict()

        self_ = self.self_.to_dict()

        created_at = self.created_at.isoformat()
        _text = getattr(self, "_created_at_text", None)
        if _text is not None and isinstance(self.created_at, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.created_at and _parsed.utcoffset() == self.created_at.utcoffset():
                created_at = _text

        description = self.description

        updated_at: str | Unset = (
            self.updated_at if not isinstance(self.updated_at, datetime.datetime) else self.updated_at.isoformat()
        )
        _text = getattr(self, "_updated_at_text", None)
        if _text is not None and isinstance(self.updated_at, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.updated_at and _parsed.utcoffset() == self.updated_at.utcoffset():
                updated_at = _text

        image_id = self.image_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_id": workspace_id,
                "name": name,
                "created_by": created_by,
                "self": self_,
                "created_at": created_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if image_id is not UNSET:
            field_dict["image_id"] = image_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        workspace_id = src_dict["workspace_id"]

        name = src_dict["name"]

        created_by = WorkspaceUser.from_dict(src_dict["created_by"])

        self_ = WorkspaceUser.from_dict(src_dict["self"])

        _created_at = src_dict["created_at"]
        created_at = _parse_datetime(_created_at)

        description = src_dict.get("description", UNSET)

        _updated_at: Any = src_dict.get("updated_at", UNSET)
        updated_at = UNSET if _updated_at is UNSET else _parse_datetime(_updated_at)

        image_id = src_dict.get("image_id", UNSET)

        instance = cls.__new__(cls)
        instance.workspace_id = workspace_id
        instance.name = name
        instance.created_by = created_by
        instance.self_ = self_
        instance.created_at = created_at
        instance.description = description
        instance.updated_at = updated_at
        instance.image_id = image_id
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


_attrs_init = UserSelfWorkspace.__init__


def _init(self: UserSelfWorkspace, *args: Any, **kwargs: Any) -> None:
    """attrs' ``__init__``, taking the established client's names of fields too."""
    if "_self" in kwargs:
        kwargs["self_"] = kwargs.pop("_self")
    _attrs_init(self, *args, **kwargs)


setattr(UserSelfWorkspace, "__init__", _functools.update_wrapper(_init, _attrs_init))  # signature: the fields

# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    ("workspace_id", "name", "created_by", "self", "created_at", "description", "updated_at", "image_id")
)
# Models used by the fields, imported once the class above exists (so import cycles resolve).
from ..models.workspace_user import WorkspaceUser
from ..types import parse_datetime as _parse_datetime  # noqa: E402 - used by the class above, at call time
