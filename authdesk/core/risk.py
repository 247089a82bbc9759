"""Risk of a withdrawal-account change, and the evidence it requires.

``assess_risk`` is a pure function of ``RiskFacts``; ``gather_facts`` reads those facts from the
database. The level comes from points: each fact found adds its points and one plain-English
reason (shown to the agent and the supervisor, stored with the request).

| fact (window)                                                          | points |
|------------------------------------------------------------------------|--------|
| contact details (address, phone, e-mail) changed (policy, 30 days)     | 2      |
| 3 or more wrong codes, or a verification made void (30 days)           | 2      |
| the customer's authenticator is locked                                 | 2      |
| the authenticator was unlocked, revoked or re-enrolled (30 days)       | 2      |
| the holder name is only a close match                                  | 1      |
| the new account is named in another customer's request (any time)     | 3      |
| the new account was in this customer's rejected/cancelled/expired one  | 1      |
| other change requests for this customer (30 days): 1-2 / 3 or more     | 1 / 2  |
| no active authenticator; request by mail (they decide the path)        | 0      |

Level: 0 points low, 1-2 medium, 3 or more high.

Evidence required. The step-up path is taken when the customer has an active authenticator;
the documents path (documents and a call-back to the registered phone) when there is none or
the request came by mail. A mail request from a customer with an authenticator needs both: the
code is read out on the call-back, so the mail path is never weaker than the phone path.

Step-up path (phone, active authenticator):

| level  | evidence                                                              |
|--------|-----------------------------------------------------------------------|
| low    | fresh step-up by this agent                                           |
| medium | fresh step-up + a photo ID                                            |
| high   | fresh step-up + call-back + a photo ID + proof of the new account     |

Documents path (no active authenticator, or by mail; plus the step-up if there is one):

| level  | evidence                                                              |
|--------|-----------------------------------------------------------------------|
| low    | call-back + 1 strong document                                         |
| medium | call-back + 2 strong documents, one of them a photo ID                |
| high   | call-back + 2 strong documents, one a photo ID, + proof of the account|

"Strong documents" count as ``documents.evidence_satisfies`` counts them: a photo ID is one,
two weak documents of different types are one. A step-up is never sufficient on its own
(DESIGN.md §3): four eyes, cooling-off and the letter to the registered address still apply.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from authdesk.core.customers import get_customer
from authdesk.core.documents import DocumentEvidence, DocumentType, evidence_satisfies
from authdesk.core.factorstate import factor_state
from authdesk.core.kana import NameOutcome
from authdesk.storage.models import AuditEvent, ChangeRequest, ContactChange, Verification

if TYPE_CHECKING:
    from authdesk.core.bank import BankAccount
    from authdesk.core.kernel import Kernel

FAILED_WINDOW_DAYS = 30
RESET_WINDOW_DAYS = 30
REQUEST_WINDOW_DAYS = 30
MANY_WRONG_CODES = 3


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Channel(StrEnum):
    PHONE = "phone"
    MAIL = "mail"


@dataclass(frozen=True)
class RiskFacts:
    """What the data says about the customer and the new account. Counts are in the windows
    of the module docstring."""

    factor_state: str = "none"  # none | pending | active | locked | revoked (FactorState)
    channel: Channel = Channel.PHONE
    contact_changes: tuple[str, ...] = ()  # fields changed within the contact window
    contact_window_days: int = 30
    wrong_codes: int = 0
    void_verifications: int = 0
    factor_reset_recently: bool = False
    name_match: NameOutcome = NameOutcome.MATCH
    account_in_other_customers_requests: int = 0
    account_in_own_refused_requests: int = 0
    other_recent_requests: int = 0

    @property
    def active_factor(self) -> bool:
        return self.factor_state == "active"


@dataclass(frozen=True)
class RequiredEvidence:
    step_up: bool
    callback: bool
    strong_documents: int
    photo_id: bool = False
    bank_account_proof: bool = False

    def describe(self) -> list[str]:
        """Each piece of evidence in words, for the agent's checklist."""
        return self.missing(step_up_done=False, callback_done=False, documents=())

    def missing(
        self, *, step_up_done: bool, callback_done: bool, documents: Iterable[DocumentEvidence]
    ) -> list[str]:
        """What is still missing, in words; empty when the evidence is complete."""
        docs = list(documents)
        passed = [d for d in docs if d.passed]
        out = []
        if self.step_up and not step_up_done:
            out.append("a fresh authenticator code from the customer, checked by you")
        if self.callback and not callback_done:
            out.append("a call-back to the customer's registered phone number")
        units_ok = evidence_satisfies(docs, strong_needed=self.strong_documents)
        photo_ok = not self.photo_id or any(d.strong for d in passed)
        if self.photo_id and self.strong_documents == 1:
            if not photo_ok:
                out.append("a photo ID that passed every check")
        elif not (units_ok and photo_ok):
            n = self.strong_documents
            out.append(f"{n} strong identity document{'s' if n > 1 else ''} that passed every "
                       "check" + (", one of them a photo ID" if self.photo_id else "")
                       + " (two non-photo documents of different kinds count as one)")
        if self.bank_account_proof and not any(
                d.doc_type is DocumentType.BANK_ACCOUNT_PROOF for d in passed):
            out.append("a proof of the new bank account that passed every check")
        return out


