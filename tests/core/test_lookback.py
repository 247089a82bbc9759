"""The look-back report (issue 12): every change request of a period and how each was verified,
its totals matching the database, every reference in the PDF, cells a spreadsheet will not
execute, who may make it, and the audit event it leaves."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pyotp
import pytest
from helpers import pdf_text
from request_fixtures import BANK_PROOF, LICENCE, Kit, Person
from sqlalchemy import func, select

from authdesk.core.actions import Action
from authdesk.core.authority import Actor
from authdesk.core.clock import FakeClock
from authdesk.core.csvsafe import FORMULA_STARTS
from authdesk.core.desk import Desk
from authdesk.core.errors import PermissionDenied
from authdesk.core.evidence import JST
from authdesk.core.lookback import (
    CSV_COLUMNS,
    ExceptionKind,
    ExceptionLine,
    LookbackPeriodInvalid,
    LookbackReport,
    LookbackRow,
    PathStep,
    Period,
    lookback_csv,
)
from authdesk.core.reference import request_reference
from authdesk.core.requests import SameApproverRefused
from authdesk.core.roles import Role
from authdesk.demo import DEMO_PASSWORD, seed
from authdesk.printing.lookback import lookback_pdf
from authdesk.storage.models import (
    AuditEvent,
    ChangeRequest,
    Customer,
    DocumentCheck,
    Notification,
)


def split_csv(text: str) -> tuple[list[dict[str, str]], dict[str, str]]:
    """The request lines (by column) and the totals (by name) of a look-back CSV."""
    lines = list(csv.reader(io.StringIO(text)))
    assert tuple(lines[0]) == CSV_COLUMNS
    blank = lines.index([])
    rows = [dict(zip(CSV_COLUMNS, line, strict=True)) for line in lines[1:blank]]
    totals = {line[1]: line[2] for line in lines[blank + 1:]}
    assert all(line[0] == "total" for line in lines[blank + 1:])
    return rows, totals


def customer_number(desk: Desk, customer_id: int) -> str:
    with desk.kernel.read() as s:
        customer = s.get(Customer, customer_id)
        assert customer is not None
        return customer.number


@dataclass(frozen=True)
class Event:
    actor: str
    role: str
    subject: str
    details: str


def events(desk: Desk, action: str) -> list[Event]:
    with desk.kernel.read() as s:
        return [Event(e.actor, e.role, e.subject, e.details)
                for e in s.scalars(select(AuditEvent).where(AuditEvent.action == action)
                                   .order_by(AuditEvent.seq))]


# --- over the demo data ------------------------------------------------------------------------


def test_a_look_back_over_the_demo_data_matches_the_database(desk: Desk, clock: FakeClock,
                                                              qapp: Any) -> None:
    # ``qapp``: the PDF needs a Qt application; the widgets' one, so later GUI tests find it.
    summary = seed(desk)
    clock.advance(minutes=2)  # past the time steps the seed used
    auditor = desk.staff.sign_in("demo.auditor", DEMO_PASSWORD,
                                 pyotp.TOTP(summary.staff_keys["demo.auditor"]).at(clock.now()))
    today = clock.now().astimezone(JST).date()
    report = desk.lookback.export(auditor, today - timedelta(days=1), today, "csv")
    rows, totals = split_csv(lookback_csv(report))

    # Counted again, independently, with SQL over the same period.
    since = datetime(today.year, today.month, today.day, tzinfo=JST) - timedelta(days=1)
    until = since + timedelta(days=2)
    in_period = (ChangeRequest.created_at >= since, ChangeRequest.created_at < until)
    with desk.kernel.read() as s:
        ids = list(s.scalars(select(ChangeRequest.id).where(*in_period)
                             .order_by(ChangeRequest.id)))
        by_status = dict(s.execute(select(ChangeRequest.status, func.count())
                                   .where(*in_period).group_by(ChangeRequest.status)).all())
        by_risk = dict(s.execute(select(ChangeRequest.risk_level, func.count())
                                 .where(*in_period).group_by(ChangeRequest.risk_level)).all())
        close = s.scalar(select(func.count()).select_from(ChangeRequest)
                         .where(*in_period, ChangeRequest.name_match == "close"))
        step_up = s.scalar(select(func.count()).select_from(ChangeRequest)
                           .where(*in_period, ChangeRequest.verification_id.is_not(None)))
        callbacks = s.scalar(select(func.count()).select_from(ChangeRequest)
                             .where(*in_period, ChangeRequest.callback_at.is_not(None)))
        documents = s.scalar(select(func.count()).select_from(DocumentCheck)
                             .where(DocumentCheck.request_id.in_(ids)))
        notices = s.scalar(select(func.count()).select_from(Notification)
                           .where(Notification.request_id.in_(ids)))
        approved = s.scalar(select(func.count()).select_from(ChangeRequest)
                            .where(*in_period,
                                   ChangeRequest.status.in_(["approved", "effective"])))
    assert len(ids) == len([c for c in summary.customers if c.request_id]) > 5
    assert int(totals["requests"]) == len(rows) == len(ids)
    assert [r["reference"] for r in rows] == [request_reference(i) for i in ids]
    assert {k.split(".", 1)[1]: int(v) for k, v in totals.items()
            if k.startswith("status.")} == by_status
    assert {k.split(".", 1)[1]: int(v) for k, v in totals.items()
            if k.startswith("risk.")} == by_risk
    assert int(totals["exceptions.close_match"]) == close == 1
    assert int(totals["path.step-up"]) == step_up
    assert int(totals["path.call-back"]) == callbacks
    assert int(totals["documents"]) == documents
    assert int(totals["notices"]) == notices
    assert int(totals["approved"]) == approved >= 1
    # What each line says agrees with its request.
    approved_row = next(r for r in rows if r["status"] == "approved")
    assert approved_row["approver"] == "demo.super1"
    assert approved_row["cooling_off_hours"] == "72.0"
    assert "request.approved" in approved_row["notices"]
    mail = next(r for r in rows if r["channel"] == "mail")
    assert mail["verification_path"] == "documents + call-back"
    assert "drivers_licence (photo, passed)" in mail["documents"]
    cancelled = next(r for r in rows if r["status"] == "cancelled")
    assert cancelled["close_reason"] == "The customer called back to cancel"
    # Masked: no account number in full, no customer name.
    with desk.kernel.read() as s:
        numbers = list(s.scalars(select(ChangeRequest.account_number)))
    text = lookback_csv(report)
    assert not any(n in text for n in numbers)
    assert "見本" not in text and "ミホン" not in text

    # The PDF lists every request by the reference customers quote.
    pdf = pdf_text(lookback_pdf(**report.printable()))
    for request_id in ids:
        assert request_reference(request_id) in pdf
    assert "ルックバック報告" in pdf and "Look-back report" in pdf
    assert "見本" not in pdf


# --- the rules of a period ----------------------------------------------------------------------


@pytest.fixture
def supervisor(kit: Kit) -> Person:
    return kit.staff("super1", Role.SUPERVISOR)


def test_the_period_is_japan_dates_both_included(kit: Kit, agent: Person, clock: FakeClock,
                                                 supervisor: Person) -> None:
    # 23:30 in Japan on 5 January is 14:30 UTC: the request belongs to the 5th.
    clock.set(datetime(2026, 1, 5, 14, 30, tzinfo=UTC))
    kit.sign_in_again(agent)
    first = kit.pending(agent, kit.customer(), number="7000001")
    clock.set(datetime(2026, 1, 5, 15, 30, tzinfo=UTC))  # 00:30 on the 6th in Japan
    kit.sign_in_again(agent)
    second = kit.pending(agent, kit.customer(), number="7000002")
    handle = kit.sign_in_again(supervisor).handle
    lookback = kit.desk.lookback
    only_first = lookback.export(handle, date(2026, 1, 5), date(2026, 1, 5), "csv")
    assert [r.request_id for r in only_first.rows] == [first.id]
    only_second = lookback.export(handle, date(2026, 1, 6), date(2026, 1, 6), "pdf")
    assert [r.request_id for r in only_second.rows] == [second.id]
    both = lookback.export(handle, date(2026, 1, 4), date(2026, 1, 6), "csv")
    assert [r.request_id for r in both.rows] == [first.id, second.id]


def test_time_to_approval_cooling_off_and_the_path_are_reported(
        kit: Kit, agent: Person, clock: FakeClock, supervisor: Person) -> None:
    request = kit.pending(agent, kit.customer())
    clock.advance(hours=2, minutes=30)
    kit.sign_in_again(supervisor)
    kit.step_up(supervisor)
    kit.desk.requests.approve(supervisor.handle, request.id)
    # The approval notices go out an hour later; the cooling-off runs from then.
    clock.advance(hours=1)
    supervisor = kit.sign_in_again(supervisor)
    for notice in kit.desk.requests.get(supervisor.handle, request.id).notifications:
        kit.desk.notifications.mark_sent(supervisor.handle, notice.id)
    today = clock.now().astimezone(JST).date()
    (row,) = kit.desk.lookback.export(supervisor.handle, today, today, "csv").rows
    assert row.path == (PathStep.STEP_UP,)
    assert row.approver == "super1" and row.requester == "agent1"
    assert row.time_to_approval == timedelta(hours=2, minutes=30)
    assert row.cooling_off == timedelta(hours=72)
    assert row.status == "approved" and row.risk_level == "low"
    assert {n.kind for n in row.notices} == {"request.approved"}
    assert row.new_account.endswith("321") and "7654321" not in row.new_account


def test_exceptions_close_match_unlock_and_refused_steps(
        kit: Kit, agent: Person, clock: FakeClock, supervisor: Person) -> None:
    customer = kit.customer(kana="ミホン ジュウロウ")
    number = customer_number(kit.desk, customer)
    # The customer's authenticator was unlocked two weeks before (written as the service
    # would write it: the report reads the log).
    with kit.desk.kernel.write() as s:
        kit.desk.kernel.record(s, Actor(username="super1", roles=frozenset({Role.SUPERVISOR}),
                                        workstation="ws-9", role=Role.SUPERVISOR),
                               Action.FACTOR_UNLOCKED, subject=f"customer:{number}",
                               details={"factor": 1, "reason": "documents and a call-back"})
    clock.advance(days=14)
    kit.sign_in_again(agent)
    kit.sign_in_again(supervisor)
    kit.active_factor(agent, customer)
    kit.verify(agent, customer)
    request = kit.draft(agent, customer, holder="ﾐﾎﾝ ｼﾞﾕﾛ",
                        close_match_reason="The bank writes the name without long vowels")
    # High risk (a close match): a photo ID, a proof of the account and a call-back.
    kit.desk.requests.attach_document(agent.handle, request.id, LICENCE)
    kit.desk.requests.attach_document(agent.handle, request.id, BANK_PROOF)
    # The supervisor makes the call-back, then tries to approve: refused (four eyes).
    kit.desk.requests.record_callback(supervisor.handle, request.id, "Confirmed on the phone")
    kit.desk.requests.submit(agent.handle, request.id)
    kit.step_up(supervisor)
    with pytest.raises(SameApproverRefused):
        kit.desk.requests.approve(supervisor.handle, request.id)
    today = clock.now().astimezone(JST).date()
    (row,) = kit.desk.lookback.export(supervisor.handle, today, today, "csv").rows
    kinds = [e.kind for e in row.exceptions]
    assert kinds == [ExceptionKind.CLOSE_MATCH, ExceptionKind.FACTOR_UNLOCKED,
                     ExceptionKind.STEP_REFUSED]
    assert "long vowels" in row.exceptions[0].detail
    assert row.exceptions[2].detail == "approve: you made its call-back"
    assert row.path == (PathStep.STEP_UP, PathStep.DOCUMENTS, PathStep.CALL_BACK)
    assert [str(d) for d in row.documents] == ["drivers_licence (photo, passed)",
                                               "bank_account_proof (non-photo, passed)"]
    report = kit.desk.lookback.export(supervisor.handle, today, today, "csv")
    assert report.totals.with_exceptions == 1
    assert report.totals.exceptions == {"close_match": 1, "factor_unlocked": 1,
                                        "step_refused": 1}


def test_an_unlock_long_before_is_no_exception(kit: Kit, agent: Person, clock: FakeClock,
                                               supervisor: Person) -> None:
    customer = kit.customer()
    number = customer_number(kit.desk, customer)
    with kit.desk.kernel.write() as s:
        kit.desk.kernel.record(s, kit.desk.kernel.system_actor(), Action.FACTOR_UNLOCKED,
                               subject=f"customer:{number}", details={"factor": 1})
    clock.advance(days=45)
    kit.sign_in_again(agent)
    kit.sign_in_again(supervisor)
    kit.pending(agent, customer)
    today = clock.now().astimezone(JST).date()
    (row,) = kit.desk.lookback.export(supervisor.handle, today, today, "csv").rows
    assert row.exceptions == ()


# --- who may, and what the log says ---------------------------------------------------------------


def test_supervisors_and_auditors_may_and_the_export_is_audited(
        kit: Kit, agent: Person, supervisor: Person) -> None:
    kit.pending(agent, kit.customer())
    today = kit.clock.now().astimezone(JST).date()
    kit.desk.lookback.export(kit.auditor, today - timedelta(days=6), today, "pdf")
    kit.desk.lookback.export(supervisor.handle, today, today, "csv")
    found = events(kit.desk, "report.lookback.exported")
    assert [(e.actor, e.role) for e in found] == [("it.auditor", "auditor"),
                                                  ("super1", "supervisor")]
    details = json.loads(found[0].details)
    assert details == {"from": (today - timedelta(days=6)).isoformat(),
                       "to": today.isoformat(), "format": "pdf", "requests": 1}
    assert found[0].subject == f"report:lookback:{today - timedelta(days=6)}..{today}"


@pytest.mark.parametrize("role", [Role.AGENT, Role.ADMIN])
def test_agents_and_administrators_are_refused(kit: Kit, role: Role) -> None:
    person = kit.staff(f"x-{role}", role) if role is not Role.ADMIN else None
    handle = person.handle if person is not None else kit.admin
    before = len(events(kit.desk, "report.lookback.exported"))
    today = kit.clock.now().astimezone(JST).date()
    with pytest.raises(PermissionDenied):
        kit.desk.lookback.export(handle, today, today, "csv")
    assert len(events(kit.desk, "report.lookback.exported")) == before
    refused = events(kit.desk, "access.refused")[-1]
    assert json.loads(refused.details) == {"operation": "report.lookback"}


def test_a_period_backwards_or_too_long_is_refused_and_nothing_is_recorded(
        kit: Kit, supervisor: Person) -> None:
    with pytest.raises(LookbackPeriodInvalid, match="before the first"):
        kit.desk.lookback.export(supervisor.handle, date(2026, 12, 3), date(2026, 12, 1), "csv")
    with pytest.raises(LookbackPeriodInvalid, match="too long"):
        kit.desk.lookback.export(supervisor.handle, date(2025, 1, 1), date(2026, 12, 31), "csv")
    with pytest.raises(ValueError):
        kit.desk.lookback.export(supervisor.handle, date(2026, 12, 1), date(2026, 12, 1), "xls")
    assert events(kit.desk, "report.lookback.exported") == []


# --- cells a spreadsheet will not execute -------------------------------------------------------


def _row(**changes: object) -> LookbackRow:
    at = datetime(2026, 12, 3, 0, 30, tzinfo=UTC)
    fields: dict[str, object] = dict(
        request_id=7, reference=request_reference(7), created_at=at, channel="phone",
        status="cancelled", customer_number="C0000007", new_account="0005-001 ••••321",
        old_account="", name_match="close", path=(PathStep.STEP_UP,), documents=(),
        risk_level="low", risk_reasons=("nothing_unusual",), requester="agent1",
        submitted_at=at, approver=None, approved_at=None, time_to_approval=None,
        effective_at=None, cooling_off=None, notices=(), closed_by="agent1", closed_at=at,
        close_reason=None, exceptions=())
    fields.update(changes)
    return LookbackRow(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ['=HYPERLINK("http://evil.example","x")', "+1+1",
                                   "-2+3", "@SUM(A1)", "\tstarts with a tab",
                                   "\rstarts with a return"])
def test_csv_cells_are_neutralised(value: str) -> None:
    report = LookbackReport(Period(date(2026, 12, 3), date(2026, 12, 3)),
                            datetime(2026, 12, 3, tzinfo=UTC), "auditor",
                            [_row(close_reason=value, requester=value,
                                  exceptions=(ExceptionLine(ExceptionKind.CLOSE_MATCH,
                                                            value),))])
    rows, _ = split_csv(lookback_csv(report))
    (row,) = rows
    for cell in (row["close_reason"], row["requester"]):
        assert not cell.startswith(FORMULA_STARTS)
        # A formula start gets a quote in front; a tab or return is written as an escape.
        assert cell == ("'" + value if value[0] in "=+-@"
                        else value.replace("\t", "\\u0009").replace("\r", "\\u000d"))
    assert row["exceptions"].startswith("close_match: ")  # not first in its cell: harmless


def test_control_characters_are_escaped_in_csv_and_pdf(qapp: Any) -> None:
    value = "ok\x1b[31m red\x07 bell\nnext"
    report = LookbackReport(Period(date(2026, 12, 3), date(2026, 12, 3)),
                            datetime(2026, 12, 3, tzinfo=UTC), "auditor",
                            [_row(close_reason=value)])
    text = lookback_csv(report)
    assert "\x1b" not in text and "\x07" not in text
    assert "ok\\u001b[31m red\\u0007 bell\\u000anext" in text
    pdf = pdf_text(lookback_pdf(**report.printable()))
    assert "R0000007" in pdf and "<" not in report.printable()["title"]
