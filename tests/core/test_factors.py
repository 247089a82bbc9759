"""The customer TOTP factor: enrollment, activation, step-up verification and its limits.

Each rule of DESIGN.md §3/§6 has a test here that fails if the rule is removed. Codes come from
pyotp at the fake clock's time; the clock moves at least one 30 s step between accepted codes.
"""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pyotp
import pytest
from helpers import Staffing
from sqlalchemy import select, text
from sqlalchemy.orm import object_session

from authdesk.core.authority import SessionHandle
from authdesk.core.calls import CallOutcome
from authdesk.core.clock import FakeClock, as_utc
from authdesk.core.desk import Desk
from authdesk.core.errors import AuthDeskError, InvalidInput, PermissionDenied
from authdesk.core.factors import (
    ActivationExpired,
    FactorExists,
    FactorLocked,
    FactorNotLocked,
    FactorService,
    FactorState,
    NoActiveFactor,
    NotAwaitingActivation,
    ReplayedCode,
    TooManyVerifications,
    VerificationHandle,
    VerificationNotFound,
    VerificationOfAnotherCall,
    VerificationVoid,
    WrongCode,
)
from authdesk.core.factorstate import factor_state
from authdesk.core.keys import MemoryKeyring
from authdesk.core.otp import MalformedCode
from authdesk.core.roles import Role
from authdesk.core.workstation import Workstation
from authdesk.storage.db import Database
from authdesk.storage.models import (
    AuditEvent,
    ContactChange,
    Customer,
    CustomerFactor,
    Notification,
    Verification,
)

CUSTOMER = {
    "number": "C0000001", "name_kanji": "山田 太郎", "name_kana": "ヤマダ タロウ",
    "birth_date": "1980-04-01", "postal_code": "100-0001", "address": "東京都千代田区千代田1-1",
    "phone": "090-1234-5678",
}
OTHER = {**CUSTOMER, "number": "C0000002", "name_kanji": "山本 花子",
         "name_kana": "ヤマモト ハナコ", "phone": "03-1111-2222"}
UNLOCK_REASON = "運転免許証で本人確認、登録電話番号へ折り返し済み"


def state(desk: Desk, customer_id: int) -> FactorState:
    """The factor's state as stored (read directly: no session involved)."""
    with desk.kernel.read() as s:
        return factor_state(s, customer_id)


def code(key: str, clock: FakeClock, steps: int = 0) -> str:
    return pyotp.TOTP(key).at(clock.now() + timedelta(seconds=30 * steps))


def wrong(key: str, clock: FakeClock) -> str:
    """A well-formed code that matches no step within ±2 of now."""
    near = {code(key, clock, k) for k in range(-2, 3)}
    return next(c for c in (f"{n:06d}" for n in range(0, 1_000_000, 7919)) if c not in near)


def events(desk: Desk, action: str | None = None) -> list[AuditEvent]:
    with desk.kernel.read() as s:
        query = select(AuditEvent).order_by(AuditEvent.seq)
        if action is not None:
            query = query.where(AuditEvent.action == action)
        rows = list(s.scalars(query))
        s.expunge_all()
        return rows


def factor_row(desk: Desk, customer_id: int) -> CustomerFactor:
    with desk.kernel.read() as s:
        row = s.scalars(select(CustomerFactor).where(CustomerFactor.customer_id == customer_id)
                        .order_by(CustomerFactor.id.desc())).first()
        assert row is not None
        s.expunge_all()
        return row


def snapshot(desk: Desk) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table a factor operation could touch, except the audit log."""
    with desk.kernel.read() as s:
        return {
            model.__tablename__: [tuple(r) for r in s.execute(
                select(model.__table__).order_by(model.__table__.c.id))]
            for model in (Customer, ContactChange, CustomerFactor, Verification, Notification)
        }


@pytest.fixture
def staffing(desk: Desk, clock: FakeClock) -> Staffing:
    return Staffing(desk, clock)


@pytest.fixture
def it(staffing: Staffing) -> SessionHandle:
    """The IT administrator, signed in."""
    return staffing.admin


@pytest.fixture
def customer(desk: Desk, it: SessionHandle) -> int:
    return desk.customers.add(it, **CUSTOMER)


@pytest.fixture
def other_customer(desk: Desk, it: SessionHandle) -> int:
    return desk.customers.add(it, **OTHER)


@pytest.fixture
def agent(staffing: Staffing) -> SessionHandle:
    """An agent, signed in and on a call (verifications happen inside a call)."""
    return staffing.add("agent1", Role.AGENT, call=True).handle


@pytest.fixture
def agent2(staffing: Staffing) -> SessionHandle:
    return staffing.add("agent2", Role.AGENT, call=True).handle


@pytest.fixture
def supervisor(staffing: Staffing) -> SessionHandle:
    return staffing.add("super1", Role.SUPERVISOR).handle


@pytest.fixture
def key(desk: Desk, agent: SessionHandle, customer: int, clock: FakeClock) -> str:
    """An active factor for ``customer``; the clock is moved past the activation's steps."""
    enrollment = desk.factors.enroll(agent, customer, "in_branch")
    desk.factors.activate(agent, customer, code(enrollment.manual_key, clock))
    clock.advance(minutes=2)
    return enrollment.manual_key


