"""The withdrawal-account lock a customer asks for (issue 11): while it holds, every change
request is refused with a sentence; lifting it needs the customer's request, a photo ID, a
call-back and a different supervisor's approval, each missing one refused with its own
sentence; every step audited and replayed by reconciliation."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from request_fixtures import HEALTH_CARD, LICENCE, MUFG, Kit, Person
from sqlalchemy import select

from authdesk.core.accountlock import (
    AlreadyLocked,
    NotLocked,
    SameUnlockApproverRefused,
    UnlockAlreadyRequested,
    UnlockDocumentNotEnough,
    UnlockNeedsCallback,
    UnlockNeedsDocument,
    UnlockNotRequested,
    WithdrawalLocked,
)
from authdesk.core.calls import NoOpenCall
from authdesk.core.errors import InvalidInput, PermissionDenied
from authdesk.core.identity import CallerNotVerified
from authdesk.core.roles import Role
from authdesk.core.staff import StepUpRequired
from authdesk.storage.models import AuditEvent, Notification


@dataclass(frozen=True)
class Event:
    details: str


@pytest.fixture
def supervisor(kit: Kit) -> Person:
    return kit.staff("super1", Role.SUPERVISOR)


def events(kit: Kit, action: str) -> list[Event]:
    with kit.desk.kernel.read() as s:
        return [Event(e.details) for e in s.scalars(
            select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.seq))]


def notice_kinds(kit: Kit, customer: int) -> list[str]:
    with kit.desk.kernel.read() as s:
        return [n.kind for n in s.scalars(select(Notification).where(
            Notification.customer_id == customer, Notification.channel == "letter",
            Notification.kind.like("withdrawal.%")).order_by(Notification.id))]


def create(kit: Kit, agent: Person, customer: int) -> None:
    kit.desk.requests.create(agent.handle, customer, bank_code=MUFG, branch_code="001",
                             account_type="ordinary", account_number="7654321",
                             holder="ﾐﾎﾝ ﾀﾛｳ")


def locked(kit: Kit, agent: Person, *, factor: bool = True) -> int:
    """A customer (with an authenticator, verified in the agent's call) who locked changes."""
    customer = kit.customer()
    if factor:
        kit.active_factor(agent, customer)
        kit.verify(agent, customer)
    else:
        kit.call(agent)
    kit.desk.locks.place(agent.handle, customer, "the customer fears phishing")
    return customer


def ready_to_lift(kit: Kit, agent: Person) -> int:
    customer = locked(kit, agent, factor=False)
    kit.desk.locks.request_unlock(agent.handle, customer, "the customer wants to change banks")
    kit.desk.locks.attach_document(agent.handle, customer, LICENCE)
    kit.desk.locks.record_callback(agent.handle, customer, "confirmed on the registered phone")
    return customer


def test_a_lock_refuses_every_change_request_with_a_sentence(kit: Kit, agent: Person) -> None:
    customer = locked(kit, agent)
    lock = kit.desk.locks.status(agent.handle, customer)
    assert lock is not None and lock.active and lock.locked_by == "agent1"
    assert lock.reason == "the customer fears phishing"

    # The gate says it before the form opens, and create refuses the same, verified or not.
    gate = kit.desk.requests.creation_gate(agent.handle, customer)
    assert isinstance(gate.refusal, WithdrawalLocked)
    with pytest.raises(WithdrawalLocked, match="locked changes of their withdrawal account on "
                                               r"\d{4}/\d\d/\d\d \d\d:\d\d JST"):
        create(kit, agent, customer)
    refused = json.loads(events(kit, "request.refused")[-1].details)
    assert refused["reason"] == "WithdrawalLocked" and refused["step"] == "create"

    # The customer hears of it by letter (someone else may have asked in their name).
    assert notice_kinds(kit, customer) == ["withdrawal.locked"]
    placed = json.loads(events(kit, "withdrawal.locked")[-1].details)
    assert placed["after"] == {"state": "locked", "unlock_requested": False, "document": None,
                               "callback": False}
    with pytest.raises(AlreadyLocked):
        kit.desk.locks.place(agent.handle, customer)


def test_a_request_already_open_cannot_go_on_while_locked(
        kit: Kit, agent: Person, supervisor: Person) -> None:
    customer = kit.customer()
    pending = kit.pending(agent, customer)
    second = kit.customer(kana="ミホン ハナコ", kanji="見本 花子")
    kit.active_factor(agent, second)
    kit.verify(agent, second)
    draft = kit.draft(agent, second, holder="ﾐﾎﾝ ﾊﾅｺ", number="7654322")
    kit.verify(agent, customer)
    lock = kit.desk.locks.place(agent.handle, customer)
    assert lock.open_requests == (pending.id,)  # the agent can tell the customer to cancel it
    kit.verify(agent, second)
    kit.desk.locks.place(agent.handle, second)
    with pytest.raises(WithdrawalLocked):
        kit.desk.requests.submit(agent.handle, draft.id)
    kit.step_up(supervisor)
    with pytest.raises(WithdrawalLocked):
        kit.desk.requests.approve(supervisor.handle, pending.id)
    assert [json.loads(e.details)["step"] for e in events(kit, "request.refused")] == [
        "submit", "approve"]


def test_locking_needs_the_identity_check_of_the_call(kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    kit.active_factor(agent, customer)
    with pytest.raises(NoOpenCall):
        kit.desk.locks.place(agent.handle, customer)
    kit.call(agent)
    with pytest.raises(CallerNotVerified, match="Verify the caller"):
        kit.desk.locks.place(agent.handle, customer)
    assert kit.desk.locks.status(agent.handle, customer) is None
    assert [json.loads(e.details)["reason"] for e in events(kit, "withdrawal.lock.refused")] == [
        "NoOpenCall", "CallerNotVerified"]
    kit.verify(agent, customer)
    assert kit.desk.locks.place(agent.handle, customer).active


def test_lifting_needs_each_named_piece_of_evidence(
        kit: Kit, agent: Person, supervisor: Person) -> None:
    customer = locked(kit, agent, factor=False)
    locks = kit.desk.locks
    kit.step_up(supervisor)
    with pytest.raises(UnlockNotRequested):
        locks.lift(supervisor.handle, customer)
    with pytest.raises(UnlockNotRequested):
        locks.attach_document(agent.handle, customer, LICENCE)
    with pytest.raises(UnlockNotRequested):
        locks.record_callback(agent.handle, customer, "called back")
    with pytest.raises(InvalidInput):
        locks.request_unlock(agent.handle, customer, "  ")
    locks.request_unlock(agent.handle, customer, "the customer wants to change banks")
    with pytest.raises(UnlockAlreadyRequested):
        locks.request_unlock(agent.handle, customer, "again")

    with pytest.raises(UnlockNeedsDocument, match="photo ID"):
        locks.lift(supervisor.handle, customer)
    # A document that is not a photo ID is kept as a check, and does not count.
    with pytest.raises(UnlockDocumentNotEnough):
        locks.attach_document(agent.handle, customer, HEALTH_CARD)
    assert events(kit, "document.checked")
    with pytest.raises(UnlockNeedsDocument):
        locks.lift(supervisor.handle, customer)
    locks.attach_document(agent.handle, customer, LICENCE)

    with pytest.raises(UnlockNeedsCallback, match="registered phone number"):
        locks.lift(supervisor.handle, customer)
    callback = locks.record_callback(agent.handle, customer, "confirmed on the registered phone")
    assert callback.phone.endswith(callback.phone[-4:]) and "•" in callback.phone

    lock = locks.status(agent.handle, customer)
    assert lock is not None and lock.missing == ()
    assert lock.document is not None and lock.document.passed and lock.callback is not None

    # The approval is a supervisor's, after a fresh staff step-up (the one above was not used).
    with pytest.raises(PermissionDenied):
        locks.lift(agent.handle, customer)
    lifted = locks.lift(supervisor.handle, customer)
    assert not lifted.active and lifted.lifted_by == "super1"
    assert locks.status(agent.handle, customer) is None
    assert notice_kinds(kit, customer) == ["withdrawal.locked", "withdrawal.unlocked"]
    with pytest.raises(NotLocked):
        locks.lift(supervisor.handle, customer)
    # Changes may be asked for again.
    assert kit.desk.requests.creation_gate(agent.handle, customer).open


def test_lifting_needs_a_fresh_staff_step_up(kit: Kit, agent: Person,
                                             supervisor: Person) -> None:
    customer = ready_to_lift(kit, agent)
    with pytest.raises(StepUpRequired):
        kit.desk.locks.lift(supervisor.handle, customer)
    assert kit.desk.locks.status(agent.handle, customer) is not None


def test_the_person_who_took_the_unlock_request_cannot_approve_it(kit: Kit) -> None:
    asked = kit.staff("super.a", Role.SUPERVISOR)
    other = kit.staff("super.b", Role.SUPERVISOR)
    customer = kit.customer()
    kit.call(asked)
    kit.desk.locks.place(asked.handle, customer)
    kit.desk.locks.request_unlock(asked.handle, customer, "the customer asked")
    kit.desk.locks.attach_document(other.handle, customer, LICENCE)
    kit.desk.locks.record_callback(other.handle, customer, "confirmed")
    kit.step_up(asked)
    with pytest.raises(SameUnlockApproverRefused, match="four eyes"):
        kit.desk.locks.lift(asked.handle, customer)
    # Under a second login of the same person (the same employee number, another width) too.
    kit.desk.staff.disable(kit.admin, "super.a")
    twin = kit.staff("super.a2", Role.SUPERVISOR, employee_no="Ｅ-super-a")
    kit.step_up(twin)
    with pytest.raises(SameUnlockApproverRefused, match="another login"):
        kit.desk.locks.lift(twin.handle, customer)
    # Whoever gathered the evidence is not the second pair of eyes either.
    kit.step_up(other)
    with pytest.raises(SameUnlockApproverRefused, match="call-back"):
        kit.desk.locks.lift(other.handle, customer)
    refused = [json.loads(e.details) for e in events(kit, "withdrawal.lock.refused")]
    assert [r["step"] for r in refused] == ["lift", "lift", "lift"]
    assert kit.desk.locks.status(other.handle, customer) is not None
    third = kit.staff("super.c", Role.SUPERVISOR)
    kit.step_up(third)
    assert not kit.desk.locks.lift(third.handle, customer).active


def test_every_step_is_audited_and_the_log_accounts_for_the_lock(
        kit: Kit, agent: Person, supervisor: Person) -> None:
    customer = ready_to_lift(kit, agent)
    kit.step_up(supervisor)
    kit.desk.locks.lift(supervisor.handle, customer)
    afters = [json.loads(e.details)["after"] for action in (
        "withdrawal.locked", "withdrawal.unlock.requested", "withdrawal.id.checked",
        "withdrawal.called_back", "withdrawal.unlocked")
        for e in events(kit, action)]
    assert [a["state"] for a in afters] == ["locked"] * 4 + ["lifted"]
    assert afters[-1]["unlock_requested"] and afters[-1]["callback"] and afters[-1]["document"]
    result = kit.desk.audit.verify(kit.auditor)
    assert result.ok, result