@dataclass(frozen=True)
class RiskAssessment:
    level: RiskLevel
    reasons: list[str]
    required: RequiredEvidence
    points: int


def level_for(points: int) -> RiskLevel:
    if points >= 3:
        return RiskLevel.HIGH
    return RiskLevel.MEDIUM if points >= 1 else RiskLevel.LOW


def required_evidence(level: RiskLevel | str, *, step_up_path: bool,
                      documents_path: bool) -> RequiredEvidence:
    """The table of the module docstring. ``step_up_path``: the customer has an active
    authenticator; ``documents_path``: there is none, or the request came by mail."""
    level = RiskLevel(level)
    if documents_path:
        return RequiredEvidence(
            step_up=step_up_path,
            callback=True,
            strong_documents=1 if level is RiskLevel.LOW else 2,
            photo_id=level is not RiskLevel.LOW,
            bank_account_proof=level is RiskLevel.HIGH,
        )
    return RequiredEvidence(
        step_up=True,
        callback=level is RiskLevel.HIGH,
        strong_documents=0 if level is RiskLevel.LOW else 1,
        photo_id=level is not RiskLevel.LOW,
        bank_account_proof=level is RiskLevel.HIGH,
    )


_FIELD_WORDS = {"address": "address", "postal_code": "postal code", "phone": "phone number",
                "email": "e-mail address"}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def assess_risk(facts: RiskFacts) -> RiskAssessment:
    points = 0
    reasons: list[str] = []

    def add(weight: int, reason: str) -> None:
        nonlocal points
        points += weight
        reasons.append(reason)

    if facts.contact_changes:
        what = " and ".join(_FIELD_WORDS.get(f, f) for f in facts.contact_changes)
        add(2, f"The customer's {what} changed in the last "
               f"{facts.contact_window_days} days; fraud often starts with a contact change.")
    if facts.void_verifications or facts.wrong_codes >= MANY_WRONG_CODES:
        add(2, f"There were {_plural(facts.wrong_codes, 'wrong authenticator code')} "
               f"({_plural(facts.void_verifications, 'verification')} made void) in the last "
               f"{FAILED_WINDOW_DAYS} days.")
    if facts.factor_state == "locked":
        add(2, "The customer's authenticator is locked after repeated wrong codes.")
    if facts.factor_reset_recently:
        add(2, f"The customer's authenticator was unlocked, revoked or re-enrolled in the last "
               f"{RESET_WINDOW_DAYS} days.")
    if facts.name_match is NameOutcome.CLOSE:
        add(1, "The account holder name is only a close match to the registered name.")
    if facts.account_in_other_customers_requests:
        add(3, "The new account is named in another customer's change request.")
    if facts.account_in_own_refused_requests:
        add(1, "The new account was in an earlier request of this customer that was rejected, "
               "cancelled or expired.")
    if facts.other_recent_requests:
        add(2 if facts.other_recent_requests >= 3 else 1,
            f"This customer had {_plural(facts.other_recent_requests, 'other change request')} "
            f"in the last {REQUEST_WINDOW_DAYS} days.")
    # These decide the path, not the level; the reason tells the agent why documents are asked.
    if not facts.active_factor:
        reasons.append("The customer has no active authenticator, so documents and a call-back "
                       "to the registered phone are needed.")
    elif facts.channel is Channel.MAIL:
        reasons.append("The request came by mail, so documents and a call-back to the "
                       "registered phone are needed.")
    level = level_for(points)
    required = required_evidence(
        level, step_up_path=facts.active_factor,
        documents_path=not facts.active_factor or facts.channel is Channel.MAIL)
    if not reasons:
        reasons.append("Nothing unusual was found.")
    return RiskAssessment(level=level, reasons=reasons, required=required, points=points)


