"""The whole story, through the real windows, as the people would do it:

the first run creates the administrator; the administrator adds an agent and a supervisor; the
agent signs in, takes the caller (New caller, Ctrl+N), finds the customer (added as IT's import
would), sets up the customer's authenticator at the counter, asks for a code — a wrong one, then
the right one — opens a change of withdrawal account with the document its risk requires, sends
it, and wraps up the call with its outcome and a note; the supervisor signs in, sees it in the
queue, approves it after a fresh code of their own; the audit log shows each of those events,
and its integrity verifies.
"""

from __future__ import annotations

from typing import Any

import pyotp
from guikit import PASSWORD, key_on_screen
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from test_agent_support import HONTEN, MUFG, add_customer, click, type_text

from authdesk.core.auditquery import AuditFilter
from authdesk.core.calls import CallOutcome
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.documents import DocumentType
from authdesk.core.requests import RequestStatus
from authdesk.core.roles import Role
from authdesk.gui.admin.pages import AddStaffDialog, EnrollmentDialog, StaffPage
from authdesk.gui.approvals.page import SupervisorPage
from authdesk.gui.audit.page import AuditPage
from authdesk.gui.customers.enrol import EnrolPanel
from authdesk.gui.customers.page import AgentPage
from authdesk.gui.kit.background import background
from authdesk.gui.kit.calls import WrapUpDialog
from authdesk.gui.shell.context import AppContext
from authdesk.gui.shell.controller import AppController
from authdesk.gui.shell.firstrun import FirstRunWindow
from authdesk.gui.shell.mainwindow import MainWindow
from authdesk.gui.shell.signin import SignInWindow


class Story:
    """The app as one person after another uses it; codes come from each person's phone."""

    def __init__(self, qtbot: Any, context: AppContext, clock: FakeClock) -> None:
        self.qtbot = qtbot
        self.clock = clock
        self.controller = AppController(context)
        self.keys: dict[str, str] = {}

    def code(self, who: str) -> str:
        """The code on that person's phone, at a new time step (a step is accepted once)."""
        self.clock.advance(seconds=30)
        return pyotp.TOTP(self.keys[who]).at(self.clock.now())

    def wait_for(self, kind: type) -> Any:
        self.qtbot.waitUntil(lambda: isinstance(self.controller.window, kind), timeout=10_000)
        window = self.controller.window
        self.qtbot.addWidget(window)
        return window

    def quiet(self) -> None:
        self.qtbot.waitUntil(lambda: not background().busy, timeout=10_000)

    def first_run(self) -> MainWindow:
        window = self.controller.start()
        self.qtbot.addWidget(window)
        assert isinstance(window, FirstRunWindow)
        for field, text in ((window.username, "admin"), (window.display_name, "Aiko Admin"),
                            (window.employee_no, "E0001"), (window.password, PASSWORD),
                            (window.password_again, PASSWORD)):
            self.qtbot.keyClicks(field, text)
        click(self.qtbot, window.create_button)
        self.qtbot.waitUntil(lambda: window.on_enrollment_step, timeout=10_000)
        self.keys["admin"] = key_on_screen(window.enrollment)
        self.qtbot.keyClicks(window.code, pyotp.TOTP(self.keys["admin"]).at(self.clock.now()))
        self.qtbot.keyClick(window.code, Qt.Key.Key_Return)
        return self.wait_for(MainWindow)

    def add_staff(self, page: StaffPage, username: str, name: str, number: str,
                  role: Role) -> None:
        click(self.qtbot, page.add_button)
        (dialog,) = [d for d in page.findChildren(AddStaffDialog) if d.isVisible()]
        for field, text in ((dialog.username, username), (dialog.display_name, name),
                            (dialog.employee_no, number), (dialog.password, PASSWORD),
                            (dialog.password_again, PASSWORD)):
            self.qtbot.keyClicks(field, text)
        dialog.roles.boxes[role].click()
        click(self.qtbot, dialog.add_button)
        self.qtbot.waitUntil(lambda: any(d.isVisible() for d in
                                         page.findChildren(EnrollmentDialog)), timeout=10_000)
        (shown,) = [d for d in page.findChildren(EnrollmentDialog) if d.isVisible()]
        self.keys[username] = key_on_screen(shown.panel)
        shown.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()
        self.quiet()

    def sign_out(self, window: MainWindow) -> SignInWindow:
        window.sign_out_action.trigger()
        return self.wait_for(SignInWindow)

    def sign_in(self, window: SignInWindow, username: str) -> MainWindow:
        self.qtbot.keyClicks(window.username, username)
        self.qtbot.keyClicks(window.password, PASSWORD)
        self.qtbot.keyClicks(window.code, self.code(username))
        self.qtbot.keyClick(window.code, Qt.Key.Key_Return)
        main = self.wait_for(MainWindow)
        assert main.me.username == username
        return main


