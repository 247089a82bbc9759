"""The session is the only authority (issue 8).

- No public operation takes roles or identity from its caller: every service method on the
  ``Desk`` is reached through a session handle (or ``SYSTEM`` where allowed), apart from signing
  in and setting up. A forged handle, a raw token or an ``Actor`` built by the caller is refused.
- Disabling a person, changing their roles, a lockout by failed sign-ins elsewhere, a staff
  authenticator reset or a password reset ends that person's open sessions: the next call is
  refused with a sentence that says why, and each ending is audited.
- Five wrong staff step-up codes in a row end the session and count toward the account lockout;
  a step-up is used up by one approval, also when two processes race with one step-up
  (PostgreSQL).
"""

from __future__ import annotations

import inspect
import json
import multiprocessing
import typing
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pyotp
import pytest
from helpers import APP_ROLE_PASSWORD, PASSWORD, Person, employee_no_for, pg_app_role, url_as
from request_fixtures import LICENCE, Kit
from sqlalchemy import select
from sqlalchemy.orm import Session

from authdesk.core import audit
from authdesk.core.auditquery import AuditFilter
from authdesk.core.auditview import AuditReader
from authdesk.core.authority import SYSTEM, Actor, Principal, SessionHandle
from authdesk.core.calls import CallOutcome
from authdesk.core.clock import FakeClock
from authdesk.core.csvimport import import_customers
from authdesk.core.desk import Desk
from authdesk.core.errors import AuthDeskError, PermissionDenied
from authdesk.core.kernel import (
    SessionEndedByChange,
    SessionEndedByLockout,
    SessionEndedByStepUpFailures,
    SessionExpired,
)
from authdesk.core.keys import KeyCheck, KeyStore, MemoryKeyring
from authdesk.core.keyservice import key_status
from authdesk.core.requests import RequestStatus
from authdesk.core.roles import Role
from authdesk.core.staff import AccountLocked, SignInFailed, StepUpRequired, StepUpWrongCode
from authdesk.core.workstation import Workstation
from authdesk.storage.db import Database
from authdesk.storage.models import AuditEvent, Call, Meta, StaffSession
from authdesk.storage.pgroles import set_up_app_role

# --- no public operation takes roles or identity ------------------------------------------------

SERVICES = ("staff", "policies", "notifications", "factors", "customers", "calls", "requests",
            "audit", "key_admin",
            "lookback", "dashboard",  # issue 12: the look-back report, the dashboard
            "evidence",  # issue 12, evidence pack
            "alerts",  # alerts (issue 12)
            "firm", "letters",  # issue 11, letters
            "email",  # issue 11, e-mail notices
            "locks", "cancellations",  # withdrawal-account lock, cancel by reference (issue 11)
            )
# Reached without a session: setting up (is there an administrator yet? the first one), signing
# in, and whether a checkpoint is due (no data, no change).
WITHOUT_A_SESSION = {("staff", "has_admin"), ("staff", "needs_first_admin"),
                     ("staff", "create_first_admin"),
                     ("staff", "sign_in"), ("audit", "checkpoint_due")}
# Helpers a service lends its siblings inside their transaction: the first parameter is that
# open transaction, so an adapter cannot reach them without opening a kernel transaction.
IN_A_TRANSACTION = {("notifications", "queue"), ("notifications", "for_request"),
                    ("factors", "fresh_verification"), ("staff", "use_step_up"),
                    ("requests", "detail_for_pack")}  # issue 12, evidence pack
# Parameter names that would let a caller say who is acting.
IDENTITY = {"actor", "caller", "role", "roles", "acting_as", "as_role", "username", "staff_id",
            "session_id", "employee_no", "workstation", "principal_roles"}
# ... except where an administrator names the account being managed, not the caller.
MANAGED_ACCOUNT = {"username", "roles", "employee_no"}


def public_methods(service: object) -> list[tuple[str, Callable[..., Any]]]:
    return [(name, member) for name, member in inspect.getmembers(service, inspect.ismethod)
            if not name.startswith("_")]


def hints(function: Callable[..., Any]) -> dict[str, Any]:
    return typing.get_type_hints(function)


def is_handle(annotation: Any) -> bool:
    return annotation in (Principal, SessionHandle)


def mentions_actor(annotation: Any) -> bool:
    return annotation is Actor or Actor in typing.get_args(annotation)


def test_every_service_on_the_desk_is_checked(desk: Desk) -> None:
    services = {name for name, value in vars(desk).items()
                if type(value).__name__.endswith("Service")}
    assert services == set(SERVICES), "add the new service to SERVICES"


