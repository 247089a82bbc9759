"""Staff accounts, sign-in with password and TOTP, lockout, sessions and staff step-up.

Policy (DESIGN.md §6): 5 consecutive failed sign-ins lock the account for 15 minutes; a session
locks after 30 idle minutes (unlock with password and code) and ends after 12 hours. Signing in
returns a ``SessionHandle``; the kernel re-reads the session and the person on every call.
Disabling a person, changing their roles, resetting their authenticator or password, or a
lockout ends their open sessions. Five wrong staff step-up codes in a row end the session and
count toward the lockout; one step-up is used up by one approval (a conditional UPDATE, so two
approvals racing on one step-up cannot both pass).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.orm import Session

from authdesk.core import otp
from authdesk.core.actions import Action
from authdesk.core.authority import Actor, Principal, SessionHandle
from authdesk.core.clock import as_utc
from authdesk.core.errors import AuthDeskError, InvalidInput, NotFound
from authdesk.core.kernel import (
    CHECKPOINT_INTERVAL,
    END_DISABLED,
    END_LOCKED_OUT,
    END_PASSWORD_RESET,
    END_ROLES_CHANGED,
    END_SIGNED_OUT,
    END_STEP_UP_FAILURES,
    END_TOTP_RESET,
    Kernel,
    SessionEndedByLockout,
    SessionEndedByStepUpFailures,
    SessionExpired,
    actor_of,
)
from authdesk.core.masking import UNKNOWN_USER, typed_username
from authdesk.core.reconcile import staff_after
from authdesk.core.roles import STAFF_ROLES, Operation, Role, parse_roles
from authdesk.core.text import canonical_employee_no
from authdesk.storage.models import Staff, StaffSession

ISSUER = "AuthDesk"
MIN_PASSWORD_LENGTH = 12
_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


class SignInFailed(AuthDeskError):
    template = "The username, password or code is not correct. {attempts_left} attempts left."


class AccountLocked(AuthDeskError):
    template = (
        "This account is locked after too many failed sign-ins. Try again in {minutes} minutes "
        "or ask an administrator to unlock it."
    )


class AccountDisabled(AuthDeskError):
    template = "This account is disabled. Ask an administrator."


class StepUpRequired(AuthDeskError):
    template = "Enter a fresh code from your own authenticator app to confirm this action."


class WeakPassword(AuthDeskError):
    template = "A password needs at least {length} characters."


class AdminExists(AuthDeskError):
    template = "An administrator already exists; sign in as that administrator to add staff."


class FirstAdminClosed(AuthDeskError):
    template = (
        "Staff accounts exist already, so a first administrator cannot be created here. An "
        "active administrator adds or re-enables administrators."
    )


class DuplicateEmployee(AuthDeskError):
    template = "Employee number {employee_no} already has an active account ({username})."


class DuplicateUsername(AuthDeskError):
    template = "The username {username} is taken."


@dataclass(frozen=True)
class Enrollment:
    """What the new staff member needs once: the otpauth URI (for the QR) and the manual key."""

    username: str
    uri: str
    manual_key: str


@dataclass(frozen=True)
class StaffInfo:
    id: int
    username: str
    display_name: str
    employee_no: str
    roles: frozenset[Role]
    active: bool
    locked_until: datetime | None
    totp_confirmed: bool


class StepUpWrongCode(AuthDeskError):
    template = (
        "That code is not correct. Enter the current code from your own authenticator app. "
        "{attempts_left} attempts left before this session ends."
    )


@dataclass(frozen=True)
class Me:
    """Who a session belongs to, as the database says now (for display; the core decides)."""

    username: str
    display_name: str
    employee_no: str
    roles: frozenset[Role]
    workstation: str


@dataclass(frozen=True)
class SessionStatus:
    started_at: datetime
    idle_deadline: datetime
    absolute_deadline: datetime


def _info(row: Staff) -> StaffInfo:
    return StaffInfo(row.id, row.username, row.display_name, row.employee_no,
                     parse_roles(row.roles), row.active,
                     as_utc(row.locked_until) if row.locked_until else None, row.totp_confirmed)


def _validate_new(username: str, display_name: str, employee_no: str, password: str,
                  roles: frozenset[Role]) -> None:
    if not username or not username.isascii() or not username.replace(".", "").replace(
            "_", "").replace("-", "").isalnum() or len(username) > 64:
        raise InvalidInput(field="username", reason="use letters, digits, '.', '_' or '-'")
    if not display_name.strip():
        raise InvalidInput(field="name", reason="a name is needed")
    canonical_employee_no(employee_no)  # refuses with the reason
    _validate_roles(roles)
    _validate_password(password)


def _validate_roles(roles: frozenset[Role]) -> None:
    if not roles:
        raise InvalidInput(field="roles", reason="at least one role is needed")
    if not roles <= set(STAFF_ROLES):
        raise InvalidInput(field="roles", reason="only agent, supervisor, auditor and admin "
                                                 "can be given to a person")


def _validate_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WeakPassword(length=MIN_PASSWORD_LENGTH)


class StaffService:
    def __init__(self, kernel: Kernel) -> None:
        self.kernel = kernel

    # -- accounts --------------------------------------------------------------------------------

    def has_admin(self) -> bool:
        with self.kernel.read() as s:
            rows = s.scalars(select(Staff.roles).where(Staff.active.is_(True))).all()
        return any(Role.ADMIN in parse_roles(r) for r in rows)

    def needs_first_admin(self) -> bool:
        """True while the database has no staff account at all (set-up)."""
        with self.kernel.read() as s:
            return not s.scalar(select(func.count()).select_from(Staff))

    def create_first_admin(self, *, username: str, display_name: str, employee_no: str,
                           password: str) -> Enrollment:
        """Set-up only: the first administrator, while the database has no staff account at
        all. Recorded as the system's act; every later account is added by a signed-in
        administrator. Once anyone exists, this path is closed for good: disabling every
        administrator does not reopen it for whoever reaches a workstation next."""
        if self.has_admin():
            raise AdminExists()
        if not self.needs_first_admin():
            raise FirstAdminClosed()
        return self._add(None, username=username, display_name=display_name,
                         employee_no=employee_no, roles=frozenset({Role.ADMIN}),
                         password=password)

    def authorize_set_up(self, handle: Principal) -> None:
        """Running set-up again on a database in use (checks, upgrades) is an
        administrator's act; refuses anyone else."""
        with self.kernel.read() as s:
            self.kernel.authorize(s, handle, Operation.SET_UP)

    def add(self, handle: Principal, *, username: str, display_name: str, employee_no: str,
            roles: frozenset[Role], password: str) -> Enrollment:
        return self._add(handle, username=username, display_name=display_name,
                         employee_no=employee_no, roles=roles, password=password)

    def _add(self, handle: Principal | None, *, username: str, display_name: str,
             employee_no: str, roles: frozenset[Role], password: str) -> Enrollment:
        username, employee_no = username.strip(), employee_no.strip()
        _validate_new(username, display_name, employee_no, password, roles)
        employee_no = canonical_employee_no(employee_no)
        secret = otp.new_secret()
        password_hash = _hasher.hash(password)
        kernel = self.kernel
        with kernel.write() as s:
            if handle is not None:
                actor = kernel.authorize(s, handle, Operation.MANAGE_STAFF)
            else:
                actor = kernel.system_actor()
                if s.scalar(select(func.count()).select_from(Staff)):
                    raise FirstAdminClosed()
            if s.scalar(select(Staff.id).where(Staff.username == username)):
                raise DuplicateUsername(username=username)
            self._refuse_second_account(s, employee_no)
            row = Staff(username=username, display_name=display_name.strip(),
                        employee_no=employee_no, roles=",".join(sorted(roles)),
                        password_hash=password_hash, totp_confirmed=False, failed_signins=0,
                        active=True, created_at=kernel.now())
            s.add(row)
            s.flush()
            row.totp_secret_enc = kernel.keys.encrypt(secret, f"staff-totp:{row.id}")
            kernel.record(s, actor, Action.STAFF_ADDED, subject=f"staff:{username}",
                          details={"roles": sorted(roles), "employee_no": employee_no,
                                   "first_admin": handle is None, "after": staff_after(row)})
            kernel.checkpoint_at_commit(s, actor, Action.STAFF_ADDED)
        return Enrollment(username, otp.provisioning_uri(secret, account=username, issuer=ISSUER),
                          otp.secret_to_base32(secret))

    @staticmethod
    def _refuse_second_account(s: Session, employee_no: str, except_id: int | None = None) -> None:
        employee_no = canonical_employee_no(employee_no)  # stored numbers are canonical
        query = select(Staff).where(Staff.employee_no == employee_no, Staff.active.is_(True))
        for other in s.scalars(query):
            if other.id != except_id:
                raise DuplicateEmployee(employee_no=employee_no, username=other.username)

    def list(self, handle: Principal) -> list[StaffInfo]:
        with self.kernel.read() as s:
            self.kernel.authorize(s, handle, Operation.VIEW_STAFF)
            return [_info(r) for r in s.scalars(select(Staff).order_by(Staff.username))]

    def _get(self, s: Session, username: str) -> Staff:
        row = s.scalar(select(Staff).where(Staff.username == username))
        if row is None:
            raise NotFound(what="staff member", key=username)
        return row

    def _change(self, handle: Principal, username: str, action: Action,
                change: Callable[[Staff], dict[str, Any] | None],
                end_sessions: str | None) -> None:
        """One administrator's change to one person's account, audited in its transaction;
        with ``end_sessions`` the person's open sessions end too (their next call hears why)."""
        kernel = self.kernel
        with kernel.write() as s:
            actor = kernel.authorize(s, handle, Operation.MANAGE_STAFF)
            row = self._get(s, username)
            details = {**(change(row) or {}), "after": staff_after(row)}
            kernel.record(s, actor, action, subject=f"staff:{username}", details=details)
            kernel.checkpoint_at_commit(s, actor, action)
            if end_sessions is not None:
                kernel.end_sessions_of(s, row, end_sessions)

    def disable(self, handle: Principal, username: str) -> None:
        def disable(row: Staff) -> None:
            row.active = False

        self._change(handle, username, Action.STAFF_DISABLED, disable, END_DISABLED)

    def set_roles(self, handle: Principal, username: str, roles: frozenset[Role]) -> None:
        _validate_roles(roles)

        def set_roles(row: Staff) -> dict[str, Any]:
            old, row.roles = row.roles, ",".join(sorted(roles))
            return {"from": old.split(","), "to": sorted(roles)}

        self._change(handle, username, Action.STAFF_ROLES_CHANGED, set_roles, END_ROLES_CHANGED)

    def unlock(self, handle: Principal, username: str) -> None:
        def unlock(row: Staff) -> None:
            row.failed_signins, row.locked_until = 0, None

        self._change(handle, username, Action.STAFF_UNLOCKED, unlock, None)

    def reset_totp(self, handle: Principal, username: str) -> Enrollment:
        secret = otp.new_secret()

        def reset_totp(row: Staff) -> None:
            row.totp_secret_enc = self.kernel.keys.encrypt(secret, f"staff-totp:{row.id}")
            row.totp_confirmed, row.totp_last_step = False, None

        self._change(handle, username, Action.STAFF_TOTP_RESET, reset_totp, END_TOTP_RESET)
        return Enrollment(username, otp.provisioning_uri(secret, account=username, issuer=ISSUER),
                          otp.secret_to_base32(secret))

    def reset_password(self, handle: Principal, username: str, password: str) -> None:
        """A new password set by an administrator; the person's open sessions end."""
        _validate_password(password)
        password_hash = _hasher.hash(password)

        def reset_password(row: Staff) -> None:
            row.password_hash = password_hash

        self._change(handle, username, Action.STAFF_PASSWORD_RESET, reset_password,
                     END_PASSWORD_RESET)

    # -- sign-in ---------------------------------------------------------------------------------

    def sign_in(self, username: str, password: str, code: str) -> SessionHandle:
        """Password and code together; every failure counts toward the lockout."""
        kernel = self.kernel
        now = kernel.now()
        failure: AuthDeskError | None = None
        with kernel.write() as s:
            policy = kernel.policy(s)
            anonymous = Actor(username=username[:64] or "?", roles=frozenset(),
                              workstation=kernel.workstation.name)
            row = s.scalar(select(Staff).where(Staff.username == username))
            if row is None:
                # Never what was typed: it may be a password entered in the wrong field, or
                # text made to pass for another name (or a formula) in the log and its exports.
                nobody = Actor(username=UNKNOWN_USER, roles=frozenset(),
                               workstation=kernel.workstation.name)
                kernel.record(s, nobody, Action.STAFF_SIGN_IN_FAILED,
                              subject=f"staff:{UNKNOWN_USER}", outcome="refused",
                              details={"reason": "unknown user",
                                       "typed": typed_username(username)})
                failure = SignInFailed(attempts_left=policy.staff_lockout_failures)
            elif not row.active:
                kernel.record(s, anonymous, Action.STAFF_SIGN_IN_FAILED,
                              subject=f"staff:{username}",
                              outcome="refused", details={"reason": "disabled"})
                failure = AccountDisabled()
            elif row.locked_until and as_utc(row.locked_until) > now:
                # Rounded up: 10:00 left is '10 minutes', 9:59 is '10', 0:30 is '1'.
                minutes = -int((now - as_utc(row.locked_until)).total_seconds() // 60)
                kernel.record(s, anonymous, Action.STAFF_SIGN_IN_FAILED,
                              subject=f"staff:{username}",
                              outcome="refused", details={"reason": "locked"})
                failure = AccountLocked(minutes=minutes)
            else:
                if row.locked_until is not None:
                    # The lock has run out: the next five attempts count afresh.
                    row.failed_signins, row.locked_until = 0, None
                password_ok = self._password_ok(row, password)
                step = self._code_step(row, code, now, policy.totp_drift_steps)
                if password_ok and step is not None:
                    row.failed_signins, row.locked_until = 0, None
                    row.totp_last_step, row.totp_confirmed = step, True
                    handle = SessionHandle.new()
                    session_row = StaffSession(
                        id=str(uuid.uuid4()), token_hash=handle.digest, staff_id=row.id,
                        workstation=kernel.workstation.name, started_at=now, last_activity=now,
                        locked=False, stepup_failures=0)
                    s.add(session_row)
                    actor = actor_of(session_row, row)
                    kernel.record(s, actor, Action.STAFF_SIGNED_IN, subject=f"staff:{username}",
                                  details={"session": session_row.id})
                    # What a workstation left unsigned (cut off mid-interval, failed sign-ins
                    # while nobody was signed in) is signed when the next person starts work.
                    if kernel.checkpoint_due(s):
                        kernel.checkpoint_at_commit(s, actor, CHECKPOINT_INTERVAL)
                    return handle
                reason = "password" if not password_ok else "code"
                failure = self._count_failure(s, row, anonymous, Action.STAFF_SIGN_IN_FAILED,
                                              {"reason": reason})
        assert failure is not None
        raise failure

    def _count_failure(self, s: Session, row: Staff, actor: Actor, action: Action,
                       details: dict[str, object]) -> AuthDeskError:
        """One more failed password or code for ``row``: audited; at the policy's count the
        account locks and every open session of the person ends."""
        kernel = self.kernel
        policy = kernel.policy(s)
        row.failed_signins += 1
        left = policy.staff_lockout_failures - row.failed_signins
        if left > 0:
            kernel.record(s, actor, action, subject=f"staff:{row.username}", outcome="refused",
                          details={**details, "failures": row.failed_signins})
            return SignInFailed(attempts_left=left)
        row.locked_until = kernel.now() + timedelta(minutes=policy.staff_lockout_minutes)
        kernel.record(s, actor, Action.STAFF_LOCKED, subject=f"staff:{row.username}",
                      outcome="refused", details={"failures": row.failed_signins})
        # A lockout changes the account: signed like an administrator's change, by the core.
        kernel.checkpoint_at_commit(s, kernel.system_actor(), Action.STAFF_LOCKED)
        kernel.end_sessions_of(s, row, END_LOCKED_OUT)
        return AccountLocked(minutes=policy.staff_lockout_minutes)

    @staticmethod
    def _password_ok(row: Staff, password: str) -> bool:
        try:
            return _hasher.verify(row.password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    def _code_step(self, row: Staff, code: str, now: datetime, drift: int) -> int | None:
        try:
            normalised = otp.normalise_code(code)
        except AuthDeskError:
            return None
        if row.totp_secret_enc is None:
            return None
        secret = self.kernel.keys.decrypt(row.totp_secret_enc, f"staff-totp:{row.id}")
        match = otp.match_step(secret, normalised, now, drift=drift, after_step=row.totp_last_step)
        return match.step if match.step is not None and not match.replay else None

    # -- sessions --------------------------------------------------------------------------------

    def me(self, handle: SessionHandle) -> Me:
        """The person this session belongs to, as the database says now."""
        with self.kernel.read() as s:
            actor = self.kernel.identify(s, handle)
        return Me(actor.username, actor.display_name, actor.employee_no or "", actor.roles,
                  actor.workstation)

    def check_session(self, handle: SessionHandle) -> SessionStatus:
        """Whether the session may go on (it is not counted as activity); raises SessionLocked
        or one of the session-ended errors."""
        kernel = self.kernel
        with kernel.write() as s:
            row, _ = kernel.live_session(s, handle, touch=False, write=True)
            policy = kernel.policy(s)
            return SessionStatus(
                as_utc(row.started_at),
                as_utc(row.last_activity) + timedelta(minutes=policy.staff_idle_minutes),
                as_utc(row.started_at) + timedelta(hours=policy.staff_absolute_hours),
            )

    def lock_session(self, handle: SessionHandle) -> None:
        if not isinstance(handle, SessionHandle):
            raise SessionExpired()
        kernel = self.kernel
        with kernel.write() as s:
            row = kernel.session_row(s, handle)
            if row is not None and row.ended_at is None and not row.locked:
                staff = s.get(Staff, row.staff_id)
                assert staff is not None
                row.locked = True
                kernel.record(s, actor_of(row, staff), Action.STAFF_SESSION_LOCKED,
                              subject=f"staff:{staff.username}", details={"reason": "manual"})

    def unlock_session(self, handle: SessionHandle, password: str, code: str) -> None:
        kernel = self.kernel
        now = kernel.now()
        failure: AuthDeskError | None = None
        with kernel.write() as s:
            row = kernel.session_row(s, handle)
            staff = s.get(Staff, row.staff_id) if row is not None else None
            if row is None or staff is None:
                raise SessionExpired()
            actor = actor_of(row, staff)
            # Everything but the lock itself refuses: ended, disabled, locked out, too old.
            kernel.live_session(s, handle, touch=False, write=True, allow_locked=True)
            policy = kernel.policy(s)
            step = self._code_step(staff, code, now, policy.totp_drift_steps)
            if self._password_ok(staff, password) and step is not None:
                staff.totp_last_step, staff.failed_signins = step, 0
                row.locked, row.last_activity = False, now
                kernel.record(s, actor, Action.STAFF_SESSION_UNLOCKED,
                              subject=f"staff:{staff.username}")
                return
            failure = self._count_failure(s, staff, actor, Action.STAFF_SESSION_UNLOCK_FAILED, {})
        raise failure

    def sign_out(self, handle: SessionHandle) -> None:
        if not isinstance(handle, SessionHandle):
            raise SessionExpired()
        kernel = self.kernel
        with kernel.write() as s:
            row = kernel.session_row(s, handle)
            if row is not None and row.ended_at is None:
                staff = s.get(Staff, row.staff_id)
                assert staff is not None
                kernel.end_session(s, actor_of(row, staff), row, END_SIGNED_OUT)

    # -- staff step-up ---------------------------------------------------------------------------

    def step_up(self, handle: SessionHandle, code: str) -> None:
        """A fresh code from the staff member's own app, for one approval. Wrong codes in a row
        end the session at the policy's count, and each counts toward the account lockout."""
        kernel = self.kernel
        now = kernel.now()
        failure: AuthDeskError | None = None
        with kernel.write() as s:
            row, staff = kernel.live_session(s, handle, touch=True, write=True)
            actor = actor_of(row, staff)
            policy = kernel.policy(s)
            step = self._code_step(staff, code, now, policy.totp_drift_steps)
            if step is not None:
                staff.totp_last_step, staff.failed_signins = step, 0
                row.stepped_up_at, row.stepup_failures = now, 0
                kernel.record(s, actor, Action.STAFF_STEPPED_UP, subject=f"staff:{staff.username}")
                return
            row.stepup_failures += 1
            row.stepped_up_at = None
            failure = self._count_failure(s, staff, actor, Action.STAFF_STEP_UP_FAILED,
                                          {"stepup_failures": row.stepup_failures})
            left = policy.staff_stepup_failures - row.stepup_failures
            if row.ended_at is not None:  # that failure locked the account: all sessions ended
                failure = SessionEndedByLockout()
            elif left <= 0:
                kernel.end_session(s, actor, row, END_STEP_UP_FAILURES)
                failure = SessionEndedByStepUpFailures()
            else:
                failure = StepUpWrongCode(attempts_left=left)
        raise failure

    def use_step_up(self, s: Session, actor: Actor) -> None:
        """For the approval flow: refuse unless a staff step-up happened just now, and use it
        up. One conditional UPDATE: of two transactions racing on one step-up, only the one
        whose UPDATE changed the row goes on, on SQLite and PostgreSQL alike."""
        kernel = self.kernel
        cutoff = kernel.now() - timedelta(
            minutes=kernel.policy(s).staff_stepup_fresh_minutes)
        used = cast(CursorResult[Any], s.execute(
            update(StaffSession)
            .where(StaffSession.id == actor.session_id,
                   StaffSession.ended_at.is_(None),
                   StaffSession.stepped_up_at.is_not(None),
                   StaffSession.stepped_up_at > cutoff)
            .values(stepped_up_at=None)
            .execution_options(synchronize_session=False)
        ))
        if used.rowcount != 1:
            raise StepUpRequired()
        row = s.get(StaffSession, actor.session_id)
        if row is not None:
            s.expire(row, ["stepped_up_at"])
