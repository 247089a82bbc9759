"""Staff sign-in rules (DESIGN.md §3, §6): password + own TOTP, lockout after 5 failures for
15 minutes, idle lock at 30 minutes, absolute limit at 12 hours, no code replay, one active
account per employee number, and no secret in the audit log."""

from __future__ import annotations

import pyotp
import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from authdesk.core import staff as staff_module
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk, system_actor
from authdesk.core.errors import AuthDeskError, InvalidInput
from authdesk.core.roles import Actor, Role
from authdesk.core.staff import (
    AccountDisabled,
    AccountLocked,
    AdminExists,
    DuplicateEmployee,
    Enrollment,
    SessionExpired,
    SessionLocked,
    SignInFailed,
    StepUpRequired,
    WeakPassword,
)
from authdesk.storage.models import AuditEvent, Staff

PASSWORD = "correct horse battery"
WRONG = "Tr0ub4dor&3-not-it"


@pytest.fixture
def cli(desk: Desk) -> Actor:
    return system_actor(desk.workstation, username="cli:it")


@pytest.fixture
def agent(desk: Desk, cli: Actor) -> Enrollment:
    return desk.staff.add(cli, username="agent1", display_name="Agent One", employee_no="E002",
                          roles=frozenset({Role.AGENT}), password=PASSWORD)


def code(enrol: Enrollment, clock: FakeClock) -> str:
    return pyotp.TOTP(enrol.manual_key).at(clock.now())


def sign_in(desk: Desk, enrol: Enrollment, clock: FakeClock) -> Actor:
    """A successful sign-in on a new time step (each step is accepted once)."""
    clock.advance(seconds=30)
    return desk.staff.sign_in(enrol.username, PASSWORD, code(enrol, clock))


def fail(desk: Desk, enrol: Enrollment, clock: FakeClock) -> AuthDeskError:
    clock.advance(seconds=30)
    with pytest.raises((SignInFailed, AccountLocked)) as info:
        desk.staff.sign_in(enrol.username, WRONG, code(enrol, clock))
    return info.value


def audit_rows(desk: Desk) -> list[AuditEvent]:
    with desk.read() as s:
        rows = list(s.scalars(select(AuditEvent).order_by(AuditEvent.seq)))
        s.expunge_all()
    return rows


# -- password and code ---------------------------------------------------------------------------


def test_sign_in_needs_password_and_code(desk: Desk, agent: Enrollment, clock: FakeClock) -> None:
    clock.advance(seconds=30)
    with pytest.raises(SignInFailed):
        desk.staff.sign_in("agent1", WRONG, code(agent, clock))
    with pytest.raises(SignInFailed):
        desk.staff.sign_in("agent1", PASSWORD, "000000" if code(agent, clock) != "000000"
                           else "111111")
    actor = desk.staff.sign_in("agent1", PASSWORD, code(agent, clock))
    assert actor.roles == frozenset({Role.AGENT}) and actor.employee_no == "E002"
    assert actor.session_id


def test_unknown_user_is_refused_like_a_wrong_password(desk: Desk, clock: FakeClock) -> None:
    with pytest.raises(SignInFailed):
        desk.staff.sign_in("nobody", PASSWORD, "123456")


def test_replayed_code_is_refused(desk: Desk, agent: Enrollment, clock: FakeClock) -> None:
    actor = sign_in(desk, agent, clock)
    used = code(agent, clock)
    desk.staff.sign_out(actor)
    with pytest.raises(SignInFailed):
        desk.staff.sign_in("agent1", PASSWORD, used)  # same time step, same code
    clock.advance(seconds=20)  # still inside the drift window of the used step
    with pytest.raises(SignInFailed):
        desk.staff.sign_in("agent1", PASSWORD, used)
    failures = [r for r in audit_rows(desk) if r.action == "staff.signin.failed"]
    assert failures and '"reason":"code"' in failures[-1].details


