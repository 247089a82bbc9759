"""Staff accounts, sign-in with password and TOTP, lockout, sessions and staff step-up.

Policy (DESIGN.md §6): 5 consecutive failed sign-ins lock the account for 15 minutes; a session
locks after 30 idle minutes (unlock with password and code) and ends after 12 hours.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from authdesk.core import otp
from authdesk.core.clock import as_utc
from authdesk.core.errors import AuthDeskError, InvalidInput, NotFound, RefuseAfterCommit
from authdesk.core.roles import Actor, Operation, Role, parse_roles
from authdesk.core.text import canonical_employee_no
from authdesk.storage.models import Staff, StaffSession

if TYPE_CHECKING:
    from authdesk.core.desk import Desk

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


class SessionLocked(AuthDeskError):
    template = (
        "The session locked after {minutes} idle minutes, so this was not done. "
        "Unlock it with your password and code, then do it again."
    )


class SessionExpired(AuthDeskError):
    template = "The session has ended. Please sign in again."


class StepUpRequired(AuthDeskError):
    template = "Enter a fresh code from your own authenticator app to confirm this action."


class WeakPassword(AuthDeskError):
    template = "A password needs at least {length} characters."


class AdminExists(AuthDeskError):
    template = "An administrator already exists; sign in as that administrator to add staff."


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
    if not roles:
        raise InvalidInput(field="roles", reason="at least one role is needed")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WeakPassword(length=MIN_PASSWORD_LENGTH)


class StaffService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    # -- accounts --------------------------------------------------------------------------------

    def has_admin(self) -> bool:
        with self.desk.read() as s:
            rows = s.scalars(select(Staff.roles).where(Staff.active.is_(True))).all()
        return any(Role.ADMIN in parse_roles(r) for r in rows)

    def create_first_admin(self, actor: Actor, *, username: str, display_name: str,
                           employee_no: str, password: str) -> Enrollment:
        """First run only: an administrator when there is none yet."""
        if self.has_admin():
            raise AdminExists()
        return self._add(actor, Role.ADMIN, username=username, display_name=display_name,
                         employee_no=employee_no, roles=frozenset({Role.ADMIN}),
                         password=password, first_admin=True)

    def add(self, actor: Actor, *, username: str, display_name: str, employee_no: str,
            roles: frozenset[Role], password: str) -> Enrollment:
        return self._add(actor, None, username=username, display_name=display_name,
                         employee_no=employee_no, roles=roles, password=password)

    def _add(self, actor: Actor, role: Role | None, *, username: str, display_name: str,
             employee_no: str, roles: frozenset[Role], password: str,
             first_admin: bool = False) -> Enrollment:
        username, employee_no = username.strip(), employee_no.strip()
        _validate_new(username, display_name, employee_no, password, roles)
        employee_no = canonical_employee_no(employee_no)
        secret = otp.new_secret()
        password_hash = _hasher.hash(password)
        with self.desk.write() as s:
            if role is None:
                role = self.desk.authorize(s, actor, Operation.MANAGE_STAFF)
            elif first_admin and s.scalar(select(func.count()).select_from(Staff).where(
                    Staff.active.is_(True), Staff.roles.contains("admin"))):
                raise AdminExists()
            if s.scalar(select(Staff.id).where(Staff.username == username)):
                raise DuplicateUsername(username=username)
            self._refuse_second_account(s, employee_no)
            row = Staff(username=username, display_name=display_name.strip(),
                        employee_no=employee_no, roles=",".join(sorted(roles)),
                        password_hash=password_hash, totp_confirmed=False, failed_signins=0,
                        active=True, created_at=self.desk.now())
            s.add(row)
            s.flush()
            row.totp_secret_enc = self.desk.keys.encrypt(secret, f"staff-totp:{row.id}")
            self.desk.record(s, actor, "staff.added", subject=f"staff:{username}", role=role,
                             details={"roles": sorted(roles), "employee_no": employee_no,
                                      "first_admin": first_admin})
        return Enrollment(username, otp.provisioning_uri(secret, account=username, issuer=ISSUER),
                          otp.secret_to_base32(secret))

    @staticmethod
    def _refuse_second_account(s: Session, employee_no: str, except_id: int | None = None) -> None:
        employee_no = canonical_employee_no(employee_no)  # stored numbers are canonical
        query = select(Staff).where(Staff.employee_no == employee_no, Staff.active.is_(True))
        for other in s.scalars(query):
            if other.id != except_id:
                raise DuplicateEmployee(employee_no=employee_no, username=other.username)

    def list(self, actor: Actor) -> list[StaffInfo]:
        with self.desk.read() as s:
            self.desk.authorize(s, actor, Operation.VIEW_STAFF)
            return [_info(r) for r in s.scalars(select(Staff).order_by(Staff.username))]

    def _get(self, s: Session, username: str) -> Staff:
        row = s.scalar(select(Staff).where(Staff.username == username))
        if row is None:
            raise NotFound(what="staff member", key=username)
        return row

    def disable(self, actor: Actor, username: str) -> None:
        with self.desk.write() as s:
            role = self.desk.authorize(s, actor, Operation.MANAGE_STAFF)
            row = self._get(s, username)
            row.active = False
            for open_session in s.scalars(select(StaffSession).where(
                    StaffSession.staff_id == row.id, StaffSession.ended_at.is_(None))):
                open_session.ended_at, open_session.end_reason = self.desk.now(), "disabled"
            self.desk.record(s, actor, "staff.disabled", subject=f"staff:{username}", role=role)

    def set_roles(self, actor: Actor, username: str, roles: frozenset[Role]) -> None:
        if not roles:
            raise InvalidInput(field="roles", reason="at least one role is needed")
        with self.desk.write() as s:
            role = self.desk.authorize(s, actor, Operation.MANAGE_STAFF)
            row = self._get(s, username)
            old = row.roles
            row.roles = ",".join(sorted(roles))
            self.desk.record(s, actor, "staff.roles_changed", subject=f"staff:{username}",
                             role=role, details={"from": old.split(","), "to": sorted(roles)})

    def unlock(self, actor: Actor, username: str) -> None:
        with self.desk.write() as s:
            role = self.desk.authorize(s, actor, Operation.MANAGE_STAFF)
            row = self._get(s, username)
            row.failed_signins, row.locked_until = 0, None
            self.desk.record(s, actor, "staff.unlocked", subject=f"staff:{username}", role=role)

    def reset_totp(self, actor: Actor, username: str) -> Enrollment:
        secret = otp.new_secret()
        with self.desk.write() as s:
            role = self.desk.authorize(s, actor, Operation.MANAGE_STAFF)
            row = self._get(s, username)
            row.totp_secret_enc = self.desk.keys.encrypt(secret, f"staff-totp:{row.id}")
            row.totp_confirmed, row.totp_last_step = False, None
            self.desk.record(s, actor, "staff.totp_reset", subject=f"staff:{username}", role=role)
        return Enrollment(username, otp.provisioning_uri(secret, account=username, issuer=ISSUER),
                          otp.secret_to_base32(secret))

    # -- sign-in ---------------------------------------------------------------------------------

    def sign_in(self, username: str, password: str, code: str) -> Actor:
        """Password and code together; every failure counts toward the lockout."""
        now = self.desk.now()
        failure: AuthDeskError | None = None
        with self.desk.write() as s:
            policy = self.desk.policy(s)
            anonymous = Actor(username=username[:64] or "?", roles=frozenset(),
                              workstation=self.desk.workstation.name)
            row = s.scalar(select(Staff).where(Staff.username == username))
            if row is None:
                self.desk.record(s, anonymous, "staff.signin.failed",
                                 subject=f"staff:{username[:64]}", outcome="refused",
                                 details={"reason": "unknown user"})
                failure = SignInFailed(attempts_left=policy.staff_lockout_failures)
            elif not row.active:
                self.desk.record(s, anonymous, "staff.signin.failed", subject=f"staff:{username}",
                                 outcome="refused", details={"reason": "disabled"})
                failure = AccountDisabled()
            elif row.locked_until and as_utc(row.locked_until) > now:
                # Rounded up: 10:00 left is '10 minutes', 9:59 is '10', 0:30 is '1'.
                minutes = -int((now - as_utc(row.locked_until)).total_seconds() // 60)
                self.desk.record(s, anonymous, "staff.signin.failed", subject=f"staff:{username}",
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
                    actor = self._open_session(s, row, now)
                    self.desk.record(s, actor, "staff.signin", subject=f"staff:{username}",
                                     details={"session": actor.session_id})
                    return actor
                row.failed_signins += 1
                reason = "password" if not password_ok else "code"
                left = policy.staff_lockout_failures - row.failed_signins
                if left <= 0:
                    row.locked_until = now + timedelta(minutes=policy.staff_lockout_minutes)
                    failure = AccountLocked(minutes=policy.staff_lockout_minutes)
                    self.desk.record(s, anonymous, "staff.locked", subject=f"staff:{username}",
                                     outcome="refused",
                                     details={"failures": row.failed_signins})
                else:
                    failure = SignInFailed(attempts_left=left)
                    self.desk.record(s, anonymous, "staff.signin.failed",
                                     subject=f"staff:{username}", outcome="refused",
                                     details={"reason": reason, "failures": row.failed_signins})
        assert failure is not None
        raise failure

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
        secret = self.desk.keys.decrypt(row.totp_secret_enc, f"staff-totp:{row.id}")
        match = otp.match_step(secret, normalised, now, drift=drift, after_step=row.totp_last_step)
        return match.step if match.step is not None and not match.replay else None

    def _open_session(self, s: Session, row: Staff, now: datetime) -> Actor:
        session_id = str(uuid.uuid4())
        s.add(StaffSession(id=session_id, staff_id=row.id,
                           workstation=self.desk.workstation.name, started_at=now,
                           last_activity=now, locked=False))
        return Actor(username=row.username, roles=parse_roles(row.roles),
                     workstation=self.desk.workstation.name, staff_id=row.id,
                     employee_no=row.employee_no, session_id=session_id,
                     display_name=row.display_name)

    # -- sessions --------------------------------------------------------------------------------

    def touch_session(self, s: Session, actor: Actor) -> None:
        """Refuse if the session is locked or over; otherwise count this as activity."""
        row = self._live_session(s, actor)
        row.last_activity = self.desk.now()

    def check_live(self, s: Session, actor: Actor) -> None:
        """For read transactions: refuse if the session is locked or over, writing nothing
        (the next write records the lock or the end)."""
        self._live_session(s, actor, read_only=True)

    def _live_session(self, s: Session, actor: Actor, *, read_only: bool = False) -> StaffSession:
        row = s.get(StaffSession, actor.session_id)
        if row is None or row.ended_at is not None:
            raise SessionExpired()
        staff = s.get(Staff, row.staff_id)
        if staff is None or not staff.active:
            raise SessionExpired()
        policy = self.desk.policy(s)
        now = self.desk.now()
        if now - as_utc(row.started_at) >= timedelta(hours=policy.staff_absolute_hours):
            if read_only:
                raise SessionExpired()
            self._end(s, actor, row, "absolute limit")
            raise RefuseAfterCommit(SessionExpired())
        if row.locked or now - as_utc(row.last_activity) >= timedelta(
                minutes=policy.staff_idle_minutes):
            if not row.locked and not read_only:
                row.locked = True
                self.desk.record(s, actor, "staff.session.locked",
                                 subject=f"staff:{actor.username}", details={"reason": "idle"})
                raise RefuseAfterCommit(SessionLocked(minutes=policy.staff_idle_minutes))
            raise SessionLocked(minutes=policy.staff_idle_minutes)
        return row

    def _end(self, s: Session, actor: Actor, row: StaffSession, reason: str) -> None:
        row.ended_at, row.end_reason = self.desk.now(), reason
        self.desk.record(s, actor, "staff.signout", subject=f"staff:{actor.username}",
                         details={"reason": reason})

    def check_session(self, actor: Actor) -> SessionStatus:
        """Whether the session may go on; raises SessionLocked or SessionExpired."""
        with self.desk.write() as s:
            row = self._live_session(s, actor)
            policy = self.desk.policy(s)
            return SessionStatus(
                as_utc(row.started_at),
                as_utc(row.last_activity) + timedelta(minutes=policy.staff_idle_minutes),
                as_utc(row.started_at) + timedelta(hours=policy.staff_absolute_hours),
            )

    def lock_session(self, actor: Actor) -> None:
        with self.desk.write() as s:
            row = s.get(StaffSession, actor.session_id)
            if row is not None and row.ended_at is None and not row.locked:
                row.locked = True
                self.desk.record(s, actor, "staff.session.locked",
                                 subject=f"staff:{actor.username}", details={"reason": "manual"})

    def unlock_session(self, actor: Actor, password: str, code: str) -> None:
        now = self.desk.now()
        failure: AuthDeskError | None = None
        with self.desk.write() as s:
            row = s.get(StaffSession, actor.session_id)
            staff = s.get(Staff, actor.staff_id)
            if row is None or row.ended_at is not None or staff is None or not staff.active:
                raise SessionExpired()
            policy = self.desk.policy(s)
            if now - as_utc(row.started_at) >= timedelta(hours=policy.staff_absolute_hours):
                self._end(s, actor, row, "absolute limit")
                failure = SessionExpired()
            else:
                step = self._code_step(staff, code, now, policy.totp_drift_steps)
                if self._password_ok(staff, password) and step is not None:
                    staff.totp_last_step = step
                    row.locked, row.last_activity = False, now
                    self.desk.record(s, actor, "staff.session.unlocked",
                                     subject=f"staff:{actor.username}")
                    return
                staff.failed_signins += 1
                left = policy.staff_lockout_failures - staff.failed_signins
                if left <= 0:
                    staff.locked_until = now + timedelta(minutes=policy.staff_lockout_minutes)
                    self._end(s, actor, row, "locked out")
                    failure = AccountLocked(minutes=policy.staff_lockout_minutes)
                else:
                    failure = SignInFailed(attempts_left=left)
                self.desk.record(s, actor, "staff.session.unlock_failed",
                                 subject=f"staff:{actor.username}", outcome="refused")
        raise failure

    def sign_out(self, actor: Actor) -> None:
        with self.desk.write() as s:
            row = s.get(StaffSession, actor.session_id)
            if row is not None and row.ended_at is None:
                self._end(s, actor, row, "signed out")

    # -- staff step-up ---------------------------------------------------------------------------

    def step_up(self, actor: Actor, code: str) -> None:
        """A fresh code from the staff member's own app, for approvals."""
        now = self.desk.now()
        failure: AuthDeskError | None = None
        with self.desk.write() as s:
            row = self._live_session(s, actor)
            staff = s.get(Staff, actor.staff_id)
            assert staff is not None
            step = self._code_step(staff, code, now, self.desk.policy(s).totp_drift_steps)
            if step is None:
                self.desk.record(s, actor, "staff.stepup.failed", subject=f"staff:{actor.username}",
                                 outcome="refused")
                failure = StepUpRequired()
            else:
                staff.totp_last_step = step
                row.stepped_up_at, row.last_activity = now, now
                self.desk.record(s, actor, "staff.stepup", subject=f"staff:{actor.username}")
        if failure:
            raise failure

    def require_fresh_step_up(self, s: Session, actor: Actor) -> None:
        """For the approval flow: refuse unless a staff step-up happened just now; use it up."""
        row = self._live_session(s, actor)
        policy = self.desk.policy(s)
        if row.stepped_up_at is None or self.desk.now() - as_utc(row.stepped_up_at) > timedelta(
                minutes=policy.staff_stepup_fresh_minutes):
            raise StepUpRequired()
        row.stepped_up_at = None  # one step-up, one approval
