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
from attrs import setters as _attrs_setters

from ..models.databricks_warehouse_cluster_size import DatabricksWarehouseClusterSize
from ..models.databricks_warehouse_spot_instance_policy import DatabricksWarehouseSpotInstancePolicy
from ..models.databricks_warehouse_state import DatabricksWarehouseState
from ..models.databricks_warehouse_warehouse_type import DatabricksWarehouseWarehouseType
from ..types import REQUEST_BODY, UNSET, Unset, check_value

T = TypeVar("T", bound="DatabricksWarehouse")


def _convert_cluster_size(
    value: DatabricksWarehouseClusterSize | str | Unset,
) -> DatabricksWarehouseClusterSize | Unset:
    """``cluster_size`` as a ``DatabricksWarehouseClusterSize``: a member as it is, a listed string value as its member."""
    if isinstance(value, DatabricksWarehouseClusterSize | Unset):
        return value
    return DatabricksWarehouseClusterSize.checked(value, "DatabricksWarehouse.cluster_size")


def _convert_warehouse_type(
    value: DatabricksWarehouseWarehouseType | str | Unset,
) -> DatabricksWarehouseWarehouseType | Unset:
    """``warehouse_type`` as a ``DatabricksWarehouseWarehouseType``: a member as it is, a listed string value as its member."""
    if isinstance(value, DatabricksWarehouseWarehouseType | Unset):
        return value
    return DatabricksWarehouseWarehouseType.checked(value, "DatabricksWarehouse.warehouse_type")


def _convert_state(value: DatabricksWarehouseState | str | Unset) -> DatabricksWarehouseState | Unset:
    """``state`` as a ``DatabricksWarehouseState``: a member as it is, a listed string value as its member."""
    if isinstance(value, DatabricksWarehouseState | Unset):
        return value
    return DatabricksWarehouseState.checked(value, "DatabricksWarehouse.state")


