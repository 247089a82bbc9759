"""``authdesk --self-test`` from source, its report, and ``--measure-startup``.

The bundle runs the same self-test (``python -m authdesk.build``, not in pytest: too slow).
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from authdesk import selftest

ROOT = Path(__file__).resolve().parent.parent
STEPS = ("keyring backends", "migrations", "first administrator", "demo seed", "staff sign-in",
         "customer step-up",
         "change request", "four-eyes approval", "audit verify", "parallel verify", "main window",
         "japanese translation", "bundle isolation")
CHECKS = (  # the step functions run_self_test calls, in order
    "check_keyring_backends", "check_migrations", "check_first_admin", "check_demo_seed",
    "check_staff_sign_in",
    "check_customer_step_up", "check_change_request", "check_four_eyes_approval",
    "check_audit", "check_parallel_walk", "check_main_window", "check_japanese",
    "check_bundle_isolation",
)


def run_python(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    """A fresh interpreter, as a workstation would start it, with an empty home."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    env.pop("AUTHDESK_DATABASE_URL", None)
    return subprocess.run([sys.executable, *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=600, env=env, cwd=ROOT, check=False)


@pytest.mark.slow
def test_self_test_passes_from_source(tmp_path: Path) -> None:
    result = run_python(["-m", "authdesk.selftest"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for step in STEPS:
        assert any(line.startswith(f"ok   {step}: ") for line in lines), (step, result.stdout)
    assert not any(line.startswith("FAIL") for line in lines)
    assert lines[-1] == f"self-test passed: {len(STEPS)} steps"


@pytest.mark.slow
def test_measure_startup_prints_the_time_to_the_first_window(tmp_path: Path) -> None:
    """Without ``--db``: a new workstation's first start (a new database, then first run)."""
    result = run_python(["-m", "authdesk.selftest", "--measure-startup"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    (line,) = [x for x in result.stdout.splitlines() if x.startswith("startup:")]
    assert re.match(r"startup: first-run window shown; process start: \d+ ms", line), line


@pytest.mark.slow
def test_measure_startup_on_an_existing_database(tmp_path: Path) -> None:
    """The usual start: the sign-in window, then the database opened behind it (here without
    an OS keyring, so the opening fails and says so; the window's figure still stands)."""
    from authdesk.core.desk import Desk
    from authdesk.core.keys import MemoryKeyring
    from authdesk.core.workstation import Workstation
    from authdesk.storage.db import Database, sqlite_url

    url = sqlite_url(tmp_path / "existing.db")
    db = Database(url)
    Desk.initialise(db, workstation=Workstation("ws", tmp_path / "ws.json"),
                    keyring_backend=MemoryKeyring())
    db.dispose()
    result = run_python(["-c", "import sys; from authdesk.gui.shell.app import main; "
                               "sys.exit(main())", "--measure-startup", "ready", "--db", url],
                        tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert any(re.match(r"startup: sign-in window shown; process start: \d+ ms", x)
               for x in lines), lines
    assert any(x.startswith("ready: ") for x in lines), lines


def test_the_app_hands_its_flags_to_the_self_test(monkeypatch: pytest.MonkeyPatch) -> None:
    """``authdesk --self-test`` and ``--measure-startup`` reach this module, before any window."""
    calls: list[str] = []
    monkeypatch.setattr(selftest, "run_self_test", lambda *a, **k: calls.append("test") or 7)
    monkeypatch.setattr(selftest, "measure_startup", lambda *a, **k: calls.append("start") or 5)
    from authdesk.gui.shell.app import main

    assert main(["--self-test"]) == 7
    assert main(["--measure-startup"]) == 5
    assert calls == ["test", "start"]


def fake_checks(monkeypatch: pytest.MonkeyPatch, failing: str | None = None) -> None:
    def make(name: str) -> Callable[..., str]:
        def check(*_args: object) -> str:
            if name == failing:
                raise RuntimeError("the database said no")
            return "fine"
        return check

    for name in CHECKS:
        assert hasattr(selftest, name), name
        monkeypatch.setattr(selftest, name, make(name))


def test_all_steps_passing_exits_zero(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_checks(monkeypatch)
    out = io.StringIO()
    assert selftest.run_self_test(out) == 0
    lines = out.getvalue().splitlines()
    assert [line.split(":")[0] for line in lines[1:-1]] == [f"ok   {s}" for s in STEPS]


def test_one_failing_step_fails_the_run_and_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_checks(monkeypatch, failing="check_change_request")
    out = io.StringIO()
    assert selftest.run_self_test(out) == 1
    text = out.getvalue()
    assert "FAIL change request: RuntimeError: the database said no" in text
    # What builds on it is reported as not run, not as passed.
    assert "FAIL four-eyes approval: not run, needs change request" in text
    assert "ok   audit verify" in text  # independent steps still run
    assert text.splitlines()[-1].startswith("self-test FAILED: 2 of 13 steps failed")


def test_bundle_isolation_refuses_modules_from_outside_the_bundle(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert "not applicable" in selftest.check_bundle_isolation()  # from source
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    with pytest.raises(RuntimeError, match="loaded from outside the bundle"):
        selftest.check_bundle_isolation()
