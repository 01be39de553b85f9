from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.databricks_warehouse_health_failure_reason_parameters import (
        DatabricksWarehouseHealthFailureReasonParameters,
    )


T = TypeVar("T", bound="DatabricksWarehouseHealthFailureReason")


@_attrs_define
class DatabricksWarehouseHealthFailureReason:
    """
    Attributes:
        code (str | Unset):
        type_ (str | Unset):
        parameters (DatabricksWarehouseHealthFailureReasonParameters | Unset):
    """

    code: str | Unset = UNSET
    type_: str | Unset = UNSET
    parameters: DatabricksWarehouseHealthFailureReasonParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        type_ = self.type_

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if type_ is not UNSET:
            field_dict["type"] = type_
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.databricks_warehouse_health_failure_reason_parameters import (
            DatabricksWarehouseHealthFailureReasonParameters,  # noqa: PLC0415
        )

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        type_ = d.pop("type", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: DatabricksWarehouseHealthFailureReasonParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = DatabricksWarehouseHealthFailureReasonParameters.from_dict(_parameters)

        databricks_warehouse_health_failure_reason = cls(
            code=code,
            type_=type_,
            parameters=parameters,
        )

        databricks_warehouse_health_failure_reason.additional_properties = d
        return databricks_warehouse_health_failure_reason

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