def _convert_spot_instance_policy(
    value: DatabricksWarehouseSpotInstancePolicy | str | Unset,
) -> DatabricksWarehouseSpotInstancePolicy | Unset:
    """``spot_instance_policy`` as a ``DatabricksWarehouseSpotInstancePolicy``: a member as it is, a listed string value as its member."""
    if isinstance(value, DatabricksWarehouseSpotInstancePolicy | Unset):
        return value
    return DatabricksWarehouseSpotInstancePolicy.checked(value, "DatabricksWarehouse.spot_instance_policy")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class DatabricksWarehouse:
    """
    Attributes:
        id (str):
        name (str):
        cluster_size (DatabricksWarehouseClusterSize | Unset):
        warehouse_type (DatabricksWarehouseWarehouseType | Unset):
        state (DatabricksWarehouseState | Unset):
        enable_photon (bool | Unset):
        enable_serverless_compute (bool | Unset):
        auto_stop_mins (int | Unset):
        max_num_clusters (int | Unset):
        min_num_clusters (int | Unset):
        num_clusters (int | Unset):
        num_active_sessions (int | Unset):
        creator_name (str | Unset):
        jdbc_url (str | Unset):
        spot_instance_policy (DatabricksWarehouseSpotInstancePolicy | Unset):
        health (DatabricksWarehouseHealth | Unset):
        channel (DatabricksWarehouseChannel | Unset):
        odbc_params (DatabricksWarehouseOdbcParams | Unset):
        tags (DatabricksWarehouseTags | Unset):
        instance_profile_arn (str | Unset):
    """

    id: str
    name: str
    cluster_size: DatabricksWarehouseClusterSize | Unset = _attrs_field(default=UNSET, converter=_convert_cluster_size)
    warehouse_type: DatabricksWarehouseWarehouseType | Unset = _attrs_field(
        default=UNSET, converter=_convert_warehouse_type
    )
    state: DatabricksWarehouseState | Unset = _attrs_field(default=UNSET, converter=_convert_state)
    enable_photon: bool | Unset = UNSET
    enable_serverless_compute: bool | Unset = UNSET
    auto_stop_mins: int | Unset = UNSET
    max_num_clusters: int | Unset = UNSET
    min_num_clusters: int | Unset = UNSET
    num_clusters: int | Unset = UNSET
    num_active_sessions: int | Unset = UNSET
    creator_name: str | Unset = UNSET
    jdbc_url: str | Unset = UNSET
    spot_instance_policy: DatabricksWarehouseSpotInstancePolicy | Unset = _attrs_field(
        default=UNSET, converter=_convert_spot_instance_policy
    )
    health: DatabricksWarehouseHealth | Unset = UNSET
    channel: DatabricksWarehouseChannel | Unset = UNSET
    odbc_params: DatabricksWarehouseOdbcParams | Unset = UNSET
    tags: DatabricksWarehouseTags | Unset = UNSET
    instance_profile_arn: str | Unset = UNSET
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
                f"name={self.name!r}, "
                f"cluster_size={self.cluster_size!r}, "
                f"warehouse_type={self.warehouse_type!r}, "
                f"state={self.state!r}, "
                f"enable_photon={self.enable_photon!r}, "
                f"enable_serverless_compute={self.enable_serverless_compute!r}, "
                f"auto_stop_mins={self.auto_stop_mins!r}, "
                f"max_num_clusters={self.max_num_clusters!r}, "
                f"min_num_clusters={self.min_num_clusters!r}, "
                f"num_clusters={self.num_clusters!r}, "
                f"num_active_sessions={self.num_active_sessions!r}, "
                f"creator_name={self.creator_name!r}, "
                f"jdbc_url={self.jdbc_url!r}, "
                f"spot_instance_policy={self.spot_instance_policy!r}, "
                f"health={self.health!r}, "
                f"channel={self.channel!r}, "
                f"odbc_params={self.odbc_params!r}, "
                f"tags={self.tags!r}, "
                f"instance_profile_arn={self.instance_profile_arn!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.name == other.name
            and self.cluster_size == other.cluster_size
            and self.warehouse_type == other.warehouse_type
            and self.state == other.state
            and self.enable_photon == other.enable_photon
            and self.enable_serverless_compute == other.enable_serverless_compute
            and self.auto_stop_mins == other.auto_stop_mins
            and self.max_num_clusters == other.max_num_clusters
            and self.min_num_clusters == other.min_num_clusters
            and self.num_clusters == other.num_clusters
            and self.num_active_sessions == other.num_active_sessions
            and self.creator_name == other.creator_name
            and self.jdbc_url == other.jdbc_url
            and self.spot_instance_policy == other.spot_instance_policy
            and self.health == other.health
            and self.channel == other.channel
            and self.odbc_params == other.odbc_params
            and self.tags == other.tags
            and self.instance_profile_arn == other.instance_profile_arn
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if REQUEST_BODY.get():
            _check_fields(self)
        id = self.id

        name = self.name

        _cluster_size_member = _convert_cluster_size(self.cluster_size)
        cluster_size: str | Unset = UNSET
        if not isinstance(_cluster_size_member, Unset):
            cluster_size = _cluster_size_member.value

        _warehouse_type_member = _convert_warehouse_type(self.warehouse_type)
        warehouse_type: str | Unset = UNSET
        if not isinstance(_warehouse_type_member, Unset):
            warehouse_type = _warehouse_type_member.value

        _state_member = _convert_state(self.state)
        state: str | Unset = UNSET
        if not isinstance(_state_member, Unset):
            state = _state_member.value

        enable_photon = self.enable_photon

        enable_serverless_compute = self.enable_serverless_compute

        auto_stop_mins = self.auto_stop_mins

        max_num_clusters = self.max_num_clusters

        min_num_clusters = self.min_num_clusters

        num_clusters = self.num_clusters

        num_active_sessions = self.num_active_sessions

        creator_name = self.creator_name

        jdbc_url = self.jdbc_url

        _spot_instance_policy_member = _convert_spot_instance_policy(self.spot_instance_policy)
        spot_instance_policy: str | Unset = UNSET
        if not isinstance(_spot_instance_policy_member, Unset):
            spot_instance_policy = _spot_instance_policy_member.value

        health: dict[str, Any] | Unset = UNSET
        if not isinstance(self.health, Unset):
            health = self.health.to_dict()

        channel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.to_dict()

        odbc_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.odbc_params, Unset):
            odbc_params = self.odbc_params.to_dict()

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        instance_profile_arn = self.instance_profile_arn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if cluster_size is not UNSET:
            field_dict["cluster_size"] = cluster_size
        if warehouse_type is not UNSET:
            field_dict["warehouse_type"] = warehouse_type
        if state is not UNSET:
            field_dict["state"] = state
        if enable_photon is not UNSET:
            field_dict["enable_photon"] = enable_photon
        if enable_serverless_compute is not UNSET:
            field_dict["enable_serverless_compute"] = enable_serverless_compute
        if auto_stop_mins is not UNSET:
            field_dict["auto_stop_mins"] = auto_stop_mins
        if max_num_clusters is not UNSET:
            field_dict["max_num_clusters"] = max_num_clusters
        if min_num_clusters is not UNSET:
            field_dict["min_num_clusters"] = min_num_clusters
        if num_clusters is not UNSET:
            field_dict["num_clusters"] = num_clusters
        if num_active_sessions is not UNSET:
            field_dict["num_active_sessions"] = num_active_sessions
        if creator_name is not UNSET:
            field_dict["creator_name"] = creator_name
        if jdbc_url is not UNSET:
            field_dict["jdbc_url"] = jdbc_url
        if spot_instance_policy is not UNSET:
            field_dict["spot_instance_policy"] = spot_instance_policy
        if health is not UNSET:
            field_dict["health"] = health
        if channel is not UNSET:
            field_dict["channel"] = channel
        if odbc_params is not UNSET:
            field_dict["odbc_params"] = odbc_params
        if tags is not UNSET:
            field_dict["tags"] = tags
        if instance_profile_arn is not UNSET:
            field_dict["instance_profile_arn"] = instance_profile_arn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        id = src_dict["id"]

        name = src_dict["name"]

        _cluster_size: Any = src_dict.get("cluster_size", UNSET)
        cluster_size = (
            UNSET
            if _cluster_size is UNSET
            else _DatabricksWarehouseClusterSize_by_value.get(_cluster_size)
            or DatabricksWarehouseClusterSize(_cluster_size)
        )

        _warehouse_type: Any = src_dict.get("warehouse_type", UNSET)
        warehouse_type = (
            UNSET
            if _warehouse_type is UNSET
            else _DatabricksWarehouseWarehouseType_by_value.get(_warehouse_type)
            or DatabricksWarehouseWarehouseType(_warehouse_type)
        )

        _state: Any = src_dict.get("state", UNSET)
        state = (
            UNSET
            if _state is UNSET
            else _DatabricksWarehouseState_by_value.get(_state) or DatabricksWarehouseState(_state)
        )

        enable_photon = src_dict.get("enable_photon", UNSET)

        enable_serverless_compute = src_dict.get("enable_serverless_compute", UNSET)

        auto_stop_mins = src_dict.get("auto_stop_mins", UNSET)

        max_num_clusters = src_dict.get("max_num_clusters", UNSET)

        min_num_clusters = src_dict.get("min_num_clusters", UNSET)

        num_clusters = src_dict.get("num_clusters", UNSET)

        num_active_sessions = src_dict.get("num_active_sessions", UNSET)

        creator_name = src_dict.get("creator_name", UNSET)

        jdbc_url = src_dict.get("jdbc_url", UNSET)

        _spot_instance_policy: Any = src_dict.get("spot_instance_policy", UNSET)
        spot_instance_policy = (
            UNSET
            if _spot_instance_policy is UNSET
            else _DatabricksWarehouseSpotInstancePolicy_by_value.get(_spot_instance_policy)
            or DatabricksWarehouseSpotInstancePolicy(_spot_instance_policy)
        )

        _health: Any = src_dict.get("health", UNSET)
        health = UNSET if _health is UNSET else DatabricksWarehouseHealth.from_dict(_health)

        _channel: Any = src_dict.get("channel", UNSET)
        channel = UNSET if _channel is UNSET else DatabricksWarehouseChannel.from_dict(_channel)

        _odbc_params: Any = src_dict.get("odbc_params", UNSET)
        odbc_params = UNSET if _odbc_params is UNSET else DatabricksWarehouseOdbcParams.from_dict(_odbc_params)

        _tags: Any = src_dict.get("tags", UNSET)
        tags = UNSET if _tags is UNSET else DatabricksWarehouseTags.from_dict(_tags)

        instance_profile_arn = src_dict.get("instance_profile_arn", UNSET)

        instance = cls.__new__(cls)
        instance.id = id
        instance.name = name
        instance.cluster_size = cluster_size
        instance.warehouse_type = warehouse_type
        instance.state = state
        instance.enable_photon = enable_photon
        instance.enable_serverless_compute = enable_serverless_compute
        instance.auto_stop_mins = auto_stop_mins
        instance.max_num_clusters = max_num_clusters
        instance.min_num_clusters = min_num_clusters
        instance.num_clusters = num_clusters
        instance.num_active_sessions = num_active_sessions
        instance.creator_name = creator_name
        instance.jdbc_url = jdbc_url
        instance.spot_instance_policy = spot_instance_policy
        instance.health = health
        instance.channel = channel
        instance.odbc_params = odbc_params
        instance.tags = tags
        instance.instance_profile_arn = instance_profile_arn
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


