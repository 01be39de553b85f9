from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schema_field_data_type import SchemaFieldDataType

if TYPE_CHECKING:
    from ..models.schema_field_map import SchemaFieldMap


T = TypeVar("T", bound="SchemaFieldArray")


@_attrs_define
class SchemaFieldArray:
    """
    Attributes:
        type_ (str):
        element_type (SchemaFieldArray | SchemaFieldDataType | SchemaFieldMap):
        contains_null (bool):
    """

    type_: str
    element_type: SchemaFieldArray | SchemaFieldDataType | SchemaFieldMap
    contains_null: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        element_type: dict[str, Any] | str
        if isinstance(self.element_type, SchemaFieldDataType):
            element_type = self.element_type.value
        elif isinstance(self.element_type, SchemaFieldArray):
            element_type = self.element_type.to_dict()
        else:
            element_type = self.element_type.to_dict()

        contains_null = self.contains_null

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "elementType": element_type,
                "containsNull": contains_null,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.schema_field_map import SchemaFieldMap  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_element_type(data: object) -> SchemaFieldArray | SchemaFieldDataType | SchemaFieldMap:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                element_type_type_0 = SchemaFieldDataType(data)

                return element_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                element_type_type_1 = SchemaFieldArray.from_dict(data)

                return element_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            element_type_type_2 = SchemaFieldMap.from_dict(data)

            return element_type_type_2

        element_type = _parse_element_type(d.pop("elementType"))

        contains_null = d.pop("containsNull")

        schema_field_array = cls(
            type_=type_,
            element_type=element_type,
            contains_null=contains_null,
        )

        schema_field_array.additional_properties = d
        return schema_field_array

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
