"""The look-back report: every withdrawal-account change request opened in a period, and how
each was verified, with totals (issue 12). What a regulator's report order or a compensation
case asks of a period.

A period is two dates in Japan time, both included: ``2026-12-01`` to ``2026-12-03`` covers
requests created from 2026-12-01 00:00 JST up to (not including) 2026-12-04 00:00 JST.

Each row names the request by the reference customers quote (``R0000123-4``), its verification
path (step-up, documents, call-back), the documents seen, the risk level and its reasons, the
requester and approver, the time from submission to approval, the cooling-off, the notices, the
cancellation and the exceptions a reviewer should look at (a close holder-name match, the
customer's authenticator unlocked shortly before, steps of the request the core refused).
Account numbers are masked as on every screen (``masking.mask_tail``); customers are named by
number, not by name.

Building the report is the export: supervisors and auditors only
(``Operation.EXPORT_LOOKBACK``), recorded as ``report.lookback.exported`` with the period, the
format and the number of requests, in the transaction that read them. The CSV form is made here
(through ``csvsafe``); the PDF form by ``authdesk.printing.lookback``.
"""

from __future__ import annotations

import csv
import io
import json
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from authdesk.core.actions import Action, spellings
from authdesk.core.authority import Principal
from authdesk.core.clock import as_utc
from authdesk.core.csvsafe import safe_row
from authdesk.core.errors import AuthDeskError
from authdesk.core.evidence import JST
from authdesk.core.kernel import Kernel
from authdesk.core.masking import mask_tail
from authdesk.core.reference import request_reference
from authdesk.core.risk import read_reasons
from authdesk.core.roles import Operation
from authdesk.storage.models import (
    AuditEvent,
    ChangeRequest,
    Customer,
    DocumentCheck,
    Notification,
    Staff,
)

# A year and a day: a regulator asks for a business year; longer periods are several reports.
MAX_PERIOD_DAYS = 367
# An unlock of the customer's authenticator this long before a request is an exception.
UNLOCK_WINDOW = timedelta(days=30)
_CHUNK = 500  # ids per IN (...) query


class ReportFormat(StrEnum):
    CSV = "csv"
    PDF = "pdf"


class PathStep(StrEnum):
    """How a request was verified; a request may take several."""

    STEP_UP = "step-up"
    DOCUMENTS = "documents"
    CALL_BACK = "call-back"


class ExceptionKind(StrEnum):
    CLOSE_MATCH = "close_match"
    FACTOR_UNLOCKED = "factor_unlocked"
    STEP_REFUSED = "step_refused"


class LookbackPeriodInvalid(AuthDeskError):
    template = (
        "The period {start} to {end} cannot be reported: {reason}. Give a first date on or "
        "before the last date, at most {days} days apart."
    )


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # included

    @property
    def since(self) -> datetime:
        return datetime.combine(self.start, time(0), JST)

    @property
    def until(self) -> datetime:
        """The first instant after the period."""
        return datetime.combine(self.end + timedelta(days=1), time(0), JST)

    @classmethod
    def checked(cls, start: date, end: date) -> Period:
        days = MAX_PERIOD_DAYS
        if end < start:
            raise LookbackPeriodInvalid(start=start.isoformat(), end=end.isoformat(),
                                        reason="the last date is before the first", days=days)
        if (end - start).days + 1 > days:
            raise LookbackPeriodInvalid(start=start.isoformat(), end=end.isoformat(),
                                        reason="it is too long", days=days)
        return cls(start, end)


@dataclass(frozen=True)
class DocumentLine:
    doc_type: str
    strong: bool
    passed: bool

    def __str__(self) -> str:
        return (f"{self.doc_type} ({'photo' if self.strong else 'non-photo'}, "
                f"{'passed' if self.passed else 'failed'})")


@dataclass(frozen=True)
class NoticeLine:
    id: int
    kind: str
    channel: str
    status: str  # queued, sent, failed
    sent_at: datetime | None = None

    def __str__(self) -> str:
        return f"{self.channel} {self.kind} ({self.status})"