@pytest.fixture
def second_desk(database_url: str, memory_keyring: MemoryKeyring, clock: FakeClock,
                tmp_path: Path, desk: Desk) -> Iterator[Desk]:
    """Another workstation on the same database."""
    db = Database(database_url)
    yield Desk.open(db, workstation=Workstation("ws-test-02", tmp_path / "ws2.json"),
                    keyring_backend=memory_keyring, clock=clock)
    db.dispose()


@pytest.fixture
def elsewhere(staffing: Staffing, second_desk: Desk, agent2: SessionHandle) -> SessionHandle:
    """agent2, signed in at the other workstation and on a call there."""
    return staffing.again("agent2", call=True, at=second_desk)


# --- enrollment --------------------------------------------------------------------------------


def test_enroll_issues_a_20_byte_secret_once_and_stores_it_encrypted(
        desk: Desk, agent: SessionHandle, customer: int) -> None:
    enrollment = desk.factors.enroll(agent, customer)
    uri = urlparse(enrollment.uri)
    query = parse_qs(uri.query)
    assert (uri.scheme, uri.netloc, uri.path) == ("otpauth", "totp", "/AuthDesk:C0000001")
    assert query["issuer"] == ["AuthDesk"] and query["secret"] == [enrollment.manual_key]
    assert (query["algorithm"], query["digits"], query["period"]) == (["SHA1"], ["6"], ["30"])
    padded = enrollment.manual_key + "=" * (-len(enrollment.manual_key) % 8)
    secret = base64.b32decode(padded)
    assert len(secret) == 20
    assert enrollment.manual_key not in repr(enrollment) and "otpauth" not in repr(enrollment)

    row = factor_row(desk, customer)
    assert row.state == "pending" and row.delivery == "letter"
    assert secret not in row.secret_enc
    assert desk.keys.decrypt(row.secret_enc, f"customer-factor:{row.id}") == secret
    with pytest.raises(Exception):  # noqa: B017 - the context binds the ciphertext to the row
        desk.keys.decrypt(row.secret_enc, f"customer-factor:{row.id + 1}")
    assert row.activation_expires_at is not None
    assert as_utc(row.activation_expires_at) == desk.clock.now() + timedelta(days=21)
    assert state(desk, customer) == FactorState.PENDING

    (event,) = events(desk, "factor.enrolled")
    details = json.loads(event.details)
    assert details["delivery"] == "letter" and event.subject == "customer:C0000001"
    everything = " ".join(e.details for e in events(desk))
    assert enrollment.manual_key not in everything and secret.hex() not in everything


def test_letter_enrollment_queues_the_activation_letter(desk: Desk, agent: SessionHandle,
                                                        customer: int) -> None:
    desk.factors.enroll(agent, customer, "letter")
    with desk.kernel.read() as s:
        (letter,) = s.scalars(select(Notification))
        assert (letter.channel, letter.kind, letter.status) == (
            "letter", "factor_activation_letter", "queued")
        assert letter.customer_id == customer
        letter_id = letter.id
    assert json.loads(events(desk, "factor.enrolled")[0].details)["letter"] == letter_id


def test_in_branch_enrollment_sends_no_letter(desk: Desk, agent: SessionHandle,
                                              customer: int) -> None:
    desk.factors.enroll(agent, customer, "in_branch")
    with desk.kernel.read() as s:
        assert s.scalars(select(Notification)).first() is None


def test_enroll_refuses_a_second_factor(desk: Desk, agent: SessionHandle, customer: int) -> None:
    desk.factors.enroll(agent, customer)
    with pytest.raises(FactorExists, match="pending"):
        desk.factors.enroll(agent, customer)
    with desk.kernel.read() as s:
        assert len(list(s.scalars(select(CustomerFactor)))) == 1


def test_enroll_refuses_bad_delivery_and_other_roles(desk: Desk, agent: SessionHandle,
                                                     customer: int, staffing: Staffing) -> None:
    with pytest.raises(InvalidInput):
        desk.factors.enroll(agent, customer, "email")
    auditor = staffing.add("auditor1", Role.AUDITOR).handle
    with pytest.raises(PermissionDenied):
        desk.factors.enroll(auditor, customer)
    assert state(desk, customer) == FactorState.NONE


# --- activation --------------------------------------------------------------------------------


