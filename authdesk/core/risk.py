"""Risk of a withdrawal-account change, and the evidence it requires.

``assess_risk`` is a pure function of ``RiskFacts``; ``gather_facts`` reads those facts from the
database. The level comes from points: each fact found adds its points and one ``RiskReason``:
a ``ReasonCode`` with typed parameters (days, counts, field names). Screens translate the code;
the request row and its audit events keep the code and parameters as JSON; ``RiskReason.text``
is the English sentence for the CLI and logs.

| ``ReasonCode``                      | pts   | fact (window)                                      |
|-------------------------------------|-------|----------------------------------------------------|
| CONTACT_CHANGED_RECENTLY            | 2     | address, phone or e-mail changed (policy, 30 d.)   |
| RECENT_FAILED_VERIFICATIONS         | 2     | 3+ wrong codes or a void verification (30 days)    |
| FACTOR_LOCKED                       | 2     | the customer's authenticator is locked             |
| RECENT_FACTOR_RESET                 | 2     | authenticator unlocked/revoked/re-enrolled (30 d.) |
| CLOSE_NAME_MATCH                    | 1     | the holder name is only a close match              |
| ACCOUNT_IN_OTHER_CUSTOMERS_REQUESTS | 3     | new account in another customer's request (ever)   |
| ACCOUNT_IN_OWN_REFUSED_REQUESTS     | 1     | new account in this customer's refused request     |
| OTHER_RECENT_REQUESTS               | 1 / 2 | other requests (30 days): 1-2 / 3 or more          |
| NO_ACTIVE_FACTOR                    | 0     | no active authenticator (decides the path)         |
| MAIL_REQUEST                        | 0     | by mail with an authenticator (decides the path)   |
| NOTHING_UNUSUAL                     | 0     | none of the above                                  |

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

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, assert_never

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


class EvidenceKind(StrEnum):
    """One piece of evidence a risk level can require."""

    FRESH_STEP_UP = "fresh_step_up"
    CALLBACK = "callback"
    PHOTO_ID = "photo_id"
    STRONG_DOCUMENTS = "strong_documents"
    BANK_ACCOUNT_PROOF = "bank_account_proof"


@dataclass(frozen=True)
class EvidenceItem:
    """A piece of required evidence; screens translate it by ``kind``. ``count`` and
    ``photo_id`` only mean something for ``STRONG_DOCUMENTS`` (how many strong documents, and
    whether one of them must be a photo ID)."""

    kind: EvidenceKind
    count: int = 0
    photo_id: bool = False

    @property
    def text(self) -> str:
        """The item in English, for the CLI, logs and the core's own refusals."""
        match self.kind:
            case EvidenceKind.FRESH_STEP_UP:
                return "a fresh authenticator code from the customer, checked by you"
            case EvidenceKind.CALLBACK:
                return "a call-back to the customer's registered phone number"
            case EvidenceKind.PHOTO_ID:
                return "a photo ID that passed every check"
            case EvidenceKind.STRONG_DOCUMENTS:
                n = "a strong identity document" if self.count <= 1 else \
                    f"{self.count} strong identity documents"
                return (f"{n} that passed every check"
                        + (", one of them a photo ID" if self.photo_id else "")
                        + " (two non-photo documents of different kinds count as one)")
            case EvidenceKind.BANK_ACCOUNT_PROOF:
                return "a proof of the new bank account that passed every check"
            case _:
                assert_never(self.kind)


