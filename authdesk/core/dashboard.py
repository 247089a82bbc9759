"""The supervisors' dashboard: what happened each day of the last 30 (issue 12), counted from
the audit log, because the log is the one record of every step and is what an auditor checks.

Per day in Japan time (the floor's day): change requests created, approved, rejected and
cancelled; failed customer verifications (wrong and replayed codes); and alerts raised, per
rule (``alert.raised`` events, their ``details["rule"]``). Counts only: no customer, no person,
nothing masked or unmasked, so looking at it is not itself an audit event.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from authdesk.core.actions import Action, action_of, spellings
from authdesk.core.authority import Principal
from authdesk.core.clock import as_utc
from authdesk.core.evidence import JST
from authdesk.core.kernel import Kernel
from authdesk.core.roles import Operation
from authdesk.storage.models import AuditEvent

DAYS = 30
UNKNOWN_RULE = "(unnamed)"


class Measure:
    """What each bar counts (the keys of ``DayCounts.counts``)."""

    CREATED = "created"
    APPROVED = "approved"
    REJECTED = "rejected"
    CANCELLED = "cancelled"
    VERIFICATION_FAILURES = "verification_failures"


MEASURES: tuple[str, ...] = (Measure.CREATED, Measure.APPROVED, Measure.REJECTED,
                             Measure.CANCELLED, Measure.VERIFICATION_FAILURES)

_COUNTED: dict[Action, str] = {
    Action.REQUEST_CREATED: Measure.CREATED,
    Action.REQUEST_APPROVED: Measure.APPROVED,
    Action.REQUEST_REJECTED: Measure.REJECTED,
    Action.REQUEST_CANCELLED: Measure.CANCELLED,
    Action.TOTP_VERIFICATION_FAILED: Measure.VERIFICATION_FAILURES,
    Action.TOTP_VERIFICATION_REPLAYED: Measure.VERIFICATION_FAILURES,
}


@dataclass(frozen=True)
class DayCounts:
    day: date
    counts: dict[str, int] = field(default_factory=dict)  # Measure -> number
    alerts: dict[str, int] = field(default_factory=dict)  # rule -> number

    def count(self, measure: str) -> int:
        return self.counts.get(measure, 0)

    def alert_count(self, rule: str) -> int:
        return self.alerts.get(rule, 0)


@dataclass(frozen=True)
class Dashboard:
    days: list[DayCounts]  # oldest first, one per day, today last
    rules: list[str]  # every rule that raised an alert in the period, sorted

    def total(self, measure: str) -> int:
        return sum(d.count(measure) for d in self.days)

    def alert_total(self, rule: str | None = None) -> int:
        return sum(d.alert_count(rule) if rule else sum(d.alerts.values()) for d in self.days)


def day_in_japan(moment: datetime) -> date:
    return as_utc(moment).astimezone(JST).date()


class DashboardService:
    def __init__(self, kernel: Kernel) -> None:
        self.kernel = kernel

    def daily(self, handle: Principal, days: int = DAYS) -> Dashboard:
        """The last ``days`` days, today (in Japan) included."""
        days = max(1, min(days, 366))
        with self.kernel.read() as s:
            self.kernel.authorize(s, handle, Operation.VIEW_DASHBOARD)
            return count_days(s, day_in_japan(self.kernel.now()), days)


def count_days(s: Session, today: date, days: int = DAYS) -> Dashboard:
    first = today - timedelta(days=days - 1)
    since = datetime.combine(first, time(0), JST)
    until = datetime.combine(today + timedelta(days=1), time(0), JST)
    counts: dict[date, Counter[str]] = {first + timedelta(days=i): Counter()
                                        for i in range(days)}
    alerts: dict[date, Counter[str]] = {d: Counter() for d in counts}
    names = spellings(*_COUNTED)
    # Only the columns needed, and details only for alerts (their rule).
    for name, ts in s.execute(select(AuditEvent.action, AuditEvent.ts)
                              .where(AuditEvent.ts >= since, AuditEvent.ts < until,
                                     AuditEvent.action.in_(names))):
        action = action_of(name)
        if action is not None:
            counts[day_in_japan(ts)][_COUNTED[action]] += 1
    for ts, details in s.execute(select(AuditEvent.ts, AuditEvent.details)
                                 .where(AuditEvent.ts >= since, AuditEvent.ts < until,
                                        AuditEvent.action == Action.ALERT_RAISED.value)):
        alerts[day_in_japan(ts)][_rule_of(details)] += 1
    rules = sorted({rule for c in alerts.values() for rule in c})
    return Dashboard(days=[DayCounts(d, {m: counts[d][m] for m in MEASURES}, dict(alerts[d]))
                           for d in sorted(counts)], rules=rules)


def _rule_of(details: str) -> str:
    try:
        rule = json.loads(details).get("rule")
    except (ValueError, AttributeError):
        return UNKNOWN_RULE
    return str(rule) if rule else UNKNOWN_RULE


__all__ = ["DAYS", "MEASURES", "Dashboard", "DashboardService", "DayCounts", "Measure",
           "count_days", "day_in_japan"]
