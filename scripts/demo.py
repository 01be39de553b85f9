#!/usr/bin/env python3
"""The main job, end to end, against the bundled fake TileDB server.

Starts ``tiledb.client.testing.FakeServer`` on loopback, stores a username/password profile in a
temporary profile directory with ``configure()``, logs in (the password is exchanged for a session
token), shows the user and the workspaces, lists teamspaces and assets through generated Api classes,
creates and revokes an API token, and rides out a short 503 storm, logging each retry. Nothing is
written to the real ``~/.tiledb``.
"""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path

from tiledb.client.rest_api.api import AssetsApi, TeamspacesApi, TokensApi, UsersApi
from tiledb.client.rest_api.models import TokenCreateRequest, TokenScope

import tiledb.client as tc
from tiledb.client.testing import FakeServer


def table(rows: list[tuple[str, ...]], header: tuple[str, ...]) -> str:
    """A plain-text table with aligned columns."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(str(c).ljust(w) for c, w in zip(header, widths, strict=True)), line]
    out += ["  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows]
    return "\n".join("    " + text for text in out)


def step(title: str) -> None:
    print(f"\n== {title}")


class RetryCounter(logging.Handler):
    """Counts (and prints) the retry records of the client's HTTP logger."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.retries = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno == logging.INFO and "attempt" in record.getMessage():
            self.retries += 1
            print(f"    retry logged: {record.getMessage()}")


def main() -> int:
    home_profiles = Path.home() / ".tiledb" / "profiles.json"
    before = home_profiles.read_bytes() if home_profiles.exists() else None

    with FakeServer() as server, tempfile.TemporaryDirectory(prefix="tiledb-demo-") as profile_dir:
        step(f"Fake TileDB server on {server.url} (regional listener {server.regional_url})")

        step("configure(): store a username/password profile")
        tc.configure(
            username=server.username,
            password=server.password,
            workspace=server.workspace_name,
            host=server.url,
            profile_name="demo",
            profile_dir=profile_dir,
        )
        mode = (Path(profile_dir) / "profiles.json").stat().st_mode & 0o777
        print(f"    profile 'demo' written to {profile_dir}/profiles.json (mode {mode:o})")

        step("login(): the password is exchanged for a session token")
        tc.login(profile_name="demo", profile_dir=profile_dir)
        exchanged = [r for r in server.requests if r.method == "POST" and r.path == "/v4/tokens"]
        print(f"    session token created by POST /v4/tokens ({len(exchanged)} request)")

        step("The user and the workspaces")
        user = tc.get_user()
        row = (user.username, user.display_name, user.email, str(user.role))
        print(table([row], ("user", "name", "email", "role")))
        ws_list = tc.get_user_workspaces()
        rows = [(w.name, w.workspace_id, str(w.workspace_role), f"{w.created_at:%Y-%m-%d}") for w in ws_list]
        print(table(rows, ("workspace", "id", "your role", "created")))

        step("Teamspaces and assets through generated Api classes")
        teamspaces = tc.build(TeamspacesApi).list_teamspaces(server.workspace_name)
        print(table([(t.name, t.teamspace_id) for t in teamspaces.data], ("teamspace", "id")))
        assets = tc.build(AssetsApi).list_assets(
            server.workspace_name, server.teamspace_name, "examples", per_page=50
        )
        print(table([(a.name, str(a.type_), a.path) for a in assets.data], ("asset", "type", "path")))

        step("Create an API token and revoke it")
        tokens = tc.build(TokensApi)
        created = tokens.create_token(
            TokenCreateRequest(name="demo-token", scope=TokenScope("*"), workspace_id=tc.get_workspace_id())
        ).data
        print(f"    created token {created.token_id} ({created.name}); its key is never printed")
        tokens.revoke_token(created.token_id)
        print(f"    revoked token {created.token_id}")

        step("A short 503 storm that the client rides out")
        counter = RetryCounter()
        http_logger = logging.getLogger("tiledb.client.http")
        http_logger.addHandler(counter)
        http_logger.setLevel(logging.INFO)
        server.faults.add("/v4/users/self", status=503, count=3)
        me = tc.build(UsersApi).get_self_user()
        http_logger.removeHandler(counter)
        print(f"    GET /v4/users/self succeeded for {me.data.user.username} after {counter.retries} retries")
        if counter.retries != 3:
            print("demo: expected 3 retries", file=sys.stderr)
            return 1

    after = home_profiles.read_bytes() if home_profiles.exists() else None
    if before != after:
        print("demo: ~/.tiledb/profiles.json changed", file=sys.stderr)
        return 1
    print("\nDemo finished: nothing was written to ~/.tiledb.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