def test_the_whole_story(qtbot: Any, context: AppContext, clock: FakeClock, desk: Desk) -> None:
    story = Story(qtbot, context, clock)

    # -- the first run creates the administrator, who adds an agent and a supervisor ---------
    admin = story.first_run()
    staff = admin.show_page("admin.staff")
    assert isinstance(staff, StaffPage)
    story.add_staff(staff, "agent1", "Taro Agent", "E0002", Role.AGENT)
    story.add_staff(staff, "super1", "Hana Supervisor", "E0003", Role.SUPERVISOR)

    # IT's import brings the customer in; a recent change of phone number raises the risk.
    customer = add_customer(admin.handle, desk=desk)
    desk.customers.change_contact(admin.handle, customer, "phone", "090-9999-0101")
    signin = story.sign_out(admin)

    # -- the agent finds the customer and sets up the authenticator at the counter -----------
    agent = story.sign_in(signin, "agent1")
    assert "agent.customers" in agent.page_keys()
    assert "supervisor.queue" not in agent.page_keys(), "an agent has no approve action"
    page = agent.show_page("agent.customers")
    assert isinstance(page, AgentPage)
    assert "No open call" in agent.call_label.text()
    # The caller is on the line: New caller from the keyboard, wherever the cursor is.
    with qtbot.waitSignal(page.started_over, timeout=10_000):
        qtbot.keyClick(page.search.query, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert "On a call since" in agent.call_label.text() and "(phone)" in agent.call_label.text()
    assert page.search.query.hasFocus()
    with qtbot.waitSignal(page.search.searched, timeout=10_000):
        type_text(qtbot, page.search.query, "みほん た")
    with qtbot.waitSignal(page.customer_loaded, timeout=10_000):
        qtbot.keyClick(page.search.query, Qt.Key.Key_Return)
    assert page.profile is not None and page.profile.number == "C0000101"
    enrol = page.show_tab("factor")
    assert isinstance(enrol, EnrolPanel)
    with qtbot.waitSignal(page.customer_loaded, timeout=10_000):
        click(qtbot, enrol.branch_button)
    story.keys["customer"] = key_on_screen(enrol.qr_panel)  # the customer scans the QR code
    with qtbot.waitSignal(page.customer_loaded, timeout=10_000):
        type_text(qtbot, enrol.code, story.code("customer"))
    assert page.profile.factor_state == "active"

    # -- a wrong code, then the right one ---------------------------------------------------
    verify = page.show_tab("verify")
    assert verify is page.verify_panel
    wrong = f"{(int(story.code('customer')) + 1) % 1_000_000:06d}"
    with qtbot.waitSignal(verify.outcome_shown, timeout=10_000) as shown:
        type_text(qtbot, verify.code, wrong)
    assert shown.args == ["wrong"] and "attempts left" in verify.outcome.text()
    # Verified: the core then says again whether a change request may be opened.
    with qtbot.waitSignal(page.gate_read, timeout=10_000), \
            qtbot.waitSignal(verify.outcome_shown, timeout=10_000) as shown:
        type_text(qtbot, verify.code, story.code("customer"))
    assert shown.args == ["verified"] and "fresh for 15:00" in verify.countdown.text()

    # -- the change request, with the document its risk requires -----------------------------
    click(qtbot, verify.change_button)
    form = page.change_form
    assert page.tabs.currentWidget() is form and form.stack.isEnabled()
    for edit, text in ((form.bank_code, MUFG), (form.branch_code, HONTEN),
                       (form.account_number, "7654321"), (form.holder, "ﾐﾎﾝ ﾀﾛｳ")):
        type_text(qtbot, edit, text)
    assert "三菱ＵＦＪ" in form.bank_name.text() and "本店" in form.branch_name.text()
    assert "Match" in form.name_match.outcome.text()
    with qtbot.waitSignal(form.draft_changed, timeout=10_000):
        click(qtbot, form.create_button)
    assert "MEDIUM" in form.risk.text()
    assert "☐ a photo ID" in form.checklist.text()
    doc = form.document_form
    doc.doc_type.setCurrentIndex(doc.doc_type.findData(DocumentType.DRIVERS_LICENCE.value))
    type_text(qtbot, doc.number, "123456789012")
    type_text(qtbot, doc.expiry, "2030-03-31")
    for box in (doc.name_matches, doc.birth_matches, doc.address_matches):  # no photo by phone
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert "Passes every check" in doc.summary.text()
    with qtbot.waitSignal(form.evidence_recorded, timeout=10_000):
        qtbot.keyClick(doc.save_button, Qt.Key.Key_Space)
    assert "✓ a photo ID" in form.checklist.text()
    with qtbot.waitSignal(form.submitted, timeout=10_000) as sent:
        click(qtbot, form.submit_button)
    request = sent.args[0]
    assert request.status is RequestStatus.PENDING
    story.quiet()

    # -- the call is wrapped up: how it ended and a note --------------------------------------
    qtbot.keyClick(form.submit_button, Qt.Key.Key_W,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = agent.calls.dialog
    assert isinstance(dialog, WrapUpDialog) and dialog.isVisible()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(CallOutcome.REQUEST_OPENED.value))
    type_text(qtbot, dialog.note, "Account change sent to a supervisor; letter explained")
    with qtbot.waitSignal(agent.calls.wrapped_up, timeout=10_000):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert "No open call" in agent.call_label.text()
    story.quiet()
    signin = story.sign_out(agent)

    # -- the supervisor sees it and approves after a fresh code ------------------------------
    supervisor = story.sign_in(signin, "super1")
    approvals = supervisor.show_page("supervisor.queue")
    assert isinstance(approvals, SupervisorPage)
    qtbot.waitUntil(lambda: approvals.detail is not None, timeout=10_000)
    assert approvals.detail.id == request.id
    evidence = approvals.evidence.toPlainText()
    assert "Verified by" in evidence and "agent1" in evidence
    assert "Driver's licence" in evidence and "MEDIUM" in evidence
    with qtbot.waitSignal(approvals.decided, timeout=10_000) as decided:
        type_text(qtbot, approvals.code, story.code("super1"))
    assert decided.args[0].status is RequestStatus.APPROVED
    story.quiet()

    # -- the audit log shows each step, and its integrity verifies ---------------------------
    audit = supervisor.show_page("audit")
    assert isinstance(audit, AuditPage)
    audit.model.set_filter(AuditFilter())  # the events written since the page was built
    qtbot.waitUntil(lambda: audit.model.extent is not None and audit.model.rowCount() > 0
                    and audit.model.is_loaded(0), timeout=10_000)
    shown_actions = []
    for row in range(audit.model.rowCount()):
        qtbot.waitUntil(lambda r=row: audit.model.event_at(r) is not None, timeout=10_000)
        shown_actions.append(audit.model.event_at(row).action)
    for action in ("staff.added", "staff.signed_in", "call.taken", "customer.searched",
                   "customer.viewed", "factor.enrolled", "factor.activated",
                   "totp.verification.failed", "totp.verification.succeeded", "request.created",
                   "document.checked", "request.submitted", "call.closed", "request.viewed",
                   "staff.stepped_up", "request.approved"):
        assert action in shown_actions, action
    click(qtbot, audit.verify_button)
    qtbot.waitUntil(audit.result.isVisible, timeout=20_000)
    assert "Integrity verified" in audit.result.text()
