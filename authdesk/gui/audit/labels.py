"""What the audit log's codes mean, in the interface language: an action's label, a details
key's label, and an event's details as a labelled list. The code stays one click away (the
table's tooltip, the detail pane's captions)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication

from authdesk.core.actions import Action, action_of

translate = QCoreApplication.translate  # lupdate finds calls by this name


def action_label(name: str) -> str:
    """The label of an action as stored (old spellings too); an unknown name as it is."""
    action = action_of(name)
    if action is None:
        return name
    labels = {
        Action.SYSTEM_INITIALISED: translate("AuditActions", "Installation set up"),
        Action.KEYS_EXPORTED: translate("AuditActions", "Signing key exported"),
        Action.KEYS_IMPORTED: translate("AuditActions", "Signing key imported"),
        Action.KEYS_ROTATED: translate("AuditActions", "Signing key replaced"),
        Action.POLICY_CHANGED: translate("AuditActions", "Policy changed"),
        Action.STAFF_ADDED: translate("AuditActions", "Staff member added"),
        Action.STAFF_DISABLED: translate("AuditActions", "Staff member disabled"),
        Action.STAFF_ROLES_CHANGED: translate("AuditActions", "Staff roles changed"),
        Action.STAFF_UNLOCKED: translate("AuditActions", "Staff account unlocked"),
        Action.STAFF_TOTP_RESET: translate("AuditActions", "Staff authenticator reset"),
        Action.STAFF_PASSWORD_RESET: translate("AuditActions", "Staff password reset"),
        Action.STAFF_LOCKED: translate("AuditActions", "Staff account locked"),
        Action.STAFF_SIGNED_IN: translate("AuditActions", "Signed in"),
        Action.STAFF_SIGN_IN_FAILED: translate("AuditActions", "Sign-in failed"),
        Action.STAFF_SIGNED_OUT: translate("AuditActions", "Signed out"),
        Action.STAFF_SESSION_LOCKED: translate("AuditActions", "Screen locked"),
        Action.STAFF_SESSION_UNLOCKED: translate("AuditActions", "Screen unlocked"),
        Action.STAFF_SESSION_UNLOCK_FAILED: translate("AuditActions", "Screen unlock failed"),
        Action.STAFF_STEPPED_UP: translate("AuditActions", "Code confirmed for an approval"),
        Action.STAFF_STEP_UP_FAILED: translate("AuditActions", "Code for an approval failed"),
        Action.ACCESS_REFUSED: translate("AuditActions", "Access refused"),
        Action.CALL_TAKEN: translate("AuditActions", "Call taken"),
        Action.CALL_CLOSED: translate("AuditActions", "Call closed"),
        Action.CUSTOMER_ADDED: translate("AuditActions", "Customer added"),
        Action.CUSTOMER_IMPORTED: translate("AuditActions", "Customers imported"),
        Action.CUSTOMER_BATCH_IMPORTED: translate("AuditActions", "Batch of customers imported"),
        Action.CUSTOMER_IMPORT_REFUSED: translate("AuditActions", "Customer import refused"),
        Action.CUSTOMER_SEARCHED: translate("AuditActions", "Customers searched"),
        Action.CUSTOMER_VIEWED: translate("AuditActions", "Customer viewed"),
        Action.CUSTOMER_UNMASKED: translate("AuditActions", "Customer data unmasked"),
        Action.CUSTOMER_CONTACT_CHANGED: translate("AuditActions", "Customer contact changed"),
        Action.CUSTOMER_ACCOUNT_CHANGED: translate("AuditActions", "Withdrawal account changed"),
        Action.FACTOR_ENROLLED: translate("AuditActions", "Authenticator registered"),
        Action.FACTOR_ENROLMENT_REFUSED:
            translate("AuditActions", "Authenticator registration refused"),
        Action.FACTOR_ACTIVATED: translate("AuditActions", "Authenticator activated"),
        Action.FACTOR_ACTIVATION_FAILED:
            translate("AuditActions", "Authenticator activation failed"),
        Action.FACTOR_ACTIVATION_REFUSED:
            translate("AuditActions", "Authenticator activation refused"),
        Action.FACTOR_ACTIVATION_REPLAYED:
            translate("AuditActions", "Authenticator activation code reused"),
        Action.FACTOR_LOCKED: translate("AuditActions", "Authenticator locked"),
        Action.FACTOR_UNLOCKED: translate("AuditActions", "Authenticator unlocked"),
        Action.FACTOR_UNLOCK_REFUSED: translate("AuditActions", "Authenticator unlock refused"),
        Action.FACTOR_REVOKED: translate("AuditActions", "Authenticator revoked"),
        Action.TOTP_VERIFICATION_STARTED: translate("AuditActions", "Code verification started"),
        Action.TOTP_VERIFICATION_REFUSED: translate("AuditActions", "Code verification refused"),
        Action.TOTP_VERIFICATION_SUCCEEDED:
            translate("AuditActions", "Code verification succeeded"),
        Action.TOTP_VERIFICATION_FAILED: translate("AuditActions", "Code verification failed"),
        Action.TOTP_VERIFICATION_REPLAYED:
            translate("AuditActions", "Code reused in a verification"),
        Action.DOCUMENT_CHECKED: translate("AuditActions", "Identity document checked"),
        Action.REQUEST_CREATED: translate("AuditActions", "Change request created"),
        Action.REQUEST_REFUSED: translate("AuditActions", "Change request refused"),
        Action.REQUEST_CALLBACK_RECORDED: translate("AuditActions", "Call-back recorded"),
        Action.REQUEST_SUBMITTED: translate("AuditActions", "Change request submitted"),
        Action.REQUEST_VIEWED: translate("AuditActions", "Change request viewed"),
        Action.REQUEST_APPROVED: translate("AuditActions", "Change request approved"),
        Action.REQUEST_REJECTED: translate("AuditActions", "Change request rejected"),
        Action.REQUEST_CANCELLED: translate("AuditActions", "Change request cancelled"),
        Action.REQUEST_EXPIRED: translate("AuditActions", "Change request expired"),
        Action.REQUEST_EFFECTIVE: translate("AuditActions", "Change took effect"),
        Action.NOTIFICATION_SENT: translate("AuditActions", "Notice sent"),
        Action.NOTIFICATION_FAILED: translate("AuditActions", "Notice failed"),
        Action.AUDIT_CHECKPOINTED: translate("AuditActions", "Audit log signed (checkpoint)"),
        Action.AUDIT_VERIFIED: translate("AuditActions", "Audit log verified"),
        Action.AUDIT_EXPORTED: translate("AuditActions", "Audit log exported"),
        Action.AUDIT_EXPORT_VERIFIED: translate("AuditActions", "Audit export verified"),
        Action.AUDIT_SEARCHED: translate("AuditActions", "Audit log searched"),
        Action.AUDIT_WITNESS_FAILED: translate("AuditActions", "Audit witness check failed"),
        Action.STATE_BASELINED: translate("AuditActions", "Upgrade baseline recorded"),
        # issue 12: the look-back report
        Action.REPORT_LOOKBACK_EXPORTED: translate("AuditActions", "Look-back report exported"),
        # issue 12, evidence pack
        Action.REPORT_EVIDENCE_EXPORTED: translate("AuditActions", "Evidence pack written"),
        # alerts (issue 12)
        Action.ALERT_RAISED: translate("AuditActions", "Alert raised"),
        Action.ALERT_ACKNOWLEDGED: translate("AuditActions", "Alert acknowledged"),
        Action.ALERT_ESCALATED: translate("AuditActions", "Alert escalated"),
        # issue 11, letters
        Action.LETTER_BATCH_CREATED: translate("AuditActions", "Letter batch made"),
        Action.LETTER_BATCH_RENDERED: translate("AuditActions", "Letter batch saved for printing"),
        Action.LETTER_BATCH_PRINTED: translate("AuditActions", "Letter batch marked printed"),
        Action.LETTER_BATCH_POSTED: translate("AuditActions", "Letter batch marked posted"),
        Action.FIRM_CHANGED: translate("AuditActions", "Firm name or phone changed"),
        # Issue 11, e-mail notices and the notice gate
        Action.NOTIFICATION_ATTEMPT_FAILED: translate("AuditActions",
                                                      "E-mail attempt failed (will retry)"),
        Action.REQUEST_COOLING_OFF_STARTED: translate("AuditActions",
                                                      "Notice out: cooling-off started"),
        Action.SMTP_PASSWORD_STORED: translate("AuditActions", "SMTP password stored"),
        # withdrawal-account lock and cancel by reference (issue 11)
        Action.WITHDRAWAL_LOCK_PLACED: translate("AuditActions", "Withdrawal lock placed"),
        Action.WITHDRAWAL_UNLOCK_REQUESTED: translate("AuditActions",
                                                      "Withdrawal unlock requested"),
        Action.WITHDRAWAL_UNLOCK_DOCUMENT_ATTACHED: translate("AuditActions",
                                                             "Unlock: photo ID recorded"),
        Action.WITHDRAWAL_UNLOCK_CALLBACK_RECORDED: translate("AuditActions",
                                                             "Unlock: call-back recorded"),
        Action.WITHDRAWAL_LOCK_LIFTED: translate("AuditActions", "Withdrawal lock lifted"),
        Action.WITHDRAWAL_LOCK_REFUSED: translate("AuditActions", "Withdrawal lock refused"),
        Action.REFERENCE_LOOKED_UP: translate("AuditActions", "Reference looked up"),
        # shared mode (issue 10)
        Action.CA_CREATED: translate("AuditActions", "Certificate authority created"),
        Action.CERTIFICATE_ISSUED: translate("AuditActions", "Certificate issued"),
        Action.CERTIFICATE_REVOKED: translate("AuditActions", "Certificate revoked"),
    }
    return labels.get(action, name)


def detail_key_label(key: str) -> str:
    """The label of a details key; an unknown key as it is."""
    labels = {
        "reason": translate("AuditDetails", "Reason"),
        "typed": translate("AuditDetails", "Typed"),
        "query": translate("AuditDetails", "Search"),
        "kind": translate("AuditDetails", "Kind"),
        "results": translate("AuditDetails", "Results"),
        "session": translate("AuditDetails", "Session"),
        "field": translate("AuditDetails", "Field"),
        "events": translate("AuditDetails", "Events"),
        "head_seq": translate("AuditDetails", "Last event"),
        "checkpoints": translate("AuditDetails", "Checkpoints"),
        "count": translate("AuditDetails", "Count"),
        "customer": translate("AuditDetails", "Customer"),
        "request": translate("AuditDetails", "Request"),
        "attempts": translate("AuditDetails", "Attempts"),
        "after": translate("AuditDetails", "After"),
        "factor": translate("AuditDetails", "Authenticator"),
        "key_id": translate("AuditDetails", "Key id"),
        "phone": translate("AuditDetails", "Phone"),
        "seq": translate("AuditDetails", "Event"),
        "from": translate("AuditDetails", "From"),
        "email": translate("AuditDetails", "Email"),
        "address": translate("AuditDetails", "Address"),
        "ts": translate("AuditDetails", "Time"),
        "notifications": translate("AuditDetails", "Notices"),
        "state": translate("AuditDetails", "State"),
        "signature": translate("AuditDetails", "Signature"),
        "format": translate("AuditDetails", "Format"),
        "file": translate("AuditDetails", "File"),
        "days": translate("AuditDetails", "Days"),
        "consecutive_failures": translate("AuditDetails", "Consecutive failures"),
        "channel": translate("AuditDetails", "Channel"),
        "call": translate("AuditDetails", "Call"),
        "account": translate("AuditDetails", "Account"),
        "verification": translate("AuditDetails", "Verification"),
        "to": translate("AuditDetails", "To"),
        "text": translate("AuditDetails", "Text"),
        "roles": translate("AuditDetails", "Roles"),
        "risk": translate("AuditDetails", "Risk"),
        "requests": translate("AuditDetails", "Requests"),
        "outcome": translate("AuditDetails", "Outcome"),
        "failures": translate("AuditDetails", "Failures"),
        "employee_no": translate("AuditDetails", "Employee number"),
        "checkpoint_seq": translate("AuditDetails", "Checkpoint"),
        "action": translate("AuditDetails", "Action"),
        "account_number": translate("AuditDetails", "Account number"),
        "wrong_codes": translate("AuditDetails", "Wrong codes"),
        "workstation": translate("AuditDetails", "Workstation"),
        "head_hash": translate("AuditDetails", "Last hash"),
        "public_key": translate("AuditDetails", "Public key"),
        # issue 12, evidence pack
        "reference": translate("AuditDetails", "Reference"),
        "from_seq": translate("AuditDetails", "Segment from"),
        "file_sha256": translate("AuditDetails", "File SHA-256"),
        "pdf": translate("AuditDetails", "PDF"),
        "pdf_sha256": translate("AuditDetails", "PDF SHA-256"),
        # alerts (issue 12)
        "rule": translate("AuditDetails", "Alert rule"),
        "alert_id": translate("AuditDetails", "Alert"),
        "cause": translate("AuditDetails", "Raised by event"),
        "facts": translate("AuditDetails", "Figures"),
        "note": translate("AuditDetails", "Note"),
        "subject": translate("AuditDetails", "Subject"),
        # issue 11, letters
        "batch": translate("AuditDetails", "Letter batch"),
        "letters": translate("AuditDetails", "Letters"),
        "changed": translate("AuditDetails", "Changed"),
        # Issue 11, e-mail notices and the notice gate
        "notification_id": translate("AuditDetails", "Notice"),
        "request_id": translate("AuditDetails", "Request"),
        "attempt": translate("AuditDetails", "Attempt"),
        "next_attempt_at": translate("AuditDetails", "Next attempt"),
        "previous_contact": translate("AuditDetails", "To the previous contact"),
        "notice_out_at": translate("AuditDetails", "Notice went out"),
        "effective_at": translate("AuditDetails", "Takes effect"),
        # withdrawal-account lock and cancel by reference (issue 11)
        "lock": translate("AuditDetails", "Withdrawal lock"),
        "by": translate("AuditDetails", "By"),
        "open_requests": translate("AuditDetails", "Open requests"),
        "unlock_requested": translate("AuditDetails", "Unlock requested"),
    }
    return labels.get(key, key)


def detail_value_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def details_list(details: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(label, key, value) of each detail, in key order."""
    return [(detail_key_label(key), key, detail_value_text(details[key]))
            for key in sorted(details)]
