"""The withdrawal-account lock a customer can ask for (issue 11).

A customer who fears for their account asks, on a call and after the desk's identity check
(``core.identity``), to lock changes of their withdrawal account. While the lock holds, the
request service refuses to open, submit or approve a change (``lock_refusal``, asked by its
creation gate). Lifting it takes four things, each refused with its own sentence when missing:

1. the customer's request to lift it, on a call, after the identity check (``request_unlock``);
2. a photo ID of the customer, checked and passing every check (``attach_document``);
3. a call-back to the registered phone number, with what the customer said
   (``record_callback``);
4. a supervisor's approval (``lift``) after a fresh staff step-up, by a person who neither asked
   for the lifting nor gathered its evidence (four eyes, compared by employee number).

Every step is one audit event on ``customer:<number>`` with ``details.lock`` (the row) and
``details.after`` (``lock_after``: what the row holds after it), which ``core.reconcile``
replays, so a lock row changed behind the service's back is named by verification. Placing and
lifting queue a letter to the customer (and an e-mail notice): someone who locked or unlocked
the account in the customer's name cannot do it unnoticed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from authdesk.core import evidence
from authdesk.core.actions import Action
from authdesk.core.authority import Actor, Principal
from authdesk.core.calls import current_call
from authdesk.core.clock import as_utc
from authdesk.core.customers import get_customer
from authdesk.core.documents import DocumentChannel, document_channel
from authdesk.core.errors import AuthDeskError, PermissionDenied, RefuseAfterCommit
from authdesk.core.evidence import JST, CallbackRecord, DocumentInput, DocumentRecord
from authdesk.core.factors import FactorService
from authdesk.core.identity import caller_refusal
from authdesk.core.kernel import Kernel
from authdesk.core.masking import mask_phone
from authdesk.core.notifications import NotificationService
from authdesk.core.reconcile import lock_after
from authdesk.core.roles import Operation
from authdesk.core.staff import StaffService
from authdesk.core.text import canonical_employee_no
from authdesk.storage.models import ChangeRequest, Customer, DocumentCheck, Staff, WithdrawalLock

MAX_REASON_LENGTH = 500
# The notices a lock queues (kinds of the outbox).
NOTICE_LOCKED = "withdrawal.locked"
NOTICE_LIFTED = "withdrawal.unlocked"
# Requests in these states are still to take effect (the same as core.requests' open ones).
_OPEN_REQUESTS = ("pending_approval", "approved")


def moment_in_japan(moment: datetime) -> str:
    """A time as sentences of the core give it: '2026/12/03 09:30 JST'."""
    return as_utc(moment).astimezone(JST).strftime("%Y/%m/%d %H:%M JST")


# --- Refusals (each a sentence an agent can read out) ---------------------------------------


class WithdrawalLocked(AuthDeskError):
    template = (
        "The customer locked changes of their withdrawal account on {since}, so no change can "
        "be opened or approved. Lifting the lock needs the customer's request, a photo ID, a "
        "call-back to the registered phone number and a supervisor's approval."
    )


class AlreadyLocked(AuthDeskError):
    template = "Changes of this customer's withdrawal account are already locked (since {since})."


class NotLocked(AuthDeskError):
    template = (
        "Changes of this customer's withdrawal account are not locked; there is nothing to "
        "lift."
    )


class UnlockNotRequested(AuthDeskError):
    template = (
        "The customer has not asked to lift the lock. Record their request on a call (Request "
        "unlock…) before recording its evidence or approving it."
    )


class UnlockAlreadyRequested(AuthDeskError):
    template = (
        "Lifting the lock was already requested on {when}. Record its photo ID and call-back; "
        "then a supervisor approves it."
    )


class UnlockNeedsDocument(AuthDeskError):
    template = (
        "The lock cannot be lifted yet: a photo ID of the customer (for example a driver's "
        "licence or My Number card) must be checked and pass every check."
    )


class UnlockNeedsCallback(AuthDeskError):
    template = (
        "The lock cannot be lifted yet: call the customer back on the registered phone number "
        "and record what they said."
    )


class UnlockDocumentNotEnough(AuthDeskError):
    template = (
        "This document check was recorded, but it does not count for lifting the lock: it must "
        "be a photo ID that passes every check."
    )


class SameUnlockApproverRefused(AuthDeskError):
    template = "A different supervisor must approve lifting the lock (four eyes): {reason}."


# --- What screens get ------------------------------------------------------------------------


@dataclass(frozen=True)
class LockInfo:
    """One lock, its unlock request and evidence. ``open_requests``: change requests of the
    customer still to take effect (the lock does not cancel them: the customer may, by their
    reference)."""

    id: int
    customer_id: int
    customer_number: str
    locked_at: datetime
    locked_by: str
    reason: str | None
    unlock_requested_at: datetime | None
    unlock_requested_by: str | None
    unlock_reason: str | None
    document: DocumentRecord | None
    callback: CallbackRecord | None
    lifted_at: datetime | None
    lifted_by: str | None
    open_requests: tuple[int, ...] = ()

    @property
    def active(self) -> bool:
        return self.lifted_at is None

    @property
    def missing(self) -> tuple[AuthDeskError, ...]:
        """What lifting would still refuse for, in the order ``lift`` asks."""
        if self.unlock_requested_at is None:
            return (UnlockNotRequested(),)
        out: list[AuthDeskError] = []
        if self.document is None:
            out.append(UnlockNeedsDocument())
        if self.callback is None:
            out.append(UnlockNeedsCallback())
        return tuple(out)


def active_lock(s: Session, customer_id: int, *, for_update: bool = False) -> WithdrawalLock | None:
    query = (select(WithdrawalLock)
             .where(WithdrawalLock.customer_id == customer_id, WithdrawalLock.lifted_at.is_(None))
             .order_by(WithdrawalLock.id.desc()).limit(1))
    if for_update:
        query = query.with_for_update()
    return s.scalar(query)


def lock_refusal(s: Session, customer_id: int) -> WithdrawalLocked | None:
    """The refusal of a change of the withdrawal account while the customer's lock holds."""
    lock = active_lock(s, customer_id)
    return None if lock is None else WithdrawalLocked(since=moment_in_japan(lock.locked_at))


