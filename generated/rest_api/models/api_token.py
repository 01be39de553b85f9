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

T = TypeVar("T", bound="APIToken")


def _convert_scope(value: TokenScope | str) -> TokenScope:
    """``scope`` as a ``TokenScope``: a member as it is, a listed string value as its member."""
    if isinstance(value, TokenScope):
        return value
    return TokenScope.checked(value, "APIToken.scope")


class _APITokenText:
    """Hidden slots for the server's own text of the date-time fields of :class:`APIToken`."""

    __slots__ = ("_created_at_text", "_expires_at_text")
    _created_at_text: str
    _expires_at_text: str


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class APIToken(_APITokenText):
    """
    Attributes:
        token_id (str):
        name (str):
        created_at (datetime.datetime):
        expires_at (datetime.datetime):
        api_key (str):
        scope (TokenScope):
        workspace_id (str | Unset):
    """

    token_id: str
    name: str
    created_at: datetime.datetime
    expires_at: datetime.datetime
    api_key: str = _attrs_field(repr=False)
    scope: TokenScope = _attrs_field(converter=_convert_scope)
    workspace_id: str | Unset = UNSET
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
                f"token_id={self.token_id!r}, "
                f"name={self.name!r}, "
                f"created_at={self.created_at!r}, "
                f"expires_at={self.expires_at!r}, "
                f"scope={self.scope!r}, "
                f"workspace_id={self.workspace_id!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.token_id == other.token_id
            and self.name == other.name
            and self.created_at == other.created_at
            and self.expires_at == other.expires_at
            and self.api_key == other.api_key
            and self.scope == other.scope
            and self.workspace_id == other.workspace_id
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        token_id = self.token_id

        name = self.name

        created_at = self.created_at.isoformat()
        _text = getattr(self, "_created_at_text", None)
        if _text is not None and isinstance(self.created_at, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.created_at and _parsed.utcoffset() == self.created_at.utcoffset():
                created_at = _text

        expires_at = self.expires_at.isoformat()
        _text = getattr(self, "_expires_at_text", None)
        if _text is not None and isinstance(self.expires_at, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.expires_at and _parsed.utcoffset() == self.expires_at.utcoffset():
                expires_at = _text

        api_key = self.api_key

        _scope_member = _convert_scope(self.scope)
        scope = _scope_member.value

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token_id": token_id,
                "name": name,
                "created_at": created_at,
                "expires_at": expires_at,
                "api_key": api_key,
                "scope": scope,
            }
        )
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        token_id = src_dict["token_id"]

        name = src_dict["name"]

        _created_at = src_dict["created_at"]
        created_at = _parse_datetime(_created_at)

        _expires_at = src_dict["expires_at"]
        expires_at = _parse_datetime(_expires_at)

        api_key = src_dict["api_key"]

        _scope = src_dict["scope"]
        scope = _TokenScope_by_value.get(_scope) or TokenScope(_scope)

        workspace_id = src_dict.get("workspace_id", UNSET)

        instance = cls.__new__(cls)
        instance.token_id = token_id
        instance.name = name
        instance.created_at = created_at
        instance.expires_at = expires_at
        instance.api_key = api_key
        instance.scope = scope
        instance.workspace_id = workspace_id
        instance._created_at_text = _created_at
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
_FIELDS: frozenset[str] = frozenset(
    ("token_id", "name", "created_at", "expires_at", "api_key", "scope", "workspace_id")
)
from ..types import parse_datetime as _parse_datetime  # noqa: E402 - used by the class above, at call time

_TokenScope_by_value = cast("dict[Any, TokenScope]", TokenScope._value2member_map_)
