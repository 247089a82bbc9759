"""The usual start (issue 14): on an embedded database whose schema is current, the sign-in
window comes up before the database is opened; nothing it does not need is imported before it
is painted; the database is opened behind it, and what stops that is said over it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pyotp
import pytest
from guikit import PASSWORD
from PySide6.QtCore import Qt

from authdesk.core.config import Config, load_config
from authdesk.core.desk import Desk
from authdesk.core.keys import KeysMissing, MemoryKeyring
from authdesk.core.workstation import Workstation
from authdesk.gui.kit.background import background
from authdesk.gui.kit.i18n import Translations
from authdesk.gui.kit.messages import error_text
from authdesk.gui.shell import app as gui_app
from authdesk.gui.shell.firstrun import FirstRunWindow
from authdesk.gui.shell.mainwindow import MainWindow
from authdesk.gui.shell.signin import SignInWindow
from authdesk.storage.db import Database, sqlite_url

ROOT = Path(__file__).resolve().parents[3]


def existing_database(folder: Path, *, admin: bool) -> tuple[str, str | None]:
    """A current embedded database with its keys in the default keyring; the admin's key."""
    url = sqlite_url(folder / "authdesk.db")
    db = Database(url)
    desk = Desk.initialise(db, workstation=Workstation("ws-quick", folder / "ws.json"))
    key = None
    if admin:
        key = desk.staff.create_first_admin(username="admin", display_name="Aiko Admin",
                                            employee_no="E0001", password=PASSWORD).manual_key
    db.dispose()
    return url, key


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
           memory_keyring: MemoryKeyring) -> Iterator[tuple[Config, str | None]]:
    monkeypatch.setenv("AUTHDESK_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.setenv("AUTHDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("AUTHDESK_WORKSTATION", "ws-quick")
    url, key = existing_database(tmp_path, admin=True)
    yield load_config(database_url=url), key


def start(qtbot: Any, config: Config, translations: Translations) -> gui_app.Started:
    started = gui_app.first_window(config, translations)
    qtbot.addWidget(started.window)
    return started


def close(started: gui_app.Started) -> None:
    background().settle()
    gui_app.close(started)


def test_the_sign_in_window_comes_first_and_the_database_opens_behind_it(
        qtbot: Any, config: tuple[Config, str], translations: Translations) -> None:
    cfg, key = config
    started = start(qtbot, cfg, translations)
    window = started.window
    assert isinstance(window, SignInWindow)
    assert started.opening is not None and not started.opening.done
    assert "ws-quick" in window.footer.text() and cfg.database_url in window.footer.text()
    opened: list[Desk] = []
    gui_app.open_when_painted(started, pytest.fail, opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)  # once painted, opened on a worker
    assert started.opening.done and opened[0].staff.has_admin()
    assert isinstance(started.controller.window, SignInWindow), "no first run: there is an admin"

    qtbot.keyClicks(window.username, "admin")
    qtbot.keyClicks(window.password, PASSWORD)
    qtbot.keyClicks(window.code, pyotp.TOTP(key).now())
    qtbot.keyClick(window.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(started.controller.window, MainWindow), timeout=20_000)
    main = started.controller.window
    qtbot.addWidget(main)
    assert main.me.username == "admin"
    main.close()
    close(started)


def test_signing_in_before_the_database_is_open_waits_for_it_off_the_gui_thread(
        qtbot: Any, config: tuple[Config, str], translations: Translations) -> None:
    cfg, key = config
    started = start(qtbot, cfg, translations)
    window = started.window
    assert isinstance(window, SignInWindow)
    # Typed and sent before anything opened the database: the sign-in's worker opens it.
    window.username.setText("admin")
    window.password.setText(PASSWORD)
    window.code.setText(pyotp.TOTP(key).now())
    window.sign_in()
    assert not window.submit.isEnabled()
    qtbot.waitUntil(lambda: isinstance(started.controller.window, MainWindow), timeout=20_000)
    assert started.opening is not None and started.opening.done
    qtbot.addWidget(started.controller.window)
    started.controller.window.close()
    close(started)


def test_without_an_administrator_the_first_run_window_follows(
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        memory_keyring: MemoryKeyring, translations: Translations) -> None:
    monkeypatch.setenv("AUTHDESK_DATA_DIR", str(tmp_path / "data"))
    url, _key = existing_database(tmp_path, admin=False)
    started = start(qtbot, load_config(database_url=url), translations)
    assert isinstance(started.window, SignInWindow)
    gui_app.open_when_painted(started, pytest.fail)
    qtbot.waitUntil(lambda: isinstance(started.controller.window, FirstRunWindow),
                    timeout=20_000)
    qtbot.addWidget(started.controller.window)
    close(started)


def test_keys_missing_is_said_over_the_sign_in_window(
        qtbot: Any, config: tuple[Config, str], translations: Translations) -> None:
    cfg, _key = config
    keyring.set_keyring(MemoryKeyring())  # another workstation: the database's keys are not here
    started = start(qtbot, cfg, translations)
    assert isinstance(started.window, SignInWindow)
    errors: list[BaseException] = []
    gui_app.open_when_painted(started, errors.append, lambda desk: pytest.fail("opened"))
    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)
    assert isinstance(errors[0], KeysMissing)
    assert "keys for this database are not in this workstation" in error_text(errors[0])
    close(started)


# What the sign-in window must come up without: the ORM and migrations, the core's services,
# the keys, the windows after sign-in and the feature pages, QR codes, the bank master.
NOT_BEFORE_SIGN_IN = ("alembic", "mako", "pygments", "sqlalchemy", "keyring", "cryptography",
                      "argon2", "qrcode", "zengin_code", "authdesk.core.desk",
                      "authdesk.core.kernel", "authdesk.storage.db", "authdesk.storage.models",
                      "authdesk.gui.shell.mainwindow", "authdesk.gui.shell.firstrun",
                      "authdesk.gui.customers", "authdesk.gui.approvals", "authdesk.gui.audit",
                      "authdesk.gui.admin", "importlib.metadata")

SPY = """
import json, sys
from authdesk import selftest
from authdesk.gui.shell.app import main

watch = selftest._on_first_paint


def spy(widget, then):
    def painted():
        print("MODULES " + json.dumps(sorted(sys.modules)), flush=True)
        then()
    return watch(widget, painted)


selftest._on_first_paint = spy
sys.exit(main(["--measure-startup", "--db", sys.argv[1]]))
"""


def test_nothing_the_sign_in_window_does_not_need_is_imported_before_it_is_painted(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    url, _key = existing_database(tmp_path, admin=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", AUTHDESK_CONFIG=str(tmp_path / "none"),
               AUTHDESK_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, "-c", SPY, url], capture_output=True, text=True,
                            env=env, cwd=ROOT, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "startup: sign-in window shown" in result.stdout
    (line,) = [x for x in result.stdout.splitlines() if x.startswith("MODULES ")]
    modules = json.loads(line.removeprefix("MODULES "))
    assert "authdesk.gui.shell.signin" in modules and "PySide6.QtWidgets" in modules
    early = [m for m in modules if any(m == p or m.startswith(p + ".")
                                       for p in NOT_BEFORE_SIGN_IN)]
    assert early == []
