"""Withdrawal-account change requests: evidence, four eyes, cooling-off, effect.

Lifecycle::

    draft --submit--> pending_approval --approve--> approved --(cooling-off over)--> effective
      |                   |      |                     |
      +--cancel-----------+      +--reject--> rejected +--cancel--> cancelled
      +--(request_expiry_days untouched)--> expired <--+ (pending too long)

- ``create`` (agent): the new account is checked against the Zengin master
  (``bank.parse_bank_account``); the customer's current account, an account registered for
  another customer and a holder name that does not match are refused; a close match needs a
  written reason. The risk (``core.risk``) is computed and the draft stored.
- Evidence is attached to the draft: document checks (``attach_document``), the call-back to
  the registered phone (``record_callback``) and, on the step-up path, a fresh verification of
  the customer by the submitting agent (``FactorService``).
- ``submit`` (the requester) recomputes the risk and refuses unless the evidence it requires is
  present (``EvidenceMissing`` names what is missing).
- ``approve`` (a supervisor who is not the requester, compared as persons by employee number,
  and who gathered none of the evidence; after a fresh staff step-up) queues a letter (and an
  e-mail notice) to the customer; the effective time is set only when those notices have gone
  out, ``cooling_off_hours`` after the last (``core.noticegate``: notices gate the change).
  ``reject`` needs a reason. ``cancel`` works until the request takes effect (the customer
  called to cancel): the old account stays in force until then.
- ``apply_due`` makes approved requests effective when their time has come (the customer's
  withdrawal account changes then, audited, with a letter) and expires drafts and pending
  requests left longer than ``request_expiry_days``. ``queue`` and ``get`` call it first, and
  every transition settles its own request first, so nothing depends on a timer running.

Audit events of requests have the subject ``request:<id>`` and name the customer number in
their details; the account change itself is ``customer.account_changed`` on the customer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session

from authdesk.core import evidence, noticegate
from authdesk.core.accountlock import lock_refusal
from authdesk.core.actions import Action
from authdesk.core.authority import SYSTEM, Actor, Principal
from authdesk.core.bank import (
    AccountType,
    BankAccount,
    account_problems,
    lookup_bank,
    lookup_branch,
)
from authdesk.core.bank import parse_bank_account as parse_account
from authdesk.core.calls import current_call, require_call
from authdesk.core.clock import as_utc
from authdesk.core.customers import account_owner, get_customer
from authdesk.core.documents import DocumentChannel, DocumentType, document_channel
from authdesk.core.errors import (
    AuthDeskError,
    NotFound,
    PermissionDenied,
    RefuseAfterCommit,
)
from authdesk.core.evidence import CallbackRecord, DocumentInput, DocumentRecord
from authdesk.core.factors import FactorService
from authdesk.core.identity import CallerNotVerified, caller_refusal
from authdesk.core.kana import CloseRule, NameOutcome, compare_names
from authdesk.core.kernel import Kernel
from authdesk.core.masking import mask_tail
from authdesk.core.notifications import NotificationInfo, NotificationKind, NotificationService
from authdesk.core.reconcile import customer_after
from authdesk.core.risk import (
    Channel,
    EvidenceItem,
    RequiredEvidence,
    RiskLevel,
    RiskReason,
    assess_risk,
    gather_facts,
    read_reasons,
    required_evidence,
    stored_reasons,
)
from authdesk.core.roles import Operation
from authdesk.core.staff import StaffService
from authdesk.core.text import canonical_employee_no
from authdesk.storage.models import ChangeRequest, Customer, DocumentCheck, Staff, Verification

MAX_QUEUE = 500
MAX_REASON_LENGTH = 1000


class RequestStatus(StrEnum):
    # The values are stored and audited: never rename them.
    DRAFT = "draft"
    PENDING = "pending_approval"
    APPROVED = "approved"
    EFFECTIVE = "effective"
    REJECTED = "rejected"
    CANCELLED = "cancelled"
    EXPIRED = "expired"

    @property
    def words(self) -> str:
        return _STATUS_WORDS[self]


_STATUS_WORDS = {
    RequestStatus.DRAFT: "a draft",
    RequestStatus.PENDING: "waiting for a supervisor's approval",
    RequestStatus.APPROVED: "approved and waiting for its notice to go out and its cooling-off "
                            "period to end",
    RequestStatus.EFFECTIVE: "already in effect",
    RequestStatus.REJECTED: "rejected",
    RequestStatus.CANCELLED: "cancelled",
    RequestStatus.EXPIRED: "expired",
}

class Transition(StrEnum):
    """What can happen to a request; the value is the word a refusal uses ("cannot be …")."""

    SUBMIT = "submitted"
    APPROVE = "approved"
    REJECT = "rejected"
    CANCEL = "cancelled"
    TAKE_EFFECT = "made effective"
    EXPIRE = "expired"


# The one table of status changes: from which states each transition may start, and where it
# leads. Every status change goes through ``_move``, which consults it.
TRANSITIONS: dict[Transition, tuple[frozenset[RequestStatus], RequestStatus]] = {
    Transition.SUBMIT: (frozenset({RequestStatus.DRAFT}), RequestStatus.PENDING),
    Transition.APPROVE: (frozenset({RequestStatus.PENDING}), RequestStatus.APPROVED),
    Transition.REJECT: (frozenset({RequestStatus.PENDING}), RequestStatus.REJECTED),
    Transition.CANCEL: (frozenset({RequestStatus.DRAFT, RequestStatus.PENDING,
                                   RequestStatus.APPROVED}), RequestStatus.CANCELLED),
    Transition.TAKE_EFFECT: (frozenset({RequestStatus.APPROVED}), RequestStatus.EFFECTIVE),
    Transition.EXPIRE: (frozenset({RequestStatus.DRAFT, RequestStatus.PENDING}),
                        RequestStatus.EXPIRED),
}
# Once here, a request never changes again.
FINAL = frozenset({RequestStatus.EFFECTIVE, RequestStatus.REJECTED, RequestStatus.CANCELLED,
                   RequestStatus.EXPIRED})

# At most one request per customer is in these states: two competing changes to the same
# withdrawal account would leave the outcome to whichever took effect last.
_OPEN = (RequestStatus.PENDING, RequestStatus.APPROVED)


# --- Refusals (each a sentence an agent can read out) ---------------------------------------


class RequestNotFound(NotFound):
    template = "There is no change request {key}."


class SameAsCurrentAccount(AuthDeskError):
    template = "This is already the customer's withdrawal account, so there is nothing to change."


class AccountInUse(AuthDeskError):
    template = (
        "This bank account is registered for another customer, so it cannot become this "
        "customer's withdrawal account. The new account must be in the customer's own name."
    )


class NameMismatch(AuthDeskError):
    template = (
        "The account holder name does not match the name registered for this customer, so this "
        "account cannot be used. The new account must be in the customer's own name."
    )


class CloseMatchNeedsReason(AuthDeskError):
    template = (
        "The account holder name is close to, but not the same as, the registered name. Write "
        "down why they differ (for example, how the bank spells the name) before going on."
    )


class RequestAlreadyOpen(AuthDeskError):
    template = (
        "This customer already has change request {request}, {status}. It must take effect, "
        "be rejected or be cancelled before another change is opened."
    )


class RequestNotPending(AuthDeskError):
    template = "Request {request} is {status}, so it cannot be {action} now."


class NotRequester(AuthDeskError):
    template = "Only {requester}, who opened request {request}, can add to it or submit it."


class EvidenceMissing(AuthDeskError):
    template = "The request cannot go to a supervisor yet. Still needed: {what}."


class VerificationNeeded(CallerNotVerified):
    template = (
        "This customer has an authenticator app. Verify the caller with a code from it in this "
        "call before opening a change request."
    )


@dataclass(frozen=True)
class CreationGate:
    """What ``create`` would say now: ``refusal`` None means a request may be opened."""

    refusal: AuthDeskError | None
    fresh_until: datetime | None

    @property
    def open(self) -> bool:
        return self.refusal is None


class SameApproverRefused(AuthDeskError):
    template = "A different supervisor must approve this request (four eyes): {reason}."


# --- What screens get ------------------------------------------------------------------------


@dataclass(frozen=True)
class AccountInfo:
    bank_code: str
    bank_name: str
    branch_code: str
    branch_name: str
    account_type: str
    account_number: str  # masked
    holder: str


@dataclass(frozen=True)
class RequestSummary:
    id: int
    customer_id: int
    customer_number: str
    customer_name: str
    status: RequestStatus
    channel: Channel
    requester: str
    created_at: datetime
    submitted_at: datetime | None
    age: timedelta  # waiting for a decision since submission (a draft: since creation)
    account: AccountInfo
    name_match: NameOutcome
    risk_level: RiskLevel
    effective_at: datetime | None


@dataclass(frozen=True)
class VerificationInfo:
    id: int
    agent: str
    succeeded_at: datetime | None
    fresh_until: datetime | None
    method: str = "6-digit code from the customer's authenticator app (TOTP step-up)"


@dataclass(frozen=True)
class NameMatchInfo:
    outcome: NameOutcome
    registered: str  # both normalised to the half-width Zengin form, for side-by-side display
    holder: str
    rule: CloseRule | None
    reason: str | None  # the agent's written reason for a close match


@dataclass(frozen=True)
class DecisionInfo:
    by: str
    at: datetime
    reason: str | None
    effective_at: datetime | None
    closed_at: datetime | None


@dataclass(frozen=True)
class RequestDetail:
    """Everything a supervisor weighs, and an auditor later reads."""

    summary: RequestSummary
    old_account: AccountInfo | None
    name_match: NameMatchInfo
    risk_level: RiskLevel
    risk_reasons: list[RiskReason]
    required: RequiredEvidence
    missing: list[EvidenceItem]  # for a draft: what submit would still ask for (for this viewer)
    verification: VerificationInfo | None
    documents: list[DocumentRecord]
    callback: CallbackRecord | None
    notes: str | None
    decision: DecisionInfo | None
    notifications: list[NotificationInfo]

    @property
    def id(self) -> int:
        return self.summary.id

    @property
    def status(self) -> RequestStatus:
        return self.summary.status


def _move(row: ChangeRequest, transition: Transition) -> RequestStatus:
    """Change the request's status as the transition table says; returns the status it left.
    Callers check first (``_check``) so a person gets a sentence; this guards the table."""
    previous = RequestStatus(row.status)
    sources, target = TRANSITIONS[transition]
    if previous not in sources:
        raise AssertionError(f"request {row.id}: {previous} cannot be {transition.value}")
    row.status = str(target)
    return previous


def account_info(bank_code: str | None, branch_code: str | None, account_type: str | None,
                 number: str | None, holder: str | None) -> AccountInfo | None:
    if not (bank_code and branch_code and number):
        return None
    bank_info = lookup_bank(bank_code)
    branch_info = lookup_branch(bank_code, branch_code)
    return AccountInfo(bank_code=bank_code, bank_name=bank_info.name if bank_info else "",
                       branch_code=branch_code,
                       branch_name=branch_info.name if branch_info else "",
                       account_type=account_type or "", account_number=mask_tail(number),
                       holder=holder or "")


def _masked(bank_code: str | None, branch_code: str | None, number: str | None) -> dict[str, str]:
    """An account as audit details carry it."""
    return {"bank": bank_code or "", "branch": branch_code or "", "number": mask_tail(number)}


def _person(employee_no: str | None) -> str:
    return canonical_employee_no(employee_no or "")


def _account_of(row: ChangeRequest) -> BankAccount:
    return BankAccount(bank_code=row.bank_code, branch_code=row.branch_code,
                       account_type=AccountType(row.account_type), number=row.account_number,
                       holder=row.account_holder)


def _snapshot(customer: Customer) -> dict[str, str | None]:
    """The account in force, kept with the request (the customer master changes later)."""
    return {"bank_code": customer.bank_code, "branch_code": customer.branch_code,
            "account_type": customer.account_type, "account_number": customer.account_number,
            "holder": customer.account_holder}


def _same_account(customer: Customer, account: BankAccount) -> bool:
    return (customer.bank_code, customer.branch_code, customer.account_number) == (
        account.bank_code, account.branch_code, account.number)


def draft_problems(
    *,
    registered_kana: str,
    bank_code: str,
    branch_code: str,
    account_type: str,
    account_number: str,
    holder: str,
    close_match_reason: str | None = None,
    notes: str | None = None,
) -> dict[str, AuthDeskError]:
    """Every problem of a new request's first step as typed, by field: the account's
    (``bank.account_problems``), then a close name match without a written reason
    (``close_match_reason``) and an unusable reason or note (``notes``). Empty when ``create``
    may be asked; it refuses the first of the same, and judges what needs the database (the
    gate, a name that does not match, an account in use) itself. Plain input checks: nothing
    is read or written, so a form may ask on every key press."""
    problems = account_problems(bank_code, branch_code, account_type, account_number, holder)
    close = "holder" not in problems and \
        compare_names(registered_kana, holder).outcome is NameOutcome.CLOSE
    try:
        reason = evidence.clean_note(close_match_reason, "reason for the close match",
                                     required=False)
        if close and reason is None:
            problems["close_match_reason"] = CloseMatchNeedsReason()
    except AuthDeskError as error:
        problems["close_match_reason"] = error
    try:
        evidence.clean_note(notes, "notes", required=False)
    except AuthDeskError as error:
        problems["notes"] = error
    return problems


class RequestService:
    def __init__(self, kernel: Kernel, *, staff: StaffService, factors: FactorService,
                 notifications: NotificationService) -> None:
        self.kernel = kernel
        self.staff = staff
        self.factors = factors
        self.notifications = notifications

    # -- creating and gathering evidence -----------------------------------------------------

    def create(
        self,
        handle: Principal,
        customer_id: int,
        *,
        bank_code: str,
        branch_code: str,
        account_type: str,
        account_number: str,
        holder: str,
        close_match_reason: str | None = None,
        notes: str | None = None,
    ) -> RequestSummary:
        """A draft request for a new withdrawal account, with its risk assessed. It comes from
        the call (or mail item) the agent is on, and needs what ``creation_gate`` says."""
        account = parse_account(bank_code, branch_code, account_type, account_number, holder)
        reason = evidence.clean_note(close_match_reason, "reason for the close match",
                                     required=False)
        notes = evidence.clean_note(notes, "notes", required=False)
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.CREATE_REQUEST)
            requester_id = self._staff_id(actor, Operation.CREATE_REQUEST)
            customer = get_customer(s, customer_id, for_update=True)
            refusal = self._gate(s, actor, customer)
            if refusal is not None:
                self._refused(s, actor, customer, None, "create", type(refusal).__name__,
                              account)
                raise RefuseAfterCommit(refusal)
            call = require_call(s, actor, customer)
            how = Channel(call.channel)
            self._refuse_account(s, actor, customer, account, "create")
            match = compare_names(customer.name_kana, account.holder)
            if match.outcome is NameOutcome.NO_MATCH:
                self._refused(s, actor, customer, None, "create", "name does not match",
                              account)
                raise RefuseAfterCommit(NameMismatch())
            if match.outcome is NameOutcome.CLOSE and reason is None:
                raise CloseMatchNeedsReason()
            self._refuse_second_open(s, customer.id, None)
            risk = assess_risk(gather_facts(s, self.kernel, customer.id, account, match.outcome,
                                            channel=how))
            now = self.kernel.now()
            row = ChangeRequest(
                customer_id=customer.id, requester_id=requester_id, channel=str(how),
                call_id=call.id, status=str(RequestStatus.DRAFT), created_at=now,
                bank_code=account.bank_code, branch_code=account.branch_code,
                account_type=str(account.account_type), account_number=account.number,
                account_holder=account.holder,
                old_account=_snapshot(customer),
                name_match=str(match.outcome),
                name_match_reason=reason if match.outcome is NameOutcome.CLOSE else None,
                risk_level=str(risk.level), risk_reasons=stored_reasons(risk.reasons),
                notes=notes)
            s.add(row)
            s.flush()
            self.kernel.record(s, actor, Action.REQUEST_CREATED, subject=f"request:{row.id}",
                               details={"customer": customer.number, "channel": str(how),
                                        "call": call.id,
                                        "account": _masked(account.bank_code, account.branch_code,
                                                           account.number),
                                        "name_match": str(match.outcome),
                                        "close_match_reason": row.name_match_reason,
                                        "risk": str(risk.level),
                                        "reasons": stored_reasons(risk.reasons)})
            return self._summary(s, row, customer)

    def record_document(self, handle: Principal, customer_id: int, document: DocumentInput,
                        *, request_id: int | None = None) -> DocumentRecord:
        """A document seen for a customer (and, with ``request_id``, for a draft request).
        The check is computed by ``documents.assess_document``; only its results are kept.
        What could be checked depends on how the document came: the request's channel, else
        the open call's; a copy by mail when there is neither."""
        # Refuse what is missing whatever the channel, before opening the transaction.
        document.assess(evidence.today_in_japan(self.kernel.now()), DocumentChannel.PHONE)
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.RECORD_DOCUMENT)
            customer = get_customer(s, customer_id)
            call = current_call(s, actor)
            channel = call.channel if call is not None else DocumentChannel.MAIL
            if request_id is not None:
                row = self._load(s, request_id)
                if row.customer_id != customer.id:
                    raise RequestNotFound(key=f"{request_id} for customer {customer.number}")
                if row.status != RequestStatus.DRAFT:
                    raise RequestNotPending(request=row.id, status=RequestStatus(row.status).words,
                                            action="given more documents")
                channel = row.channel
            found = document.assess(evidence.today_in_japan(self.kernel.now()),
                                    document_channel(channel))
            return evidence.store_document(s, self.kernel, actor, customer, found, request_id)

    def attach_document(self, handle: Principal, request_id: int,
                        document: DocumentInput) -> DocumentRecord:
        """A document checked for a draft request."""
        with self.kernel.read() as s:
            self.kernel.authorize(s, handle, Operation.RECORD_DOCUMENT)
            customer_id = self._load(s, request_id).customer_id
        return self.record_document(handle, customer_id, document, request_id=request_id)

    def record_callback(self, handle: Principal, request_id: int, note: str) -> CallbackRecord:
        """The call-back to the customer's registered phone number, with what came of it."""
        text = evidence.clean_note(note, "call-back note", required=True)
        assert text is not None
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.RECORD_CALLBACK)
            row = self._load(s, request_id, for_update=True)
            if row.status != RequestStatus.DRAFT:
                raise RequestNotPending(request=row.id, status=RequestStatus(row.status).words,
                                        action="given a call-back")
            customer = get_customer(s, row.customer_id)
            return evidence.store_callback(s, self.kernel, actor, row, customer, text)

    def submit(self, handle: Principal, request_id: int) -> RequestSummary:
        """Send the draft to a supervisor once the evidence its risk requires is complete."""
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.CREATE_REQUEST)
            row, settled = self._load_settled(s, actor, request_id)
            self._check(row, Transition.SUBMIT, settled)
            if row.requester_id != actor.staff_id:
                requester = s.get(Staff, row.requester_id)
                raise NotRequester(requester=requester.username if requester else "?",
                                   request=row.id)
            customer = get_customer(s, row.customer_id, for_update=True)
            self._refuse_locked(s, actor, customer, row, "submit")
            account = _account_of(row)
            self._refuse_account(s, actor, customer, account, "submit", row)
            self._refuse_second_open(s, customer.id, row.id)
            risk = assess_risk(gather_facts(s, self.kernel, customer.id, account,
                                            NameOutcome(row.name_match), channel=row.channel,
                                            exclude_request_id=row.id))
            verification = (self.factors.fresh_verification(s, actor, customer.id)
                            if risk.required.step_up else None)
            documents = evidence.document_records(s, request_id=row.id)
            missing = risk.required.missing(
                step_up_done=verification is not None, callback_done=row.callback_at is not None,
                documents=[d.evidence for d in documents])
            if missing:
                raise EvidenceMissing(what="; ".join(item.text for item in missing),
                                      needs=tuple(missing))
            now = self.kernel.now()
            _move(row, Transition.SUBMIT)
            row.submitted_at = now
            row.verification_id = verification.id if verification is not None else None
            row.risk_level, row.risk_reasons = str(risk.level), stored_reasons(risk.reasons)
            row.old_account = _snapshot(customer)  # it may have changed since the draft
            self.kernel.record(s, actor, Action.REQUEST_SUBMITTED, subject=f"request:{row.id}",
                               details={"customer": customer.number, "risk": str(risk.level),
                                        "reasons": stored_reasons(risk.reasons),
                                        "verification": row.verification_id,
                                        "callback": row.callback_at is not None,
                                        "documents": [d.id for d in documents if d.passed]})
            return self._summary(s, row, customer)

    # -- deciding ----------------------------------------------------------------------------

    def approve(self, handle: Principal, request_id: int) -> RequestSummary:
        """Four eyes: a supervisor who is not the requester (as a person), after a fresh staff
        step-up. The new account takes effect after the cooling-off period."""
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.APPROVE_REQUEST)
            approver_id = self._staff_id(actor, Operation.APPROVE_REQUEST)
            row, settled = self._load_settled(s, actor, request_id)
            self._check(row, Transition.APPROVE, settled)
            customer = get_customer(s, row.customer_id, for_update=True)
            self._refuse_locked(s, actor, customer, row, "approve")
            conflict = self._same_person(s, row, approver_id)
            if conflict is not None:
                self._refused(s, actor, customer, row, "approve", conflict)
                raise RefuseAfterCommit(SameApproverRefused(reason=conflict))
            self.staff.use_step_up(s, actor)
            self._refuse_account(s, actor, customer, _account_of(row), "approve", row)
            now = self.kernel.now()
            hours = self.kernel.policy(s).cooling_off_hours
            _move(row, Transition.APPROVE)
            row.decided_by, row.decided_at = approver_id, now
            # Notices gate the change (core.noticegate): no effective time until the approval
            # notices have gone out; the cooling-off runs from then.
            row.effective_at = None
            sent = self.notifications.queue(s, customer.id, row.id,
                                                 NotificationKind.REQUEST_APPROVED)
            self.kernel.record(s, actor, Action.REQUEST_APPROVED, subject=f"request:{row.id}",
                               details={"customer": customer.number, "risk": row.risk_level,
                                        "cooling_off_hours": hours,
                                        "effective_at": None,
                                        "notifications": sent})
            self.kernel.checkpoint_at_commit(s, actor, Action.REQUEST_APPROVED)
            return self._summary(s, row, customer)

    def reject(self, handle: Principal, request_id: int, reason: str) -> RequestSummary:
        text = evidence.clean_note(reason, "reason", required=True, limit=MAX_REASON_LENGTH)
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.REJECT_REQUEST)
            decider_id = self._staff_id(actor, Operation.REJECT_REQUEST)
            row, settled = self._load_settled(s, actor, request_id)
            self._check(row, Transition.REJECT, settled)
            customer = get_customer(s, row.customer_id)
            now = self.kernel.now()
            _move(row, Transition.REJECT)
            row.decided_by, row.decided_at = decider_id, now
            row.closed_at = now
            row.decision_reason = text
            # The real customer learns that someone tried: a letter to the registered address.
            sent = self.notifications.queue(s, customer.id, row.id,
                                                 NotificationKind.REQUEST_REJECTED)
            self.kernel.record(s, actor, Action.REQUEST_REJECTED, subject=f"request:{row.id}",
                               details={"customer": customer.number, "reason": text,
                                        "notifications": sent})
            return self._summary(s, row, customer)

    def cancel(self, handle: Principal, request_id: int, reason: str) -> RequestSummary:
        """Until the request takes effect: the customer called to cancel, or the agent
        abandons a draft. The old account stays in force."""
        text = evidence.clean_note(reason, "reason", required=True, limit=MAX_REASON_LENGTH)
        assert text is not None
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.CANCEL_REQUEST)
            row, settled = self._load_settled(s, actor, request_id)
            self._check(row, Transition.CANCEL, settled)
            return self._cancel_in(s, actor, row, text)

    def _cancel_in(self, s: Session, actor: Actor, row: ChangeRequest, text: str,
                  **how: Any) -> RequestSummary:
        """Cancel a (locked, settled, checked) request inside the caller's transaction;
        ``how`` goes into the audit details (core.cancellation: by the customer, by the
        reference they quoted)."""
        previous = RequestStatus(row.status)
        customer = get_customer(s, row.customer_id)
        now = self.kernel.now()
        _move(row, Transition.CANCEL)
        row.closed_at = now
        row.decision_reason = text
        if actor.staff_id is not None:
            row.decided_by, row.decided_at = actor.staff_id, now
        sent: list[int] = []
        if previous is not RequestStatus.DRAFT:  # the customer was not told of a draft
            sent = self.notifications.queue(s, customer.id, row.id,
                                                 NotificationKind.REQUEST_CANCELLED)
        self.kernel.record(s, actor, Action.REQUEST_CANCELLED, subject=f"request:{row.id}",
                           details={"customer": customer.number, "from": str(previous),
                                    "reason": text, **how, "notifications": sent})
        return self._summary(s, row, customer)

    # -- time --------------------------------------------------------------------------------

    def apply_due(self, handle: Principal) -> list[int]:
        """Make approved requests whose time has come effective; expire requests left too
        long. Returns the ids changed. Safe to run from several workstations at once."""
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.APPLY_DUE_REQUESTS)
            rows = s.scalars(select(ChangeRequest).where(self._due_clause(s))
                             .order_by(ChangeRequest.id).with_for_update()).all()
            return [row.id for row in rows if self._settle(s, actor, row)]

    def _apply_due_if_any(self) -> None:
        with self.kernel.read() as s:
            due = s.scalar(select(exists().where(self._due_clause(s))))
        if due:
            self.apply_due(SYSTEM)

    def _due_clause(self, s: Session) -> Any:
        now = self.kernel.now()
        cutoff = now - timedelta(days=self.kernel.policy(s).request_expiry_days)
        return or_(
            and_(ChangeRequest.status == RequestStatus.APPROVED,
                 ChangeRequest.effective_at <= now),
            # Notices gate the change: every approval notice went out, but nothing started the
            # cooling-off yet (a notice marked sent by a path that does not call the gate).
            and_(ChangeRequest.status == RequestStatus.APPROVED,
                 ChangeRequest.effective_at.is_(None), noticegate.all_out_clause()),
            and_(ChangeRequest.status == RequestStatus.DRAFT, ChangeRequest.created_at <= cutoff),
            and_(ChangeRequest.status == RequestStatus.PENDING,
                 ChangeRequest.submitted_at <= cutoff),
        )

    def _settle(self, s: Session, actor: Actor, row: ChangeRequest) -> bool:
        """Carry out what time has decided for one (locked) request; True if it changed."""
        now = self.kernel.now()
        status = RequestStatus(row.status)
        opened = False
        if status is RequestStatus.APPROVED and row.effective_at is None:
            # The approval notices may have gone out since (core.noticegate).
            opened = noticegate.notice_went_out(s, self.kernel, actor, row.id) is not None
        if status is RequestStatus.APPROVED and row.effective_at is not None \
                and as_utc(row.effective_at) <= now:
            self._make_effective(s, actor, row)
            return True
        if opened:
            return True
        days = self.kernel.policy(s).request_expiry_days
        since = row.submitted_at if status is RequestStatus.PENDING else row.created_at
        if status in (RequestStatus.DRAFT, RequestStatus.PENDING) and since is not None \
                and as_utc(since) + timedelta(days=days) <= now:
            customer = get_customer(s, row.customer_id)
            _move(row, Transition.EXPIRE)
            row.closed_at = now
            self.kernel.record(s, actor, Action.REQUEST_EXPIRED, subject=f"request:{row.id}",
                               details={"customer": customer.number, "from": str(status),
                                        "after_days": days})
            return True
        return False

    def _make_effective(self, s: Session, actor: Actor, row: ChangeRequest) -> None:
        now = self.kernel.now()
        customer = get_customer(s, row.customer_id, for_update=True)
        account = _account_of(row)
        owner = account_owner(s, (account.bank_code, account.branch_code, account.number))
        if owner is not None and owner != customer.number:
            # Cannot happen through this service (approve checks it); guards a change made to
            # the customer master behind its back during the cooling-off period.
            _move(row, Transition.CANCEL)
            row.closed_at = now
            row.decision_reason = "the account was registered for another customer"
            sent = self.notifications.queue(s, customer.id, row.id,
                                                 NotificationKind.REQUEST_CANCELLED)
            self.kernel.record(s, actor, Action.REQUEST_CANCELLED, subject=f"request:{row.id}",
                               outcome="refused",
                               details={"customer": customer.number, "from": "approved",
                                        "reason": row.decision_reason, "notifications": sent})
            self.kernel.checkpoint_at_commit(s, actor, Action.REQUEST_CANCELLED)
            return
        old = _masked(customer.bank_code, customer.branch_code, customer.account_number)
        customer.bank_code, customer.branch_code = account.bank_code, account.branch_code
        customer.account_type, customer.account_number = str(account.account_type), account.number
        customer.account_holder = account.holder
        _move(row, Transition.TAKE_EFFECT)
        row.closed_at = now
        sent = self.notifications.queue(s, customer.id, row.id,
                                             NotificationKind.ACCOUNT_CHANGED)
        self.kernel.record(s, actor, Action.REQUEST_EFFECTIVE, subject=f"request:{row.id}",
                           details={"customer": customer.number, "notifications": sent})
        self.kernel.record(s, actor, Action.CUSTOMER_ACCOUNT_CHANGED,
                           subject=f"customer:{customer.number}",
                           details={"request": row.id, "from": old,
                                    "to": _masked(account.bank_code, account.branch_code,
                                                  account.number),
                                    "after": customer_after(self.kernel.keys, customer)})
        self.kernel.checkpoint_at_commit(s, actor, Action.REQUEST_EFFECTIVE)

    # -- reading -----------------------------------------------------------------------------

    def queue(self, handle: Principal, *, limit: int = MAX_QUEUE) -> list[RequestSummary]:
        """Requests waiting for approval, oldest first."""
        with self.kernel.read() as s:  # refuse before carrying out anything
            self.kernel.authorize(s, handle, Operation.VIEW_QUEUE)
        self._apply_due_if_any()
        with self.kernel.read() as s:
            self.kernel.authorize(s, handle, Operation.VIEW_QUEUE)
            rows = s.execute(
                select(ChangeRequest, Customer)
                .join(Customer, Customer.id == ChangeRequest.customer_id)
                .where(ChangeRequest.status == RequestStatus.PENDING)
                .order_by(ChangeRequest.submitted_at, ChangeRequest.id)
                .limit(max(1, min(limit, MAX_QUEUE)))).all()
            return [self._summary(s, row, customer) for row, customer in rows]

    def get(self, handle: Principal, request_id: int) -> RequestDetail:
        """The full evidence of one request. Viewing it is audited, like a customer record."""
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.VIEW_REQUEST)
            row, _ = self._load_settled(s, actor, request_id)
            customer = get_customer(s, row.customer_id)
            detail = self._detail(s, actor, row, customer)
            self.kernel.record(s, actor, Action.REQUEST_VIEWED, subject=f"request:{row.id}",
                               details={"customer": customer.number, "status": row.status})
            return detail

    def _detail(self, s: Session, actor: Actor, row: ChangeRequest,
                customer: Customer) -> RequestDetail:
        status = RequestStatus(row.status)
        documents = evidence.document_records(s, request_id=row.id)
        match = compare_names(customer.name_kana, row.account_holder)
        if status is RequestStatus.DRAFT:
            # A draft shows what submit would now find: facts may have changed since creation.
            risk = assess_risk(gather_facts(s, self.kernel, customer.id, _account_of(row),
                                            NameOutcome(row.name_match), channel=row.channel,
                                            exclude_request_id=row.id))
            level, reasons, required = risk.level, risk.reasons, risk.required
            fresh = (self.factors.fresh_verification(s, actor, customer.id)
                     if required.step_up else None)
            missing = required.missing(step_up_done=fresh is not None,
                                       callback_done=row.callback_at is not None,
                                       documents=[d.evidence for d in documents])
        else:
            level, missing = RiskLevel(row.risk_level), []
            reasons = read_reasons(row.risk_reasons)  # old rows hold English sentences
            # The path taken is on record: a verification means the customer had a factor.
            required = required_evidence(
                level, step_up_path=row.verification_id is not None,
                documents_path=row.verification_id is None or row.channel == Channel.MAIL)
        verification = None
        if row.verification_id is not None:
            found = s.execute(select(Verification, Staff.username)
                              .join(Staff, Staff.id == Verification.agent_id)
                              .where(Verification.id == row.verification_id)).first()
            if found is not None:
                v, agent = found
                verification = VerificationInfo(
                    id=v.id, agent=agent,
                    succeeded_at=as_utc(v.succeeded_at) if v.succeeded_at else None,
                    fresh_until=as_utc(v.fresh_until) if v.fresh_until else None)
        decision = None
        if row.decided_at is not None:
            decider = s.get(Staff, row.decided_by) if row.decided_by else None
            decision = DecisionInfo(
                by=decider.username if decider else "system", at=as_utc(row.decided_at),
                reason=row.decision_reason,
                effective_at=as_utc(row.effective_at) if row.effective_at else None,
                closed_at=as_utc(row.closed_at) if row.closed_at else None)
        old = row.old_account or {}
        return RequestDetail(
            summary=self._summary(s, row, customer),
            old_account=account_info(old.get("bank_code"), old.get("branch_code"),
                                     old.get("account_type"), old.get("account_number"),
                                     old.get("holder")),
            name_match=NameMatchInfo(outcome=NameOutcome(row.name_match),
                                     registered=match.registered, holder=match.holder,
                                     rule=match.rule, reason=row.name_match_reason),
            risk_level=level, risk_reasons=reasons, required=required, missing=missing,
            verification=verification, documents=documents,
            callback=evidence.callback_record(s, row, customer), notes=row.notes,
            decision=decision,
            notifications=self.notifications.for_request(s, row.id),
        )

    def _summary(self, s: Session, row: ChangeRequest, customer: Customer) -> RequestSummary:
        requester = s.get(Staff, row.requester_id)
        since = row.submitted_at or row.created_at
        account = account_info(row.bank_code, row.branch_code, row.account_type,
                               row.account_number, row.account_holder)
        assert account is not None
        return RequestSummary(
            id=row.id, customer_id=customer.id, customer_number=customer.number,
            customer_name=customer.name_kanji, status=RequestStatus(row.status),
            channel=Channel(row.channel), requester=requester.username if requester else "?",
            created_at=as_utc(row.created_at),
            submitted_at=as_utc(row.submitted_at) if row.submitted_at else None,
            age=self.kernel.now() - as_utc(since), account=account,
            name_match=NameOutcome(row.name_match), risk_level=RiskLevel(row.risk_level),
            effective_at=as_utc(row.effective_at) if row.effective_at else None)

    def detail_for_pack(self, s: Session, row: ChangeRequest,
                        customer: Customer) -> RequestDetail:
        """The evidence of one request for an evidence pack (core.evidencepack), read in the
        caller's transaction after it authorised the pack; not recorded as a view: writing the
        pack is its own event. Read as the system: nothing in it depends on who asks (a draft's
        "fresh verification for this viewer" is then none)."""
        return self._detail(s, self.kernel.system_actor(), row, customer)

    # -- the gate before a request --------------------------------------------------------------

    def creation_gate(self, handle: Principal, customer_id: int) -> CreationGate:
        """Whether this agent may open a change request for this customer now, and if not,
        the refusal ``create`` would give (the GUI shows it instead of deciding itself)."""
        with self.kernel.read() as s:
            actor = self.kernel.authorize(s, handle, Operation.CREATE_REQUEST)
            customer = get_customer(s, customer_id)
            refusal = self._gate(s, actor, customer)
            fresh = self.factors.fresh_verification(s, actor, customer.id)
            return CreationGate(
                refusal=refusal,
                fresh_until=as_utc(fresh.fresh_until) if fresh and fresh.fresh_until else None)

    def _gate(self, s: Session, actor: Actor, customer: Customer) -> AuthDeskError | None:
        """A request is made inside a call, after the desk's identity check of the caller
        (``core.identity``: a locked factor is unlocked by a supervisor first, never bypassed
        by the documents path), and never while the customer's withdrawal lock holds."""
        return (caller_refusal(s, self.factors, actor, customer,
                               not_verified=VerificationNeeded)
                or lock_refusal(s, customer.id))

    # -- rules shared by the transitions -----------------------------------------------------

    @staticmethod
    def _staff_id(actor: Actor, operation: Operation) -> int:
        # Requests and decisions are bound to a person; the CLI's system actor is none.
        if actor.staff_id is None:
            raise PermissionDenied(operation=operation.value)
        return actor.staff_id

    @staticmethod
    def _load(s: Session, request_id: int, *, for_update: bool = False) -> ChangeRequest:
        query = select(ChangeRequest).where(ChangeRequest.id == request_id)
        if for_update:
            query = query.with_for_update()
        row = s.scalar(query)
        if row is None:
            raise RequestNotFound(key=str(request_id))
        return row

    def _load_settled(self, s: Session, actor: Actor,
                      request_id: int) -> tuple[ChangeRequest, bool]:
        """The request, locked, after carrying out what time has decided for it (as the system:
        nobody decided it now)."""
        row = self._load(s, request_id, for_update=True)
        return row, self._settle(s, self.kernel.system_actor(), row)

    @staticmethod
    def _check(row: ChangeRequest, transition: Transition, settled: bool) -> None:
        """Refuse unless ``transition`` may start from the request's status."""
        if RequestStatus(row.status) in TRANSITIONS[transition][0]:
            return
        error = RequestNotPending(request=row.id, status=RequestStatus(row.status).words,
                                  action=transition.value)
        # If time just moved the request on (expired, took effect), keep that change.
        raise RefuseAfterCommit(error) if settled else error

    def _refuse_second_open(self, s: Session, customer_id: int, request_id: int | None) -> None:
        query = select(ChangeRequest).where(ChangeRequest.customer_id == customer_id,
                                            ChangeRequest.status.in_([str(x) for x in _OPEN]))
        if request_id is not None:
            query = query.where(ChangeRequest.id != request_id)
        other = s.scalars(query.order_by(ChangeRequest.id).limit(1)).first()
        if other is not None:
            raise RequestAlreadyOpen(request=other.id, status=RequestStatus(other.status).words)

    def _refuse_account(self, s: Session, actor: Actor, customer: Customer,
                        account: BankAccount, step: str, row: ChangeRequest | None = None) -> None:
        """The customer's current account, or one registered for (or about to become) another
        customer's, is refused; the attempt is audited, as it may be a fraud."""
        error: AuthDeskError | None = None
        if _same_account(customer, account):
            error, why = SameAsCurrentAccount(), "current account"
        else:
            owner = account_owner(s, (account.bank_code, account.branch_code, account.number))
            if owner is not None and owner != customer.number:
                error, why = AccountInUse(), "registered for another customer"
            elif step == "approve" and s.scalar(select(exists().where(
                    ChangeRequest.customer_id != customer.id,
                    ChangeRequest.status == RequestStatus.APPROVED,
                    ChangeRequest.bank_code == account.bank_code,
                    ChangeRequest.branch_code == account.branch_code,
                    ChangeRequest.account_number == account.number))):
                error, why = AccountInUse(), "approved for another customer"
        if error is not None:
            self._refused(s, actor, customer, row, step, why, account)
            raise RefuseAfterCommit(error)

    def _refuse_locked(self, s: Session, actor: Actor, customer: Customer, row: ChangeRequest,
                       step: str) -> None:
        """No change goes on while the customer's withdrawal lock holds (issue 11)."""
        refusal = lock_refusal(s, customer.id)
        if refusal is not None:
            self._refused(s, actor, customer, row, step, "withdrawal lock")
            raise RefuseAfterCommit(refusal)

    def _refused(self, s: Session, actor: Actor, customer: Customer,
                 row: ChangeRequest | None, step: str, why: str,
                 account: BankAccount | None = None) -> None:
        details: dict[str, Any] = {"customer": customer.number, "step": step, "reason": why}
        if account is not None:
            details["account"] = _masked(account.bank_code, account.branch_code, account.number)
        subject = f"request:{row.id}" if row is not None else f"customer:{customer.number}"
        self.kernel.record(s, actor, Action.REQUEST_REFUSED, subject=subject,
                           outcome="refused", details=details)

    @staticmethod
    def _same_person(s: Session, row: ChangeRequest, approver_id: int) -> str | None:
        """Why the approver may not decide, if they are the requester (under any login) or
        gathered evidence for the request; None if they may."""
        approver = s.get(Staff, approver_id)
        assert approver is not None
        me = _person(approver.employee_no)

        def same(staff_id: int | None) -> bool:
            if staff_id is None:
                return False
            if staff_id == approver_id:
                return True
            other = s.get(Staff, staff_id)
            return other is not None and _person(other.employee_no) == me

        if same(row.requester_id):
            return ("you opened it yourself" if row.requester_id == approver_id
                    else "you opened it under another login")
        if same(row.callback_by):
            return "you made its call-back"
        checkers = s.scalars(select(DocumentCheck.checked_by)
                             .where(DocumentCheck.request_id == row.id)).all()
        if any(same(c) for c in checkers):
            return "you checked its documents"
        return None


__all__ = [
    "AccountInUse",
    "AccountInfo",
    "CloseMatchNeedsReason",
    "DecisionInfo",
    "DocumentInput",
    "DocumentType",
    "EvidenceMissing",
    "NameMatchInfo",
    "NameMismatch",
    "NotRequester",
    "RequestAlreadyOpen",
    "RequestDetail",
    "RequestNotFound",
    "RequestNotPending",
    "RequestService",
    "RequestStatus",
    "RequestSummary",
    "SameApproverRefused",
    "SameAsCurrentAccount",
    "VerificationInfo",
]
