"""What a new user meets first: error classes under their public names, a missing profile that
lists the existing ones, a contradictory workspace refused, ``build()`` of something else."""

from __future__ import annotations

import pickle

import pytest
from tiledb.client.rest_api.api import AsyncUsersApi, UsersApi
from tiledb.client.rest_api.models import User

import tiledb.client as tc
from tiledb.client._session.validate import check_builder
from tiledb.client.testing import FakeServer


@pytest.mark.parametrize("name", ["ClientError", "ConfigurationError", "LoginError", "ApiError"])
def test_public_errors_print_under_the_public_module(name: str) -> None:
    cls = getattr(tc, name)
    assert cls.__module__ == "tiledb.client"
    assert f"{cls.__module__}.{cls.__qualname__}" == f"tiledb.client.{name}"
    if name != "ApiError":
        error = cls("boom")
        assert pickle.loads(pickle.dumps(error)).args == ("boom",)
        assert repr(error) == f"{name}('boom')"


def test_an_api_error_pickles_under_its_public_name(server: FakeServer, profile_dir: str) -> None:
    tc.configure(token=server.token, host=server.url, profile_dir=profile_dir)
    tc.login(profile_dir=profile_dir)
    with pytest.raises(tc.ApiError) as info:
        tc.build(UsersApi).get_user("no-such-user")
    again = pickle.loads(pickle.dumps(info.value))
    assert type(again) is type(info.value) is tc.NotFoundError and again.status_code == info.value.status_code


def test_a_missing_profile_lists_the_existing_ones(server: FakeServer, profile_dir: str) -> None:
    for name in ("beta", "alpha"):
        tc.configure(token=server.token, host=server.url, profile_name=name, profile_dir=profile_dir)
    with pytest.raises(tc.LoginError) as info:
        tc.login("nope", profile_dir)
    text = str(info.value)
    assert "Existing profiles: 'alpha', 'beta'." in text
    assert f"tiledb.client.configure(profile_name='nope', profile_dir='{profile_dir}', ...)" in text
    assert server.token not in text


def test_a_missing_profiles_file_says_so(tmp_path: object) -> None:
    with pytest.raises(tc.LoginError, match=r"does not exist\. Create it with tiledb\.client\.configure"):
        tc.login("nope", str(tmp_path))


def test_a_workspace_id_that_contradicts_the_token_is_refused(profile_dir: str) -> None:
    with pytest.raises(tc.ConfigurationError) as info:
        tc.configure(
            token="tdb-ws_aaa-SECRETx", workspace="ws_bbb", host="api.example.com", profile_dir=profile_dir
        )
    assert "workspace='ws_bbb' names a different workspace than the token does (ws_aaa)" in str(info.value)
    assert "SECRETx" not in str(info.value)
    # The same workspace, or none, is fine.
    tc.configure(
        token="tdb-ws_aaa-SECRETx", workspace="ws_aaa", host="api.example.com", profile_dir=profile_dir
    )


@pytest.mark.parametrize(
    ("builder", "text"),
    [
        (int, "builtins.int is not an Api class"),
        (User, "tiledb.client.rest_api.models.user.User is not an Api class"),
        (None, "not NoneType"),
        ("UsersApi", "not str"),
    ],
)
def test_check_builder_refuses_what_build_can_not_build(builder: object, text: str) -> None:
    with pytest.raises(
        TypeError, match=r"build\(\) needs an Api class from tiledb\.client\.rest_api\.api .* as its builder"
    ) as info:
        check_builder(builder)
    assert text in str(info.value)


def test_check_builder_names_an_api_object_passed_instead_of_its_class() -> None:
    from tiledb.client.rest_api.client import Client

    with pytest.raises(TypeError, match=r"pass UsersApi, not UsersApi\(\.\.\.\)"):
        check_builder(UsersApi(Client(base_url="http://127.0.0.1:1")))


@pytest.mark.parametrize("builder", [UsersApi, AsyncUsersApi, lambda client: client])
def test_check_builder_accepts_api_classes_and_functions(builder: object) -> None:
    check_builder(builder)
