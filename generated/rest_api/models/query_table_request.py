from __future__ import annotations

from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueryTableRequest")


@_attrs_define
class QueryTableRequest:
    """
    Attributes:
        predicate_hints (str | Unset):
        json_predicate_hints (str | Unset):
        limit_hint (str | Unset):
        version (int | Unset):
        timestamp (str | Unset):
        starting_version (int | Unset):
        ending_version (int | Unset):
    """

    predicate_hints: str | Unset = UNSET
    json_predicate_hints: str | Unset = UNSET
    limit_hint: str | Unset = UNSET
    version: int | Unset = UNSET
    timestamp: str | Unset = UNSET
    starting_version: int | Unset = UNSET
    ending_version: int | Unset = UNSET
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
                f"predicate_hints={self.predicate_hints!r}, "
                f"json_predicate_hints={self.json_predicate_hints!r}, "
                f"limit_hint={self.limit_hint!r}, "
                f"version={self.version!r}, "
                f"timestamp={self.timestamp!r}, "
                f"starting_version={self.starting_version!r}, "
                f"ending_version={self.ending_version!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.predicate_hints == other.predicate_hints
            and self.json_predicate_hints == other.json_predicate_hints
            and self.limit_hint == other.limit_hint
            and self.version == other.version
            and self.timestamp == other.timestamp
            and self.starting_version == other.starting_version
            and self.ending_version == other.ending_version
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        predicate_hints = self.predicate_hints

        json_predicate_hints = self.json_predicate_hints

        limit_hint = self.limit_hint

        version = self.version

        timestamp = self.timestamp

        starting_version = self.starting_version

        ending_version = self.ending_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if predicate_hints is not UNSET:
            field_dict["predicateHints"] = predicate_hints
        if json_predicate_hints is not UNSET:
            field_dict["jsonPredicateHints"] = json_predicate_hints
        if limit_hint is not UNSET:
            field_dict["limitHint"] = limit_hint
        if version is not UNSET:
            field_dict["version"] = version
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if starting_version is not UNSET:
            field_dict["startingVersion"] = starting_version
        if ending_version is not UNSET:
            field_dict["endingVersion"] = ending_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        predicate_hints = src_dict.get("predicateHints", UNSET)

        json_predicate_hints = src_dict.get("jsonPredicateHints", UNSET)

        limit_hint = src_dict.get("limitHint", UNSET)

        version = src_dict.get("version", UNSET)

        timestamp = src_dict.get("timestamp", UNSET)

        starting_version = src_dict.get("startingVersion", UNSET)

        ending_version = src_dict.get("endingVersion", UNSET)

        instance = cls.__new__(cls)
        instance.predicate_hints = predicate_hints
        instance.json_predicate_hints = json_predicate_hints
        instance.limit_hint = limit_hint
        instance.version = version
        instance.timestamp = timestamp
        instance.starting_version = starting_version
        instance.ending_version = ending_version
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
    ("predicateHints", "jsonPredicateHints", "limitHint", "version", "timestamp", "startingVersion", "endingVersion")
)
