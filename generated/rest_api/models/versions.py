from __future__ import annotations

import datetime
from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Versions")


class _VersionsText:
    """Hidden slots for the server's own text of the date-time fields of :class:`Versions`."""

    __slots__ = ("_vcs_time_text",)
    _vcs_time_text: str


@_attrs_define
class Versions(_VersionsText):
    """
    Attributes:
        go_version (str):
        tiledb_version (str):
        udf_images_version (list[str]):
        vcs_name (str | Unset):
        vcs_revision (str | Unset):
        vcs_time (datetime.datetime | Unset):
        build_id (str | Unset):
    """

    go_version: str
    tiledb_version: str
    udf_images_version: list[str]
    vcs_name: str | Unset = UNSET
    vcs_revision: str | Unset = UNSET
    vcs_time: datetime.datetime | Unset = UNSET
    build_id: str | Unset = UNSET
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
                f"go_version={self.go_version!r}, "
                f"tiledb_version={self.tiledb_version!r}, "
                f"udf_images_version={self.udf_images_version!r}, "
                f"vcs_name={self.vcs_name!r}, "
                f"vcs_revision={self.vcs_revision!r}, "
                f"vcs_time={self.vcs_time!r}, "
                f"build_id={self.build_id!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.go_version == other.go_version
            and self.tiledb_version == other.tiledb_version
            and self.udf_images_version == other.udf_images_version
            and self.vcs_name == other.vcs_name
            and self.vcs_revision == other.vcs_revision
            and self.vcs_time == other.vcs_time
            and self.build_id == other.build_id
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        go_version = self.go_version

        tiledb_version = self.tiledb_version

        udf_images_version = self.udf_images_version

        vcs_name = self.vcs_name

        vcs_revision = self.vcs_revision

        vcs_time: str | Unset = (
            self.vcs_time if not isinstance(self.vcs_time, datetime.datetime) else self.vcs_time.isoformat()
        )
        _text = getattr(self, "_vcs_time_text", None)
        if _text is not None and isinstance(self.vcs_time, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.vcs_time and _parsed.utcoffset() == self.vcs_time.utcoffset():
                vcs_time = _text

        build_id = self.build_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "go_version": go_version,
                "tiledb_version": tiledb_version,
                "udf_images_version": udf_images_version,
            }
        )
        if vcs_name is not UNSET:
            field_dict["vcs_name"] = vcs_name
        if vcs_revision is not UNSET:
            field_dict["vcs_revision"] = vcs_revision
        if vcs_time is not UNSET:
            field_dict["vcs_time"] = vcs_time
        if build_id is not UNSET:
            field_dict["build_id"] = build_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        go_version = src_dict["go_version"]

        tiledb_version = src_dict["tiledb_version"]

        udf_images_version = src_dict["udf_images_version"]

        vcs_name = src_dict.get("vcs_name", UNSET)

        vcs_revision = src_dict.get("vcs_revision", UNSET)

        _vcs_time: Any = src_dict.get("vcs_time", UNSET)
        vcs_time = UNSET if _vcs_time is UNSET else _parse_datetime(_vcs_time)

        build_id = src_dict.get("build_id", UNSET)

        instance = cls.__new__(cls)
        instance.go_version = go_version
        instance.tiledb_version = tiledb_version
        instance.udf_images_version = udf_images_version
        instance.vcs_name = vcs_name
        instance.vcs_revision = vcs_revision
        instance.vcs_time = vcs_time
        instance.build_id = build_id
        if isinstance(_vcs_time, str):
            instance._vcs_time_text = _vcs_time
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
    ("go_version", "tiledb_version", "udf_images_version", "vcs_name", "vcs_revision", "vcs_time", "build_id")
)
from ..types import parse_datetime as _parse_datetime  # noqa: E402 - used by the class above, at call time