@dataclass(frozen=True)
class RequiredEvidence:
    step_up: bool
    callback: bool
    strong_documents: int
    photo_id: bool = False
    bank_account_proof: bool = False

    def describe(self) -> list[EvidenceItem]:
        """Each piece of evidence, for the agent's checklist."""
        return self.missing(step_up_done=False, callback_done=False, documents=())

    def missing(
        self, *, step_up_done: bool, callback_done: bool, documents: Iterable[DocumentEvidence]
    ) -> list[EvidenceItem]:
        """What is still missing; empty when the evidence is complete."""
        docs = list(documents)
        passed = [d for d in docs if d.passed]
        out = []
        if self.step_up and not step_up_done:
            out.append(EvidenceItem(EvidenceKind.FRESH_STEP_UP))
        if self.callback and not callback_done:
            out.append(EvidenceItem(EvidenceKind.CALLBACK))
        units_ok = evidence_satisfies(docs, strong_needed=self.strong_documents)
        photo_ok = not self.photo_id or any(d.strong for d in passed)
        if self.photo_id and self.strong_documents == 1:
            if not photo_ok:
                out.append(EvidenceItem(EvidenceKind.PHOTO_ID))
        elif not (units_ok and photo_ok):
            out.append(EvidenceItem(EvidenceKind.STRONG_DOCUMENTS, count=self.strong_documents,
                                    photo_id=self.photo_id))
        if self.bank_account_proof and not any(
                d.doc_type is DocumentType.BANK_ACCOUNT_PROOF for d in passed):
            out.append(EvidenceItem(EvidenceKind.BANK_ACCOUNT_PROOF))
        return out


# --- Reasons ---------------------------------------------------------------------------------

ReasonParam = int | str | tuple[str, ...]


class ReasonCode(StrEnum):
    """One fact behind a risk level or an evidence path. The values are stored in request rows
    and audit events, so a value is never renamed: a changed meaning gets a new code."""

    CONTACT_CHANGED_RECENTLY = "contact_changed_recently"
    RECENT_FAILED_VERIFICATIONS = "recent_failed_verifications"
    FACTOR_LOCKED = "factor_locked"
    RECENT_FACTOR_RESET = "recent_factor_reset"
    CLOSE_NAME_MATCH = "close_name_match"
    ACCOUNT_IN_OTHER_CUSTOMERS_REQUESTS = "account_in_other_customers_requests"
    ACCOUNT_IN_OWN_REFUSED_REQUESTS = "account_in_own_refused_requests"
    OTHER_RECENT_REQUESTS = "other_recent_requests"
    NO_ACTIVE_FACTOR = "no_active_factor"
    MAIL_REQUEST = "mail_request"
    NOTHING_UNUSUAL = "nothing_unusual"
    # Never assessed: a reason stored as an English sentence before reasons had codes, or one
    # this version cannot read. It is shown as it was written.
    RECORDED_TEXT = "recorded_text"


# The parameters of each code, by name and type (``tuple`` is a tuple of str). ``fields`` are
# contact field names (``customers.CONTACT_FIELDS``); ``requests`` count change requests.
REASON_PARAMS: Mapping[ReasonCode, Mapping[str, type]] = MappingProxyType({
    ReasonCode.CONTACT_CHANGED_RECENTLY: {"fields": tuple, "days": int},
    ReasonCode.RECENT_FAILED_VERIFICATIONS: {"wrong_codes": int, "void_verifications": int,
                                             "days": int},
    ReasonCode.FACTOR_LOCKED: {},
    ReasonCode.RECENT_FACTOR_RESET: {"days": int},
    ReasonCode.CLOSE_NAME_MATCH: {},
    ReasonCode.ACCOUNT_IN_OTHER_CUSTOMERS_REQUESTS: {"requests": int},
    ReasonCode.ACCOUNT_IN_OWN_REFUSED_REQUESTS: {"requests": int},
    ReasonCode.OTHER_RECENT_REQUESTS: {"requests": int, "days": int},
    ReasonCode.NO_ACTIVE_FACTOR: {},
    ReasonCode.MAIL_REQUEST: {},
    ReasonCode.NOTHING_UNUSUAL: {},
    ReasonCode.RECORDED_TEXT: {"text": str},
})


def _param(code: ReasonCode, name: str, kind: type, value: object) -> ReasonParam:
    if kind is tuple and isinstance(value, list | tuple) and all(
            isinstance(v, str) for v in value):
        return tuple(value)
    # bool is an int to Python, never a count here.
    if kind is not tuple and type(value) is kind and isinstance(value, int | str):
        return value
    raise TypeError(f"risk reason {code}: {name} must be {kind.__name__}, not {value!r}")


