#!/usr/bin/env python3
"""The main job, end to end, against the bundled fake TileDB server.

Starts ``tiledb.client.testing.FakeServer`` on loopback, stores a username/password profile in a
temporary profile directory with ``configure()``, logs in (the password is exchanged for a session
token), shows the user and the workspaces, lists teamspaces and assets through generated Api classes,
creates and revokes an API token, uploads and downloads a 20 MB file (multipart, parallel parts, a
download resumed after a dropped connection) with progress, and rides out a short 503 storm,
logging each retry. Nothing is written to the real ``~/.tiledb``.
"""

from __future__ import annotations

import hashlib
import logging
import os
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
        # The first retry of a call is a WARNING, later ones INFO (docs/logging.md).
        if record.levelno in (logging.INFO, logging.WARNING) and "; attempt " in record.getMessage():
            self.retries += 1
            print(f"    retry logged: {record.getMessage()}")


class Bar:
    """Prints a transfer's progress at every tenth of the total (and at the end)."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.shown = -1

    def __call__(self, done: int, total: int | None) -> None:
        if not total:
            return
        tenth = done * 10 // total
        if tenth != self.shown:
            self.shown = tenth
            bar = "#" * tenth + "." * (10 - tenth)
            print(f"    {self.label} [{bar}] {done / 1e6:5.1f} / {total / 1e6:.1f} MB")


def files_step(server: FakeServer, workdir: Path) -> bool:
    """Upload and download a file larger than one part, with progress; True if the bytes match."""
    from tiledb.client import files

    step("Upload and download a 20 MB file (8 MB parts in parallel, resumed download)")
    source = workdir / "survey.bin"
    with open(source, "wb") as f:
        for _ in range(20):
            f.write(os.urandom(1_000_000))
    files.upload_file(source, "examples/", teamspace=server.teamspace_name, progress=Bar("upload  "))
    parts = sorted(int(r.params["partNumber"]) for r in server.requests if "partNumber" in r.params)
    left = server.files.open_uploads
    print(f"    sent as a multipart upload of {len(parts)} parts; open uploads left: {left}")
    server.faults.add(prefix="/v4/files/", method="GET", drop_after=5_000_000)
    target = workdir / "survey-copy.bin"
    files.download_file(
        "examples/survey.bin", target, teamspace=server.teamspace_name, parallel=1, progress=Bar("download")
    )
    ranges = [
        r.headers.get("range")
        for r in server.requests
        if r.method == "GET" and r.path.startswith("/v4/files/")
    ]
    print(f"    the connection was dropped after 5 MB; resumed with Range: {ranges[-1]}")
    same = hashlib.sha256(source.read_bytes()).digest() == hashlib.sha256(target.read_bytes()).digest()
    print(f"    SHA-256 of the copy {'matches' if same else 'DIFFERS FROM'} the original")
    listed = [
        e for e in files.list_files("examples", teamspace=server.teamspace_name) if e.name == "survey.bin"
    ]
    print(f"    list_files('examples') shows it: {listed[0].path}, {listed[0].size:,} bytes")
    return same


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

        if not files_step(server, Path(profile_dir)):
            print("demo: the downloaded file differs", file=sys.stderr)
            return 1

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