def _username(s: Session, staff_id: int | None) -> str | None:
    if staff_id is None:
        return None
    staff = s.get(Staff, staff_id)
    return staff.username if staff is not None else "?"


def _person(s: Session, staff_id: int | None) -> str | None:
    staff = s.get(Staff, staff_id) if staff_id is not None else None
    return canonical_employee_no(staff.employee_no or "") if staff is not None else None


class WithdrawalLockService:
    def __init__(self, kernel: Kernel, *, staff: StaffService, factors: FactorService,
                 notifications: NotificationService) -> None:
        self.kernel = kernel
        self.staff = staff
        self.factors = factors
        self.notifications = notifications

    # -- reading -----------------------------------------------------------------------------

    def status(self, handle: Principal, customer_id: int) -> LockInfo | None:
        """The customer's lock in force, or None (read with the customer's record)."""
        with self.kernel.read() as s:
            self.kernel.authorize(s, handle, Operation.VIEW_CUSTOMER)
            customer = get_customer(s, customer_id)
            row = active_lock(s, customer.id)
            return self._info(s, row, customer) if row is not None else None

    # -- the customer's asks, on a call ------------------------------------------------------

    def place(self, handle: Principal, customer_id: int, reason: str | None = None) -> LockInfo:
        """Lock changes of the customer's withdrawal account, as they asked on this call."""
        text = evidence.clean_note(reason, "reason", required=False, limit=MAX_REASON_LENGTH)
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.LOCK_WITHDRAWAL)
            staff_id = self._staff_id(actor, Operation.LOCK_WITHDRAWAL)
            customer = get_customer(s, customer_id, for_update=True)
            self._identify(s, actor, customer, "lock")
            held = active_lock(s, customer.id)
            if held is not None:
                raise AlreadyLocked(since=moment_in_japan(held.locked_at))
            call = current_call(s, actor)
            assert call is not None  # the identity check asked for it
            if call.customer_id is None:
                call.customer_id = customer.id
            row = WithdrawalLock(customer_id=customer.id, locked_at=self.kernel.now(),
                                 locked_by=staff_id, lock_call_id=call.id, lock_reason=text)
            s.add(row)
            s.flush()
            sent = self.notifications.queue(s, customer.id, None, NOTICE_LOCKED)
            open_requests = tuple(s.scalars(
                select(ChangeRequest.id).where(ChangeRequest.customer_id == customer.id,
                                               ChangeRequest.status.in_(_OPEN_REQUESTS))
                .order_by(ChangeRequest.id)))
            self._record(s, actor, Action.WITHDRAWAL_LOCK_PLACED, row, customer,
                         call=call.id, reason=text, notifications=sent,
                         open_requests=list(open_requests))
            self.kernel.checkpoint_at_commit(s, actor, Action.WITHDRAWAL_LOCK_PLACED)
            return self._info(s, row, customer, open_requests)

    def request_unlock(self, handle: Principal, customer_id: int, reason: str) -> LockInfo:
        """The customer asks, on this call, to lift their lock. Nothing is lifted yet."""
        text = evidence.clean_note(reason, "reason", required=True, limit=MAX_REASON_LENGTH)
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.REQUEST_WITHDRAWAL_UNLOCK)
            staff_id = self._staff_id(actor, Operation.REQUEST_WITHDRAWAL_UNLOCK)
            customer = get_customer(s, customer_id, for_update=True)
            self._identify(s, actor, customer, "request unlock")
            row = self._held(s, customer)
            if row.unlock_requested_at is not None:
                raise UnlockAlreadyRequested(when=moment_in_japan(row.unlock_requested_at))
            row.unlock_requested_at, row.unlock_requested_by = self.kernel.now(), staff_id
            row.unlock_reason = text
            self._record(s, actor, Action.WITHDRAWAL_UNLOCK_REQUESTED, row, customer,
                         reason=text)
            return self._info(s, row, customer)

    # -- the evidence for lifting ------------------------------------------------------------

    def attach_document(self, handle: Principal, customer_id: int,
                        document: DocumentInput) -> DocumentRecord:
        """A photo ID checked for lifting the lock. A document that is not a photo ID passing
        every check is kept as a check (audited) and refused for the lifting."""
        document.assess(evidence.today_in_japan(self.kernel.now()), DocumentChannel.PHONE)
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.RECORD_DOCUMENT)
            customer = get_customer(s, customer_id, for_update=True)
            row = self._requested(s, customer)
            call = current_call(s, actor)
            channel = call.channel if call is not None else DocumentChannel.MAIL
            found = document.assess(evidence.today_in_japan(self.kernel.now()),
                                    document_channel(channel))
            record = evidence.store_document(s, self.kernel, actor, customer, found, None)
            if not (record.passed and record.strong):
                raise RefuseAfterCommit(UnlockDocumentNotEnough())
            row.unlock_document_id = record.id
            self._record(s, actor, Action.WITHDRAWAL_UNLOCK_DOCUMENT_ATTACHED, row, customer,
                         document=record.id, type=str(record.doc_type))
            return record

    def record_callback(self, handle: Principal, customer_id: int, note: str) -> CallbackRecord:
        """The call-back to the customer's registered phone number about lifting the lock."""
        text = evidence.clean_note(note, "call-back note", required=True)
        assert text is not None
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.RECORD_CALLBACK)
            staff_id = self._staff_id(actor, Operation.RECORD_CALLBACK)
            customer = get_customer(s, customer_id, for_update=True)
            row = self._requested(s, customer)
            now = self.kernel.now()
            row.callback_at, row.callback_by, row.callback_note = now, staff_id, text
            phone = mask_phone(customer.phone)
            self._record(s, actor, Action.WITHDRAWAL_UNLOCK_CALLBACK_RECORDED, row, customer,
                         phone=phone, note=text)
            return CallbackRecord(by=actor.username, at=now, note=text, phone=phone)

    # -- the supervisor's approval -----------------------------------------------------------

    def lift(self, handle: Principal, customer_id: int) -> LockInfo:
        """Four eyes: a supervisor who neither asked for the lifting nor gathered its evidence,
        after a fresh staff step-up, once the evidence is complete."""
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.LIFT_WITHDRAWAL_LOCK)
            approver_id = self._staff_id(actor, Operation.LIFT_WITHDRAWAL_LOCK)
            customer = get_customer(s, customer_id, for_update=True)
            row = self._requested(s, customer)
            if row.unlock_document_id is None:
                raise UnlockNeedsDocument()
            if row.callback_at is None:
                raise UnlockNeedsCallback()
            conflict = self._same_person(s, row, approver_id)
            if conflict is not None:
                self.kernel.record(s, actor, Action.WITHDRAWAL_LOCK_REFUSED,
                                   subject=f"customer:{customer.number}", outcome="refused",
                                   details={"lock": row.id, "customer": customer.number,
                                            "step": "lift", "reason": conflict.params["reason"]})
                raise RefuseAfterCommit(conflict)
            self.staff.use_step_up(s, actor)
            row.lifted_at, row.lifted_by = self.kernel.now(), approver_id
            sent = self.notifications.queue(s, customer.id, None, NOTICE_LIFTED)
            self._record(s, actor, Action.WITHDRAWAL_LOCK_LIFTED, row, customer,
                         notifications=sent)
            self.kernel.checkpoint_at_commit(s, actor, Action.WITHDRAWAL_LOCK_LIFTED)
            return self._info(s, row, customer)

    # -- shared ------------------------------------------------------------------------------

    @staticmethod
    def _staff_id(actor: Actor, operation: Operation) -> int:
        if actor.staff_id is None:  # bound to a person; the CLI's system actor is none
            raise PermissionDenied(operation=operation.value)
        return actor.staff_id

    def _identify(self, s: Session, actor: Actor, customer: Customer, step: str) -> None:
        refusal = caller_refusal(s, self.factors, actor, customer)
        if refusal is not None:
            self.kernel.record(s, actor, Action.WITHDRAWAL_LOCK_REFUSED,
                               subject=f"customer:{customer.number}", outcome="refused",
                               details={"customer": customer.number, "step": step,
                                        "reason": type(refusal).__name__})
            raise RefuseAfterCommit(refusal)

    @staticmethod
    def _held(s: Session, customer: Customer) -> WithdrawalLock:
        row = active_lock(s, customer.id, for_update=True)
        if row is None:
            raise NotLocked()
        return row

    def _requested(self, s: Session, customer: Customer) -> WithdrawalLock:
        row = self._held(s, customer)
        if row.unlock_requested_at is None:
            raise UnlockNotRequested()
        return row

    @staticmethod
    def _same_person(s: Session, row: WithdrawalLock,
                     approver_id: int) -> SameUnlockApproverRefused | None:
        """The refusal if the approver took part; each reason a literal, so it is translated."""
        me = _person(s, approver_id)

        def same(staff_id: int | None) -> bool:
            return staff_id is not None and (staff_id == approver_id
                                             or _person(s, staff_id) == me)

        if same(row.unlock_requested_by):
            if row.unlock_requested_by == approver_id:
                return SameUnlockApproverRefused(
                    reason="you took the customer's request to lift it")
            return SameUnlockApproverRefused(
                reason="you took the customer's request under another login")
        if same(row.callback_by):
            return SameUnlockApproverRefused(reason="you made its call-back")
        checker = s.scalar(select(DocumentCheck.checked_by)
                           .where(DocumentCheck.id == row.unlock_document_id))
        if same(checker):
            return SameUnlockApproverRefused(reason="you checked its photo ID")
        return None

    def _record(self, s: Session, actor: Actor, action: Action, row: WithdrawalLock,
                customer: Customer, **details: Any) -> None:
        self.kernel.record(s, actor, action, subject=f"customer:{customer.number}",
                           details={"lock": row.id, "customer": customer.number, **details,
                                    "after": lock_after(row)})

    def _info(self, s: Session, row: WithdrawalLock, customer: Customer,
              open_requests: tuple[int, ...] = ()) -> LockInfo:
        document = (evidence.document_record(s, row.unlock_document_id)
                    if row.unlock_document_id is not None else None)
        callback = None
        if row.callback_at is not None:
            callback = CallbackRecord(by=_username(s, row.callback_by) or "?",
                                      at=as_utc(row.callback_at), note=row.callback_note or "",
                                      phone=mask_phone(customer.phone))
        return LockInfo(
            id=row.id, customer_id=customer.id, customer_number=customer.number,
            locked_at=as_utc(row.locked_at), locked_by=_username(s, row.locked_by) or "?",
            reason=row.lock_reason,
            unlock_requested_at=(as_utc(row.unlock_requested_at)
                                 if row.unlock_requested_at else None),
            unlock_requested_by=_username(s, row.unlock_requested_by),
            unlock_reason=row.unlock_reason, document=document, callback=callback,
            lifted_at=as_utc(row.lifted_at) if row.lifted_at else None,
            lifted_by=_username(s, row.lifted_by), open_requests=open_requests)


__all__ = [
    "AlreadyLocked",
    "LockInfo",
    "NotLocked",
    "SameUnlockApproverRefused",
    "UnlockAlreadyRequested",
    "UnlockDocumentNotEnough",
    "UnlockNeedsCallback",
    "UnlockNeedsDocument",
    "UnlockNotRequested",
    "WithdrawalLockService",
    "WithdrawalLocked",
    "active_lock",
    "lock_after",
    "lock_refusal",
    "moment_in_japan",
]
