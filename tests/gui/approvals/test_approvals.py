"""The supervisor's screens: the approval queue oldest first with its age, a request's full
evidence, approval after a fresh staff code, rejection with a reason, one's own request visibly
not approvable (and refused by the core anyway), an agent with no approve action (refused by
the core anyway), and the outbox of letters with their status."""

from __future__ import annotations

from typing import Any

import pytest
from guikit import People
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.modeltest import ModelTester
from test_agent_support import (
    HONTEN,
    MUFG,
    Phone,
    active_factor,
    add_customer,
    agent_page,
    click,
    events,
    main_window,
    open_customer,
    type_text,
)

from authdesk.core.authority import SessionHandle
from authdesk.core.calls import CallOutcome
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.errors import PermissionDenied
from authdesk.core.requests import RequestStatus, RequestSummary, SameApproverRefused
from authdesk.core.roles import Role
from authdesk.gui.approvals.outbox import SupervisorOutboxModel, SupervisorOutboxPage
from authdesk.gui.approvals.page import SupervisorPage
from authdesk.gui.approvals.queue import SupervisorQueueModel, format_age
from authdesk.gui.kit.background import background
from authdesk.gui.shell.context import AppContext
from authdesk.storage.models import ChangeRequest


def pending(desk: Desk, agent: SessionHandle, customer: int, phone: Phone,
            number: str) -> RequestSummary:
    """A verified, low-risk request sent for approval, through the core, in a call of its
    own (the agent's previous call is wrapped up first)."""
    if desk.calls.current(agent) is not None:
        desk.calls.wrap_up(agent, CallOutcome.RESOLVED, "next caller")
    desk.calls.take(agent)
    verification = desk.factors.start_verification(agent, customer)
    desk.factors.verify(agent, verification.id, phone.code())
    draft = desk.requests.create(agent, customer, bank_code=MUFG, branch_code=HONTEN,
                                 account_type="ordinary", account_number=number,
                                 holder="ﾐﾎﾝ ﾀﾛｳ", notes="customer moved banks")
    return desk.requests.submit(agent, draft.id)


def two_requests(desk: Desk, people: People, clock: FakeClock) -> list[RequestSummary]:
    people.add("agent1", Role.AGENT)
    agent = people.sign_in("agent1")
    first = add_customer(people, "C0000101", phone="090-1111-0101", account_number="1000101")
    second = add_customer(people, "C0000102", kanji="見本 次郎", phone="090-1111-0102",
                          account_number="1000102")
    made = [pending(desk, agent, first, active_factor(desk, agent, first, clock), "7654321")]
    clock.advance(hours=2)
    agent = people.sign_in("agent1")  # the first session locked itself after 30 idle minutes
    made.append(pending(desk, agent, second, active_factor(desk, agent, second, clock),
                        "7654322"))
    clock.advance(minutes=5)
    return made


def supervisor_page(qtbot: Any, context: AppContext, people: People,
                    username: str = "super1") -> SupervisorPage:
    window = main_window(qtbot, context, people.sign_in(username))
    page = window.show_page("supervisor.queue")
    assert isinstance(page, SupervisorPage)
    qtbot.waitUntil(lambda: page.detail is not None or page.empty.isVisible(), timeout=10_000)
    quiet_page(qtbot)
    return page


def quiet_page(qtbot: Any) -> None:
    """No background work left in flight (the page asks the core when shown, too)."""
    qtbot.waitUntil(lambda: not background().busy, timeout=10_000)


def test_queue_and_outbox_models_pass_qtmodeltester(
        qtmodeltester: ModelTester, desk: Desk, people: People, clock: FakeClock) -> None:
    made = two_requests(desk, people, clock)
    people.add("super1", Role.SUPERVISOR)
    supervisor = people.sign_in("super1")
    queue = SupervisorQueueModel()
    queue.set_rows(desk.requests.queue(supervisor), desk.clock.now())
    qtmodeltester.check(queue)
    people.keys.clear()
    outbox = SupervisorOutboxModel()
    desk.requests.reject(supervisor, made[0].id, "not the customer's bank")
    outbox.set_rows(desk.notifications.outbox(supervisor))
    assert outbox.rowCount() >= 1
    qtmodeltester.check(outbox)


