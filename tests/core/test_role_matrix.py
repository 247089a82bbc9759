"""Every operation, every role: the real service refuses a session whose only role the ALLOWED
matrix does not list (PermissionDenied, nothing written to the log), and carries the operation
out for one it does: each allowed cell must SUCCEED, on objects made for that cell alone.
``SYSTEM`` (the core's scheduled work) may only carry out due requests and take checkpoints.
Plus four eyes under a second login of the same person."""

from __future__ import annotations

import itertools
import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pyotp
import pytest
from helpers import employee_no_for
from request_fixtures import LICENCE, Kit, Person
from sqlalchemy import select

from authdesk.core import audit, baseline
from authdesk.core.auditquery import AuditFilter
from authdesk.core.auditview import AuditReader
from authdesk.core.authority import SYSTEM, Principal
from authdesk.core.calls import CallOutcome
from authdesk.core.certificates import CaMissing, CertificateService
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.errors import PermissionDenied
from authdesk.core.factors import FactorLocked, VerificationVoid, WrongCode
from authdesk.core.factorstate import FactorState
from authdesk.core.keys import MemoryKeyring
from authdesk.core.notifications import NotificationStatus
from authdesk.core.reference import request_reference
from authdesk.core.requests import RequestStatus, SameApproverRefused
from authdesk.core.roles import ALLOWED, STAFF_ROLES, Operation, Role
from authdesk.core.workstation import Workstation
from authdesk.storage.db import Database, sqlite_url
from authdesk.storage.models import AuditEvent, ChangeRequest, LetterBatchItem, Staff


@dataclass
class World:
    """One database for the module, with an agent who prepares what each cell acts on. Every
    cell gets a new person holding only the role under test (a new session), and new objects
    made by its setup: no cell sees another cell's customer, request, call or session."""

    desk: Desk
    kit: Kit
    folder: Path
    helper: Person
    serial: Iterator[int] = field(default_factory=lambda: itertools.count(1))


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    # Module-scoped, so the cells share the migration and the helper; each builds its own
    # state below. Same choice of database as tests/conftest.py's function-scoped fixtures.
    folder = tmp_path_factory.mktemp("matrix")
    url = sqlite_url(folder / "matrix.db")
    if os.environ.get("AUTHDESK_TEST_DATABASE") == "postgres":
        url = os.environ["AUTHDESK_TEST_POSTGRES_URL"]
        reset = Database(url)
        reset.execute_raw("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;")
        reset.dispose()
    db = Database(url)
    clock = FakeClock()
    desk = Desk.initialise(db, workstation=Workstation("ws-matrix", folder / "ws.json"),
                           keyring_backend=MemoryKeyring(), clock=clock)
    kit = Kit(desk, clock)
    helper = kit.staff("helper", Role.AGENT)  # prepares requests; never under test
    yield World(desk, kit, folder, helper)
    db.dispose()


# --- what each cell acts on ------------------------------------------------------------------


def _numbered(w: World) -> tuple[int, str]:
    n = next(w.serial)
    number = f"C{7000000 + n:07d}"
    return w.kit.customer(kana="ミホン タロウ", kanji="見本 太郎", phone=f"090-1{n:03d}-{n:04d}",
                          number=number, account_number=f"{4000000 + n:07d}"), number


def _customer(w: World) -> int:
    return _numbered(w)[0]


def _active(w: World) -> int:
    customer = _customer(w)
    w.kit.active_factor(w.helper, customer)
    return customer


def _enrolled(w: World) -> tuple[int, str]:
    customer = _customer(w)
    return customer, w.desk.factors.enroll(w.helper.handle, customer).manual_key


def _locked(w: World) -> int:
    """A customer whose factor locked after ten wrong codes, entered by the helper through the
    service (two verifications of five), so the log accounts for the lock (core.reconcile)."""
    customer = _active(w)
    key = w.kit.customer_keys[customer]
    now = w.kit.clock.now().timestamp()
    near = {pyotp.TOTP(key).at(now + 30 * k) for k in range(-2, 3)}
    wrong = next(c for c in (f"{n:06d}" for n in range(0, 1_000_000, 7919)) if c not in near)
    w.kit.new_call(w.helper)
    for _ in range(2):
        handle = w.desk.factors.start_verification(w.helper.handle, customer)
        for _ in range(5):
            with pytest.raises((WrongCode, VerificationVoid, FactorLocked)):
                w.desk.factors.verify(w.helper.handle, handle.id, wrong)
    assert w.desk.factors.state(w.helper.handle, customer) == FactorState.LOCKED
    return customer


