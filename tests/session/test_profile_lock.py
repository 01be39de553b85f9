"""The cross-process lock around profiles.json: portable, bounded, and freed when its holder dies."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tiledb.client import ConfigurationError, configure
from tiledb.client._session import profiles as _profiles

HOLD_LOCK = textwrap.dedent(
    """
    import sys, time
    from filelock import FileLock
    lock = FileLock(sys.argv[1], thread_local=False)
    lock.acquire()
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
    """
)


# Distinctive enough that no temporary path can contain it (pytest's "pytest-213" holds "t-2").
SECOND_TOKEN = "tok-SECOND-save-7c1e"


def _hold(lock_file: str, seconds: float) -> subprocess.Popen[str]:
    """Start a process that takes the lock and keeps it for ``seconds``; return once it holds it."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, lock_file, str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "held"
    return holder


def _stop(holder: subprocess.Popen[str]) -> None:
    holder.kill()
    holder.wait()
    if holder.stdout is not None:
        holder.stdout.close()


def test_configure_and_login_work_without_fcntl(tmp_path: Path) -> None:
    """No POSIX-only module on the path of configure() and login() (Windows has no fcntl)."""
    probe = textwrap.dedent(
        """
        import sys
        sys.modules["fcntl"] = None  # any import of it now fails, as on Windows
        import tiledb.client as tc
        tc.configure(token="secret-token", workspace="ws_probe", host="http://127.0.0.1:9",
                     profile_name="p", profile_dir=sys.argv[1])
        tc.login("p", sys.argv[1])
        print(tc.get_workspace_id())
        """
    )
    out = subprocess.run(
        [sys.executable, "-W", "ignore::UserWarning", "-c", probe, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ws_probe"
    assert (tmp_path / "profiles.json").exists()


def test_a_lock_held_too_long_ends_in_a_configuration_error_naming_it(
    profile_dir: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(token="t-1", workspace="ws", host="http://h.example", profile_dir=profile_dir)
    lock_file = os.path.join(profile_dir, "profiles.json.lock")
    monkeypatch.setattr(_profiles, "LOCK_TIMEOUT", 0.5)
    holder = _hold(lock_file, 30)
    try:
        started = time.monotonic()
        with pytest.raises(ConfigurationError) as info:
            configure(
                token=SECOND_TOKEN,
                workspace="ws",
                host="http://h.example",
                profile_name="other",
                profile_dir=profile_dir,
            )
        assert time.monotonic() - started < 10
    finally:
        _stop(holder)
    assert lock_file in str(info.value)
    assert SECOND_TOKEN not in str(info.value)
    # Once the holder is gone the same save goes through.
    configure(
        token=SECOND_TOKEN,
        workspace="ws",
        host="http://h.example",
        profile_name="other",
        profile_dir=profile_dir,
    )


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs a process that can be killed outright")
def test_a_lock_left_by_a_dead_process_does_not_block(profile_dir: str) -> None:
    configure(token="t-1", workspace="ws", host="http://h.example", profile_dir=profile_dir)
    lock_file = os.path.join(profile_dir, "profiles.json.lock")
    holder = _hold(lock_file, 60)
    holder.send_signal(signal.SIGKILL)  # no chance to release anything
    _stop(holder)
    assert os.path.exists(lock_file)
    started = time.monotonic()
    configure(
        token="t-2", workspace="ws", host="http://h.example", profile_name="after", profile_dir=profile_dir
    )
    assert time.monotonic() - started < _profiles.LOCK_TIMEOUT
