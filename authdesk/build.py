"""Build the workstation bundle and prove it works on a machine with no Python.

    uv run python -m authdesk.build              build, self-test the copy, measure
    uv run python -m authdesk.build --skip-build   test and measure the existing dist/AuthDesk

1. PyInstaller builds ``build.spec`` into ``dist/AuthDesk/`` (and ``dist/AuthDesk.app`` on macOS).
2. The shipped folder is copied to a temporary directory outside the repository, and
   ``AuthDesk --self-test`` runs there in a stripped environment: PATH is an empty directory (so
   no Python, system or project, can be found; checked), PYTHONPATH, PYTHONHOME and every other
   variable unset, HOME an empty folder, QT_QPA_PLATFORM=offscreen. ``authdesk-admin --help``
   runs there too, and on Linux the bundle's keyring backend keeps keys in a real Secret
   Service (GNOME Keyring on a private D-Bus session) when those tools are installed.
3. It prints the bundle's size on disk and the time and peak memory from launch to the sign-in
   window painted (``--measure-startup --db URL`` on an existing, current database made here),
   for the bundle and from source, each beside a bare Qt window from the same bundle or
   interpreter (``--measure-bare-window``) as a ratio. ``benchmarks/startup.py`` measures the
   source start-up the same way, with the keys in a real keyring.

Exits non-zero when the build, the self-test, the admin program or the environment check fails.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build"
APP = "AuthDesk"
ADMIN = "authdesk-admin"
STARTUP_MARKER = "startup:"  # the line measure_startup() prints once the sign-in window shows
MEASURE_TIMEOUT_S = 120
SOURCE_LAUNCH = "import sys; from authdesk.gui.shell.app import main; sys.exit(main())"


def say(text: str) -> None:
    print(f"[build] {text}", flush=True)


class BuildFailed(Exception):
    """A step of the build or of the bundle check failed; the message says which."""


# -- building --------------------------------------------------------------------------------------


def build_bundle(*, clean: bool) -> None:
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(DIST), "--workpath", str(WORK)]
    if clean:
        cmd.append("--clean")
    cmd.append(str(SPEC))
    say("$ " + " ".join(cmd))
    started = time.perf_counter()
    if subprocess.call(cmd, cwd=ROOT) != 0:
        raise BuildFailed("PyInstaller failed (see its output above)")
    say(f"built in {time.perf_counter() - started:.0f} s")


def shipped_folder() -> tuple[Path, Path]:
    """The folder a workstation receives and the GUI program inside it (relative)."""
    if sys.platform == "darwin":
        return DIST / f"{APP}.app", Path("Contents") / "MacOS" / APP
    return DIST / APP, Path(APP + (".exe" if os.name == "nt" else ""))


def admin_program(gui_program: Path) -> Path:
    return gui_program.with_name(ADMIN + (".exe" if os.name == "nt" else ""))


# -- the stripped environment --------------------------------------------------------------------


def stripped_env(scratch: Path) -> dict[str, str]:
    """Only what an OS gives any program: no Python paths, an empty home, no display."""
    home = scratch / "home"
    empty_bin = scratch / "empty-bin"
    temp = scratch / "tmp"
    for folder in (home, empty_bin, temp):
        folder.mkdir(parents=True, exist_ok=True)
    env = {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(temp),
           "LANG": "C.UTF-8"}
    if os.name == "nt":
        system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        appdata = home / "AppData"
        env.update({
            "SystemRoot": system_root, "WINDIR": system_root,
            "PATH": str(Path(system_root) / "System32"),  # py.exe lives in C:\Windows, not here
            "PATHEXT": os.environ.get("PATHEXT", ".COM;.EXE;.BAT;.CMD"),
            "COMSPEC": os.environ.get("COMSPEC", str(Path(system_root) / "System32/cmd.exe")),
            "TEMP": str(temp), "TMP": str(temp), "USERPROFILE": str(home),
            "APPDATA": str(appdata / "Roaming"), "LOCALAPPDATA": str(appdata / "Local"),
        })
    else:
        # /usr/bin holds a system python3 on most Linux and macOS machines: an empty PATH is the
        # only way to be sure the bundle runs on its own.
        env["PATH"] = str(empty_bin)
    return env


def pythons_on_path(env: dict[str, str]) -> list[str]:
    found = []
    for name in ("python", "python3", "py", f"python{sys.version_info[0]}.{sys.version_info[1]}"):
        hit = shutil.which(name, path=env["PATH"])
        if hit:
            found.append(hit)
    return found


def copy_outside_repo(folder: Path, scratch: Path) -> Path:
    target = scratch / "installed" / folder.name
    if target.resolve().is_relative_to(ROOT):
        raise BuildFailed(f"the copy must be outside the repository, not {target}")
    shutil.copytree(folder, target, symlinks=True)
    return target


# -- checks --------------------------------------------------------------------------------------


def run_streamed(cmd: list[str], *, env: dict[str, str], cwd: Path,
                 timeout: float) -> tuple[int, str]:
    """Run and echo the output, indented, as it comes; kill it after ``timeout`` seconds.
    Returns the exit code and the output."""
    with subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, encoding="utf-8",
                          errors="replace") as proc:
        assert proc.stdout is not None
        timed_out = threading.Event()

        def stop() -> None:
            timed_out.set()
            proc.kill()

        watchdog = threading.Timer(timeout, stop)
        watchdog.start()
        lines = []
        try:
            for line in proc.stdout:
                lines.append(line)
                print("    | " + line.rstrip(), flush=True)
            code = proc.wait()
        finally:
            watchdog.cancel()
    if timed_out.is_set():
        raise BuildFailed(f"{cmd[0]} was stopped after {timeout:.0f} s")
    return code, "".join(lines)


def secret_service_check(admin: Path, env: dict[str, str], scratch: Path) -> None:
    """Linux: the bundle's own keyring backend stores and reads keys in a real Secret Service
    (GNOME Keyring on a private D-Bus session), through ``authdesk-admin init`` twice: the
    second run reads the keys back and checks them against the database (no sign-in: the
    database has no staff yet). The self-test cannot show this: it keeps its keys in memory."""
    tools = {name: shutil.which(name) for name in
             ("dbus-run-session", "dbus-daemon", "gnome-keyring-daemon", "sh")}
    if not all(tools.values()):
        missing = ", ".join(name for name, path in tools.items() if not path)
        if os.environ.get("CI"):
            raise BuildFailed(f"CI needs {missing} for the Secret Service check")
        say(f"skipping the Secret Service check: {missing} not installed")
        return
    inner = ('printf secret | "$KEYRING_DAEMON" --unlock --components=secrets >/dev/null && '
             '"$ADMIN" --db "$URL" init --no-admin && "$ADMIN" --db "$URL" init --no-admin')
    run_env = dict(env, ADMIN=str(admin), KEYRING_DAEMON=str(tools["gnome-keyring-daemon"]),
                   URL=f"sqlite:///{scratch / 'secret-service.db'}")
    cmd = [str(tools["dbus-run-session"]), f"--dbus-daemon={tools['dbus-daemon']}", "--",
           str(tools["sh"]), "-c", inner]
    say("$ dbus-run-session -- sh -c '<unlock GNOME Keyring>; authdesk-admin init --no-admin; "
        "authdesk-admin init --no-admin'")
    code, output = run_streamed(cmd, env=run_env, cwd=scratch, timeout=180)
    if code != 0 or "keyring.backends.SecretService" not in output:
        raise BuildFailed(f"the bundle could not keep its keys in the Secret Service ({code})")
    say("the bundle's Secret Service backend stored and read back the keys")


@dataclass(frozen=True)
class Startup:
    outside_ms: float  # from launching the process to reading the marker line
    inside_ms: float | None  # what the process itself measured since it started
    rss_mib: float | None  # the process's peak resident set size (wait4), where the OS says


def measure_once(cmd: list[str], *, env: dict[str, str], cwd: Path) -> Startup:
    other: list[str] = []
    found: tuple[float, float | None] | None = None
    started = time.perf_counter()
    with subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, encoding="utf-8",
                          errors="replace") as proc:
        assert proc.stdout is not None
        watchdog = threading.Timer(MEASURE_TIMEOUT_S, proc.kill)
        watchdog.start()
        try:
            for line in proc.stdout:
                if found is None and line.startswith(STARTUP_MARKER):
                    inside = re.search(r"process start: (\d+) ms", line)
                    found = ((time.perf_counter() - started) * 1000,
                             float(inside.group(1)) if inside else None)
                other.append(line.rstrip())
            code, rss = _wait(proc)
        finally:
            watchdog.cancel()
    if found is not None and code == 0 and not any("FAILED" in x for x in other):
        return Startup(found[0], found[1], rss)
    tail = " / ".join(other[-5:])
    raise BuildFailed(f"no clean '{STARTUP_MARKER}' run from {' '.join(cmd)}: {tail}")


def _wait(proc: subprocess.Popen[str]) -> tuple[int, float | None]:
    """The exit code and, on Linux and macOS, the peak RSS in MiB (a child's own, from
    wait4: this process stays small, as a child's figure starts at its parent's on Linux)."""
    if not hasattr(os, "wait4"):
        return proc.wait(), None
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, usage.ru_maxrss / (2**20 if sys.platform == "darwin" else 2**10)


def measure(label: str, cmd: list[str], floor_cmd: list[str], *, env: dict[str, str],
            cwd: Path, runs: int) -> str:
    """Medians of ``runs`` starts of ``cmd`` and of the bare window ``floor_cmd``, alternating
    after one warm-up of each, and their ratios."""
    measure_once(cmd, env=env, cwd=cwd)
    measure_once(floor_cmd, env=env, cwd=cwd)
    rest, floor = [], []
    for _ in range(runs):
        floor.append(measure_once(floor_cmd, env=env, cwd=cwd))
        rest.append(measure_once(cmd, env=env, cwd=cwd))
    app_ms = statistics.median(r.outside_ms for r in rest)
    bare_ms = statistics.median(r.outside_ms for r in floor)
    line = (f"{label}: launch to sign-in window painted {app_ms:.0f} ms, a bare Qt window "
            f"{bare_ms:.0f} ms: {app_ms / bare_ms:.2f}x (medians of {runs}, ranges "
            f"{min(r.outside_ms for r in rest):.0f}-{max(r.outside_ms for r in rest):.0f} and "
            f"{min(r.outside_ms for r in floor):.0f}-{max(r.outside_ms for r in floor):.0f} ms)")
    rss = [r.rss_mib for r in rest if r.rss_mib is not None]
    bare_rss = [r.rss_mib for r in floor if r.rss_mib is not None]
    if rss and bare_rss:
        line += (f"; peak memory {statistics.median(rss):.0f} MiB, bare "
                 f"{statistics.median(bare_rss):.0f} MiB: "
                 f"{statistics.median(rss) / statistics.median(bare_rss):.2f}x")
    return line


def existing_database(scratch: Path) -> str:
    """A current SQLite database with an administrator, made with this interpreter (its keys
    are thrown away: the measurement stops at the sign-in window, before they are read)."""
    program = (
        "import sys\n"
        "from pathlib import Path\n"
        "from authdesk.core.desk import Desk\n"
        "from authdesk.core.keys import MemoryKeyring\n"
        "from authdesk.core.workstation import Workstation\n"
        "from authdesk.storage.db import Database, sqlite_url\n"
        "folder = Path(sys.argv[1])\n"
        "db = Database(sqlite_url(folder / 'measure.db'))\n"
        "desk = Desk.initialise(db, workstation=Workstation('measure', folder / 'ws.json'),\n"
        "                       keyring_backend=MemoryKeyring())\n"
        "desk.staff.create_first_admin(username='measure.admin', display_name='Measure',\n"
        "                              employee_no='MEASURE-1', password='measure password 1')\n"
        "db.dispose()\n"
        "print(sqlite_url(folder / 'measure.db'))\n")
    done = subprocess.run([sys.executable, "-c", program, str(scratch)], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BuildFailed(f"could not make the database to measure on: {done.stderr[-500:]}")
    return done.stdout.strip().splitlines()[-1]


def disk_usage(folder: Path) -> tuple[int, int, int]:
    """(bytes on disk, apparent bytes of files, files), hard links counted once, like du."""
    on_disk = apparent = files = 0
    seen: set[tuple[int, int]] = set()
    for path in [folder, *folder.rglob("*")]:
        st = path.lstat()
        if (st.st_dev, st.st_ino) in seen:
            continue
        seen.add((st.st_dev, st.st_ino))
        blocks = getattr(st, "st_blocks", None)  # not on Windows: round up to 4 KiB clusters
        on_disk += blocks * 512 if blocks is not None else -(-st.st_size // 4096) * 4096
        if path.is_file() and not path.is_symlink():
            files += 1
            apparent += st.st_size
    return on_disk, apparent, files


def mib(n: int) -> str:
    return f"{n / 2**20:.1f} MiB"


# -- main ----------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m authdesk.build", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--skip-build", action="store_true",
                        help="check the existing dist/ instead of building")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's caches first")
    parser.add_argument("--no-measure", action="store_true", help="skip the startup timings")
    parser.add_argument("--runs", type=int, default=3, help="timed starts per measurement")
    parser.add_argument("--keep", action="store_true", help="keep the copy outside the repo")
    args = parser.parse_args(argv)
    try:
        return check(args)
    except BuildFailed as exc:
        say(f"FAILED: {exc}")
        return 1


def check(args: argparse.Namespace) -> int:
    if not args.skip_build:
        build_bundle(clean=args.clean)
    folder, program = shipped_folder()
    if not (folder / program).exists():
        raise BuildFailed(f"{folder / program} does not exist; build first")
    scratch = Path(tempfile.mkdtemp(prefix="authdesk-bundle-"))
    try:
        copy = copy_outside_repo(folder, scratch)
        env = stripped_env(scratch)
        say(f"copied {folder} to {copy}")
        say("environment: " + " ".join(f"{k}={v}" for k, v in sorted(env.items())))
        pythons = pythons_on_path(env)
        if pythons:
            raise BuildFailed(f"a Python is reachable on the test PATH: {', '.join(pythons)}")
        say("no python, python3 or py on PATH; PYTHONPATH and PYTHONHOME unset")

        exe = copy / program
        say(f"$ {exe} --self-test")
        code, _ = run_streamed([str(exe), "--self-test"], env=env, cwd=scratch, timeout=600)
        if code != 0:
            raise BuildFailed(f"the bundle's self-test failed (exit code {code})")
        say("bundle self-test passed")

        admin = copy / admin_program(program)
        say(f"$ {admin} --help")
        code, _ = run_streamed([str(admin), "--help"], env=env, cwd=scratch, timeout=120)
        if code != 0:
            raise BuildFailed(f"{ADMIN} --help failed (exit code {code})")
        if sys.platform.startswith("linux"):
            secret_service_check(admin, env, scratch)

        on_disk, apparent, files = disk_usage(copy)
        report = [f"bundle size on disk: {mib(on_disk)} ({apparent:,} bytes in {files} files, "
                  f"apparent {mib(apparent)}); measured like: du -sh {copy}"]
        if not args.no_measure:
            url = existing_database(scratch)
            env["AUTHDESK_DATA_DIR"] = str(scratch / "data")
            report.append(measure("bundle", [str(exe), "--measure-startup", "--db", url],
                                  [str(exe), "--measure-bare-window"], env=env,
                                  cwd=scratch, runs=args.runs))
            source_env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                              HOME=str(scratch / "home-source"),
                              AUTHDESK_DATA_DIR=str(scratch / "data"))
            (scratch / "home-source").mkdir()
            source_env.pop("AUTHDESK_DATABASE_URL", None)
            source_env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: bytecode cached
            python = [sys.executable, "-c", SOURCE_LAUNCH]
            report.append(measure("source", [*python, "--measure-startup", "--db", url],
                                  [*python, "--measure-bare-window"],
                                  env=source_env, cwd=ROOT, runs=args.runs))
        for line in report:
            say(line)
        return 0
    finally:
        if args.keep:
            say(f"kept {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