# --- Facts from the database -----------------------------------------------------------------

# Audit actions (written by core.factors) that reset a customer's factor: a supervisor's unlock,
# and the revocation that re-enrollment starts with.
_RESET_ACTIONS = ("factor.unlocked", "factor.revoked")


def gather_facts(
    session: Session,
    kernel: Kernel,
    customer_id: int,
    account: BankAccount,
    name_match: NameOutcome,
    *,
    channel: Channel | str = Channel.PHONE,
    exclude_request_id: int | None = None,
) -> RiskFacts:
    """Read the facts of the module docstring for one customer and one new account
    (``exclude_request_id``: the request being assessed, when it already exists)."""
    now = kernel.now()
    policy = kernel.policy(session)
    customer = get_customer(session, customer_id)

    def since(days: int) -> datetime:
        return now - timedelta(days=days)

    changed = session.scalars(
        select(ContactChange.field).where(
            ContactChange.customer_id == customer_id,
            ContactChange.changed_at >= since(policy.contact_change_window_days))
    ).all()

    wrong, void = session.execute(
        select(func.coalesce(func.sum(Verification.wrong_codes), 0),
               func.count().filter(Verification.status == "void"))
        .where(Verification.customer_id == customer_id,
               Verification.started_at >= since(FAILED_WINDOW_DAYS))
    ).one()

    resets = session.scalar(
        select(func.count()).select_from(AuditEvent).where(
            AuditEvent.subject == f"customer:{customer.number}",
            AuditEvent.action.in_(_RESET_ACTIONS),
            AuditEvent.outcome == "ok",
            AuditEvent.ts >= since(RESET_WINDOW_DAYS)))

    same_account = select(ChangeRequest.customer_id, ChangeRequest.status).where(
        ChangeRequest.bank_code == account.bank_code,
        ChangeRequest.branch_code == account.branch_code,
        ChangeRequest.account_number == account.number,
    )
    recent = select(func.count()).select_from(ChangeRequest).where(
        ChangeRequest.customer_id == customer_id,
        ChangeRequest.created_at >= since(REQUEST_WINDOW_DAYS))
    if exclude_request_id is not None:
        same_account = same_account.where(ChangeRequest.id != exclude_request_id)
        recent = recent.where(ChangeRequest.id != exclude_request_id)
    others = own_refused = 0
    for other_customer, status in session.execute(same_account):
        if other_customer != customer_id:
            others += 1
        elif status in ("rejected", "cancelled", "expired"):
            own_refused += 1

    return RiskFacts(
        factor_state=str(factor_state(session, customer_id)),
        channel=Channel(channel),
        contact_changes=tuple(sorted(set(changed))),
        contact_window_days=policy.contact_change_window_days,
        wrong_codes=int(wrong),
        void_verifications=int(void),
        factor_reset_recently=bool(resets),
        name_match=name_match,
        account_in_other_customers_requests=others,
        account_in_own_refused_requests=own_refused,
        other_recent_requests=int(session.scalar(recent) or 0),
    )
