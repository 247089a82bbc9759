"""Start-up benchmark (issue 14): launch to the sign-in window, beside a bare Qt window.

    uv run python benchmarks/startup.py [--runs 7]

In one run, with the same interpreter, alternating, ``--runs`` times each after one warm-up:

* floor: a bare PySide6 window: a QApplication and a QWidget shown and painted once, from a
  script that imports nothing else (``BARE`` below; the bundle's floor, measured by
  ``python -m authdesk.build``, is ``AuthDesk --measure-bare-window``, the same thing);
* sign-in: ``authdesk --measure-startup --db URL``, the app's own start-up
  (``gui.shell.app.first_window``) up to the sign-in window painted once, on an existing,
  current SQLite database that has keys and an administrator;
* ready: the same, going on until the database is open behind the window (schema check, keys
  read from the keyring and proven, the core's services): what the first sign-in waits for.

Each figure is the median wall time from launching the child to reading its marker line, and
the median peak RSS of the child (``wait4``'s ``ru_maxrss``), with the ratio to the floor.
Target: sign-in within 2x the floor in time and in memory.

The keys are kept in a real Secret Service: on Linux the benchmark re-runs itself in a private
D-Bus session with an unlocked GNOME Keyring when ``dbus-run-session`` and
``gnome-keyring-daemon`` are installed (as ``python -m authdesk.build`` does); without them the
"ready" runs report that the keys could not be read, and the sign-in figures still stand.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAUNCH = "import sys; from authdesk.gui.shell.app import main; sys.exit(main())"
BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv[:1])
window = QWidget()
window.resize(480, 360)


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("startup: bare window shown", flush=True)
            QTimer.singleShot(0, app.quit)
        return False


probe = FirstPaint()
window.installEventFilter(probe)
window.show()
app.exec()
"""
IN_KEYRING = "AUTHDESK_BENCH_IN_KEYRING"
TIMEOUT_S = 180


@dataclass(frozen=True)
class Run:
    wall_ms: float  # launch to the marker line, seen from here
    rss_mib: float  # the child's peak resident set size
    note: str = ""


def in_keyring_session(argv: list[str]) -> None:
    """Re-run this script inside a private D-Bus session with an unlocked GNOME Keyring."""
    tools = [shutil.which(t) for t in ("dbus-run-session", "gnome-keyring-daemon")]
    if os.environ.get(IN_KEYRING) or not sys.platform.startswith("linux") or not all(tools):
        return
    home = Path(tempfile.mkdtemp(prefix="authdesk-bench-home-"))
    inner = ('printf bench | "$KEYRING_DAEMON" --unlock --components=secrets >/dev/null && '
             'exec "$@"')
    env = dict(os.environ, **{IN_KEYRING: "1", "HOME": str(home),
                              "KEYRING_DAEMON": str(tools[1])})
    cmd = [str(tools[0]), "--", "sh", "-c", inner, "sh", sys.executable, *argv]
    try:
        code = subprocess.call(cmd, env=env)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    raise SystemExit(code)