def test_first_code_read_back_activates(desk: Desk, agent: SessionHandle, customer: int,
                                        clock: FakeClock, staffing: Staffing) -> None:
    enrollment = desk.factors.enroll(agent, customer)
    key = enrollment.manual_key
    with pytest.raises(WrongCode, match="9 attempts left"):
        desk.factors.activate(agent, customer, wrong(key, clock))
    assert factor_row(desk, customer).consecutive_failures == 1
    assert events(desk, "factor.activation.failed")[0].outcome == "refused"
    clock.advance(days=20)
    agent = staffing.again("agent1")  # the letter took days; a new working day, a new session
    desk.factors.activate(agent, customer, code(key, clock))
    row = factor_row(desk, customer)
    assert row.state == "active" and row.consecutive_failures == 0
    assert row.last_step is not None
    assert state(desk, customer) == FactorState.ACTIVE
    assert len(events(desk, "factor.activated")) == 1
    with pytest.raises(NotAwaitingActivation):
        desk.factors.activate(agent, customer, code(key, clock, 1))


def test_activation_expires_after_21_days(desk: Desk, agent: SessionHandle, customer: int,
                                          clock: FakeClock, staffing: Staffing) -> None:
    key = desk.factors.enroll(agent, customer).manual_key
    clock.advance(days=21, seconds=1)
    agent = staffing.again("agent1")
    with pytest.raises(ActivationExpired, match="2026-01-26"):
        desk.factors.activate(agent, customer, code(key, clock))
    assert state(desk, customer) == FactorState.PENDING
    (event,) = events(desk, "factor.activation.refused")
    assert json.loads(event.details)["reason"] == "expired" and event.outcome == "refused"


def test_wrong_activation_codes_lock_the_factor(desk: Desk, agent: SessionHandle,
                                                supervisor: SessionHandle, customer: int,
                                                clock: FakeClock) -> None:
    key = desk.factors.enroll(agent, customer).manual_key
    for _ in range(9):
        with pytest.raises(WrongCode):
            desk.factors.activate(agent, customer, wrong(key, clock))
    with pytest.raises(FactorLocked):
        desk.factors.activate(agent, customer, wrong(key, clock))
    with pytest.raises(FactorLocked):
        desk.factors.activate(agent, customer, code(key, clock))
    desk.factors.unlock(supervisor, customer, UNLOCK_REASON)
    assert state(desk, customer) == FactorState.PENDING  # never activated
    desk.factors.activate(agent, customer, code(key, clock))
    assert state(desk, customer) == FactorState.ACTIVE


# --- verification: drift and replay ------------------------------------------------------------


@pytest.mark.parametrize("steps", [-1, 0, 1])
def test_drift_of_one_step_is_accepted(desk: Desk, agent: SessionHandle, customer: int, key: str,
                                       clock: FakeClock, steps: int) -> None:
    handle = desk.factors.start_verification(agent, customer)
    outcome = desk.factors.verify(agent, handle.id, code(key, clock, steps))
    assert outcome.fresh_until == clock.now() + timedelta(minutes=15)
    (event,) = events(desk, "totp.verification.succeeded")
    assert json.loads(event.details)["drift"] == steps


@pytest.mark.parametrize("steps", [-2, 2])
def test_drift_of_two_steps_is_refused(desk: Desk, agent: SessionHandle, customer: int, key: str,
                                       clock: FakeClock, steps: int) -> None:
    handle = desk.factors.start_verification(agent, customer)
    with pytest.raises(WrongCode):
        desk.factors.verify(agent, handle.id, code(key, clock, steps))
    assert events(desk, "totp.verification.succeeded") == []


def test_drift_follows_the_policy(desk: Desk, it: SessionHandle, agent: SessionHandle,
                                  customer: int, key: str, clock: FakeClock) -> None:
    desk.policies.set(it, "totp_drift_steps", 0)
    handle = desk.factors.start_verification(agent, customer)
    with pytest.raises(WrongCode):
        desk.factors.verify(agent, handle.id, code(key, clock, 1))
    desk.factors.verify(agent, handle.id, code(key, clock))


def test_a_used_code_is_refused_in_the_same_and_in_a_later_verification(
        desk: Desk, agent: SessionHandle, customer: int, key: str, clock: FakeClock) -> None:
    used = code(key, clock)
    first = desk.factors.start_verification(agent, customer)
    desk.factors.verify(agent, first.id, used)

    second = desk.factors.start_verification(agent, customer)
    for _ in range(2):  # the same verification, twice: still a replay, nothing counted
        with pytest.raises(ReplayedCode, match="already used"):
            desk.factors.verify(agent, second.id, used)
    clock.advance(seconds=30)  # the used step is now the previous one, inside the drift
    third = desk.factors.start_verification(agent, customer)
    with pytest.raises(ReplayedCode):
        desk.factors.verify(agent, third.id, used)

    replays = events(desk, "totp.verification.replayed")
    assert len(replays) == 3 and {e.outcome for e in replays} == {"refused"}
    assert factor_row(desk, customer).consecutive_failures == 0
    with desk.kernel.read() as s:
        assert [v.wrong_codes for v in s.scalars(select(Verification))] == [0, 0, 0]
    # The replays did not spoil the verification: the next code is accepted.
    desk.factors.verify(agent, second.id, code(key, clock))


