"""Every audit action, in one enum. Names are ``<what>.<past participle>`` (``request.approved``)
or, for an attempt, ``<what>.<attempt>.<outcome>`` (``totp.verification.failed``).

Events written before these names were settled keep the names they were written with (their
hashes cover them). ``RENAMED`` maps each old name to its action, and ``spellings`` gives every
name an action was ever written under, for queries over the whole log. docs/audit-format.md
lists them all.
"""

from __future__ import annotations

from enum import StrEnum


class Action(StrEnum):
    # installation and keys
    SYSTEM_INITIALISED = "system.initialised"
    KEYS_EXPORTED = "keys.exported"
    KEYS_IMPORTED = "keys.imported"
    KEYS_ROTATED = "keys.rotated"
    POLICY_CHANGED = "policy.changed"
    # staff accounts
    STAFF_ADDED = "staff.added"
    STAFF_DISABLED = "staff.disabled"
    STAFF_ROLES_CHANGED = "staff.roles_changed"
    STAFF_UNLOCKED = "staff.unlocked"
    STAFF_TOTP_RESET = "staff.totp_reset"
    STAFF_PASSWORD_RESET = "staff.password_reset"
    STAFF_LOCKED = "staff.locked"
    # staff sessions
    STAFF_SIGNED_IN = "staff.signed_in"
    STAFF_SIGN_IN_FAILED = "staff.sign_in.failed"
    STAFF_SIGNED_OUT = "staff.signed_out"
    STAFF_SESSION_LOCKED = "staff.session.locked"
    STAFF_SESSION_UNLOCKED = "staff.session.unlocked"
    STAFF_SESSION_UNLOCK_FAILED = "staff.session.unlock.failed"
    STAFF_STEPPED_UP = "staff.stepped_up"
    STAFF_STEP_UP_FAILED = "staff.step_up.failed"
    ACCESS_REFUSED = "access.refused"
    # calls
    CALL_TAKEN = "call.taken"
    CALL_CLOSED = "call.closed"
    # customers
    CUSTOMER_ADDED = "customer.added"
    CUSTOMER_IMPORTED = "customer.imported"
    # One batch of an import's rows, each with its fingerprint (core.reconcile).
    CUSTOMER_BATCH_IMPORTED = "customer.batch.imported"
    CUSTOMER_IMPORT_REFUSED = "customer.import.refused"
    CUSTOMER_SEARCHED = "customer.searched"
    CUSTOMER_VIEWED = "customer.viewed"
    CUSTOMER_UNMASKED = "customer.unmasked"
    CUSTOMER_CONTACT_CHANGED = "customer.contact_changed"
    CUSTOMER_ACCOUNT_CHANGED = "customer.account_changed"
    # the customer's authenticator
    FACTOR_ENROLLED = "factor.enrolled"
    FACTOR_ENROLMENT_REFUSED = "factor.enrolment.refused"
    FACTOR_ACTIVATED = "factor.activated"
    FACTOR_ACTIVATION_FAILED = "factor.activation.failed"
    FACTOR_ACTIVATION_REFUSED = "factor.activation.refused"
    FACTOR_ACTIVATION_REPLAYED = "factor.activation.replayed"
    FACTOR_LOCKED = "factor.locked"
    FACTOR_UNLOCKED = "factor.unlocked"
    FACTOR_UNLOCK_REFUSED = "factor.unlock.refused"
    FACTOR_REVOKED = "factor.revoked"
    TOTP_VERIFICATION_STARTED = "totp.verification.started"
    TOTP_VERIFICATION_REFUSED = "totp.verification.refused"
    TOTP_VERIFICATION_SUCCEEDED = "totp.verification.succeeded"
    TOTP_VERIFICATION_FAILED = "totp.verification.failed"
    TOTP_VERIFICATION_REPLAYED = "totp.verification.replayed"
    # evidence and requests
    DOCUMENT_CHECKED = "document.checked"
    REQUEST_CREATED = "request.created"
    REQUEST_REFUSED = "request.refused"
    REQUEST_CALLBACK_RECORDED = "request.callback.recorded"
    REQUEST_SUBMITTED = "request.submitted"
    REQUEST_VIEWED = "request.viewed"
    REQUEST_APPROVED = "request.approved"
    REQUEST_REJECTED = "request.rejected"
    REQUEST_CANCELLED = "request.cancelled"
    REQUEST_EXPIRED = "request.expired"
    REQUEST_EFFECTIVE = "request.effective"
    # notices
    NOTIFICATION_SENT = "notification.sent"
    NOTIFICATION_FAILED = "notification.failed"
    # alerts (issue 12): raised by the core's rules (core.alerts), handled by supervisors
    ALERT_RAISED = "alert.raised"
    ALERT_ACKNOWLEDGED = "alert.acknowledged"
    ALERT_ESCALATED = "alert.escalated"
    # the log itself
    AUDIT_CHECKPOINTED = "audit.checkpointed"
    AUDIT_VERIFIED = "audit.verified"
    AUDIT_EXPORTED = "audit.exported"
    AUDIT_EXPORT_VERIFIED = "audit.export.verified"
    AUDIT_SEARCHED = "audit.searched"
    AUDIT_WITNESS_FAILED = "audit.witness.failed"
    # An upgrade baseline: the state of rows an older version left with no event behind them
    # (core.baseline), one batch of rows of one table per event.
    STATE_BASELINED = "state.baselined"
    # the look-back report (issue 12): a period's requests exported as CSV or PDF
    REPORT_LOOKBACK_EXPORTED = "report.lookback.exported"
    # issue 12, evidence pack: writing the pack of one change request (core.evidencepack)
    REPORT_EVIDENCE_EXPORTED = "report.evidence.exported"
    # letters and the firm's identity (issue 11, letters): a day's letters made into a batch,
    # its PDF made (clear addresses leave the database), printed, posted (its letters sent)
    LETTER_BATCH_CREATED = "letter.batch.created"
    LETTER_BATCH_RENDERED = "letter.batch.rendered"
    LETTER_BATCH_PRINTED = "letter.batch.printed"
    LETTER_BATCH_POSTED = "letter.batch.posted"
    FIRM_CHANGED = "firm.changed"
    # Issue 11, e-mail notices and the notice gate: an attempt to send that failed and will be
    # retried; the approval notice went out and the cooling-off started from then.
    NOTIFICATION_ATTEMPT_FAILED = "notification.attempt.failed"
    REQUEST_COOLING_OFF_STARTED = "request.cooling_off.started"
    SMTP_PASSWORD_STORED = "email.smtp_password.stored"
    # withdrawal-account lock (issue 11): ``details.after`` is the lock's state (core.reconcile)
    WITHDRAWAL_LOCK_PLACED = "withdrawal.locked"
    WITHDRAWAL_UNLOCK_REQUESTED = "withdrawal.unlock.requested"
    WITHDRAWAL_UNLOCK_DOCUMENT_ATTACHED = "withdrawal.id.checked"
    WITHDRAWAL_UNLOCK_CALLBACK_RECORDED = "withdrawal.called_back"
    WITHDRAWAL_LOCK_LIFTED = "withdrawal.unlocked"
    WITHDRAWAL_LOCK_REFUSED = "withdrawal.lock.refused"
    # cancel by reference (issue 11): a reference a customer quoted, looked up
    REFERENCE_LOOKED_UP = "reference.looked_up"
    # shared mode (issue 10): the installation's CA, certificates, sessions bound to a desk
    CA_CREATED = "ca.created"
    CERTIFICATE_ISSUED = "certificate.issued"
    CERTIFICATE_REVOKED = "certificate.revoked"