def prepare(folder: Path) -> str:
    """In a child process (so that this one stays small: a child's peak RSS on Linux starts at
    its parent's), a current SQLite database with its keys in this session's keyring and an
    administrator (so that the app's first window is the sign-in window)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run([sys.executable, __file__, "--prepare", str(folder)], cwd=ROOT,
                         env=env, check=True, capture_output=True, text=True).stdout
    print(out.strip().splitlines()[0])
    return out.strip().splitlines()[-1]


def _prepare_here(folder: Path) -> None:
    import keyring

    from authdesk.core.desk import Desk
    from authdesk.core.keys import KeyringUnavailable, MemoryKeyring, usable_backend
    from authdesk.core.workstation import Workstation
    from authdesk.storage.db import Database, sqlite_url

    url = sqlite_url(folder / "data" / "authdesk.db")
    db = Database(url)
    try:
        usable_backend()
        backend = None
        print(f"keys kept in {type(keyring.get_keyring()).__module__}")
    except KeyringUnavailable:
        backend = MemoryKeyring()
        print("no OS keyring here: the 'ready' runs cannot read the keys (see the docstring)")
    desk = Desk.initialise(db, workstation=Workstation("bench", folder / "data" / "ws.json"),
                           keyring_backend=backend)
    desk.staff.create_first_admin(username="bench.admin", display_name="Benchmark admin",
                                  employee_no="BENCH-1", password="benchmark password 1")
    db.dispose()
    print(url)


def measure(cmd: list[str], env: dict[str, str], marker: str) -> Run:
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, encoding="utf-8",
                            errors="replace")
    assert proc.stdout is not None
    wall, lines = None, []
    for line in proc.stdout:
        lines.append(line.rstrip())
        if wall is None and line.startswith(marker):
            wall = (time.perf_counter() - started) * 1000
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    failed = [x for x in lines if "FAILED" in x]
    if wall is None or proc.returncode != 0:
        raise SystemExit(f"no '{marker}' from {' '.join(cmd[-3:])}: {' / '.join(lines[-5:])}")
    # ru_maxrss: KiB on Linux, bytes on macOS.
    rss = usage.ru_maxrss / (2**20 if sys.platform == "darwin" else 2**10)
    return Run(wall, rss, failed[0] if failed else "")


def summary(label: str, runs: list[Run], floor: list[Run] | None) -> str:
    wall = statistics.median(r.wall_ms for r in runs)
    rss = statistics.median(r.rss_mib for r in runs)
    line = (f"{label:<34} {wall:7.0f} ms (range {min(r.wall_ms for r in runs):.0f}-"
            f"{max(r.wall_ms for r in runs):.0f})  {rss:6.1f} MiB peak")
    if floor is not None:
        f_wall = statistics.median(r.wall_ms for r in floor)
        f_rss = statistics.median(r.rss_mib for r in floor)
        line += f"   = {wall / f_wall:.2f}x time, {rss / f_rss:.2f}x memory of the bare window"
    notes = sorted({r.note for r in runs if r.note})
    return line + "".join(f"\n    {n}" for n in notes)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="timed starts of each kind")
    parser.add_argument("--prepare", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.prepare:
        _prepare_here(args.prepare)
        return 0
    in_keyring_session([str(Path(__file__).resolve()), *argv])

    folder = Path(tempfile.mkdtemp(prefix="authdesk-bench-startup-"))
    try:
        url = prepare(folder)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                   AUTHDESK_CONFIG=str(folder / "no-config.toml"),
                   AUTHDESK_DATA_DIR=str(folder / "data"))
        env.pop("AUTHDESK_DATABASE_URL", None)
        # An installed program has its bytecode cached: let the warm-up runs write .pyc files
        # (a developer's PYTHONDONTWRITEBYTECODE=1 would make every start compile every module).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        python = [sys.executable, "-c", LAUNCH]
        kinds = {
            "bare window (floor)": ([sys.executable, "-c", BARE], "startup:"),
            "authdesk to sign-in painted": ([*python, "--measure-startup", "--db", url],
                                            "startup:"),
            "authdesk to database open": ([*python, "--measure-startup", "ready", "--db", url],
                                          "ready:"),
        }
        results: dict[str, list[Run]] = {k: [] for k in kinds}
        for cmd, marker in kinds.values():  # warm-up: disk caches, .pyc files
            measure(cmd, env, marker)
        for _ in range(args.runs):
            for kind, (cmd, marker) in kinds.items():
                results[kind].append(measure(cmd, env, marker))
        floor = results["bare window (floor)"]
        print(f"{sys.executable}, {args.runs} runs each, alternating; medians")
        for kind, runs in results.items():
            print(summary(kind, runs, None if runs is floor else floor))
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
