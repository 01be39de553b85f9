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

T = TypeVar("T", bound="DatabricksWarehouseHealthFailureReason")


class _DatabricksWarehouseHealthFailureReasonNames:
    """The established client's names of fields of :class:`DatabricksWarehouseHealthFailureReason`, as properties."""

    __slots__ = ()

    @property
    def type(self) -> str | Unset:
        """``type_`` under the established client's name."""
        return cast("DatabricksWarehouseHealthFailureReason", self).type_

    @type.setter
    def type(self, value: str | Unset) -> None:
        cast("DatabricksWarehouseHealthFailureReason", self).type_ = value


@_attrs_define
class DatabricksWarehouseHealthFailureReason(_DatabricksWarehouseHealthFailureReasonNames):
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

    def __repr__(self) -> str:
        key = (id(self), _get_ident())
        if key in _REPRING:
            return "..."
        _REPRING.add(key)
        try:
            name = self.__class__.__qualname__.rsplit(">.", 1)[-1]
            return (
                f"{name}("
                f"code={self.code!r}, "
                f"type_={self.type_!r}, "
                f"parameters={self.parameters!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.code == other.code
            and self.type_ == other.type_
            and self.parameters == other.parameters
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        type_ = self.type_

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if code is not UNSET:
            field_dict["code"] = code
        if type_ is not UNSET:
            field_dict["type"] = type_
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        code = src_dict.get("code", UNSET)

        type_ = src_dict.get("type", UNSET)

        _parameters: Any = src_dict.get("parameters", UNSET)
        parameters = (
            UNSET if _parameters is UNSET else DatabricksWarehouseHealthFailureReasonParameters.from_dict(_parameters)
        )

        instance = cls.__new__(cls)
        instance.code = code
        instance.type_ = type_
        instance.parameters = parameters
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


_attrs_init = DatabricksWarehouseHealthFailureReason.__init__


def _init(self: DatabricksWarehouseHealthFailureReason, *args: Any, **kwargs: Any) -> None:
    """attrs' ``__init__``, taking the established client's names of fields too."""
    if "type" in kwargs:
        kwargs["type_"] = kwargs.pop("type")
    _attrs_init(self, *args, **kwargs)


setattr(
    DatabricksWarehouseHealthFailureReason, "__init__", _functools.update_wrapper(_init, _attrs_init)
)  # signature: the fields

# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(("code", "type", "parameters"))

# Models used by the fields, imported once the class above exists (so import cycles resolve).
from ..models.databricks_warehouse_health_failure_reason_parameters import (
    DatabricksWarehouseHealthFailureReasonParameters,
)
