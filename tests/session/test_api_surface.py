"""The public surface: names, signatures and import cost, as the seed defines them."""

from __future__ import annotations

import inspect
import subprocess
import sys

import attrs
import pytest

import tiledb
import tiledb.client
from tiledb.client import client as client_module

P = inspect.Parameter.POSITIONAL_OR_KEYWORD

# (name, [(parameter, default)]), copied by hand from the seed.
SEED_FUNCTIONS: list[tuple[str, list[tuple[str, object]]]] = [
    ("Config", [("cfg_dict", None)]),
    ("Ctx", [("config", None)]),
    ("build", [("builder", inspect.Parameter.empty)]),
    (
        "configure",
        [
            ("token", None),
            ("username", None),
            ("password", None),
            ("workspace", None),
            ("host", None),
            ("verify_ssl", None),
            ("ca_file", None),
            ("profile_name", None),
            ("profile_dir", None),
            ("overwrite", False),
        ],
    ),
    ("default_user", []),
    ("get_self_user", []),
    ("get_user", []),
    ("get_user_workspaces", []),
    ("get_workspace", []),
    ("get_workspace_id", []),
    ("login", [("profile_name", None), ("profile_dir", None), ("threads", None)]),
]


def _shape(sig: inspect.Signature) -> list[tuple[str, object, object]]:
    return [(p.name, p.kind, p.default) for p in sig.parameters.values()]


@pytest.mark.parametrize(("name", "params"), SEED_FUNCTIONS, ids=[n for n, _ in SEED_FUNCTIONS])
def test_function_signatures_match_the_seed(name: str, params: list[tuple[str, object]]) -> None:
    func = getattr(client_module, name)
    assert _shape(inspect.signature(func)) == [(n, P, d) for n, d in params]
    assert getattr(tiledb.client, name) is func
    assert func.__doc__


def test_client_class_matches_the_seed() -> None:
    from tiledb.client import Client, RetryMode

    assert client_module.Client is Client
    assert _shape(inspect.signature(Client)) == [
        ("pool_threads", P, None),
        ("retry_mode", P, RetryMode.DEFAULT),
    ]
    assert _shape(inspect.signature(Client.build)) == [
        ("self", P, inspect.Parameter.empty),
        ("builder", P, inspect.Parameter.empty),
    ]
    assert _shape(inspect.signature(Client.retry_mode)) == [
        ("self", P, inspect.Parameter.empty),
        ("mode", P, RetryMode.DEFAULT),
    ]
    assert _shape(inspect.signature(Client.set_threads)) == [
        ("self", P, inspect.Parameter.empty),
        ("threads", P, None),
    ]
    for helper in ("set_disable_retries", "set_default_retries", "set_forceful_retries", "close"):
        assert callable(getattr(Client, helper))


def test_exceptions_derive_from_tiledb_error() -> None:
    from tiledb.client.rest_api.errors import ApiError as GeneratedApiError

    from tiledb.client import ApiError, ClientError, ConfigurationError, LoginError

    for exc in (ClientError, ConfigurationError, LoginError, ApiError):
        assert issubclass(exc, tiledb.TileDBError)
        assert getattr(client_module, exc.__name__) is exc
    assert ApiError is GeneratedApiError
    for exc in (ClientError, ConfigurationError, LoginError):
        exc()


def test_workspace_record_has_exactly_the_seed_attributes() -> None:
    from tiledb.client import Workspace

    assert [f.name for f in attrs.fields(Workspace)] == [
        "workspace_id",
        "name",
        "description",
        "created_at",
        "updated_at",
        "created_by",
        "workspace_role",
        "image_id",  # the established Workspace has it too (tests/data/established_names.json)
    ]


def test_shared_client_object_and_retry_mode_parsing() -> None:
    from tiledb.client import Client, RetryMode

    assert isinstance(client_module.client, Client)
    assert client_module.client is client_module.client
    assert RetryMode.parse("forceful") is RetryMode.FORCEFUL
    with pytest.raises(ValueError):
        Client(retry_mode="sometimes")
    with pytest.raises(ValueError):
        client_module.client.retry_mode("sometimes")


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        _ = tiledb.client.no_such_name
    with pytest.raises(AttributeError):
        _ = client_module.no_such_name


IMPORT_PROBE = """
import sys
import tiledb
import tiledb.client
from tiledb.client import login, configure, build, ClientError, ConfigurationError, LoginError
probe = ("httpx", "httpcore", "attrs", "tiledb.client.rest_api", "tiledb.client._http.transport")
print(",".join(sorted(m for m in probe if m in sys.modules)) or "-")
"""


def test_import_loads_nothing_heavy() -> None:
    """Importing the package and its seed names loads no HTTP stack, attrs or generated code.

    How long the import takes is measured by ``make bench``, not asserted here.
    """
    out = subprocess.run([sys.executable, "-c", IMPORT_PROBE], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "-"
