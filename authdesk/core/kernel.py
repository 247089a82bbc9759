"""The kernel every service stands on: transactions, the clock, policy values, the audit writer,
and authorisation against the signed-in session.

``authorize`` is the one place a service learns who is acting. It re-reads the session row (by
the hash of the handle's token) and the staff row in the operation's own transaction and refuses
unless the session is live (not ended, not idle-locked, within the absolute limit), the person is
active and not locked out, and one of the roles *now on the staff row* allows the operation. So a
demotion, a disabled account or a lockout takes effect on the very next call.

Services get the kernel and the sibling services they need from the composition root
(``core.desk``); no core module imports the root.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from authdesk.core import audit
from authdesk.core.actions import Action
from authdesk.core.audit import CheckpointInfo
from authdesk.core.authority import SYSTEM, Actor, Principal, SessionHandle, SystemHandle
from authdesk.core.clock import Clock, SystemClock, as_utc
from authdesk.core.errors import (
    AppRoleNotSetUp,
    AuthDeskError,
    DatabaseNotInitialised,
    DatabaseTooNew,
    DatabaseUnavailable,
    DatabaseUpgradeRefused,
    PermissionDenied,
    RefuseAfterCommit,
)
from authdesk.core.keys import KeyStore, key_id_of
from authdesk.core.policy import Policy
from authdesk.core.roles import Operation, Role, parse_roles, require
from authdesk.core.witness import WitnessDir, WitnessEntry
from authdesk.core.workstation import Workstation
from authdesk.storage.db import WRITE_SESSION, Database, StorageError
from authdesk.storage.models import Call, Customer, Meta, PolicySetting, Staff, StaffSession

log = logging.getLogger("authdesk.kernel")

SYSTEM_USERNAME = "system"
# Reasons of checkpoints: at sign-out, and when the interval has passed (the GUI's timer, a
# sign-in). The core's other checkpoints name the action they follow, e.g. request.approved.
CHECKPOINT_SIGN_OUT = "sign-out"
CHECKPOINT_INTERVAL = "interval"
# Session.info keys of a write transaction: the checkpoint asked for at its end (the actor and
# the reasons), and the newest checkpoint it took (remembered by the workstation after commit).
_CHECKPOINT_ASKED = "authdesk_checkpoint_asked"
_CHECKPOINT_TAKEN = "authdesk_checkpoint_taken"
# Every checkpoint a write transaction signed, with its public key: written to the witness
# directory once the commit has succeeded (never for a transaction that rolled back).
_CHECKPOINTS_TO_WITNESS = "authdesk_checkpoints_to_witness"
# A call whose session ended (signed out, locked out, timed out) before its wrap-up.
CALL_CUT_OFF = "cut_off"


@dataclass(frozen=True)
class Written:
    """An event the audit writer has just written, as a watcher of its action sees it."""

    seq: int
    at: datetime
    action: str
    subject: str
    details: Mapping[str, Any]
    outcome: str


Watcher = Callable[[Session, Actor, Written], None]


class SigningKeyRotated(AuthDeskError):
    template = (
        "The audit signing key of this database was replaced (key {key_id}), and this "
        "workstation still holds the old one, so nothing was saved. Ask an administrator for "
        "a new key file (authdesk-admin keys export, then keys import here)."
    )


# --- Refusals about the session itself --------------------------------------------------------


class SessionLocked(AuthDeskError):
    template = (
        "The session locked after {minutes} idle minutes, so this was not done. "
        "Unlock it with your password and code, then do it again."
    )


class SessionExpired(AuthDeskError):
    template = "The session has ended. Please sign in again."


class SessionEndedByChange(AuthDeskError):
    template = (
        "Your account was changed by an administrator (roles, password, authenticator or "
        "access), so this session has ended. Please sign in again."
    )


class SessionEndedByLockout(AuthDeskError):
    template = (
        "Your account was locked after too many wrong passwords or codes, so this session has "
        "ended. Try again later or ask an administrator to unlock it."
    )


class SessionEndedByStepUpFailures(AuthDeskError):
    template = (
        "Too many wrong confirmation codes were entered, so this session has ended. "
        "Please sign in again."
    )


# Why a session ended (stored in ``staff_session.end_reason``) and what the next call hears.
END_DISABLED = "disabled"
END_ROLES_CHANGED = "roles changed"
END_TOTP_RESET = "authenticator reset"
END_PASSWORD_RESET = "password reset"
END_LOCKED_OUT = "locked out"
END_STEP_UP_FAILURES = "step-up failures"
END_ABSOLUTE = "absolute limit"
END_SIGNED_OUT = "signed out"

_ENDED_ERRORS: dict[str, type[AuthDeskError]] = {
    END_DISABLED: SessionEndedByChange,
    END_ROLES_CHANGED: SessionEndedByChange,
    END_TOTP_RESET: SessionEndedByChange,
    END_PASSWORD_RESET: SessionEndedByChange,
    END_LOCKED_OUT: SessionEndedByLockout,
    END_STEP_UP_FAILURES: SessionEndedByStepUpFailures,
}


def ended_error(reason: str | None) -> AuthDeskError:
    return _ENDED_ERRORS.get(reason or "", SessionExpired)()


def translate_storage_error(exc: StorageError) -> AuthDeskError:
    if exc.kind == "too_new":
        return DatabaseTooNew(found=exc.reason)
    if exc.kind == "not_initialised":
        return DatabaseNotInitialised()
    if exc.kind == "upgrade_refused":
        return DatabaseUpgradeRefused(reason=exc.reason)
    if exc.kind == "app_role_refused":
        return AppRoleNotSetUp(reason=exc.reason)
    return DatabaseUnavailable(reason=exc.reason)


@contextmanager
def storage_errors() -> Iterator[None]:
    try:
        yield
    except StorageError as exc:
        raise translate_storage_error(exc) from None


class Kernel:
    def __init__(self, db: Database, keys: KeyStore, *, workstation: Workstation,
                 clock: Clock | None = None) -> None:
        self.db = db
        self.keys = keys
        self.workstation = workstation
        self.clock: Clock = clock or SystemClock()
        # Watchers of actions (core.alerts): called right after such an event is written, in
        # its transaction, so what they raise is committed exactly with its cause.
        self.watchers: dict[str, list[Watcher]] = {}

    @property
    def installation_id(self) -> str:
        return self.keys.namespace

    # -- transactions ----------------------------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction. ``RefuseAfterCommit`` inside it commits, then refuses.

        A checkpoint asked for with ``checkpoint_at_commit`` is taken as the transaction's last
        act, so it signs everything the transaction wrote; this workstation remembers it only
        once the commit has succeeded."""
        refusal: AuthDeskError | None = None
        with storage_errors(), self.db.write() as session:
            try:
                yield session
            except RefuseAfterCommit as exc:
                refusal = exc.error
            self._take_asked_checkpoint(session)
            taken: CheckpointInfo | None = session.info.get(_CHECKPOINT_TAKEN)
            to_witness: list[tuple[CheckpointInfo, str]] = session.info.get(
                _CHECKPOINTS_TO_WITNESS, [])
        if taken is not None:
            self.workstation.remember_checkpoint(self.installation_id, taken)
        for info, public_key in to_witness:
            self._witness(info, public_key)
        if refusal is not None:
            raise refusal

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read transaction; nothing it writes is kept."""
        try:
            with storage_errors(), self.db.read() as session:
                yield session
        except RefuseAfterCommit as exc:
            raise exc.error from None

    def now(self) -> datetime:
        return self.clock.now()

    def policy(self, session: Session | None = None) -> Policy:
        if session is None:
            with self.read() as own:
                return self.policy(own)
        rows = session.scalars(select(PolicySetting)).all()
        return Policy.from_overrides({r.name: r.value for r in rows})

    # -- the audit writer ------------------------------------------------------------------------

    def record(
        self,
        session: Session,
        actor: Actor,
        action: Action,
        *,
        subject: str = "",
        details: dict[str, Any] | None = None,
        outcome: str = "ok",
        role: Role | str | None = None,
    ) -> None:
        """Write the audit event for a change in the same transaction as the change."""
        named = role if role is not None else actor.role
        at = self.now()
        seq, _ = audit.record(session, at=at, actor=actor, action=action, subject=subject,
                              details=details, outcome=outcome,
                              role=str(named) if named is not None else None)
        watchers = self.watchers.get(action)
        if watchers:
            written = Written(seq, at, str(action), subject, details or {}, outcome)
            for watcher in watchers:
                watcher(session, actor, written)

    def watch(self, actions: Iterable[Action], watcher: Watcher) -> None:
        """Call ``watcher`` after each event of ``actions`` is written, in its transaction."""
        for action in actions:
            self.watchers.setdefault(str(action), []).append(watcher)

    # -- signed checkpoints ----------------------------------------------------------------------

    def checkpoint(self, s: Session, actor: Actor, reason: str) -> CheckpointInfo:
        """Record ``audit.checkpointed`` and sign the head that includes it, now, in this write
        transaction (the caller authorised the act). Remembered after the commit."""
        key_id = key_id_of(self.keys.public_key_hex)
        recorded = s.get(Meta, "key_id")
        if recorded is not None and recorded.value != key_id:
            raise SigningKeyRotated(key_id=recorded.value)
        self.record(s, actor, Action.AUDIT_CHECKPOINTED, subject="audit",
                    details={"reason": reason, "key_id": key_id})
        info = audit.add_checkpoint(s, at=self.now(), sign=self.keys.sign, key_id=key_id)
        s.info[_CHECKPOINT_TAKEN] = info
        s.info.setdefault(_CHECKPOINTS_TO_WITNESS, []).append((info, self.keys.public_key_hex))
        return info

    @property
    def witness(self) -> WitnessDir | None:
        folder = self.workstation.witness_dir
        return WitnessDir(folder) if folder is not None else None

    def _witness(self, info: CheckpointInfo, public_key: str) -> None:
        """Write a committed checkpoint to the witness directory. A failure keeps the database
        work (it is committed) but is logged and recorded as ``audit.witness.failed``, so an
        auditor sees it; verification also says when the directory is not writable."""
        witness = self.witness
        if witness is None:
            return
        try:
            witness.write(WitnessEntry(self.installation_id, info, public_key))
            return
        except AuthDeskError as exc:  # WitnessNotWritable, WitnessConflict
            log.error("%s", exc.message)
            reason = type(exc).__name__
            detail = str(exc.params.get("reason", "conflict"))
        try:
            with self.write() as s:
                self.record(s, self.system_actor(), Action.AUDIT_WITNESS_FAILED,
                            subject="audit", outcome="failed",
                            details={"checkpoint_seq": info.seq, "error": reason,
                                     "reason": detail, "directory": str(witness.root)})
        except AuthDeskError as exc:
            log.error("the failed witness write could not be recorded either: %s", exc.message)

    def checkpoint_at_commit(self, s: Session, actor: Actor, reason: str) -> None:
        """Sign the head at the end of this write transaction, in it, recorded as ``actor``.

        For changes the log must not leave unsigned (approvals, requests taking effect, staff
        and policy changes, sessions ending): in the change's own transaction, so a change is
        never committed without the checkpoint that covers it, at the cost of one more event,
        one row and one Ed25519 signature, with no second commit. Several asks in one
        transaction give one checkpoint, taken by the first actor, naming every reason."""
        if not s.info.get(WRITE_SESSION):
            raise RuntimeError("a checkpoint needs a write transaction")
        asked = s.info.setdefault(_CHECKPOINT_ASKED, (actor, []))
        if reason not in asked[1]:
            asked[1].append(str(reason))

    def _take_asked_checkpoint(self, s: Session) -> None:
        asked = s.info.pop(_CHECKPOINT_ASKED, None)
        if asked is None:
            return
        taken: CheckpointInfo | None = s.info.get(_CHECKPOINT_TAKEN)
        if taken is not None and taken.seq == audit.head(s)[0]:
            return  # this transaction signed its head already (an explicit checkpoint)
        actor, reasons = asked
        self.checkpoint(s, actor, ",".join(reasons))

    def checkpoint_due(self, s: Session) -> bool:
        """True when events follow the newest checkpoint and it is older than the policy's
        interval (or there is none)."""
        seq, _ = audit.head(s)
        latest = audit.latest_checkpoint(s)
        if latest is None:
            return seq > 0
        interval = timedelta(minutes=self.policy(s).checkpoint_interval_minutes)
        return latest.seq < seq and self.now() - audit.parse_ts(latest.ts) >= interval

    # -- authorisation ---------------------------------------------------------------------------

    def system_actor(self) -> Actor:
        return Actor(username=SYSTEM_USERNAME, roles=frozenset({Role.SYSTEM}),
                     workstation=self.workstation.name, role=Role.SYSTEM)

    def authorize(self, s: Session, principal: Principal, operation: Operation) -> Actor:
        """The acting person, re-read in this transaction, allowed ``operation``; refuses
        otherwise. In a write transaction the call counts as activity on the session."""
        if isinstance(principal, SystemHandle):
            actor = self.system_actor()
            require(actor.roles, operation)
            return actor
        write = bool(s.info.get(WRITE_SESSION))
        row, staff = self.live_session(s, principal, touch=write, write=write)
        actor = actor_of(row, staff)
        try:
            return replace(actor, role=require(actor.roles, operation))
        except PermissionDenied as refusal:
            # Trying what one's role does not allow is itself worth seeing in the log.
            if write:
                self._record_refusal(s, actor, operation)
                raise RefuseAfterCommit(refusal) from None
            with self.write() as own:
                self._record_refusal(own, actor, operation)
            raise

    def _record_refusal(self, s: Session, actor: Actor, operation: Operation) -> None:
        self.record(s, actor, Action.ACCESS_REFUSED, subject=f"staff:{actor.username}",
                    outcome="refused", details={"operation": operation.value})

    def identify(self, s: Session, principal: Principal) -> Actor:
        """The acting person with a live session, whatever their roles (session bookkeeping)."""
        if isinstance(principal, SystemHandle):
            return self.system_actor()
        row, staff = self.live_session(s, principal, touch=False, write=False)
        return actor_of(row, staff)

    def session_row(self, s: Session, handle: SessionHandle, *,
                    for_update: bool = False) -> StaffSession | None:
        """The session of ``handle``; None for anything that is not a handle of a session."""
        if not isinstance(handle, SessionHandle):
            return None
        query = select(StaffSession).where(StaffSession.token_hash == handle.digest)
        if for_update:
            query = query.with_for_update()
        return s.scalar(query)

    def live_session(self, s: Session, principal: Principal, *, touch: bool, write: bool,
                     allow_locked: bool = False) -> tuple[StaffSession, Staff]:
        """The session and its person, refusing unless both may act now.

        With ``write`` an idle session is locked and its event written (committed, then
        refused), and a session whose person was disabled or locked out, or that is over its
        absolute limit, is ended; without it nothing is written. ``touch`` counts the call as
        activity. ``allow_locked`` (unlocking) lets an idle-locked session through.
        """
        if not isinstance(principal, SessionHandle):
            raise SessionExpired()
        row = self.session_row(s, principal)
        if row is None:
            raise SessionExpired()
        if row.ended_at is not None:
            raise ended_error(row.end_reason)
        staff = s.get(Staff, row.staff_id)
        if staff is None:
            raise SessionExpired()
        now = self.now()
        policy = self.policy(s)
        actor = actor_of(row, staff)
        if not staff.active:
            self._refuse_ended(s, actor, row, END_DISABLED, write)
        if staff.locked_until is not None and as_utc(staff.locked_until) > now:
            self._refuse_ended(s, actor, row, END_LOCKED_OUT, write)
        if now - as_utc(row.started_at) >= timedelta(hours=policy.staff_absolute_hours):
            self._refuse_ended(s, actor, row, END_ABSOLUTE, write)
        idle = now - as_utc(row.last_activity) >= timedelta(minutes=policy.staff_idle_minutes)
        if allow_locked:
            return row, staff
        if row.locked or idle:
            if not row.locked and write:
                row.locked = True
                self.record(s, actor, Action.STAFF_SESSION_LOCKED,
                            subject=f"staff:{staff.username}",
                            details={"reason": "idle"})
                raise RefuseAfterCommit(SessionLocked(minutes=policy.staff_idle_minutes))
            raise SessionLocked(minutes=policy.staff_idle_minutes)
        if touch:
            row.last_activity = now
        return row, staff

    def _refuse_ended(self, s: Session, actor: Actor, row: StaffSession, reason: str,
                      write: bool) -> None:
        if write:
            self.end_session(s, actor, row, reason)
            raise RefuseAfterCommit(ended_error(reason))
        raise ended_error(reason)

    def end_session(self, s: Session, actor: Actor, row: StaffSession, reason: str) -> None:
        """End one session, audited as the person whose session it was, and sign the head
        (DESIGN §6: a checkpoint at sign-out; so too when a session is ended for it)."""
        row.ended_at, row.end_reason = self.now(), reason
        self.close_current_call(s, actor, row, outcome=CALL_CUT_OFF, note=None)
        self.record(s, actor, Action.STAFF_SIGNED_OUT, subject=f"staff:{actor.username}",
                    details={"reason": reason, "session": row.id}, role=None)
        self.checkpoint_at_commit(s, actor, CHECKPOINT_SIGN_OUT if reason == END_SIGNED_OUT
                                  else f"session ended: {reason}")

    def close_current_call(self, s: Session, actor: Actor, row: StaffSession, *, outcome: str,
                           note: str | None) -> Call | None:
        """Close the call the session is working on, if any, audited. The one place a call
        closes: at wrap-up, and when its session ends without one."""
        call = s.get(Call, row.current_call_id) if row.current_call_id is not None else None
        row.current_call_id = None
        if call is None or call.closed_at is not None:
            return None
        call.closed_at, call.outcome, call.note = self.now(), outcome, note
        details: dict[str, Any] = {"call": call.id, "channel": call.channel, "outcome": outcome}
        if call.customer_id is not None:
            customer = s.get(Customer, call.customer_id)
            if customer is not None:
                details["customer"] = customer.number
        self.record(s, actor, Action.CALL_CLOSED, subject=f"call:{call.id}", details=details)
        return call

    def end_sessions_of(self, s: Session, staff: Staff, reason: str) -> int:
        """End every open session of ``staff`` (the change that causes it is audited by the
        caller; each ended session is audited too). Returns how many ended."""
        rows = s.scalars(select(StaffSession).where(StaffSession.staff_id == staff.id,
                                                    StaffSession.ended_at.is_(None))).all()
        for row in rows:
            self.end_session(s, actor_of(row, staff), row, reason)
        return len(rows)


def actor_of(row: StaffSession, staff: Staff) -> Actor:
    return Actor(username=staff.username, roles=parse_roles(staff.roles),
                 workstation=row.workstation, staff_id=staff.id,
                 employee_no=staff.employee_no, session_id=row.id,
                 display_name=staff.display_name)


__all__ = ["SYSTEM", "Kernel", "SessionEndedByChange", "SessionEndedByLockout",
           "SessionEndedByStepUpFailures", "SessionExpired", "SessionLocked", "actor_of",
           "storage_errors", "translate_storage_error"]
