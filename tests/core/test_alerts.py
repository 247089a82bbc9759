"""Misconduct and fraud alerts (issue 12): each rule raised from a seeded history, and not
raised on a normal day; one active alert per rule and subject; the queue's handling, audited
and refused where it must be."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from request_fixtures import Kit, Person
from sqlalchemy import select

from authdesk.core.actions import Action
from authdesk.core.alerts import (
    AlertAboutYourself,
    AlertAlreadyHandled,
    AlertStatus,
    AlertSummary,
    Rule,
)
from authdesk.core.calls import CallOutcome
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.errors import InvalidInput, PermissionDenied
from authdesk.core.factors import VerificationVoid, WrongCode
from authdesk.core.requests import NameMismatch
from authdesk.core.roles import Role
from authdesk.storage.models import AuditEvent


def alerts(kit: Kit) -> list[AlertSummary]:
    return kit.desk.alerts.queue(kit.auditor)


def raised(kit: Kit) -> dict[Rule, list[AlertSummary]]:
    found: dict[Rule, list[AlertSummary]] = {}
    for alert in alerts(kit):
        found.setdefault(alert.rule, []).append(alert)
    return found


def events(desk: Desk, action: Action) -> list[Any]:
    with desk.db.read() as s:
        return list(s.execute(
            select(AuditEvent.seq, AuditEvent.actor, AuditEvent.subject, AuditEvent.details)
            .where(AuditEvent.action == action.value).order_by(AuditEvent.seq)).all())


def set_policy(kit: Kit, name: str, value: int) -> None:
    kit.desk.policies.set(kit.admin, name, value)


def wrong(code: str) -> str:
    return f"{(int(code) + 500_000) % 1_000_000:06d}"


@pytest.fixture
def supervisor(kit: Kit) -> Person:
    return kit.staff("super1", Role.SUPERVISOR, Role.AGENT)


# --- a normal day ---------------------------------------------------------------------------------


def test_a_normal_day_raises_no_alert(kit: Kit, agent: Person, supervisor: Person) -> None:
    """Calls taken, callers searched by name and verified, records viewed and one field
    unmasked inside their calls, one wrong code, requests drafted, approved by two
    supervisors, notices sent: nothing for the queue."""
    other = kit.staff("super2", Role.SUPERVISOR)
    customers = [kit.customer(kana="ミホン タロウ", number=f"C00000{i:02d}") for i in range(4)]
    desk = kit.desk
    for i, customer in enumerate(customers):
        kit.new_call(agent)
        desk.customers.search(agent.handle, "ミホン")
        desk.customers.view(agent.handle, customer)
        kit.active_factor(agent, customer)
        if i == 0:
            handle = desk.factors.start_verification(agent.handle, customer)
            with pytest.raises(WrongCode):
                desk.factors.verify(agent.handle, handle.id, wrong(kit.code(kit.customer_keys[
                    customer])))
        desk.customers.unmask(agent.handle, customer, "phone", "caller asked to confirm")
        request = kit.pending(agent, customer, number=f"76543{i:02d}")
        approver = supervisor if i % 2 else other
        kit.step_up(approver)
        desk.requests.approve(approver.handle, request.id)
    for letter in desk.notifications.outbox(supervisor.handle):
        desk.notifications.mark_sent(supervisor.handle, letter.id)
    assert alerts(kit) == []
    assert events(desk, Action.ALERT_RAISED) == []


# --- rule 1: records opened without calls or verifications ------------------------------------


def test_many_records_opened_without_calls_raise_an_alert(kit: Kit, agent: Person) -> None:
    set_policy(kit, "alert_bulk_records", 3)
    customers = [kit.customer() for _ in range(3)]
    for customer in customers[:2]:
        kit.desk.customers.view(agent.handle, customer)
    assert Rule.RECORDS_WITHOUT_CALLS not in raised(kit)
    kit.desk.customers.unmask(agent.handle, customers[2], "address", "checking a letter")
    [alert] = raised(kit)[Rule.RECORDS_WITHOUT_CALLS]
    assert alert.subject == "staff:agent1"
    assert alert.facts["records"] == 3 and alert.facts["threshold"] == 3
    assert alert.event_count == 3


def test_records_opened_one_caller_at_a_time_raise_nothing(kit: Kit, agent: Person) -> None:
    set_policy(kit, "alert_bulk_records", 3)
    customers = [kit.customer() for _ in range(5)]
    for customer in customers:
        kit.new_call(agent)
        kit.desk.customers.view(agent.handle, customer)
    assert Rule.RECORDS_WITHOUT_CALLS not in raised(kit)


# --- rule 2: unmasking outside a call -----------------------------------------------------------


def test_unmasking_outside_a_call_raises_an_alert(kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    kit.desk.customers.unmask(agent.handle, customer, "phone", "just curious")
    [alert] = raised(kit)[Rule.UNMASK_OUTSIDE_CALL]
    assert alert.subject == "staff:agent1"
    assert alert.facts == {"customer": "C9000001", "field": "phone", "in_call": False}


def test_unmasking_another_customer_than_the_callers_raises_an_alert(kit: Kit,
                                                                   agent: Person) -> None:
    caller, other = kit.customer(), kit.customer()
    kit.active_factor(agent, caller)
    kit.verify(agent, caller)  # the call is now about the caller
    kit.desk.customers.unmask(agent.handle, other, "address", "looking")
    [alert] = raised(kit)[Rule.UNMASK_OUTSIDE_CALL]
    assert alert.facts["in_call"] is True


def test_unmasking_in_the_callers_call_raises_nothing(kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    kit.active_factor(agent, customer)
    kit.verify(agent, customer)
    kit.desk.customers.unmask(agent.handle, customer, "phone", "caller asked")
    kit.new_call(agent)  # a caller not looked up yet
    kit.desk.customers.unmask(agent.handle, customer, "address", "caller asked")
    assert raised(kit) == {}


# --- rule 3: outside working hours ------------------------------------------------------------


def test_activity_outside_working_hours_raises_an_alert(kit: Kit, clock: FakeClock) -> None:
    customer = kit.customer()
    clock.set(datetime(2026, 1, 5, 14, 30, tzinfo=UTC))  # 23:30 in Japan
    night = kit.staff("night1", Role.AGENT)  # signing in is already activity
    kit.desk.customers.view(night.handle, customer)
    [alert] = [a for a in raised(kit)[Rule.OUT_OF_HOURS] if a.subject == "staff:night1"]
    assert alert.facts["at"] == "23:30" and alert.facts["action"] == "customer.viewed"
    assert alert.event_count == 2  # sign-in and view, one alert


def test_activity_inside_working_hours_raises_nothing(kit: Kit, clock: FakeClock) -> None:
    customer = kit.customer()
    for hour_utc in (23, 2, 11):  # 08:00, 11:00, 20:00 in Japan
        clock.set(datetime(2026, 1, 6, hour_utc, 59, tzinfo=UTC))
        person = kit.staff(f"day{hour_utc}", Role.AGENT)
        kit.new_call(person)
        kit.desk.customers.view(person.handle, customer)
    assert Rule.OUT_OF_HOURS not in raised(kit)


# --- rule 4: name searches outside a call -----------------------------------------------------


def test_a_name_search_outside_a_call_raises_an_alert(kit: Kit, agent: Person) -> None:
    kit.customer()
    kit.desk.customers.search(agent.handle, "ミホン")
    [alert] = raised(kit)[Rule.NAME_SEARCH_OUTSIDE_CALL]
    assert alert.subject == "staff:agent1"
    assert "ミホン" not in str(alert.facts)  # the query as the log holds it: masked


def test_searches_in_a_call_or_by_number_raise_nothing(kit: Kit, agent: Person) -> None:
    kit.customer()
    kit.desk.customers.search(agent.handle, "C9000001")
    kit.call(agent)
    kit.desk.customers.search(agent.handle, "ミホン")
    assert raised(kit) == {}


# --- rule 5: one new account named for different customers ------------------------------------


def test_one_new_account_for_two_customers_raises_an_alert(kit: Kit, agent: Person) -> None:
    first, second = kit.customer(), kit.customer()
    kit.draft(agent, first, number="7777777")
    kit.new_call(agent)
    kit.draft(agent, second, number="7777777")
    [alert] = raised(kit)[Rule.SHARED_NEW_ACCOUNT]
    assert alert.subject.startswith("account:")
    assert "7777777" not in alert.subject and "7777777" not in str(alert.facts)
    assert alert.facts["customers"] == ["C9000001", "C9000002"]
    assert alert.event_count == 2


def test_new_accounts_of_their_own_raise_nothing(kit: Kit, agent: Person) -> None:
    first, second = kit.customer(), kit.customer()
    kit.draft(agent, first, number="7777777")
    kit.new_call(agent)
    kit.draft(agent, second, number="7777778")
    assert raised(kit) == {}


# --- rule 6: repeated close or no-match holder names ------------------------------------------


def test_repeated_holder_name_mismatches_raise_an_alert(kit: Kit, agent: Person) -> None:
    customers = [kit.customer(kana="ミホン ジュウロウ") for _ in range(3)]
    kit.draft(agent, customers[0], holder="ﾐﾎﾝ ｼﾞﾕﾛ", close_match_reason="old passbook")
    for customer in customers[1:]:
        kit.new_call(agent)
        with pytest.raises(NameMismatch):
            kit.draft(agent, customer, holder="ﾀﾅｶ ﾊﾅｺ")
    [alert] = raised(kit)[Rule.HOLDER_NAME_MISMATCHES]
    assert alert.subject == "staff:agent1" and alert.facts["count"] == 3


def test_one_close_holder_name_raises_nothing(kit: Kit, agent: Person) -> None:
    customer = kit.customer(kana="ミホン ジュウロウ")
    kit.draft(agent, customer, holder="ﾐﾎﾝ ｼﾞﾕﾛ", close_match_reason="old passbook")
    kit.new_call(agent)
    with pytest.raises(NameMismatch):
        kit.draft(agent, kit.customer(), holder="ﾀﾅｶ ﾊﾅｺ")
    assert Rule.HOLDER_NAME_MISMATCHES not in raised(kit)


# --- rule 7: one supervisor approving most of one agent's requests ----------------------------


def approve_all(kit: Kit, agent: Person, approvers: list[Person]) -> None:
    for approver in approvers:
        customer = kit.customer()
        request = kit.pending(agent, customer, number=f"81{customer:05d}")
        kit.step_up(approver)
        kit.desk.requests.approve(approver.handle, request.id)


def test_one_supervisor_approving_most_of_an_agents_requests_raises_an_alert(
        kit: Kit, agent: Person, supervisor: Person) -> None:
    set_policy(kit, "alert_approver_min_requests", 3)
    approve_all(kit, agent, [supervisor, supervisor])
    assert Rule.APPROVER_SHARE not in raised(kit)  # too few to judge
    approve_all(kit, agent, [supervisor])
    [alert] = raised(kit)[Rule.APPROVER_SHARE]
    assert alert.subject == "staff:super1"
    assert (alert.facts["agent"], alert.facts["approved"], alert.facts["total"],
            alert.facts["share"]) == ("agent1", 3, 3, 100)


def test_approvals_shared_between_supervisors_raise_nothing(kit: Kit, agent: Person,
                                                            supervisor: Person) -> None:
    set_policy(kit, "alert_approver_min_requests", 3)
    other = kit.staff("super2", Role.SUPERVISOR)
    approve_all(kit, agent, [supervisor, other, supervisor, other])
    assert Rule.APPROVER_SHARE not in raised(kit)


# --- rule 8: verification failures on one customer or at one workstation -----------------------


def fail_codes(kit: Kit, agent: Person, customer: int, times: int) -> None:
    kit.call(agent)
    handle = kit.desk.factors.start_verification(agent.handle, customer)
    for _ in range(times):
        with pytest.raises((WrongCode, VerificationVoid)):
            kit.desk.factors.verify(agent.handle, handle.id,
                                    wrong(kit.code(kit.customer_keys[customer])))


def test_failures_on_one_customer_raise_an_alert(kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    kit.active_factor(agent, customer)
    fail_codes(kit, agent, customer, 5)
    [alert] = raised(kit)[Rule.FAILURES_ON_CUSTOMER]
    assert alert.subject == "customer:C9000001"
    assert alert.facts["count"] == 5 and alert.event_count == 5


def test_failures_at_one_workstation_raise_an_alert(kit: Kit, agent: Person) -> None:
    set_policy(kit, "alert_failures_per_workstation", 3)
    for _ in range(3):
        customer = kit.customer()
        kit.active_factor(agent, customer)
        kit.new_call(agent)
        fail_codes(kit, agent, customer, 1)
    found = raised(kit)
    assert Rule.FAILURES_ON_CUSTOMER not in found
    [alert] = found[Rule.FAILURES_AT_WORKSTATION]
    assert alert.subject == "workstation:ws-test-01"
    assert alert.facts["customers"] == 3


def test_a_few_failures_raise_nothing(kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    kit.active_factor(agent, customer)
    fail_codes(kit, agent, customer, 2)
    kit.new_call(agent)
    kit.verify(agent, customer)
    assert raised(kit) == {}


# --- rule 9: a reset or contact change soon followed by an account change request ----------------


def test_a_request_soon_after_a_contact_change_raises_an_alert(kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    kit.desk.customers.change_contact(kit.admin, customer, "phone", "080-1111-2222")
    kit.draft(agent, customer)
    [alert] = raised(kit)[Rule.CHANGE_AFTER_RESET]
    assert alert.subject == "customer:C9000001"
    assert alert.facts["changes"] == ["customer.contact_changed"]


def test_a_request_soon_after_an_authenticator_reset_raises_an_alert(
        kit: Kit, agent: Person, supervisor: Person) -> None:
    customer = kit.customer()
    kit.active_factor(agent, customer)
    kit.desk.factors.revoke(supervisor.handle, customer, "customer lost the phone")
    kit.draft(agent, customer)
    [alert] = raised(kit)[Rule.CHANGE_AFTER_RESET]
    assert alert.facts["changes"] == ["factor.revoked"]


def test_a_request_long_after_a_contact_change_raises_nothing(kit: Kit, clock: FakeClock,
                                                             agent: Person) -> None:
    customer = kit.customer()
    kit.desk.customers.change_contact(kit.admin, customer, "phone", "080-1111-2222")
    clock.advance(days=15)
    kit.sign_in_again(agent)
    kit.draft(agent, customer)
    assert raised(kit) == {}


# --- rule 10: a notice that could not go out ----------------------------------------------------


def test_a_failed_notice_raises_an_alert(kit: Kit, agent: Person, supervisor: Person) -> None:
    request = kit.pending(agent, kit.customer())
    kit.step_up(supervisor)
    kit.desk.requests.approve(supervisor.handle, request.id)
    letter = kit.desk.notifications.outbox(supervisor.handle)[-1]
    kit.desk.notifications.mark_failed(supervisor.handle, letter.id, "returned: moved away")
    [alert] = raised(kit)[Rule.NOTICE_FAILED]
    assert alert.subject == "customer:C9000001"
    assert alert.facts["request"] == request.id and alert.facts["notification"] == letter.id


def test_notices_sent_raise_nothing(kit: Kit, agent: Person, supervisor: Person) -> None:
    request = kit.pending(agent, kit.customer())
    kit.step_up(supervisor)
    kit.desk.requests.approve(supervisor.handle, request.id)
    for letter in kit.desk.notifications.outbox(supervisor.handle):
        kit.desk.notifications.mark_sent(supervisor.handle, letter.id)
    assert raised(kit) == {}


# --- one alert per rule and subject; atomic with its cause ---------------------------------------


def test_later_events_extend_the_open_alert(kit: Kit, agent: Person,
                                            supervisor: Person) -> None:
    customer = kit.customer()
    for field in ("phone", "address", "email"):
        kit.desk.customers.unmask(agent.handle, customer, field, "just curious")
    [alert] = alerts(kit)
    assert alert.event_count == 3
    assert len(events(kit.desk, Action.ALERT_RAISED)) == 1
    kit.desk.alerts.acknowledge(supervisor.handle, alert.id, "Spoke to agent1: training")
    kit.desk.customers.unmask(agent.handle, customer, "phone", "again")
    [again] = alerts(kit)
    assert again.id != alert.id and again.event_count == 1
    assert len(events(kit.desk, Action.ALERT_RAISED)) == 2


def test_the_alert_is_written_with_its_cause(kit: Kit, agent: Person) -> None:
    kit.desk.customers.unmask(agent.handle, kit.customer(), "phone", "just curious")
    [cause] = events(kit.desk, Action.CUSTOMER_UNMASKED)
    [raise_event] = events(kit.desk, Action.ALERT_RAISED)
    assert raise_event.seq == cause.seq + 1
    assert raise_event.actor == "system"
    [alert] = alerts(kit)
    assert raise_event.subject == f"alert:{alert.id}"
    assert '"rule":"unmask_outside_call"' in raise_event.details
    assert f'"alert_id":{alert.id}' in raise_event.details
    detail = kit.desk.alerts.get(kit.auditor, alert.id)
    assert [e.seq for e in detail.events] == [cause.seq]
    assert detail.events[0].details["field"] == "phone"


def test_the_core_s_own_work_is_not_watched(kit: Kit, clock: FakeClock) -> None:
    """Events of the system actor (scheduled work, the benchmark's writer) raise nothing, even
    at night."""
    clock.set(datetime(2026, 1, 5, 16, 0, tzinfo=UTC))  # 01:00 in Japan
    kernel = kit.desk.kernel
    actor = replace(kernel.system_actor(), username="bench")
    with kernel.write() as s:
        kernel.record(s, actor, Action.CUSTOMER_VIEWED, subject="customer:C0000001")
    assert events(kit.desk, Action.ALERT_RAISED) == []


# --- handling -----------------------------------------------------------------------------------


def test_acknowledging_needs_a_note_and_is_audited(kit: Kit, agent: Person,
                                                  supervisor: Person) -> None:
    kit.desk.customers.unmask(agent.handle, kit.customer(), "phone", "just curious")
    [alert] = alerts(kit)
    with pytest.raises(InvalidInput):
        kit.desk.alerts.acknowledge(supervisor.handle, alert.id, "   ")
    assert alerts(kit)[0].status is AlertStatus.OPEN
    done = kit.desk.alerts.acknowledge(supervisor.handle, alert.id, "Agent was coached")
    assert (done.status, done.handled_by, done.note) == (AlertStatus.ACKNOWLEDGED, "super1",
                                                         "Agent was coached")
    assert alerts(kit) == []
    assert kit.desk.alerts.queue(kit.auditor, include_handled=True)[0].id == alert.id
    [event] = events(kit.desk, Action.ALERT_ACKNOWLEDGED)
    assert event.actor == "super1" and event.subject == f"alert:{alert.id}"
    with pytest.raises(AlertAlreadyHandled):
        kit.desk.alerts.escalate(supervisor.handle, alert.id, "too late")


def test_escalating_keeps_the_alert_in_the_queue(kit: Kit, agent: Person,
                                                 supervisor: Person) -> None:
    kit.desk.customers.unmask(agent.handle, kit.customer(), "phone", "just curious")
    [alert] = alerts(kit)
    assert kit.desk.alerts.open_count(supervisor.handle) == 1
    kit.desk.alerts.escalate(supervisor.handle, alert.id, "Compliance to review")
    [still] = alerts(kit)
    assert still.status is AlertStatus.ESCALATED
    assert kit.desk.alerts.open_count(supervisor.handle) == 0
    [event] = events(kit.desk, Action.ALERT_ESCALATED)
    assert '"from":"open"' in event.details
    with pytest.raises(AlertAlreadyHandled):
        kit.desk.alerts.escalate(supervisor.handle, alert.id, "again")
    kit.desk.alerts.acknowledge(supervisor.handle, alert.id, "Compliance closed it")
    assert alerts(kit) == []


def test_a_supervisor_cannot_handle_an_alert_about_themselves(kit: Kit,
                                                             supervisor: Person) -> None:
    kit.desk.customers.unmask(supervisor.handle, kit.customer(), "phone", "just curious")
    [alert] = alerts(kit)
    assert alert.subject == "staff:super1"
    with pytest.raises(AlertAboutYourself):
        kit.desk.alerts.acknowledge(supervisor.handle, alert.id, "It was fine")
    assert alerts(kit)[0].status is AlertStatus.OPEN


def test_auditors_read_alerts_and_agents_do_not(kit: Kit, agent: Person) -> None:
    kit.desk.customers.unmask(agent.handle, kit.customer(), "phone", "just curious")
    [alert] = kit.desk.alerts.queue(kit.auditor)
    kit.desk.alerts.get(kit.auditor, alert.id)
    with pytest.raises(PermissionDenied):
        kit.desk.alerts.acknowledge(kit.auditor, alert.id, "an auditor only reads")
    with pytest.raises(PermissionDenied):
        kit.desk.alerts.queue(agent.handle)
    refused = events(kit.desk, Action.ACCESS_REFUSED)
    assert [e.actor for e in refused] == ["it.auditor", "agent1"]


def test_old_calls_do_not_explain_records(kit: Kit, clock: FakeClock, agent: Person) -> None:
    """Calls closed before the window explain nothing in it."""
    set_policy(kit, "alert_bulk_records", 2)
    for _ in range(3):
        kit.new_call(agent)
    kit.desk.calls.wrap_up(agent.handle, CallOutcome.RESOLVED, "done")
    clock.advance(timedelta(minutes=20))
    kit.sign_in_again(agent)
    clock.advance(timedelta(minutes=50))
    kit.sign_in_again(agent)
    for _ in range(2):
        kit.desk.customers.view(agent.handle, kit.customer())
    assert Rule.RECORDS_WITHOUT_CALLS in raised(kit)