def _draft(w: World) -> int:
    return w.kit.draft(w.helper, _customer(w), number=f"{5000000 + next(w.serial):07d}").id


def _pending(w: World) -> int:
    return w.kit.pending(w.helper, _customer(w), number=f"{6000000 + next(w.serial):07d}").id


def _overdue(w: World) -> int:
    """A draft left longer than the expiry: due to be expired."""
    request_id = _draft(w)
    with w.desk.kernel.write() as s:
        row = s.get(ChangeRequest, request_id)
        assert row is not None
        row.created_at = w.kit.clock.now() - timedelta(days=8)
    return request_id


def _notification(w: World) -> int:
    customer = _customer(w)
    with w.desk.kernel.write() as s:
        return w.desk.notifications.queue(s, customer, None, "test.notice")[0]


def _waiting_letter(w: World) -> int:
    """A letter waiting for the mail room, with the firm's identity set (issue 11)."""
    w.desk.firm.set(w.kit.admin, name="みほん証券株式会社", phone="0120-000-000")
    return _notification(w)


def _batch_of(w: World, notification_id: int) -> int | None:
    with w.desk.kernel.read() as s:
        return s.scalar(select(LetterBatchItem.batch_id).where(
            LetterBatchItem.notification_id == notification_id))


def _called_customer(w: World) -> int:
    """A customer with one wrapped-up call."""
    customer = _customer(w)
    w.kit.new_call(w.helper)
    w.kit.draft(w.helper, customer, number=f"{8000000 + next(w.serial):07d}")
    w.desk.calls.wrap_up(w.helper.handle, CallOutcome.REQUEST_OPENED, "Draft opened")
    return customer


def _new_staff(w: World) -> str:
    username = f"spare{next(w.serial)}"
    w.desk.staff.add(w.kit.admin, username=username, display_name=username,
                     employee_no=employee_no_for(username), roles=frozenset({Role.AGENT}),
                     password="a long test password")
    return username


def _customer_fields(w: World) -> dict[str, str]:
    n = next(w.serial)
    return {"number": f"C{8000000 + n:07d}", "name_kanji": "見本 追加",
            "name_kana": "ミホン ツイカ", "birth_date": "1970-01-01", "postal_code": "100-0001",
            "address": "東京都千代田区見本町9-9", "phone": f"090-2{n:03d}-{n:04d}"}


def _nothing(w: World) -> None:
    return None


def _factor_state(w: World, customer: int) -> FactorState:
    return w.desk.factors.state(w.helper.handle, customer)


def _request_status(w: World, request_id: int) -> str:
    with w.desk.kernel.read() as s:
        row = s.get(ChangeRequest, request_id)
        assert row is not None
        return row.status


# withdrawal-account lock and cancel by reference (issue 11)
def _withdrawal_locked(w: World) -> int:
    customer = _customer(w)
    w.kit.new_call(w.helper)
    w.desk.locks.place(w.helper.handle, customer, "the customer asked")
    return customer


def _unlock_ready(w: World) -> int:
    customer = _withdrawal_locked(w)
    w.desk.locks.request_unlock(w.helper.handle, customer, "the customer asked to lift it")
    w.desk.locks.attach_document(w.helper.handle, customer, LICENCE)
    w.desk.locks.record_callback(w.helper.handle, customer, "confirmed on the registered phone")
    return customer


def _pending_of(w: World) -> tuple[int, int]:
    request_id = _pending(w)
    with w.desk.kernel.read() as s:
        row = s.get(ChangeRequest, request_id)
        assert row is not None
        return row.customer_id, request_id


@dataclass(frozen=True)
class Probe:
    """``setup`` makes the cell's objects (as the helper or the administrator), ``act`` is the
    one service call under test, ``check`` says what success looks like."""

    setup: Callable[[World], Any]
    act: Callable[[World, Principal, Any], Any]
    check: Callable[[World, Any, Any], bool]
    call: bool = False  # the operation works inside an open call
    step_up: bool = False  # the operation needs a fresh staff step-up


