"""Administrator pages: a policy change is validated and audited by the core; the keys page
shows the key check; roles are changed through the dialog."""

from __future__ import annotations

from typing import Any

from guikit import People
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from authdesk.core.desk import Desk
from authdesk.core.roles import Role
from authdesk.gui.admin.pages import KeysPage, PoliciesPage, RolesDialog, StaffPage
from authdesk.gui.shell.context import AppContext
from authdesk.gui.shell.controller import AppController
from authdesk.gui.shell.mainwindow import MainWindow
from authdesk.storage.models import AuditEvent


def admin_window(qtbot: Any, context: AppContext, people: People) -> MainWindow:
    if "admin" not in people.keys:
        people.add("admin", Role.ADMIN)
    main = AppController(context).signed_in(people.signed_in("admin"))
    qtbot.addWidget(main)
    return main


def type_value(qtbot: Any, page: PoliciesPage, text: str) -> None:
    page.value.selectAll()
    qtbot.keyClicks(page.value, text)
    qtbot.keyClick(page.value, Qt.Key.Key_Return)  # Enter saves


def test_a_policy_out_of_range_is_refused_and_a_valid_one_saved_and_audited(
        qtbot: Any, context: AppContext, people: People, desk: Desk) -> None:
    main = admin_window(qtbot, context, people)
    page = main.show_page("admin.policies")
    assert isinstance(page, PoliciesPage)
    qtbot.waitUntil(lambda: bool(page.model.values), timeout=10_000)
    page.select("staff_idle_minutes")
    type_value(qtbot, page, "500")
    qtbot.waitUntil(page.message.isVisible, timeout=10_000)
    assert "between 1 and 120" in page.message.text()
    assert desk.kernel.policy().staff_idle_minutes == 30

    type_value(qtbot, page, "20")
    qtbot.waitUntil(lambda: "Saved" in page.message.text(), timeout=10_000)
    assert desk.kernel.policy().staff_idle_minutes == 20
    with desk.kernel.read() as s:
        changed = s.execute(select(AuditEvent.actor, AuditEvent.details).where(
            AuditEvent.action == "policy.changed")).all()
    assert changed == [("admin", '{"from":30,"to":20}')]


def test_keys_page_shows_a_passing_key_check(qtbot: Any, context: AppContext,
                                             people: People, desk: Desk) -> None:
    main = admin_window(qtbot, context, people)
    page = main.show_page("admin.keys")
    assert isinstance(page, KeysPage)
    qtbot.waitUntil(lambda: page.status is not None or page.message.isVisible(), timeout=10_000)
    assert page.status is not None, page.message.text()
    assert page.fields["check"].text().startswith("OK")
    assert page.fields["database"].text() == desk.installation_id


def test_roles_are_changed_through_the_dialog(qtbot: Any, context: AppContext,
                                              people: People, desk: Desk) -> None:
    people.add("admin", Role.ADMIN)  # the first administrator adds the agent
    people.add("agent1", Role.AGENT)
    main = admin_window(qtbot, context, people)
    page = main.show_page("admin.staff")
    assert isinstance(page, StaffPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    page.select_username("agent1")
    qtbot.mouseClick(page.roles_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(RolesDialog)
    assert dialog is not None
    dialog.roles.boxes[Role.SUPERVISOR].click()
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "roles of agent1" in page.message.text(), timeout=10_000)
    roles = {i.username: i.roles for i in desk.staff.list(main.handle)}
    assert roles["agent1"] == frozenset({Role.AGENT, Role.SUPERVISOR})
