# The models used by the fields are imported at the bottom of the module.
# ruff: noqa: E402
from __future__ import annotations

import functools as _functools
from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar, cast

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Metadata")


class _MetadataNames:
    """The established client's names of fields of :class:`Metadata`, as properties."""

    __slots__ = ()

    @property
    def format(self) -> Format:
        """``format_`` under the established client's name."""
        return cast("Metadata", self).format_

    @format.setter
    def format(self, value: Format) -> None:
        cast("Metadata", self).format_ = value


@_attrs_define
class Metadata(_MetadataNames):
    """
    Attributes:
        id (str):
        format_ (Format):
        schema_string (str):
        partition_columns (list[str]):
        name (str | Unset):
        description (str | Unset):
        schema (Schema | Unset):
        configuration (MetadataConfiguration | Unset):
        version (int | Unset):
        size (int | Unset):
        num_files (int | Unset):
    """

    id: str
    format_: Format
    schema_string: str
    partition_columns: list[str]
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    schema: Schema | Unset = UNSET
    configuration: MetadataConfiguration | Unset = UNSET
    version: int | Unset = UNSET
    size: int | Unset = UNSET
    num_files: int | Unset = UNSET
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
                f"id={self.id!r}, "
                f"format_={self.format_!r}, "
                f"schema_string={self.schema_string!r}, "
                f"partition_columns={self.partition_columns!r}, "
                f"name={self.name!r}, "
                f"description={self.description!r}, "
                f"schema={self.schema!r}, "
                f"configuration={self.configuration!r}, "
                f"version={self.version!r}, "
                f"size={self.size!r}, "
                f"num_files={self.num_files!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.format_ == other.format_
            and self.schema_string == other.schema_string
            and self.partition_columns == other.partition_columns
            and self.name == other.name
            and self.description == other.description
            and self.schema == other.schema
            and self.configuration == other.configuration
            and self.version == other.version
            and self.size == other.size
            and self.num_files == other.num_files
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        format_ = self.format_.to_dict()

        schema_string = self.schema_string

        partition_columns = self.partition_columns

        name = self.name

        description = self.description

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        version = self.version

        size = self.size

        num_files = self.num_files

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "format": format_,
                "schemaString": schema_string,
                "partitionColumns": partition_columns,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if schema is not UNSET:
            field_dict["schema"] = schema
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if version is not UNSET:
            field_dict["version"] = version
        if size is not UNSET:
            field_dict["size"] = size
        if num_files is not UNSET:
            field_dict["numFiles"] = num_files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        id = src_dict["id"]

        format_ = Format.from_dict(src_dict["format"])

        schema_string = src_dict["schemaString"]

        partition_columns = src_dict["partitionColumns"]

        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        _schema: Any = src_dict.get("schema", UNSET)
        schema = UNSET if _schema is UNSET else Schema.from_dict(_schema)

        _configuration: Any = src_dict.get("configuration", UNSET)
        configuration = UNSET if _configuration is UNSET else MetadataConfiguration.from_dict(_configuration)

        version = src_dict.get("version", UNSET)

        size = src_dict.get("size", UNSET)

        num_files = src_dict.get("numFiles", UNSET)

        instance = cls.__new__(cls)
        instance.id = id
        instance.format_ = format_
        instance.schema_string = schema_string
        instance.partition_columns = partition_columns
        instance.name = name
        instance.description = description
        instance.schema = schema
        instance.configuration = configuration
        instance.version = version
        instance.size = size
        instance.num_files = num_files
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


_attrs_init = Metadata.__init__


def _init(self: Metadata, *args: Any, **kwargs: Any) -> None:
    """attrs' ``__init__``, taking the established client's names of fields too."""
    if "format" in kwargs:
        kwargs["format_"] = kwargs.pop("format")
    _attrs_init(self, *args, **kwargs)


setattr(Metadata, "__init__", _functools.update_wrapper(_init, _attrs_init))  # signature: the fields

# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "format",
        "schemaString",
        "partitionColumns",
        "name",
        "description",
        "schema",
        "configuration",
        "version",
        "size",
        "numFiles",
    )
)

# Models used by the fields, imported once the class above exists (so import cycles resolve).
from ..models.format_ import Format
from ..models.metadata_configuration import MetadataConfiguration
from ..models.schema import Schema