def identity_problems(service_name: str, service: object) -> list[str]:
    """Every way a public method of ``service`` lets its caller say who is acting."""
    problems = []
    for name, method in public_methods(service):
        where = f"{service_name}.{name}"
        parameters = list(inspect.signature(method).parameters.values())
        types = hints(method)
        if (service_name, name) in IN_A_TRANSACTION:
            if not parameters or types[parameters[0].name] is not Session:
                problems.append(f"{where} is no longer an in-transaction helper")
            continue
        if (service_name, name) not in WITHOUT_A_SESSION:
            first = parameters[0] if parameters else None
            if first is None or first.name != "handle" or not is_handle(types[first.name]):
                problems.append(f"{where}: the first parameter must be the session handle, "
                                f"not {first}")
        allowed = MANAGED_ACCOUNT if service_name == "staff" else set()
        for parameter in parameters:
            if mentions_actor(types.get(parameter.name)):
                problems.append(f"{where} accepts an Actor ({parameter})")
            if parameter.name in IDENTITY - allowed:
                problems.append(f"{where} lets its caller name who acts ({parameter.name})")
    return problems


@pytest.mark.parametrize("service_name", SERVICES)
def test_no_public_service_method_takes_roles_or_identity(desk: Desk, service_name: str) -> None:
    service = getattr(desk, service_name)
    assert public_methods(service), f"{service_name} has no public operations?"
    assert identity_problems(service_name, service) == []


class _Leaky:
    """What the check must catch: the services as they were before issue 8."""

    def approve(self, actor: Actor, request_id: int) -> None: ...

    def search(self, handle: SessionHandle, text: str, role: str) -> None: ...

    def view(self, customer_id: int) -> None: ...


def test_the_check_catches_an_actor_a_role_and_a_missing_handle() -> None:
    problems = identity_problems("requests", _Leaky())
    assert any("approve accepts an Actor" in p for p in problems)
    assert any("approve: the first parameter must be the session handle" in p
               for p in problems)
    assert any("search lets its caller name who acts (role)" in p for p in problems)
    assert any("view: the first parameter must be the session handle" in p for p in problems)


def test_the_entry_points_outside_the_services_take_a_handle_too() -> None:
    for function in (AuditReader.__init__, import_customers, key_status):
        parameters = [p for p in inspect.signature(function).parameters.values()
                      if p.name != "self"]
        assert [p.name for p in parameters[:2]] == ["kernel", "handle"], function
        assert is_handle(hints(function)["handle"]), function


# --- forged handles ---------------------------------------------------------------------------


@dataclass
class Scene:
    kit: Kit
    agent: Person
    supervisor: Person
    customer: int
    pending: int
    folder: Path

    @property
    def desk(self) -> Desk:
        return self.kit.desk


@pytest.fixture
def scene(kit: Kit, tmp_path: Path) -> Scene:
    agent = kit.staff("agent1", Role.AGENT)
    supervisor = kit.staff("super1", Role.SUPERVISOR)
    customer = kit.customer()
    pending = kit.pending(agent, kit.customer(kana="ミホン ハナコ", kanji="見本 花子"),
                          holder="ﾐﾎﾝ ﾊﾅｺ").id
    return Scene(kit, agent, supervisor, customer, pending, tmp_path)


NEW_CUSTOMER = {"number": "C0999999", "name_kanji": "見本 新", "name_kana": "ミホン シン",
                "birth_date": "1970-01-01", "postal_code": "100-0001",
                "address": "東京都千代田区見本町9-9", "phone": "090-0999-9999"}

