"""The profile during a call (issue 11): the customer asks to lock withdrawal-account changes,
later asks to lift the lock (photo ID, call-back, a supervisor's approval with their own code),
and cancels a change by the reference on its letter. Driven along the path a person takes."""

from __future__ import annotations

from datetime import date
from typing import Any

from guikit import People
from PySide6.QtCore import Qt
from sqlalchemy import select
from test_agent_support import (
    HONTEN,
    MUFG,
    Phone,
    active_factor,
    add_customer,
    agent_page,
    click,
    open_customer,
    type_text,
)

from authdesk.core.accountlock import WithdrawalLocked
from authdesk.core.cancellation import ReferenceMistyped
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.documents import DocumentType
from authdesk.core.evidence import DocumentInput
from authdesk.core.reference import notice_reference, request_reference
from authdesk.core.requests import RequestStatus
from authdesk.core.roles import Role
from authdesk.gui.customers.page import AgentPage
from authdesk.gui.customers.withdrawal import (
    ApproveUnlockDialog,
    CallbackDialog,
    CancelByReferenceDialog,
    LockReasonDialog,
    PhotoIdDialog,
)
from authdesk.gui.kit.messages import error_text
from authdesk.gui.shell.context import AppContext
from authdesk.storage.models import Notification

LICENCE = DocumentInput(DocumentType.DRIVERS_LICENCE, number="123456789012",
                        expiry=date(2029, 3, 31), name_matches=True, birth_date_matches=True,
                        address_matches=True, photo_present=True)


def verified_profile(qtbot: Any, context: AppContext, people: People, desk: Desk,
                     clock: FakeClock, phone: Phone | None = None,
                     username: str = "agent1") -> AgentPage:
    """The agent on a call with the customer, verified with their app, on the profile."""
    _window, page = agent_page(qtbot, context, people, username)
    open_customer(qtbot, page, "C0000101")
    if phone is not None:
        with qtbot.waitSignal(page.gate_read, timeout=10_000):
            type_text(qtbot, page.verify_panel.code, phone.code())
    page.show_tab("profile")
    box = page.profile_panel.lock_box
    qtbot.waitUntil(lambda: box.read_done, timeout=10_000)
    return page


def reason_dialog_confirm(qtbot: Any, dialog: Any, text: str, box: Any) -> None:
    type_text(qtbot, dialog.reason, text)
    with qtbot.waitSignal(box.lock_changed, timeout=10_000):
        click(qtbot, dialog.confirm_button)


