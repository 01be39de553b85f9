"""``tiledb-client`` driven as a subprocess against the fake server running in this process.

Every run gets a private HOME and no inherited ``TILEDB_*`` variable, so the real ``~/.tiledb``
is never read or written.
"""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tiledb.client.testing import FakeServer

CLI = [sys.executable, "-m", "tiledb.client.cli"]


class Run:
    """The CLI with a private environment: ``run("whoami")`` returns the finished process."""

    def __init__(self, tmp_path: Path) -> None:
        self.home = tmp_path / "home"
        self.home.mkdir()
        self.profile_dir = tmp_path / "profiles"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("TILEDB_")}
        self.env["HOME"] = str(self.home)
        self.cwd = tmp_path

    def __call__(
        self, *args: str, stdin: str = "", env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*CLI, *args],
            input=stdin,
            capture_output=True,
            text=True,
            env={**self.env, **(env or {})},
            cwd=self.cwd,
            timeout=60,
        )

    def dir_args(self) -> list[str]:
        return ["--profile-dir", str(self.profile_dir)]


@pytest.fixture
def run(tmp_path: Path) -> Run:
    return Run(tmp_path)


def configure_token(run: Run, server: FakeServer, name: str = "default") -> None:
    done = run("configure", "--host", server.url, "--token", server.token, "--profile", name, *run.dir_args())
    assert done.returncode == 0, done.stderr


def one_error_line(done: subprocess.CompletedProcess[str], *, after_prompts: bool = False) -> str:
    """The single error line of a failed run (after any prompts, when ``after_prompts``)."""
    lines = done.stderr.splitlines()
    if after_prompts:
        lines = lines[-1:]
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("tiledb-client: error: ")
    assert "Traceback" not in done.stderr
    return lines[0]


# ----------------------------------------------------------------------------- configure


def test_configure_with_flags_writes_a_private_profile(run: Run, server: FakeServer) -> None:
    done = run(
        "configure",
        "--host",
        server.url,
        "--username",
        "alice",
        "--password",
        "alice-password",
        "--workspace",
        "alice-ws",
        *run.dir_args(),
    )
    assert done.returncode == 0, done.stderr
    path = run.profile_dir / "profiles.json"
    assert f"Saved profile 'default' in {path}" in done.stdout
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    stored = json.loads(path.read_text())["default"]
    assert stored["rest.username"] == "alice"
    assert stored["rest.workspace"] == "alice-ws"
    assert "alice-password" not in done.stdout + done.stderr


def test_configure_prompts_for_what_is_missing(run: Run, server: FakeServer) -> None:
    # host, token (empty: use a password), username, password, workspace
    answers = f"{server.url}\n\nalice\nalice-password\nalice-ws\n"
    done = run("configure", "--profile", "prompted", *run.dir_args(), stdin=answers)
    assert done.returncode == 0, done.stderr
    for prompt in ("TileDB API host", "API token", "Username:", "Password:", "Workspace"):
        assert prompt in done.stderr
    assert "alice-password" not in done.stdout + done.stderr
    stored = json.loads((run.profile_dir / "profiles.json").read_text())["prompted"]
    assert stored["rest.password"] == "alice-password"
    assert stored["rest.server_address"] == server.url


def test_configure_prompts_only_for_a_missing_password(run: Run, server: FakeServer) -> None:
    args = ["--host", server.url, "--username", "alice", "--workspace", "alice-ws"]
    done = run("configure", *args, *run.dir_args(), stdin="alice-password\n")
    assert done.returncode == 0, done.stderr
    assert "Password:" in done.stderr
    assert "Username:" not in done.stderr and "host" not in done.stderr


def test_configure_without_input_is_a_usage_error(run: Run) -> None:
    done = run("configure", *run.dir_args(), stdin="")
    assert done.returncode == 2
    assert one_error_line(done, after_prompts=True).endswith(
        "no input for host (standard input is closed); pass --host"
    )


def test_configure_no_input_reports_the_missing_value(run: Run, server: FakeServer) -> None:
    done = run("configure", "--no-input", "--host", server.url, *run.dir_args())
    assert done.returncode == 1
    assert "No credentials" in one_error_line(done)