def test_step_up_refuses_the_code_used_to_sign_in(desk: Desk, agent: Enrollment,
                                                  clock: FakeClock) -> None:
    actor = sign_in(desk, agent, clock)
    with pytest.raises(StepUpRequired):
        desk.staff.step_up(actor, code(agent, clock))
    clock.advance(seconds=30)
    desk.staff.step_up(actor, code(agent, clock))


# -- lockout -------------------------------------------------------------------------------------


def test_five_failures_lock_the_account_for_fifteen_minutes(
        desk: Desk, agent: Enrollment, clock: FakeClock) -> None:
    left = [fail(desk, agent, clock) for _ in range(4)]
    assert [e.params["attempts_left"] for e in left] == [4, 3, 2, 1]
    fifth = fail(desk, agent, clock)
    assert isinstance(fifth, AccountLocked) and fifth.params["minutes"] == 15
    # Locked: even the right password and code are refused, with the time left.
    clock.advance(minutes=5)
    with pytest.raises(AccountLocked) as info:
        desk.staff.sign_in("agent1", PASSWORD, code(agent, clock))
    assert info.value.params["minutes"] == 10
    clock.advance(minutes=9, seconds=30)
    with pytest.raises(AccountLocked) as info:
        desk.staff.sign_in("agent1", PASSWORD, code(agent, clock))
    assert info.value.params["minutes"] == 1
    clock.advance(seconds=30)  # 15 minutes after the lock
    assert desk.staff.sign_in("agent1", PASSWORD, code(agent, clock)).username == "agent1"
    assert any(r.action == "staff.locked" for r in audit_rows(desk))


def test_an_expired_lock_gives_five_fresh_attempts(
        desk: Desk, agent: Enrollment, clock: FakeClock) -> None:
    for _ in range(5):
        fail(desk, agent, clock)
    clock.advance(minutes=15)
    first_after = fail(desk, agent, clock)
    assert isinstance(first_after, SignInFailed) and first_after.params["attempts_left"] == 4


def test_failures_must_be_consecutive(desk: Desk, agent: Enrollment, clock: FakeClock) -> None:
    for _ in range(4):
        fail(desk, agent, clock)
    sign_in(desk, agent, clock)
    for _ in range(4):
        assert isinstance(fail(desk, agent, clock), SignInFailed)


def test_administrator_unlocks_a_locked_account(desk: Desk, agent: Enrollment, cli: Actor,
                                                clock: FakeClock) -> None:
    for _ in range(5):
        fail(desk, agent, clock)
    desk.staff.unlock(cli, "agent1")
    assert sign_in(desk, agent, clock).username == "agent1"
    assert any(r.action == "staff.unlocked" for r in audit_rows(desk))


# -- sessions ------------------------------------------------------------------------------------


def touch(desk: Desk, actor: Actor) -> None:
    with desk.write() as s:
        desk.staff.touch_session(s, actor)


def test_idle_session_locks_at_thirty_minutes(desk: Desk, agent: Enrollment,
                                              clock: FakeClock) -> None:
    actor = sign_in(desk, agent, clock)
    clock.advance(minutes=29, seconds=59)
    touch(desk, actor)  # activity keeps it open
    clock.advance(minutes=30)
    with pytest.raises(SessionLocked):
        desk.staff.check_session(actor)
    with pytest.raises(SessionLocked):  # and stays locked: every operation is refused
        touch(desk, actor)
    assert any(r.action == "staff.session.locked" for r in audit_rows(desk))
    # Unlock needs the password and a fresh code.
    clock.advance(seconds=30)
    with pytest.raises(SignInFailed):
        desk.staff.unlock_session(actor, WRONG, code(agent, clock))
    desk.staff.unlock_session(actor, PASSWORD, code(agent, clock))
    desk.staff.check_session(actor)
    touch(desk, actor)