Op = Operation
PROBES: dict[Operation, Probe] = {
    Op.SEARCH_CUSTOMERS: Probe(
        _numbered, lambda w, h, cn: w.desk.customers.search(h, cn[1]),
        lambda w, cn, found: [f.id for f in found] == [cn[0]]),
    Op.VIEW_CUSTOMER: Probe(
        _customer, lambda w, h, c: w.desk.customers.view(h, c),
        lambda w, c, profile: profile.id == c),
    Op.UNMASK_FIELD: Probe(
        _customer, lambda w, h, c: w.desk.customers.unmask(h, c, "phone", "caller asked"),
        lambda w, c, phone: phone.startswith("0901")),
    Op.IMPORT_CUSTOMERS: Probe(
        _nothing, lambda w, h, _: w.desk.customers.add(h, **_customer_fields(w)),
        lambda w, _, new_id: isinstance(new_id, int) and new_id > 0),
    Op.ENROLL_FACTOR: Probe(
        _customer, lambda w, h, c: w.desk.factors.enroll(h, c),
        lambda w, c, _: _factor_state(w, c) is FactorState.PENDING),
    Op.ACTIVATE_FACTOR: Probe(
        _enrolled, lambda w, h, ck: w.desk.factors.activate(h, ck[0], w.kit.code(ck[1])),
        lambda w, ck, _: _factor_state(w, ck[0]) is FactorState.ACTIVE),
    Op.VERIFY_CUSTOMER: Probe(
        _active, lambda w, h, c: w.desk.factors.start_verification(h, c),
        lambda w, c, started: started.customer_id == c and started.attempts_left == 5,
        call=True),
    Op.UNLOCK_FACTOR: Probe(
        _locked, lambda w, h, c: w.desk.factors.unlock(h, c, "licence checked, called back"),
        lambda w, c, _: _factor_state(w, c) is FactorState.ACTIVE),
    Op.REENROLL_FACTOR: Probe(
        _active, lambda w, h, c: w.desk.factors.reenroll(h, c),
        lambda w, c, enrol: enrol.customer_id == c
        and _factor_state(w, c) is FactorState.PENDING),
    Op.REVOKE_FACTOR: Probe(
        _active, lambda w, h, c: w.desk.factors.revoke(h, c, "phone stolen."),
        lambda w, c, _: _factor_state(w, c) is FactorState.REVOKED),
    Op.RECORD_DOCUMENT: Probe(
        _customer, lambda w, h, c: w.desk.requests.record_document(h, c, LICENCE),
        lambda w, c, record: record.passed),
    Op.RECORD_CALLBACK: Probe(
        _draft, lambda w, h, r: w.desk.requests.record_callback(h, r, "called back"),
        lambda w, r, record: record.note == "called back"),
    Op.CREATE_REQUEST: Probe(
        _customer, lambda w, h, c: w.desk.requests.create(
            h, c, bank_code="0005", branch_code="001", account_type="ordinary",
            account_number=f"{3000000 + next(w.serial):07d}", holder="ﾐﾎﾝ ﾀﾛｳ"),
        lambda w, c, summary: summary.customer_id == c
        and summary.status is RequestStatus.DRAFT,
        call=True),
    Op.CANCEL_REQUEST: Probe(
        _pending, lambda w, h, r: w.desk.requests.cancel(h, r, "customer called"),
        lambda w, r, summary: _request_status(w, r) == RequestStatus.CANCELLED),
    Op.APPROVE_REQUEST: Probe(
        _pending, lambda w, h, r: w.desk.requests.approve(h, r),
        lambda w, r, summary: _request_status(w, r) == RequestStatus.APPROVED,
        step_up=True),
    Op.REJECT_REQUEST: Probe(
        _pending, lambda w, h, r: w.desk.requests.reject(h, r, "failed questions"),
        lambda w, r, summary: _request_status(w, r) == RequestStatus.REJECTED),
    Op.VIEW_QUEUE: Probe(
        _pending, lambda w, h, r: w.desk.requests.queue(h),
        lambda w, r, queue: r in [q.id for q in queue]),
    Op.VIEW_REQUEST: Probe(
        _draft, lambda w, h, r: w.desk.requests.get(h, r),
        lambda w, r, detail: detail.id == r),
    Op.APPLY_DUE_REQUESTS: Probe(
        _overdue, lambda w, h, r: w.desk.requests.apply_due(h),
        lambda w, r, changed: r in changed and _request_status(w, r) == RequestStatus.EXPIRED),
    Op.VIEW_OUTBOX: Probe(
        _notification, lambda w, h, n: w.desk.notifications.outbox(h),
        lambda w, n, outbox: n in [x.id for x in outbox]),
    Op.MARK_NOTIFICATION: Probe(
        _notification, lambda w, h, n: w.desk.notifications.mark_sent(h, n),
        lambda w, n, info: info.id == n and info.status == NotificationStatus.SENT),
    Op.VIEW_AUDIT: Probe(
        _nothing, lambda w, h, _: AuditReader(w.desk.kernel, h).open(AuditFilter(), limit=5),
        lambda w, _, opening: opening.upto_seq > 0 and len(opening.rows) == 5),
    Op.VERIFY_AUDIT: Probe(
        _nothing, lambda w, h, _: w.desk.audit.verify(h),
        lambda w, _, result: result.ok),
    Op.EXPORT_AUDIT: Probe(
        lambda w: w.folder / f"export-{next(w.serial)}.jsonl",
        lambda w, h, out: w.desk.audit.export(h, out),
        lambda w, out, manifest: out.exists() and manifest.complete and manifest.count > 0),
    Op.BASELINE_AUDIT: Probe(
        _nothing, lambda w, h, _: baseline.record(w.desk.kernel, h),
        lambda w, _, report: report.rows == 0 and report.events == []),
    Op.MANAGE_STAFF: Probe(
        _new_staff, lambda w, h, name: w.desk.staff.disable(h, name),
        lambda w, name, _: not _active_staff(w, name)),
    Op.VIEW_STAFF: Probe(
        _new_staff, lambda w, h, name: w.desk.staff.list(h),
        lambda w, name, listed: name in [p.username for p in listed]),
    Op.CHANGE_POLICY: Probe(
        _nothing, lambda w, h, _: w.desk.policies.set(h, "request_expiry_days", 7),
        lambda w, _, policy: policy.request_expiry_days == 7),
    Op.VIEW_POLICY: Probe(
        _nothing, lambda w, h, _: w.desk.policies.current(h),
        lambda w, _, policy: policy.staff_lockout_failures == 5),
    Op.VIEW_KEYS: Probe(
        _nothing, lambda w, h, _: w.desk.key_admin.status(h),
        lambda w, _, status: status.ok),
    Op.TRANSFER_KEYS: Probe(
        lambda w: w.folder / f"keys-{next(w.serial)}.authdesk-keys",
        lambda w, h, out: w.desk.key_admin.export_file(h, out, "a long key passphrase"),
        lambda w, out, written: out.exists() and written.database_id
        == w.desk.installation_id),
    Op.ROTATE_KEYS: Probe(
        _nothing, lambda w, h, _: w.desk.key_admin.rotate(h),
        lambda w, _, done: done.key_id != done.previous_key_id),
    Op.TAKE_CALL: Probe(
        _nothing, lambda w, h, _: w.desk.calls.take(h, "phone"),
        lambda w, _, call: call.open and call.channel == "phone"),
    Op.VIEW_CALLS: Probe(
        _called_customer, lambda w, h, c: w.desk.calls.recent_for_customer(h, c),
        lambda w, c, calls: [(x.outcome, x.note) for x in calls]
        == [(CallOutcome.REQUEST_OPENED, "Draft opened")]),
    Op.CHECKPOINT_AUDIT: Probe(
        _nothing, lambda w, h, _: w.desk.audit.checkpoint(h),
        lambda w, _, info: info.seq > 0),
    Op.SET_UP: Probe(
        _nothing, lambda w, h, _: w.desk.staff.authorize_set_up(h),
        lambda w, _, result: result is None),
    # issue 12: the look-back report and the dashboard
    Op.EXPORT_LOOKBACK: Probe(
        _nothing, lambda w, h, _: w.desk.lookback.export(h, date(2026, 1, 1),
                                                         date(2026, 1, 31), "csv"),
        lambda w, _, report: report.period.end == date(2026, 1, 31)),
    Op.VIEW_DASHBOARD: Probe(
        _nothing, lambda w, h, _: w.desk.dashboard.daily(h),
        lambda w, _, board: len(board.days) == 30),
    # issue 12, evidence pack
    Op.EXPORT_EVIDENCE: Probe(
        _pending, lambda w, h, r: w.desk.evidence.write(
            h, r, w.folder / f"pack-{next(w.serial)}.pdf"),
        lambda w, r, files: files.jsonl.exists() and files.pack.request_id == r),
    # alerts (issue 12)
    Op.VIEW_ALERTS: Probe(
        lambda w: _alert(w), lambda w, h, a: w.desk.alerts.get(h, a),
        lambda w, a, detail: detail.summary.id == a and len(detail.events) == 1),
    Op.HANDLE_ALERTS: Probe(
        lambda w: _alert(w),
        lambda w, h, a: w.desk.alerts.acknowledge(h, a, "Checked with the agent"),
        lambda w, a, done: done.id == a and done.status == "acknowledged"),
    # issue 11, letters
    Op.PRINT_LETTERS: Probe(
        _waiting_letter, lambda w, h, n: w.desk.letters.create_batch(h),
        lambda w, n, batch: _batch_of(w, n) == batch.id),
    Op.CHANGE_FIRM: Probe(
        _nothing, lambda w, h, _: w.desk.firm.set(h, phone="0120-000-000"),
        lambda w, _, firm: firm.phone == "0120-000-000"),
    # Issue 11, e-mail notices: nothing due, nothing sent (no SMTP server needed)
    Op.SEND_EMAIL: Probe(
        _nothing, lambda w, h, _: w.desk.email.send_due(h, limit=0),
        lambda w, _, report: report.attempted == 0),
    # withdrawal-account lock and cancel by reference (issue 11)
    Op.LOCK_WITHDRAWAL: Probe(
        _customer, lambda w, h, c: w.desk.locks.place(h, c, "the customer asked"),
        lambda w, c, lock: lock.active and w.desk.locks.status(w.helper.handle, c) is not None,
        call=True),
    Op.REQUEST_WITHDRAWAL_UNLOCK: Probe(
        _withdrawal_locked, lambda w, h, c: w.desk.locks.request_unlock(h, c, "lift it"),
        lambda w, c, lock: lock.unlock_requested_at is not None, call=True),
    Op.LIFT_WITHDRAWAL_LOCK: Probe(
        _unlock_ready, lambda w, h, c: w.desk.locks.lift(h, c),
        lambda w, c, lock: not lock.active and w.desk.locks.status(w.helper.handle, c) is None,
        step_up=True),
    Op.CANCEL_BY_REFERENCE: Probe(
        _pending_of, lambda w, h, cr: w.desk.cancellations.look_up(
            h, cr[0], request_reference(cr[1])),
        lambda w, cr, found: found.request.id == cr[1] and found.cancellable),
    # shared mode (issue 10)
    Op.MANAGE_WORKSTATIONS: Probe(
        lambda w: _with_ca(w), lambda w, h, name: CertificateService(w.desk.kernel).enroll(h, name),
        lambda w, name, issued: issued.name == name and issued.passphrase is not None),
}


