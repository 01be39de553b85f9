from __future__ import annotations

from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar, cast

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.token_scope import TokenScope

T = TypeVar("T", bound="ActivityToken")


def _convert_scope(value: TokenScope | str) -> TokenScope:
    """``scope`` as a ``TokenScope``: a member as it is, a listed string value as its member."""
    if isinstance(value, TokenScope):
        return value
    return TokenScope.checked(value, "ActivityToken.scope")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class ActivityToken:
    """
    Attributes:
        token_id (str):
        name (str):
        scope (TokenScope):
    """

    token_id: str
    name: str
    scope: TokenScope = _attrs_field(converter=_convert_scope)
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
                f"scope={self.scope!r}, "
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
            and self.scope == other.scope
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        token_id = self.token_id

        name = self.name

        _scope_member = _convert_scope(self.scope)
        scope = _scope_member.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token_id": token_id,
                "name": name,
                "scope": scope,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        token_id = src_dict["token_id"]

        name = src_dict["name"]

        _scope = src_dict["scope"]
        scope = _TokenScope_by_value.get(_scope) or TokenScope(_scope)

        instance = cls.__new__(cls)
        instance.token_id = token_id
        instance.name = name
        instance.scope = scope
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
_FIELDS: frozenset[str] = frozenset(("token_id", "name", "scope"))
_TokenScope_by_value = cast("dict[Any, TokenScope]", TokenScope._value2member_map_)
