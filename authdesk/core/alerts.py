"""Misconduct and fraud alerts (issue 12): named rules that watch the audit log as it is
written, and the supervisors' queue of the alerts they raise.

Each rule watches a few actions. The kernel calls ``AlertService._on_event`` right after such an
event is written, in the same transaction (``Kernel.watch``), so an alert is committed exactly
with its cause, and two writers cannot race: every audit write holds the head row's lock. A rule
reads the recent log through its indexes (actor, action, customer, subject, each by sequence,
bounded below by the first event of the rule's window) and the request and call tables.

One alert is active (open or escalated) per rule and subject: later events of the same rule and
subject extend it (their sequence numbers are added) and do not flood the queue. A subject is
masked-safe: ``staff:<username>``, ``customer:<number>``, ``workstation:<name>`` or
``account:<keyed fingerprint>``, never an account number or a name. Raising writes
``alert.raised``; acknowledging (with a note) and escalating write ``alert.acknowledged`` and
``alert.escalated``. The alert table is a work queue derived from audited events, not security
state: reconciliation does not cover it (every row's raise is in the log with its events).

docs/alerts.md describes each rule, its policy thresholds and what a supervisor should do.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from enum import StrEnum
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from authdesk.core.actions import Action, spellings
from authdesk.core.authority import Actor, Principal
from authdesk.core.calls import current_call
from authdesk.core.clock import as_utc
from authdesk.core.errors import AuthDeskError
from authdesk.core.evidence import clean_note
from authdesk.core.kernel import Kernel, Written
from authdesk.core.masking import mask_tail
from authdesk.core.policy import Policy
from authdesk.core.roles import Operation, Role
from authdesk.storage.models import (
    Alert,
    AuditEvent,
    Call,
    ChangeRequest,
    Customer,
    Staff,
    Verification,
)

JST = timezone(timedelta(hours=9), "JST")
# The sequence numbers kept on one alert (its count goes on); the raise event names the first.
ALERT_EVENTS_KEPT = 200
RAISED_EVENTS_NAMED = 20
MAX_HANDLING_NOTE = 500
QUEUE_LIMIT = 500
_POLICY_READ = "authdesk_alert_policy"  # Session.info: the policy the rules read


class Rule(StrEnum):
    """The rules, by the code stored on alerts and in ``alert.raised`` details. Never rename."""

    RECORDS_WITHOUT_CALLS = "records_without_calls"
    UNMASK_OUTSIDE_CALL = "unmask_outside_call"
    OUT_OF_HOURS = "out_of_hours"
    NAME_SEARCH_OUTSIDE_CALL = "name_search_outside_call"
    SHARED_NEW_ACCOUNT = "shared_new_account"
    HOLDER_NAME_MISMATCHES = "holder_name_mismatches"
    APPROVER_SHARE = "approver_share"
    FAILURES_ON_CUSTOMER = "failures_on_customer"
    FAILURES_AT_WORKSTATION = "failures_at_workstation"
    CHANGE_AFTER_RESET = "change_after_reset"
    NOTICE_FAILED = "notice_failed"


class AlertStatus(StrEnum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    ESCALATED = "escalated"


ACTIVE = (AlertStatus.OPEN.value, AlertStatus.ESCALATED.value)


# --- refusals ------------------------------------------------------------------------------------


class AlertNotFound(AuthDeskError):
    template = "No alert {alert_id} was found."


class AlertAlreadyHandled(AuthDeskError):
    template = "This alert was already {status}, so nothing was changed."


class AlertAboutYourself(AuthDeskError):
    template = (
        "This alert is about your own activity, so another supervisor must handle it "
        "(four eyes)."
    )


# --- what callers see ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AlertSummary:
    id: int
    rule: Rule
    subject: str
    status: AlertStatus
    raised_at: datetime
    last_event_at: datetime
    event_count: int
    facts: Mapping[str, Any]
    handled_by: str | None
    handled_at: datetime | None
    note: str | None


@dataclass(frozen=True)
class AlertEvent:
    """One event behind an alert, as the audit log holds it (details parsed)."""

    seq: int
    ts: datetime
    actor: str
    role: str
    workstation: str
    action: str
    subject: str
    outcome: str
    details: Mapping[str, Any]


@dataclass(frozen=True)
class AlertDetail:
    summary: AlertSummary
    events: tuple[AlertEvent, ...]


def _summary(row: Alert) -> AlertSummary:
    return AlertSummary(
        id=row.id, rule=Rule(row.rule), subject=row.subject, status=AlertStatus(row.status),
        raised_at=as_utc(row.raised_at), last_event_at=as_utc(row.last_event_at),
        event_count=row.event_count, facts=dict(row.facts or {}), handled_by=row.handled_by,
        handled_at=as_utc(row.handled_at) if row.handled_at else None, note=row.note)


# --- reading the recent log ---------------------------------------------------------------------


def first_seq_since(s: Session, since: datetime) -> int:
    """The sequence number of the first event at or after ``since`` (the writer's clock only
    moves forward, so every later event has a larger one): the lower bound that keeps a rule's
    walk along the (actor|action|customer, seq) indexes to its window."""
    seq = s.scalar(select(AuditEvent.seq).where(AuditEvent.ts >= since)
                   .order_by(AuditEvent.ts, AuditEvent.seq).limit(1))
    return seq if seq is not None else 0


def _details(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _staff_subject(username: str) -> str:
    return f"staff:{username}"


def _person_acting(actor: Actor) -> bool:
    """A signed-in person (the core's own work and the admin CLI's system actor are not
    watched)."""
    return actor.staff_id is not None and Role.SYSTEM not in actor.roles


# --- the service ----------------------------------------------------------------------------------

RuleCheck = Callable[[Session, Actor, Written, Policy], None]


class AlertService:
    def __init__(self, kernel: Kernel) -> None:
        self.kernel = kernel
        viewed, unmasked = Action.CUSTOMER_VIEWED, Action.CUSTOMER_UNMASKED
        self.checks: dict[str, tuple[RuleCheck, ...]] = {
            viewed: (self._out_of_hours, self._records_without_calls),
            unmasked: (self._unmask_outside_call, self._out_of_hours,
                       self._records_without_calls),
            Action.CUSTOMER_SEARCHED: (self._name_search_outside_call, self._out_of_hours),
            Action.STAFF_SIGNED_IN: (self._out_of_hours,),
            Action.REQUEST_CREATED: (self._out_of_hours, self._shared_new_account,
                                     self._holder_name_mismatches, self._change_after_reset),
            Action.REQUEST_REFUSED: (self._holder_name_mismatches,),
            Action.REQUEST_APPROVED: (self._out_of_hours, self._approver_share),
            Action.TOTP_VERIFICATION_FAILED: (self._failures_on_customer,
                                              self._failures_at_workstation),
            Action.NOTIFICATION_FAILED: (self._notice_failed,),
        }

        # Watch the actions the rules need: from now on the kernel hands each such event to
        # the rules in its own transaction.
        kernel.watch([Action(a) for a in self.checks], self._on_event)

    def _on_event(self, s: Session, actor: Actor, event: Written) -> None:
        checks = self.checks.get(event.action)
        if not checks:
            return
        # Read once per transaction (an import or a verification writes several events).
        policy: Policy | None = s.info.get(_POLICY_READ)
        if policy is None:
            policy = s.info[_POLICY_READ] = self.kernel.policy(s)
        for check in checks:
            check(s, actor, event, policy)

    # -- raising -----------------------------------------------------------------------------

    def _raise(self, s: Session, rule: Rule, subject: str, event: Written,
               seqs: Iterable[int], facts: Mapping[str, Any]) -> None:
        """Open an alert of ``rule`` about ``subject``, or extend the active one."""
        wanted = sorted(set(seqs) | {event.seq})
        row = self._active(s, rule, subject)
        if row is not None:
            self._extend(row, event, wanted, facts)
            return
        row = Alert(rule=rule.value, subject=subject, status=AlertStatus.OPEN.value,
                    raised_at=event.at, last_event_at=event.at,
                    event_seqs=wanted[:ALERT_EVENTS_KEPT], event_count=len(wanted),
                    facts=dict(facts))
        s.add(row)
        s.flush()
        self.kernel.record(s, self.kernel.system_actor(), Action.ALERT_RAISED,
                           subject=f"alert:{row.id}",
                           details={"rule": rule.value, "alert_id": row.id, "subject": subject,
                                    "cause": event.seq,
                                    "events": wanted[:RAISED_EVENTS_NAMED],
                                    "facts": dict(facts)})

    @staticmethod
    def _active(s: Session, rule: Rule, subject: str) -> Alert | None:
        return s.scalar(select(Alert).where(Alert.rule == rule.value, Alert.subject == subject,
                                            Alert.status.in_(ACTIVE))
                        .order_by(Alert.id.desc()).limit(1))

    @staticmethod
    def _extend(row: Alert, event: Written, seqs: Iterable[int],
                facts: Mapping[str, Any] | None = None) -> None:
        """Add later events to an active alert (no new event: the queue is not flooded)."""
        kept = list(row.event_seqs or [])
        newest = kept[-1] if kept else 0
        new = sorted(q for q in set(seqs) if q > newest)
        if not new:
            return
        if len(kept) < ALERT_EVENTS_KEPT:
            row.event_seqs = (kept + new)[:ALERT_EVENTS_KEPT]
        row.event_count = row.event_count + len(new)
        row.last_event_at = event.at
        if facts is not None:
            row.facts = dict(facts)

    # -- the rules ---------------------------------------------------------------------------

    def _records_without_calls(self, s: Session, actor: Actor, event: Written,
                               policy: Policy) -> None:
        """Rule 1: more customer records opened or unmasked in the window than the person's
        calls and verifications explain."""
        if not _person_acting(actor):
            return
        subject = _staff_subject(actor.username)
        active = self._active(s, Rule.RECORDS_WITHOUT_CALLS, subject)
        if active is not None:
            # Already raised: each further record joins it, without counting again (the
            # rule's cost on a busy desk stays one indexed read and one update).
            self._extend(active, event, [event.seq])
            return
        threshold = policy.alert_bulk_records
        since = event.at - timedelta(minutes=policy.alert_bulk_window_minutes)
        lo = first_seq_since(s, since)
        mine = (AuditEvent.actor == actor.username,
                AuditEvent.action.in_(spellings(Action.CUSTOMER_VIEWED,
                                                Action.CUSTOMER_UNMASKED)),
                AuditEvent.seq >= lo)
        distinct = s.scalar(select(func.count(func.distinct(AuditEvent.customer)))
                            .where(*mine)) or 0
        if distinct < threshold:
            return
        rows = s.execute(select(AuditEvent.seq, AuditEvent.customer).where(*mine)).all()
        opened: dict[str, list[int]] = {}
        for seq, customer in rows:
            if customer:
                opened.setdefault(customer, []).append(seq)
        if len(opened) < threshold:
            return
        numbers = list(opened)
        worked = set(s.scalars(
            select(Customer.number).join(Call, Call.customer_id == Customer.id)
            .where(Call.agent_id == actor.staff_id, Customer.number.in_(numbers),
                   or_(Call.closed_at.is_(None), Call.closed_at >= since))))
        worked |= set(s.scalars(
            select(Customer.number).join(Verification, Verification.customer_id == Customer.id)
            .where(Verification.agent_id == actor.staff_id, Customer.number.in_(numbers),
                   Verification.started_at >= since)))
        # A call about no customer yet (the agent only looked the caller up) explains one.
        unbound_calls = s.scalar(select(func.count()).select_from(Call).where(
            Call.agent_id == actor.staff_id, Call.customer_id.is_(None),
            or_(Call.closed_at.is_(None), Call.closed_at >= since))) or 0
        unexplained = {c: seqs for c, seqs in opened.items() if c not in worked}
        if len(unexplained) - unbound_calls < threshold:
            return
        self._raise(s, Rule.RECORDS_WITHOUT_CALLS, subject, event,
                    [q for seqs in unexplained.values() for q in seqs],
                    {"records": len(unexplained), "calls": unbound_calls + len(worked),
                     "threshold": threshold, "minutes": policy.alert_bulk_window_minutes})

    def _unmask_outside_call(self, s: Session, actor: Actor, event: Written,
                             policy: Policy) -> None:
        """Rule 2: a field unmasked with no open call, or in a call about another customer."""
        if not _person_acting(actor):
            return
        call = current_call(s, actor)
        number = event.subject.removeprefix("customer:")
        if call is not None:
            if call.customer_id is None:
                return
            about = s.get(Customer, call.customer_id)
            if about is None or about.number == number:
                return
        self._raise(s, Rule.UNMASK_OUTSIDE_CALL, _staff_subject(actor.username), event, (),
                    {"customer": number, "field": str(event.details.get("field", "")),
                     "in_call": call is not None})

    def _out_of_hours(self, s: Session, actor: Actor, event: Written, policy: Policy) -> None:
        """Rule 3: activity outside the working hours (Japan time)."""
        if not _person_acting(actor):
            return
        start, end = policy.alert_work_start_hour, policy.alert_work_end_hour
        local = as_utc(event.at).astimezone(JST)
        if start <= local.hour < end:
            return
        self._raise(s, Rule.OUT_OF_HOURS, _staff_subject(actor.username), event, (),
                    {"start": start, "end": end, "at": local.strftime("%H:%M"),
                     "action": event.action})

    def _name_search_outside_call(self, s: Session, actor: Actor, event: Written,
                                  policy: Policy) -> None:
        """Rule 4: customers searched by name with no open call."""
        if not _person_acting(actor) or event.details.get("kind") != "name":
            return
        if current_call(s, actor) is not None:
            return
        self._raise(s, Rule.NAME_SEARCH_OUTSIDE_CALL, _staff_subject(actor.username), event,
                    (), {"query": str(event.details.get("query", ""))})

    def _request_row(self, s: Session, event: Written) -> ChangeRequest | None:
        if not event.subject.startswith("request:"):
            return None
        try:
            return s.get(ChangeRequest, int(event.subject.removeprefix("request:")))
        except ValueError:
            return None

    def _shared_new_account(self, s: Session, actor: Actor, event: Written,
                            policy: Policy) -> None:
        """Rule 5: one new bank account named in requests for different customers."""
        row = self._request_row(s, event)
        if row is None:
            return
        since = event.at - timedelta(days=policy.alert_shared_account_days)
        others = s.execute(
            select(ChangeRequest.id, ChangeRequest.customer_id).where(
                ChangeRequest.bank_code == row.bank_code,
                ChangeRequest.branch_code == row.branch_code,
                ChangeRequest.account_number == row.account_number,
                ChangeRequest.created_at >= since)).all()
        customers = {customer_id for _id, customer_id in others}
        if len(customers) < 2:
            return
        subjects = [f"request:{request_id}" for request_id, _c in others]
        seqs = s.scalars(select(AuditEvent.seq).where(
            AuditEvent.subject.in_(subjects),
            AuditEvent.action.in_(spellings(Action.REQUEST_CREATED)))).all()
        numbers = sorted(s.scalars(select(Customer.number)
                                   .where(Customer.id.in_(customers))).all())
        fingerprint = self.kernel.keys.fingerprint(
            "alert.account", row.bank_code, row.branch_code, row.account_number)
        self._raise(s, Rule.SHARED_NEW_ACCOUNT, f"account:{fingerprint}", event, seqs,
                    {"customers": numbers, "requests": len(others),
                     "account": f"{row.bank_code}-{row.branch_code}-"
                                f"{mask_tail(row.account_number)}",
                     "days": policy.alert_shared_account_days})

    def _holder_name_mismatches(self, s: Session, actor: Actor, event: Written,
                                policy: Policy) -> None:
        """Rule 6: repeated close or no-match holder names from one agent."""
        if not _person_acting(actor) or not _name_mismatch(event.action, event.details):
            return
        threshold = policy.alert_name_mismatches
        lo = first_seq_since(s, event.at - timedelta(days=policy.alert_name_mismatch_days))
        rows = s.execute(select(AuditEvent.seq, AuditEvent.action, AuditEvent.details).where(
            AuditEvent.actor == actor.username,
            AuditEvent.action.in_(spellings(Action.REQUEST_CREATED, Action.REQUEST_REFUSED)),
            AuditEvent.seq >= lo)).all()
        seqs = [seq for seq, action, text in rows if _name_mismatch(action, _details(text))]
        if len(seqs) < threshold:
            return
        self._raise(s, Rule.HOLDER_NAME_MISMATCHES, _staff_subject(actor.username), event, seqs,
                    {"count": len(seqs), "threshold": threshold,
                     "days": policy.alert_name_mismatch_days})

    def _approver_share(self, s: Session, actor: Actor, event: Written,
                        policy: Policy) -> None:
        """Rule 7: one supervisor approving a large share of one agent's requests."""
        row = self._request_row(s, event)
        if row is None or actor.staff_id is None:
            return
        since = event.at - timedelta(days=policy.alert_approver_days)
        approved = s.execute(select(ChangeRequest.id, ChangeRequest.decided_by).where(
            ChangeRequest.requester_id == row.requester_id,
            # approved (waiting for its notices or cooling off) or effective since; the
            # stored values of requests.RequestStatus (that module's services import this one)
            ChangeRequest.status.in_(("approved", "effective")),
            ChangeRequest.decided_at >= since)).all()
        mine = [request_id for request_id, by in approved if by == actor.staff_id]
        total = len(approved)
        if total < policy.alert_approver_min_requests:
            return
        share = 100 * len(mine) // total
        if share < policy.alert_approver_share_percent:
            return
        seqs = s.scalars(select(AuditEvent.seq).where(
            AuditEvent.subject.in_([f"request:{i}" for i in mine]),
            AuditEvent.action.in_(spellings(Action.REQUEST_APPROVED)))).all()
        agent = s.get(Staff, row.requester_id)
        self._raise(s, Rule.APPROVER_SHARE, _staff_subject(actor.username), event, seqs,
                    {"agent": agent.username if agent else "?", "approved": len(mine),
                     "total": total, "share": share,
                     "threshold": policy.alert_approver_share_percent,
                     "days": policy.alert_approver_days})

    def _failures_on_customer(self, s: Session, actor: Actor, event: Written,
                              policy: Policy) -> None:
        """Rule 8a: wrong codes concentrating on one customer (any agent, any workstation)."""
        if not event.subject.startswith("customer:"):
            return
        number = event.subject.removeprefix("customer:")
        threshold = policy.alert_failures_per_customer
        lo = first_seq_since(s, event.at - timedelta(hours=24))
        rows = s.execute(select(AuditEvent.seq, AuditEvent.actor).where(
            AuditEvent.customer == number,
            AuditEvent.action.in_(spellings(Action.TOTP_VERIFICATION_FAILED)),
            AuditEvent.seq >= lo)).all()
        if len(rows) < threshold:
            return
        self._raise(s, Rule.FAILURES_ON_CUSTOMER, event.subject, event,
                    [seq for seq, _a in rows],
                    {"count": len(rows), "threshold": threshold, "hours": 24,
                     "agents": sorted({a for _s, a in rows})})

    def _failures_at_workstation(self, s: Session, actor: Actor, event: Written,
                                 policy: Policy) -> None:
        """Rule 8b: wrong codes concentrating at one workstation (any customer)."""
        threshold = policy.alert_failures_per_workstation
        lo = first_seq_since(s, event.at - timedelta(hours=1))
        rows = s.execute(select(AuditEvent.seq, AuditEvent.customer).where(
            AuditEvent.action.in_(spellings(Action.TOTP_VERIFICATION_FAILED)),
            AuditEvent.seq >= lo, AuditEvent.workstation == actor.workstation)).all()
        if len(rows) < threshold:
            return
        self._raise(s, Rule.FAILURES_AT_WORKSTATION, f"workstation:{actor.workstation}", event,
                    [seq for seq, _c in rows],
                    {"count": len(rows), "threshold": threshold, "hours": 1,
                     "customers": len({c for _s, c in rows if c})})

    def _change_after_reset(self, s: Session, actor: Actor, event: Written,
                            policy: Policy) -> None:
        """Rule 9: an account change request soon after a factor reset or contact change."""
        number = event.details.get("customer")
        if not isinstance(number, str):
            return
        days = policy.alert_change_after_reset_days
        lo = first_seq_since(s, event.at - timedelta(days=days))
        rows = s.execute(select(AuditEvent.seq, AuditEvent.action).where(
            AuditEvent.customer == number,
            AuditEvent.action.in_(spellings(*RESETS)), AuditEvent.seq >= lo)).all()
        if not rows:
            return
        self._raise(s, Rule.CHANGE_AFTER_RESET, f"customer:{number}", event,
                    [seq for seq, _a in rows],
                    {"changes": sorted({a for _s, a in rows}), "days": days})

    def _notice_failed(self, s: Session, actor: Actor, event: Written,
                       policy: Policy) -> None:
        """Rule 10: a customer notice could not go out (the change it announces waits)."""
        details = event.details
        facts: dict[str, Any] = {}
        for name, keys in (("notification", ("notification_id", "notification")),
                           ("request", ("request_id", "request"))):
            for key in keys:
                if details.get(key) is not None:
                    facts[name] = details[key]
                    break
        if details.get("channel") is not None:
            facts["channel"] = details["channel"]
        subject = event.subject or "customer:?"
        self._raise(s, Rule.NOTICE_FAILED, subject, event, (), facts)

    # -- the queue -----------------------------------------------------------------------------

    def queue(self, handle: Principal, *, include_handled: bool = False,
              limit: int = QUEUE_LIMIT) -> list[AlertSummary]:
        """Open and escalated alerts, newest first (with the acknowledged ones if asked)."""
        with self.kernel.read() as s:
            self.kernel.authorize(s, handle, Operation.VIEW_ALERTS)
            query = select(Alert)
            if not include_handled:
                query = query.where(Alert.status.in_(ACTIVE))
            rows = s.scalars(query.order_by(Alert.raised_at.desc(), Alert.id.desc())
                             .limit(max(1, min(limit, QUEUE_LIMIT))))
            return [_summary(r) for r in rows]

    def open_count(self, handle: Principal) -> int:
        with self.kernel.read() as s:
            self.kernel.authorize(s, handle, Operation.VIEW_ALERTS)
            return s.scalar(select(func.count()).select_from(Alert)
                            .where(Alert.status == AlertStatus.OPEN.value)) or 0

    def get(self, handle: Principal, alert_id: int) -> AlertDetail:
        """One alert with the events behind it, in sequence order."""
        with self.kernel.read() as s:
            self.kernel.authorize(s, handle, Operation.VIEW_ALERTS)
            row = s.get(Alert, alert_id)
            if row is None:
                raise AlertNotFound(alert_id=alert_id)
            events = s.scalars(select(AuditEvent)
                               .where(AuditEvent.seq.in_(list(row.event_seqs or [])))
                               .order_by(AuditEvent.seq)).all()
            return AlertDetail(_summary(row), tuple(
                AlertEvent(seq=e.seq, ts=as_utc(e.ts), actor=e.actor, role=e.role,
                           workstation=e.workstation, action=e.action, subject=e.subject,
                           outcome=e.outcome, details=_details(e.details))
                for e in events))

    def acknowledge(self, handle: Principal, alert_id: int, note: str) -> AlertSummary:
        """Close an alert with a note saying what was found or done."""
        return self._handle(handle, alert_id, note, AlertStatus.ACKNOWLEDGED)

    def escalate(self, handle: Principal, alert_id: int, note: str) -> AlertSummary:
        """Hand an open alert on (compliance, security), with a note saying why."""
        return self._handle(handle, alert_id, note, AlertStatus.ESCALATED)

    def _handle(self, handle: Principal, alert_id: int, note: str,
                to: AlertStatus) -> AlertSummary:
        text = clean_note(note, "note", required=True, limit=MAX_HANDLING_NOTE)
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.HANDLE_ALERTS)
            row = s.scalar(select(Alert).where(Alert.id == alert_id).with_for_update())
            if row is None:
                raise AlertNotFound(alert_id=alert_id)
            previous = AlertStatus(row.status)
            if previous is AlertStatus.ACKNOWLEDGED or previous is to:
                raise AlertAlreadyHandled(status=previous.value)
            if row.subject == _staff_subject(actor.username):
                raise AlertAboutYourself()
            row.status = to.value
            row.handled_by, row.handled_at, row.note = actor.username, self.kernel.now(), text
            action = (Action.ALERT_ACKNOWLEDGED if to is AlertStatus.ACKNOWLEDGED
                      else Action.ALERT_ESCALATED)
            self.kernel.record(s, actor, action, subject=f"alert:{row.id}",
                               details={"rule": row.rule, "alert_id": row.id,
                                        "from": previous.value, "note": text})
            return _summary(row)


# Changes that make a following account-change request suspicious (rule 9).
RESETS = (Action.FACTOR_REVOKED, Action.FACTOR_UNLOCKED, Action.CUSTOMER_CONTACT_CHANGED)


def _name_mismatch(action: str, details: Mapping[str, Any]) -> bool:
    """A request drafted with a close holder name, or refused for a holder name that does not
    match (rule 6)."""
    if action == Action.REQUEST_CREATED:
        return details.get("name_match") == "close"
    if action == Action.REQUEST_REFUSED:
        return details.get("reason") == "name does not match"
    return False


__all__ = ["ACTIVE", "AlertAboutYourself", "AlertAlreadyHandled", "AlertDetail", "AlertEvent",
           "AlertNotFound", "AlertService", "AlertStatus", "AlertSummary", "Rule",
           "first_seq_since"]