def test_the_customer_locks_changes_and_the_change_form_says_why(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    customer = add_customer(people)
    people.add("agent1", Role.AGENT)
    phone = active_factor(desk, people.sign_in("agent1"), customer, clock)
    page = verified_profile(qtbot, context, people, desk, clock, phone)
    box = page.profile_panel.lock_box
    assert box.badge.text() == "Not locked"
    assert box.lock_button.isVisible() and not box.unlock_button.isVisible()

    click(qtbot, box.lock_button)
    dialog = box.dialog
    assert isinstance(dialog, LockReasonDialog) and dialog.isVisible()
    with qtbot.waitSignal(page.customer_loaded, timeout=10_000):
        reason_dialog_confirm(qtbot, dialog, "a suspicious e-mail", box)
    qtbot.waitUntil(lambda: "locked" in box.badge.text(), timeout=10_000)
    assert "a suspicious e-mail" in box.detail.toolTip()
    assert "letter" in box.message.text()
    assert box.unlock_button.isVisible() and not box.lock_button.isVisible()

    # The change form is closed with the core's sentence (its creation gate).
    assert isinstance(page.gate and page.gate.refusal, WithdrawalLocked)
    form = page.show_tab("change")
    assert form.gate_text.text() == error_text(page.gate.refusal)  # type: ignore[union-attr]


def test_lifting_the_lock_takes_the_evidence_and_another_supervisors_code(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    customer = add_customer(people)  # no authenticator: the call is the identity check
    people.add("agent1", Role.AGENT)
    people.add("super1", Role.SUPERVISOR)
    first = people.sign_in("agent1")
    desk.calls.take(first)
    desk.locks.place(first, customer, "the customer asked")

    page = verified_profile(qtbot, context, people, desk, clock)
    box = page.profile_panel.lock_box
    click(qtbot, box.unlock_button)
    assert isinstance(box.dialog, LockReasonDialog)
    reason_dialog_confirm(qtbot, box.dialog, "moving to another bank", box)
    qtbot.waitUntil(lambda: box.document_button.isVisible(), timeout=10_000)
    assert "✗ Photo ID" in box.detail.text() and "✗ Call-back" in box.detail.text()
    assert "moving to another bank" in box.detail.toolTip()
    assert not box.lift_button.isVisible()

    click(qtbot, box.document_button)
    documents = box.dialog
    assert isinstance(documents, PhotoIdDialog)
    doc = documents.form
    doc.doc_type.setCurrentIndex(doc.doc_type.findData(DocumentType.DRIVERS_LICENCE.value))
    type_text(qtbot, doc.number, "123456789012")
    type_text(qtbot, doc.expiry, "2029/03/31")
    for check in (doc.name_matches, doc.birth_matches, doc.address_matches):
        check.setChecked(True)
    assert not doc.photo_present.isVisible()  # by phone no photo can be seen
    with qtbot.waitSignal(box.lock_changed, timeout=10_000):
        click(qtbot, doc.save_button)
    qtbot.waitUntil(lambda: "✓ Photo ID" in box.detail.text(), timeout=10_000)

    click(qtbot, box.callback_button)
    assert isinstance(box.dialog, CallbackDialog)
    assert "0101" in box.dialog.explain.text()  # the registered number, masked
    reason_dialog_confirm(qtbot, box.dialog, "confirmed on the registered phone", box)
    qtbot.waitUntil(lambda: "✓ Call-back" in box.detail.text(), timeout=10_000)
    assert not box.lift_button.isVisible()  # an agent cannot approve

    # The supervisor opens the customer and approves with their own code.
    supervisor_page = verified_profile(qtbot, context, people, desk, clock, username="super1")
    sbox = supervisor_page.profile_panel.lock_box
    assert sbox.lift_button.isVisible()
    click(qtbot, sbox.lift_button)
    approve = sbox.dialog
    assert isinstance(approve, ApproveUnlockDialog)
    clock.advance(seconds=30)  # a time step the sign-in did not use
    type_text(qtbot, approve.code, people.code("super1"))
    with qtbot.waitSignal(sbox.lock_changed, timeout=10_000):
        click(qtbot, approve.approve_button)
    qtbot.waitUntil(lambda: sbox.badge.text() == "Not locked", timeout=10_000)
    assert desk.locks.status(people.sign_in("agent1"), customer) is None


def test_the_supervisor_who_took_the_unlock_request_is_refused_in_words(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    customer = add_customer(people)
    people.add("super1", Role.SUPERVISOR)
    handle = people.sign_in("super1")
    desk.calls.take(handle)
    desk.locks.place(handle, customer)
    desk.locks.request_unlock(handle, customer, "the customer asked")
    people.add("agent1", Role.AGENT)
    agent = people.sign_in("agent1")
    desk.locks.attach_document(agent, customer, LICENCE)
    desk.locks.record_callback(agent, customer, "confirmed")

    page = verified_profile(qtbot, context, people, desk, clock, username="super1")
    box = page.profile_panel.lock_box
    click(qtbot, box.lift_button)
    approve = box.dialog
    assert isinstance(approve, ApproveUnlockDialog)
    clock.advance(seconds=30)  # a time step the sign-in did not use
    type_text(qtbot, approve.code, people.code("super1"))
    click(qtbot, approve.approve_button)
    qtbot.waitUntil(lambda: approve.message.isVisible(), timeout=10_000)
    assert "four eyes" in approve.message.text()
    assert desk.locks.status(handle, customer) is not None


def approved_request(desk: Desk, people: People, customer: int, phone: Phone) -> int:
    """A request opened by another agent on an earlier call and approved by a supervisor."""
    people.add("agent0", Role.AGENT)
    people.add("super1", Role.SUPERVISOR)
    agent = people.sign_in("agent0")
    desk.calls.take(agent)
    started = desk.factors.start_verification(agent, customer)
    desk.factors.verify(agent, started.id, phone.code())
    draft = desk.requests.create(agent, customer, bank_code=MUFG, branch_code=HONTEN,
                                 account_type="ordinary", account_number="7654321",
                                 holder="ﾐﾎﾝ ﾀﾛｳ")
    desk.requests.submit(agent, draft.id)
    supervisor = people.sign_in("super1")
    people.clock.advance(seconds=30)  # a time step the sign-in did not use
    desk.staff.step_up(supervisor, people.code("super1"))
    desk.requests.approve(supervisor, draft.id)
    # The approval notices went out (the mail room marked them sent): the cooling-off runs.
    for notice in desk.requests.get(supervisor, draft.id).notifications:
        desk.notifications.mark_sent(supervisor, notice.id)
    return draft.id


def test_the_customer_cancels_a_change_by_the_reference_on_the_letter(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    customer = add_customer(people)
    people.add("agent1", Role.AGENT)
    phone = active_factor(desk, people.sign_in("agent1"), customer, clock)
    request_id = approved_request(desk, people, customer, phone)
    with desk.kernel.read() as s:
        letter = s.scalar(select(Notification.id).where(
            Notification.request_id == request_id, Notification.channel == "letter"))
    assert letter is not None
    reference = notice_reference(letter)
    clock.advance(hours=20)

    page = verified_profile(qtbot, context, people, desk, clock, phone)
    panel = page.profile_panel
    click(qtbot, panel.cancel_reference_button)
    dialog = panel.cancel_dialog
    assert isinstance(dialog, CancelByReferenceDialog) and dialog.isVisible()
    assert not dialog.confirm_button.isEnabled()

    # Misheard: the last digit is the check digit, and the sentence says so.
    misheard = reference[:-1] + str((int(reference[-1]) + 1) % 10)
    type_text(qtbot, dialog.reference, misheard)
    with qtbot.waitSignal(dialog.refused, timeout=10_000):
        click(qtbot, dialog.look_up_button)
    assert dialog.message.text() == error_text(ReferenceMistyped(reference=misheard))
    assert not dialog.confirm_button.isEnabled()

    dialog.reference.clear()
    type_text(qtbot, dialog.reference, reference.lower())
    with qtbot.waitSignal(dialog.looked_up, timeout=10_000):
        qtbot.keyClick(dialog.reference, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter looked it up; it did not close the dialog
    assert "R0000" in dialog.summary.text() and "•" in dialog.summary.text()
    assert "approved" in dialog.summary.text() and "Takes effect" in dialog.summary.text()
    assert dialog.confirm_button.isEnabled()
    type_text(qtbot, dialog.reason, "the customer did not ask for this")
    with qtbot.waitSignal(page.customer_loaded, timeout=10_000), \
            qtbot.waitSignal(dialog.cancelled, timeout=10_000):
        click(qtbot, dialog.confirm_button)
    assert "cancelled" in dialog.message.text()
    assert desk.requests.get(people.sign_in("agent1"), request_id).status \
        is RequestStatus.CANCELLED
    assert panel.requests_model.rows[0].status == "cancelled"


def test_locking_names_a_change_still_open_so_the_agent_can_cancel_it(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    customer = add_customer(people)
    people.add("agent1", Role.AGENT)
    phone = active_factor(desk, people.sign_in("agent1"), customer, clock)
    request_id = approved_request(desk, people, customer, phone)
    page = verified_profile(qtbot, context, people, desk, clock, phone)
    box = page.profile_panel.lock_box
    click(qtbot, box.lock_button)
    assert isinstance(box.dialog, LockReasonDialog)
    reason_dialog_confirm(qtbot, box.dialog, "", box)
    assert f"Still open: {request_reference(request_id)}" in box.message.text()
