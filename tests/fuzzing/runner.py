"""Runs Schemathesis (its command line, in a subprocess) against a fake server.

The run is bounded and seeded: every operation of the spec, ``examples`` generated cases each (the
fuzzing phase; ``coverage=True`` adds Schemathesis's boundary-value phase), all checks, with the
workspace and teamspace path parameters fixed to the seeded ones so that requests reach state.
The operations that would take the run's own credentials or its workspace away (deleting the
workspace, revoking tokens, renaming the workspace, ...) are run in a second pass, after a reset.
"""

from __future__ import annotations

import importlib.resources
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tiledb.client.testing import FakeServer

#: Operations that take the run's credentials, workspace or teamspace away: run after the others.
DESTRUCTIVE = (
    "delete_workspace",
    "update_workspace",
    "delete_teamspaces",
    "delete_teamspace",
    "update_teamspace",
    "revoke_token",
    "delete_user",
    "update_user",
    "change_password",
    "reset_password",
)

# Schema-valid requests a deployment still refuses for reasons the spec does not state: a
# credential with nothing to verify (400); a search in fields that do not exist (the spec types
# `filters` as free strings); a Delta Sharing page token the server did not give; file calls on a
# path that is not a file, or a POST that neither starts nor completes an upload (the file
# store's 400s).
_NO_POSITIVE_CHECK = """
[[operations]]
include-operation-id = "search_assets"
checks.positive_data_acceptance.enabled = false

[[operations]]
include-tag = "deltasharing"
checks.positive_data_acceptance.enabled = false
[[operations]]
include-operation-id = "verify_credential"
checks.positive_data_acceptance.enabled = false

[[operations]]
include-tag = "files"
checks.positive_data_acceptance.enabled = false
"""


@dataclass
class Result:
    """Exit status and output of one pass."""

    status: int
    output: str


def spec_path() -> str:
    """The spec the fake server ships (and answers by)."""
    return str(importlib.resources.files("tiledb.client.testing").joinpath("tiledb-v4.yaml"))


def _config(server: FakeServer, folder: Path) -> Path:
    path = folder / "schemathesis.toml"
    path.write_text(
        f"""
[parameters]
"path.workspace" = "{server.workspace_name}"
"path.teamspace" = "{server.teamspace_name}"
{_NO_POSITIVE_CHECK}
""",
        encoding="utf-8",
    )
    return path


def run_pass(
    server: FakeServer,
    folder: Path,
    *,
    seed: int,
    examples: int,
    operations: tuple[str, ...] = (),
    exclude: tuple[str, ...] = (),
    coverage: bool = False,
) -> Result:
    """One Schemathesis run against ``server`` (``operations`` only, or all but ``exclude``)."""
    exe = Path(sys.executable).with_name("schemathesis")
    command = [str(exe) if exe.exists() else "schemathesis", "--config-file", str(_config(server, folder))]
    command += [
        "run",
        spec_path(),
        "--url",
        server.url,
        "--header",
        f"X-TILEDB-REST-API-KEY: {server.token}",
        "--phases",
        "examples,coverage,fuzzing" if coverage else "examples,fuzzing",
        "--max-examples",
        str(examples),
        "--seed",
        str(seed),
        "--workers",
        "2",
        "--no-color",
        "--warnings",
        "off",
        # The agent's streamed chat belongs to the streaming handlers, checked with them.
        "--exclude-operation-id",
        "agent_chat",
    ]
    for op in operations:
        command += ["--include-operation-id", op]
    for op in exclude:
        command += ["--exclude-operation-id", op]
    env = {**os.environ, "SCHEMATHESIS_HOOKS": "", "NO_COLOR": "1"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=folder, check=False)
    return Result(done.returncode, done.stdout + done.stderr)


def run_all(folder: Path, *, seed: int, examples: int, coverage: bool = False) -> list[str]:
    """Both passes against a fresh fake server; what went wrong (empty when nothing did)."""
    problems: list[str] = []
    with FakeServer(check_answers=True) as server:
        first = run_pass(server, folder, seed=seed, examples=examples, exclude=DESTRUCTIVE, coverage=coverage)
        if first.status != 0:
            problems.append(f"Schemathesis failed (seed {seed}):\n{first.output[-20000:]}")
        problems += server.answer_problems
        server.reset()
        second = run_pass(
            server, folder, seed=seed, examples=examples, operations=DESTRUCTIVE, coverage=coverage
        )
        if second.status != 0:
            problems.append(
                f"Schemathesis failed on the destructive operations (seed {seed}):\n{second.output[-20000:]}"
            )
        problems += server.answer_problems
    return problems