@dataclass(frozen=True)
class ExceptionLine:
    kind: ExceptionKind
    detail: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.detail}" if self.detail else str(self.kind)


@dataclass(frozen=True)
class LookbackRow:
    request_id: int
    reference: str
    created_at: datetime
    channel: str
    status: str
    customer_number: str
    new_account: str  # bank-branch and masked number
    old_account: str
    name_match: str
    path: tuple[PathStep, ...]
    documents: tuple[DocumentLine, ...]
    risk_level: str
    risk_reasons: tuple[str, ...]  # reason codes
    requester: str
    submitted_at: datetime | None
    approver: str | None
    approved_at: datetime | None
    time_to_approval: timedelta | None
    effective_at: datetime | None
    cooling_off: timedelta | None
    notices: tuple[NoticeLine, ...]
    closed_by: str | None  # who rejected or cancelled it
    closed_at: datetime | None
    close_reason: str | None
    exceptions: tuple[ExceptionLine, ...]


@dataclass(frozen=True)
class LookbackTotals:
    requests: int
    by_status: dict[str, int]
    by_channel: dict[str, int]
    by_risk: dict[str, int]
    by_path: dict[str, int]
    documents: int
    approved: int
    median_time_to_approval: timedelta | None
    longest_time_to_approval: timedelta | None
    notices: int
    notices_by_status: dict[str, int]
    cancelled: int
    with_exceptions: int
    exceptions: dict[str, int]

    def items(self) -> list[tuple[str, str]]:
        """The totals as (name, value) lines, in a fixed order, for CSV and PDF."""
        lines: list[tuple[str, str]] = [("requests", str(self.requests))]
        lines += [(f"status.{k}", str(v)) for k, v in sorted(self.by_status.items())]
        lines += [(f"channel.{k}", str(v)) for k, v in sorted(self.by_channel.items())]
        lines += [(f"risk.{k}", str(v)) for k, v in sorted(self.by_risk.items())]
        lines += [(f"path.{k}", str(v)) for k, v in sorted(self.by_path.items())]
        lines += [("documents", str(self.documents)), ("approved", str(self.approved)),
                  ("median_time_to_approval", hours_text(self.median_time_to_approval)),
                  ("longest_time_to_approval", hours_text(self.longest_time_to_approval)),
                  ("notices", str(self.notices))]
        lines += [(f"notices.{k}", str(v)) for k, v in sorted(self.notices_by_status.items())]
        lines += [("cancelled", str(self.cancelled)),
                  ("with_exceptions", str(self.with_exceptions))]
        lines += [(f"exceptions.{k}", str(v)) for k, v in sorted(self.exceptions.items())]
        return lines


@dataclass(frozen=True)
class LookbackReport:
    period: Period
    generated_at: datetime
    generated_by: str
    rows: list[LookbackRow] = field(default_factory=list)

    @property
    def totals(self) -> LookbackTotals:
        return totals_of(self.rows)

    def printable(self) -> dict[str, Any]:
        """Plain text for ``authdesk.printing.lookback.lookback_pdf``: a title, facts, ten
        cells a request (lines separated by newlines), and the totals."""
        period = f"{self.period.start:%Y/%m/%d} – {self.period.end:%Y/%m/%d}"
        return {
            "title": f"ルックバック報告 Look-back report {period}",
            "facts": [("期間 Period", f"{period} (日本時間 Japan time, JST)"),
                      ("作成 Generated", f"{jst_text(self.generated_at)} JST, "
                                         f"{self.generated_by}"),
                      ("変更依頼 Requests", str(len(self.rows)))],
            "rows": [pdf_cells(row) for row in self.rows],
            "totals": self.totals.items(),
        }


def hours_text(value: timedelta | None) -> str:
    """A duration as hours with one decimal ('26.5'); empty for none."""
    return "" if value is None else f"{value.total_seconds() / 3600:.1f}"


