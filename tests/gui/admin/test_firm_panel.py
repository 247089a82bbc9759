"""The firm's identity on the policies page (issue 11): an administrator types it, the core
refuses a phone number that is not one and saves and audits a good one; others only read it."""

from __future__ import annotations

from typing import Any

from guikit import People
from PySide6.QtCore import Qt
from test_admin_pages import admin_window

from authdesk.core.desk import Desk
from authdesk.core.roles import Role
from authdesk.gui.admin.pages import PoliciesPage
from authdesk.gui.kit.background import background
from authdesk.gui.shell.context import AppContext
from authdesk.gui.shell.controller import AppController


def retype(qtbot: Any, edit: Any, text: str) -> None:
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_an_administrator_sets_the_firm_and_a_bad_phone_is_refused(
        qtbot: Any, context: AppContext, people: People, desk: Desk) -> None:
    main = admin_window(qtbot, context, people)
    page = main.show_page("admin.policies")
    assert isinstance(page, PoliciesPage)
    panel = page.firm
    qtbot.waitUntil(lambda: not background().busy and panel.name.placeholderText() != "",
                    timeout=10_000)
    assert panel.name.text() == "" and panel.name.placeholderText() == "AuthDesk"
    panel.name.setText("みほん証券株式会社")  # Japanese comes through an IME, not keyClicks
    retype(qtbot, panel.phone, "call us")
    qtbot.keyClick(panel.phone, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(panel.message.isVisible, timeout=10_000)
    assert "0120-000-000" in panel.message.text()  # the example of the right form
    assert not desk.firm.current(people.admin()).configured

    retype(qtbot, panel.phone, "0120-000-000")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved" in panel.message.text(), timeout=10_000)
    firm = desk.firm.current(people.admin())
    assert (firm.name, firm.phone, firm.sender) == ("みほん証券株式会社", "0120-000-000", "")


def test_a_supervisor_reads_the_firm_without_a_save_button(
        qtbot: Any, context: AppContext, people: People, desk: Desk) -> None:
    desk.firm.set(people.admin(), name="みほん証券株式会社", phone="0120-000-000")
    people.add("super1", Role.SUPERVISOR)
    main = AppController(context).signed_in(people.signed_in("super1"))
    qtbot.addWidget(main)
    page = main.show_page("admin.policies")
    assert isinstance(page, PoliciesPage)
    qtbot.waitUntil(lambda: page.firm.phone.text() == "0120-000-000", timeout=10_000)
    assert page.firm.phone.isReadOnly() and not page.firm.save_button.isVisible()
