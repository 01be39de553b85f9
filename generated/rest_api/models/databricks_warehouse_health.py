from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.databricks_warehouse_health_status import DatabricksWarehouseHealthStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.databricks_warehouse_health_failure_reason import DatabricksWarehouseHealthFailureReason


T = TypeVar("T", bound="DatabricksWarehouseHealth")


@_attrs_define
class DatabricksWarehouseHealth:
    """
    Attributes:
        status (DatabricksWarehouseHealthStatus | Unset):
        summary (str | Unset):
        details (str | Unset):
        message (str | Unset):
        failure_reason (DatabricksWarehouseHealthFailureReason | Unset):
    """

    status: DatabricksWarehouseHealthStatus | Unset = UNSET
    summary: str | Unset = UNSET
    details: str | Unset = UNSET
    message: str | Unset = UNSET
    failure_reason: DatabricksWarehouseHealthFailureReason | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        summary = self.summary

        details = self.details

        message = self.message

        failure_reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.failure_reason, Unset):
            failure_reason = self.failure_reason.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if summary is not UNSET:
            field_dict["summary"] = summary
        if details is not UNSET:
            field_dict["details"] = details
        if message is not UNSET:
            field_dict["message"] = message
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.databricks_warehouse_health_failure_reason import DatabricksWarehouseHealthFailureReason  # noqa: PLC0415

        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: DatabricksWarehouseHealthStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DatabricksWarehouseHealthStatus(_status)

        summary = d.pop("summary", UNSET)

        details = d.pop("details", UNSET)

        message = d.pop("message", UNSET)

        _failure_reason = d.pop("failure_reason", UNSET)
        failure_reason: DatabricksWarehouseHealthFailureReason | Unset
        if isinstance(_failure_reason, Unset):
            failure_reason = UNSET
        else:
            failure_reason = DatabricksWarehouseHealthFailureReason.from_dict(_failure_reason)

        databricks_warehouse_health = cls(
            status=status,
            summary=summary,
            details=details,
            message=message,
            failure_reason=failure_reason,
        )

        databricks_warehouse_health.additional_properties = d
        return databricks_warehouse_health

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
