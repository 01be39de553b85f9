from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Versions")


@_attrs_define
class Versions:
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

    def to_dict(self) -> dict[str, Any]:
        go_version = self.go_version

        tiledb_version = self.tiledb_version

        udf_images_version = self.udf_images_version

        vcs_name = self.vcs_name

        vcs_revision = self.vcs_revision

        vcs_time: str | Unset = UNSET
        if not isinstance(self.vcs_time, Unset):
            vcs_time = self.vcs_time.isoformat()

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
        d = dict(src_dict)
        go_version = d.pop("go_version")

        tiledb_version = d.pop("tiledb_version")

        udf_images_version = cast(list[str], d.pop("udf_images_version"))

        vcs_name = d.pop("vcs_name", UNSET)

        vcs_revision = d.pop("vcs_revision", UNSET)

        _vcs_time = d.pop("vcs_time", UNSET)
        vcs_time: datetime.datetime | Unset
        if isinstance(_vcs_time, Unset):
            vcs_time = UNSET
        else:
            vcs_time = datetime.datetime.fromisoformat(_vcs_time)

        build_id = d.pop("build_id", UNSET)

        versions = cls(
            go_version=go_version,
            tiledb_version=tiledb_version,
            udf_images_version=udf_images_version,
            vcs_name=vcs_name,
            vcs_revision=vcs_revision,
            vcs_time=vcs_time,
            build_id=build_id,
        )

        versions.additional_properties = d
        return versions

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
