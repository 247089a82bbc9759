"""Calls: an agent's work on a customer happens inside a call (or a mail item). A verification
is fresh only inside the call it was done in, so the next caller starts unverified; a change
request needs an open call, a fresh verification in it for a customer with an active
authenticator, and records the call it came from. Taking and closing a call are audited; a
session that ends before its wrap-up closes its call as cut off."""

from __future__ import annotations

import json
from typing import Any

import pytest
from request_fixtures import MUFG, Kit, Person
from sqlalchemy import select

from authdesk.core.calls import (
    WRAP_UP_OUTCOMES,
    CallAlreadyOpen,
    CallOutcome,
    NoOpenCall,
    NotAWrapUpOutcome,
)
from authdesk.core.desk import Desk
from authdesk.core.errors import InvalidInput, PermissionDenied
from authdesk.core.factors import FactorLocked, VerificationOfAnotherCall
from authdesk.core.factorstate import FactorState
from authdesk.core.requests import RequestStatus, VerificationNeeded
from authdesk.core.roles import Role
from authdesk.storage.models import AuditEvent, Call, ChangeRequest, Customer, CustomerFactor


def create(kit: Kit, agent: Person, customer: int, number: str = "7654321") -> Any:
    return kit.desk.requests.create(agent.handle, customer, bank_code=MUFG, branch_code="001",
                                    account_type="ordinary", account_number=number,
                                    holder="ﾐﾎﾝ ﾀﾛｳ")


def events(desk: Desk, action: str) -> list[dict[str, Any]]:
    with desk.kernel.read() as s:
        return [{"subject": e.subject, "actor": e.actor, **json.loads(e.details)}
                for e in s.scalars(select(AuditEvent).where(AuditEvent.action == action)
                                   .order_by(AuditEvent.seq))]


def request_count(desk: Desk) -> int:
    with desk.kernel.read() as s:
        return len(s.scalars(select(ChangeRequest.id)).all())


# --- taking and wrapping up -------------------------------------------------------------------


def test_taking_a_call_is_audited_and_one_call_is_open_at_a_time(kit: Kit, agent: Person) -> None:
    assert kit.desk.calls.current(agent.handle) is None
    call = kit.desk.calls.take(agent.handle)
    assert call.open and call.channel == "phone" and call.agent == "agent1"
    assert call.customer_number is None and call.outcome is None
    assert kit.desk.calls.current(agent.handle) == call
    with pytest.raises(CallAlreadyOpen):
        kit.desk.calls.take(agent.handle)
    with pytest.raises(CallAlreadyOpen):  # not on another channel either
        kit.desk.calls.take(agent.handle, "mail")
    (taken,) = events(kit.desk, "call.taken")
    assert taken == {"subject": f"call:{call.id}", "actor": "agent1", "call": call.id,
                     "channel": "phone"}


def test_a_call_is_the_sessions_not_the_persons(kit: Kit, agent: Person) -> None:
    kit.desk.calls.take(agent.handle)
    second_session = kit.people.sign_in(agent.username, agent.key)
    assert kit.desk.calls.current(second_session.handle) is None
    kit.desk.calls.take(second_session.handle)  # another window, another caller


def test_wrap_up_needs_an_outcome_from_the_list_and_a_note(kit: Kit, agent: Person) -> None:
    with pytest.raises(NoOpenCall):
        kit.desk.calls.wrap_up(agent.handle, CallOutcome.RESOLVED, "Nothing to close")
    call = kit.desk.calls.take(agent.handle)
    for outcome in ("cut_off", "hung up", ""):  # cut off is the core's, not a choice
        with pytest.raises(NotAWrapUpOutcome):
            kit.desk.calls.wrap_up(agent.handle, outcome, "A note")
    for note in ("", "   ", "x" * 501):
        with pytest.raises(InvalidInput, match="note"):
            kit.desk.calls.wrap_up(agent.handle, CallOutcome.RESOLVED, note)
    assert kit.desk.calls.current(agent.handle) == call  # still open
    assert CallOutcome.CUT_OFF not in WRAP_UP_OUTCOMES
    closed = kit.desk.calls.wrap_up(agent.handle, "follow_up", "  Call back   tomorrow ")
    assert (closed.id, closed.open, closed.outcome, closed.note) == (
        call.id, False, CallOutcome.FOLLOW_UP, "Call back tomorrow")
    assert kit.desk.calls.current(agent.handle) is None
    (event,) = events(kit.desk, "call.closed")
    assert (event["call"], event["outcome"], event["channel"]) == (call.id, "follow_up", "phone")
    kit.desk.calls.take(agent.handle)  # the next caller