def test_an_earlier_step_than_the_last_accepted_is_a_replay(
        desk: Desk, agent: SessionHandle, customer: int, key: str, clock: FakeClock) -> None:
    first = desk.factors.start_verification(agent, customer)
    desk.factors.verify(agent, first.id, code(key, clock, 1))
    second = desk.factors.start_verification(agent, customer)
    with pytest.raises(ReplayedCode):
        desk.factors.verify(agent, second.id, code(key, clock))  # older than the step used


def test_a_malformed_code_counts_nothing_and_writes_nothing(
        desk: Desk, agent: SessionHandle, customer: int, key: str) -> None:
    handle = desk.factors.start_verification(agent, customer)
    before, audit_before = snapshot(desk), len(events(desk))
    for text_ in ("12345", "1234567", "abcdef", ""):
        with pytest.raises(MalformedCode):
            desk.factors.verify(agent, handle.id, text_)
    assert snapshot(desk) == before and len(events(desk)) == audit_before


def test_a_code_read_with_separators_or_full_width_digits_is_accepted(
        desk: Desk, agent: SessionHandle, customer: int, key: str, clock: FakeClock) -> None:
    digits = code(key, clock)
    full_width = str.maketrans("0123456789", "０１２３４５６７８９")
    spoken = f"{digits[:3]} {digits[3:]}".translate(full_width)
    handle = desk.factors.start_verification(agent, customer)
    desk.factors.verify(agent, handle.id, spoken)


# --- verification: failure limits --------------------------------------------------------------


def test_five_wrong_codes_void_the_verification(desk: Desk, agent: SessionHandle, customer: int,
                                                key: str, clock: FakeClock) -> None:
    handle = desk.factors.start_verification(agent, customer)
    assert handle.attempts_left == 5
    for left in (4, 3, 2, 1):
        with pytest.raises(WrongCode) as caught:
            desk.factors.verify(agent, handle.id, wrong(key, clock))
        assert caught.value.params == {"attempts_left": left}
    with pytest.raises(VerificationVoid):
        desk.factors.verify(agent, handle.id, wrong(key, clock))
    with pytest.raises(VerificationVoid):  # even the right code: the verification is over
        desk.factors.verify(agent, handle.id, code(key, clock))
    assert len(events(desk, "totp.verification.failed")) == 5
    assert json.loads(events(desk, "totp.verification.failed")[-1].details)["void"] is True
    assert factor_row(desk, customer).state == "active"  # 5 failures do not lock
    fresh = desk.factors.start_verification(agent, customer)
    desk.factors.verify(agent, fresh.id, code(key, clock))


def test_ten_consecutive_failures_across_agents_and_workstations_lock_the_factor(
        desk: Desk, second_desk: Desk, agent: SessionHandle, elsewhere: SessionHandle,
        customer: int, key: str, clock: FakeClock, staffing: Staffing) -> None:
    first = desk.factors.start_verification(agent, customer)
    for _ in range(4):
        with pytest.raises(WrongCode):
            desk.factors.verify(agent, first.id, wrong(key, clock))
    with pytest.raises(VerificationVoid):
        desk.factors.verify(agent, first.id, wrong(key, clock))

    second = second_desk.factors.start_verification(elsewhere, customer)
    assert second.attempts_left == 5
    for _ in range(3):
        with pytest.raises(WrongCode):
            second_desk.factors.verify(elsewhere, second.id, wrong(key, clock))

    third = desk.factors.start_verification(agent, customer)
    assert third.attempts_left == 2  # the factor's remaining failures, not the verification's 5
    with pytest.raises(WrongCode) as caught:
        desk.factors.verify(agent, third.id, wrong(key, clock))
    assert caught.value.params == {"attempts_left": 1}
    # The tenth consecutive failure, on the other workstation, by the other agent.
    fourth = second_desk.factors.start_verification(elsewhere, customer)
    with pytest.raises(FactorLocked, match="supervisor must unlock"):
        second_desk.factors.verify(elsewhere, fourth.id, wrong(key, clock))

    row = factor_row(desk, customer)
    assert (row.state, row.consecutive_failures) == ("locked", 10)
    (locked,) = events(desk, "factor.locked")
    assert locked.workstation == "ws-test-02"
    with pytest.raises(FactorLocked):
        desk.factors.start_verification(agent, customer)
    clock.advance(days=30)  # no automatic clear
    agent = staffing.again("agent1", call=True)
    with pytest.raises(FactorLocked):
        desk.factors.start_verification(agent, customer)
    assert state(desk, customer) == FactorState.LOCKED


