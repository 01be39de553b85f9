from __future__ import annotations

import datetime
from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar, cast

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.token_scope import TokenScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenCreateRequest")


def _convert_scope(value: TokenScope | str) -> TokenScope:
    """``scope`` as a ``TokenScope``: a member as it is, a listed string value as its member."""
    if isinstance(value, TokenScope):
        return value
    return TokenScope.checked(value, "TokenCreateRequest.scope")


class _TokenCreateRequestText:
    """Hidden slots for the server's own text of the date-time fields of :class:`TokenCreateRequest`."""

    __slots__ = ("_expires_at_text",)
    _expires_at_text: str


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class TokenCreateRequest(_TokenCreateRequestText):
    """
    Attributes:
        scope (TokenScope):
        name (str | Unset):
        workspace_id (str | Unset):
        expires_at (datetime.datetime | Unset):
    """

    scope: TokenScope = _attrs_field(converter=_convert_scope)
    name: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
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
                f"scope={self.scope!r}, "
                f"name={self.name!r}, "
                f"workspace_id={self.workspace_id!r}, "
                f"expires_at={self.expires_at!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.scope == other.scope
            and self.name == other.name
            and self.workspace_id == other.workspace_id
            and self.expires_at == other.expires_at
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        _scope_member = _convert_scope(self.scope)
        scope = _scope_member.value

        name = self.name

        workspace_id = self.workspace_id

        expires_at: str | Unset = (
            self.expires_at if not isinstance(self.expires_at, datetime.datetime) else self.expires_at.isoformat()
        )
        _text = getattr(self, "_expires_at_text", None)
        if _text is not None and isinstance(self.expires_at, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.expires_at and _parsed.utcoffset() == self.expires_at.utcoffset():
                expires_at = _text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scope": scope,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        _scope = src_dict["scope"]
        scope = _TokenScope_by_value.get(_scope) or TokenScope(_scope)

        name = src_dict.get("name", UNSET)

        workspace_id = src_dict.get("workspace_id", UNSET)

        _expires_at: Any = src_dict.get("expires_at", UNSET)
        expires_at = UNSET if _expires_at is UNSET else _parse_datetime(_expires_at)

        instance = cls.__new__(cls)
        instance.scope = scope
        instance.name = name
        instance.workspace_id = workspace_id
        instance.expires_at = expires_at
        if isinstance(_expires_at, str):
            instance._expires_at_text = _expires_at
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
_FIELDS: frozenset[str] = frozenset(("scope", "name", "workspace_id", "expires_at"))
from ..types import parse_datetime as _parse_datetime  # noqa: E402 - used by the class above, at call time

_TokenScope_by_value = cast("dict[Any, TokenScope]", TokenScope._value2member_map_)