def jst_text(value: datetime | None) -> str:
    """``2026/12/03 09:30`` in Japan time (the report says so in its title)."""
    return "" if value is None else as_utc(value).astimezone(JST).strftime("%Y/%m/%d %H:%M")


def totals_of(rows: Sequence[LookbackRow]) -> LookbackTotals:
    waits = sorted(r.time_to_approval for r in rows if r.time_to_approval is not None)
    path: Counter[str] = Counter(str(step) for r in rows for step in r.path)
    notices: Counter[str] = Counter(n.status for r in rows for n in r.notices)
    exceptions: Counter[str] = Counter(str(e.kind) for r in rows for e in r.exceptions)
    return LookbackTotals(
        requests=len(rows),
        by_status=dict(Counter(r.status for r in rows)),
        by_channel=dict(Counter(r.channel for r in rows)),
        by_risk=dict(Counter(r.risk_level for r in rows)),
        by_path={str(step): path.get(str(step), 0) for step in PathStep},
        documents=sum(len(r.documents) for r in rows),
        approved=sum(1 for r in rows if r.approved_at is not None),
        median_time_to_approval=statistics.median_low(waits) if waits else None,
        longest_time_to_approval=waits[-1] if waits else None,
        notices=sum(notices.values()),
        notices_by_status=dict(notices),
        cancelled=sum(1 for r in rows if r.status == "cancelled"),
        with_exceptions=sum(1 for r in rows if r.exceptions),
        exceptions={str(kind): exceptions.get(str(kind), 0) for kind in ExceptionKind},
    )


def _account(bank: str | None, branch: str | None, number: str | None) -> str:
    if not (bank and branch and number):
        return ""
    return f"{bank}-{branch} {mask_tail(number)}"


def _chunks(values: Sequence[object]) -> Iterable[Sequence[object]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i:i + _CHUNK]


