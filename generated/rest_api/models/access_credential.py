# The models used by the fields are imported at the bottom of the module.
# ruff: noqa: E402
from __future__ import annotations

import datetime
from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar, cast

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.access_credential_status import AccessCredentialStatus
from ..models.cloud_provider import CloudProvider
from ..models.credential_type import CredentialType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessCredential")


def _convert_credential_type(value: CredentialType | str) -> CredentialType:
    """``credential_type`` as a ``CredentialType``: a member as it is, a listed string value as its member."""
    if isinstance(value, CredentialType):
        return value
    return CredentialType.checked(value, "AccessCredential.credential_type")


def _convert_provider(value: CloudProvider | str) -> CloudProvider:
    """``provider`` as a ``CloudProvider``: a member as it is, a listed string value as its member."""
    if isinstance(value, CloudProvider):
        return value
    return CloudProvider.checked(value, "AccessCredential.provider")


def _convert_status(value: AccessCredentialStatus | str | Unset) -> AccessCredentialStatus | Unset:
    """``status`` as a ``AccessCredentialStatus``: a member as it is, a listed string value as its member."""
    if isinstance(value, AccessCredentialStatus | Unset):
        return value
    return AccessCredentialStatus.checked(value, "AccessCredential.status")


class _AccessCredentialText:
    """Hidden slots for the server's own text of the date-time fields of :class:`AccessCredential`."""

    __slots__ = ("_created_at_text", "_updated_at_text")
    _created_at_text: str
    _updated_at_text: str


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class AccessCredential(_AccessCredentialText):
    """
    Attributes:
        credential_type (CredentialType):
        id (str):
        name (str):
        provider (CloudProvider):
        created_at (datetime.datetime):
        provider_default (bool | Unset):
        updated_at (datetime.datetime | Unset):
        allowed_in_tasks (bool | Unset):
        status (AccessCredentialStatus | Unset):
        credential (Credential | Unset):
        role (AccessCredentialRole | Unset):
        token (Token | Unset):
    """

    credential_type: CredentialType = _attrs_field(converter=_convert_credential_type)
    id: str
    name: str
    provider: CloudProvider = _attrs_field(converter=_convert_provider)
    created_at: datetime.datetime
    provider_default: bool | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    allowed_in_tasks: bool | Unset = UNSET
    status: AccessCredentialStatus | Unset = _attrs_field(default=UNSET, converter=_convert_status)
    credential: Credential | Unset = UNSET
    role: AccessCredentialRole | Unset = UNSET
    token: Token | Unset = _attrs_field(default=UNSET, repr=False)
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
                f"credential_type={self.credential_type!r}, "
                f"id={self.id!r}, "
                f"name={self.name!r}, "
                f"provider={self.provider!r}, "
                f"created_at={self.created_at!r}, "
                f"provider_default={self.provider_default!r}, "
                f"updated_at={self.updated_at!r}, "
                f"allowed_in_tasks={self.allowed_in_tasks!r}, "
                f"status={self.status!r}, "
                f"credential={self.credential!r}, "
                f"role={self.role!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.credential_type == other.credential_type
            and self.id == other.id
            and self.name == other.name
            and self.provider == other.provider
            and self.created_at == other.created_at
            and self.provider_default == other.provider_default
            and self.updated_at == other.updated_at
            and self.allowed_in_tasks == other.allowed_in_tasks
            and self.status == other.status
            and self.credential == other.credential
            and self.role == other.role
            and self.token == other.token
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        _credential_type_member = _convert_credential_type(self.credential_type)
        credential_type = _credential_type_member.value

        id = self.id

        name = self.name

        _provider_member = _convert_provider(self.provider)
        provider = _provider_member.value

        created_at = self.created_at.isoformat()
        _text = getattr(self, "_created_at_text", None)
        if _text is not None and isinstance(self.created_at, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.created_at and _parsed.utcoffset() == self.created_at.utcoffset():
                created_at = _text

        provider_default = self.provider_default

        updated_at: str | Unset = (
            self.updated_at if not isinstance(self.updated_at, datetime.datetime) else self.updated_at.isoformat()
        )
        _text = getattr(self, "_updated_at_text", None)
        if _text is not None and isinstance(self.updated_at, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.updated_at and _parsed.utcoffset() == self.updated_at.utcoffset():
                updated_at = _text

        allowed_in_tasks = self.allowed_in_tasks

        _status_member = _convert_status(self.status)
        status: str | Unset = UNSET
        if not isinstance(_status_member, Unset):
            status = _status_member.value

        credential: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credential, Unset):
            credential = self.credential.to_dict()

        role: dict[str, Any] | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.to_dict()

        token: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token, Unset):
            token = self.token.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credential_type": credential_type,
                "id": id,
                "name": name,
                "provider": provider,
                "created_at": created_at,
            }
        )
        if provider_default is not UNSET:
            field_dict["provider_default"] = provider_default
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if allowed_in_tasks is not UNSET:
            field_dict["allowed_in_tasks"] = allowed_in_tasks
        if status is not UNSET:
            field_dict["status"] = status
        if credential is not UNSET:
            field_dict["credential"] = credential
        if role is not UNSET:
            field_dict["role"] = role
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        _credential_type = src_dict["credential_type"]
        credential_type = _CredentialType_by_value.get(_credential_type) or CredentialType(_credential_type)

        id = src_dict["id"]

        name = src_dict["name"]

        _provider = src_dict["provider"]
        provider = _CloudProvider_by_value.get(_provider) or CloudProvider(_provider)

        _created_at = src_dict["created_at"]
        created_at = _parse_datetime(_created_at)

        provider_default = src_dict.get("provider_default", UNSET)

        _updated_at: Any = src_dict.get("updated_at", UNSET)
        updated_at = UNSET if _updated_at is UNSET else _parse_datetime(_updated_at)

        allowed_in_tasks = src_dict.get("allowed_in_tasks", UNSET)

        _status: Any = src_dict.get("status", UNSET)
        status = (
            UNSET
            if _status is UNSET
            else _AccessCredentialStatus_by_value.get(_status) or AccessCredentialStatus(_status)
        )

        _credential: Any = src_dict.get("credential", UNSET)
        credential = UNSET if _credential is UNSET else Credential.from_dict(_credential)

        _role: Any = src_dict.get("role", UNSET)
        role = UNSET if _role is UNSET else AccessCredentialRole.from_dict(_role)

        _token: Any = src_dict.get("token", UNSET)
        token = UNSET if _token is UNSET else Token.from_dict(_token)

        instance = cls.__new__(cls)
        instance.credential_type = credential_type
        instance.id = id
        instance.name = name
        instance.provider = provider
        instance.created_at = created_at
        instance.provider_default = provider_default
        instance.updated_at = updated_at
        instance.allowed_in_tasks = allowed_in_tasks
        instance.status = status
        instance.credential = credential
        instance.role = role
        instance.token = token
        instance._created_at_text = _created_at
        if isinstance(_updated_at, str):
            instance._updated_at_text = _updated_at
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
    (
        "credential_type",
        "id",
        "name",
        "provider",
        "created_at",
        "provider_default",
        "updated_at",
        "allowed_in_tasks",
        "status",
        "credential",
        "role",
        "token",
    )
)
from ..types import parse_datetime as _parse_datetime  # noqa: E402 - used by the class above, at call time

_AccessCredentialStatus_by_value = cast("dict[Any, AccessCredentialStatus]", AccessCredentialStatus._value2member_map_)
_CloudProvider_by_value = cast("dict[Any, CloudProvider]", CloudProvider._value2member_map_)
_CredentialType_by_value = cast("dict[Any, CredentialType]", CredentialType._value2member_map_)

# Models used by the fields, imported once the class above exists (so import cycles resolve).
from ..models.access_credential_role import AccessCredentialRole
from ..models.credential import Credential
from ..models.token import Token