def _alert(w: World) -> int:
    """An open alert: a new agent unmasks a customer's phone outside any call."""
    person = w.kit.staff(f"alerted{next(w.serial)}", Role.AGENT)
    w.desk.customers.unmask(person.handle, _customer(w), "phone", "no call open")
    [alert] = [a for a in w.desk.alerts.queue(w.kit.auditor)
               if a.subject == f"staff:{person.username}"]
    return alert.id



def _with_ca(w: World) -> str:
    """The installation's CA (made once, by the administrator) and a new workstation name."""
    service = CertificateService(w.desk.kernel)
    try:
        service.ca_pem()
    except CaMissing:
        service.create_ca(w.kit.admin)
    return f"WS-{next(w.serial)}"


def _active_staff(w: World, username: str) -> bool:
    with w.desk.kernel.read() as s:
        return bool(s.scalar(select(Staff.active).where(Staff.username == username)))


def head(desk: Desk) -> int:
    with desk.kernel.read() as s:
        return audit.head(s)[0]


def events_after(desk: Desk, seq: int) -> list[tuple[str, str, str]]:
    with desk.kernel.read() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.seq > seq).order_by(AuditEvent.seq))
        return [(e.action, e.outcome, json.loads(e.details).get("operation", "")) for e in rows]


def test_every_operation_has_a_probe() -> None:
    missing = sorted(set(Operation) - set(PROBES))
    assert not missing, f"add a probe calling the service method for {missing}"