# Every operation that takes a handle, with arguments that pass its own input checks, so that
# what refuses it is the handle.
Call_ = Callable[[Scene, Any], object]
WITH_A_HANDLE: dict[tuple[str, str], Call_] = {
    ("staff", "add"): lambda sc, h: sc.desk.staff.add(
        h, username="mallory", display_name="M", employee_no="E-666",
        roles=frozenset({Role.SUPERVISOR}), password=PASSWORD),
    ("staff", "list"): lambda sc, h: sc.desk.staff.list(h),
    ("staff", "disable"): lambda sc, h: sc.desk.staff.disable(h, "super1"),
    ("staff", "set_roles"): lambda sc, h: sc.desk.staff.set_roles(
        h, "agent1", frozenset({Role.SUPERVISOR})),
    ("staff", "unlock"): lambda sc, h: sc.desk.staff.unlock(h, "agent1"),
    ("staff", "reset_totp"): lambda sc, h: sc.desk.staff.reset_totp(h, "super1"),
    ("staff", "reset_password"): lambda sc, h: sc.desk.staff.reset_password(
        h, "super1", "a new long password"),
    ("staff", "me"): lambda sc, h: sc.desk.staff.me(h),
    ("staff", "authorize_set_up"): lambda sc, h: sc.desk.staff.authorize_set_up(h),
    ("staff", "check_session"): lambda sc, h: sc.desk.staff.check_session(h),
    ("staff", "unlock_session"): lambda sc, h: sc.desk.staff.unlock_session(
        h, PASSWORD, "123456"),
    ("staff", "step_up"): lambda sc, h: sc.desk.staff.step_up(h, "123456"),
    ("policies", "current"): lambda sc, h: sc.desk.policies.current(h),
    ("policies", "set"): lambda sc, h: sc.desk.policies.set(h, "cooling_off_hours", 0),
    ("notifications", "outbox"): lambda sc, h: sc.desk.notifications.outbox(h),
    ("notifications", "mark_sent"): lambda sc, h: sc.desk.notifications.mark_sent(h, 1),
    ("notifications", "mark_failed"): lambda sc, h: sc.desk.notifications.mark_failed(
        h, 1, "returned"),
    ("factors", "state"): lambda sc, h: sc.desk.factors.state(h, sc.customer),
    ("factors", "enroll"): lambda sc, h: sc.desk.factors.enroll(h, sc.customer),
    ("factors", "reenroll"): lambda sc, h: sc.desk.factors.reenroll(h, sc.customer),
    ("factors", "revoke"): lambda sc, h: sc.desk.factors.revoke(h, sc.customer, "phone stolen"),
    ("factors", "activate"): lambda sc, h: sc.desk.factors.activate(h, sc.customer, "123456"),
    ("factors", "start_verification"): lambda sc, h: sc.desk.factors.start_verification(
        h, sc.customer),
    ("factors", "verify"): lambda sc, h: sc.desk.factors.verify(h, 1, "123456"),
    ("factors", "freshness"): lambda sc, h: sc.desk.factors.freshness(h, sc.customer),
    ("factors", "unlock"): lambda sc, h: sc.desk.factors.unlock(
        h, sc.customer, "licence checked, called back"),
    ("customers", "search"): lambda sc, h: sc.desk.customers.search(h, "ミホン"),
    ("customers", "view"): lambda sc, h: sc.desk.customers.view(h, sc.customer),
    ("customers", "unmask"): lambda sc, h: sc.desk.customers.unmask(
        h, sc.customer, "phone", "curious"),
    ("customers", "add"): lambda sc, h: sc.desk.customers.add(h, **NEW_CUSTOMER),
    ("customers", "change_contact"): lambda sc, h: sc.desk.customers.change_contact(
        h, sc.customer, "phone", "090-0666-6666"),
    ("calls", "take"): lambda sc, h: sc.desk.calls.take(h),
    ("calls", "current"): lambda sc, h: sc.desk.calls.current(h),
    ("calls", "wrap_up"): lambda sc, h: sc.desk.calls.wrap_up(h, CallOutcome.RESOLVED, "done"),
    ("calls", "recent_for_customer"): lambda sc, h: sc.desk.calls.recent_for_customer(
        h, sc.customer),
    ("requests", "create"): lambda sc, h: sc.desk.requests.create(
        h, sc.customer, bank_code="0005", branch_code="001", account_type="ordinary",
        account_number="7654321", holder="ﾐﾎﾝ ﾀﾛｳ"),
    ("requests", "record_document"): lambda sc, h: sc.desk.requests.record_document(
        h, sc.customer, LICENCE),
    ("requests", "attach_document"): lambda sc, h: sc.desk.requests.attach_document(
        h, sc.pending, LICENCE),
    ("requests", "record_callback"): lambda sc, h: sc.desk.requests.record_callback(
        h, sc.pending, "called"),
    ("requests", "submit"): lambda sc, h: sc.desk.requests.submit(h, sc.pending),
    ("requests", "approve"): lambda sc, h: sc.desk.requests.approve(h, sc.pending),
    ("requests", "reject"): lambda sc, h: sc.desk.requests.reject(h, sc.pending, "no"),
    ("requests", "cancel"): lambda sc, h: sc.desk.requests.cancel(h, sc.pending, "no"),
    ("requests", "apply_due"): lambda sc, h: sc.desk.requests.apply_due(h),
    ("requests", "queue"): lambda sc, h: sc.desk.requests.queue(h),
    ("requests", "get"): lambda sc, h: sc.desk.requests.get(h, sc.pending),
    ("requests", "creation_gate"): lambda sc, h: sc.desk.requests.creation_gate(
        h, sc.customer),
    ("audit", "checkpoint"): lambda sc, h: sc.desk.audit.checkpoint(h),
    ("audit", "verify"): lambda sc, h: sc.desk.audit.verify(h),
    ("audit", "export"): lambda sc, h: sc.desk.audit.export(h, sc.folder / "a.jsonl"),
    ("audit", "verify_export"): lambda sc, h: sc.desk.audit.verify_export(
        h, sc.folder / "a.jsonl.manifest.json"),
    ("key_admin", "status"): lambda sc, h: sc.desk.key_admin.status(h),
    ("key_admin", "export_file"): lambda sc, h: sc.desk.key_admin.export_file(
        h, sc.folder / "keys.bin", "a long key passphrase"),
    ("key_admin", "confirm_import"): lambda sc, h: sc.desk.key_admin.confirm_import(
        h, "keys.bin"),
    ("key_admin", "rotate"): lambda sc, h: sc.desk.key_admin.rotate(h),
    ("reader", "open"): lambda sc, h: AuditReader(sc.desk.kernel, h).open(AuditFilter(),
                                                                          limit=5),
    ("csvimport", "import_customers"): lambda sc, h: import_customers(
        sc.desk.kernel, h, "number\n"),
    ("keyservice", "key_status"): lambda sc, h: key_status(sc.desk.kernel, h),
    # issue 12: the look-back report and the dashboard
    ("lookback", "export"): lambda sc, h: sc.desk.lookback.export(
        h, date(2026, 1, 1), date(2026, 1, 31), "csv"),
    ("dashboard", "daily"): lambda sc, h: sc.desk.dashboard.daily(h),
    # issue 12, evidence pack
    ("evidence", "write"): lambda sc, h: sc.desk.evidence.write(
        h, sc.pending, sc.folder / "pack.pdf"),
    # issue 11, letters
    ("firm", "current"): lambda sc, h: sc.desk.firm.current(h),
    ("firm", "set"): lambda sc, h: sc.desk.firm.set(h, phone="0120-666-666"),
    ("letters", "batches"): lambda sc, h: sc.desk.letters.batches(h),
    ("letters", "letters_waiting"): lambda sc, h: sc.desk.letters.letters_waiting(h),
    ("letters", "create_batch"): lambda sc, h: sc.desk.letters.create_batch(h),
    ("letters", "contents"): lambda sc, h: sc.desk.letters.contents(h, 1),
    ("letters", "mark_printed"): lambda sc, h: sc.desk.letters.mark_printed(h, 1),
    ("letters", "mark_posted"): lambda sc, h: sc.desk.letters.mark_posted(h, 1),
    # alerts (issue 12)
    ("alerts", "queue"): lambda sc, h: sc.desk.alerts.queue(h),
    ("alerts", "open_count"): lambda sc, h: sc.desk.alerts.open_count(h),
    ("alerts", "get"): lambda sc, h: sc.desk.alerts.get(h, 1),
    ("alerts", "acknowledge"): lambda sc, h: sc.desk.alerts.acknowledge(h, 1, "checked"),
    ("alerts", "escalate"): lambda sc, h: sc.desk.alerts.escalate(h, 1, "to compliance"),
    # Issue 11, e-mail notices
    ("email", "send_due"): lambda sc, h: sc.desk.email.send_due(h),
    ("email", "store_password"): lambda sc, h: sc.desk.email.store_password(h, "pw"),
    # withdrawal-account lock and cancel by reference (issue 11)
    ("locks", "status"): lambda sc, h: sc.desk.locks.status(h, sc.customer),
    ("locks", "place"): lambda sc, h: sc.desk.locks.place(h, sc.customer, "asked"),
    ("locks", "request_unlock"): lambda sc, h: sc.desk.locks.request_unlock(
        h, sc.customer, "asked"),
    ("locks", "attach_document"): lambda sc, h: sc.desk.locks.attach_document(
        h, sc.customer, LICENCE),
    ("locks", "record_callback"): lambda sc, h: sc.desk.locks.record_callback(
        h, sc.customer, "called"),
    ("locks", "lift"): lambda sc, h: sc.desk.locks.lift(h, sc.customer),
    ("cancellations", "look_up"): lambda sc, h: sc.desk.cancellations.look_up(
        h, sc.customer, "R0000001-3"),
    ("cancellations", "cancel"): lambda sc, h: sc.desk.cancellations.cancel(
        h, sc.customer, "R0000001-3", "no"),
}
# Signing out or locking a session that does not exist does nothing (and says nothing).
NOTHING_TO_END = {("staff", "sign_out"): lambda sc, h: sc.desk.staff.sign_out(h),
                  ("staff", "lock_session"): lambda sc, h: sc.desk.staff.lock_session(h)}


