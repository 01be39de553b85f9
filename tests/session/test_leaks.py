"""No token or password in log records, reprs or exception texts."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterator

import pytest
from tiledb.client.rest_api.api import TokensApi, UsersApi

import tiledb.client as tc
from tiledb.client import configure, login
from tiledb.client.testing import FakeServer

from .support import closed_port_url, current_session

PASSWORD = "Pw-9f8e7d6c5b4a"
BAD_TOKEN = "tdb-ws_leak-LEAKYSECRET0001"


class Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.startswith(("uvicorn", "tiledb.client.testing")):
            return  # the fake server's own logs are the server side
        self.texts.append(f"{record.name} {record.getMessage()} {record.args!r}")
        if record.exc_info:
            self.texts.append("".join(traceback.format_exception(*record.exc_info)))


@pytest.fixture
def captured() -> Iterator[Capture]:
    handler = Capture()
    root = logging.getLogger()
    names = ["", "httpx", "httpcore", "tiledb", "tiledb.client", "tiledb.client.http", "h11", "asyncio"]
    saved = {name: logging.getLogger(name).level for name in names}
    root.addHandler(handler)
    for name in names:
        logging.getLogger(name).setLevel(logging.DEBUG)
    yield handler
    root.removeHandler(handler)
    for name, level in saved.items():
        logging.getLogger(name).setLevel(level)


def texts_of(exc: BaseException) -> list[str]:
    out = ["".join(traceback.format_exception(exc)), repr(exc), str(exc)]
    seen = exc.__cause__ or exc.__context__
    while seen is not None:
        out += [repr(seen), str(seen)]
        seen = seen.__cause__ or seen.__context__
    return out


def test_no_secret_anywhere(server: FakeServer, profile_dir: str, captured: Capture) -> None:
    server.add_user("carol", PASSWORD, workspace=server.workspace_name)
    secrets = [server.token, PASSWORD, BAD_TOKEN]
    texts: list[str] = []

    def expect_failure(action: Callable[[], object]) -> None:
        with pytest.raises(Exception) as info:
            action()
        texts.extend(texts_of(info.value))

    # configure: successes and failures
    configure(token=server.token, host=server.url, profile_name="tok", profile_dir=profile_dir)
    configure(
        username="carol",
        password=PASSWORD,
        workspace=server.workspace_name,
        host=server.url,
        profile_name="pw",
        profile_dir=profile_dir,
    )
    configure(
        username="carol",
        password=PASSWORD + "x",
        workspace=server.workspace_name,
        host=server.url,
        profile_name="badpw",
        profile_dir=profile_dir,
    )
    configure(token=BAD_TOKEN, host=server.url, profile_name="badtok", profile_dir=profile_dir)
    configure(
        username="carol",
        password=PASSWORD,
        workspace="w",
        host=closed_port_url(),
        profile_name="down",
        profile_dir=profile_dir,
    )
    expect_failure(
        lambda: configure(token=server.token, host=server.url, profile_name="tok", profile_dir=profile_dir)
    )
    expect_failure(lambda: configure(token=server.token + "\x00z", host=server.url, profile_dir=profile_dir))
    expect_failure(
        lambda: configure(username="carol", password=PASSWORD, host=server.url, profile_dir=profile_dir)
    )
    expect_failure(
        lambda: configure(
            token=server.token, host=f"https://carol:{PASSWORD}@h.example", profile_dir=profile_dir
        )
    )
    expect_failure(lambda: configure(token=server.token, host="ftp://x", profile_dir=profile_dir))
    expect_failure(lambda: configure(token=server.token, workspace=1, host="h", profile_dir=profile_dir))  # type: ignore[arg-type]

    # login and queries: successes
    login("tok", profile_dir)
    texts += [repr(current_session()), str(current_session()), repr(tc.client.client), repr(build_api())]
    tc.get_user()
    tc.get_workspace()
    login("pw", profile_dir)
    texts += [repr(current_session()), repr(current_session().cache)]
    tc.get_self_user()
    texts += [repr(tc.Config()), repr(tc.get_user_workspaces())]

    # failures
    expect_failure(lambda: login("badpw", profile_dir))
    expect_failure(lambda: login("nope", profile_dir))
    tc.client.client.set_disable_retries()
    expect_failure(lambda: login("down", profile_dir))
    login("badtok", profile_dir)
    expect_failure(tc.get_user)
    expect_failure(lambda: tc.build(UsersApi).get_self_user())
    login("tok", profile_dir)
    server.faults.add("/v4/users/self", status=404, count=1)
    expect_failure(tc.get_user)
    server.faults.add("/v4/users/self", status=500, count=1)
    expect_failure(tc.get_user)
    expect_failure(lambda: tc.Config({"rest.password": PASSWORD}))

    texts += captured.texts
    assert any("/v4/users/self" in text for text in captured.texts)  # httpx and the transport did log
    for text in texts:
        for secret in secrets:
            assert secret not in text, (secret, text)


def build_api() -> TokensApi:
    return tc.build(TokensApi)


def test_settings_repr_masks_secrets() -> None:
    from tiledb.client._session.settings import Settings

    settings = Settings(
        server_address="https://h",
        token="T0KEN-VALUE",
        username="u",
        password="PASS-VALUE",
        workspace=None,
        workspace_id=None,
        verify_ssl=True,
        ca_file=None,
        profile_name=None,
        profile_dir=None,
    )
    assert "T0KEN-VALUE" not in repr(settings)
    assert "PASS-VALUE" not in repr(settings)
    assert "<redacted>" in repr(settings)
