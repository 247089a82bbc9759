"""Every operation, every role: the real service refuses an actor whose only role the ALLOWED
matrix does not list, and lets through one it does, below any GUI. Plus four eyes under a
second login of the same person."""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from request_fixtures import LICENCE, Kit, Person

from authdesk.core import audit
from authdesk.core.auditview import AuditReader
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.errors import AuthDeskError, PermissionDenied
from authdesk.core.keys import MemoryKeyring
from authdesk.core.keystatus import key_status
from authdesk.core.requests import RequestStatus, SameApproverRefused
from authdesk.core.roles import ALLOWED, Actor, Operation, Role
from authdesk.core.workstation import Workstation
from authdesk.storage.db import Database, sqlite_url


@dataclass
class World:
    """One database, shared by the module: an actor per role and something to act on."""

    desk: Desk
    kit: Kit
    folder: Path
    actors: dict[Role, Actor] = field(default_factory=dict)
    customer: int = 0  # active factor, a draft request
    free_customer: int = 0  # no open request
    draft: int = 0
    to_approve: int = 0
    to_reject: int = 0
    to_cancel: int = 0
    notification: int = 0
    serial: Iterator[int] = field(default_factory=lambda: itertools.count(100))


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    # Module-scoped, so the ~120 cases share one set of signed-in staff. Same choice of
    # database as tests/conftest.py's function-scoped fixtures.
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
    w = World(desk, kit, folder)
    people: dict[Role, Person] = {role: kit.staff(f"only-{role}", role) for role in Role}
    w.actors = {role: person.actor for role, person in people.items()}
    agent = people[Role.AGENT]
    helper = kit.staff("helper", Role.AGENT)  # prepares requests; never under test

    w.customer = kit.customer()
    kit.active_factor(helper, w.customer)
    w.draft = kit.draft(helper, w.customer).id
    w.free_customer = kit.customer(kana="ミホン ハナコ", kanji="見本 花子")
    for attr, number in (("to_approve", "2000001"), ("to_reject", "2000002"),
                         ("to_cancel", "2000003")):
        customer = kit.customer()
        setattr(w, attr, kit.pending(helper, customer, number=number).id)
    with desk.write() as s:
        w.notification = desk.notifications.queue(s, w.customer, None, "test.notice")[0]
    assert agent.actor.username == "only-agent"
    yield w
    db.dispose()


def _customer_fields(w: World) -> dict[str, str]:
    n = next(w.serial)
    return {"number": f"C{8000000 + n:07d}", "name_kanji": "見本 追加",
            "name_kana": "ミホン ツイカ", "birth_date": "1970-01-01", "postal_code": "100-0001",
            "address": "東京都千代田区見本町9-9", "phone": f"090-0000-{n:04d}"}


def _gate(operation: Operation) -> Callable[[World, Actor], object]:
    """For operations whose only enforcement point is the GUI page or an admin CLI command
    built on ``Desk.authorize``: exercise that same gate."""

    def probe(w: World, actor: Actor) -> object:
        with w.desk.read() as s:
            return w.desk.authorize(s, actor, operation)

    return probe


def _export(w: World, actor: Actor) -> object:
    return w.desk.audit.export(actor, w.folder / f"export-{next(w.serial)}.jsonl")