_FIELD_WORDS = {"address": "address", "postal_code": "postal code", "phone": "phone number",
                "email": "e-mail address"}


@dataclass(frozen=True)
class RiskReason:
    """One reason for a risk level or an evidence path: a code and its parameters, exactly
    those ``REASON_PARAMS`` names for the code. Screens translate ``code`` and format
    ``params``; ``text`` is the English sentence."""

    code: ReasonCode
    params: Mapping[str, ReasonParam] = field(default_factory=dict)

    def __post_init__(self) -> None:
        code = ReasonCode(self.code)
        expected = REASON_PARAMS[code]
        if set(self.params) != set(expected):
            raise TypeError(f"risk reason {code} takes {sorted(expected)}, "
                            f"not {sorted(self.params)}")
        params = {name: _param(code, name, kind, self.params[name])
                  for name, kind in expected.items()}
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "params", MappingProxyType(params))

    def __hash__(self) -> int:
        return hash((self.code, tuple(self.params.items())))

    def __repr__(self) -> str:
        return f"RiskReason({self.code.name}, {dict(self.params)!r})"

    def int_param(self, name: str) -> int:
        value = self.params[name]
        assert isinstance(value, int), (self.code, name)
        return value

    def str_param(self, name: str) -> str:
        value = self.params[name]
        assert isinstance(value, str), (self.code, name)
        return value

    def fields_param(self, name: str) -> tuple[str, ...]:
        value = self.params[name]
        assert isinstance(value, tuple), (self.code, name)
        return value

    @property
    def text(self) -> str:
        """The reason in English, for the CLI and logs."""
        match self.code:
            case ReasonCode.CONTACT_CHANGED_RECENTLY:
                words = [_FIELD_WORDS.get(f, f) for f in self.fields_param("fields")]
                what = " and ".join([", ".join(words[:-1]), words[-1]] if len(words) > 1
                                    else words)
                return (f"The customer's {what} changed in the last {self.int_param('days')} "
                        "days; fraud often starts with a contact change.")
            case ReasonCode.RECENT_FAILED_VERIFICATIONS:
                text = (f"Wrong authenticator codes in the last {self.int_param('days')} days: "
                        f"{self.int_param('wrong_codes')}")
                void = self.int_param("void_verifications")
                return f"{text}; verifications made void: {void}." if void else f"{text}."
            case ReasonCode.FACTOR_LOCKED:
                return "The customer's authenticator is locked after repeated wrong codes."
            case ReasonCode.RECENT_FACTOR_RESET:
                return ("The customer's authenticator was unlocked, revoked or re-enrolled in the "
                        f"last {self.int_param('days')} days.")
            case ReasonCode.CLOSE_NAME_MATCH:
                return "The account holder name is only a close match to the registered name."
            case ReasonCode.ACCOUNT_IN_OTHER_CUSTOMERS_REQUESTS:
                return "The new account is named in another customer's change request."
            case ReasonCode.ACCOUNT_IN_OWN_REFUSED_REQUESTS:
                return ("The new account was in an earlier request of this customer that was "
                        "rejected, cancelled or expired.")
            case ReasonCode.OTHER_RECENT_REQUESTS:
                return (f"Other change requests of this customer in the last "
                        f"{self.int_param('days')} days: {self.int_param('requests')}.")
            case ReasonCode.NO_ACTIVE_FACTOR:
                return ("The customer has no active authenticator, so documents and a call-back "
                        "to the registered phone are needed.")
            case ReasonCode.MAIL_REQUEST:
                return ("The request came by mail, so documents and a call-back to the "
                        "registered phone are needed.")
            case ReasonCode.NOTHING_UNUSUAL:
                return "Nothing unusual was found."
            case ReasonCode.RECORDED_TEXT:
                return self.str_param("text")
            case _:
                assert_never(self.code)

    def to_json(self) -> dict[str, Any]:
        """The form kept in the request row and in audit events."""
        return {"code": str(self.code),
                "params": {name: list(value) if isinstance(value, tuple) else value
                           for name, value in self.params.items()}}

    @classmethod
    def from_stored(cls, value: object) -> RiskReason:
        """A reason as a request row or an audit event keeps it: ``to_json``'s form, or an
        English sentence from before reasons had codes. Never raises: a reason that cannot be
        read is shown as stored rather than hiding the request."""
        if isinstance(value, str):
            return cls(ReasonCode.RECORDED_TEXT, {"text": value})
        if isinstance(value, dict):
            try:
                return cls(ReasonCode(value["code"]), value.get("params") or {})
            except (KeyError, TypeError, ValueError):
                pass
        return cls(ReasonCode.RECORDED_TEXT,
                   {"text": json.dumps(value, ensure_ascii=False, sort_keys=True)})