def test_a_success_resets_the_consecutive_count(desk: Desk, it: SessionHandle, agent: SessionHandle,
                                                customer: int, key: str,
                                                clock: FakeClock) -> None:
    first = desk.factors.start_verification(agent, customer)
    for _ in range(4):
        with pytest.raises(WrongCode):
            desk.factors.verify(agent, first.id, wrong(key, clock))
    desk.factors.verify(agent, first.id, code(key, clock))
    assert factor_row(desk, customer).consecutive_failures == 0
    clock.advance(seconds=30)
    second = desk.factors.start_verification(agent, customer)
    for _ in range(4):
        with pytest.raises(WrongCode):
            desk.factors.verify(agent, second.id, wrong(key, clock))
    with pytest.raises(VerificationVoid):
        desk.factors.verify(agent, second.id, wrong(key, clock))
    third = desk.factors.start_verification(agent, customer)
    with pytest.raises(WrongCode):  # 10 wrong codes in all, but only 6 since the success
        desk.factors.verify(agent, third.id, wrong(key, clock))
    assert factor_row(desk, customer).state == "active"


def test_supervisor_unlock(desk: Desk, it: SessionHandle, agent: SessionHandle,
                           supervisor: SessionHandle, customer: int, key: str,
                           clock: FakeClock) -> None:
    with pytest.raises(FactorNotLocked):
        desk.factors.unlock(supervisor, customer, UNLOCK_REASON)
    desk.policies.set(it, "totp_consecutive_failures", 3)
    handle = desk.factors.start_verification(agent, customer)
    for error in (WrongCode, WrongCode, FactorLocked):
        with pytest.raises(error):
            desk.factors.verify(agent, handle.id, wrong(key, clock))
    with pytest.raises(PermissionDenied):
        desk.factors.unlock(agent, customer, UNLOCK_REASON)
    with pytest.raises(InvalidInput, match="call-back"):
        desk.factors.unlock(supervisor, customer, "ok")
    assert state(desk, customer) == FactorState.LOCKED
    desk.factors.unlock(supervisor, customer, UNLOCK_REASON)
    row = factor_row(desk, customer)
    assert (row.state, row.consecutive_failures) == ("active", 0)
    (event,) = events(desk, "factor.unlocked")
    assert json.loads(event.details)["reason"] == UNLOCK_REASON and event.role == "supervisor"
    handle = desk.factors.start_verification(agent, customer)
    desk.factors.verify(agent, handle.id, code(key, clock))


# --- concurrency -------------------------------------------------------------------------------


def test_two_agents_at_once_cannot_both_accept_one_code(
        desk: Desk, second_desk: Desk, it: SessionHandle, agent: SessionHandle,
        elsewhere: SessionHandle, customer: int, key: str, clock: FakeClock) -> None:
    desk.policies.set(it, "verifications_per_hour", 50)
    desk.policies.set(it, "verifications_per_day", 100)
    for _ in range(5):
        handles = [
            (desk, agent, desk.factors.start_verification(agent, customer).id),
            (second_desk, elsewhere,
             second_desk.factors.start_verification(elsewhere, customer).id),
        ]
        shared = code(key, clock)
        barrier = threading.Barrier(2)
        results: list[str] = []

        def attempt(d: Desk, actor: SessionHandle, verification_id: int, shared: str = shared,
                    barrier: threading.Barrier = barrier, results: list[str] = results) -> None:
            barrier.wait()
            try:
                d.factors.verify(actor, verification_id, shared)
                results.append("accepted")
            except ReplayedCode:
                results.append("replay")
            except AuthDeskError as exc:  # pragma: no cover - reported by the assertion
                results.append(repr(exc))

        threads = [threading.Thread(target=attempt, args=h) for h in handles]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert sorted(results) == ["accepted", "replay"]
        clock.advance(seconds=30)
    assert len(events(desk, "totp.verification.succeeded")) == 5
    assert len(events(desk, "totp.verification.replayed")) == 5


