"""Sign-in, lockout with the time left, the idle lock screen and unlock, the absolute limit,
and sign-out (which ends the session in the core and signs a checkpoint)."""

from __future__ import annotations

from typing import Any

import pytest
from guikit import PASSWORD, People
from PySide6.QtCore import Qt
from sqlalchemy import select

from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.roles import Role
from authdesk.gui.shell.context import AppContext
from authdesk.gui.shell.controller import AppController
from authdesk.gui.shell.mainwindow import MainWindow
from authdesk.gui.shell.signin import SignInWindow
from authdesk.storage.models import AuditEvent


def sign_in_window(qtbot: Any, context: AppContext) -> tuple[AppController, SignInWindow]:
    controller = AppController(context)
    window = controller.start()
    qtbot.addWidget(window)
    assert isinstance(window, SignInWindow)
    return controller, window


def type_sign_in(qtbot: Any, window: SignInWindow, username: str, password: str,
                 code: str) -> None:
    window.username.clear()
    window.password.clear()
    window.code.clear()
    qtbot.keyClicks(window.username, username)
    qtbot.keyClicks(window.password, password)
    qtbot.keyClicks(window.code, code)
    qtbot.keyClick(window.code, Qt.Key.Key_Return)


def signed_in(qtbot: Any, controller: AppController) -> MainWindow:
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=10_000)
    window = controller.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    return window


def actions(desk: Desk) -> list[str]:
    with desk.kernel.read() as s:
        return list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))


def test_sign_in_shows_the_pages_of_the_roles(qtbot: Any, context: AppContext, people: People,
                                              clock: FakeClock) -> None:
    people.add("admin", Role.ADMIN)
    people.add("sup", Role.SUPERVISOR)
    controller, window = sign_in_window(qtbot, context)
    clock.advance(seconds=30)
    type_sign_in(qtbot, window, "sup", PASSWORD, people.code("sup"))
    main = signed_in(qtbot, controller)
    assert "audit" in main.page_keys()
    assert "admin.staff" not in main.page_keys() and "admin.keys" not in main.page_keys()
    assert "Supervisor" in main.role_label.text()
    assert "ws-test-01" in main.workstation_label.text()
    qtbot.waitUntil(lambda: "left" in main.session_label.text(), timeout=10_000)


def test_wrong_codes_lock_the_account_and_say_for_how_long(
        qtbot: Any, context: AppContext, people: People, clock: FakeClock) -> None:
    people.add("admin", Role.ADMIN)
    controller, window = sign_in_window(qtbot, context)
    for attempt in range(1, 5):
        type_sign_in(qtbot, window, "admin", PASSWORD, "000000")
        qtbot.waitUntil(lambda a=attempt: f"{5 - a} attempts left" in window.message.text(),
                        timeout=10_000)
        assert window.password.hasFocus() or not window.isActiveWindow()
    type_sign_in(qtbot, window, "admin", PASSWORD, "000000")
    qtbot.waitUntil(lambda: "locked" in window.message.text(), timeout=10_000)
    assert "15 minutes" in window.message.text()
    # Even the right code is refused while locked, with the minutes left.
    clock.advance(minutes=5, seconds=30)
    type_sign_in(qtbot, window, "admin", PASSWORD, people.code("admin"))
    qtbot.waitUntil(lambda: "10 minutes" in window.message.text(), timeout=10_000)
    assert not isinstance(controller.window, MainWindow)


def test_idle_lock_engages_and_unlock_needs_password_and_code(
        qtbot: Any, context: AppContext, people: People, clock: FakeClock, desk: Desk) -> None:
    people.add("admin", Role.ADMIN)
    people.add("sup", Role.SUPERVISOR)
    controller = AppController(context)
    main = controller.signed_in(people.signed_in("sup"))
    qtbot.addWidget(main)
    qtbot.waitUntil(lambda: main.session.status is not None, timeout=10_000)
    clock.advance(minutes=31)
    main.session.idle_timer.timeout.emit()  # the timer set for the idle deadline fires
    qtbot.waitUntil(lambda: main.stack.currentWidget() is main.lock_screen, timeout=10_000)
    assert not main.menuBar().isEnabled()
    assert "staff.session.locked" in actions(desk)

    lock = main.lock_screen
    clock.advance(seconds=30)
    qtbot.keyClicks(lock.password, "not the password")
    qtbot.keyClicks(lock.code, people.code("sup"))
    qtbot.keyClick(lock.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "attempts left" in lock.message.text(), timeout=10_000)
    assert main.stack.currentWidget() is lock

    clock.advance(seconds=30)
    qtbot.keyClicks(lock.password, PASSWORD)
    qtbot.keyClicks(lock.code, people.code("sup"))
    qtbot.keyClick(lock.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main.stack.currentIndex() == 0, timeout=10_000)
    assert main.menuBar().isEnabled()
    assert "staff.session.unlocked" in actions(desk)


