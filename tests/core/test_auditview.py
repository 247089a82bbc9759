"""Positional reading of the audit log: any page, from any anchor, equals the same slice of
the whole filtered log read naively; the end is reached by the reverse query."""

from __future__ import annotations

import random

import pytest
from helpers import Staffing

from authdesk.core.auditquery import AuditFilter
from authdesk.core.auditview import AuditReader, Extent, filter_for
from authdesk.core.authority import Actor, SessionHandle
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.errors import PermissionDenied
from authdesk.core.roles import Role

ACTORS = ("ann", "bob", "cho")


@pytest.fixture
def log(desk: Desk, clock: FakeClock) -> Desk:
    """About 240 events by three people with mixed outcomes, in one transaction."""
    with desk.kernel.write() as s:
        for i in range(240):
            clock.advance(seconds=7)
            who = Actor(username=ACTORS[i % 3], roles=frozenset({Role.AGENT}),
                        workstation="ws-1")
            desk.kernel.record(s, who, "customer.viewed" if i % 4 else "factor.verify.failed",
                               subject=f"customer:C{i % 17:04d}",
                               outcome="ok" if i % 4 else "refused")
    return desk


@pytest.fixture
def staffing(log: Desk, clock: FakeClock) -> Staffing:
    return Staffing(log, clock)


@pytest.fixture
def auditor(staffing: Staffing) -> SessionHandle:
    """An auditor, signed in after the events above."""
    return staffing.auditor


def naive(desk: Desk, auditor: SessionHandle, flt: AuditFilter, upto: int) -> list[int]:
    reader = AuditReader(desk.kernel, auditor)
    opening = reader.open(flt, limit=10_000)
    return [r.seq for r in opening.rows if r.seq <= upto]


FILTERS = [
    AuditFilter(),
    filter_for(actor="bob"),
    filter_for(outcome="refused"),
    filter_for(action="customer"),
    filter_for(customer="C0003", actor="ann"),
]


def test_any_page_from_any_anchor_is_the_right_slice(log: Desk, auditor: SessionHandle) -> None:
    for flt in FILTERS:
        check_slices(log, auditor, flt)


def check_slices(log: Desk, auditor: SessionHandle, flt: AuditFilter) -> None:
    reader = AuditReader(log.kernel, auditor)
    upto = reader.open(flt, limit=1).upto_seq
    expected = naive(log, auditor, flt, upto)
    extent = reader.extent(flt, upto)
    assert extent.total == len(expected)
    assert extent.contiguous == flt.empty
    rng = random.Random(7)
    for _ in range(25):
        first = rng.randrange(0, max(1, len(expected)))
        limit = rng.choice((1, 5, 23, 50))
        known = sorted(rng.sample(range(len(expected)), k=min(3, len(expected))))
        anchors = {row: expected[row] for row in known}
        got = reader.rows(flt, upto_seq=upto, extent=extent, first_row=first, limit=limit,
                          anchors=anchors)
        assert [r.seq for r in got] == expected[first:first + limit]
        # Without the contiguity shortcut (as for a log with gaps) the answer is the same.
        slow = reader.rows(flt, upto_seq=upto, extent=Extent(extent.total, False),
                           first_row=first, limit=limit)
        assert [r.seq for r in slow] == expected[first:first + limit]


def test_the_end_of_the_log_and_positions_of_events(log: Desk, auditor: SessionHandle) -> None:
    reader = AuditReader(log.kernel, auditor)
    flt = filter_for(actor="cho")
    upto = reader.open(flt, limit=1).upto_seq
    expected = naive(log, auditor, flt, upto)
    extent = reader.extent(flt, upto)
    tail = reader.rows(flt, upto_seq=upto, extent=extent, first_row=extent.total - 10, limit=50)
    assert [r.seq for r in tail] == expected[-10:]
    for row in (0, 17, len(expected) - 1):
        assert reader.row_of_seq(flt, upto_seq=upto, seq=expected[row]) == row
    assert reader.row_of_seq(filter_for(actor="ann"), upto_seq=upto, seq=expected[0]) is None


def test_the_snapshot_ignores_later_events(log: Desk, auditor: SessionHandle) -> None:
    reader = AuditReader(log.kernel, auditor)
    opening = reader.open(AuditFilter(), limit=5)
    with log.kernel.write() as s:
        log.kernel.record(s, log.kernel.system_actor(), "system.noted")
    assert reader.head_seq() == opening.upto_seq + 1
    extent = reader.extent(AuditFilter(), opening.upto_seq)
    rows = reader.rows(AuditFilter(), upto_seq=opening.upto_seq, extent=extent, first_row=0,
                       limit=5)
    assert [r.seq for r in rows] == [r.seq for r in opening.rows]


def test_only_supervisors_and_auditors_may_read_the_log(log: Desk, staffing: Staffing) -> None:
    agent = staffing.add("ann.agent", Role.AGENT).handle
    with pytest.raises(PermissionDenied):
        AuditReader(log.kernel, agent).open(AuditFilter(), limit=5)
    supervisor = staffing.add("sam.super", Role.SUPERVISOR).handle
    assert AuditReader(log.kernel, supervisor).open(AuditFilter(), limit=5).rows


def test_details_are_pretty_json(log: Desk, auditor: SessionHandle) -> None:
    with log.kernel.write() as s:
        log.kernel.record(s, log.kernel.system_actor(), "policy.changed",
                          details={"to": 5, "from": 10, "note": "日本語"})
    searched, row = AuditReader(log.kernel, auditor).open(AuditFilter(), limit=2).rows
    assert searched.action == "audit.searched" and searched.details_dict() == {"filter": {}}
    assert row.details_dict() == {"from": 10, "to": 5, "note": "日本語"}
    assert '"note": "日本語"' in row.details_pretty()