def test_configure_refuses_to_overwrite(run: Run, server: FakeServer) -> None:
    configure_token(run, server)
    again = run("configure", "--host", server.url, "--token", server.token, *run.dir_args())
    assert again.returncode == 1
    assert "already exists" in one_error_line(again)
    forced = run("configure", "--host", server.url, "--token", server.token, "--overwrite", *run.dir_args())
    assert forced.returncode == 0, forced.stderr


def test_configure_token_and_password_together_is_a_usage_error(run: Run, server: FakeServer) -> None:
    done = run("configure", "--host", server.url, "--token", "t", "--username", "u", *run.dir_args())
    assert done.returncode == 2
    assert "either --token or --username" in one_error_line(done)


def test_configure_warnings_are_one_line(run: Run) -> None:
    done = run("configure", "--host", "app.example.com", "--token", "tdb-ws_1-x", *run.dir_args())
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("tiledb-client: warning: host 'app.example.com' usually serves")
    assert len(done.stderr.splitlines()) == 1


# ----------------------------------------------------------------------------- login, whoami, workspaces


def test_login_checks_the_profile_by_fetching_the_user(run: Run, server: FakeServer) -> None:
    configure_token(run, server)
    server.clear_requests()
    done = run("login", *run.dir_args())
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"Logged in to {server.url} as alice with profile 'default'.\n"
    assert [r.path for r in server.requests] == ["/v4/users/self"]


def test_login_with_a_password_profile_exchanges_it(run: Run, server: FakeServer) -> None:
    run(
        "configure",
        *("--host", server.url, "--username", "alice", "--password", "alice-password"),
        *("--workspace", "alice-ws", "--profile", "pw"),
        *run.dir_args(),
    )
    done = run("--profile", "pw", "login", *run.dir_args())
    assert done.returncode == 0, done.stderr
    assert "as alice with profile 'pw'" in done.stdout


def test_login_with_a_bad_password_fails_with_one_line(run: Run, server: FakeServer) -> None:
    run(
        "configure",
        *("--host", server.url, "--username", "alice", "--password", "wrong-password"),
        *("--workspace", "alice-ws"),
        *run.dir_args(),
    )
    done = run("login", *run.dir_args())
    assert done.returncode == 1
    line = one_error_line(done)
    assert "401" in line and "wrong-password" not in line


def test_login_with_a_revoked_token_fails(run: Run, server: FakeServer) -> None:
    configure_token(run, server)
    server.revoke_token(server.token)
    done = run("login", *run.dir_args())
    assert done.returncode == 1
    assert server.token not in one_error_line(done)


def test_login_with_a_missing_profile_fails(run: Run) -> None:
    done = run("login", "--profile", "nope", *run.dir_args())
    assert done.returncode == 1
    assert "nope" in one_error_line(done)


def test_a_missing_profile_lists_the_existing_ones_in_cli_terms(run: Run, server: FakeServer) -> None:
    configure_token(run, server, "alpha")
    configure_token(run, server, "beta")
    line = one_error_line(run("login", "--profile", "nope", *run.dir_args()))
    assert "Existing profiles: 'alpha', 'beta'" in line
    assert f"'tiledb-client configure --profile nope --profile-dir {run.profile_dir}'" in line
    assert "tiledb.client." not in line and "(" not in line.split("Existing profiles")[1]


def test_a_workspace_that_contradicts_the_token_is_refused(run: Run, server: FakeServer) -> None:
    done = run(
        "configure", "--host", server.url, "--token", "tdb-ws_aaa-SECRETsecret", "--workspace", "ws_bbb",
        "--no-input", *run.dir_args(),
    )  # fmt: skip
    assert done.returncode == 1
    line = one_error_line(done)
    assert "--workspace ws_bbb names a different workspace than the token does (ws_aaa)" in line
    assert "omit --workspace" in line and "SECRETsecret" not in done.stderr + done.stdout
    assert not (run.profile_dir / "profiles.json").exists()