def test_a_step_claimed_after_our_read_is_still_refused(
        desk: Desk, agent: SessionHandle, customer: int, key: str, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Another workstation accepts the same code between this one's read of the factor and
    its update (the PostgreSQL interleaving); the conditional UPDATE must refuse it."""
    original = FactorService._match

    def racing_match(self: FactorService, factor: CustomerFactor, *args: Any) -> Any:
        match = original(self, factor, *args)
        session = object_session(factor)
        assert session is not None
        session.execute(text("UPDATE customer_factor SET last_step = :step WHERE id = :id"),
                        {"step": match.step, "id": factor.id})
        return match

    monkeypatch.setattr(FactorService, "_match", racing_match)
    handle = desk.factors.start_verification(agent, customer)
    with pytest.raises(ReplayedCode):
        desk.factors.verify(agent, handle.id, code(key, clock))
    assert events(desk, "totp.verification.succeeded") == []


# --- freshness ---------------------------------------------------------------------------------


def test_a_success_is_fresh_for_15_minutes_for_this_agent_and_customer(
        desk: Desk, agent: SessionHandle, agent2: SessionHandle, customer: int,
        other_customer: int, key: str, clock: FakeClock) -> None:
    handle = desk.factors.start_verification(agent, customer)
    outcome = desk.factors.verify(agent, handle.id, code(key, clock))
    until = clock.now() + timedelta(minutes=15)
    assert outcome.fresh_until == until
    assert desk.factors.freshness(agent, customer) == until
    assert desk.factors.freshness(agent2, customer) is None  # bound to the agent
    assert desk.factors.freshness(agent, other_customer) is None  # and to the customer
    with desk.kernel.read() as s:
        fresh = desk.factors.fresh_verification(s, desk.kernel.identify(s, agent), customer)
        assert fresh is not None and fresh.id == handle.id
        assert desk.factors.fresh_verification(s, desk.kernel.identify(s, agent2),
                                               customer) is None
    clock.advance(minutes=14, seconds=59)
    assert desk.factors.freshness(agent, customer) == until
    clock.advance(seconds=1)
    assert desk.factors.freshness(agent, customer) is None
    with desk.kernel.read() as s:
        assert desk.factors.fresh_verification(s, desk.kernel.identify(s, agent),
                                               customer) is None


def test_freshness_follows_the_policy(desk: Desk, it: SessionHandle, agent: SessionHandle,
                                      customer: int, key: str, clock: FakeClock) -> None:
    desk.policies.set(it, "stepup_fresh_minutes", 5)
    handle = desk.factors.start_verification(agent, customer)
    desk.factors.verify(agent, handle.id, code(key, clock))
    clock.advance(minutes=5)
    assert desk.factors.freshness(agent, customer) is None


def test_another_agent_cannot_use_a_verification(desk: Desk, agent: SessionHandle,
                                                 agent2: SessionHandle, customer: int, key: str,
                                                 clock: FakeClock) -> None:
    handle = desk.factors.start_verification(agent, customer)
    with pytest.raises(VerificationNotFound):
        desk.factors.verify(agent2, handle.id, code(key, clock))
    assert desk.factors.freshness(agent2, customer) is None
    desk.factors.verify(agent, handle.id, code(key, clock))


# --- rate limits -------------------------------------------------------------------------------


def test_five_verifications_an_hour_per_customer_across_agents(
        desk: Desk, agent: SessionHandle, agent2: SessionHandle, customer: int, key: str,
        clock: FakeClock, staffing: Staffing) -> None:
    start = clock.now()
    for i in range(5):
        desk.factors.start_verification(agent if i % 2 else agent2, customer)
        clock.advance(minutes=5)
    with pytest.raises(TooManyVerifications, match="5 codes in the last hour"):
        desk.factors.start_verification(agent, customer)
    (event,) = events(desk, "totp.verification.refused")
    assert event.outcome == "refused"
    clock.set(start + timedelta(minutes=59, seconds=59))
    agent = staffing.again("agent1", call=True)  # the next caller, after a break
    with pytest.raises(TooManyVerifications):
        desk.factors.start_verification(agent, customer)
    clock.set(start + timedelta(hours=1))  # the first start has left the rolling hour
    desk.factors.start_verification(agent, customer)


def test_ten_verifications_a_day_per_customer(desk: Desk, agent: SessionHandle, customer: int,
                                              key: str, clock: FakeClock,
                                              staffing: Staffing) -> None:
    start = clock.now()
    for _hour in range(2):
        for _ in range(5):
            desk.factors.start_verification(agent, customer)
            clock.advance(minutes=1)
        clock.advance(hours=1)
        agent = staffing.again("agent1", call=True)  # back from a break
    with pytest.raises(TooManyVerifications, match="10 codes in the last 24 hours"):
        desk.factors.start_verification(agent, customer)
    clock.set(start + timedelta(hours=23, minutes=59))
    agent = staffing.again("agent1", call=True)
    with pytest.raises(TooManyVerifications):
        desk.factors.start_verification(agent, customer)
    clock.set(start + timedelta(days=1, seconds=1))
    agent = staffing.again("agent1", call=True)
    desk.factors.start_verification(agent, customer)


def test_no_active_factor(desk: Desk, agent: SessionHandle, customer: int) -> None:
    with pytest.raises(NoActiveFactor):
        desk.factors.start_verification(agent, customer)
    desk.factors.enroll(agent, customer)
    with pytest.raises(NoActiveFactor):  # pending is not active
        desk.factors.start_verification(agent, customer)


# --- re-enrollment -----------------------------------------------------------------------------


def test_reenrollment_needs_a_supervisor_and_revokes_the_old_factor(
        desk: Desk, agent: SessionHandle, supervisor: SessionHandle, customer: int, key: str,
        clock: FakeClock) -> None:
    handle = desk.factors.start_verification(agent, customer)
    desk.factors.verify(agent, handle.id, code(key, clock))
    before = snapshot(desk)
    with pytest.raises(PermissionDenied):
        desk.factors.reenroll(agent, customer, "letter")
    assert snapshot(desk) == before

    old_id = factor_row(desk, customer).id
    enrollment = desk.factors.reenroll(supervisor, customer, "letter")
    assert enrollment.factor_id != old_id and enrollment.manual_key != key
    with desk.kernel.read() as s:
        old = s.get(CustomerFactor, old_id)
        assert old is not None and old.state == "revoked" and old.revoked_at is not None
    assert state(desk, customer) == FactorState.PENDING
    (revoked,) = events(desk, "factor.revoked")
    assert json.loads(revoked.details) == {"factor": old_id, "previous": "active",
                                           "reason": "re-enrolment",
                                           "after": {"state": "revoked", "failures": 0}}
    assert json.loads(events(desk, "factor.enrolled")[-1].details)["reenrolled"] is True
    # A step-up made with the revoked factor no longer counts.
    assert desk.factors.freshness(agent, customer) is None
    # The old app's codes are worthless; the new one activates.
    with pytest.raises(WrongCode):
        desk.factors.activate(agent, customer, code(key, clock, 1))
    desk.factors.activate(agent, customer, code(enrollment.manual_key, clock))


# --- every refusal is audited and changes nothing else -----------------------------------------


@dataclass
class Scene:
    desk: Desk
    clock: FakeClock
    agent: SessionHandle
    agent2: SessionHandle
    supervisor: SessionHandle
    customer: int
    other_customer: int
    key: str

    def verified_then_started(self) -> VerificationHandle:
        """A successful verification, then a new one started (for a replay)."""
        handle = self.desk.factors.start_verification(self.agent, self.customer)
        self.desk.factors.verify(self.agent, handle.id, code(self.key, self.clock))
        return self.desk.factors.start_verification(self.agent, self.customer)


def _void(scene: Scene) -> int:
    handle = scene.desk.factors.start_verification(scene.agent, scene.customer)
    for _ in range(5):
        with pytest.raises((WrongCode, VerificationVoid)):
            scene.desk.factors.verify(scene.agent, handle.id, wrong(scene.key, scene.clock))
    return handle.id


def _rate_limited(scene: Scene) -> None:
    for _ in range(5):
        scene.desk.factors.start_verification(scene.agent, scene.customer)


def _locked(scene: Scene) -> None:
    with scene.desk.kernel.write() as s:
        for row in s.scalars(select(CustomerFactor)):
            row.state = "locked"


REFUSALS: dict[str, tuple[Callable[[Scene], Any], Callable[[Scene, Any], Any],
                          type[AuthDeskError], str]] = {
    "second enrollment": (
        lambda sc: None,
        lambda sc, _: sc.desk.factors.enroll(sc.agent, sc.customer),
        FactorExists, "factor.enrolment.refused"),
    "no factor": (
        lambda sc: None,
        lambda sc, _: sc.desk.factors.start_verification(sc.agent, sc.other_customer),
        NoActiveFactor, "totp.verification.refused"),
    "locked factor": (
        _locked,
        lambda sc, _: sc.desk.factors.start_verification(sc.agent, sc.customer),
        FactorLocked, "totp.verification.refused"),
    "rate limit": (
        _rate_limited,
        lambda sc, _: sc.desk.factors.start_verification(sc.agent2, sc.customer),
        TooManyVerifications, "totp.verification.refused"),
    "replay": (
        Scene.verified_then_started,
        lambda sc, handle: sc.desk.factors.verify(sc.agent, handle.id, code(sc.key, sc.clock)),
        ReplayedCode, "totp.verification.replayed"),
    "void verification": (
        _void,
        lambda sc, vid: sc.desk.factors.verify(sc.agent, vid, code(sc.key, sc.clock)),
        VerificationVoid, "totp.verification.refused"),
    "another agent's verification": (
        lambda sc: sc.desk.factors.start_verification(sc.agent, sc.customer),
        lambda sc, handle: sc.desk.factors.verify(sc.agent2, handle.id, code(sc.key, sc.clock)),
        VerificationNotFound, "totp.verification.refused"),
    "activation of an active factor": (
        lambda sc: None,
        lambda sc, _: sc.desk.factors.activate(sc.agent, sc.customer, code(sc.key, sc.clock)),
        NotAwaitingActivation, "factor.activation.refused"),
    "unlock of an unlocked factor": (
        lambda sc: None,
        lambda sc, _: sc.desk.factors.unlock(sc.supervisor, sc.customer, UNLOCK_REASON),
        FactorNotLocked, "factor.unlock.refused"),
}


@pytest.mark.parametrize("name", sorted(REFUSALS))
def test_every_refusal_is_audited_and_changes_nothing_else(
        name: str, desk: Desk, clock: FakeClock, agent: SessionHandle, agent2: SessionHandle,
        supervisor: SessionHandle, customer: int, other_customer: int, key: str) -> None:
    setup, act, error, action = REFUSALS[name]
    scene = Scene(desk, clock, agent, agent2, supervisor, customer, other_customer, key)
    prepared = setup(scene)
    before, audit_before = snapshot(desk), events(desk)
    with pytest.raises(error):
        act(scene, prepared)
    assert snapshot(desk) == before
    new = events(desk)[len(audit_before):]
    assert [(e.action, e.outcome) for e in new] == [(action, "refused")]


def test_an_expired_activation_is_audited_and_changes_nothing_else(
        desk: Desk, agent: SessionHandle, customer: int, clock: FakeClock,
        staffing: Staffing) -> None:
    key = desk.factors.enroll(agent, customer).manual_key
    clock.advance(days=22)
    agent = staffing.again("agent1")
    before, audit_before = snapshot(desk), len(events(desk))
    with pytest.raises(ActivationExpired):
        desk.factors.activate(agent, customer, code(key, clock))
    assert snapshot(desk) == before
    assert [e.action for e in events(desk)[audit_before:]] == ["factor.activation.refused"]


# --- the real path -----------------------------------------------------------------------------


def test_a_signed_in_agent_verifies_a_customer(desk: Desk, clock: FakeClock) -> None:
    enrolled = desk.staff.create_first_admin(username="admin", display_name="Admin",
                                             employee_no="E001", password="correct horse battery")
    admin = desk.staff.sign_in("admin", "correct horse battery",
                               code(enrolled.manual_key, clock))
    customer = desk.customers.add(admin, **CUSTOMER)
    agent_key = desk.staff.add(admin, username="agent9", display_name="Agent", employee_no="E009",
                               roles=frozenset({Role.AGENT}),
                               password="another long password").manual_key
    auditor_key = desk.staff.add(admin, username="auditor9", display_name="Auditor",
                                 employee_no="E010", roles=frozenset({Role.AUDITOR}),
                                 password="another long password").manual_key
    agent = desk.staff.sign_in("agent9", "another long password", code(agent_key, clock))
    key = desk.factors.enroll(agent, customer, "in_branch").manual_key
    desk.factors.activate(agent, customer, code(key, clock))
    clock.advance(seconds=30)
    call = desk.calls.take(agent)
    handle = desk.factors.start_verification(agent, customer)
    outcome = desk.factors.verify(agent, handle.id, code(key, clock))
    assert desk.factors.freshness(agent, customer) == outcome.fresh_until
    assert desk.factors.state(agent, customer) is FactorState.ACTIVE
    assert desk.customers.view(agent, customer).factor_state == "active"
    with desk.kernel.read() as s:
        verification = s.get(Verification, handle.id)
        assert verification is not None and verification.call_id == call.id
    auditor = desk.staff.sign_in("auditor9", "another long password", code(auditor_key, clock))
    result = desk.audit.verify(auditor)
    assert result.ok, result.damage
    everything = " ".join(e.details for e in events(desk))
    assert key not in everything and agent_key not in everything


def test_a_verification_belongs_to_the_call_it_was_started_in(
        desk: Desk, agent: SessionHandle, customer: int, key: str, clock: FakeClock) -> None:
    started = desk.factors.start_verification(agent, customer)
    desk.calls.wrap_up(agent, CallOutcome.FOLLOW_UP, "Caller hung up before reading the code")
    desk.calls.take(agent)
    with pytest.raises(VerificationOfAnotherCall):
        desk.factors.verify(agent, started.id, code(key, clock))
    assert json.loads(events(desk, "totp.verification.refused")[-1].details)["reason"] == (
        "another call")
    assert desk.factors.freshness(agent, customer) is None


def test_revocation_needs_a_supervisor_and_a_reason_and_ends_step_ups(
        desk: Desk, agent: SessionHandle, supervisor: SessionHandle, customer: int, key: str,
        clock: FakeClock) -> None:
    before = snapshot(desk)
    with pytest.raises(PermissionDenied):
        desk.factors.revoke(agent, customer, "customer lost the phone")
    with pytest.raises(InvalidInput):
        desk.factors.revoke(supervisor, customer, "lost")
    assert snapshot(desk) == before
    desk.factors.revoke(supervisor, customer, "customer lost the phone")
    assert state(desk, customer) == FactorState.REVOKED
    with pytest.raises(NoActiveFactor):
        desk.factors.start_verification(agent, customer)
    with pytest.raises(NoActiveFactor):
        desk.factors.revoke(supervisor, customer, "customer lost the phone")
