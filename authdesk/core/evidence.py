"""Evidence recorded by staff: document checks and call-backs to the registered phone.

Staff reach these through ``desk.requests`` (``record_document``, ``attach_document``,
``record_callback``), which check the role and run the transaction; the functions here store the
evidence and write its audit event inside that transaction.

A document check keeps only what DESIGN.md §3 allows: the type, the last digits of the number
(none at all for a My Number card), the expiry, each check's result, strong/passed, who checked
and when. The full number is used by ``documents.assess_document`` and then forgotten; the audit
event carries the check results, not even the last digits.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from authdesk.core.actions import Action
from authdesk.core.authority import Actor
from authdesk.core.clock import as_utc
from authdesk.core.documents import (
    DocumentChannel,
    DocumentEvidence,
    DocumentType,
    assess_document,
)
from authdesk.core.errors import InvalidInput
from authdesk.core.kernel import Kernel
from authdesk.core.masking import mask_phone
from authdesk.storage.models import ChangeRequest, Customer, DocumentCheck, Staff

MAX_NOTE_LENGTH = 1000
# Documents carry Japanese dates: "expired" is judged on the date in Japan (no daylight saving).
JST = timezone(timedelta(hours=9), "JST")


def today_in_japan(now: datetime) -> date:
    return as_utc(now).astimezone(JST).date()


@dataclass(frozen=True)
class DocumentInput:
    """What the agent enters for one document. ``number`` is the full number as printed; it
    never leaves this process in full."""

    doc_type: DocumentType | str
    number: str
    expiry: date | None
    name_matches: bool
    birth_date_matches: bool
    address_matches: bool
    photo_present: bool | None
    mrz_line2: str | None = None

    def __repr__(self) -> str:  # an accidental log line must not carry the number
        return f"DocumentInput(doc_type={self.doc_type!s}, number=<hidden>)"

    def assess(self, today: date,
               channel: DocumentChannel | str = DocumentChannel.BRANCH) -> DocumentEvidence:
        return assess_document(
            self.doc_type, number=self.number, expiry=self.expiry, today=today,
            name_matches=self.name_matches, birth_date_matches=self.birth_date_matches,
            address_matches=self.address_matches, photo_present=self.photo_present,
            mrz_line2=self.mrz_line2, channel=channel)


@dataclass(frozen=True)
class DocumentRecord:
    """One stored document check, as screens and evidence packs show it."""

    id: int
    customer_id: int
    request_id: int | None
    doc_type: DocumentType
    last_digits: str | None
    expiry: date | None
    checks: Mapping[str, bool | None]
    strong: bool
    passed: bool
    checked_by: str
    checked_at: datetime

    @property
    def label(self) -> str:
        return self.doc_type.label

    @property
    def evidence(self) -> DocumentEvidence:
        return DocumentEvidence(doc_type=self.doc_type, last_digits=self.last_digits,
                                expiry=self.expiry, checks=dict(self.checks))

    @property
    def failed_checks(self) -> tuple[str, ...]:
        return self.evidence.failed_checks


@dataclass(frozen=True)
class CallbackRecord:
    by: str
    at: datetime
    note: str
    phone: str  # masked: the number called is the registered one at the time


def clean_note(text: str | None, field: str, *, required: bool,
               limit: int = MAX_NOTE_LENGTH) -> str | None:
    """Collapse whitespace; refuse an empty required note or an over-long one."""
    note = " ".join((text or "").split())
    if not note:
        if required:
            raise InvalidInput(field=field, reason="this cannot be left empty")
        return None
    if len(note) > limit:
        raise InvalidInput(field=field, reason=f"at most {limit} characters")
    if not note.isprintable():
        raise InvalidInput(field=field, reason="contains a control character")
    return note


def _record_of(row: DocumentCheck, checked_by: str) -> DocumentRecord:
    return DocumentRecord(
        id=row.id, customer_id=row.customer_id, request_id=row.request_id,
        doc_type=DocumentType(row.doc_type), last_digits=row.last_digits, expiry=row.expiry,
        checks=dict(row.checks), strong=row.strong, passed=row.passed, checked_by=checked_by,
        checked_at=as_utc(row.checked_at))


def store_document(s: Session, kernel: Kernel, actor: Actor, customer: Customer,
                   evidence: DocumentEvidence, request_id: int | None) -> DocumentRecord:
    """Store an assessed document and write ``document.checked`` in the caller's transaction."""
    if actor.staff_id is None:  # evidence is bound to a person; the CLI's system actor has none
        raise InvalidInput(field="checked by", reason="only a signed-in staff member can check "
                                                       "documents")
    now = kernel.now()
    row = DocumentCheck(
        customer_id=customer.id, request_id=request_id, doc_type=str(evidence.doc_type),
        last_digits=evidence.last_digits, expiry=evidence.expiry, checks=dict(evidence.checks),
        strong=evidence.strong, passed=evidence.passed, checked_by=actor.staff_id,
        checked_at=now)
    s.add(row)
    s.flush()
    kernel.record(s, actor, Action.DOCUMENT_CHECKED, subject=f"customer:{customer.number}",
                  details={"document": row.id, "request": request_id,
                           "type": str(evidence.doc_type), "checks": dict(evidence.checks),
                           "strong": evidence.strong, "passed": evidence.passed,
                           "expiry": evidence.expiry.isoformat() if evidence.expiry else None})
    return _record_of(row, actor.username)


def document_records(s: Session, *, request_id: int) -> list[DocumentRecord]:
    rows = s.execute(
        select(DocumentCheck, Staff.username)
        .join(Staff, Staff.id == DocumentCheck.checked_by)
        .where(DocumentCheck.request_id == request_id)
        .order_by(DocumentCheck.id))
    return [_record_of(row, username) for row, username in rows]


def store_callback(s: Session, kernel: Kernel, actor: Actor, request: ChangeRequest,
                   customer: Customer, note: str) -> CallbackRecord:
    """The call-back to the customer's registered phone: who, when, and what came of it."""
    if actor.staff_id is None:
        raise InvalidInput(field="call-back", reason="only a signed-in staff member can record "
                                                     "a call-back")
    now = kernel.now()
    request.callback_at, request.callback_by = now, actor.staff_id
    request.callback_note = note
    phone = mask_phone(customer.phone)
    kernel.record(s, actor, Action.REQUEST_CALLBACK_RECORDED, subject=f"request:{request.id}",
                  details={"customer": customer.number, "phone": phone, "note": note})
    return CallbackRecord(by=actor.username, at=now, note=note, phone=phone)


def callback_record(s: Session, request: ChangeRequest,
                    customer: Customer) -> CallbackRecord | None:
    if request.callback_at is None or request.callback_by is None:
        return None
    staff = s.get(Staff, request.callback_by)
    return CallbackRecord(by=staff.username if staff else "?", at=as_utc(request.callback_at),
                          note=request.callback_note or "", phone=mask_phone(customer.phone))


def document_record(s: Session, document_id: int) -> DocumentRecord | None:
    """One stored document check (the withdrawal-account lock names the one it counted)."""
    found = s.execute(select(DocumentCheck, Staff.username)
                      .join(Staff, Staff.id == DocumentCheck.checked_by)
                      .where(DocumentCheck.id == document_id)).first()
    return _record_of(found[0], found[1]) if found is not None else None


__all__ = [
    "JST",
    "CallbackRecord",
    "DocumentInput",
    "DocumentRecord",
    "callback_record",
    "clean_note",
    "document_record",
    "document_records",
    "store_callback",
    "store_document",
    "today_in_japan",
]