def test_library_errors_name_cli_options_not_python_arguments(run: Run, server: FakeServer) -> None:
    configure_token(run, server)
    again = one_error_line(run("configure", "--host", server.url, "--token", server.token, *run.dir_args()))
    assert "pass --overwrite to replace it, or choose another --profile" in again
    missing = one_error_line(run("configure", "--no-input", "--host", server.url, *run.dir_args()))
    assert "--token" in missing and "token=" not in missing
    bad_host = one_error_line(run("configure", "--host", "ftp://x", "--token", "t", *run.dir_args()))
    assert "--host api.tiledb.com" in bad_host and "host=" not in bad_host


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "Store working credentials with tiledb.client.configure(..., overwrite=True) and call "
            "tiledb.client.login() again.",
            "Store working credentials with 'tiledb-client configure --overwrite' and run "
            "'tiledb-client login' again.",
        ),
        (
            "Store the CA bundle that signed it with configure(ca_file=..., overwrite=True), or check",
            "Store the CA bundle that signed it with 'tiledb-client configure --ca-file PATH --overwrite', "
            "or check",
        ),
        ("use host='http://127.0.0.1:8'", "use --host http://127.0.0.1:8"),
        ("pass workspace='<name or ws_ id>', or", "pass --workspace <name or ws_ id>, or"),
        ("nothing to translate (rest.server_address)", "nothing to translate (rest.server_address)"),
    ],
)
def test_cli_terms(message: str, expected: str) -> None:
    from tiledb.client.cli import cli_terms

    assert cli_terms(message) == expected


def test_login_to_a_failing_server_fails_with_one_line(run: Run, server: FakeServer) -> None:
    configure_token(run, server)
    server.faults.add("/v4/users/self", status=500, body="html", count=None)
    done = run("login", *run.dir_args())
    assert done.returncode == 1
    one_error_line(done)


def test_unreachable_server_without_retries_fails_fast(run: Run, tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again: nothing listens there
    done = run(
        "configure", "--host", f"http://127.0.0.1:{port}", "--token", "tdb-ws_x-secret", *run.dir_args()
    )
    assert done.returncode == 0, done.stderr
    started = time.monotonic()
    done = run("whoami", "--retry-mode", "disabled", *run.dir_args())
    assert time.monotonic() - started < 10
    assert done.returncode == 1
    line = one_error_line(done)
    assert "could not be reached (ConnectError: the connection to 127.0.0.1" in line
    assert "was refused (nothing listens there)" in line


def test_whoami(run: Run, server: FakeServer) -> None:
    configure_token(run, server, "work")
    done = run("whoami", "--profile", "work", *run.dir_args())
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(None, 1) for line in done.stdout.splitlines() if " " in line)
    assert lines["username"].strip() == "alice"
    assert lines["role"].strip() == "owner"
    assert lines["profile"].strip() == "work"


def test_whoami_json(run: Run, server: FakeServer) -> None:
    configure_token(run, server)
    done = run("whoami", "--json", *run.dir_args())
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["username"] == "alice"
    assert data["server"] == server.url
    assert data["user_id"] == server.user_id


def test_profile_from_the_environment(run: Run, server: FakeServer) -> None:
    configure_token(run, server, "envprof")
    env = {"TILEDB_PROFILE_NAME": "envprof", "TILEDB_PROFILE_DIR": str(run.profile_dir)}
    done = run("whoami", "--json", env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["profile"] == "envprof"


def test_workspaces_table(run: Run, server: FakeServer) -> None:
    server.add_workspace("beta-ws", "alice", description="Second\nworkspace")
    configure_token(run, server)
    done = run("workspaces", *run.dir_args())
    assert done.returncode == 0, done.stderr
    header, *rows = done.stdout.splitlines()
    assert header.split() == ["NAME", "ID", "ROLE", "DESCRIPTION"]
    assert [r.split()[0] for r in rows] == ["alice-ws", "beta-ws"]
    assert rows[0].split()[1:3] == [server.workspace_id, "owner"]
    assert rows[1].endswith("Second workspace")


def test_workspaces_json(run: Run, server: FakeServer) -> None:
    configure_token(run, server)
    done = run("workspaces", "--json", *run.dir_args())
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)[0] == {
        "name": "alice-ws",
        "workspace_id": server.workspace_id,
        "role": "owner",
        "description": "Alice's workspace",
    }


def test_verbose_logs_the_http_calls_without_secrets(run: Run, server: FakeServer) -> None:
    configure_token(run, server)
    done = run("-v", "whoami", *run.dir_args())
    assert done.returncode == 0, done.stderr
    assert "tiledb.client.http DEBUG GET /v4/users/self -> 200" in done.stderr
    assert server.token not in done.stderr


# ----------------------------------------------------------------------------- profiles


