"""The upgrade baseline (core.baseline): on a database an older version wrote, whose events say
nothing of the state they leave, an administrator records the state of exactly the rows
reconciliation finds with no event behind them; verification is then clean. A row that differs
from an event behind it is refused, with nothing written; a second run records nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from request_fixtures import Kit

from authdesk.core import audit, baseline
from authdesk.core.actions import Action
from authdesk.core.baseline import BaselineRefused
from authdesk.core.clock import FakeClock
from authdesk.core.csvimport import import_customers
from authdesk.core.desk import Desk
from authdesk.core.errors import PermissionDenied
from authdesk.core.reconcile import Mismatch
from authdesk.core.roles import Role
from authdesk.storage.models import AuditEvent, Customer

HEADER = "number,name_kanji,name_kana,birth_date,postal_code,address,phone,email," \
         "bank_code,branch_code,account_type,account_number,account_holder\n"


@pytest.fixture
def kit(desk: Desk, clock: FakeClock) -> Kit:
    return Kit(desk, clock)


class OldVersion:
    """The writer as it was before reconciliation: the same events, with no ``after`` and no
    ``customer.batch.imported``; rows a version before that wrote with no event at all."""

    def __init__(self, kit: Kit, monkeypatch: pytest.MonkeyPatch) -> None:
        self.kit, self.monkeypatch = kit, monkeypatch
        kernel = kit.desk.kernel
        self.record = kernel.record

        def old_record(s: Any, actor: Any, action: Action, **kwargs: Any) -> None:
            if action == Action.CUSTOMER_BATCH_IMPORTED:
                return
            details = kwargs.get("details")
            if isinstance(details, dict) and "after" in details:
                kwargs["details"] = {k: v for k, v in details.items() if k != "after"}
            self.record(s, actor, action, **kwargs)

        monkeypatch.setattr(kernel, "record", old_record)

    def upgrade(self) -> None:
        self.monkeypatch.setattr(self.kit.desk.kernel, "record", self.record)


@pytest.fixture
def old(kit: Kit, monkeypatch: pytest.MonkeyPatch) -> Iterator[OldVersion]:
    """A database used by an older version: staff, customers added and imported, an active
    and a revoked authenticator, a changed policy, and a policy row an even older set-up wrote
    with no event; then the upgrade."""
    version = OldVersion(kit, monkeypatch)
    desk = kit.desk
    kit.auditor  # noqa: B018
    agent = kit.staff("agent1", Role.AGENT)
    supervisor = kit.staff("super1", Role.SUPERVISOR)
    customer = kit.customer()
    kit.customer(account=False, email=None)
    kit.active_factor(agent, customer)
    desk.factors.revoke(supervisor.handle, customer, "phone lost.")
    kit.active_factor(agent, customer)
    rows = "".join(f"C00001{i:02d},見本 {i},ミホン,1980-01-01,100-0001,東京都{i},"
                   f"090-1111-{i:04d},,0001,001,ordinary,{2000000 + i:07d},ミホン\n"
                   for i in range(5))
    assert import_customers(desk.kernel, kit.admin, HEADER + rows).ok
    desk.policies.set(kit.admin, "cooling_off_hours", 24)  # policy.changed said "to" already
    desk.db.execute_raw("INSERT INTO policy_setting (name, value, updated_at, updated_by) "
                        "VALUES ('request_expiry_days', 3, '2026-01-01 00:00:00', 'setup')")
    version.upgrade()
    yield version


def found(kit: Kit) -> list[Mismatch]:
    return kit.desk.audit.verify(kit.auditor).mismatches


def head(desk: Desk) -> int:
    with desk.kernel.read() as s:
        return audit.head(s)[0]


def baselined(desk: Desk) -> list[tuple[int, str, dict[str, Any]]]:
    with desk.kernel.read() as s:
        return [(e.seq, e.subject, json.loads(e.details)) for e in s.scalars(
            AuditEvent.__table__.select().with_only_columns(AuditEvent)
            .where(AuditEvent.action == Action.STATE_BASELINED).order_by(AuditEvent.seq))]


def test_an_old_database_is_baselined_then_verifies_clean(kit: Kit, old: OldVersion) -> None:
    desk = kit.desk
    before = found(kit)
    assert before and all(m.problem == "no_event" for m in before)
    assert {(m.table, m.field) for m in before} == {
        ("customer", "row"), ("customer", "authenticator"), ("staff", "row"),
        ("policy", "value")}
    report = baseline.record(desk.kernel, kit.admin)
    assert (report.customers, report.authenticators) == (7, 2)
    assert report.staff["agent1"] == {"roles": ["agent"], "active": True,
                                      "employee_no": "E-AGENT1"}
    assert sorted(report.staff) == ["agent1", "it.admin", "it.auditor", "super1"]
    assert report.policies == {"request_expiry_days": 3}
    assert report.rows == len(before)
    events = baselined(desk)
    assert [seq for seq, _, _ in events] == report.events
    assert sorted(subject for _, subject, _ in events) == [
        "authenticators", "customers", "policies", "staff"]
    assert all(e[2]["count"] == len(e[2]["rows"]) for e in events)
    # Signed at once: the checkpoint's event follows the last baseline event.
    with desk.kernel.read() as s:
        assert audit.latest_checkpoint(s).seq == report.checkpoint == report.events[-1] + 1
        actors = set(s.scalars(AuditEvent.__table__.select()
                               .with_only_columns(AuditEvent.actor)
                               .where(AuditEvent.seq.in_(report.events))))
    assert actors == {"it.admin"}
    text = json.dumps([d for _, _, d in events], ensure_ascii=False)
    for personal in ("09011110001", "東京都1", "2000001", "ミホン"):
        assert personal not in text  # customers only as fingerprints
    assert found(kit) == []
    assert kit.desk.audit.verify(kit.auditor).ok


def test_the_baseline_is_the_event_behind_the_rows_afterwards(kit: Kit, old: OldVersion) -> None:
    desk = kit.desk
    report = baseline.record(desk.kernel, kit.admin)
    (customers,) = [seq for seq, subject, _ in baselined(desk) if subject == "customers"]
    (staff,) = [seq for seq, subject, _ in baselined(desk) if subject == "staff"]
    (policies,) = [seq for seq, subject, _ in baselined(desk) if subject == "policies"]
    assert {customers, staff, policies} <= set(report.events)
    for statement in ("UPDATE customer SET phone = '09099999999' WHERE number = 'C0000102'",
                      "UPDATE staff SET roles = 'admin' WHERE username = 'agent1'",
                      "UPDATE policy_setting SET value = 1 WHERE name = 'request_expiry_days'"):
        desk.db.execute_raw(statement)
    assert found(kit) == [Mismatch("customer", "C0000102", "record", customers),
                          Mismatch("staff", "agent1", "roles", staff),
                          Mismatch("policy", "request_expiry_days", "value", policies)]


def test_later_changes_through_authdesk_still_verify_clean(kit: Kit, old: OldVersion) -> None:
    desk = kit.desk
    baseline.record(desk.kernel, kit.admin)
    with desk.kernel.read() as s:
        customer = s.scalars(Customer.__table__.select().with_only_columns(Customer.id)
                             .where(Customer.number == "C0000102")).one()
    desk.customers.change_contact(kit.admin, customer, "phone", "03-5555-0000")
    desk.staff.set_roles(kit.admin, "agent1", frozenset({Role.AGENT, Role.SUPERVISOR}))
    desk.policies.set(kit.admin, "request_expiry_days", 5)
    assert found(kit) == []


def test_a_second_run_and_a_clean_database_record_nothing(kit: Kit, old: OldVersion) -> None:
    desk = kit.desk
    first = baseline.record(desk.kernel, kit.admin)
    assert first.rows > 0
    seq = head(desk)
    again = baseline.record(desk.kernel, kit.admin)
    assert (again.rows, again.events, again.checkpoint) == (0, [], None)
    assert head(desk) == seq


def test_a_new_database_has_nothing_to_baseline(kit: Kit) -> None:
    kit.customer()
    kit.staff("agent1", Role.AGENT)
    seq = head(kit.desk)
    report = baseline.record(kit.desk.kernel, kit.admin)
    assert report.rows == 0 and report.events == [] and head(kit.desk) == seq


def test_a_row_that_differs_from_its_event_is_refused_and_nothing_written(
        kit: Kit, old: OldVersion) -> None:
    desk = kit.desk
    # After the upgrade a change records what it leaves; then someone changes it with SQL.
    kit.desk.staff.set_roles(kit.admin, "agent1", frozenset({Role.AGENT}))
    desk.db.execute_raw("UPDATE staff SET roles = 'supervisor' WHERE username = 'agent1'")
    seq = head(desk)
    with pytest.raises(BaselineRefused) as refused:
        baseline.record(desk.kernel, kit.admin)
    message = refused.value.message
    assert "Nothing was recorded: 1 table row(s) differ" in message
    assert "staff agent1: roles differ from the log since event #" in message
    assert "customer" not in message  # the rows merely without an event are not named
    assert head(desk) == seq and baselined(desk) == []
    assert any(m.problem == "differs" for m in found(kit))


def test_a_refusal_names_at_most_ten_rows(kit: Kit) -> None:
    kit.customer()
    for n in range(12):
        kit.staff(f"agent{n}", Role.AGENT)
    kit.desk.db.execute_raw("UPDATE staff SET employee_no = employee_no || 'X'")
    with pytest.raises(BaselineRefused) as refused:
        baseline.record(kit.desk.kernel, kit.admin)
    assert refused.value.params["count"] == 13  # the administrator too
    assert refused.value.message.count("employee number differs") == 10
    assert "; and 3 more)" in refused.value.message


def test_rows_go_in_batches(kit: Kit, old: OldVersion, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(baseline, "BATCH_ROWS", 3)
    report = baseline.record(kit.desk.kernel, kit.admin)
    counts = sorted((subject, d["count"]) for _, subject, d in baselined(kit.desk))
    assert counts == [("authenticators", 2), ("customers", 1), ("customers", 3),
                      ("customers", 3), ("policies", 1), ("staff", 1), ("staff", 3)]
    assert len(report.events) == 7 and found(kit) == []


@pytest.mark.parametrize("role", [Role.AGENT, Role.SUPERVISOR, Role.AUDITOR])
def test_only_an_administrator_may_baseline(kit: Kit, old: OldVersion, role: Role) -> None:
    person = kit.staff(f"someone-{role}", role)
    with pytest.raises(PermissionDenied, match=r"audit\.baseline"):
        baseline.record(kit.desk.kernel, person.handle)
    assert baselined(kit.desk) == []
