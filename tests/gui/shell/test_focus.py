"""The focus rules of ``kit/focus.py``, each driven from the keyboard: after sign-in and after
New caller the customer search; after each completed step the next action; never the demo
panel unless it is clicked; Enter on a focused button presses it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyotp
import pytest
from guikeys import Keyboard
from guikit import PASSWORD, People
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from test_agent_support import (
    HONTEN,
    MUFG,
    Phone,
    active_factor,
    add_customer,
    main_window,
    new_caller,
    open_customer,
)

from authdesk.core.calls import CallOutcome
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.roles import Role
from authdesk.gui.approvals.page import SupervisorPage
from authdesk.gui.customers.page import AgentPage
from authdesk.gui.kit.focus import FOCUS_RULES
from authdesk.gui.shell.context import AppContext, DemoInfo, DemoPhone
from authdesk.gui.shell.controller import AppController
from authdesk.gui.shell.demo_panel import DemoPanel
from authdesk.gui.shell.mainwindow import MainWindow
from authdesk.gui.shell.signin import SignInWindow


def demo_context(context: AppContext, people: People, tmp_path: Path) -> AppContext:
    """The test desk with a demo panel showing the staff members' phones."""
    phones = [DemoPhone(owner=name, kind="staff", key=key, username=name, password=PASSWORD)
              for name, key in people.keys.items()]
    return AppContext(context.desk, context.translations, DemoInfo(tmp_path, phones),
                      context.pages)


def inside(widget: QWidget | None, ancestor: QWidget) -> bool:
    while widget is not None:
        if widget is ancestor:
            return True
        widget = widget.parentWidget()
    return False


def sign_in_by_keyboard(qtbot: Any, context: AppContext, people: People,
                        username: str) -> MainWindow:
    controller = AppController(context)
    window = controller.start()
    qtbot.addWidget(window)
    assert isinstance(window, SignInWindow)
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    keys = Keyboard(qtbot)
    try:
        assert window.username.hasFocus()
        keys.type(username)
        keys.press(Qt.Key.Key_Tab)
        keys.type(PASSWORD)
        keys.press(Qt.Key.Key_Tab)
        people.clock.advance(seconds=30)
        keys.type(pyotp.TOTP(people.keys[username]).at(people.clock.now()))
        keys.press(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=10_000)
    finally:
        keys.close()
    main = controller.window
    assert isinstance(main, MainWindow)
    main._test_controller = controller  # type: ignore[attr-defined]  # keep it alive
    return main


def test_the_rules_are_written_down_once() -> None:
    after = [when for when, _where in FOCUS_RULES]
    assert {"sign-in", "New caller", "a step completed", "the demo panel"} <= set(after)


@pytest.mark.parametrize("username", ["agent1", "super1"])
def test_after_sign_in_the_landing_page_has_the_focus_never_the_demo_panel(
        qtbot: Any, context: AppContext, people: People, tmp_path: Path, username: str) -> None:
    people.add("agent1", Role.AGENT)
    people.add("super1", Role.SUPERVISOR)
    demo = demo_context(context, people, tmp_path)
    window = sign_in_by_keyboard(qtbot, demo, people, username)
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    page = window.tabs.currentWidget()
    if isinstance(page, AgentPage):  # the customer number typed next goes to the search
        qtbot.waitUntil(page.search.query.hasFocus, timeout=10_000)
    else:  # a supervisor's queue
        assert isinstance(page, SupervisorPage)
        qtbot.waitUntil(page.view.hasFocus, timeout=10_000)
    assert window.demo_dock is not None
    assert not inside(QApplication.focusWidget(), window.demo_dock)