def test_only_agents_and_supervisors_take_calls(kit: Kit) -> None:
    supervisor = kit.staff("super1", Role.SUPERVISOR)
    assert kit.desk.calls.take(supervisor.handle).open
    for role in (Role.AUDITOR, Role.ADMIN):
        person = kit.staff(f"only-{role}", role)
        with pytest.raises(PermissionDenied):
            kit.desk.calls.take(person.handle)


def test_signing_out_with_an_open_call_closes_it_as_cut_off(kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    call = kit.call(agent)
    create(kit, agent, customer)  # the call is now about this customer
    kit.desk.staff.sign_out(agent.handle)
    with kit.desk.kernel.read() as s:
        row = s.get(Call, call.id)
        assert row is not None and row.closed_at is not None
        assert (row.outcome, row.note) == ("cut_off", None)
        number = s.scalar(select(Customer.number).where(Customer.id == customer))
    (closed,) = events(kit.desk, "call.closed")
    assert closed["outcome"] == "cut_off" and closed["call"] == call.id
    assert closed["customer"] == number
    signed_out = events(kit.desk, "staff.signed_out")
    assert signed_out[-1]["reason"] == "signed out"


def test_a_session_ended_by_an_administrator_cuts_its_call_off(kit: Kit, agent: Person) -> None:
    call = kit.desk.calls.take(agent.handle)
    kit.desk.staff.disable(kit.admin, "agent1")
    with kit.desk.kernel.read() as s:
        row = s.get(Call, call.id)
        assert row is not None and row.outcome == "cut_off"


# --- verification belongs to the call ---------------------------------------------------------


def test_a_new_call_starts_unverified(kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    kit.active_factor(agent, customer)
    kit.verify(agent, customer)  # call 1
    gate = kit.desk.requests.creation_gate(agent.handle, customer)
    assert gate.open and gate.fresh_until is not None
    assert kit.desk.factors.freshness(agent.handle, customer) == gate.fresh_until

    kit.desk.calls.wrap_up(agent.handle, CallOutcome.RESOLVED, "Customer will call back")
    kit.desk.calls.take(agent.handle)  # call 2, a minute later: maybe someone else
    kit.clock.advance(minutes=1)
    assert kit.desk.factors.freshness(agent.handle, customer) is None
    gate = kit.desk.requests.creation_gate(agent.handle, customer)
    assert not gate.open and isinstance(gate.refusal, VerificationNeeded)
    assert gate.fresh_until is None
    with pytest.raises(VerificationNeeded):
        create(kit, agent, customer)
    assert request_count(kit.desk) == 0
    refused = events(kit.desk, "request.refused")
    assert refused[-1]["reason"] == "VerificationNeeded" and refused[-1]["step"] == "create"

    kit.verify(agent, customer)  # verified again, in this call
    assert create(kit, agent, customer).status is RequestStatus.DRAFT


def test_no_call_no_verification_and_no_request(kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    kit.active_factor(agent, customer)
    with pytest.raises(NoOpenCall):
        kit.desk.factors.start_verification(agent.handle, customer)
    plain = kit.customer(kana="ミホン ハナコ", kanji="見本 花子")  # no authenticator at all
    gate = kit.desk.requests.creation_gate(agent.handle, plain)
    assert isinstance(gate.refusal, NoOpenCall)
    with pytest.raises(NoOpenCall):
        create(kit, agent, plain)
    assert request_count(kit.desk) == 0


def test_a_verification_from_an_earlier_call_is_refused(kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    key = kit.active_factor(agent, customer)
    kit.call(agent)
    started = kit.desk.factors.start_verification(agent.handle, customer)
    kit.new_call(agent)
    with pytest.raises(VerificationOfAnotherCall):
        kit.desk.factors.verify(agent.handle, started.id, kit.code(key))
    assert kit.desk.factors.freshness(agent.handle, customer) is None


def test_another_agents_verification_does_not_open_the_gate(kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    kit.active_factor(agent, customer)
    other = kit.staff("agent2", Role.AGENT)
    kit.verify(other, customer)
    kit.call(agent)
    assert isinstance(kit.desk.requests.creation_gate(agent.handle, customer).refusal,
                      VerificationNeeded)


def test_a_locked_factor_is_unlocked_first_never_bypassed(kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    kit.active_factor(agent, customer)
    with kit.desk.kernel.write() as s:
        factor = s.scalar(select(CustomerFactor).where(CustomerFactor.customer_id == customer))
        assert factor is not None
        factor.state = FactorState.LOCKED
    kit.call(agent)
    assert isinstance(kit.desk.requests.creation_gate(agent.handle, customer).refusal,
                      FactorLocked)
    with pytest.raises(FactorLocked):  # not by the documents path either
        create(kit, agent, customer)
    assert request_count(kit.desk) == 0


def test_without_an_authenticator_the_gate_is_open_in_a_call(kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    kit.call(agent)
    gate = kit.desk.requests.creation_gate(agent.handle, customer)
    assert gate.open and gate.fresh_until is None


def test_a_supervisor_or_auditor_has_no_creation_gate(kit: Kit) -> None:
    customer = kit.customer()
    for role in (Role.SUPERVISOR, Role.AUDITOR):
        person = kit.staff(f"only-{role}", role)
        with pytest.raises(PermissionDenied):
            kit.desk.requests.creation_gate(person.handle, customer)


# --- what a call leaves behind ----------------------------------------------------------------


def test_a_request_records_its_call_and_the_calls_channel(kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    call = kit.call(agent, "mail")
    draft = kit.draft(agent, customer, channel="mail")
    assert draft.channel == "mail"
    with kit.desk.kernel.read() as s:
        row = s.get(ChangeRequest, draft.id)
        assert row is not None and row.call_id == call.id
    assert events(kit.desk, "request.created")[-1]["call"] == call.id
    current = kit.desk.calls.current(agent.handle)
    assert current is not None and current.customer_number is not None


def test_recent_calls_of_a_customer_with_notes_and_outcomes(kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    other = kit.customer(kana="ミホン ハナコ", kanji="見本 花子")
    kit.active_factor(agent, customer)
    kit.verify(agent, customer)
    kit.desk.calls.wrap_up(agent.handle, CallOutcome.NOT_VERIFIED, "Could not read the code")
    kit.clock.advance(minutes=5)
    kit.new_call(agent)
    kit.draft(agent, other, holder="ﾐﾎﾝ ﾊﾅｺ")  # another customer's call
    kit.desk.calls.wrap_up(agent.handle, CallOutcome.REQUEST_OPENED, "Draft for the new bank")
    kit.clock.advance(minutes=5)
    kit.verify(agent, customer)
    kit.desk.calls.wrap_up(agent.handle, CallOutcome.RESOLVED, "Confirmed the address")

    supervisor = kit.staff("super1", Role.SUPERVISOR)
    recent = kit.desk.calls.recent_for_customer(supervisor.handle, customer)
    assert [(c.outcome, c.note, c.agent) for c in recent] == [
        (CallOutcome.RESOLVED, "Confirmed the address", "agent1"),
        (CallOutcome.NOT_VERIFIED, "Could not read the code", "agent1"),
    ]  # newest first, this customer's only
    assert all(not c.open and c.customer_number == recent[0].customer_number for c in recent)
    auditor = kit.staff("auditor1", Role.AUDITOR)
    assert len(kit.desk.calls.recent_for_customer(auditor.handle, customer)) == 2
    with pytest.raises(PermissionDenied):
        kit.desk.calls.recent_for_customer(kit.admin, customer)
