from __future__ import annotations

from datetime import timedelta, timezone

from helpers import Staffing, drop_audit_triggers
from sqlalchemy import select, update

from authdesk.core import auditquery
from authdesk.core.auditquery import AuditFilter
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.storage.models import AuditEvent


def test_customer_filter_finds_events_about_the_customer_whatever_their_subject(
        desk: Desk) -> None:
    actor = desk.kernel.system_actor()
    with desk.kernel.write() as s:
        desk.kernel.record(s, actor, "customer.viewed", subject="customer:C0000001")
        desk.kernel.record(s, actor, "request.created", subject="request:7",
                           details={"customer": "C0000001"})
        desk.kernel.record(s, actor, "customer.viewed", subject="customer:C0000002")
    with desk.kernel.read() as s:
        rows = auditquery.page(s, AuditFilter(customer="C0000001"))
        assert [r.action for r in rows] == ["customer.viewed", "request.created"]
        assert auditquery.count(s, AuditFilter(customer="C0000002")) == 1


def test_action_filter_matches_a_dotted_prefix_only(desk: Desk) -> None:
    actor = desk.kernel.system_actor()
    with desk.kernel.write() as s:
        desk.kernel.record(s, actor, "request.approved", subject="request:1")
        desk.kernel.record(s, actor, "requests_other", subject="x")
    with desk.kernel.read() as s:
        assert [r.action for r in auditquery.page(s, AuditFilter(action="request"))] == [
            "request.approved"]


def test_verification_notices_an_edited_customer_index(desk: Desk, clock: FakeClock) -> None:
    auditor = Staffing(desk, clock).auditor
    actor = desk.kernel.system_actor()
    with desk.kernel.write() as s:
        desk.kernel.record(s, actor, "request.created", subject="request:7",
                           details={"customer": "C0000001"})
        seq = s.scalar(select(AuditEvent.seq).order_by(
            AuditEvent.seq.desc()).limit(1))
    assert desk.audit.verify(auditor).ok
    # Hiding an event from a customer filter by editing the derived column is damage (done as
    # the database's owner, who can drop the append-only triggers first).
    drop_audit_triggers(desk.db)
    with desk.kernel.write() as s:
        s.execute(update(AuditEvent).where(AuditEvent.seq == seq).values(customer="C0000009"))
    result = desk.audit.verify(auditor)
    assert result.damage is not None
    assert (result.damage.seq, result.damage.kind) == (seq, "edited")


def test_a_time_filter_given_in_japan_time_means_the_same_instant(
        desk: Desk, clock: FakeClock) -> None:
    jst = timezone(timedelta(hours=9))
    actor = desk.kernel.system_actor()
    with desk.kernel.write() as s:
        desk.kernel.record(s, actor, "customer.viewed", subject="customer:C0000001")
    at = clock.now()
    with desk.kernel.read() as s:
        since_before = AuditFilter(since=(at - timedelta(minutes=1)).astimezone(jst))
        since_after = AuditFilter(since=(at + timedelta(minutes=1)).astimezone(jst))
        assert auditquery.count(s, since_before) >= 1
        assert auditquery.count(s, since_after) == 0
