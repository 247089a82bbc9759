"""The first run creates the administrator and enrolls their app; the administrator adds an
agent and a supervisor through the staff page, and each gets a QR code and key once."""

from __future__ import annotations

from typing import Any

import pyotp
from guikit import PASSWORD, key_on_screen
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.roles import Role
from authdesk.gui.admin.pages import AddStaffDialog, EnrollmentDialog, StaffPage
from authdesk.gui.shell.context import AppContext
from authdesk.gui.shell.controller import AppController
from authdesk.gui.shell.firstrun import FirstRunWindow
from authdesk.gui.shell.mainwindow import MainWindow


def first_run(qtbot: Any, context: AppContext, clock: FakeClock) -> MainWindow:
    controller = AppController(context)
    window = controller.start()
    qtbot.addWidget(window)
    assert isinstance(window, FirstRunWindow)
    qtbot.keyClicks(window.username, "admin")
    qtbot.keyClicks(window.display_name, "Aiko Admin")
    qtbot.keyClicks(window.employee_no, "E0001")
    qtbot.keyClicks(window.password, PASSWORD)
    qtbot.keyClicks(window.password_again, PASSWORD)
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.on_enrollment_step, timeout=10_000)
    assert not window.enrollment.qr.pixmap().isNull(), "the QR code is drawn on screen"
    code = pyotp.TOTP(key_on_screen(window.enrollment)).at(clock.now())
    qtbot.keyClicks(window.code, code)
    qtbot.keyClick(window.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=10_000)
    main = controller.window
    assert isinstance(main, MainWindow)
    qtbot.addWidget(main)
    main._controller = controller  # keep it alive with the window
    return main


def test_first_run_creates_the_admin_and_signs_in(qtbot: Any, context: AppContext,
                                                 clock: FakeClock, desk: Desk) -> None:
    main = first_run(qtbot, context, clock)
    assert main.me.username == "admin" and Role.ADMIN in main.me.roles
    # An administrator takes no calls: no call menu, no call in the status bar.
    assert not main.call_menu.menuAction().isVisible()
    assert not main.calls.new_caller_action.isVisible() and not main.call_label.isVisible()
    # Only what an administrator may do: staff, policies, keys; no audit log, no approvals.
    assert main.page_keys() == ["admin.staff", "admin.policies", "admin.keys",
                                 "admin.import"]
    assert "Aiko Admin" in main.who_label.text()
    assert "Administrator" in main.role_label.text()
    assert ("embedded" if desk.db.kind == "embedded" else "shared") in main.database_label.text()
    assert desk.staff.has_admin()


def test_password_mismatch_is_caught_before_anything_is_created(
        qtbot: Any, context: AppContext, desk: Desk) -> None:
    window = AppController(context).start()
    qtbot.addWidget(window)
    assert isinstance(window, FirstRunWindow)
    qtbot.keyClicks(window.username, "admin")
    qtbot.keyClicks(window.display_name, "Aiko Admin")
    qtbot.keyClicks(window.employee_no, "E0001")
    qtbot.keyClicks(window.password, PASSWORD)
    qtbot.keyClicks(window.password_again, PASSWORD + "x")
    qtbot.keyClick(window.password_again, Qt.Key.Key_Return)
    assert window.account_message.isVisible()
    assert not window.on_enrollment_step
    assert not desk.staff.has_admin()


def test_a_short_password_is_refused_by_the_core_in_words(
        qtbot: Any, context: AppContext, desk: Desk, quiet: Any) -> None:
    window = AppController(context).start()
    qtbot.addWidget(window)
    assert isinstance(window, FirstRunWindow)
    for field, text in ((window.username, "admin"), (window.display_name, "A"),
                        (window.employee_no, "E1"), (window.password, "short"),
                        (window.password_again, "short")):
        qtbot.keyClicks(field, text)
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.account_message.isVisible, timeout=10_000)
    assert "at least 12 characters" in window.account_message.text()
    assert not desk.staff.has_admin()


def visible(parent: Any, kind: type) -> Any:
    """The one open dialog of ``kind`` (closed ones may linger until deleted)."""
    shown = [w for w in parent.findChildren(kind) if w.isVisible()]
    return shown[0] if len(shown) == 1 else None


def add_staff(qtbot: Any, page: StaffPage, username: str, name: str, number: str,
              role: Role) -> str:
    """Add one person through the dialog; return the key shown once on screen."""
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = visible(page, AddStaffDialog)
    assert dialog is not None
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.display_name, name)
    qtbot.keyClicks(dialog.employee_no, number)
    dialog.roles.boxes[role].click()
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.password_again, PASSWORD)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visible(page, EnrollmentDialog) is not None, timeout=10_000)
    shown = visible(page, EnrollmentDialog)
    assert username in shown.panel.account.text()
    key = key_on_screen(shown.panel)
    shown.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: visible(page, EnrollmentDialog) is None)
    return key


def test_admin_adds_an_agent_and_a_supervisor(qtbot: Any, context: AppContext, clock: FakeClock,
                                              desk: Desk, quiet: Any) -> None:
    main = first_run(qtbot, context, clock)
    page = main.show_page("admin.staff")
    assert isinstance(page, StaffPage)
    agent_key = add_staff(qtbot, page, "agent1", "Taro Agent", "E0002", Role.AGENT)
    supervisor_key = add_staff(qtbot, page, "super1", "Hana Supervisor", "E0003",
                               Role.SUPERVISOR)
    quiet()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    usernames = [info.username for info in page.model.rows]
    assert usernames == ["admin", "agent1", "super1"]
    # The keys shown on screen are the ones the core checks at sign-in.
    clock.advance(seconds=30)
    agent = desk.staff.sign_in("agent1", PASSWORD, pyotp.TOTP(agent_key).at(clock.now()))
    assert desk.staff.me(agent).roles == frozenset({Role.AGENT})
    supervisor = desk.staff.sign_in("super1", PASSWORD,
                                    pyotp.TOTP(supervisor_key).at(clock.now()))
    assert desk.staff.me(supervisor).roles == frozenset({Role.SUPERVISOR})


def test_admin_disables_a_staff_member_after_confirming(
        qtbot: Any, context: AppContext, clock: FakeClock, desk: Desk, quiet: Any) -> None:
    main = first_run(qtbot, context, clock)
    page = main.show_page("admin.staff")
    assert isinstance(page, StaffPage)
    add_staff(qtbot, page, "agent1", "Taro Agent", "E0002", Role.AGENT)
    quiet()
    page.select_username("agent1")
    qtbot.mouseClick(page.disable_button, Qt.MouseButton.LeftButton)
    box = visible(page, QMessageBox)
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: "disabled" in page.message.text(), timeout=10_000)
    quiet()
    info = {i.username: i for i in page.model.rows}["agent1"]
    assert not info.active
    QApplication.processEvents()
