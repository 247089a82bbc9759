"""Cancel by reference (issue 11): the customer quotes the reference of a letter or e-mail and
cancels the change within the cooling-off, after the desk's identity check; the core refuses
after the change took effect (saying when), a reference of another customer, and a misheard
one (its check digit) with its own sentence."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from request_fixtures import Kit, Person
from sqlalchemy import select

from authdesk.core.authority import SYSTEM
from authdesk.core.cancellation import (
    ChangeAlreadyEffective,
    NoticeNotAboutAChange,
    ReferenceMistyped,
    ReferenceOfAnotherCustomer,
    ReferenceUnknown,
)
from authdesk.core.errors import InvalidInput
from authdesk.core.identity import CallerNotVerified
from authdesk.core.reference import notice_reference, request_reference
from authdesk.core.requests import RequestNotPending, RequestStatus
from authdesk.core.roles import Role
from authdesk.storage.models import AuditEvent, Customer, Notification


@dataclass(frozen=True)
class Event:
    subject: str
    outcome: str
    details: str


@pytest.fixture
def supervisor(kit: Kit) -> Person:
    return kit.staff("super1", Role.SUPERVISOR)


def events(kit: Kit, action: str) -> list[Event]:
    with kit.desk.kernel.read() as s:
        return [Event(e.subject, e.outcome, e.details) for e in s.scalars(
            select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.seq))]


def account_number(kit: Kit, customer: int) -> str | None:
    with kit.desk.kernel.read() as s:
        row = s.get(Customer, customer)
        assert row is not None
        return row.account_number


def approval_letter(kit: Kit, request_id: int) -> int:
    with kit.desk.kernel.read() as s:
        found = s.scalar(select(Notification.id).where(
            Notification.request_id == request_id, Notification.channel == "letter",
            Notification.kind == "request.approved"))
        assert found is not None
        return found


def approved(kit: Kit, agent: Person, supervisor: Person, customer: int) -> int:
    pending = kit.pending(agent, customer)
    kit.step_up(supervisor)
    kit.desk.requests.approve(supervisor.handle, pending.id)
    kit.notices_out(pending.id)  # the approval notices went out: the cooling-off runs
    return pending.id


def on_the_phone(kit: Kit, agent: Person, customer: int) -> Person:
    """The customer calls back later: a new session, a new call, verified in it."""
    agent = kit.sign_in_again(agent)
    kit.verify(agent, customer)
    return agent


def test_the_customer_cancels_within_the_cooling_off_by_the_letters_reference(
        kit: Kit, agent: Person, supervisor: Person) -> None:
    customer = kit.customer()
    old = account_number(kit, customer)
    request_id = approved(kit, agent, supervisor, customer)
    kit.clock.advance(hours=24)
    agent = on_the_phone(kit, agent, customer)
    letter = notice_reference(approval_letter(kit, request_id))

    # What the customer quotes, as they might read it: full-width, lower case, no hyphen.
    quoted = letter.replace("-", "").lower().replace("0", "０")
    found = kit.desk.cancellations.look_up(agent.handle, customer, quoted)
    assert found.request.id == request_id and found.cancellable
    assert found.request_reference == request_reference(request_id)
    assert found.request.account.account_number.endswith("321")
    assert "7654321" not in found.request.account.account_number  # masked
    assert found.effective_at is not None

    cancelled = kit.desk.cancellations.cancel(agent.handle, customer, quoted,
                                              "The customer did not ask for this change")
    assert cancelled.status is RequestStatus.CANCELLED
    details = json.loads(events(kit, "request.cancelled")[-1].details)
    assert details["by"] == "customer" and details["reference"] == letter
    assert details["from"] == "approved" and details["notifications"]
    kit.clock.advance(hours=49)
    assert kit.desk.requests.apply_due(SYSTEM) == []
    assert account_number(kit, customer) == old


def test_a_pending_request_is_cancelled_by_its_own_reference(kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    pending = kit.pending(agent, customer)
    reference = request_reference(pending.id)
    kit.desk.cancellations.cancel(agent.handle, customer, reference, "changed their mind")
    details = json.loads(events(kit, "request.cancelled")[-1].details)
    assert details["from"] == "pending_approval" and details["reference"] == reference
    with pytest.raises(RequestNotPending, match="cancelled"):
        kit.desk.cancellations.cancel(agent.handle, customer, reference, "again")


def test_after_the_change_took_effect_the_core_refuses_and_says_when(
        kit: Kit, agent: Person, supervisor: Person) -> None:
    customer = kit.customer()
    request_id = approved(kit, agent, supervisor, customer)
    kit.clock.advance(hours=72)
    agent = on_the_phone(kit, agent, customer)
    # No timer ran: the cancellation finds the change in effect, and keeps that change.
    with pytest.raises(ChangeAlreadyEffective,
                       match=r"took effect on \d{4}/\d\d/\d\d \d\d:\d\d JST") as refused:
        kit.desk.cancellations.cancel(agent.handle, customer, request_reference(request_id),
                                      "too late")
    assert request_reference(request_id) in str(refused.value)
    assert account_number(kit, customer) == "7654321"
    found = kit.desk.cancellations.look_up(agent.handle, customer,
                                           request_reference(request_id))
    assert found.request.status is RequestStatus.EFFECTIVE and not found.cancellable


def test_a_reference_of_another_customer_is_refused_and_audited(
        kit: Kit, agent: Person) -> None:
    victim = kit.customer()
    pending = kit.pending(agent, victim)
    caller = kit.customer(kana="ミホン ハナコ", kanji="見本 花子")
    kit.new_call(agent)
    reference = request_reference(pending.id)
    with pytest.raises(ReferenceOfAnotherCustomer):
        kit.desk.cancellations.look_up(agent.handle, caller, reference)
    with pytest.raises(ReferenceOfAnotherCustomer):
        kit.desk.cancellations.cancel(agent.handle, caller, reference, "not mine")
    refused = [json.loads(e.details) for e in events(kit, "request.refused")]
    assert [r["reason"] for r in refused] == ["another customer", "another customer"]
    assert all(r["reference"] == reference for r in refused)
    assert kit.desk.requests.get(agent.handle, pending.id).status is RequestStatus.PENDING


def test_a_misheard_reference_gets_its_own_sentence(kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    pending = kit.pending(agent, customer)
    good = request_reference(pending.id)
    misheard = good[:-1] + str((int(good[-1]) + 1) % 10)
    with pytest.raises(ReferenceMistyped, match="read it again"):
        kit.desk.cancellations.cancel(agent.handle, customer, misheard, "stop it")
    with pytest.raises(ReferenceMistyped):
        kit.desk.cancellations.look_up(agent.handle, customer, misheard)
    with pytest.raises(InvalidInput):  # not a reference at all
        kit.desk.cancellations.look_up(agent.handle, customer, "12345")
    # A well-formed reference that names nothing.
    with pytest.raises(ReferenceUnknown):
        kit.desk.cancellations.look_up(agent.handle, customer, request_reference(9_999_999))
    assert kit.desk.requests.get(agent.handle, pending.id).status is RequestStatus.PENDING


def test_cancelling_needs_the_identity_check_of_the_call(kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    pending = kit.pending(agent, customer)
    kit.new_call(agent)  # the next caller says they are the customer: not verified in this call
    with pytest.raises(CallerNotVerified):
        kit.desk.cancellations.cancel(agent.handle, customer, request_reference(pending.id),
                                      "stop it")
    assert json.loads(events(kit, "request.refused")[-1].details)["reason"] == \
        "CallerNotVerified"
    kit.verify(agent, customer)
    kit.desk.cancellations.cancel(agent.handle, customer, request_reference(pending.id),
                                  "stop it")


def test_a_notice_not_about_a_change_has_nothing_to_cancel(kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    kit.call(agent)
    kit.desk.locks.place(agent.handle, customer)
    with kit.desk.kernel.read() as s:
        notice = s.scalar(select(Notification.id).where(Notification.customer_id == customer,
                                                        Notification.request_id.is_(None)))
    assert notice is not None
    with pytest.raises(NoticeNotAboutAChange):
        kit.desk.cancellations.cancel(agent.handle, customer, notice_reference(notice), "stop")


def test_cancelling_by_reference_works_while_the_withdrawal_lock_holds(
        kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    pending = kit.pending(agent, customer)
    kit.verify(agent, customer)
    lock = kit.desk.locks.place(agent.handle, customer)
    assert lock.open_requests == (pending.id,)
    kit.desk.cancellations.cancel(agent.handle, customer, request_reference(pending.id),
                                  "the customer locked and cancels")
    assert kit.desk.requests.get(agent.handle, pending.id).status is RequestStatus.CANCELLED
