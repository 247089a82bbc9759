"""Staff sign-in rules (DESIGN.md §3, §6): password + own TOTP, lockout after 5 failures for
15 minutes, idle lock at 30 minutes, absolute limit at 12 hours, no code replay, one active
account per employee number, and no secret in the audit log."""

from __future__ import annotations

import json

import pyotp
import pytest
from argon2 import PasswordHasher
from helpers import Staffing
from sqlalchemy import select

from authdesk.core import staff as staff_module
from authdesk.core.authority import SessionHandle
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.errors import AuthDeskError, InvalidInput
from authdesk.core.kernel import SessionEndedByChange, SessionExpired, SessionLocked
from authdesk.core.roles import Operation, Role
from authdesk.core.staff import (
    AccountDisabled,
    AccountLocked,
    AdminExists,
    DuplicateEmployee,
    Enrollment,
    FirstAdminClosed,
    SignInFailed,
    StepUpWrongCode,
    WeakPassword,
)
from authdesk.storage.models import AuditEvent, Staff, StaffSession

PASSWORD = "correct horse battery"
WRONG = "Tr0ub4dor&3-not-it"


@pytest.fixture
def cli(desk: Desk, clock: FakeClock) -> SessionHandle:
    """The first administrator, signed in (the admin CLI's ``--user``)."""
    return Staffing(desk, clock).admin


@pytest.fixture
def agent(desk: Desk, cli: SessionHandle) -> Enrollment:
    return desk.staff.add(cli, username="agent1", display_name="Agent One", employee_no="E002",
                          roles=frozenset({Role.AGENT}), password=PASSWORD)


def code(enrol: Enrollment, clock: FakeClock) -> str:
    return pyotp.TOTP(enrol.manual_key).at(clock.now())


def sign_in(desk: Desk, enrol: Enrollment, clock: FakeClock) -> SessionHandle:
    """A successful sign-in on a new time step (each step is accepted once)."""
    clock.advance(seconds=30)
    return desk.staff.sign_in(enrol.username, PASSWORD, code(enrol, clock))


def fail(desk: Desk, enrol: Enrollment, clock: FakeClock) -> AuthDeskError:
    clock.advance(seconds=30)
    with pytest.raises((SignInFailed, AccountLocked)) as info:
        desk.staff.sign_in(enrol.username, WRONG, code(enrol, clock))
    return info.value


def audit_rows(desk: Desk) -> list[AuditEvent]:
    with desk.kernel.read() as s:
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
    handle = desk.staff.sign_in("agent1", PASSWORD, code(agent, clock))
    me = desk.staff.me(handle)
    assert me.roles == frozenset({Role.AGENT}) and me.employee_no == "E002"
    assert me.username == "agent1" and me.workstation == desk.workstation.name
    # The handle is a bearer secret: only its hash is stored, and it never shows in a repr.
    assert handle.token not in repr(handle)
    with desk.kernel.read() as s:
        row = desk.kernel.session_row(s, handle)
        assert row is not None and row.token_hash == handle.digest != handle.token
        stored = {str(v) for r in s.execute(select(StaffSession.__table__)) for v in r}
        assert handle.digest in stored and handle.token not in stored


def test_unknown_user_is_refused_like_a_wrong_password(desk: Desk, clock: FakeClock) -> None:
    with pytest.raises(SignInFailed):
        desk.staff.sign_in("nobody", PASSWORD, "123456")


@pytest.mark.parametrize(("typed", "recorded"), [
    ("nobody", "no•••• (6)"),
    ("=HYPERLINK(\"http://x\")", "=H" + "•" * 20 + " (22)"),
    ("\x1b[2Jadmin", "\\u001b[" + "•" * 7 + " (9)"),
    ("x", "• (1)"),
    ("S3cret-password-typed-in-the-wrong-field" * 3, "S3" + "•" * 22 + " (120)"),
])
def test_an_unknown_username_is_recorded_masked_and_bounded(desk: Desk, clock: FakeClock,
                                                             typed: str, recorded: str) -> None:
    with pytest.raises(SignInFailed):
        desk.staff.sign_in(typed, PASSWORD, "123456")
    (event,) = [r for r in audit_rows(desk) if r.action == "staff.sign_in.failed"]
    assert event.actor == "(unknown)" and event.subject == "staff:(unknown)"
    assert json.loads(event.details) == {"reason": "unknown user", "typed": recorded}
    assert typed not in event.details and "\x1b" not in event.details


def test_replayed_code_is_refused(desk: Desk, agent: Enrollment, clock: FakeClock) -> None:
    actor = sign_in(desk, agent, clock)
    used = code(agent, clock)
    desk.staff.sign_out(actor)
    with pytest.raises(SignInFailed):
        desk.staff.sign_in("agent1", PASSWORD, used)  # same time step, same code
    clock.advance(seconds=20)  # still inside the drift window of the used step
    with pytest.raises(SignInFailed):
        desk.staff.sign_in("agent1", PASSWORD, used)
    failures = [r for r in audit_rows(desk) if r.action == "staff.sign_in.failed"]
    assert failures and '"reason":"code"' in failures[-1].details


def test_step_up_refuses_the_code_used_to_sign_in(desk: Desk, agent: Enrollment,
                                                  clock: FakeClock) -> None:
    actor = sign_in(desk, agent, clock)
    with pytest.raises(StepUpWrongCode):
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
    handle = desk.staff.sign_in("agent1", PASSWORD, code(agent, clock))
    assert desk.staff.me(handle).username == "agent1"
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