def test_the_system_may_only_carry_out_due_requests_and_take_checkpoints() -> None:
    assert {op for op in Operation if Role.SYSTEM in ALLOWED[op]} == {
        Operation.APPLY_DUE_REQUESTS, Operation.CHECKPOINT_AUDIT}
    assert Role.SYSTEM not in STAFF_ROLES


def _principal(w: World, role: Role, probe: Probe) -> Principal:
    """A new person holding only ``role``, signed in (or SYSTEM), prepared as the operation
    needs: on a call if the role may take one, stepped up."""
    if role is Role.SYSTEM:
        return SYSTEM
    person = w.kit.staff(f"m{next(w.serial)}-{role}", role)
    if probe.call and role in ALLOWED[Operation.TAKE_CALL]:
        w.desk.calls.take(person.handle)
    if probe.step_up:
        w.kit.step_up(person)  # what a bypassed GUI would have asked for
    return person.handle


@pytest.mark.parametrize(("operation", "role"),
                         [(o, r) for o in Operation for r in Role],
                         ids=[f"{o.value}-{r.value}" for o in Operation for r in Role])
def test_only_the_allowed_roles_get_through_and_they_succeed(
        world: World, operation: Operation, role: Role) -> None:
    probe = PROBES[operation]
    prepared = probe.setup(world)
    principal = _principal(world, role, probe)
    if role in ALLOWED[operation]:
        result = probe.act(world, principal, prepared)
        assert probe.check(world, prepared, result), f"{role} {operation}: {result!r}"
    else:
        before = head(world.desk)
        with pytest.raises(PermissionDenied, match=re.escape(operation.value)):
            probe.act(world, principal, prepared)
        # The refusal itself is logged (the system has no session and is never refused in
        # practice); nothing else is written.
        written = events_after(world.desk, before)
        if role is Role.SYSTEM:
            assert written == []
        else:
            assert written == [("access.refused", "refused", operation.value)]