def test_unlocking_a_session_refuses_a_replayed_code(desk: Desk, agent: Enrollment,
                                                     clock: FakeClock) -> None:
    actor = sign_in(desk, agent, clock)
    used = code(agent, clock)
    desk.staff.lock_session(actor)
    with pytest.raises(SignInFailed):
        desk.staff.unlock_session(actor, PASSWORD, used)


def test_session_ends_after_twelve_hours_however_active(desk: Desk, agent: Enrollment,
                                                        clock: FakeClock) -> None:
    actor = sign_in(desk, agent, clock)
    for _ in range(28):  # 28 × 25 min = 11 h 40 min, never idle for 30 minutes
        clock.advance(minutes=25)
        touch(desk, actor)
    clock.advance(minutes=20)  # 12 h after sign-in
    with pytest.raises(SessionExpired):
        touch(desk, actor)
    clock.advance(seconds=30)
    with pytest.raises(SessionExpired):  # an ended session cannot be unlocked
        desk.staff.unlock_session(actor, PASSWORD, code(agent, clock))
    ends = [r for r in audit_rows(desk) if r.action == "staff.signout"]
    assert ends and "absolute limit" in ends[-1].details


# -- accounts ------------------------------------------------------------------------------------


def test_disabled_account_cannot_sign_in_and_its_session_ends(
        desk: Desk, agent: Enrollment, cli: Actor, clock: FakeClock) -> None:
    actor = sign_in(desk, agent, clock)
    desk.staff.disable(cli, "agent1")
    with pytest.raises(SessionExpired):
        touch(desk, actor)
    clock.advance(seconds=30)
    with pytest.raises(AccountDisabled):
        desk.staff.sign_in("agent1", PASSWORD, code(agent, clock))


def test_one_active_account_per_employee_number(desk: Desk, agent: Enrollment,
                                                cli: Actor) -> None:
    with pytest.raises(DuplicateEmployee):
        desk.staff.add(cli, username="agent1b", display_name="Agent One again",
                       employee_no="E002", roles=frozenset({Role.SUPERVISOR}),
                       password=PASSWORD)
    desk.staff.disable(cli, "agent1")
    desk.staff.add(cli, username="agent1b", display_name="Agent One again", employee_no="E002",
                   roles=frozenset({Role.SUPERVISOR}), password=PASSWORD)
    with desk.read() as s:
        active = s.scalars(select(Staff.username).where(Staff.employee_no == "E002",
                                                        Staff.active.is_(True))).all()
    assert active == ["agent1b"]


def test_full_width_and_lower_case_forms_are_the_same_employee(
        desk: Desk, cli: Actor) -> None:
    desk.staff.add(cli, username="sato", display_name="Sato", employee_no=" e-7002 ",
                   roles=frozenset({Role.AGENT}), password=PASSWORD)
    with pytest.raises(DuplicateEmployee) as refused:
        desk.staff.add(cli, username="sato2", display_name="Sato again",
                       employee_no="Ｅ－７００２", roles=frozenset({Role.SUPERVISOR}),
                       password=PASSWORD)
    assert refused.value.params == {"employee_no": "E-7002", "username": "sato"}
    with desk.read() as s:
        assert s.scalars(select(Staff.employee_no)).all() == ["E-7002"]
    added = [e for e in audit_rows(desk) if e.action == "staff.added"]
    assert '"employee_no":"E-7002"' in added[-1].details


@pytest.mark.parametrize("number", ["E-7002\u200b", "E\u20107002", "E\u00a07002",
                                    "E-7002\ufeff", "E\u22127002"])
def test_an_employee_number_with_an_invisible_character_space_or_other_dash_is_refused(
        desk: Desk, cli: Actor, number: str) -> None:
    desk.staff.add(cli, username="sato", display_name="Sato", employee_no="E-7002",
                   roles=frozenset({Role.AGENT}), password=PASSWORD)
    before = len(audit_rows(desk))
    # Taken as a second person, this would give one employee a second, approving login.
    with pytest.raises(InvalidInput) as refused:
        desk.staff.add(cli, username="sato2", display_name="Sato again", employee_no=number,
                       roles=frozenset({Role.SUPERVISOR}), password=PASSWORD)
    assert refused.value.params["field"] == "employee number"
    assert len(audit_rows(desk)) == before
    with desk.read() as s:
        assert s.scalars(select(Staff.username)).all() == ["sato"]


