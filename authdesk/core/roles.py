"""Roles and the operations each may perform.

A person may hold several roles. Every service operation names its ``Operation``; ``require``
refuses with ``PermissionDenied`` unless one of the roles (as the kernel read them from the
staff row) allows it, and returns the role that did, which is what the audit event records.
``Role.SYSTEM`` is the core's own scheduled work; no person can hold it.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from authdesk.core.errors import PermissionDenied


class Role(StrEnum):
    AGENT = "agent"
    SUPERVISOR = "supervisor"
    AUDITOR = "auditor"
    ADMIN = "admin"
    SYSTEM = "system"


# The roles a person can be given.
STAFF_ROLES: tuple[Role, ...] = (Role.AGENT, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN)


class Operation(StrEnum):
    # customers
    SEARCH_CUSTOMERS = "customer.search"
    VIEW_CUSTOMER = "customer.view"
    UNMASK_FIELD = "customer.unmask"
    IMPORT_CUSTOMERS = "customer.import"
    # customer factor
    ENROLL_FACTOR = "factor.enroll"
    ACTIVATE_FACTOR = "factor.activate"
    VERIFY_CUSTOMER = "factor.verify"
    UNLOCK_FACTOR = "factor.unlock"
    REENROLL_FACTOR = "factor.reenroll"
    REVOKE_FACTOR = "factor.revoke"
    # evidence and requests
    RECORD_DOCUMENT = "document.record"
    RECORD_CALLBACK = "request.callback"
    CREATE_REQUEST = "request.create"
    CANCEL_REQUEST = "request.cancel"
    APPROVE_REQUEST = "request.approve"
    REJECT_REQUEST = "request.reject"
    VIEW_QUEUE = "request.queue"
    VIEW_REQUEST = "request.view"
    APPLY_DUE_REQUESTS = "request.apply_due"
    VIEW_OUTBOX = "notification.view"
    MARK_NOTIFICATION = "notification.mark"
    # audit
    VIEW_AUDIT = "audit.view"
    VERIFY_AUDIT = "audit.verify"
    EXPORT_AUDIT = "audit.export"
    BASELINE_AUDIT = "audit.baseline"
    # administration
    MANAGE_STAFF = "staff.manage"
    VIEW_STAFF = "staff.view"
    CHANGE_POLICY = "policy.change"
    VIEW_POLICY = "policy.view"
    VIEW_KEYS = "keys.view"
    TRANSFER_KEYS = "keys.transfer"
    ROTATE_KEYS = "keys.rotate"
    # calls
    TAKE_CALL = "call.take"
    VIEW_CALLS = "call.view"
    # session bookkeeping any signed-in person (and the system) may do
    CHECKPOINT_AUDIT = "audit.checkpoint"
    # running set-up again on a database in use
    SET_UP = "system.set_up"
    # the look-back report and the supervisors' dashboard (issue 12)
    EXPORT_LOOKBACK = "report.lookback"
    VIEW_DASHBOARD = "report.dashboard"
    # issue 12, evidence pack: the pack of one change request, for regulators and courts
    EXPORT_EVIDENCE = "report.evidence"
    # alerts (issue 12)
    VIEW_ALERTS = "alert.view"
    HANDLE_ALERTS = "alert.handle"
    # letters and the firm's identity (issue 11, letters)
    PRINT_LETTERS = "letter.print"
    CHANGE_FIRM = "firm.change"
    # Issue 11, e-mail notices: send what is due over SMTP (outbox send, the outbox button)
    SEND_EMAIL = "notification.send"
    # withdrawal-account lock and cancel by reference (issue 11)
    LOCK_WITHDRAWAL = "withdrawal.lock"
    REQUEST_WITHDRAWAL_UNLOCK = "withdrawal.request_unlock"
    LIFT_WITHDRAWAL_LOCK = "withdrawal.unlock"
    CANCEL_BY_REFERENCE = "request.cancel_by_reference"
    # shared mode (issue 10): the installation's CA and the workstations' certificates
    MANAGE_WORKSTATIONS = "workstation.manage"


_A, _S, _U, _D, _Y = Role.AGENT, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN, Role.SYSTEM

# Administrators cannot approve and cannot edit the log; auditors only read.
ALLOWED: dict[Operation, frozenset[Role]] = {
    Operation.SEARCH_CUSTOMERS: frozenset({_A, _S}),
    Operation.VIEW_CUSTOMER: frozenset({_A, _S}),
    Operation.UNMASK_FIELD: frozenset({_A, _S}),
    Operation.IMPORT_CUSTOMERS: frozenset({_D}),
    Operation.ENROLL_FACTOR: frozenset({_A, _S}),
    Operation.ACTIVATE_FACTOR: frozenset({_A, _S}),
    Operation.VERIFY_CUSTOMER: frozenset({_A, _S}),
    Operation.UNLOCK_FACTOR: frozenset({_S}),
    Operation.REENROLL_FACTOR: frozenset({_S}),
    Operation.REVOKE_FACTOR: frozenset({_S}),
    Operation.RECORD_DOCUMENT: frozenset({_A, _S}),
    Operation.RECORD_CALLBACK: frozenset({_A, _S}),
    Operation.CREATE_REQUEST: frozenset({_A}),
    Operation.CANCEL_REQUEST: frozenset({_A, _S}),
    Operation.APPROVE_REQUEST: frozenset({_S}),
    Operation.REJECT_REQUEST: frozenset({_S}),
    Operation.VIEW_QUEUE: frozenset({_S}),
    Operation.VIEW_REQUEST: frozenset({_A, _S, _U}),
    # Carrying out decisions already made (cooling-off over, pending too long): any staff
    # member's screen, or the core's scheduled work, may trigger it.
    Operation.APPLY_DUE_REQUESTS: frozenset({_A, _S, _U, _D, _Y}),
    Operation.VIEW_OUTBOX: frozenset({_S, _U}),
    Operation.MARK_NOTIFICATION: frozenset({_S}),
    Operation.VIEW_AUDIT: frozenset({_S, _U}),
    Operation.VERIFY_AUDIT: frozenset({_S, _U}),
    Operation.EXPORT_AUDIT: frozenset({_S, _U}),
    # An upgrade step: the administrator records the state of rows an older version left with
    # no event behind them (core.baseline); it never covers a row that differs from its event.
    Operation.BASELINE_AUDIT: frozenset({_D}),
    Operation.MANAGE_STAFF: frozenset({_D}),
    Operation.VIEW_STAFF: frozenset({_D}),
    Operation.CHANGE_POLICY: frozenset({_D}),
    Operation.VIEW_POLICY: frozenset({_D, _S, _U}),
    Operation.VIEW_KEYS: frozenset({_D}),
    Operation.TRANSFER_KEYS: frozenset({_D}),
    Operation.ROTATE_KEYS: frozenset({_D}),
    Operation.TAKE_CALL: frozenset({_A, _S}),
    Operation.VIEW_CALLS: frozenset({_A, _S, _U}),
    Operation.CHECKPOINT_AUDIT: frozenset({_A, _S, _U, _D, _Y}),
    Operation.SET_UP: frozenset({_D}),
    # the look-back report and the supervisors' dashboard (issue 12): review, not approval
    Operation.EXPORT_LOOKBACK: frozenset({_S, _U}),
    Operation.VIEW_DASHBOARD: frozenset({_S, _U}),
    # issue 12, evidence pack
    Operation.EXPORT_EVIDENCE: frozenset({_S, _U}),
    # alerts (issue 12): supervisors see and handle them; auditors may read them.
    Operation.VIEW_ALERTS: frozenset({_S, _U}),
    Operation.HANDLE_ALERTS: frozenset({_S}),
    # letters and the firm's identity (issue 11, letters): the mail room is whoever marks the
    # outbox (supervisors); the firm's name and phone number are set by administrators.
    Operation.PRINT_LETTERS: frozenset({_S}),
    Operation.CHANGE_FIRM: frozenset({_D}),
    # Issue 11, e-mail notices: the mail room's supervisor
    Operation.SEND_EMAIL: frozenset({_S}),
    # withdrawal-account lock and cancel by reference (issue 11): asked for on a call; lifting
    # the lock is a supervisor's approval (four eyes).
    Operation.LOCK_WITHDRAWAL: frozenset({_A, _S}),
    Operation.REQUEST_WITHDRAWAL_UNLOCK: frozenset({_A, _S}),
    Operation.LIFT_WITHDRAWAL_LOCK: frozenset({_S}),
    Operation.CANCEL_BY_REFERENCE: frozenset({_A, _S}),
    # shared mode (issue 10)
    Operation.MANAGE_WORKSTATIONS: frozenset({_D}),
}

assert set(ALLOWED) == set(Operation), "every operation says who may do it"

# Order in which a role is named in the audit record when several allow an operation.
_PREFERENCE = (_A, _S, _U, _D, _Y)


def may(roles: Iterable[Role], operation: Operation) -> bool:
    return bool(frozenset(roles) & ALLOWED[operation])


def require(roles: Iterable[Role], operation: Operation) -> Role:
    """The role under which someone holding ``roles`` may perform ``operation``; refuses
    otherwise."""
    granted = frozenset(roles) & ALLOWED[operation]
    for role in _PREFERENCE:
        if role in granted:
            return role
    raise PermissionDenied(operation=operation.value)


def parse_roles(text: str) -> frozenset[Role]:
    """The roles stored on a staff row. ``system`` is never a person's role: it is dropped."""
    return frozenset(Role(part) for part in text.split(",") if part and part != Role.SYSTEM)
