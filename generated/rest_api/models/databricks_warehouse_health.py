# The models used by the fields are imported at the bottom of the module.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar, cast

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.databricks_warehouse_health_status import DatabricksWarehouseHealthStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabricksWarehouseHealth")


def _convert_status(value: DatabricksWarehouseHealthStatus | str | Unset) -> DatabricksWarehouseHealthStatus | Unset:
    """``status`` as a ``DatabricksWarehouseHealthStatus``: a member as it is, a listed string value as its member."""
    if isinstance(value, DatabricksWarehouseHealthStatus | Unset):
        return value
    return DatabricksWarehouseHealthStatus.checked(value, "DatabricksWarehouseHealth.status")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class DatabricksWarehouseHealth:
    """
    Attributes:
        status (DatabricksWarehouseHealthStatus | Unset):
        summary (str | Unset):
        details (str | Unset):
        message (str | Unset):
        failure_reason (DatabricksWarehouseHealthFailureReason | Unset):
    """

    status: DatabricksWarehouseHealthStatus | Unset = _attrs_field(default=UNSET, converter=_convert_status)
    summary: str | Unset = UNSET
    details: str | Unset = UNSET
    message: str | Unset = UNSET
    failure_reason: DatabricksWarehouseHealthFailureReason | Unset = UNSET
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
                f"status={self.status!r}, "
                f"summary={self.summary!r}, "
                f"details={self.details!r}, "
                f"message={self.message!r}, "
                f"failure_reason={self.failure_reason!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.status == other.status
            and self.summary == other.summary
            and self.details == other.details
            and self.message == other.message
            and self.failure_reason == other.failure_reason
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        _status_member = _convert_status(self.status)
        status: str | Unset = UNSET
        if not isinstance(_status_member, Unset):
            status = _status_member.value

        summary = self.summary

        details = self.details

        message = self.message

        failure_reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.failure_reason, Unset):
            failure_reason = self.failure_reason.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        _status: Any = src_dict.get("status", UNSET)
        status = (
            UNSET
            if _status is UNSET
            else _DatabricksWarehouseHealthStatus_by_value.get(_status) or DatabricksWarehouseHealthStatus(_status)
        )

        summary = src_dict.get("summary", UNSET)

        details = src_dict.get("details", UNSET)

        message = src_dict.get("message", UNSET)

        _failure_reason: Any = src_dict.get("failure_reason", UNSET)
        failure_reason = (
            UNSET if _failure_reason is UNSET else DatabricksWarehouseHealthFailureReason.from_dict(_failure_reason)
        )

        instance = cls.__new__(cls)
        instance.status = status
        instance.summary = summary
        instance.details = details
        instance.message = message
        instance.failure_reason = failure_reason
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
_FIELDS: frozenset[str] = frozenset(("status", "summary", "details", "message", "failure_reason"))
_DatabricksWarehouseHealthStatus_by_value = cast(
    "dict[Any, DatabricksWarehouseHealthStatus]", DatabricksWarehouseHealthStatus._value2member_map_
)

# Models used by the fields, imported once the class above exists (so import cycles resolve).
from ..models.databricks_warehouse_health_failure_reason import DatabricksWarehouseHealthFailureReason
