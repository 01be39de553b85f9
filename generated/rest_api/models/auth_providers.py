from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_sso_auth_provider import CompanySSOAuthProvider
    from ..models.git_hub_auth_provider import GitHubAuthProvider
    from ..models.google_auth_provider import GoogleAuthProvider


T = TypeVar("T", bound="AuthProviders")


@_attrs_define
class AuthProviders:
    """
    Attributes:
        github (GitHubAuthProvider | Unset):
        google (GoogleAuthProvider | Unset):
        company_sso (CompanySSOAuthProvider | Unset):
    """

    github: GitHubAuthProvider | Unset = UNSET
    google: GoogleAuthProvider | Unset = UNSET
    company_sso: CompanySSOAuthProvider | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        github: dict[str, Any] | Unset = UNSET
        if not isinstance(self.github, Unset):
            github = self.github.to_dict()

        google: dict[str, Any] | Unset = UNSET
        if not isinstance(self.google, Unset):
            google = self.google.to_dict()

        company_sso: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_sso, Unset):
            company_sso = self.company_sso.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if github is not UNSET:
            field_dict["github"] = github
        if google is not UNSET:
            field_dict["google"] = google
        if company_sso is not UNSET:
            field_dict["company_sso"] = company_sso

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_sso_auth_provider import CompanySSOAuthProvider  # noqa: PLC0415
        from ..models.git_hub_auth_provider import GitHubAuthProvider  # noqa: PLC0415
        from ..models.google_auth_provider import GoogleAuthProvider  # noqa: PLC0415

        d = dict(src_dict)
        _github = d.pop("github", UNSET)
        github: GitHubAuthProvider | Unset
        if isinstance(_github, Unset):
            github = UNSET
        else:
            github = GitHubAuthProvider.from_dict(_github)

        _google = d.pop("google", UNSET)
        google: GoogleAuthProvider | Unset
        if isinstance(_google, Unset):
            google = UNSET
        else:
            google = GoogleAuthProvider.from_dict(_google)

        _company_sso = d.pop("company_sso", UNSET)
        company_sso: CompanySSOAuthProvider | Unset
        if isinstance(_company_sso, Unset):
            company_sso = UNSET
        else:
            company_sso = CompanySSOAuthProvider.from_dict(_company_sso)

        auth_providers = cls(
            github=github,
            google=google,
            company_sso=company_sso,
        )

        auth_providers.additional_properties = d
        return auth_providers

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