def test_tab_goes_round_the_window_without_entering_the_demo_panel(
        qtbot: Any, context: AppContext, people: People, tmp_path: Path) -> None:
    people.add("agent1", Role.AGENT)
    demo = demo_context(context, people, tmp_path)
    window = main_window(qtbot, demo, people.sign_in("agent1"))
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    panel = window.findChild(DemoPanel)
    assert panel is not None
    keys = Keyboard(qtbot)
    try:
        seen = set()
        for _ in range(40):
            keys.press(Qt.Key.Key_Tab)
            focused = keys.focus()
            assert not inside(focused, panel), focused.objectName()
            seen.add(focused.objectName())
        assert "customerQuery" in seen  # round the window, back to the search
    finally:
        keys.close()
    # Clicked, it takes the focus as usual.
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton)
    assert panel.table.hasFocus()


def test_new_caller_empties_the_screen_and_puts_the_focus_in_the_search(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    add_customer(people)
    people.add("agent1", Role.AGENT)
    window = main_window(qtbot, context, people.sign_in("agent1"))
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    page = window.page("agent.customers")
    assert isinstance(page, AgentPage)
    new_caller(qtbot, window)
    open_customer(qtbot, page, "C0000101")
    assert not page.search.query.hasFocus()
    keys = Keyboard(qtbot)
    try:
        keys.shortcut("Ctrl+N")  # a call is open: wrap it up first, in a dialog
        dialog = window.calls.dialog
        assert dialog is not None
        qtbot.waitExposed(dialog)
        dialog.activateWindow()  # as a window manager does; the offscreen platform does not
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=10_000)
        assert dialog.outcome.hasFocus()
        keys.press(Qt.Key.Key_Down)
        keys.press(Qt.Key.Key_Tab)
        keys.type("address confirmed")
        with qtbot.waitSignal(page.started_over, timeout=10_000):
            keys.press(Qt.Key.Key_Return)
    finally:
        keys.close()
    window.activateWindow()  # the window manager gives the window back when the dialog goes
    qtbot.waitUntil(page.search.query.hasFocus, timeout=10_000)
    assert page.search.query.text() == "" and page.profile is None


def pending_request(desk: Desk, people: People, clock: FakeClock) -> None:
    """A low-risk request sent for approval, through the core."""
    customer = add_customer(people)
    people.add("agent1", Role.AGENT)
    agent = people.sign_in("agent1")
    phone: Phone = active_factor(desk, agent, customer, clock)
    desk.calls.take(agent)
    verification = desk.factors.start_verification(agent, customer)
    desk.factors.verify(agent, verification.id, phone.code())
    draft = desk.requests.create(agent, customer, bank_code=MUFG, branch_code=HONTEN,
                                 account_type="ordinary", account_number="7654321",
                                 holder="ﾐﾎﾝ ﾀﾛｳ")
    desk.requests.submit(agent, draft.id)
    desk.calls.wrap_up(agent, CallOutcome.RESOLVED, "sent for approval")
    clock.advance(minutes=5)


def test_after_approving_the_focus_is_on_the_queue_not_the_demo_panel(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock,
        tmp_path: Path) -> None:
    pending_request(desk, people, clock)
    people.add("super1", Role.SUPERVISOR)
    demo = demo_context(context, people, tmp_path)
    window = main_window(qtbot, demo, people.sign_in("super1"))
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    page = window.show_page("supervisor.queue")
    assert isinstance(page, SupervisorPage)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    keys = Keyboard(qtbot)
    try:
        page.code.setFocus()  # where the supervisor types the code
        clock.advance(seconds=30)  # a new time step: the sign-in's code is used
        with qtbot.waitSignal(page.decided, timeout=10_000):
            keys.type(people.code("super1"))  # approved as the sixth digit is typed
    finally:
        keys.close()
    assert window.demo_dock is not None
    qtbot.waitUntil(page.view.hasFocus, timeout=10_000)
    assert not inside(QApplication.focusWidget(), window.demo_dock)
    # Ctrl+F still works from there: back to the customer search.
    customers = window.page("agent.customers") if "agent.customers" in window.page_keys() \
        else None
    if isinstance(customers, AgentPage):
        window.show_page("agent.customers")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F,
                       Qt.KeyboardModifier.ControlModifier)
        assert customers.search.query.hasFocus()