def test_every_operation_with_a_handle_is_tried_with_forged_ones(desk: Desk) -> None:
    expected = {(service, name) for service in SERVICES
                for name, _ in public_methods(getattr(desk, service))
                if (service, name) not in WITHOUT_A_SESSION | IN_A_TRANSACTION}
    missing = expected - set(WITH_A_HANDLE) - set(NOTHING_TO_END)
    assert not missing, f"add a forged-handle call for {sorted(missing)}"


def head(desk: Desk) -> int:
    with desk.kernel.read() as s:
        return audit.head(s)[0]


def session_id_of(desk: Desk, handle: SessionHandle) -> str:
    with desk.kernel.read() as s:
        row = desk.kernel.session_row(s, handle)
        assert row is not None
        return row.id


def forgeries(scene: Scene) -> dict[str, object]:
    """What a caller without a session might pass: a guessed token, the stored hash of a real
    token, the raw token string, and an ``Actor`` claiming every role with a real session."""
    desk, agent = scene.desk, scene.agent
    with desk.kernel.read() as s:
        row = desk.kernel.session_row(s, agent.handle)
        assert row is not None
        digest, session_id, staff_id = row.token_hash, row.id, row.staff_id
    everything = frozenset({Role.AGENT, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN,
                            Role.SYSTEM})
    return {
        "guessed token": SessionHandle("guess"),
        "stored hash as token": SessionHandle(str(digest)),
        "raw token string": agent.handle.token,
        "actor with every role": Actor(username="agent1", roles=everything,
                                       workstation=desk.workstation.name, staff_id=staff_id,
                                       employee_no=employee_no_for("agent1"),
                                       session_id=session_id, role=Role.ADMIN),
    }