def test_profiles_list(run: Run, server: FakeServer) -> None:
    configure_token(run, server)
    run(
        "configure",
        *("--host", server.url, "--username", "alice", "--password", "alice-password"),
        *("--workspace", "alice-ws", "--profile", "pw"),
        *run.dir_args(),
    )
    done = run("profiles", "list", "--profile", "pw", *run.dir_args())
    assert done.returncode == 0, done.stderr
    header, *rows = done.stdout.splitlines()
    assert header.split() == ["CURRENT", "NAME", "SERVER", "WORKSPACE", "AUTH"]
    assert [r.split() for r in rows] == [
        ["default", server.url, server.workspace_id, "token"],
        ["*", "pw", server.url, "alice-ws", "password"],
    ]
    assert server.token not in done.stdout and "alice-password" not in done.stdout


def test_profiles_list_json_and_missing_file(run: Run, server: FakeServer) -> None:
    empty = run("profiles", "list", "--json", *run.dir_args())
    assert empty.returncode == 0
    assert json.loads(empty.stdout) == []
    assert "no profiles file" in empty.stderr
    configure_token(run, server)
    done = run("profiles", "list", "--json", *run.dir_args())
    assert [p["name"] for p in json.loads(done.stdout)] == ["default"]


def test_profiles_list_uses_home_by_default(run: Run, server: FakeServer) -> None:
    done = run("configure", "--host", server.url, "--token", server.token)
    assert done.returncode == 0, done.stderr
    assert (run.home / ".tiledb" / "profiles.json").exists()
    listed = run("profiles", "list")
    assert "default" in listed.stdout


def test_profiles_show_masks_secrets(run: Run, server: FakeServer) -> None:
    configure_token(run, server)
    run(
        "configure",
        *("--host", server.url, "--username", "alice", "--password", "alice-password"),
        *("--workspace", "alice-ws", "--profile", "pw"),
        *run.dir_args(),
    )
    token = run("profiles", "show", *run.dir_args())
    assert token.returncode == 0, token.stderr
    assert server.token not in token.stdout
    shown = dict(line.split(None, 1) for line in token.stdout.splitlines())
    assert shown["rest.token"].strip() == "<redacted>"
    assert shown["rest.server_address"].strip() == server.url

    password = run("profiles", "show", "pw", "--json", *run.dir_args())
    data = json.loads(password.stdout)
    assert data["name"] == "pw"
    assert data["parameters"]["rest.password"] == "<redacted>"
    assert data["parameters"]["rest.username"] == "alice"
    assert "alice-password" not in password.stdout


def test_profiles_show_unknown_profile(run: Run, server: FakeServer) -> None:
    configure_token(run, server)
    done = run("profiles", "show", "nope", *run.dir_args())
    assert done.returncode == 1
    assert "no profile 'nope'" in one_error_line(done)
    assert "(profiles: default)" in done.stderr


def test_profiles_file_that_is_not_json(run: Run) -> None:
    run.profile_dir.mkdir()
    (run.profile_dir / "profiles.json").write_text("{not json")
    done = run("profiles", "list", *run.dir_args())
    assert done.returncode == 1
    assert "is not valid JSON" in one_error_line(done)


# ----------------------------------------------------------------------------- usage


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["profiles"],
        ["frobnicate"],
        ["whoami", "--bogus"],
        ["profiles", "show", "a", "b"],
    ],
)
def test_usage_errors_exit_2_with_one_line(run: Run, args: list[str]) -> None:
    done = run(*args)
    assert done.returncode == 2
    one_error_line(done)


def test_options_before_and_after_the_command(run: Run, server: FakeServer) -> None:
    configure_token(run, server, "x")
    before = run("--profile", "x", *run.dir_args(), "profiles", "show")
    after = run("profiles", "show", "--profile", "x", *run.dir_args())
    assert before.returncode == after.returncode == 0
    assert before.stdout == after.stdout


def test_console_script_and_module_entry_points(run: Run) -> None:
    script = Path(sys.executable).with_name("tiledb-client")
    if not script.exists():
        pytest.skip("the tiledb-client console script is not installed next to this Python")
    for command in ([str(script)], [sys.executable, "-m", "tiledb.client"]):
        done = subprocess.run(
            [*command, "--version"], capture_output=True, text=True, env=run.env, timeout=60
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith("tiledb-client ")