def test_bad_new_accounts_write_nothing(desk: Desk, cli: Actor) -> None:
    before = len(audit_rows(desk))
    with pytest.raises(WeakPassword):
        desk.staff.add(cli, username="short", display_name="S", employee_no="E9",
                       roles=frozenset({Role.AGENT}), password="too short")
    with pytest.raises(InvalidInput):
        desk.staff.add(cli, username="bad name!", display_name="S", employee_no="E9",
                       roles=frozenset({Role.AGENT}), password=PASSWORD)
    with pytest.raises(InvalidInput):
        desk.staff.add(cli, username="noroles", display_name="S", employee_no="E9",
                       roles=frozenset(), password=PASSWORD)
    assert len(audit_rows(desk)) == before


def test_passwords_are_stored_as_argon2id(desk: Desk, cli: Actor,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    real = PasswordHasher()
    monkeypatch.setattr(staff_module, "_hasher", real)
    desk.staff.add(cli, username="agent9", display_name="Agent Nine", employee_no="E009",
                   roles=frozenset({Role.AGENT}), password=PASSWORD)
    with desk.read() as s:
        stored = s.scalars(select(Staff.password_hash).where(Staff.username == "agent9")).one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert not real.check_needs_rehash(stored)  # the library's recommended cost
    assert real.verify(stored, PASSWORD)


def test_first_admin_only_once(desk: Desk, cli: Actor) -> None:
    desk.staff.create_first_admin(cli, username="admin", display_name="Admin",
                                  employee_no="E001", password=PASSWORD)
    with pytest.raises(AdminExists):
        desk.staff.create_first_admin(cli, username="admin2", display_name="Admin 2",
                                      employee_no="E003", password=PASSWORD)


def test_no_password_code_or_seed_in_the_audit_log(desk: Desk, agent: Enrollment,
                                                   clock: FakeClock) -> None:
    used_codes = []
    for _ in range(2):
        clock.advance(seconds=30)
        used_codes.append(code(agent, clock))
        with pytest.raises(SignInFailed):
            desk.staff.sign_in("agent1", WRONG, used_codes[-1])
    actor = sign_in(desk, agent, clock)
    used_codes.append(code(agent, clock))
    desk.staff.lock_session(actor)
    clock.advance(seconds=30)
    with pytest.raises(SignInFailed):
        desk.staff.unlock_session(actor, WRONG, code(agent, clock))
    text = "\n".join(" ".join(str(getattr(r, c)) for c in (
        "actor", "role", "workstation", "action", "subject", "outcome", "details"))
        for r in audit_rows(desk))
    assert "staff.signin.failed" in text  # the failures are logged ...
    for secret in (PASSWORD, WRONG, agent.manual_key, agent.uri, *used_codes):
        assert secret not in text  # ... without what was typed or the seed


def test_reads_check_the_session_without_writing(desk: Desk, agent: Enrollment, cli: Actor,
                                                 clock: FakeClock) -> None:
    from authdesk.core.roles import Operation
    from authdesk.storage.models import StaffSession

    actor = sign_in(desk, agent, clock)
    with desk.read() as s:
        before = s.get(StaffSession, actor.session_id).last_activity  # type: ignore[union-attr]
    clock.advance(minutes=5)
    with desk.read() as s:
        desk.authorize(s, actor, Operation.SEARCH_CUSTOMERS)
        assert not s.dirty
    with desk.read() as s:
        assert s.get(StaffSession, actor.session_id).last_activity == before  # type: ignore[union-attr]
    clock.advance(minutes=30)
    with desk.read() as s, pytest.raises(SessionLocked):
        desk.authorize(s, actor, Operation.SEARCH_CUSTOMERS)