@pytest.mark.parametrize("operation", sorted(WITH_A_HANDLE), ids="-".join)
def test_a_forged_handle_is_refused_and_writes_nothing(scene: Scene,
                                                       operation: tuple[str, str]) -> None:
    call = WITH_A_HANDLE[operation]
    for what, forged in forgeries(scene).items():
        before = head(scene.desk)
        with pytest.raises(SessionExpired):
            call(scene, forged)
        assert head(scene.desk) == before, f"{what}: a refused call wrote to the log"
    assert scene.desk.requests.get(scene.agent.handle, scene.pending).status is (
        RequestStatus.PENDING)


@pytest.mark.parametrize("operation", sorted(NOTHING_TO_END), ids="-".join)
def test_ending_a_session_that_does_not_exist_does_nothing(scene: Scene,
                                                           operation: tuple[str, str]) -> None:
    for forged in forgeries(scene).values():
        if not isinstance(forged, SessionHandle):
            continue
        before = head(scene.desk)
        NOTHING_TO_END[operation](scene, forged)
        assert head(scene.desk) == before
    assert scene.desk.staff.me(scene.agent.handle).username == "agent1"


@pytest.mark.parametrize("operation", sorted(NOTHING_TO_END), ids="-".join)
def test_ending_a_session_with_something_that_is_not_a_handle_is_refused(
        scene: Scene, operation: tuple[str, str]) -> None:
    for forged in forgeries(scene).values():
        if isinstance(forged, SessionHandle):
            continue
        before = head(scene.desk)
        with pytest.raises(SessionExpired):
            NOTHING_TO_END[operation](scene, forged)
        assert head(scene.desk) == before


def test_an_actor_claiming_a_supervisor_cannot_approve(scene: Scene) -> None:
    """The attack of issue 8: an ``Actor`` built by the caller with a supervisor role and an
    agent's session id. Even a real supervisor's session id does not make it a handle."""
    kit = scene.kit
    kit.step_up(scene.supervisor)
    for person in (scene.agent, scene.supervisor):
        claimed = Actor(username=person.username, roles=frozenset({Role.SUPERVISOR}),
                        workstation=kit.desk.workstation.name,
                        session_id=session_id_of(kit.desk, person.handle),
                        role=Role.SUPERVISOR)
        with pytest.raises(SessionExpired):
            kit.desk.requests.approve(claimed, scene.pending)
    assert kit.desk.requests.get(scene.agent.handle, scene.pending).status is (
        RequestStatus.PENDING)
    # The supervisor's own step-up is still unused: their real session approves.
    approved = kit.desk.requests.approve(scene.supervisor.handle, scene.pending)
    assert approved.status is RequestStatus.APPROVED


def test_the_handle_hides_its_token_and_only_its_hash_is_stored(scene: Scene) -> None:
    handle = scene.agent.handle
    assert handle.token not in repr(handle) and handle.token not in str(handle)
    with scene.desk.kernel.read() as s:
        stored = [str(v) for row in s.execute(select(StaffSession.__table__)) for v in row]
        logged = [str(v) for row in s.execute(select(AuditEvent.__table__)) for v in row]
    assert not any(handle.token in value for value in stored + logged)
    assert handle.digest in stored


# --- changes to a person end their open sessions ------------------------------------------------


def fail_sign_ins_elsewhere(kit: Kit, person: Person, tmp_path: Path) -> None:
    """Five wrong passwords for ``person`` at another workstation."""
    elsewhere = Desk(kit.desk.db, kit.desk.keys, clock=kit.clock,
                     workstation=Workstation("ws-elsewhere", tmp_path / "ws2.json"))
    for _ in range(5):
        with pytest.raises((SignInFailed, AccountLocked)):
            elsewhere.staff.sign_in(person.username, "not the password", kit.code(person.key))