def test_lock_now_from_the_menu(qtbot: Any, context: AppContext, people: People) -> None:
    people.add("admin", Role.ADMIN)
    main = AppController(context).signed_in(people.signed_in("admin"))
    qtbot.addWidget(main)
    main.lock_action.trigger()
    qtbot.waitUntil(lambda: main.stack.currentWidget() is main.lock_screen, timeout=10_000)


def test_absolute_limit_ends_the_session(qtbot: Any, context: AppContext, people: People,
                                         clock: FakeClock) -> None:
    people.add("admin", Role.ADMIN)
    controller = AppController(context)
    main = controller.signed_in(people.signed_in("admin"))
    qtbot.addWidget(main)
    clock.advance(hours=12, seconds=1)
    main.session.check_timer.timeout.emit()
    qtbot.waitUntil(lambda: isinstance(controller.window, SignInWindow), timeout=10_000)
    window = controller.window
    assert isinstance(window, SignInWindow)
    qtbot.addWidget(window)
    assert "session has ended" in window.message.text()


def test_sign_out_ends_the_session_and_signs_a_checkpoint(
        qtbot: Any, context: AppContext, people: People, desk: Desk) -> None:
    people.add("admin", Role.ADMIN)
    controller = AppController(context)
    main = controller.signed_in(people.signed_in("admin"))
    qtbot.addWidget(main)
    main.sign_out_action.trigger()
    qtbot.waitUntil(lambda: isinstance(controller.window, SignInWindow), timeout=10_000)
    qtbot.addWidget(controller.window)
    with desk.kernel.read() as s:
        events = s.execute(select(AuditEvent.seq, AuditEvent.action, AuditEvent.details)
                           .order_by(AuditEvent.seq)).all()
    signout = next(seq for seq, action, _ in events if action == "staff.signed_out")
    # The core signs the head in the sign-out's own transaction: the signed head includes it.
    (checkpoint,) = [seq for seq, action, details in events
                     if action == "audit.checkpointed" and '"sign-out"' in details]
    assert checkpoint == signout + 1
    assert desk.workstation.seen_checkpoint(desk.installation_id) is not None


def test_sign_out_when_the_database_is_gone_still_ends_the_session_and_says_why(
        qtbot: Any, context: AppContext, people: People, desk: Desk,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from authdesk.core.errors import DatabaseUnavailable

    people.add("admin", Role.ADMIN)
    controller = AppController(context)
    main = controller.signed_in(people.signed_in("admin"))
    qtbot.addWidget(main)

    def unreachable(_actor: object) -> None:
        raise DatabaseUnavailable(reason="connection refused")

    monkeypatch.setattr(desk.staff, "sign_out", unreachable)
    main.sign_out_action.trigger()
    qtbot.waitUntil(lambda: isinstance(controller.window, SignInWindow), timeout=10_000)
    window = controller.window
    assert isinstance(window, SignInWindow)
    qtbot.addWidget(window)
    assert "cannot be reached" in window.message.text()


def test_a_supervisor_demoted_while_signed_in_is_sent_to_sign_in_on_the_next_action(
        qtbot: Any, context: AppContext, people: People, desk: Desk) -> None:
    from authdesk.core.kernel import SessionEndedByChange
    from authdesk.gui.approvals.page import SupervisorPage
    from authdesk.gui.kit.messages import error_text

    people.add("admin", Role.ADMIN)
    people.add("sup", Role.SUPERVISOR)
    controller = AppController(context)
    main = controller.signed_in(people.signed_in("sup"))
    qtbot.addWidget(main)
    assert main.call_menu.menuAction().isVisible(), "supervisors take calls too"
    page = main.show_page("supervisor.queue")
    assert isinstance(page, SupervisorPage)
    qtbot.waitUntil(lambda: page.empty.isVisible(), timeout=10_000)

    # Another workstation: the administrator makes the supervisor an agent.
    desk.staff.set_roles(people.admin(), "sup", frozenset({Role.AGENT}))
    assert isinstance(controller.window, MainWindow), "nothing happens until the next action"

    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(controller.window, SignInWindow), timeout=10_000)
    window = controller.window
    assert isinstance(window, SignInWindow)
    qtbot.addWidget(window)
    assert window.message.text() == error_text(SessionEndedByChange())
    assert "was changed by an administrator" in window.message.text()
