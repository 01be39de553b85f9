from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schema_field_data_type import SchemaFieldDataType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schema_field_array import SchemaFieldArray
    from ..models.schema_field_map import SchemaFieldMap
    from ..models.schema_field_metadata import SchemaFieldMetadata


T = TypeVar("T", bound="SchemaField")


@_attrs_define
class SchemaField:
    """
    Attributes:
        name (str):
        type_ (SchemaFieldArray | SchemaFieldDataType | SchemaFieldMap):
        nullable (bool):
        metadata (SchemaFieldMetadata | Unset):
    """

    name: str
    type_: SchemaFieldArray | SchemaFieldDataType | SchemaFieldMap
    nullable: bool
    metadata: SchemaFieldMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.schema_field_array import SchemaFieldArray  # noqa: PLC0415

        name = self.name

        type_: dict[str, Any] | str
        if isinstance(self.type_, SchemaFieldDataType):
            type_ = self.type_.value
        elif isinstance(self.type_, SchemaFieldArray):
            type_ = self.type_.to_dict()
        else:
            type_ = self.type_.to_dict()

        nullable = self.nullable

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "nullable": nullable,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.schema_field_array import SchemaFieldArray  # noqa: PLC0415
        from ..models.schema_field_map import SchemaFieldMap  # noqa: PLC0415
        from ..models.schema_field_metadata import SchemaFieldMetadata  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_type_(data: object) -> SchemaFieldArray | SchemaFieldDataType | SchemaFieldMap:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = SchemaFieldDataType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                type_type_1 = SchemaFieldArray.from_dict(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            type_type_2 = SchemaFieldMap.from_dict(data)

            return type_type_2

        type_ = _parse_type_(d.pop("type"))

        nullable = d.pop("nullable")

        _metadata = d.pop("metadata", UNSET)
        metadata: SchemaFieldMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = SchemaFieldMetadata.from_dict(_metadata)

        schema_field = cls(
            name=name,
            type_=type_,
            nullable=nullable,
            metadata=metadata,
        )

        schema_field.additional_properties = d
        return schema_field

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
