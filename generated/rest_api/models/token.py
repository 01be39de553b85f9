# The models used by the fields are imported at the bottom of the module.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Token")


@_attrs_define
class Token:
    """
    Attributes:
        azure (AzureToken | Unset):
        azure_entra_id (AzureEntraIDToken | Unset):
        azure_entra_id_task (AzureEntraIDTaskToken | Unset):
        gcp (GCPServiceAccountKey | Unset):
        snowflake (SnowflakeServiceUserKey | Unset):
        databricks (DatabricksServicePrincipalSecret | Unset):
    """

    azure: AzureToken | Unset = UNSET
    azure_entra_id: AzureEntraIDToken | Unset = UNSET
    azure_entra_id_task: AzureEntraIDTaskToken | Unset = UNSET
    gcp: GCPServiceAccountKey | Unset = UNSET
    snowflake: SnowflakeServiceUserKey | Unset = UNSET
    databricks: DatabricksServicePrincipalSecret | Unset = UNSET
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
                f"azure={self.azure!r}, "
                f"azure_entra_id={self.azure_entra_id!r}, "
                f"azure_entra_id_task={self.azure_entra_id_task!r}, "
                f"gcp={self.gcp!r}, "
                f"snowflake={self.snowflake!r}, "
                f"databricks={self.databricks!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.azure == other.azure
            and self.azure_entra_id == other.azure_entra_id
            and self.azure_entra_id_task == other.azure_entra_id_task
            and self.gcp == other.gcp
            and self.snowflake == other.snowflake
            and self.databricks == other.databricks
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        azure: dict[str, Any] | Unset = UNSET
        if not isinstance(self.azure, Unset):
            azure = self.azure.to_dict()

        azure_entra_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.azure_entra_id, Unset):
            azure_entra_id = self.azure_entra_id.to_dict()

        azure_entra_id_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.azure_entra_id_task, Unset):
            azure_entra_id_task = self.azure_entra_id_task.to_dict()

        gcp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gcp, Unset):
            gcp = self.gcp.to_dict()

        snowflake: dict[str, Any] | Unset = UNSET
        if not isinstance(self.snowflake, Unset):
            snowflake = self.snowflake.to_dict()

        databricks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.databricks, Unset):
            databricks = self.databricks.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if azure is not UNSET:
            field_dict["azure"] = azure
        if azure_entra_id is not UNSET:
            field_dict["azure_entra_id"] = azure_entra_id
        if azure_entra_id_task is not UNSET:
            field_dict["azure_entra_id_task"] = azure_entra_id_task
        if gcp is not UNSET:
            field_dict["gcp"] = gcp
        if snowflake is not UNSET:
            field_dict["snowflake"] = snowflake
        if databricks is not UNSET:
            field_dict["databricks"] = databricks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        _azure: Any = src_dict.get("azure", UNSET)
        azure = UNSET if _azure is UNSET else AzureToken.from_dict(_azure)

        _azure_entra_id: Any = src_dict.get("azure_entra_id", UNSET)
        azure_entra_id = UNSET if _azure_entra_id is UNSET else AzureEntraIDToken.from_dict(_azure_entra_id)

        _azure_entra_id_task: Any = src_dict.get("azure_entra_id_task", UNSET)
        azure_entra_id_task = (
            UNSET if _azure_entra_id_task is UNSET else AzureEntraIDTaskToken.from_dict(_azure_entra_id_task)
        )

        _gcp: Any = src_dict.get("gcp", UNSET)
        gcp = UNSET if _gcp is UNSET else GCPServiceAccountKey.from_dict(_gcp)

        _snowflake: Any = src_dict.get("snowflake", UNSET)
        snowflake = UNSET if _snowflake is UNSET else SnowflakeServiceUserKey.from_dict(_snowflake)

        _databricks: Any = src_dict.get("databricks", UNSET)
        databricks = UNSET if _databricks is UNSET else DatabricksServicePrincipalSecret.from_dict(_databricks)

        instance = cls.__new__(cls)
        instance.azure = azure
        instance.azure_entra_id = azure_entra_id
        instance.azure_entra_id_task = azure_entra_id_task
        instance.gcp = gcp
        instance.snowflake = snowflake
        instance.databricks = databricks
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
_FIELDS: frozenset[str] = frozenset(
    ("azure", "azure_entra_id", "azure_entra_id_task", "gcp", "snowflake", "databricks")
)

# Models used by the fields, imported once the class above exists (so import cycles resolve).
from ..models.azure_entra_id_task_token import AzureEntraIDTaskToken
from ..models.azure_entra_id_token import AzureEntraIDToken
from ..models.azure_token import AzureToken
from ..models.databricks_service_principal_secret import DatabricksServicePrincipalSecret
from ..models.gcp_service_account_key import GCPServiceAccountKey
from ..models.snowflake_service_user_key import SnowflakeServiceUserKey