CHANGES: dict[str, tuple[Callable[[Kit, Person, Path], object], type[AuthDeskError], str]] = {
    "demoted": (lambda kit, p, _: kit.desk.staff.set_roles(kit.admin, p.username,
                                                           frozenset({Role.AGENT})),
                SessionEndedByChange, "roles changed"),
    "disabled": (lambda kit, p, _: kit.desk.staff.disable(kit.admin, p.username),
                 SessionEndedByChange, "disabled"),
    "locked out": (fail_sign_ins_elsewhere, SessionEndedByLockout, "locked out"),
    "authenticator reset": (lambda kit, p, _: kit.desk.staff.reset_totp(kit.admin, p.username),
                            SessionEndedByChange, "authenticator reset"),
    "password reset": (lambda kit, p, _: kit.desk.staff.reset_password(
        kit.admin, p.username, "a brand new password"), SessionEndedByChange, "password reset"),
}


def signed_out(desk: Desk, username: str) -> list[dict[str, Any]]:
    with desk.kernel.read() as s:
        return [json.loads(e.details) for e in s.scalars(
            select(AuditEvent).where(AuditEvent.action == "staff.signed_out",
                                     AuditEvent.subject == f"staff:{username}")
            .order_by(AuditEvent.seq))]


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_change_to_a_person_ends_their_open_session(kit: Kit, tmp_path: Path,
                                                      change: str) -> None:
    make, error, reason = CHANGES[change]
    supervisor = kit.staff("super1", Role.SUPERVISOR)
    on_desk_two = kit.people.sign_in_again(kit.staff("super1.b", Role.SUPERVISOR))
    agent = kit.staff("agent1", Role.AGENT)
    pending = kit.pending(agent, kit.customer())
    call = kit.desk.calls.take(supervisor.handle)
    old = supervisor.handle
    kit.step_up(supervisor)  # even a fresh step-up does not survive the change
    make(kit, supervisor, tmp_path)

    with pytest.raises(error) as refused:
        kit.desk.requests.approve(old, pending.id)
    assert refused.value.message  # a sentence the GUI shows as it is
    with pytest.raises(error):  # and it stays ended
        kit.desk.staff.me(old)
    assert kit.desk.requests.get(agent.handle, pending.id).status is RequestStatus.PENDING
    (ended,) = signed_out(kit.desk, "super1")
    assert ended["reason"] == reason and ended["session"] == session_id_of(kit.desk, old)
    with kit.desk.kernel.read() as s:
        closed = s.get(Call, call.id)
        assert closed is not None and closed.outcome == CallOutcome.CUT_OFF
    # Nobody else's session ended.
    assert kit.desk.staff.me(on_desk_two.handle).username == "super1.b"
    assert kit.desk.staff.me(agent.handle).username == "agent1"


def test_a_demoted_supervisor_signs_in_again_as_an_agent(kit: Kit) -> None:
    supervisor = kit.staff("super1", Role.SUPERVISOR)
    agent = kit.staff("agent1", Role.AGENT)
    pending = kit.pending(agent, kit.customer())
    kit.desk.staff.set_roles(kit.admin, "super1", frozenset({Role.AGENT}))
    kit.sign_in_again(supervisor)
    assert kit.desk.staff.me(supervisor.handle).roles == frozenset({Role.AGENT})
    kit.step_up(supervisor)
    with pytest.raises(PermissionDenied):
        kit.desk.requests.approve(supervisor.handle, pending.id)


# --- staff step-up ------------------------------------------------------------------------------


def wrong_code(kit: Kit, key: str) -> str:
    """A well-formed code no step near now produces."""
    now = kit.clock.now()
    near = {pyotp.TOTP(key).at(now + timedelta(seconds=30 * k)) for k in range(-3, 4)}
    return next(c for c in (f"{n:06d}" for n in range(0, 1_000_000, 7919)) if c not in near)


def events(desk: Desk, action: str) -> list[AuditEvent]:
    with desk.kernel.read() as s:
        rows = list(s.scalars(select(AuditEvent).where(AuditEvent.action == action)
                              .order_by(AuditEvent.seq)))
        s.expunge_all()
        return rows