# --- four eyes below the GUI -----------------------------------------------------------------


def test_an_agent_cannot_approve_even_with_a_fresh_step_up(kit: Kit) -> None:
    requester = kit.staff("agent1", Role.AGENT)
    pending = kit.pending(requester, kit.customer())
    other_agent = kit.staff("agent2", Role.AGENT)
    kit.step_up(other_agent)  # what a bypassed GUI would have asked for
    with pytest.raises(PermissionDenied, match=re.escape("request.approve")):
        kit.desk.requests.approve(other_agent.handle, pending.id)
    assert kit.desk.requests.get(requester.handle, pending.id).status is RequestStatus.PENDING


def test_self_approval_is_refused_under_a_second_login_of_the_same_employee(kit: Kit) -> None:
    first_login = kit.staff("suzuki.agent", Role.AGENT, employee_no="E-4242")
    pending = kit.pending(first_login, kit.customer())
    # At most one active account per employee number: disable the first login after it
    # opened the request, then give the same employee a supervisor login.
    kit.desk.staff.disable(kit.admin, "suzuki.agent")
    second_login = kit.staff("suzuki.super", Role.SUPERVISOR, employee_no="E-4242")
    kit.step_up(second_login)
    with pytest.raises(SameApproverRefused, match="another login"):
        kit.desk.requests.approve(second_login.handle, pending.id)
    colleague = kit.staff("yamada.super", Role.SUPERVISOR, employee_no="E-5151")
    kit.step_up(colleague)
    approved = kit.desk.requests.approve(colleague.handle, pending.id)
    assert approved.status is RequestStatus.APPROVED
