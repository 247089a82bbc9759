#!/usr/bin/env python3
"""Bootstrap for developers and CI: needs only Python 3.11+.

    python3 dev.py demo      start AuthDesk with demo data on the embedded SQLite default
    python3 dev.py test      install everything and run every check and test (what CI runs)
    python3 dev.py bundle    build the PyInstaller bundle and run its self-test

It installs uv into .tools/ when uv is missing, then runs everything through ``uv run`` with the
committed uv.lock. On Debian/Ubuntu it installs the system libraries Qt needs and a Japanese
font with apt-get (as root, or through sudo) when they are missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
TOOLS = ROOT / ".tools"

# What Qt (xcb/offscreen/EGL), Japanese text, the Secret Service test, the sqlite3 CLI and the
# PDF tests (pdftotext, from poppler-utils) need.
APT_PACKAGES = [
    "libegl1", "libgl1", "libxkbcommon0", "libxkbcommon-x11-0", "libxcb-cursor0",
    "libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0", "libxcb-xinerama0", "libxcb-randr0",
    "libxcb-render-util0", "libxcb-image0", "libdbus-1-3", "libfontconfig1", "libglib2.0-0",
    "fonts-noto-cjk", "fonts-ipaexfont-gothic", "poppler-utils", "sqlite3", "dbus", "dbus-x11",
    "gnome-keyring", "binutils",
]


def say(text: str) -> None:
    print(f"[dev] {text}", flush=True)


def run(cmd: list[str], env: dict[str, str] | None = None, check: bool = True) -> int:
    say("$ " + " ".join(cmd))
    code = subprocess.call(cmd, cwd=ROOT, env=env)
    if check and code != 0:
        say(f"failed with exit code {code}: {' '.join(cmd)}")
        sys.exit(code or 1)
    return code


def uv() -> str:
    found = shutil.which("uv")
    if found:
        return found
    local = TOOLS / "uv-venv" / ("Scripts" if os.name == "nt" else "bin")
    exe = local / ("uv.exe" if os.name == "nt" else "uv")
    if not exe.exists():
        say("uv is missing: installing it into .tools/uv-venv")
        venv.create(TOOLS / "uv-venv", with_pip=True)
        py = local / ("python.exe" if os.name == "nt" else "python")
        run([str(py), "-m", "pip", "install", "--quiet", "uv"])
    return str(exe)


def missing_apt_packages() -> list[str]:
    if not sys.platform.startswith("linux") or not shutil.which("dpkg-query"):
        return []
    missing = []
    for name in APT_PACKAGES:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Status}", name],
                             capture_output=True, text=True)
        if "install ok installed" not in out.stdout:
            missing.append(name)
    return missing


def ensure_system_packages() -> None:
    missing = missing_apt_packages()
    if not missing:
        return
    prefix: list[str] = []
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        if not shutil.which("sudo"):
            say("please install these system packages, then run again: " + " ".join(missing))
            sys.exit(2)
        prefix = ["sudo"]
    say("installing system packages: " + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run([*prefix, "apt-get", "update", "-q"], env=env)
    run([*prefix, "apt-get", "install", "-y", "-q", "--no-install-recommends", *missing],
        env=env)


def uv_run(args: list[str], env: dict[str, str] | None = None, check: bool = True) -> int:
    return run([uv(), "run", "--frozen", *args], env=env, check=check)


def pytest(args: list[str], env: dict[str, str]) -> None:
    code = uv_run(["pytest", *args], env=env, check=False)
    if code == 5:
        say("pytest collected no tests: that is a failure here")
        sys.exit(1)
    if code != 0:
        sys.exit(code)


def secret_service_test(env: dict[str, str]) -> None:
    """The key store against a real Secret Service (GNOME Keyring on a private D-Bus)."""
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        if os.environ.get("CI"):
            say("CI needs dbus-run-session and gnome-keyring-daemon for the Secret Service test")
            sys.exit(1)
        say("skipping the Secret Service test: dbus-run-session/gnome-keyring not installed")
        return
    inner = (
        "printf secret | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "
        f"'{uv()}' run --frozen pytest -q -m secretservice -p no:cacheprovider"
    )
    # A private keyring directory: a fresh "login" keyring, unlocked with the password above.
    with tempfile.TemporaryDirectory(prefix="authdesk-keyring-") as data_home:
        code = run(["dbus-run-session", "--", "sh", "-c", inner],
                   env=dict(env, AUTHDESK_TEST_SECRET_SERVICE="1", XDG_DATA_HOME=data_home),
                   check=False)
    if code != 0:
        sys.exit(1 if code == 5 else code)


def cmd_demo(extra: list[str]) -> None:
    ensure_system_packages()
    uv_run(["authdesk", "--demo", *extra])


def cmd_test(extra: list[str]) -> None:
    ensure_system_packages()
    run([uv(), "sync", "--frozen"])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("AUTHDESK_DATABASE_URL", None)
    uv_run(["ruff", "check", "authdesk", "tests", "tools", "benchmarks", "dev.py"], env=env)
    uv_run(["mypy"], env=env)
    uv_run(["lint-imports"], env=env)
    pytest(["-q", *extra], env=env)
    pg = env.get("AUTHDESK_TEST_POSTGRES_URL")
    if pg:
        say("again on PostgreSQL: " + pg)
        pytest(["-q", *extra], env=dict(env, AUTHDESK_TEST_DATABASE="postgres"))
    elif env.get("CI"):
        say("CI must set AUTHDESK_TEST_POSTGRES_URL")
        sys.exit(1)
    secret_service_test(env)
    if "--no-bundle" not in sys.argv:
        cmd_bundle([])


def cmd_bundle(extra: list[str]) -> None:
    ensure_system_packages()
    uv_run(["python", "-m", "authdesk.build", *extra])


def main() -> None:
    commands = {"demo": cmd_demo, "test": cmd_test, "bundle": cmd_bundle}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        sys.exit(2)
    extra = [a for a in sys.argv[2:] if a != "--no-bundle"]
    commands[sys.argv[1]](extra)
    say("done")


if __name__ == "__main__":
    main()
