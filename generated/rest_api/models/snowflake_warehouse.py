from __future__ import annotations

import datetime
import functools as _functools
from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar, cast

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.snowflake_warehouse_is_current import SnowflakeWarehouseIsCurrent
from ..models.snowflake_warehouse_is_default import SnowflakeWarehouseIsDefault
from ..models.snowflake_warehouse_scaling_policy import SnowflakeWarehouseScalingPolicy
from ..models.snowflake_warehouse_size import SnowflakeWarehouseSize
from ..models.snowflake_warehouse_state import SnowflakeWarehouseState
from ..models.snowflake_warehouse_type import SnowflakeWarehouseType
from ..types import REQUEST_BODY, UNSET, Unset, check_value

T = TypeVar("T", bound="SnowflakeWarehouse")


def _convert_state(value: SnowflakeWarehouseState | str) -> SnowflakeWarehouseState:
    """``state`` as a ``SnowflakeWarehouseState``: a member as it is, a listed string value as its member."""
    if isinstance(value, SnowflakeWarehouseState):
        return value
    return SnowflakeWarehouseState.checked(value, "SnowflakeWarehouse.state")


def _convert_type_(value: SnowflakeWarehouseType | str) -> SnowflakeWarehouseType:
    """``type`` as a ``SnowflakeWarehouseType``: a member as it is, a listed string value as its member."""
    if isinstance(value, SnowflakeWarehouseType):
        return value
    return SnowflakeWarehouseType.checked(value, "SnowflakeWarehouse.type_")


def _convert_size(value: SnowflakeWarehouseSize | str) -> SnowflakeWarehouseSize:
    """``size`` as a ``SnowflakeWarehouseSize``: a member as it is, a listed string value as its member."""
    if isinstance(value, SnowflakeWarehouseSize):
        return value
    return SnowflakeWarehouseSize.checked(value, "SnowflakeWarehouse.size")


def _convert_is_default(value: SnowflakeWarehouseIsDefault | str | Unset) -> SnowflakeWarehouseIsDefault | Unset:
    """``is_default`` as a ``SnowflakeWarehouseIsDefault``: a member as it is, a listed string value as its member."""
    if isinstance(value, SnowflakeWarehouseIsDefault | Unset):
        return value
    return SnowflakeWarehouseIsDefault.checked(value, "SnowflakeWarehouse.is_default")


def _convert_is_current(value: SnowflakeWarehouseIsCurrent | str | Unset) -> SnowflakeWarehouseIsCurrent | Unset:
    """``is_current`` as a ``SnowflakeWarehouseIsCurrent``: a member as it is, a listed string value as its member."""
    if isinstance(value, SnowflakeWarehouseIsCurrent | Unset):
        return value
    return SnowflakeWarehouseIsCurrent.checked(value, "SnowflakeWarehouse.is_current")


def _convert_scaling_policy(
    value: SnowflakeWarehouseScalingPolicy | str | Unset,
) -> SnowflakeWarehouseScalingPolicy | Unset:
    """``scaling_policy`` as a ``SnowflakeWarehouseScalingPolicy``: a member as it is, a listed string value as its member."""
    if isinstance(value, SnowflakeWarehouseScalingPolicy | Unset):
        return value
    return SnowflakeWarehouseScalingPolicy.checked(value, "SnowflakeWarehouse.scaling_policy")


class _SnowflakeWarehouseText:
    """Hidden slots for the server's own text of the date-time fields of :class:`SnowflakeWarehouse`."""

    __slots__ = ("_created_on_text", "_resumed_on_text", "_updated_on_text")
    _created_on_text: str
    _resumed_on_text: str
    _updated_on_text: str


