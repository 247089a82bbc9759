"""No two Alt mnemonics clash within one window, in English or in Japanese: the sign-in and
first-run windows, the main window of each role on each of its pages (the customers page
through its tabs and the steps of the change form), and the dialogs that open without side
effects. Each popup menu is checked on its own (``guimnemonics``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from guikit import People
from guimnemonics import all_clashes
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from test_agent_support import (
    HONTEN,
    MUFG,
    active_factor,
    add_customer,
    main_window,
    new_caller,
    open_customer,
    type_text,
)

from authdesk.core.calls import CallOutcome
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.roles import Role
from authdesk.gui.admin.pages import StaffPage
from authdesk.gui.approvals.page import SupervisorPage
from authdesk.gui.customers.change import EVIDENCE
from authdesk.gui.customers.page import AgentPage
from authdesk.gui.kit.background import background
from authdesk.gui.kit.i18n import Translations
from authdesk.gui.shell.context import AppContext
from authdesk.gui.shell.controller import AppController
from authdesk.gui.shell.mainwindow import MainWindow


class Walk:
    """Checks a window in both languages and keeps every clash found, named by where."""

    def __init__(self, translations: Translations) -> None:
        self.translations = translations
        self.found: list[str] = []
        self.checked = 0

    def check(self, window: QWidget, where: str) -> None:
        for language in ("en", "ja"):
            self.translations.apply(language)
            QApplication.processEvents()
            self.found += [f"{where} [{language}] {c}" for c in all_clashes(window)]
            self.checked += 1
        self.translations.apply("en")
        QApplication.processEvents()

    def dialogs(self, qtbot: Any, open_it: Callable[[], object], where: str) -> None:
        """Open dialogs with ``open_it``, check each one shown, close them unchanged."""
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        open_it()
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QDialog) and w.isVisible() and id(w) not in before]
        assert shown, f"{where}: no dialog opened"
        for dialog in shown:
            qtbot.waitExposed(dialog)
            self.check(dialog, f"{where} dialog {dialog.objectName()}")
            dialog.reject()


def waiting_request(desk: Desk, people: People, clock: FakeClock) -> None:
    """A low-risk request of another customer waiting for approval, made through the core by
    another agent (whose call is then wrapped up)."""
    customer = add_customer(people, "C0000103", kanji="見本 三郎", phone="090-1111-0103",
                            account_number="1000103")
    people.add("agent2", Role.AGENT)
    agent = people.sign_in("agent2")
    phone = active_factor(desk, agent, customer, clock)
    desk.calls.take(agent)
    verification = desk.factors.start_verification(agent, customer)
    desk.factors.verify(agent, verification.id, phone.code())
    draft = desk.requests.create(agent, customer, bank_code=MUFG, branch_code=HONTEN,
                                 account_type="ordinary", account_number="7654329",
                                 holder="ﾐﾎﾝ ﾀﾛｳ")
    desk.requests.submit(agent, draft.id)
    desk.calls.wrap_up(agent, CallOutcome.RESOLVED, "sent for approval")


def pages_of(qtbot: Any, walk: Walk, window: MainWindow, who: str) -> None:
    for key in window.page_keys():
        page = window.show_page(key)
        qtbot.waitUntil(lambda: not background().busy, timeout=10_000)
        if isinstance(page, SupervisorPage):
            qtbot.waitUntil(lambda p=page: p.detail is not None, timeout=10_000)
            assert page.decision.isVisible()
        walk.check(window, f"{who}: page {key}")
    for menu_action in window.menuBar().actions():
        assert menu_action.menu() is not None
    walk.dialogs(qtbot, window.show_shortcuts, f"{who}: Help")


def test_no_mnemonic_clashes_in_any_window_in_either_language(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    walk = Walk(context.translations)

    # Before anyone exists: the first-run window.
    first = AppController(context).start()
    qtbot.addWidget(first)
    walk.check(first, "first run")
    first.close()

    with_factor = add_customer(people)
    desk.customers.change_contact(people.admin(), with_factor, "phone", "090-9999-0101")
    add_customer(people, "C0000102", kanji="見本 次郎", phone="090-1111-0102",
                 account_number="1000102")
    for username, role in (("agent1", Role.AGENT), ("super1", Role.SUPERVISOR),
                           ("auditor1", Role.AUDITOR)):
        people.add(username, role)
    phone = active_factor(desk, people.sign_in("agent1"), with_factor, clock)
    waiting_request(desk, people, clock)  # the supervisor's decision box, shown

    sign_in = AppController(context).start()
    qtbot.addWidget(sign_in)
    walk.check(sign_in, "sign-in")
    sign_in.close()

    # The agent, through a whole call: each tab, both steps of the change form, the dialogs.
    window = main_window(qtbot, context, people.sign_in("agent1"))
    page = window.page("agent.customers")
    assert isinstance(page, AgentPage)
    walk.check(window, "agent: no call")
    new_caller(qtbot, window)
    walk.check(window, "agent: on a call")
    open_customer(qtbot, page, "C0000101")
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        walk.check(window, f"agent: customer tab {index}")
    page.show_tab("verify")
    with qtbot.waitSignal(page.gate_read, timeout=10_000):
        type_text(qtbot, page.verify_panel.code, phone.code())
    walk.check(window, "agent: verified")
    walk.dialogs(qtbot, lambda: page.profile_panel.ask_unmask("phone"), "agent: profile")
    form = page.show_tab("change")
    walk.check(window, "agent: change, the account")
    for edit, text in ((page.change_form.bank_code, "0005"), (page.change_form.branch_code,
                       "001"), (page.change_form.account_number, "7654321"),
                       (page.change_form.holder, "ﾐﾎﾝ ﾀﾛ-")):
        type_text(qtbot, edit, text)
    walk.check(window, "agent: change, a close match")
    type_text(qtbot, page.change_form.close_reason, "the bank writes a dash")
    with qtbot.waitSignal(page.change_form.draft_changed, timeout=10_000):
        page.change_form.create_draft()
    assert form is page.change_form and form.stack.currentIndex() == EVIDENCE
    walk.check(window, "agent: change, the evidence")
    walk.dialogs(qtbot, lambda: window.calls.wrap_up(), "agent: wrap-up")
    pages_of(qtbot, walk, window, "agent")

    # Without an authenticator: the call-back and the documents together.
    window.calls.wrap_up()
    window.close()
    people.clock.advance(seconds=30)
    window = main_window(qtbot, context, people.sign_in("agent1"))
    page = window.page("agent.customers")
    assert isinstance(page, AgentPage)
    calls = window.calls
    qtbot.waitUntil(lambda: calls.current is not None or calls.new_caller_action.isEnabled(),
                    timeout=10_000)
    if calls.current is None:
        new_caller(qtbot, window)
    open_customer(qtbot, page, "C0000102")
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        walk.check(window, f"agent, no authenticator: customer tab {index}")

    for username in ("super1", "auditor1", people.first_admin or "it.admin"):
        people.clock.advance(seconds=30)
        other = main_window(qtbot, context, people.sign_in(username))
        pages_of(qtbot, walk, other, username)
        staff = other.page("admin.staff") if "admin.staff" in other.page_keys() else None
        if isinstance(staff, StaffPage):
            other.show_page("admin.staff")
            walk.dialogs(qtbot, staff.add_staff, f"{username}: add staff")
        other.close()

    assert walk.checked > 40
    assert walk.found == [], "\n".join(walk.found)
