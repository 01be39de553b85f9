from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.snowflake_warehouse_is_current import SnowflakeWarehouseIsCurrent
from ..models.snowflake_warehouse_is_default import SnowflakeWarehouseIsDefault
from ..models.snowflake_warehouse_scaling_policy import SnowflakeWarehouseScalingPolicy
from ..models.snowflake_warehouse_size import SnowflakeWarehouseSize
from ..models.snowflake_warehouse_state import SnowflakeWarehouseState
from ..models.snowflake_warehouse_type import SnowflakeWarehouseType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SnowflakeWarehouse")


@_attrs_define
class SnowflakeWarehouse:
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
    state: SnowflakeWarehouseState
    type_: SnowflakeWarehouseType
    size: SnowflakeWarehouseSize
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
    is_default: SnowflakeWarehouseIsDefault | Unset = UNSET
    is_current: SnowflakeWarehouseIsCurrent | Unset = UNSET
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
    scaling_policy: SnowflakeWarehouseScalingPolicy | Unset = UNSET
    owner_role_type: str | Unset = UNSET
    resource_constraint: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        state = self.state.value

        type_ = self.type_.value

        size = self.size.value

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

        is_default: str | Unset = UNSET
        if not isinstance(self.is_default, Unset):
            is_default = self.is_default.value

        is_current: str | Unset = UNSET
        if not isinstance(self.is_current, Unset):
            is_current = self.is_current.value

        auto_resume = self.auto_resume

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        resumed_on: str | Unset = UNSET
        if not isinstance(self.resumed_on, Unset):
            resumed_on = self.resumed_on.isoformat()

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        owner = self.owner

        enable_query_acceleration = self.enable_query_acceleration

        query_acceleration_max_scale_factor = self.query_acceleration_max_scale_factor

        actives = self.actives

        pendings = self.pendings

        failed = self.failed

        suspended = self.suspended

        uuid = self.uuid

        scaling_policy: str | Unset = UNSET
        if not isinstance(self.scaling_policy, Unset):
            scaling_policy = self.scaling_policy.value

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
        d = dict(src_dict)
        name = d.pop("name")

        state = SnowflakeWarehouseState(d.pop("state"))

        type_ = SnowflakeWarehouseType(d.pop("type"))

        size = SnowflakeWarehouseSize(d.pop("size"))

        def _parse_auto_suspend(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        auto_suspend = _parse_auto_suspend(d.pop("auto_suspend"))

        def _parse_available(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        available = _parse_available(d.pop("available"))

        def _parse_provisioning(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        provisioning = _parse_provisioning(d.pop("provisioning"))

        def _parse_quiescing(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        quiescing = _parse_quiescing(d.pop("quiescing"))

        def _parse_other(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        other = _parse_other(d.pop("other"))

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        def _parse_resource_monitor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resource_monitor = _parse_resource_monitor(d.pop("resource_monitor"))

        def _parse_warehouse_credit_limit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        warehouse_credit_limit = _parse_warehouse_credit_limit(d.pop("warehouse_credit_limit"))

        def _parse_target_statement_size(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        target_statement_size = _parse_target_statement_size(d.pop("target_statement_size"))

        def _parse_disabled_reasons(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        disabled_reasons = _parse_disabled_reasons(d.pop("disabled_reasons"))

        min_cluster_count = d.pop("min_cluster_count", UNSET)

        max_cluster_count = d.pop("max_cluster_count", UNSET)

        started_clusters = d.pop("started_clusters", UNSET)

        running = d.pop("running", UNSET)

        queued = d.pop("queued", UNSET)

        _is_default = d.pop("is_default", UNSET)
        is_default: SnowflakeWarehouseIsDefault | Unset
        if isinstance(_is_default, Unset):
            is_default = UNSET
        else:
            is_default = SnowflakeWarehouseIsDefault(_is_default)

        _is_current = d.pop("is_current", UNSET)
        is_current: SnowflakeWarehouseIsCurrent | Unset
        if isinstance(_is_current, Unset):
            is_current = UNSET
        else:
            is_current = SnowflakeWarehouseIsCurrent(_is_current)

        auto_resume = d.pop("auto_resume", UNSET)

        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        _resumed_on = d.pop("resumed_on", UNSET)
        resumed_on: datetime.datetime | Unset
        if isinstance(_resumed_on, Unset):
            resumed_on = UNSET
        else:
            resumed_on = datetime.datetime.fromisoformat(_resumed_on)

        _updated_on = d.pop("updated_on", UNSET)
        updated_on: datetime.datetime | Unset
        if isinstance(_updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = datetime.datetime.fromisoformat(_updated_on)

        owner = d.pop("owner", UNSET)

        enable_query_acceleration = d.pop("enable_query_acceleration", UNSET)

        query_acceleration_max_scale_factor = d.pop("query_acceleration_max_scale_factor", UNSET)

        actives = d.pop("actives", UNSET)

        pendings = d.pop("pendings", UNSET)

        failed = d.pop("failed", UNSET)

        suspended = d.pop("suspended", UNSET)

        uuid = d.pop("uuid", UNSET)

        _scaling_policy = d.pop("scaling_policy", UNSET)
        scaling_policy: SnowflakeWarehouseScalingPolicy | Unset
        if isinstance(_scaling_policy, Unset):
            scaling_policy = UNSET
        else:
            scaling_policy = SnowflakeWarehouseScalingPolicy(_scaling_policy)

        owner_role_type = d.pop("owner_role_type", UNSET)

        resource_constraint = d.pop("resource_constraint", UNSET)

        snowflake_warehouse = cls(
            name=name,
            state=state,
            type_=type_,
            size=size,
            auto_suspend=auto_suspend,
            available=available,
            provisioning=provisioning,
            quiescing=quiescing,
            other=other,
            comment=comment,
            resource_monitor=resource_monitor,
            warehouse_credit_limit=warehouse_credit_limit,
            target_statement_size=target_statement_size,
            disabled_reasons=disabled_reasons,
            min_cluster_count=min_cluster_count,
            max_cluster_count=max_cluster_count,
            started_clusters=started_clusters,
            running=running,
            queued=queued,
            is_default=is_default,
            is_current=is_current,
            auto_resume=auto_resume,
            created_on=created_on,
            resumed_on=resumed_on,
            updated_on=updated_on,
            owner=owner,
            enable_query_acceleration=enable_query_acceleration,
            query_acceleration_max_scale_factor=query_acceleration_max_scale_factor,
            actives=actives,
            pendings=pendings,
            failed=failed,
            suspended=suspended,
            uuid=uuid,
            scaling_policy=scaling_policy,
            owner_role_type=owner_role_type,
            resource_constraint=resource_constraint,
        )

        snowflake_warehouse.additional_properties = d
        return snowflake_warehouse

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