class LookbackService:
    def __init__(self, kernel: Kernel) -> None:
        self.kernel = kernel

    def export(self, handle: Principal, start: date, end: date,
               file_format: ReportFormat | str) -> LookbackReport:
        """The report for ``start``..``end`` (Japan dates, both included), recorded as exported
        in ``file_format`` in the same transaction that read it."""
        period = Period.checked(start, end)
        report_format = ReportFormat(file_format)
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.EXPORT_LOOKBACK)
            rows = self._rows(s, period)
            self.kernel.record(s, actor, Action.REPORT_LOOKBACK_EXPORTED,
                               subject=f"report:lookback:{period.start}..{period.end}",
                               details={"from": period.start.isoformat(),
                                        "to": period.end.isoformat(),
                                        "format": str(report_format), "requests": len(rows)})
            return LookbackReport(period, self.kernel.now(), actor.username, rows)

    def _rows(self, s: Session, period: Period) -> list[LookbackRow]:
        found = s.execute(
            select(ChangeRequest, Customer.number)
            .join(Customer, Customer.id == ChangeRequest.customer_id)
            .where(ChangeRequest.created_at >= period.since,
                   ChangeRequest.created_at < period.until)
            .order_by(ChangeRequest.created_at, ChangeRequest.id)).all()
        if not found:
            return []
        ids = [row.id for row, _ in found]
        staff: dict[int, str] = {i: u for i, u in s.execute(select(Staff.id, Staff.username))}
        documents: dict[int, list[DocumentLine]] = defaultdict(list)
        notices: dict[int, list[NoticeLine]] = defaultdict(list)
        refused: dict[int, list[str]] = defaultdict(list)
        unlocks: dict[str, list[datetime]] = defaultdict(list)
        for chunk in _chunks(ids):
            for doc in s.scalars(select(DocumentCheck).where(DocumentCheck.request_id.in_(chunk))
                                 .order_by(DocumentCheck.id)):
                assert doc.request_id is not None
                documents[doc.request_id].append(
                    DocumentLine(doc.doc_type, doc.strong, doc.passed))
            for note in s.scalars(select(Notification)
                                  .where(Notification.request_id.in_(chunk))
                                  .order_by(Notification.id)):
                assert note.request_id is not None
                notices[note.request_id].append(
                    NoticeLine(note.id, note.kind, note.channel, note.status,
                               as_utc(note.sent_at) if note.sent_at else None))
            subjects = [f"request:{i}" for i in chunk]
            for subject, details in s.execute(
                    select(AuditEvent.subject, AuditEvent.details)
                    .where(AuditEvent.subject.in_(subjects),
                           AuditEvent.action.in_(spellings(Action.REQUEST_REFUSED)))
                    .order_by(AuditEvent.seq)):
                refused[int(subject.split(":", 1)[1])].append(_refusal_text(details))
        numbers = sorted({number for _, number in found})
        for chunk in _chunks(numbers):
            for who, ts in s.execute(
                    select(AuditEvent.customer, AuditEvent.ts)
                    .where(AuditEvent.customer.in_(chunk),
                           AuditEvent.action.in_(spellings(Action.FACTOR_UNLOCKED)))):
                unlocks[who or ""].append(as_utc(ts))
        return [self._row(row, number, staff, documents[row.id], notices[row.id],
                          refused[row.id], unlocks[number]) for row, number in found]

    @staticmethod
    def _row(row: ChangeRequest, number: str, staff: dict[int, str],
             documents: list[DocumentLine], notices: list[NoticeLine], refused: list[str],
             unlocks: list[datetime]) -> LookbackRow:
        created = as_utc(row.created_at)
        submitted = as_utc(row.submitted_at) if row.submitted_at else None
        decided = as_utc(row.decided_at) if row.decided_at else None
        effective = as_utc(row.effective_at) if row.effective_at else None
        closed = as_utc(row.closed_at) if row.closed_at else None
        approved = row.status in ("approved", "effective") and decided is not None
        path: list[PathStep] = []
        if row.verification_id is not None:
            path.append(PathStep.STEP_UP)
        if documents:
            path.append(PathStep.DOCUMENTS)
        if row.callback_at is not None:
            path.append(PathStep.CALL_BACK)
        exceptions: list[ExceptionLine] = []
        if row.name_match == "close":
            exceptions.append(ExceptionLine(ExceptionKind.CLOSE_MATCH,
                                            row.name_match_reason or ""))
        until = closed or decided or created
        for at in sorted(unlocks):
            if created - UNLOCK_WINDOW <= at <= until:
                exceptions.append(ExceptionLine(ExceptionKind.FACTOR_UNLOCKED, jst_text(at)))
        exceptions += [ExceptionLine(ExceptionKind.STEP_REFUSED, why) for why in refused]
        old = row.old_account or {}
        closer = staff.get(row.decided_by) if row.decided_by is not None else None
        ending = row.status in ("rejected", "cancelled", "expired")
        return LookbackRow(
            request_id=row.id, reference=request_reference(row.id), created_at=created,
            channel=row.channel, status=row.status, customer_number=number,
            new_account=_account(row.bank_code, row.branch_code, row.account_number),
            old_account=_account(old.get("bank_code"), old.get("branch_code"),
                                 old.get("account_number")),
            name_match=row.name_match, path=tuple(path), documents=tuple(documents),
            risk_level=row.risk_level,
            risk_reasons=tuple(str(r.code) for r in read_reasons(row.risk_reasons)),
            requester=staff.get(row.requester_id, "?"), submitted_at=submitted,
            approver=closer if approved else None, approved_at=decided if approved else None,
            time_to_approval=(decided - submitted if approved and submitted and decided
                              else None),
            effective_at=effective if approved else None,
            # The cooling-off runs from the moment the last approval notice went out (the
            # notice gate, core.noticegate), or from the decision for changes approved before.
            cooling_off=(effective - _cooling_start(decided, notices)
                         if approved and effective and decided else None),
            notices=tuple(notices),
            closed_by=(closer or ("system" if row.status == "expired" else None))
            if ending else None,
            closed_at=closed if ending else None,
            close_reason=row.decision_reason if ending else None,
            exceptions=tuple(exceptions))