def test_the_queue_is_oldest_first_with_its_age_and_the_full_evidence(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    made = two_requests(desk, people, clock)
    people.add("super1", Role.SUPERVISOR)
    page = supervisor_page(qtbot, context, people)
    model = page.model
    assert [model.summary(r).id for r in range(model.rowCount())] == [m.id for m in made]
    waiting = model.COLUMNS.index("waiting")
    ages = [desk.clock.now() - m.submitted_at for m in made if m.submitted_at]
    assert ages[0].total_seconds() > 2 * 3600 > ages[1].total_seconds() > 5 * 60
    assert model.index(0, waiting).data() == format_age(ages[0])
    assert model.index(0, waiting).data().startswith("2 h ")
    assert model.index(1, waiting).data() == format_age(ages[1])
    assert page.detail is not None and page.detail.id == made[0].id
    text = page.evidence.toPlainText()
    for expected in ("Request #1", "C0000101 見本 太郎", "三菱ＵＦＪ (0005) 本店 (001)",
                     "Verified by", "agent1", "6-digit code from the customer's authenticator",
                     "ﾐﾎﾝ ﾀﾛｳ", "Match", "LOW", "Nothing unusual was found.",
                     "customer moved banks"):
        assert expected in text, expected
    assert "7654321" not in text, "the new account number is masked"
    with qtbot.waitSignal(page.detail_shown, timeout=10_000):
        qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert page.detail.id == made[1].id
    clock.advance(hours=1)
    model.advance(desk.clock.now())  # the age grows without asking the core again
    assert model.index(0, waiting).data().startswith("3 h ")


def test_reasons_stored_as_english_before_codes_are_shown_as_written(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    made = two_requests(desk, people, clock)
    old = "The new account is named in another customer's change request."
    with desk.db.write() as s:  # a row written before reasons had codes
        row = s.get(ChangeRequest, made[0].id)
        assert row is not None
        row.risk_reasons = [old]
    people.add("super1", Role.SUPERVISOR)
    page = supervisor_page(qtbot, context, people)
    assert page.detail is not None and page.detail.id == made[0].id
    assert old in page.evidence.toPlainText()


def test_approval_needs_a_fresh_code_of_ones_own(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    made = two_requests(desk, people, clock)
    people.add("super1", Role.SUPERVISOR)
    page = supervisor_page(qtbot, context, people)
    assert not page.own_note.isVisible() and page.approve_button.isEnabled()
    wrong = f"{(int(people.code('super1')) + 1) % 1_000_000:06d}"
    type_text(qtbot, page.code, wrong)  # submitted on the sixth digit
    qtbot.waitUntil(page.message.isVisible, timeout=10_000)
    # The core's sentence: wrong, and how many tries are left before the session ends.
    assert "That code is not correct" in page.message.text()
    assert "4 attempts left before this session ends" in page.message.text()
    assert page.detail is not None and page.detail.status is RequestStatus.PENDING

    clock.advance(seconds=30)
    with qtbot.waitSignal(page.decided, timeout=10_000) as decided:
        type_text(qtbot, page.code, people.code("super1"))
    assert decided.args[0].status is RequestStatus.APPROVED
    assert "approved" in page.message.text() and "cooling-off" in page.message.text()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.model.summary(0).id == made[1].id
    assert [e.action for e in events(desk, "request.approved")] == ["request.approved"]
    assert events(desk, "staff.stepped_up")


def test_reject_needs_a_reason(qtbot: Any, context: AppContext, people: People, desk: Desk,
                               clock: FakeClock) -> None:
    made = two_requests(desk, people, clock)
    people.add("super1", Role.SUPERVISOR)
    page = supervisor_page(qtbot, context, people)
    click(qtbot, page.reject_button)
    qtbot.waitUntil(page.message.isVisible, timeout=10_000)
    assert "cannot be left empty" in page.message.text()
    type_text(qtbot, page.reason, "the customer called to say they did not ask for this")
    with qtbot.waitSignal(page.decided, timeout=10_000) as decided:
        qtbot.keyClick(page.reason, Qt.Key.Key_Return)
    assert decided.args[0].status is RequestStatus.REJECTED
    assert "rejected" in page.message.text()
    assert decided.args[0].id == made[0].id


def test_ones_own_request_is_visibly_not_approvable_and_the_core_refuses_it(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    people.add("both", Role.AGENT, Role.SUPERVISOR)
    both = people.sign_in("both")
    customer = add_customer(people)
    made = pending(desk, both, customer, active_factor(desk, both, customer, clock), "7654321")
    page = supervisor_page(qtbot, context, people, "both")
    assert page.detail is not None and page.detail.id == made.id
    assert page.own_note.isVisible()
    assert "You opened this request" in page.own_note.text()
    assert not page.approve_button.isEnabled() and not page.code.isEnabled()

    clock.advance(seconds=30)
    desk.staff.step_up(page.context.handle, people.code("both"))
    with pytest.raises(SameApproverRefused, match="you opened it yourself"):
        desk.requests.approve(page.context.handle, made.id)


def test_an_agent_has_no_approve_action_and_the_core_refuses_one(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    made = two_requests(desk, people, clock)
    agent = people.sign_in("agent1")
    window = main_window(qtbot, context, agent)
    assert window.page_keys() == ["agent.customers"]
    assert not window.findChildren(SupervisorPage)
    assert not [b for b in window.findChildren(QPushButton) if b.objectName() == "approveButton"]
    with pytest.raises(PermissionDenied):
        desk.requests.approve(agent, made[0].id)


def test_the_outbox_lists_each_letter_with_its_status(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    made = two_requests(desk, people, clock)
    people.add("super1", Role.SUPERVISOR)
    supervisor = people.sign_in("super1")
    desk.requests.reject(supervisor, made[0].id, "the customer did not ask for this")
    window = main_window(qtbot, context, supervisor)
    page = window.show_page("supervisor.outbox")
    assert isinstance(page, SupervisorOutboxPage)
    # The rejection's letter and e-mail (after the notices of the two activations, issue 11).
    qtbot.waitUntil(lambda: page.model.rowCount() == 6, timeout=10_000)
    quiet_page(qtbot)
    rejected = [r for r in range(6) if page.model.index(r, 3).data() == "change rejected"]
    assert len(rejected) == 2
    row = rejected[-1]  # the e-mail: a letter goes out with its day's batch
    status = page.model.COLUMNS.index("status")
    assert page.model.index(row, status).data() == "to be sent"
    page.view.selectRow(row)
    click(qtbot, page.sent_button)
    qtbot.waitUntil(lambda: page.model.index(row, status).data() == "sent", timeout=10_000)
    assert "now marked sent" in page.message.text()
    assert events(desk, "notification.sent")


def test_wrong_step_up_codes_say_what_is_left_then_end_the_session(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    from authdesk.core.kernel import SessionEndedByLockout
    from authdesk.gui.kit.messages import error_text
    from authdesk.gui.kit.session import SignedIn
    from authdesk.gui.shell.controller import AppController
    from authdesk.gui.shell.signin import SignInWindow

    two_requests(desk, people, clock)
    people.add("super1", Role.SUPERVISOR)
    handle = people.sign_in("super1")
    controller = AppController(context)
    window = controller.signed_in(SignedIn(handle, desk.staff.me(handle)))
    qtbot.addWidget(window)
    page = window.show_page("supervisor.queue")
    assert isinstance(page, SupervisorPage)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    for left in (4, 3, 2, 1):
        page.message.clear_message()
        type_text(qtbot, page.code, wrong_code(people.code("super1")))
        qtbot.waitUntil(page.message.isVisible, timeout=10_000)
        assert f"{left} attempts left before this session ends" in page.message.text()
    # The fifth in a row: the session ends (here by the account lockout it also reaches).
    type_text(qtbot, page.code, wrong_code(people.code("super1")))
    qtbot.waitUntil(lambda: isinstance(controller.window, SignInWindow), timeout=10_000)
    signin = controller.window
    assert isinstance(signin, SignInWindow)
    qtbot.addWidget(signin)
    assert signin.message.text() == error_text(SessionEndedByLockout())
    assert events(desk, "staff.locked")


def wrong_code(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


def test_a_supervisor_opens_on_the_queue_and_the_tabs_count_what_waits(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    made = two_requests(desk, people, clock)
    people.add("both", Role.AGENT, Role.SUPERVISOR)
    supervisor = people.sign_in("both")
    window = main_window(qtbot, context, supervisor)
    assert window.page_keys()[0] == "agent.customers", "the customers tab is still the first"
    page = window.page("supervisor.queue")
    assert window.tabs.currentWidget() is page, "a supervisor starts on the queue"
    tab = window.tabs.tabBar()
    queue, letters = (window.page_keys().index(k) for k in ("supervisor.queue",
                                                             "supervisor.outbox"))
    qtbot.waitUntil(lambda: tab.tabText(queue) == "Approvals (2)", timeout=10_000)
    quiet_page(qtbot)
    waiting = len(desk.notifications.outbox(supervisor, "queued"))
    assert tab.tabText(letters) == (f"Letters ({waiting})" if waiting else "Letters")

    # Deciding takes one off the queue; the rejection letters join the letters' count.
    assert isinstance(page, SupervisorPage)
    type_text(qtbot, page.reason, "the customer did not ask for this")
    with qtbot.waitSignal(page.decided, timeout=10_000):
        qtbot.keyClick(page.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.tabText(queue) == "Approvals (1)", timeout=10_000)
    window.show_page("supervisor.outbox")
    now_waiting = len(desk.notifications.outbox(supervisor, "queued"))
    assert now_waiting > waiting
    qtbot.waitUntil(lambda: tab.tabText(letters) == f"Letters ({now_waiting})", timeout=10_000)
    assert made


def test_an_agent_opens_on_customers_and_an_empty_queue_shows_no_count(
        qtbot: Any, context: AppContext, people: People) -> None:
    people.add("agent1", Role.AGENT)
    agent = main_window(qtbot, context, people.sign_in("agent1"))
    assert agent.tabs.currentWidget() is agent.page("agent.customers")
    people.add("super1", Role.SUPERVISOR)
    page = supervisor_page(qtbot, context, people)
    window = page.window()
    index = window.page_keys().index("supervisor.queue")  # type: ignore[attr-defined]
    assert window.tabs.tabText(index) == "Approvals"  # type: ignore[attr-defined]


def test_the_agent_reads_why_a_request_was_rejected_on_the_profile(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    made = two_requests(desk, people, clock)
    people.add("super1", Role.SUPERVISOR)
    desk.requests.reject(people.sign_in("super1"), made[0].id, "the customer did not ask")
    _window, page = agent_page(qtbot, context, people)
    open_customer(qtbot, page, "C0000101")
    panel = page.show_tab("profile")
    assert panel is page.profile_panel and panel.request_reasons.isVisible()
    assert panel.request_reasons.text().startswith(f"#{made[0].id} was rejected on ")
    assert panel.request_reasons.text().endswith("Reason: the customer did not ask")
    status = panel.requests_model.COLUMNS.index("status")
    cell = panel.requests_model.index(0, status)
    assert cell.data() == "rejected"
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "the customer did not ask"
    open_customer(qtbot, page, "C0000102")  # waiting for approval: nothing to explain
    page.show_tab("profile")
    assert not panel.request_reasons.isVisible()
