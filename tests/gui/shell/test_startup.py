"""Starting the app: what stops it is said in one translated sentence in a message box (never
a traceback); ``--demo`` starts on a throw-away database with keys in memory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from authdesk.core.config import load_config
from authdesk.core.desk import Desk
from authdesk.core.keys import MemoryKeyring
from authdesk.core.workstation import Workstation
from authdesk.gui.kit.i18n import Translations
from authdesk.gui.kit.resources import resource_path
from authdesk.gui.shell import app as gui_app
from authdesk.gui.shell.context import AppContext
from authdesk.gui.shell.controller import AppController
from authdesk.gui.shell.demo_panel import DemoPanel
from authdesk.gui.shell.signin import SignInWindow
from authdesk.storage.db import Database, sqlite_url


class Boxes:
    """Closes each modal message box as it appears and keeps its text."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._close)
        self.timer.start()

    def _close(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            self.texts.append(box.text())
            box.done(0)


@pytest.fixture
def boxes(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
          translations: Translations) -> Iterator[Boxes]:
    monkeypatch.setenv("AUTHDESK_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.setenv("AUTHDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("AUTHDESK_DATABASE_URL", raising=False)
    watcher = Boxes()
    yield watcher
    watcher.timer.stop()
    translations.apply("en")


def test_a_corrupt_config_file_is_a_clear_message(boxes: Boxes, tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text("database_url = [broken", encoding="utf-8")
    assert gui_app.main(["--lang", "en"]) == gui_app.EXIT_CANNOT_START
    assert len(boxes.texts) == 1 and "configuration file" in boxes.texts[0]


def test_an_unreachable_database_is_a_clear_message_in_japanese(boxes: Boxes) -> None:
    url = "postgresql://nobody@127.0.0.1:9/authdesk?connect_timeout=2"
    assert gui_app.main(["--lang", "ja", "--db", url]) == gui_app.EXIT_CANNOT_START
    assert len(boxes.texts) == 1
    assert "データベースに接続できません" in boxes.texts[0]


def test_a_database_from_a_newer_version_is_a_clear_message(
        boxes: Boxes, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    url = sqlite_url(tmp_path / "newer.db")
    db = Database(url)
    Desk.initialise(db, workstation=Workstation("ws", tmp_path / "ws.json"))
    db.execute_raw("UPDATE alembic_version SET version_num = 'from_the_future'")
    db.dispose()
    assert gui_app.main(["--lang", "en", "--db", url]) == gui_app.EXIT_CANNOT_START
    assert "newer version" in boxes.texts[0]


def test_no_os_keyring_is_a_clear_message(boxes: Boxes, tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        code = gui_app.main(["--lang", "en", "--db", sqlite_url(tmp_path / "new.db")])
    finally:
        keyring.set_keyring(previous)
    assert code == gui_app.EXIT_CANNOT_START
    assert "No secure credential store" in boxes.texts[0]


def test_demo_starts_with_keys_in_memory_and_cleans_up(
        qtbot: Any, boxes: Boxes, translations: Translations,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # main() without its event loop (a test must not run or quit the application's loop).
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())  # no OS keyring at all
    opened = gui_app.open_demo(load_config())
    assert opened.demo is not None
    window = AppController(AppContext(opened.desk, translations, opened.demo)).start()
    qtbot.addWidget(window)
    assert isinstance(window, SignInWindow)
    panel = window.findChild(DemoPanel)
    assert panel is not None and len(opened.demo.phones) > 6
    staff = next(p for p in opened.demo.phones if p.kind == "staff")
    assert panel.table.item(0, 1).text().replace(" ", "") == panel.code_of(staff)
    gui_app.close(opened)
    assert not opened.demo.directory.exists(), "the demo database is deleted at the end"
    assert boxes.texts == []


def test_translation_catalogues_are_found() -> None:
    assert resource_path("i18n/authdesk_ja.qm").stat().st_size > 1000
    with pytest.raises(FileNotFoundError, match=r"nothing\.txt"):
        resource_path("nothing.txt")
