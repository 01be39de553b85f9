# The models used by the fields are imported at the bottom of the module.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileListResponse")


@_attrs_define
class FileListResponse:
    """
    Attributes:
        name (str | Unset):
        prefix (str | Unset):
        delimiter (str | Unset):
        max_keys (int | Unset):
        continuation_token (str | Unset):
        next_continuation_token (str | Unset):
        is_truncated (bool | Unset):
        common_prefixes (list[CommonPrefix] | Unset):
        objects (list[Object] | Unset):
    """

    name: str | Unset = UNSET
    prefix: str | Unset = UNSET
    delimiter: str | Unset = UNSET
    max_keys: int | Unset = UNSET
    continuation_token: str | Unset = UNSET
    next_continuation_token: str | Unset = UNSET
    is_truncated: bool | Unset = UNSET
    common_prefixes: list[CommonPrefix] | Unset = UNSET
    objects: list[Object] | Unset = UNSET
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
                f"prefix={self.prefix!r}, "
                f"delimiter={self.delimiter!r}, "
                f"max_keys={self.max_keys!r}, "
                f"continuation_token={self.continuation_token!r}, "
                f"next_continuation_token={self.next_continuation_token!r}, "
                f"is_truncated={self.is_truncated!r}, "
                f"common_prefixes={self.common_prefixes!r}, "
                f"objects={self.objects!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.name == other.name
            and self.prefix == other.prefix
            and self.delimiter == other.delimiter
            and self.max_keys == other.max_keys
            and self.continuation_token == other.continuation_token
            and self.next_continuation_token == other.next_continuation_token
            and self.is_truncated == other.is_truncated
            and self.common_prefixes == other.common_prefixes
            and self.objects == other.objects
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        prefix = self.prefix

        delimiter = self.delimiter

        max_keys = self.max_keys

        continuation_token = self.continuation_token

        next_continuation_token = self.next_continuation_token

        is_truncated = self.is_truncated

        common_prefixes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.common_prefixes, Unset):
            common_prefixes = []
            for common_prefixes_item_data in self.common_prefixes:
                common_prefixes_item = common_prefixes_item_data.to_dict()
                common_prefixes.append(common_prefixes_item)

        objects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.objects, Unset):
            objects = []
            for objects_item_data in self.objects:
                objects_item = objects_item_data.to_dict()
                objects.append(objects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["Name"] = name
        if prefix is not UNSET:
            field_dict["Prefix"] = prefix
        if delimiter is not UNSET:
            field_dict["Delimiter"] = delimiter
        if max_keys is not UNSET:
            field_dict["MaxKeys"] = max_keys
        if continuation_token is not UNSET:
            field_dict["ContinuationToken"] = continuation_token
        if next_continuation_token is not UNSET:
            field_dict["NextContinuationToken"] = next_continuation_token
        if is_truncated is not UNSET:
            field_dict["IsTruncated"] = is_truncated
        if common_prefixes is not UNSET:
            field_dict["CommonPrefixes"] = common_prefixes
        if objects is not UNSET:
            field_dict["Objects"] = objects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        name = src_dict.get("Name", UNSET)

        prefix = src_dict.get("Prefix", UNSET)

        delimiter = src_dict.get("Delimiter", UNSET)

        max_keys = src_dict.get("MaxKeys", UNSET)

        continuation_token = src_dict.get("ContinuationToken", UNSET)

        next_continuation_token = src_dict.get("NextContinuationToken", UNSET)

        is_truncated = src_dict.get("IsTruncated", UNSET)

        _common_prefixes: Any = src_dict.get("CommonPrefixes", UNSET)
        common_prefixes = UNSET if _common_prefixes is UNSET else list(map(CommonPrefix.from_dict, _common_prefixes))

        _objects: Any = src_dict.get("Objects", UNSET)
        objects = UNSET if _objects is UNSET else list(map(Object.from_dict, _objects))

        instance = cls.__new__(cls)
        instance.name = name
        instance.prefix = prefix
        instance.delimiter = delimiter
        instance.max_keys = max_keys
        instance.continuation_token = continuation_token
        instance.next_continuation_token = next_continuation_token
        instance.is_truncated = is_truncated
        instance.common_prefixes = common_prefixes
        instance.objects = objects
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
    (
        "Name",
        "Prefix",
        "Delimiter",
        "MaxKeys",
        "ContinuationToken",
        "NextContinuationToken",
        "IsTruncated",
        "CommonPrefixes",
        "Objects",
    )
)

# Models used by the fields, imported once the class above exists (so import cycles resolve).
from ..models.common_prefix import CommonPrefix
from ..models.object_ import Object