class _SnowflakeWarehouseNames:
    """The established client's names of fields of :class:`SnowflakeWarehouse`, as properties."""

    __slots__ = ()

    @property
    def type(self) -> SnowflakeWarehouseType:
        """``type_`` under the established client's name."""
        return cast("SnowflakeWarehouse", self).type_

    @type.setter
    def type(self, value: SnowflakeWarehouseType) -> None:
        cast("SnowflakeWarehouse", self).type_ = value


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class SnowflakeWarehouse(_SnowflakeWarehouseText, _SnowflakeWarehouseNames):
    """
    Attributes:
        name (str):
        state (SnowflakeWarehouseState):
        type_ (SnowflakeWarehouseType):
        size (SnowflakeWarehouseSize):
        auto_suspend (int | None):
        available (None | str):
        provisioning (None | str):
        quiescing (None | str):
        other (None | str):
        comment (None | str):
        resource_monitor (None | str):
        warehouse_credit_limit (None | str):
        target_statement_size (None | str):
        disabled_reasons (None | str):
        min_cluster_count (int | Unset):
        max_cluster_count (int | Unset):
        started_clusters (int | Unset):
        running (int | Unset):
        queued (int | Unset):
        is_default (SnowflakeWarehouseIsDefault | Unset):
        is_current (SnowflakeWarehouseIsCurrent | Unset):
        auto_resume (bool | Unset):
        created_on (datetime.datetime | Unset):
        resumed_on (datetime.datetime | Unset):
        updated_on (datetime.datetime | Unset):
        owner (str | Unset):
        enable_query_acceleration (bool | Unset):
        query_acceleration_max_scale_factor (int | Unset):
        actives (int | Unset):
        pendings (int | Unset):
        failed (int | Unset):
        suspended (int | Unset):
        uuid (str | Unset):
        scaling_policy (SnowflakeWarehouseScalingPolicy | Unset):
        owner_role_type (str | Unset):
        resource_constraint (str | Unset):
    """

    name: str
    state: SnowflakeWarehouseState = _attrs_field(converter=_convert_state)
    type_: SnowflakeWarehouseType = _attrs_field(converter=_convert_type_)
    size: SnowflakeWarehouseSize = _attrs_field(converter=_convert_size)
    auto_suspend: int | None
    available: None | str
    provisioning: None | str
    quiescing: None | str
    other: None | str
    comment: None | str
    resource_monitor: None | str
    warehouse_credit_limit: None | str
    target_statement_size: None | str
    disabled_reasons: None | str
    min_cluster_count: int | Unset = UNSET
    max_cluster_count: int | Unset = UNSET
    started_clusters: int | Unset = UNSET
    running: int | Unset = UNSET
    queued: int | Unset = UNSET
    is_default: SnowflakeWarehouseIsDefault | Unset = _attrs_field(default=UNSET, converter=_convert_is_default)
    is_current: SnowflakeWarehouseIsCurrent | Unset = _attrs_field(default=UNSET, converter=_convert_is_current)
    auto_resume: bool | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    resumed_on: datetime.datetime | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    owner: str | Unset = UNSET
    enable_query_acceleration: bool | Unset = UNSET
    query_acceleration_max_scale_factor: int | Unset = UNSET
    actives: int | Unset = UNSET
    pendings: int | Unset = UNSET
    failed: int | Unset = UNSET
    suspended: int | Unset = UNSET
    uuid: str | Unset = UNSET
    scaling_policy: SnowflakeWarehouseScalingPolicy | Unset = _attrs_field(
        default=UNSET, converter=_convert_scaling_policy
    )
    owner_role_type: str | Unset = UNSET
    resource_constraint: str | Unset = UNSET
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
                f"state={self.state!r}, "
                f"type_={self.type_!r}, "
                f"size={self.size!r}, "
                f"auto_suspend={self.auto_suspend!r}, "
                f"available={self.available!r}, "
                f"provisioning={self.provisioning!r}, "
                f"quiescing={self.quiescing!r}, "
                f"other={self.other!r}, "
                f"comment={self.comment!r}, "
                f"resource_monitor={self.resource_monitor!r}, "
                f"warehouse_credit_limit={self.warehouse_credit_limit!r}, "
                f"target_statement_size={self.target_statement_size!r}, "
                f"disabled_reasons={self.disabled_reasons!r}, "
                f"min_cluster_count={self.min_cluster_count!r}, "
                f"max_cluster_count={self.max_cluster_count!r}, "
                f"started_clusters={self.started_clusters!r}, "
                f"running={self.running!r}, "
                f"queued={self.queued!r}, "
                f"is_default={self.is_default!r}, "
                f"is_current={self.is_current!r}, "
                f"auto_resume={self.auto_resume!r}, "
                f"created_on={self.created_on!r}, "
                f"resumed_on={self.resumed_on!r}, "
                f"updated_on={self.updated_on!r}, "
                f"owner={self.owner!r}, "
                f"enable_query_acceleration={self.enable_query_acceleration!r}, "
                f"query_acceleration_max_scale_factor={self.query_acceleration_max_scale_factor!r}, "
                f"actives={self.actives!r}, "
                f"pendings={self.pendings!r}, "
                f"failed={self.failed!r}, "
                f"suspended={self.suspended!r}, "
                f"uuid={self.uuid!r}, "
                f"scaling_policy={self.scaling_policy!r}, "
                f"owner_role_type={self.owner_role_type!r}, "
                f"resource_constraint={self.resource_constraint!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.name == other.name
            and self.state == other.state
            and self.type_ == other.type_
            and self.size == other.size
            and self.auto_suspend == other.auto_suspend
            and self.available == other.available
            and self.provisioning == other.provisioning
            and self.quiescing == other.quiescing
            and self.other == other.other
            and self.comment == other.comment
            and self.resource_monitor == other.resource_monitor
            and self.warehouse_credit_limit == other.warehouse_credit_limit
            and self.target_statement_size == other.target_statement_size
            and self.disabled_reasons == other.disabled_reasons
            and self.min_cluster_count == other.min_cluster_count
            and self.max_cluster_count == other.max_cluster_count
            and self.started_clusters == other.started_clusters
            and self.running == other.running
            and self.queued == other.queued
            and self.is_default == other.is_default
            and self.is_current == other.is_current
            and self.auto_resume == other.auto_resume
            and self.created_on == other.created_on
            and self.resumed_on == other.resumed_on
            and self.updated_on == other.updated_on
            and self.owner == other.owner
            and self.enable_query_acceleration == other.enable_query_acceleration
            and self.query_acceleration_max_scale_factor == other.query_acceleration_max_scale_factor
            and self.actives == other.actives
            and self.pendings == other.pendings
            and self.failed == other.failed
            and self.suspended == other.suspended
            and self.uuid == other.uuid
            and self.scaling_policy == other.scaling_policy
            and self.owner_role_type == other.owner_role_type
            and self.resource_constraint == other.resource_constraint
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if REQUEST_BODY.get():
            _check_fields(self)
        name = self.name

        _state_member = _convert_state(self.state)
        state = _state_member.value

        _type__member = _convert_type_(self.type_)
        type_ = _type__member.value

        _size_member = _convert_size(self.size)
        size = _size_member.value

        auto_suspend: int | None
        auto_suspend = self.auto_suspend

        available: None | str
        available = self.available

        provisioning: None | str
        provisioning = self.provisioning

        quiescing: None | str
        quiescing = self.quiescing

        other: None | str
        other = self.other

        comment: None | str
        comment = self.comment

        resource_monitor: None | str
        resource_monitor = self.resource_monitor

        warehouse_credit_limit: None | str
        warehouse_credit_limit = self.warehouse_credit_limit

        target_statement_size: None | str
        target_statement_size = self.target_statement_size

        disabled_reasons: None | str
        disabled_reasons = self.disabled_reasons

        min_cluster_count = self.min_cluster_count

        max_cluster_count = self.max_cluster_count

        started_clusters = self.started_clusters

        running = self.running

        queued = self.queued

        _is_default_member = _convert_is_default(self.is_default)
        is_default: str | Unset = UNSET
        if not isinstance(_is_default_member, Unset):
            is_default = _is_default_member.value

        _is_current_member = _convert_is_current(self.is_current)
        is_current: str | Unset = UNSET
        if not isinstance(_is_current_member, Unset):
            is_current = _is_current_member.value

        auto_resume = self.auto_resume

        created_on: str | Unset = (
            self.created_on if not isinstance(self.created_on, datetime.datetime) else self.created_on.isoformat()
        )
        _text = getattr(self, "_created_on_text", None)
        if _text is not None and isinstance(self.created_on, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.created_on and _parsed.utcoffset() == self.created_on.utcoffset():
                created_on = _text

        resumed_on: str | Unset = (
            self.resumed_on if not isinstance(self.resumed_on, datetime.datetime) else self.resumed_on.isoformat()
        )
        _text = getattr(self, "_resumed_on_text", None)
        if _text is not None and isinstance(self.resumed_on, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.resumed_on and _parsed.utcoffset() == self.resumed_on.utcoffset():
                resumed_on = _text

        updated_on: str | Unset = (
            self.updated_on if not isinstance(self.updated_on, datetime.datetime) else self.updated_on.isoformat()
        )
        _text = getattr(self, "_updated_on_text", None)
        if _text is not None and isinstance(self.updated_on, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.updated_on and _parsed.utcoffset() == self.updated_on.utcoffset():
                updated_on = _text

        owner = self.owner

        enable_query_acceleration = self.enable_query_acceleration

        query_acceleration_max_scale_factor = self.query_acceleration_max_scale_factor

        actives = self.actives

        pendings = self.pendings

        failed = self.failed

        suspended = self.suspended

        uuid = self.uuid

        _scaling_policy_member = _convert_scaling_policy(self.scaling_policy)
        scaling_policy: str | Unset = UNSET
        if not isinstance(_scaling_policy_member, Unset):
            scaling_policy = _scaling_policy_member.value

        owner_role_type = self.owner_role_type

        resource_constraint = self.resource_constraint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "state": state,
                "type": type_,
                "size": size,
                "auto_suspend": auto_suspend,
                "available": available,
                "provisioning": provisioning,
                "quiescing": quiescing,
                "other": other,
                "comment": comment,
                "resource_monitor": resource_monitor,
                "warehouse_credit_limit": warehouse_credit_limit,
                "target_statement_size": target_statement_size,
                "disabled_reasons": disabled_reasons,
            }
        )
        if min_cluster_count is not UNSET:
            field_dict["min_cluster_count"] = min_cluster_count
        if max_cluster_count is not UNSET:
            field_dict["max_cluster_count"] = max_cluster_count
        if started_clusters is not UNSET:
            field_dict["started_clusters"] = started_clusters
        if running is not UNSET:
            field_dict["running"] = running
        if queued is not UNSET:
            field_dict["queued"] = queued
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if is_current is not UNSET:
            field_dict["is_current"] = is_current
        if auto_resume is not UNSET:
            field_dict["auto_resume"] = auto_resume
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if resumed_on is not UNSET:
            field_dict["resumed_on"] = resumed_on
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on
        if owner is not UNSET:
            field_dict["owner"] = owner
        if enable_query_acceleration is not UNSET:
            field_dict["enable_query_acceleration"] = enable_query_acceleration
        if query_acceleration_max_scale_factor is not UNSET:
            field_dict["query_acceleration_max_scale_factor"] = query_acceleration_max_scale_factor
        if actives is not UNSET:
            field_dict["actives"] = actives
        if pendings is not UNSET:
            field_dict["pendings"] = pendings
        if failed is not UNSET:
            field_dict["failed"] = failed
        if suspended is not UNSET:
            field_dict["suspended"] = suspended
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if scaling_policy is not UNSET:
            field_dict["scaling_policy"] = scaling_policy
        if owner_role_type is not UNSET:
            field_dict["owner_role_type"] = owner_role_type
        if resource_constraint is not UNSET:
            field_dict["resource_constraint"] = resource_constraint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        name = src_dict["name"]

        _state = src_dict["state"]
        state = _SnowflakeWarehouseState_by_value.get(_state) or SnowflakeWarehouseState(_state)

        _type_ = src_dict["type"]
        type_ = _SnowflakeWarehouseType_by_value.get(_type_) or SnowflakeWarehouseType(_type_)

        _size = src_dict["size"]
        size = _SnowflakeWarehouseSize_by_value.get(_size) or SnowflakeWarehouseSize(_size)

        auto_suspend = src_dict["auto_suspend"]

        available = src_dict["available"]

        provisioning = src_dict["provisioning"]

        quiescing = src_dict["quiescing"]

        other = src_dict["other"]

        comment = src_dict["comment"]

        resource_monitor = src_dict["resource_monitor"]

        warehouse_credit_limit = src_dict["warehouse_credit_limit"]

        target_statement_size = src_dict["target_statement_size"]

        disabled_reasons = src_dict["disabled_reasons"]

        min_cluster_count = src_dict.get("min_cluster_count", UNSET)

        max_cluster_count = src_dict.get("max_cluster_count", UNSET)

        started_clusters = src_dict.get("started_clusters", UNSET)

        running = src_dict.get("running", UNSET)

        queued = src_dict.get("queued", UNSET)

        _is_default: Any = src_dict.get("is_default", UNSET)
        is_default = (
            UNSET
            if _is_default is UNSET
            else _SnowflakeWarehouseIsDefault_by_value.get(_is_default) or SnowflakeWarehouseIsDefault(_is_default)
        )

        _is_current: Any = src_dict.get("is_current", UNSET)
        is_current = (
            UNSET
            if _is_current is UNSET
            else _SnowflakeWarehouseIsCurrent_by_value.get(_is_current) or SnowflakeWarehouseIsCurrent(_is_current)
        )

        auto_resume = src_dict.get("auto_resume", UNSET)

        _created_on: Any = src_dict.get("created_on", UNSET)
        created_on = UNSET if _created_on is UNSET else _parse_datetime(_created_on)

        _resumed_on: Any = src_dict.get("resumed_on", UNSET)
        resumed_on = UNSET if _resumed_on is UNSET else _parse_datetime(_resumed_on)

        _updated_on: Any = src_dict.get("updated_on", UNSET)
        updated_on = UNSET if _updated_on is UNSET else _parse_datetime(_updated_on)

        owner = src_dict.get("owner", UNSET)

        enable_query_acceleration = src_dict.get("enable_query_acceleration", UNSET)

        query_acceleration_max_scale_factor = src_dict.get("query_acceleration_max_scale_factor", UNSET)

        actives = src_dict.get("actives", UNSET)

        pendings = src_dict.get("pendings", UNSET)

        failed = src_dict.get("failed", UNSET)

        suspended = src_dict.get("suspended", UNSET)

        uuid = src_dict.get("uuid", UNSET)

        _scaling_policy: Any = src_dict.get("scaling_policy", UNSET)
        scaling_policy = (
            UNSET
            if _scaling_policy is UNSET
            else _SnowflakeWarehouseScalingPolicy_by_value.get(_scaling_policy)
            or SnowflakeWarehouseScalingPolicy(_scaling_policy)
        )

        owner_role_type = src_dict.get("owner_role_type", UNSET)

        resource_constraint = src_dict.get("resource_constraint", UNSET)

        instance = cls.__new__(cls)
        instance.name = name
        instance.state = state
        instance.type_ = type_
        instance.size = size
        instance.auto_suspend = auto_suspend
        instance.available = available
        instance.provisioning = provisioning
        instance.quiescing = quiescing
        instance.other = other
        instance.comment = comment
        instance.resource_monitor = resource_monitor
        instance.warehouse_credit_limit = warehouse_credit_limit
        instance.target_statement_size = target_statement_size
        instance.disabled_reasons = disabled_reasons
        instance.min_cluster_count = min_cluster_count
        instance.max_cluster_count = max_cluster_count
        instance.started_clusters = started_clusters
        instance.running = running
        instance.queued = queued
        instance.is_default = is_default
        instance.is_current = is_current
        instance.auto_resume = auto_resume
        instance.created_on = created_on
        instance.resumed_on = resumed_on
        instance.updated_on = updated_on
        instance.owner = owner
        instance.enable_query_acceleration = enable_query_acceleration
        instance.query_acceleration_max_scale_factor = query_acceleration_max_scale_factor
        instance.actives = actives
        instance.pendings = pendings
        instance.failed = failed
        instance.suspended = suspended
        instance.uuid = uuid
        instance.scaling_policy = scaling_policy
        instance.owner_role_type = owner_role_type
        instance.resource_constraint = resource_constraint
        if isinstance(_created_on, str):
            instance._created_on_text = _created_on
        if isinstance(_resumed_on, str):
            instance._resumed_on_text = _resumed_on
        if isinstance(_updated_on, str):
            instance._updated_on_text = _updated_on
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


def _check_fields(instance: SnowflakeWarehouse) -> None:
    """Refuse (``errors.ConstraintError``) a field the spec's constraints do not allow."""
    check_value(instance.name, "SnowflakeWarehouse.name", max_length=255)
    check_value(instance.min_cluster_count, "SnowflakeWarehouse.min_cluster_count", minimum=1)
    check_value(instance.max_cluster_count, "SnowflakeWarehouse.max_cluster_count", minimum=1)


_attrs_init = SnowflakeWarehouse.__init__


def _init(self: SnowflakeWarehouse, *args: Any, **kwargs: Any) -> None:
    """attrs' ``__init__``, taking the established client's names of fields too, then the spec's constraints checked."""
    if "type" in kwargs:
        kwargs["type_"] = kwargs.pop("type")
    _attrs_init(self, *args, **kwargs)
    _check_fields(self)


setattr(SnowflakeWarehouse, "__init__", _functools.update_wrapper(_init, _attrs_init))  # signature: the fields

# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "state",
        "type",
        "size",
        "auto_suspend",
        "available",
        "provisioning",
        "quiescing",
        "other",
        "comment",
        "resource_monitor",
        "warehouse_credit_limit",
        "target_statement_size",
        "disabled_reasons",
        "min_cluster_count",
        "max_cluster_count",
        "started_clusters",
        "running",
        "queued",
        "is_default",
        "is_current",
        "auto_resume",
        "created_on",
        "resumed_on",
        "updated_on",
        "owner",
        "enable_query_acceleration",
        "query_acceleration_max_scale_factor",
        "actives",
        "pendings",
        "failed",
        "suspended",
        "uuid",
        "scaling_policy",
        "owner_role_type",
        "resource_constraint",
    )
)
from ..types import parse_datetime as _parse_datetime  # noqa: E402 - used by the class above, at call time

_SnowflakeWarehouseIsCurrent_by_value = cast(
    "dict[Any, SnowflakeWarehouseIsCurrent]", SnowflakeWarehouseIsCurrent._value2member_map_
)
_SnowflakeWarehouseIsDefault_by_value = cast(
    "dict[Any, SnowflakeWarehouseIsDefault]", SnowflakeWarehouseIsDefault._value2member_map_
)
_SnowflakeWarehouseScalingPolicy_by_value = cast(
    "dict[Any, SnowflakeWarehouseScalingPolicy]", SnowflakeWarehouseScalingPolicy._value2member_map_
)
_SnowflakeWarehouseSize_by_value = cast("dict[Any, SnowflakeWarehouseSize]", SnowflakeWarehouseSize._value2member_map_)
_SnowflakeWarehouseState_by_value = cast(
    "dict[Any, SnowflakeWarehouseState]", SnowflakeWarehouseState._value2member_map_
)
_SnowflakeWarehouseType_by_value = cast("dict[Any, SnowflakeWarehouseType]", SnowflakeWarehouseType._value2member_map_)