def _check_fields(instance: DatabricksWarehouse) -> None:
    """Refuse (``errors.ConstraintError``) a field the spec's constraints do not allow."""
    check_value(instance.name, "DatabricksWarehouse.name", max_length=100)
    check_value(instance.auto_stop_mins, "DatabricksWarehouse.auto_stop_mins", minimum=0)
    check_value(instance.max_num_clusters, "DatabricksWarehouse.max_num_clusters", minimum=1, maximum=40)
    check_value(instance.min_num_clusters, "DatabricksWarehouse.min_num_clusters", minimum=1, maximum=30)


_attrs_init = DatabricksWarehouse.__init__


def _init(self: DatabricksWarehouse, *args: Any, **kwargs: Any) -> None:
    """attrs' ``__init__``, then the spec's constraints checked."""
    _attrs_init(self, *args, **kwargs)
    _check_fields(self)


setattr(DatabricksWarehouse, "__init__", _functools.update_wrapper(_init, _attrs_init))  # signature: the fields

# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "cluster_size",
        "warehouse_type",
        "state",
        "enable_photon",
        "enable_serverless_compute",
        "auto_stop_mins",
        "max_num_clusters",
        "min_num_clusters",
        "num_clusters",
        "num_active_sessions",
        "creator_name",
        "jdbc_url",
        "spot_instance_policy",
        "health",
        "channel",
        "odbc_params",
        "tags",
        "instance_profile_arn",
    )
)
_DatabricksWarehouseClusterSize_by_value = cast(
    "dict[Any, DatabricksWarehouseClusterSize]", DatabricksWarehouseClusterSize._value2member_map_
)
_DatabricksWarehouseSpotInstancePolicy_by_value = cast(
    "dict[Any, DatabricksWarehouseSpotInstancePolicy]", DatabricksWarehouseSpotInstancePolicy._value2member_map_
)
_DatabricksWarehouseState_by_value = cast(
    "dict[Any, DatabricksWarehouseState]", DatabricksWarehouseState._value2member_map_
)
_DatabricksWarehouseWarehouseType_by_value = cast(
    "dict[Any, DatabricksWarehouseWarehouseType]", DatabricksWarehouseWarehouseType._value2member_map_
)

# Models used by the fields, imported once the class above exists (so import cycles resolve).
from ..models.databricks_warehouse_channel import DatabricksWarehouseChannel
from ..models.databricks_warehouse_health import DatabricksWarehouseHealth
from ..models.databricks_warehouse_odbc_params import DatabricksWarehouseOdbcParams
from ..models.databricks_warehouse_tags import DatabricksWarehouseTags
