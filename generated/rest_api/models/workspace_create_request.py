# The models used by the fields are imported at the bottom of the module.
# ruff: noqa: E402
from __future__ import annotations

import functools as _functools
from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import REQUEST_BODY, UNSET, Unset, check_value

T = TypeVar("T", bound="WorkspaceCreateRequest")


@_attrs_define
class WorkspaceCreateRequest:
    """
    Attributes:
        name (str):
        default_credential (CredentialCreateRequest):
        default_storage_setting (StorageSettingsCreateRequest):
        description (str | Unset):
        image (str | Unset):
    """

    name: str
    default_credential: CredentialCreateRequest
    default_storage_setting: StorageSettingsCreateRequest
    description: str | Unset = UNSET
    image: str | Unset = UNSET
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
                f"default_credential={self.default_credential!r}, "
                f"default_storage_setting={self.default_storage_setting!r}, "
                f"description={self.description!r}, "
                f"image={self.image!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.name == other.name
            and self.default_credential == other.default_credential
            and self.default_storage_setting == other.default_storage_setting
            and self.description == other.description
            and self.image == other.image
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if REQUEST_BODY.get():
            _check_fields(self)
        name = self.name

        default_credential = self.default_credential.to_dict()

        default_storage_setting = self.default_storage_setting.to_dict()

        description = self.description

        image = self.image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "default_credential": default_credential,
                "default_storage_setting": default_storage_setting,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        name = src_dict["name"]

        default_credential = CredentialCreateRequest.from_dict(src_dict["default_credential"])

        default_storage_setting = StorageSettingsCreateRequest.from_dict(src_dict["default_storage_setting"])

        description = src_dict.get("description", UNSET)

        image = src_dict.get("image", UNSET)

        instance = cls.__new__(cls)
        instance.name = name
        instance.default_credential = default_credential
        instance.default_storage_setting = default_storage_setting
        instance.description = description
        instance.image = image
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


def _check_fields(instance: WorkspaceCreateRequest) -> None:
    """Refuse (``errors.ConstraintError``) a field the spec's constraints do not allow."""
    check_value(instance.name, "WorkspaceCreateRequest.name", max_length=64)


_attrs_init = WorkspaceCreateRequest.__init__


def _init(self: WorkspaceCreateRequest, *args: Any, **kwargs: Any) -> None:
    """attrs' ``__init__``, then the spec's constraints checked."""
    _attrs_init(self, *args, **kwargs)
    _check_fields(self)


setattr(WorkspaceCreateRequest, "__init__", _functools.update_wrapper(_init, _attrs_init))  # signature: the fields

# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(("name", "default_credential", "default_storage_setting", "description", "image"))

# Models used by the fields, imported once the class above exists (so import cycles resolve).
from ..models.credential_create_request import CredentialCreateRequest
from ..models.storage_settings_create_request import StorageSettingsCreateRequest