Op = Operation
PROBES: dict[Operation, Callable[[World, Actor], object]] = {
    Op.SEARCH_CUSTOMERS: lambda w, a: w.desk.customers.search(a, "ミホン"),
    Op.VIEW_CUSTOMER: lambda w, a: w.desk.customers.view(a, w.customer),
    Op.UNMASK_FIELD: lambda w, a: w.desk.customers.unmask(a, w.customer, "phone",
                                                         "caller asked to confirm it"),
    Op.IMPORT_CUSTOMERS: lambda w, a: w.desk.customers.add(a, **_customer_fields(w)),
    Op.ENROLL_FACTOR: lambda w, a: w.desk.factors.enroll(a, w.customer),
    Op.ACTIVATE_FACTOR: lambda w, a: w.desk.factors.activate(a, w.customer, "123456"),
    Op.VERIFY_CUSTOMER: lambda w, a: w.desk.factors.start_verification(a, w.customer),
    Op.UNLOCK_FACTOR: lambda w, a: w.desk.factors.unlock(a, w.customer,
                                                        "licence checked and call-back made"),
    Op.REENROLL_FACTOR: lambda w, a: w.desk.factors.reenroll(a, w.free_customer),
    Op.REVOKE_FACTOR: lambda w, a: w.desk.factors.revoke(a, w.free_customer, "phone stolen."),
    Op.RECORD_DOCUMENT: lambda w, a: w.desk.requests.record_document(a, w.customer, LICENCE),
    Op.RECORD_CALLBACK: lambda w, a: w.desk.requests.record_callback(a, w.draft, "called back"),
    Op.CREATE_REQUEST: lambda w, a: w.desk.requests.create(
        a, w.free_customer, bank_code="0005", branch_code="001", account_type="ordinary",
        account_number=f"{3000000 + next(w.serial):07d}", holder="ﾐﾎﾝ ﾊﾅｺ"),
    Op.CANCEL_REQUEST: lambda w, a: w.desk.requests.cancel(a, w.to_cancel, "customer called"),
    Op.APPROVE_REQUEST: lambda w, a: w.desk.requests.approve(a, w.to_approve),
    Op.REJECT_REQUEST: lambda w, a: w.desk.requests.reject(a, w.to_reject, "failed questions"),
    Op.VIEW_QUEUE: lambda w, a: w.desk.requests.queue(a),
    Op.VIEW_REQUEST: lambda w, a: w.desk.requests.get(a, w.draft),
    Op.APPLY_DUE_REQUESTS: lambda w, a: w.desk.requests.apply_due(a),
    Op.VIEW_OUTBOX: lambda w, a: w.desk.notifications.outbox(a),
    Op.MARK_NOTIFICATION: lambda w, a: w.desk.notifications.mark_sent(a, w.notification),
    Op.VIEW_AUDIT: lambda w, a: AuditReader(w.desk, a).head_seq(),
    Op.VERIFY_AUDIT: lambda w, a: w.desk.audit.verify(a),
    Op.EXPORT_AUDIT: _export,
    Op.MANAGE_STAFF: lambda w, a: w.desk.staff.unlock(a, "helper"),
    Op.VIEW_STAFF: lambda w, a: w.desk.staff.list(a),
    Op.CHANGE_POLICY: lambda w, a: w.desk.set_policy(a, "request_expiry_days", 7),
    Op.VIEW_POLICY: _gate(Op.VIEW_POLICY),  # the GUI's policy page
    Op.VIEW_KEYS: lambda w, a: key_status(w.desk, a),
    Op.TRANSFER_KEYS: _gate(Op.TRANSFER_KEYS),  # authdesk-admin keys export / import
}


def test_every_operation_has_a_probe() -> None:
    missing = sorted(set(Operation) - set(PROBES))
    assert not missing, f"add a probe calling the service method for {missing}"


@pytest.mark.parametrize(("operation", "role"),
                         [(o, r) for o in Operation for r in Role],
                         ids=[f"{o.value}-{r.value}" for o in Operation for r in Role])
def test_only_the_allowed_roles_get_through(world: World, operation: Operation,
                                            role: Role) -> None:
    probe = PROBES[operation]
    actor = world.actors[role]
    if role in ALLOWED[operation]:
        try:
            probe(world, actor)
        except PermissionDenied as refused:  # pragma: no cover - the failure being tested
            pytest.fail(f"{role} is allowed {operation} but was refused: {refused}")
        except AuthDeskError:
            pass  # past the role check, refused by a rule of the operation itself
    else:
        before = head(world.desk)
        with pytest.raises(PermissionDenied, match=re.escape(operation.value)):
            probe(world, actor)
        assert head(world.desk) == before, "a refused call wrote to the log"


def head(desk: Desk) -> int:
    with desk.read() as s:
        return audit.head(s)[0]


# --- four eyes below the GUI -----------------------------------------------------------------


@pytest.fixture
def kit(desk: Desk, clock: FakeClock) -> Kit:
    return Kit(desk, clock)


def test_an_agent_cannot_approve_even_with_a_fresh_step_up(kit: Kit) -> None:
    requester = kit.staff("agent1", Role.AGENT)
    pending = kit.pending(requester, kit.customer())
    other_agent = kit.staff("agent2", Role.AGENT)
    kit.step_up(other_agent)  # what a bypassed GUI would have asked for
    with pytest.raises(PermissionDenied, match=re.escape("request.approve")):
        kit.desk.requests.approve(other_agent.actor, pending.id)
    assert kit.desk.requests.get(requester.actor, pending.id).status is RequestStatus.PENDING


def test_self_approval_is_refused_under_a_second_login_of_the_same_employee(kit: Kit) -> None:
    first_login = kit.staff("suzuki.agent", Role.AGENT, employee_no="E-4242")
    pending = kit.pending(first_login, kit.customer())
    # At most one active account per employee number: disable the first login after it
    # opened the request, then give the same employee a supervisor login.
    kit.desk.staff.disable(kit.cli, "suzuki.agent")
    second_login = kit.staff("suzuki.super", Role.SUPERVISOR, employee_no="E-4242")
    assert second_login.actor.staff_id != first_login.actor.staff_id
    kit.step_up(second_login)
    with pytest.raises(SameApproverRefused, match="another login"):
        kit.desk.requests.approve(second_login.actor, pending.id)
    colleague = kit.staff("yamada.super", Role.SUPERVISOR, employee_no="E-5151")
    kit.step_up(colleague)
    approved = kit.desk.requests.approve(colleague.actor, pending.id)
    assert approved.status is RequestStatus.APPROVED
