"""The customer's TOTP factor: enrollment, activation, step-up verification, lock and unlock.

Lifecycle: none -> pending (secret issued) -> active (first code read back) -> locked (too many
consecutive failures; a supervisor unlocks) -> revoked (re-enrollment). At most one factor per
customer is not revoked.

The rules (DESIGN.md §3 and §6, figures from ``Policy``):

- a code is accepted for at most ±``totp_drift_steps`` time steps, and each step once: a code
  for the factor's last accepted step or an earlier one is a replay, refused and audited as one;
- ``totp_wrong_per_verification`` wrong codes void one verification;
- ``totp_consecutive_failures`` consecutive failures lock the factor. The counter lives on the
  factor row, so it holds across verifications, agents and workstations; only a success or a
  supervisor's unlock resets it;
- at most ``verifications_per_hour`` / ``verifications_per_day`` verifications are started per
  customer in the last rolling hour / 24 hours, whoever starts them;
- a success is fresh for ``stepup_fresh_minutes`` and counts only for the agent who did it and
  the customer it was done for.

Refusals that must leave a trace (failure counts, audit events) commit through
``RefuseAfterCommit``. The secret is returned once, by enrollment, and never logged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, func, or_, select, update
from sqlalchemy.orm import Session

from authdesk.core import otp
from authdesk.core.actions import Action
from authdesk.core.authority import Actor, Principal
from authdesk.core.calls import current_call, require_call
from authdesk.core.clock import as_utc
from authdesk.core.customers import get_customer
from authdesk.core.errors import AuthDeskError, InvalidInput, PermissionDenied, RefuseAfterCommit
from authdesk.core.factorstate import FactorState, current_factor, factor_state
from authdesk.core.firm import firm
from authdesk.core.kernel import Kernel
from authdesk.core.notifications import NotificationKind, NotificationService
from authdesk.core.policy import Policy
from authdesk.core.reconcile import factor_after
from authdesk.core.roles import Operation
from authdesk.storage.models import ContactChange, Customer, CustomerFactor, Verification

DELIVERIES = ("letter", "in_branch")
ACTIVATION_LETTER_KIND = "factor_activation_letter"
MIN_UNLOCK_REASON = 10


# --- Errors (each a sentence an agent can read out) ---------------------------------------------


class NoActiveFactor(AuthDeskError):
    template = (
        "This customer has no active authenticator app, so a code cannot be checked. Verify the "
        "customer with documents and a call-back to the registered phone number instead."
    )


class FactorLocked(AuthDeskError):
    template = (
        "The customer's authenticator is locked after too many wrong codes; a supervisor must "
        "unlock it after document checks and a call-back."
    )


class WrongCode(AuthDeskError):
    template = (
        "That code is not correct. Please ask the customer to read the code currently shown "
        "in the app. {attempts_left} attempts left."
    )


class ReplayedCode(AuthDeskError):
    template = "This code was already used. Please wait for the next code and read it out."


class VerificationVoid(AuthDeskError):
    template = (
        "This verification has ended after too many wrong codes. Start a new verification if "
        "the customer wants to try again."
    )


class VerificationClosed(AuthDeskError):
    template = "This verification is already complete. Start a new one if needed."


class VerificationOfAnotherCall(AuthDeskError):
    template = (
        "This verification was started in an earlier call. Start a new verification for the "
        "caller on the line."
    )


class VerificationNotFound(AuthDeskError):
    template = (
        "Verification {verification_id} does not exist or was started by someone else. Start "
        "a new verification for this customer."
    )


class TooManyVerifications(AuthDeskError):
    template = (
        "This customer has already been asked for {limit} codes in the last {period}. Please "
        "try again later, or verify the customer with documents and a call-back."
    )


class ActivationExpired(AuthDeskError):
    template = (
        "The activation code for this authenticator expired on {expired_on}. A supervisor must "
        "re-enroll the customer so that a new letter is sent."
    )


class NotAwaitingActivation(AuthDeskError):
    template = "The customer's authenticator is not waiting for activation (it is {state})."


class FactorExists(AuthDeskError):
    template = (
        "This customer already has an authenticator ({state}). To issue a new one, a "
        "supervisor must re-enroll the customer."
    )


class AddressChangedRecently(AuthDeskError):
    template = (
        "The registered address changed within the last {days} days, so an activation letter "
        "cannot be posted to it: whoever changed the address could receive it. Enrol the "
        "customer in branch instead, after checking a photo ID."
    )


class FactorNotLocked(AuthDeskError):
    template = "The customer's authenticator is not locked (it is {state})."


# --- Results ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FactorEnrollment:
    """Shown once, for the QR on screen or the activation letter; never stored in the clear.
    ``repr`` leaves the secret out so an accidental log line cannot carry it."""

    factor_id: int
    customer_id: int
    customer_number: str
    delivery: str
    activation_expires_at: datetime
    uri: str = field(repr=False)
    manual_key: str = field(repr=False)


@dataclass(frozen=True)
class VerificationHandle:
    id: int
    customer_id: int
    customer_number: str
    started_at: datetime
    attempts_left: int


@dataclass(frozen=True)
class VerificationOutcome:
    verification_id: int
    customer_id: int
    fresh_until: datetime
    attempts_left: int


def _subject(customer: Customer) -> str:
    return f"customer:{customer.number}"


def _staff_id(actor: Actor, operation: Operation) -> int:
    # A verification is bound to a person; the admin CLI's system actor has no staff row.
    if actor.staff_id is None:
        raise PermissionDenied(operation=operation.value)
    return actor.staff_id


class FactorService:
    def __init__(self, kernel: Kernel, notifications: NotificationService) -> None:
        self.kernel = kernel
        self.notifications = notifications

    # -- state -----------------------------------------------------------------------------------

    def state(self, handle: Principal, customer_id: int) -> FactorState:
        with self.kernel.read() as s:
            self.kernel.authorize(s, handle, Operation.VIEW_CUSTOMER)
            get_customer(s, customer_id)
            return factor_state(s, customer_id)

    # -- enrollment and activation ---------------------------------------------------------------

    def enroll(self, handle: Principal, customer_id: int,
               delivery: str = "letter") -> FactorEnrollment:
        """A new secret for a customer without a factor; returns the URI and key exactly once."""
        _check_delivery(delivery)
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.ENROLL_FACTOR)
            # Locking the customer row serialises two agents enrolling the same customer.
            customer = get_customer(s, customer_id, for_update=True)
            existing = current_factor(s, customer.id)
            if existing is not None:
                self.kernel.record(s, actor, Action.FACTOR_ENROLMENT_REFUSED,
                                   subject=_subject(customer), outcome="refused",
                                   details={"factor": existing.id, "state": existing.state})
                raise RefuseAfterCommit(FactorExists(state=existing.state))
            self._refuse_letter_to_new_address(s, actor, customer, delivery)
            return self._enroll(s, actor, customer, delivery, reenrolled=False)

    def reenroll(self, handle: Principal, customer_id: int,
                 delivery: str = "letter") -> FactorEnrollment:
        """Supervisor only: revoke the customer's factor (whatever its state), issue a new one."""
        _check_delivery(delivery)
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.REENROLL_FACTOR)
            customer = get_customer(s, customer_id, for_update=True)
            self._refuse_letter_to_new_address(s, actor, customer, delivery)
            self._revoke_current(s, actor, customer, reason="re-enrolment")
            return self._enroll(s, actor, customer, delivery, reenrolled=True)

    def revoke(self, handle: Principal, customer_id: int, reason: str) -> None:
        """Supervisor only: the customer lost the phone or reports misuse. Until a new factor
        is enrolled, changes go by the documents path with a call-back."""
        reason = reason.strip()
        if len(reason) < 10:
            raise InvalidInput(field="reason", reason="say why the authenticator is revoked")
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.REVOKE_FACTOR)
            customer = get_customer(s, customer_id, for_update=True)
            if not self._revoke_current(s, actor, customer, reason=reason):
                raise NoActiveFactor()

    def _revoke_current(self, s: Session, actor: Actor, customer: Customer, *,
                        reason: str) -> bool:
        old = current_factor(s, customer.id, for_update=True)
        if old is None:
            return False
        previous = old.state
        old.state, old.revoked_at = FactorState.REVOKED, self.kernel.now()
        for open_verification in s.scalars(select(Verification).where(
                Verification.factor_id == old.id, Verification.status == "open")):
            open_verification.status = "void"
        self.kernel.record(s, actor, Action.FACTOR_REVOKED, subject=_subject(customer),
                           details={"factor": old.id, "previous": previous, "reason": reason,
                                    "after": factor_after(old)})
        return True

    def _refuse_letter_to_new_address(self, s: Session, actor: Actor, customer: Customer,
                                      delivery: str) -> None:
        """Issue 11: an activation letter is never posted to an address changed within
        ``contact_change_window_days``; the customer is enrolled in branch instead."""
        if delivery != "letter":
            return
        days = self.kernel.policy(s).contact_change_window_days
        since = self.kernel.now() - timedelta(days=days)
        recent = s.scalar(select(func.count()).select_from(ContactChange).where(
            ContactChange.customer_id == customer.id,
            ContactChange.field.in_(("address", "postal_code")),
            ContactChange.changed_at >= since))
        if recent:
            self.kernel.record(s, actor, Action.FACTOR_ENROLMENT_REFUSED,
                               subject=_subject(customer), outcome="refused",
                               details={"delivery": delivery,
                                        "reason": "address changed recently", "days": days})
            raise RefuseAfterCommit(AddressChangedRecently(days=days))

    def _enroll(self, s: Session, actor: Actor, customer: Customer, delivery: str,
                *, reenrolled: bool) -> FactorEnrollment:
        now = self.kernel.now()
        expires = now + timedelta(days=self.kernel.policy(s).activation_letter_days)
        secret = otp.new_secret()
        factor = CustomerFactor(customer_id=customer.id, state=FactorState.PENDING,
                                secret_enc=b"", created_at=now,
                                created_by=actor.username,
                                activation_expires_at=expires,
                                consecutive_failures=0, delivery=delivery)
        s.add(factor)
        s.flush()  # the id is part of the encryption context
        factor.secret_enc = self.kernel.keys.encrypt(secret, f"customer-factor:{factor.id}")
        details: dict[str, Any] = {"factor": factor.id, "delivery": delivery,
                                   "reenrolled": reenrolled,
                                   "activation_expires": expires.date().isoformat(),
                                   "after": factor_after(factor)}
        if delivery == "letter":
            details["letter"] = self._queue_activation_letter(s, customer)
        if reenrolled:
            details["notifications"] = self.notifications.queue(
                s, customer.id, None, NotificationKind.FACTOR_REENROLLED)
        self.kernel.record(s, actor, Action.FACTOR_ENROLLED, subject=_subject(customer),
                           details=details)
        return FactorEnrollment(
            factor_id=factor.id, customer_id=customer.id, customer_number=customer.number,
            delivery=delivery, activation_expires_at=expires,
            uri=otp.provisioning_uri(secret, account=customer.number, issuer=firm(s).name),
            manual_key=otp.secret_to_base32(secret),
        )

    def _queue_activation_letter(self, s: Session, customer: Customer) -> int:
        """The letter goes to the registered postal address only: an e-mail could be read by
        whoever took over the mailbox. The outbox row carries no secret."""
        (letter,) = self.notifications.queue(s, customer.id, None, ACTIVATION_LETTER_KIND,
                                                  email=False, to_previous=False)
        return letter

    def activate(self, handle: Principal, customer_id: int, code: str) -> None:
        """The first code read back within the activation validity makes the factor active.
        A wrong code counts toward the lock like a failed verification."""
        code = otp.normalise_code(code)
        now = self.kernel.now()
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.ACTIVATE_FACTOR)
            customer = get_customer(s, customer_id, for_update=True)
            factor = current_factor(s, customer.id, for_update=True)
            subject = _subject(customer)

            def refuse(reason: str, error: AuthDeskError) -> RefuseAfterCommit:
                self.kernel.record(s, actor, Action.FACTOR_ACTIVATION_REFUSED, subject=subject,
                                   outcome="refused",
                                   details={"reason": reason,
                                            "factor": factor.id if factor else None})
                return RefuseAfterCommit(error)

            if factor is None:
                raise refuse("no factor", NotAwaitingActivation(state=FactorState.NONE))
            if factor.state == FactorState.LOCKED:
                raise refuse("locked", FactorLocked())
            if factor.state != FactorState.PENDING:
                raise refuse(factor.state, NotAwaitingActivation(state=factor.state))
            expires = factor.activation_expires_at
            if expires is not None and now > as_utc(expires):
                raise refuse("expired",
                             ActivationExpired(expired_on=as_utc(expires).date().isoformat()))
            policy = self.kernel.policy(s)
            match = self._match(factor, code, now, policy)
            if match.step is not None and self._claim_step(s, factor, match.step):
                factor.state, factor.activated_at = FactorState.ACTIVE, now
                sent = self.notifications.queue(s, customer.id, None,
                                                NotificationKind.FACTOR_ACTIVATED)
                self.kernel.record(s, actor, Action.FACTOR_ACTIVATED, subject=subject,
                                   details={"factor": factor.id, "after": factor_after(factor),
                                            "notifications": sent})
                return
            if match.replay or match.step is not None:
                self.kernel.record(s, actor, Action.FACTOR_ACTIVATION_REPLAYED, subject=subject,
                                   outcome="refused", details={"factor": factor.id})
                raise RefuseAfterCommit(ReplayedCode())
            locked = self._count_failure(s, actor, customer, factor, policy)
            self.kernel.record(s, actor, Action.FACTOR_ACTIVATION_FAILED, subject=subject,
                               outcome="refused",
                               details={"factor": factor.id,
                                        "consecutive_failures": factor.consecutive_failures,
                                        "after": factor_after(factor)})
            if locked:
                raise RefuseAfterCommit(FactorLocked())
            left = policy.totp_consecutive_failures - factor.consecutive_failures
            raise RefuseAfterCommit(WrongCode(attempts_left=left))

    # -- verification ----------------------------------------------------------------------------

    def start_verification(self, handle: Principal, customer_id: int) -> VerificationHandle:
        """Open a step-up for the customer on the line, within the per-customer rate limits."""
        now = self.kernel.now()
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.VERIFY_CUSTOMER)
            agent_id = _staff_id(actor, Operation.VERIFY_CUSTOMER)
            # Serialises concurrent starts for one customer, so the rate limit cannot be raced.
            customer = get_customer(s, customer_id, for_update=True)
            call = require_call(s, actor, customer)
            factor = current_factor(s, customer.id)
            policy = self.kernel.policy(s)

            def refuse(reason: str, error: AuthDeskError) -> RefuseAfterCommit:
                self.kernel.record(s, actor, Action.TOTP_VERIFICATION_REFUSED,
                                   subject=_subject(customer), outcome="refused",
                                   details={"reason": reason})
                return RefuseAfterCommit(error)

            if factor is None or factor.state in (FactorState.PENDING, FactorState.REVOKED):
                raise refuse("no active factor", NoActiveFactor())
            if factor.state == FactorState.LOCKED:
                raise refuse("locked", FactorLocked())
            for limit, period, window in (
                (policy.verifications_per_hour, "hour", timedelta(hours=1)),
                (policy.verifications_per_day, "24 hours", timedelta(days=1)),
            ):
                started = s.scalar(select(func.count()).select_from(Verification).where(
                    Verification.customer_id == customer.id,
                    Verification.started_at > now - window))
                if (started or 0) >= limit:
                    raise refuse(f"more than {limit} in {period}",
                                 TooManyVerifications(limit=limit, period=period))
            verification = Verification(customer_id=customer.id, factor_id=factor.id,
                                        agent_id=agent_id, call_id=call.id, started_at=now,
                                        status="open", wrong_codes=0)
            s.add(verification)
            s.flush()
            self.kernel.record(s, actor, Action.TOTP_VERIFICATION_STARTED,
                               subject=_subject(customer),
                               details={"verification": verification.id, "factor": factor.id,
                                          "call": call.id})
            return VerificationHandle(
                id=verification.id, customer_id=customer.id, customer_number=customer.number,
                started_at=now,
                attempts_left=min(policy.totp_wrong_per_verification,
                                  policy.totp_consecutive_failures - factor.consecutive_failures),
            )

    def verify(self, handle: Principal, verification_id: int, code: str) -> VerificationOutcome:
        """Check the code the customer reads out. Every outcome is audited; failures count."""
        code = otp.normalise_code(code)  # a mistyped shape is not a guess: nothing counts
        now = self.kernel.now()
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.VERIFY_CUSTOMER)
            agent_id = _staff_id(actor, Operation.VERIFY_CUSTOMER)
            verification = s.get(Verification, verification_id)
            if verification is None or verification.agent_id != agent_id:
                self.kernel.record(s, actor, Action.TOTP_VERIFICATION_REFUSED,
                                   subject=f"verification:{verification_id}",
                                   outcome="refused",
                                   details={"reason": "unknown or another agent's verification"})
                raise RefuseAfterCommit(VerificationNotFound(verification_id=verification_id))
            customer = get_customer(s, verification.customer_id)
            subject = _subject(customer)
            # The row lock (PostgreSQL) makes concurrent verifications of one factor take
            # turns, so the failure counter never loses an increment.
            factor = s.scalar(select(CustomerFactor)
                              .where(CustomerFactor.id == verification.factor_id)
                              .with_for_update())
            assert factor is not None
            details: dict[str, Any] = {"verification": verification.id, "factor": factor.id}

            def refuse(reason: str, error: AuthDeskError) -> RefuseAfterCommit:
                self.kernel.record(s, actor, Action.TOTP_VERIFICATION_REFUSED, subject=subject,
                                   outcome="refused", details={**details, "reason": reason})
                return RefuseAfterCommit(error)

            call = current_call(s, actor)
            if verification.call_id is None or call is None or verification.call_id != call.id:
                raise refuse("another call", VerificationOfAnotherCall())
            if verification.status == "void":
                raise refuse("verification void", VerificationVoid())
            if verification.status != "open":
                raise refuse("verification complete", VerificationClosed())
            if factor.state == FactorState.LOCKED:
                raise refuse("locked", FactorLocked())
            if factor.state != FactorState.ACTIVE:
                raise refuse("no active factor", NoActiveFactor())

            policy = self.kernel.policy(s)
            match = self._match(factor, code, now, policy)
            if match.step is not None and self._claim_step(s, factor, match.step):
                fresh_until = now + timedelta(minutes=policy.stepup_fresh_minutes)
                verification.status = "succeeded"
                verification.succeeded_at = now
                verification.fresh_until = fresh_until
                self.kernel.record(s, actor, Action.TOTP_VERIFICATION_SUCCEEDED, subject=subject,
                                   details={**details,
                                            "drift": match.step - otp.time_step(now),
                                            "fresh_until": fresh_until.isoformat(),
                                            "after": factor_after(factor)})
                return VerificationOutcome(
                    verification_id=verification.id, customer_id=customer.id,
                    fresh_until=fresh_until,
                    attempts_left=policy.totp_wrong_per_verification - verification.wrong_codes)
            if match.replay or match.step is not None:
                # A step at or below the last accepted one, or a step another agent claimed a
                # moment ago: the code was already used. Not a guess, so it does not count.
                self.kernel.record(s, actor, Action.TOTP_VERIFICATION_REPLAYED, subject=subject,
                                   outcome="refused", details=details)
                raise RefuseAfterCommit(ReplayedCode())

            verification.wrong_codes += 1
            locked = self._count_failure(s, actor, customer, factor, policy)
            void = locked or verification.wrong_codes >= policy.totp_wrong_per_verification
            if void:
                verification.status = "void"
            self.kernel.record(s, actor, Action.TOTP_VERIFICATION_FAILED, subject=subject,
                               outcome="refused",
                               details={**details, "wrong_codes": verification.wrong_codes,
                                        "consecutive_failures": factor.consecutive_failures,
                                        "void": void, "after": factor_after(factor)})
            if locked:
                raise RefuseAfterCommit(FactorLocked())
            if void:
                raise RefuseAfterCommit(VerificationVoid())
            left = min(policy.totp_wrong_per_verification - verification.wrong_codes,
                       policy.totp_consecutive_failures - factor.consecutive_failures)
            raise RefuseAfterCommit(WrongCode(attempts_left=left))

    def _match(self, factor: CustomerFactor, code: str, now: datetime,
               policy: Policy) -> otp.OtpMatch:
        secret = self.kernel.keys.decrypt(factor.secret_enc, f"customer-factor:{factor.id}")
        return otp.match_step(secret, code, now, drift=policy.totp_drift_steps,
                              after_step=factor.last_step)

    @staticmethod
    def _claim_step(s: Session, factor: CustomerFactor, step: int) -> bool:
        """Accept ``step`` for the factor unless someone accepted it (or a later one) first.

        The condition is checked by the database in the UPDATE itself: on PostgreSQL a second
        transaction waits for the first and then finds the condition false (rowcount 0); on
        SQLite BEGIN IMMEDIATE already serialised the two.
        """
        result = cast(CursorResult[Any], s.execute(
            update(CustomerFactor)
            .where(CustomerFactor.id == factor.id,
                   or_(CustomerFactor.last_step.is_(None), CustomerFactor.last_step < step))
            .values(last_step=step, consecutive_failures=0)
            .execution_options(synchronize_session=False)))
        if result.rowcount != 1:
            return False
        factor.last_step, factor.consecutive_failures = step, 0
        return True

    def _count_failure(self, s: Session, actor: Actor, customer: Customer,
                       factor: CustomerFactor, policy: Policy) -> bool:
        """One more consecutive failure on the factor; True if this one locked it."""
        factor.consecutive_failures += 1
        if factor.consecutive_failures < policy.totp_consecutive_failures:
            return False
        factor.state, factor.locked_at = FactorState.LOCKED, self.kernel.now()
        for open_verification in s.scalars(select(Verification).where(
                Verification.factor_id == factor.id, Verification.status == "open")):
            open_verification.status = "void"
        # Committed with the lock (the caller refuses after commit): the real customer learns
        # that someone kept guessing codes.
        sent = self.notifications.queue(s, customer.id, None, NotificationKind.FACTOR_LOCKED)
        self.kernel.record(s, actor, Action.FACTOR_LOCKED, subject=_subject(customer),
                           outcome="refused",
                           details={"factor": factor.id,
                                    "consecutive_failures": factor.consecutive_failures,
                                    "after": factor_after(factor), "notifications": sent})
        return True

    # -- freshness -------------------------------------------------------------------------------

    def fresh_verification(self, s: Session, actor: Actor,
                           customer_id: int) -> Verification | None:
        """The succeeded, still fresh verification done by THIS agent for THIS customer in the
        call the agent is on now, if any (for the change-request service, inside its own
        transaction). A new call starts unverified."""
        call = current_call(s, actor)
        if actor.staff_id is None or call is None:
            return None
        return s.scalar(
            select(Verification)
            .join(CustomerFactor, CustomerFactor.id == Verification.factor_id)
            .where(Verification.customer_id == customer_id,
                   Verification.agent_id == actor.staff_id,
                   Verification.call_id == call.id,
                   Verification.status == "succeeded",
                   Verification.fresh_until > self.kernel.now(),
                   CustomerFactor.state != FactorState.REVOKED)
            .order_by(Verification.fresh_until.desc()).limit(1))

    def freshness(self, handle: Principal, customer_id: int) -> datetime | None:
        """Until when this agent's step-up for this customer, in this call, is fresh (the GUI's
        countdown)."""
        with self.kernel.read() as s:
            actor = self.kernel.authorize(s, handle, Operation.VERIFY_CUSTOMER)
            verification = self.fresh_verification(s, actor, customer_id)
            if verification is None or verification.fresh_until is None:
                return None
            return as_utc(verification.fresh_until)

    # -- supervisor ------------------------------------------------------------------------------

    def unlock(self, handle: Principal, customer_id: int, reason: str) -> None:
        """Supervisor only, after document checks and a call-back to the registered phone; the
        reason names both and is audited. The failure count starts again from zero."""
        reason = " ".join(reason.split())
        if len(reason) < MIN_UNLOCK_REASON:
            raise InvalidInput(field="reason",
                               reason="name the documents checked and the call-back made to "
                                      "the registered phone number")
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.UNLOCK_FACTOR)
            customer = get_customer(s, customer_id, for_update=True)
            factor = current_factor(s, customer.id, for_update=True)
            if factor is None or factor.state != FactorState.LOCKED:
                state = factor.state if factor else FactorState.NONE
                self.kernel.record(s, actor, Action.FACTOR_UNLOCK_REFUSED,
                                   subject=_subject(customer), outcome="refused",
                                   details={"state": state})
                raise RefuseAfterCommit(FactorNotLocked(state=state))
            failures = factor.consecutive_failures
            factor.state = (FactorState.ACTIVE if factor.activated_at is not None
                            else FactorState.PENDING)
            factor.consecutive_failures, factor.locked_at = 0, None
            sent = self.notifications.queue(s, customer.id, None,
                                            NotificationKind.FACTOR_UNLOCKED)
            self.kernel.record(s, actor, Action.FACTOR_UNLOCKED, subject=_subject(customer),
                               details={"factor": factor.id, "reason": reason,
                                        "consecutive_failures": failures, "state": factor.state,
                                        "after": factor_after(factor), "notifications": sent})


def _check_delivery(delivery: str) -> None:
    if delivery not in DELIVERIES:
        raise InvalidInput(field="delivery", reason="'letter' or 'in_branch'")