def test_five_wrong_step_up_codes_end_the_session_and_count_toward_the_lockout(
        kit: Kit) -> None:
    kit.desk.policies.set(kit.admin, "staff_lockout_failures", 10)
    supervisor = kit.staff("super1", Role.SUPERVISOR)
    for left in (4, 3, 2, 1):
        with pytest.raises(StepUpWrongCode) as wrong:
            kit.desk.staff.step_up(supervisor.handle, wrong_code(kit, supervisor.key))
        assert wrong.value.params == {"attempts_left": left}
    with pytest.raises(SessionEndedByStepUpFailures):
        kit.desk.staff.step_up(supervisor.handle, wrong_code(kit, supervisor.key))
    with pytest.raises(SessionEndedByStepUpFailures):  # the next call hears why
        kit.desk.requests.queue(supervisor.handle)
    assert [json.loads(e.details)["stepup_failures"]
            for e in events(kit.desk, "staff.step_up.failed")] == [1, 2, 3, 4, 5]
    assert signed_out(kit.desk, "super1")[-1]["reason"] == "step-up failures"
    # The five count toward the lockout (10 here): a wrong sign-in leaves 4 attempts.
    with pytest.raises(SignInFailed) as refused:
        kit.desk.staff.sign_in("super1", "not the password", kit.code(supervisor.key))
    assert refused.value.params == {"attempts_left": 4}


def test_with_the_default_policy_five_wrong_step_ups_lock_the_account(kit: Kit) -> None:
    supervisor = kit.staff("super1", Role.SUPERVISOR)
    for _ in range(4):
        with pytest.raises(StepUpWrongCode):
            kit.desk.staff.step_up(supervisor.handle, wrong_code(kit, supervisor.key))
    with pytest.raises(SessionEndedByLockout):
        kit.desk.staff.step_up(supervisor.handle, wrong_code(kit, supervisor.key))
    with pytest.raises(SessionEndedByLockout):
        kit.desk.staff.me(supervisor.handle)
    assert len(events(kit.desk, "staff.locked")) == 1
    assert signed_out(kit.desk, "super1")[-1]["reason"] == "locked out"
    with pytest.raises(AccountLocked):  # even with the right password and code
        kit.desk.staff.sign_in("super1", PASSWORD, kit.code(supervisor.key))


def test_four_wrong_step_up_codes_then_a_right_one_start_the_count_again(kit: Kit) -> None:
    supervisor = kit.staff("super1", Role.SUPERVISOR)
    for _ in range(2):
        for left in (4, 3, 2, 1):
            with pytest.raises(StepUpWrongCode) as wrong:
                kit.desk.staff.step_up(supervisor.handle, wrong_code(kit, supervisor.key))
            assert wrong.value.params == {"attempts_left": left}
        kit.step_up(supervisor)
    assert kit.desk.staff.me(supervisor.handle).username == "super1"
    assert events(kit.desk, "staff.locked") == []


def test_a_replayed_step_up_code_is_a_wrong_one(kit: Kit) -> None:
    supervisor = kit.staff("super1", Role.SUPERVISOR)
    used = kit.code(supervisor.key)
    kit.desk.staff.step_up(supervisor.handle, used)
    with pytest.raises(StepUpWrongCode):
        kit.desk.staff.step_up(supervisor.handle, used)


def test_one_step_up_approves_one_request(kit: Kit) -> None:
    agent = kit.staff("agent1", Role.AGENT)
    supervisor = kit.staff("super1", Role.SUPERVISOR)
    first = kit.pending(agent, kit.customer())
    second = kit.pending(agent, kit.customer(kana="ミホン ハナコ", kanji="見本 花子"),
                         holder="ﾐﾎﾝ ﾊﾅｺ", number="2222222")
    kit.step_up(supervisor)
    kit.desk.requests.approve(supervisor.handle, first.id)
    with pytest.raises(StepUpRequired):
        kit.desk.requests.approve(supervisor.handle, second.id)
    assert kit.desk.requests.get(agent.handle, second.id).status is RequestStatus.PENDING
    kit.step_up(supervisor)
    assert kit.desk.requests.approve(supervisor.handle, second.id).status is (
        RequestStatus.APPROVED)


def test_a_step_up_is_fresh_for_two_minutes(kit: Kit) -> None:
    agent = kit.staff("agent1", Role.AGENT)
    supervisor = kit.staff("super1", Role.SUPERVISOR)
    pending = kit.pending(agent, kit.customer())
    kit.step_up(supervisor)
    kit.clock.advance(minutes=2, seconds=1)
    with pytest.raises(StepUpRequired):
        kit.desk.requests.approve(supervisor.handle, pending.id)


def test_the_system_cannot_act_as_a_person(kit: Kit) -> None:
    agent = kit.staff("agent1", Role.AGENT)
    pending = kit.pending(agent, kit.customer())
    for operation in (lambda: kit.desk.requests.approve(SYSTEM, pending.id),
                      lambda: kit.desk.staff.add(SYSTEM, username="x", display_name="x",
                                                 employee_no="E-X",
                                                 roles=frozenset({Role.ADMIN}),
                                                 password=PASSWORD),
                      lambda: kit.desk.policies.set(SYSTEM, "cooling_off_hours", 0)):
        with pytest.raises(PermissionDenied):
            operation()
    for needs_a_session in (lambda: kit.desk.staff.step_up(SYSTEM, "123456"),
                            lambda: kit.desk.calls.take(SYSTEM)):
        with pytest.raises((PermissionDenied, SessionExpired)):
            needs_a_session()