def test_administrator_unlocks_a_locked_account(desk: Desk, agent: Enrollment,
                                                cli: SessionHandle, clock: FakeClock) -> None:
    for _ in range(5):
        fail(desk, agent, clock)
    desk.staff.unlock(cli, "agent1")
    assert desk.staff.me(sign_in(desk, agent, clock)).username == "agent1"
    assert any(r.action == "staff.unlocked" for r in audit_rows(desk))


# -- sessions ------------------------------------------------------------------------------------


def touch(desk: Desk, handle: SessionHandle) -> None:
    """What every write operation does first: authorise against the session, which counts as
    activity on it."""
    with desk.kernel.write() as s:
        desk.kernel.authorize(s, handle, Operation.SEARCH_CUSTOMERS)


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
    ends = [r for r in audit_rows(desk) if r.action == "staff.signed_out"]
    assert ends and "absolute limit" in ends[-1].details


# -- accounts ------------------------------------------------------------------------------------


def test_disabled_account_cannot_sign_in_and_its_session_ends(
        desk: Desk, agent: Enrollment, cli: SessionHandle, clock: FakeClock) -> None:
    actor = sign_in(desk, agent, clock)
    desk.staff.disable(cli, "agent1")
    with pytest.raises(SessionEndedByChange):
        touch(desk, actor)
    clock.advance(seconds=30)
    with pytest.raises(AccountDisabled):
        desk.staff.sign_in("agent1", PASSWORD, code(agent, clock))


def test_one_active_account_per_employee_number(desk: Desk, agent: Enrollment,
                                                cli: SessionHandle) -> None:
    with pytest.raises(DuplicateEmployee):
        desk.staff.add(cli, username="agent1b", display_name="Agent One again",
                       employee_no="E002", roles=frozenset({Role.SUPERVISOR}),
                       password=PASSWORD)
    desk.staff.disable(cli, "agent1")
    desk.staff.add(cli, username="agent1b", display_name="Agent One again", employee_no="E002",
                   roles=frozenset({Role.SUPERVISOR}), password=PASSWORD)
    with desk.kernel.read() as s:
        active = s.scalars(select(Staff.username).where(Staff.employee_no == "E002",
                                                        Staff.active.is_(True))).all()
    assert active == ["agent1b"]


def test_bad_new_accounts_write_nothing(desk: Desk, cli: SessionHandle) -> None:
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


def test_passwords_are_stored_as_argon2id(desk: Desk, cli: SessionHandle,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    real = PasswordHasher()
    monkeypatch.setattr(staff_module, "_hasher", real)
    desk.staff.add(cli, username="agent9", display_name="Agent Nine", employee_no="E009",
                   roles=frozenset({Role.AGENT}), password=PASSWORD)
    with desk.kernel.read() as s:
        stored = s.scalars(select(Staff.password_hash).where(Staff.username == "agent9")).one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert not real.check_needs_rehash(stored)  # the library's recommended cost
    assert real.verify(stored, PASSWORD)


def test_first_admin_only_once(desk: Desk) -> None:
    assert not desk.staff.has_admin()
    desk.staff.create_first_admin(username="admin", display_name="Admin",
                                  employee_no="E001", password=PASSWORD)
    assert desk.staff.has_admin()
    with pytest.raises(AdminExists):
        desk.staff.create_first_admin(username="admin2", display_name="Admin 2",
                                      employee_no="E003", password=PASSWORD)
    added = [r for r in audit_rows(desk) if r.action == "staff.added"]
    assert len(added) == 1 and added[0].actor == "system"
    assert '"first_admin":true' in added[0].details


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
    assert "staff.sign_in.failed" in text  # the failures are logged ...
    for secret in (PASSWORD, WRONG, agent.manual_key, agent.uri, *used_codes):
        assert secret not in text  # ... without what was typed or the seed


def last_activity(desk: Desk, handle: SessionHandle) -> object:
    with desk.kernel.read() as s:
        row = desk.kernel.session_row(s, handle)
        assert row is not None
        return row.last_activity


def test_reads_check_the_session_without_writing(desk: Desk, agent: Enrollment,
                                                 cli: SessionHandle, clock: FakeClock) -> None:
    actor = sign_in(desk, agent, clock)
    before = last_activity(desk, actor)
    clock.advance(minutes=5)
    with desk.kernel.read() as s:
        desk.kernel.authorize(s, actor, Operation.SEARCH_CUSTOMERS)
        assert not s.dirty
    assert last_activity(desk, actor) == before
    clock.advance(minutes=30)
    with desk.kernel.read() as s, pytest.raises(SessionLocked):
        desk.kernel.authorize(s, actor, Operation.SEARCH_CUSTOMERS)


def test_the_first_administrator_path_closes_for_good_once_anyone_exists(
        desk: Desk, cli: SessionHandle) -> None:
    """Disabling every administrator must not let whoever reaches a workstation next make
    themselves one."""
    desk.staff.add(cli, username="clerk", display_name="Clerk", employee_no="E-0100",
                   roles=frozenset({Role.AGENT}), password=PASSWORD)
    admin = desk.staff.me(cli).username
    desk.staff.disable(cli, admin)
    assert not desk.staff.has_admin() and not desk.staff.needs_first_admin()
    with pytest.raises(FirstAdminClosed):
        desk.staff.create_first_admin(username="intruder", display_name="Intruder",
                                      employee_no="E-0666", password=PASSWORD)
    with desk.kernel.read() as s:
        assert s.scalar(select(Staff.id).where(Staff.username == "intruder")) is None