# Names written by earlier versions, still valid in the events that carry them.
RENAMED: dict[str, Action] = {
    "staff.signin": Action.STAFF_SIGNED_IN,
    "staff.signin.failed": Action.STAFF_SIGN_IN_FAILED,
    "staff.signout": Action.STAFF_SIGNED_OUT,
    "staff.session.unlock_failed": Action.STAFF_SESSION_UNLOCK_FAILED,
    "staff.stepup": Action.STAFF_STEPPED_UP,
    "staff.stepup.failed": Action.STAFF_STEP_UP_FAILED,
    "factor.enroll.refused": Action.FACTOR_ENROLMENT_REFUSED,
    "totp.verify.refused": Action.TOTP_VERIFICATION_REFUSED,
    "totp.verify.succeeded": Action.TOTP_VERIFICATION_SUCCEEDED,
    "totp.verify.failed": Action.TOTP_VERIFICATION_FAILED,
    "totp.verify.replayed": Action.TOTP_VERIFICATION_REPLAYED,
    "request.callback_recorded": Action.REQUEST_CALLBACK_RECORDED,
}


def action_of(name: str) -> Action | None:
    """The action a stored name stands for, old names included; None if unknown."""
    try:
        return Action(name)
    except ValueError:
        return RENAMED.get(name)


def spellings(*actions: Action) -> tuple[str, ...]:
    """Every name these actions were ever written under (for queries over old events too)."""
    return tuple(sorted({a.value for a in actions}
                        | {old for old, a in RENAMED.items() if a in actions}))
