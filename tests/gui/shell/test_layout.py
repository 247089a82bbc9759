"""Every page at 1280×800, in Japanese and in English, on the demo data: nothing cut off (a label,
button, tab, table header or cell wider than its room, a table scrolled sideways) and the window
never grows by itself to make room."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pyotp
import pytest
from layoutcheck import cut_off
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from authdesk import demo
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.gui.kit.background import background
from authdesk.gui.kit.i18n import Translations
from authdesk.gui.kit.session import SignedIn
from authdesk.gui.shell.app import demo_phones
from authdesk.gui.shell.context import AppContext, DemoInfo
from authdesk.gui.shell.mainwindow import DEMO_DOCK_WIDTH, PAGE_SIZE, MainWindow

SIZE = PAGE_SIZE  # 1280×800, with the demo panel docked beside it in demo mode


@pytest.fixture
def screen_font(qapp: QApplication) -> Iterator[None]:
    """The font of the screenshots (a Japanese desktop's), where it is installed."""
    kept = qapp.font()
    if "Noto Sans CJK JP" in QFontDatabase.families():
        qapp.setFont(QFont("Noto Sans CJK JP", 10))
    yield
    qapp.setFont(kept)


@pytest.fixture
def seeded(desk: Desk) -> demo.DemoSummary:
    return demo.seed(desk)


def settle(qtbot: Any) -> None:
    background().settle()
    qtbot.wait(10)  # let layouts that were posted run
    background().settle()


def window_of(qtbot: Any, context: AppContext, seeded: demo.DemoSummary, clock: FakeClock,
              username: str) -> MainWindow:
    clock.advance(seconds=30)
    code = pyotp.TOTP(seeded.staff_keys[username]).at(clock.now())
    handle = context.desk.staff.sign_in(username, demo.DEMO_PASSWORD, code)
    window = MainWindow(context, SignedIn(handle, context.desk.staff.me(handle)))
    qtbot.addWidget(window)
    window.resize(size_of(window))
    window.show()
    settle(qtbot)
    return window


def size_of(window: MainWindow) -> QSize:
    return SIZE + QSize(DEMO_DOCK_WIDTH if window.demo_dock is not None else 0, 0)


def check(qtbot: Any, window: MainWindow, where: str) -> list[str]:
    settle(qtbot)
    found = [f"{where}: {problem}" for problem in cut_off(window)]
    if window.size() != size_of(window):
        found.append(f"{where}: the window grew to {window.width()}×{window.height()}")
    return found


def open_customer(qtbot: Any, page: Any, number: str) -> None:
    page.search.query.setText(number)
    page.search.search_now()
    settle(qtbot)
    page.search.pick_current()
    settle(qtbot)


def customer_number(seeded: demo.DemoSummary, name: str) -> str:
    return next(c.number for c in seeded.customers if c.name == name)


def agent_screens(qtbot: Any, window: MainWindow, seeded: demo.DemoSummary) -> list[str]:
    found = []
    window.calls.new_caller_action.trigger()
    settle(qtbot)
    page: Any = window.show_page("agent.customers")
    found += check(qtbot, window, "customers, no record open")
    page.search.query.setText("ミホン")
    page.search.search_now()
    settle(qtbot)
    found += check(qtbot, window, "customers, search results")
    # Active, rejected, by mail waiting for approval, approved in its cooling-off.
    for name in ("見本 太郎", "見本 七子", "見本 五郎", "見本 花子"):
        open_customer(qtbot, page, customer_number(seeded, name))
        for tab in ("profile", "verify", "change", "factor"):
            page.show_tab(tab)
            found += check(qtbot, window, f"customer {name}, {tab}")
    return found


def page_screens(qtbot: Any, window: MainWindow) -> list[str]:
    found = []
    for key in window.page_keys():
        page: Any = window.show_page(key)
        found += check(qtbot, window, key)
        if key == "supervisor.queue":  # each request's evidence
            for row in range(1, page.model.rowCount()):
                page.view.selectRow(row)
                found += check(qtbot, window, f"{key}, request in row {row}")
    return found


SCREENS: dict[str, Callable[[Any, MainWindow, demo.DemoSummary], list[str]]] = {
    "demo.agent1": agent_screens,
    "demo.super2": lambda qtbot, window, _seeded: page_screens(qtbot, window),
    "demo.admin": lambda qtbot, window, _seeded: page_screens(qtbot, window),
    "demo.auditor": lambda qtbot, window, _seeded: page_screens(qtbot, window),
}


# In the whole PostgreSQL run (not in tests/gui alone) three psycopg connections left open by
# an earlier test are collected during this test's first case; the leak is not this test's and
# is still to be found (closing note of 2026-12-03). Only that warning is let through here.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize("language", ["ja", "en"])
@pytest.mark.parametrize("with_demo_panel", [False, True], ids=["plain", "demo"])
def test_every_page_fits_1280_by_800_with_nothing_cut_off(
        qtbot: Any, desk: Desk, translations: Translations, seeded: demo.DemoSummary,
        clock: FakeClock, screen_font: None, tmp_path: Path, language: str,
        with_demo_panel: bool) -> None:
    """With the demo panel docked too: that is how a newcomer first sees AuthDesk."""
    translations.apply(language)
    context = AppContext(desk, translations, DemoInfo(tmp_path, demo_phones(seeded))
                         if with_demo_panel else None)
    found: list[str] = []
    for username, screens in SCREENS.items():
        window = window_of(qtbot, context, seeded, clock, username)
        found += [f"{username} {line}" for line in screens(qtbot, window, seeded)]
        window.close()
        settle(qtbot)
    assert found == [], "\n".join(found)


def test_the_sign_in_window_opens_with_the_demo_table_uncut(
        qtbot: Any, desk: Desk, translations: Translations, seeded: demo.DemoSummary,
        tmp_path: Path, screen_font: None) -> None:
    from authdesk.gui.shell.signin import DEMO_WIDTH, SignInWindow

    context = AppContext(desk, translations, DemoInfo(tmp_path, demo_phones(seeded)))
    window = SignInWindow(context)
    qtbot.addWidget(window)
    window.show()
    panel = window.demo_panel
    assert panel is not None
    room = window.screen().availableGeometry()
    assert window.width() >= min(DEMO_WIDTH, room.width())
    qtbot.waitUntil(lambda: panel.rows_cut() == 0 or window.height() >= room.height(),
                    timeout=5_000)
    # Opened too short (as its size hint once made it), it grows until every row shows.
    window.resize(DEMO_WIDTH, 400)
    qtbot.waitUntil(lambda: panel.rows_cut() > 0, timeout=5_000)
    window.fit_demo_table()
    qtbot.waitUntil(lambda: panel.rows_cut() == 0, timeout=5_000)
    assert window.height() <= room.height()