def stored_reasons(reasons: Iterable[RiskReason]) -> list[dict[str, Any]]:
    """Reasons in the JSON form of the request row and the audit events."""
    return [reason.to_json() for reason in reasons]


def read_reasons(stored: object) -> list[RiskReason]:
    """Reasons from a request row, old (English sentences) or new (codes)."""
    if not isinstance(stored, list):
        return [RiskReason.from_stored(stored)] if stored else []
    return [RiskReason.from_stored(item) for item in stored]


@dataclass(frozen=True)
class RiskAssessment:
    level: RiskLevel
    reasons: list[RiskReason]
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


def assess_risk(facts: RiskFacts) -> RiskAssessment:
    points = 0
    reasons: list[RiskReason] = []

    def add(weight: int, code: ReasonCode, **params: ReasonParam) -> None:
        nonlocal points
        points += weight
        reasons.append(RiskReason(code, params))

    if facts.contact_changes:
        add(2, ReasonCode.CONTACT_CHANGED_RECENTLY, fields=tuple(facts.contact_changes),
            days=facts.contact_window_days)
    if facts.void_verifications or facts.wrong_codes >= MANY_WRONG_CODES:
        add(2, ReasonCode.RECENT_FAILED_VERIFICATIONS, wrong_codes=facts.wrong_codes,
            void_verifications=facts.void_verifications, days=FAILED_WINDOW_DAYS)
    if facts.factor_state == "locked":
        add(2, ReasonCode.FACTOR_LOCKED)
    if facts.factor_reset_recently:
        add(2, ReasonCode.RECENT_FACTOR_RESET, days=RESET_WINDOW_DAYS)
    if facts.name_match is NameOutcome.CLOSE:
        add(1, ReasonCode.CLOSE_NAME_MATCH)
    if facts.account_in_other_customers_requests:
        add(3, ReasonCode.ACCOUNT_IN_OTHER_CUSTOMERS_REQUESTS,
            requests=facts.account_in_other_customers_requests)
    if facts.account_in_own_refused_requests:
        add(1, ReasonCode.ACCOUNT_IN_OWN_REFUSED_REQUESTS,
            requests=facts.account_in_own_refused_requests)
    if facts.other_recent_requests:
        add(2 if facts.other_recent_requests >= 3 else 1, ReasonCode.OTHER_RECENT_REQUESTS,
            requests=facts.other_recent_requests, days=REQUEST_WINDOW_DAYS)
    # These decide the path, not the level; the reason tells the agent why documents are asked.
    if not facts.active_factor:
        add(0, ReasonCode.NO_ACTIVE_FACTOR)
    elif facts.channel is Channel.MAIL:
        add(0, ReasonCode.MAIL_REQUEST)
    level = level_for(points)
    required = required_evidence(
        level, step_up_path=facts.active_factor,
        documents_path=not facts.active_factor or facts.channel is Channel.MAIL)
    if not reasons:
        add(0, ReasonCode.NOTHING_UNUSUAL)
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