def _refusal_text(details: str) -> str:
    try:
        data = json.loads(details)
    except ValueError:
        return ""
    return f"{data.get('step', '')}: {data.get('reason', '')}".strip(": ")


# --- CSV ------------------------------------------------------------------------------------

CSV_COLUMNS = (
    "reference", "created_jst", "channel", "status", "customer", "new_account", "old_account",
    "name_match", "verification_path", "documents", "risk_level", "risk_reasons", "requester",
    "submitted_jst", "approver", "approved_jst", "hours_to_approval", "effective_jst",
    "cooling_off_hours", "notices", "closed_by", "closed_jst", "close_reason", "exceptions",
)


def csv_values(row: LookbackRow) -> list[object]:
    return [
        row.reference, jst_text(row.created_at), row.channel, row.status, row.customer_number,
        row.new_account, row.old_account, row.name_match, " + ".join(row.path),
        "; ".join(str(d) for d in row.documents), row.risk_level, "; ".join(row.risk_reasons),
        row.requester, jst_text(row.submitted_at), row.approver or "",
        jst_text(row.approved_at), hours_text(row.time_to_approval),
        jst_text(row.effective_at), hours_text(row.cooling_off),
        "; ".join(str(n) for n in row.notices), row.closed_by or "", jst_text(row.closed_at),
        row.close_reason or "", "; ".join(str(e) for e in row.exceptions),
    ]


def _words(code: str) -> str:
    """A stored code as words a narrow PDF column can wrap: 'pending_approval' ->
    'pending approval'."""
    return code.replace("_", " ")


def pdf_cells(row: LookbackRow) -> list[str]:
    """The ten cells of a request in the PDF (``printing.lookback.COLUMNS``)."""
    approval = ""
    if row.approved_at is not None:
        approval = f"{row.approver or ''}\n{jst_text(row.approved_at)}"
    waits = ""
    if row.time_to_approval is not None:
        waits = f"{hours_text(row.time_to_approval)} h"
        if row.cooling_off is not None:
            waits += f"\n{hours_text(row.cooling_off)} h → {jst_text(row.effective_at)}"
    closed = ""
    if row.closed_at is not None:
        closed = f"{row.status}: {row.closed_by or ''}\n{jst_text(row.closed_at)}"
        if row.close_reason:
            closed += f"\n{row.close_reason}"
    return [
        f"{row.reference}\n{jst_text(row.created_at)}",
        f"{row.channel}\n{_words(row.status)}",
        f"{row.customer_number}\n{row.new_account}\n({row.name_match})",
        "\n".join([" + ".join(row.path) or "—", *(str(d) for d in row.documents)]),
        "\n".join([row.risk_level, *(_words(r) for r in row.risk_reasons)]),
        "\n".join(x for x in (row.requester, approval) if x),
        waits,
        "\n".join(str(n) for n in row.notices),
        closed,
        "\n".join(str(e) for e in row.exceptions),
    ]


def lookback_csv(report: LookbackReport) -> str:
    """The report as CSV text: a header and one line per request, an empty line, then the
    totals as ``total,<name>,<value>`` lines. Every cell through ``csvsafe.safe_cell``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in report.rows:
        writer.writerow(safe_row(csv_values(row)))
    writer.writerow([])
    writer.writerow(safe_row(["total", "period",
                              f"{report.period.start.isoformat()}..{report.period.end.isoformat()}"
                              ]))
    for name, value in report.totals.items():
        writer.writerow(safe_row(["total", name, value]))
    return out.getvalue()


__all__ = ["CSV_COLUMNS", "ExceptionKind", "LookbackPeriodInvalid", "LookbackReport",
           "LookbackRow", "LookbackService", "LookbackTotals", "PathStep", "Period",
           "ReportFormat", "hours_text", "jst_text", "lookback_csv", "totals_of"]


def _cooling_start(decided: datetime, notices: list[NoticeLine]) -> datetime:
    out = [n.sent_at for n in notices if n.kind == "request.approved" and n.sent_at]
    return max([decided, *out])
