"""Named cloud credentials of the session's workspace (or of one of its teamspaces).

``credential``, ``role`` and ``token`` take the generated models (``Credential``,
``AccessCredentialRole``, ``Token``) or dicts of their fields; the server never echoes secrets
back, and no message or ``repr`` here shows them. Failures raise :class:`CredentialsError`
carrying the server's status, message and request id.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._highlevel.args import choice
from ._highlevel.errors import CredentialsError, refusing, translated
from ._highlevel.lookup import teamspace_id
from ._highlevel.pager import Pager
from ._highlevel.pages import json_pages
from ._highlevel.reexport import API, API_EXCEPTION, MODELS, lazy_names
from ._highlevel.resolve import session_workspace

if TYPE_CHECKING:
    from .rest_api.api import CredentialsApi
    from .rest_api.models import AccessCredential

__all__ = [
    "CredentialsError",
    "create_credential",
    "delete_credential",
    "get_credential",
    "list_credentials",
    "update_credential",
    "verify_credential",
]


def _api() -> CredentialsApi:
    from .client import build
    from .rest_api.api import CredentialsApi

    return build(CredentialsApi)


def _scope(teamspace: object) -> dict[str, Any]:
    # The API's parameter is an id: a teamspace given by name is looked up (one request).
    return {} if teamspace is None else {"teamspace_id": teamspace_id(teamspace, CredentialsError)}


def _name(name: object, what: str = "name") -> str:
    found = getattr(name, "name", name) if not isinstance(name, str) else name
    if not isinstance(found, str) or not found.strip() or "/" in found:
        raise ValueError(f"{what} must be a non-empty credential name without '/', got {name!r}")
    return found


def _model(cls_name: str, value: object, what: str) -> Any:
    """``value`` as the generated model ``cls_name`` (a dict is converted), or ``UNSET`` for ``None``."""
    from .rest_api import models
    from .rest_api.types import UNSET

    if value is None:
        return UNSET
    cls = getattr(models, cls_name)
    if isinstance(value, dict):
        return cls.from_dict(value)
    if not isinstance(value, cls):
        # The type name only: the value may be a secret.
        raise TypeError(f"{what} must be a {cls_name} or a dict of its fields, not {type(value).__name__}")
    return value


def _fields(
    provider: object,
    provider_default: bool | None,
    allowed_in_tasks: bool | None,
    credential: object,
    role: object,
    token: object,
) -> dict[str, Any]:
    """The body fields shared by create, update and verify, validated before any request."""
    from .rest_api.models import CloudProvider
    from .rest_api.types import UNSET

    return {
        "provider": choice(CloudProvider, provider, "provider") if provider is not None else UNSET,
        # Sent as given (the established client always sent false).
        "provider_default": bool(provider_default) if provider_default is not None else UNSET,
        "allowed_in_tasks": bool(allowed_in_tasks) if allowed_in_tasks is not None else UNSET,
        "credential": _model("Credential", credential, "credential"),
        "role": _model("AccessCredentialRole", role, "role"),
        "token": _model("Token", token, "token"),
    }


def create_credential(
    name: str,
    provider: str,
    *,
    teamspace: object = None,
    provider_default: bool | None = None,
    allowed_in_tasks: bool | None = None,
    credential: object = None,
    role: object = None,
    token: object = None,
) -> AccessCredential:
    """Store a named credential (for ``teamspace``, else the workspace); returns it (without secrets).

    :param provider: ``"AWS"``, ``"AZURE"``, ``"GCP"``, ``"SNOWFLAKE"`` or ``"DATABRICKS"``.
    :param credential: Keys (``{"aws": {"access_key_id": ..., "secret_access_key": ...}}``).
    :param role: A role to assume instead of keys.
    :param token: A provider token instead of keys.
    """
    from .rest_api.models import CredentialCreateRequest

    if provider is None:
        raise ValueError("provider is required")
    body = CredentialCreateRequest(
        name=_name(name), **_fields(provider, provider_default, allowed_in_tasks, credential, role, token)
    )
    workspace = session_workspace()
    scope = _scope(teamspace)
    api = _api()
    with translated(CredentialsError, f"creating credential {name!r}"):
        api.create_credential(workspace, body, **scope)
        return api.get_credential_by_name(workspace, name, **scope).data


def get_credential(name: str, *, teamspace: object = None) -> AccessCredential:
    """One credential by name (without its secrets)."""
    found = _name(name)
    with translated(CredentialsError, f"getting credential {found!r}"):
        return _api().get_credential_by_name(session_workspace(), found, **_scope(teamspace)).data


def update_credential(
    cred_name: str,
    *,
    teamspace: object = None,
    name: str | None = None,
    provider_default: bool | None = None,
    provider: str | None = None,
    allowed_in_tasks: bool | None = None,
    credential: object = None,
    role: object = None,
    token: object = None,
) -> AccessCredential:
    """Change a credential (``name=`` renames it); returns it afterwards."""
    from .rest_api.models import CredentialUpdateRequest
    from .rest_api.types import UNSET

    current = _name(cred_name, "cred_name")
    fields = _fields(provider, provider_default, allowed_in_tasks, credential, role, token)
    if name is None and all(v is UNSET for v in fields.values()):
        raise ValueError("nothing to update: pass name=, provider=, credential=, role=, token= or a flag")
    body = CredentialUpdateRequest(name=_name(name) if name is not None else UNSET, **fields)
    workspace = session_workspace()
    scope = _scope(teamspace)
    api = _api()
    with translated(CredentialsError, f"updating credential {current!r}"):
        api.patch_credential_by_name(workspace, current, body, **scope)
        return api.get_credential_by_name(workspace, name or current, **scope).data


def delete_credential(name: str, *, teamspace: object = None) -> None:
    """Delete a credential by name (of the workspace, or of ``teamspace``)."""
    found = _name(name)
    with translated(CredentialsError, f"deleting credential {found!r}"):
        _api().delete_credential_by_name(session_workspace(), found, **_scope(teamspace))


def list_credentials(
    teamspace: object = None, page: int = 1, per_page: int | None = None
) -> Pager[AccessCredential]:
    """The credentials of the workspace (or of ``teamspace``), lazily paged."""
    from .rest_api.api.credentials import get_credentials as operation
    from .rest_api.models import CredentialsListResponse

    call = json_pages(
        operation, CredentialsListResponse, _api().client, CredentialsError, "listing credentials"
    )
    return Pager(call, session_workspace(), page=page, per_page=per_page, **_scope(teamspace))


def verify_credential(
    name: str,
    provider: str,
    *,
    teamspace: object = None,
    provider_default: bool | None = None,
    allowed_in_tasks: bool | None = None,
    credential: object = None,
    role: object = None,
    token: object = None,
) -> None:
    """Ask the server to check that a credential works, without storing it.

    :raises CredentialsError: the server could not use it (or the request failed).
    """
    from .rest_api.models import CredentialsVerifyRequest
    from .rest_api.types import UNSET

    if provider is None:
        raise ValueError("provider is required")
    scope = _scope(teamspace)
    body = CredentialsVerifyRequest(
        name=_name(name),
        workspace_id=session_workspace(),
        teamspace_id=scope.get("teamspace_id", UNSET),
        **_fields(provider, provider_default, allowed_in_tasks, credential, role, token),
    )
    with translated(CredentialsError, f"verifying credential {name!r}"):
        _api().verify_credential(body)


# The models, enums and Api classes the established module re-exports, and its ``ApiException``:
# imported on first access (see ``_highlevel/reexport.py``), so importing this module stays cheap.
__getattr__, __dir__ = lazy_names(
    __name__,
    {
        MODELS: (
            "AWSCredential",
            "AWSRole",
            "AccessCredential",
            "AccessCredentialRole",
            "AzureCredential",
            "AzureToken",
            "CloudProvider",
            "Credential",
            "CredentialCreateRequest",
            "CredentialUpdateRequest",
            "CredentialsVerifyRequest",
            "GCPInteroperabilityCredential",
            "GCPServiceAccountKey",
            "Token",
        ),
        API: ("CredentialsApi",),
        API_EXCEPTION: ("ApiException",),
    },
)

# Bad input refused before any request raises an error that is both CredentialsError (as the established
# client raises) and ValueError (as Python code expects).
refusing(CredentialsError, globals(), __all__)