# --- one step-up, two processes (PostgreSQL) ----------------------------------------------------

ROUNDS = 20


def _approver(url: str, installation_id: str, material: dict[str, str], check: tuple[str, ...],
              name: str, folder: str, token: str, inbox: Any, outbox: Any,
              barrier: Any) -> None:
    """One workstation in its own process: the same supervisor's handle, its own Desk. Each
    round: the request to approve and the time, then the barrier, then approve."""
    backend = MemoryKeyring()
    KeyStore(installation_id, backend).import_material(material, KeyCheck(*check))
    db = Database(url)
    clock = FakeClock()
    desk = Desk.open(db, workstation=Workstation(name, Path(folder) / f"{name}.json"),
                     keyring_backend=backend, clock=clock)
    handle = SessionHandle(token)
    try:
        while True:
            job = inbox.get(timeout=300)
            if job is None:
                break
            request_id, now = job
            clock.set(datetime.fromisoformat(now))
            barrier.wait()
            try:
                desk.requests.approve(handle, request_id)
                outbox.put((name, request_id, "approved"))
            except AuthDeskError as exc:
                outbox.put((name, request_id, type(exc).__name__))
            except Exception as exc:  # pragma: no cover - reported by the test
                outbox.put((name, request_id, repr(exc)))
    finally:
        db.dispose()


def _race(desk: Desk, kit: Kit, supervisor: Person, pairs: list[list[int]],
          check: tuple[str, ...], app_url: str, tmp_path: Path) -> list[list[str]]:
    """Two workstation processes approve each pair at a barrier after ONE step-up."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2, timeout=120)
    inboxes = [context.Queue(), context.Queue()]
    outbox = context.Queue()
    workers = [
        context.Process(target=_approver, args=(
            app_url, desk.installation_id, desk.keys.export_material(), check,
            f"ws-{n}", str(tmp_path), supervisor.handle.token, inboxes[n], outbox, barrier))
        for n in range(2)
    ]
    for w in workers:
        w.start()
    rounds: list[list[str]] = []
    try:
        for pair in pairs:
            kit.step_up(supervisor)  # ONE step-up for the two approvals
            now = kit.clock.now().isoformat()
            for inbox, request_id in zip(inboxes, pair, strict=True):
                inbox.put((request_id, now))
            results = sorted(outbox.get(timeout=120) for _ in range(2))
            rounds.append([outcome for _, _, outcome in results])
    finally:
        for inbox in inboxes:
            inbox.put(None)
        for w in workers:
            w.join(timeout=120)
    assert [w.exitcode for w in workers] == [0, 0]

    return rounds


@pytest.mark.postgres
@pytest.mark.slow
def test_one_step_up_approves_one_request_across_two_processes_on_postgresql(
        postgres_url: str, tmp_path: Path) -> None:
    db = Database(postgres_url)
    clock = FakeClock()
    keyring = MemoryKeyring()
    desk = Desk.initialise(db, workstation=Workstation("ws-main", tmp_path / "main.json"),
                           keyring_backend=keyring, clock=clock)
    kit = Kit(desk, clock)
    agent = kit.staff("agent1", Role.AGENT)
    supervisor = kit.staff("super1", Role.SUPERVISOR)
    pairs = []
    for n in range(ROUNDS):
        pair = []
        for k in range(2):
            customer = kit.customer(kana="ミホン タロウ", number=f"C{8000000 + 2 * n + k:07d}")
            pair.append(kit.pending(agent, customer, number=f"{5000000 + 2 * n + k:07d}").id)
        pairs.append(pair)
    with desk.kernel.read() as s:
        meta = {m.key: m.value for m in s.scalars(select(Meta))}
    check = (meta["key_check"], meta["signing_public_key"], meta["key_id"])

    # The workstations connect as the application role: the app refuses a role that could
    # rewrite the audit log (issue 9), such as the superuser that set the database up.
    with pg_app_role(postgres_url) as role:
        set_up_app_role(desk.db, role, APP_ROLE_PASSWORD)
        rounds = _race(desk, kit, supervisor, pairs, check, url_as(postgres_url, role),
                       tmp_path)

    both = [r for r in rounds if r == ["approved", "approved"]]
    assert not both, f"{len(both)} of {ROUNDS} rounds approved twice with one step-up"
    assert all(sorted(r) == ["StepUpRequired", "approved"] for r in rounds), rounds
    with desk.kernel.read() as s:
        approved = len(events(desk, "request.approved"))
        assert s.scalar(select(StaffSession.stepped_up_at).where(
            StaffSession.id == session_id_of(desk, supervisor.handle))) is None
    assert approved == ROUNDS
    db.dispose()
