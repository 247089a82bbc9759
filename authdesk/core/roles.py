"""Roles, the operations each may perform, and the acting staff member (``Actor``).

A person may hold several roles. Every service operation names its ``Operation``; ``require``
refuses with ``PermissionDenied`` unless one of the actor's roles allows it, and returns the
role that did, which is what the audit event records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from authdesk.core.errors import PermissionDenied


class Role(StrEnum):
    AGENT = "agent"
    SUPERVISOR = "supervisor"
    AUDITOR = "auditor"
    ADMIN = "admin"


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
    # administration
    MANAGE_STAFF = "staff.manage"
    VIEW_STAFF = "staff.view"
    CHANGE_POLICY = "policy.change"
    VIEW_POLICY = "policy.view"
    VIEW_KEYS = "keys.view"
    TRANSFER_KEYS = "keys.transfer"


_A, _S, _U, _D = Role.AGENT, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN

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
    # member's screen, or the admin CLI timer, may trigger it.
    Operation.APPLY_DUE_REQUESTS: frozenset({_A, _S, _U, _D}),
    Operation.VIEW_OUTBOX: frozenset({_S, _U}),
    Operation.MARK_NOTIFICATION: frozenset({_S}),
    Operation.VIEW_AUDIT: frozenset({_S, _U}),
    Operation.VERIFY_AUDIT: frozenset({_S, _U}),
    Operation.EXPORT_AUDIT: frozenset({_S, _U}),
    Operation.MANAGE_STAFF: frozenset({_D}),
    Operation.VIEW_STAFF: frozenset({_D}),
    Operation.CHANGE_POLICY: frozenset({_D}),
    Operation.VIEW_POLICY: frozenset({_D, _S, _U}),
    Operation.VIEW_KEYS: frozenset({_D}),
    Operation.TRANSFER_KEYS: frozenset({_D}),
}

assert set(ALLOWED) == set(Operation), "every operation says who may do it"

# Order in which a role is named in the audit record when several allow an operation.
_PREFERENCE = (_A, _S, _U, _D)


@dataclass(frozen=True)
class Actor:
    """Who acts: a signed-in staff member, or the admin CLI / system (staff_id None)."""

    username: str
    roles: frozenset[Role]
    workstation: str
    staff_id: int | None = None
    employee_no: str | None = None
    session_id: str | None = None
    display_name: str = field(default="", compare=False)

    def may(self, operation: Operation) -> bool:
        return bool(self.roles & ALLOWED[operation])

    @property
    def roles_text(self) -> str:
        return ",".join(sorted(r.value for r in self.roles))


def require(actor: Actor, operation: Operation) -> Role:
    """The role under which ``actor`` may perform ``operation``; refuses otherwise."""
    granted = actor.roles & ALLOWED[operation]
    for role in _PREFERENCE:
        if role in granted:
            return role
    raise PermissionDenied(operation=operation.value)


def parse_roles(text: str) -> frozenset[Role]:
    return frozenset(Role(part) for part in text.split(",") if part)
