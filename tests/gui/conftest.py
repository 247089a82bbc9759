"""GUI fixtures: an app context over the ``desk`` fixture, staff made through the core, and
waiting for the background bridge to go quiet."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from guikit import People
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication

from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.gui.kit import background as background_module
from authdesk.gui.kit.background import background
from authdesk.gui.kit.i18n import Translations
from authdesk.gui.shell.context import AppContext
from authdesk.storage.db import Database


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Any:
    """Before pytest-qt closes the test's widgets: a window the app itself deleted (the
    controller replaces a signed-out main window with the sign-in window and deletes it) may
    still be held only by a reference cycle; collect it so that pytest-qt does not close a
    deleted window.

    First, let background work the test started (a page's first read) finish: a worker still
    holding a database connection when the test's database is disposed leaves that connection
    to be deleted open, which ``filterwarnings = error`` turns into an error of whichever test
    collects it (seen on PostgreSQL under load)."""
    pending = background_module._background
    if pending is not None and shiboken6.isValid(pending):
        pending.wait(30_000)
    gc.collect()
    return (yield)


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    QStandardPaths.setTestModeEnabled(True)  # QSettings writes go to a test location
    qapp.setOrganizationName("AuthDeskTests")
    qapp.setApplicationName("AuthDeskTests")
    translations = Translations()
    translations.apply("en")
    yield translations
    translations.apply("en")


def settle() -> None:
    """Close every window (a main window signs out in the background when it closes), then
    wait until no background work is left: none may start after the database is closed."""
    if QApplication.instance() is None:
        return
    for widget in QApplication.topLevelWidgets():
        widget.close()
    background().settle()


@pytest.fixture
def db(db: Database) -> Iterator[Database]:
    """The root ``db``, closed only after the GUI has let go of it.

    pytest-qt closes the test's windows after every other fixture, so a window still open
    then would sign out against a disposed engine; that opens a connection nobody closes
    (on PostgreSQL, a ResourceWarning when it is collected, at the latest at exit)."""
    yield db
    settle()


@pytest.fixture
def context(desk: Desk, translations: Translations) -> Iterator[AppContext]:
    yield AppContext(desk, translations)
    settle()


@pytest.fixture
def quiet(qtbot: Any) -> Callable[[], None]:
    """Wait until no background work is in flight and its results have been delivered."""

    def wait() -> None:
        qtbot.waitUntil(lambda: not background().busy, timeout=10_000)

    return wait


@pytest.fixture
def people(desk: Desk, clock: FakeClock) -> People:
    return People(desk, clock)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform says it cannot raise windows or propagate size hints; that is the
    # test platform's limit, not the app's. Every other Qt warning still fails a test.
    here = str(Path(__file__).parent)
    for item in items:
        if str(item.path).startswith(here):
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support"))
