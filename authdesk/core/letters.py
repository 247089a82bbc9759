"""Letters to the registered address, and the mail room's daily batch.

A notification row carries no content: the letter is composed here, when it is printed, from
the customer record, the request it is about, the firm's identity (``core.firm``) and the
kind, into plain data (``LetterContent``) that ``authdesk.printing.letters`` lays out. The CLI
and the GUI print the same letters from the same data.

The mail room works a day at a time:

1. ``create_batch``: every letter still to be sent, queued up to the end of that day (Japan
   time) and in no batch yet, goes into one new batch (a letter is in at most one batch);
2. ``contents``: the batch's letters with the clear name and address, to print as one PDF (a
   cover sheet, then one letter per page); audited, since clear addresses leave the database;
3. ``mark_printed``, then ``mark_posted``: posting is what sends the letters. Each one becomes
   ``sent`` with ``sent_at`` the moment it was marked posted, in the same transaction, and
   each gets its ``notification.sent`` event naming the batch. Other rules (a change takes
   effect only after its notice went out) read that status and time.

Activation letters are not in batches: they carry the authenticator key, which exists only at
enrolment, so the agent prints them then and they are marked sent one by one.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, exists, func, select
from sqlalchemy.orm import Session

from authdesk.core import bank, noticegate
from authdesk.core.actions import Action
from authdesk.core.authority import Principal
from authdesk.core.clock import as_utc
from authdesk.core.errors import AuthDeskError, InvalidInput, NotFound
from authdesk.core.evidence import JST, today_in_japan
from authdesk.core.factors import ACTIVATION_LETTER_KIND
from authdesk.core.firm import Firm, configured_firm
from authdesk.core.kernel import Kernel
from authdesk.core.lettercontent import (
    BatchContents,
    BatchInfo,
    BatchStatus,
    LetterAccount,
    LetterAddress,
    LetterContent,
)
from authdesk.core.masking import mask_tail
from authdesk.core.notifications import Channel, NotificationKind, NotificationStatus
from authdesk.core.notifications import destination_of as notice_destination
from authdesk.core.reference import notice_reference, request_reference
from authdesk.core.roles import Operation
from authdesk.storage.models import (
    ChangeRequest,
    ContactChange,
    Customer,
    FirmIdentity,
    LetterBatch,
    LetterBatchItem,
    Notification,
)

# Kinds that tell of a change request: their reference is the request's (R...), so the
# customer who calls to stop it quotes the request itself.
REQUEST_KINDS = frozenset({NotificationKind.REQUEST_APPROVED, NotificationKind.REQUEST_REJECTED,
                           NotificationKind.REQUEST_CANCELLED, NotificationKind.ACCOUNT_CHANGED})
MAX_BATCHES = 200

__all__ = ["BatchContents", "BatchInfo", "BatchStatus", "LetterAccount", "LetterAddress",
           "LetterContent", "LetterService", "destination_of", "reference_of"]


# --- Refusals -----------------------------------------------------------------------------------


class NoLettersToPrint(AuthDeskError):
    template = "There are no letters waiting to be printed for {day}; no batch was made."


class BatchNotFound(NotFound):
    template = "There is no letter batch {key}."


class BatchNotPrinted(AuthDeskError):
    template = (
        "Batch {batch} has not been marked printed yet, so it cannot be marked posted. Print "
        "it and mark it printed first."
    )


class BatchAlreadyPrinted(AuthDeskError):
    template = "Batch {batch} was already marked printed on {when}; nothing was changed."


class BatchAlreadyPosted(AuthDeskError):
    template = "Batch {batch} was already marked posted on {when}; nothing was changed."


class DayNotCome(InvalidInput):
    template = "{day} has not come yet: letters are printed for today or an earlier day."


# --- What a letter says -------------------------------------------------------------------------


def destination_of(row: Notification, customer: Customer) -> LetterAddress:
    """Where a letter goes: the registered address, or for a letter to the address a recent
    change replaced, that previous address (``notifications.destination_of``)."""
    where = notice_destination(row, customer)
    return LetterAddress(postal_code=where.postal_code or "", address=where.address or "",
                         name=customer.name_kanji)


def reference_of(row: Notification) -> str:
    if row.request_id is not None and row.kind in REQUEST_KINDS:
        return request_reference(row.request_id)
    return notice_reference(row.id)


def _info(row: LetterBatch) -> BatchInfo:
    return BatchInfo(
        id=row.id, day=row.day, letters=row.letters, created_at=as_utc(row.created_at),
        created_by=row.created_by,
        printed_at=as_utc(row.printed_at) if row.printed_at else None,
        printed_by=row.printed_by,
        posted_at=as_utc(row.posted_at) if row.posted_at else None, posted_by=row.posted_by)


def _account(bank_code: str, branch_code: str, account_type: str,
             number: str) -> LetterAccount:
    bank_info = bank.lookup_bank(bank_code)
    branch_info = bank.lookup_branch(bank_code, branch_code)
    try:
        type_label = bank.AccountType(account_type).label_ja
    except ValueError:
        type_label = account_type
    return LetterAccount(bank=bank_info.name if bank_info else "", bank_code=bank_code,
                         branch=branch_info.name if branch_info else "",
                         branch_code=branch_code, account_type=type_label,
                         number=mask_tail(number))


def _end_of_day_utc(day: date) -> datetime:
    return datetime.combine(day + timedelta(days=1), time(0), tzinfo=JST)


def _when(moment: datetime | None) -> str:
    return as_utc(moment).astimezone(JST).strftime("%Y-%m-%d %H:%M JST") if moment else ""


class LetterService:
    def __init__(self, kernel: Kernel) -> None:
        self.kernel = kernel

    # -- reading -------------------------------------------------------------------------------

    def batches(self, handle: Principal, *, limit: int = 20) -> list[BatchInfo]:
        """The newest batches first."""
        with self.kernel.read() as s:
            self.kernel.authorize(s, handle, Operation.VIEW_OUTBOX)
            rows = s.scalars(select(LetterBatch).order_by(LetterBatch.id.desc())
                             .limit(max(1, min(limit, MAX_BATCHES))))
            return [_info(r) for r in rows]

    def letters_waiting(self, handle: Principal, day: date | None = None) -> int:
        """How many letters a batch made now for ``day`` (default today) would hold."""
        with self.kernel.read() as s:
            self.kernel.authorize(s, handle, Operation.VIEW_OUTBOX)
            wanted = self._day(day)
            count = s.scalar(select(func.count()).select_from(Notification)
                             .where(self._waiting(wanted)))
            return int(count or 0)

    # -- the steps -----------------------------------------------------------------------------

    def create_batch(self, handle: Principal, day: date | None = None) -> BatchInfo:
        """Every letter waiting up to the end of ``day`` (Japan time; default today), in one
        new batch. Refuses when there is none, or when the firm's identity is not set."""
        kernel = self.kernel
        with kernel.write() as s:
            actor = kernel.authorize(s, handle, Operation.PRINT_LETTERS)
            configured_firm(s)  # a batch that could not be printed helps nobody
            # Two supervisors making a batch at once take turns on the firm's row (PostgreSQL;
            # SQLite's writers are serialised anyway), so the second sees the first's letters
            # as batched instead of failing on the unique letter_batch_item key.
            s.scalar(select(FirmIdentity.id).where(FirmIdentity.id == 1).with_for_update())
            wanted = self._day(day)
            rows = s.scalars(select(Notification).where(self._waiting(wanted))
                             .order_by(Notification.id).with_for_update()).all()
            if not rows:
                raise NoLettersToPrint(day=wanted.isoformat())
            batch = LetterBatch(day=wanted, letters=len(rows), created_at=kernel.now(),
                                created_by=actor.username)
            s.add(batch)
            s.flush()
            s.add_all(LetterBatchItem(notification_id=r.id, batch_id=batch.id) for r in rows)
            s.flush()
            kernel.record(s, actor, Action.LETTER_BATCH_CREATED, subject=f"letter-batch:{batch.id}",
                          details={"batch": batch.id, "day": wanted.isoformat(),
                                   "letters": len(rows), "notifications": [r.id for r in rows]})
            return _info(batch)

    def contents(self, handle: Principal, batch_id: int) -> BatchContents:
        """The batch's letters, composed, with clear names and addresses: to be printed. Audited
        (who took the addresses out, and when); refused once the batch is posted."""
        kernel = self.kernel
        with kernel.write() as s:
            actor = kernel.authorize(s, handle, Operation.PRINT_LETTERS)
            batch = self._batch(s, batch_id)
            if batch.posted_at is not None:
                raise BatchAlreadyPosted(batch=batch.id, when=_when(batch.posted_at))
            firm = configured_firm(s)
            policy = kernel.policy(s)
            dated = today_in_japan(kernel.now())
            rows = s.execute(
                select(Notification, Customer)
                .join(LetterBatchItem, LetterBatchItem.notification_id == Notification.id)
                .join(Customer, Customer.id == Notification.customer_id)
                .where(LetterBatchItem.batch_id == batch.id).order_by(Notification.id)).all()
            letters = tuple(self._compose(s, n, c, firm, dated, policy.cooling_off_hours)
                            for n, c in rows)
            kernel.record(s, actor, Action.LETTER_BATCH_RENDERED,
                          subject=f"letter-batch:{batch.id}",
                          details={"batch": batch.id, "letters": len(letters)})
            return BatchContents(_info(batch), firm.name, firm.phone, letters)

    def mark_printed(self, handle: Principal, batch_id: int) -> BatchInfo:
        kernel = self.kernel
        with kernel.write() as s:
            actor = kernel.authorize(s, handle, Operation.PRINT_LETTERS)
            batch = self._batch(s, batch_id, for_update=True)
            if batch.posted_at is not None:
                raise BatchAlreadyPosted(batch=batch.id, when=_when(batch.posted_at))
            if batch.printed_at is not None:
                raise BatchAlreadyPrinted(batch=batch.id, when=_when(batch.printed_at))
            batch.printed_at, batch.printed_by = kernel.now(), actor.username
            kernel.record(s, actor, Action.LETTER_BATCH_PRINTED,
                          subject=f"letter-batch:{batch.id}",
                          details={"batch": batch.id, "letters": batch.letters})
            return _info(batch)

    def mark_posted(self, handle: Principal, batch_id: int) -> BatchInfo:
        """The batch went to the post: each of its letters is sent, now, in this transaction."""
        kernel = self.kernel
        with kernel.write() as s:
            actor = kernel.authorize(s, handle, Operation.PRINT_LETTERS)
            batch = self._batch(s, batch_id, for_update=True)
            if batch.posted_at is not None:
                raise BatchAlreadyPosted(batch=batch.id, when=_when(batch.posted_at))
            if batch.printed_at is None:
                raise BatchNotPrinted(batch=batch.id)
            now = kernel.now()
            batch.posted_at, batch.posted_by = now, actor.username
            rows = s.execute(
                select(Notification, Customer.number)
                .join(LetterBatchItem, LetterBatchItem.notification_id == Notification.id)
                .join(Customer, Customer.id == Notification.customer_id)
                .where(LetterBatchItem.batch_id == batch.id).order_by(Notification.id)
                .with_for_update(of=Notification)).all()
            sent: list[int] = []
            for row, number in rows:
                if row.status == NotificationStatus.SENT:
                    continue  # cannot happen through the services (a batched letter is marked
                    # only with its batch); a letter is never sent twice
                row.status, row.sent_at = str(NotificationStatus.SENT), now
                sent.append(row.id)
                kernel.record(s, actor, Action.NOTIFICATION_SENT, subject=f"customer:{number}",
                              details={"notification": row.id, "channel": row.channel,
                                       "kind": row.kind, "request": row.request_id,
                                       "batch": batch.id, "reference": reference_of(row)})
            # A posted approval letter may be the last notice its change waited for: the
            # cooling-off then runs from now (core.noticegate).
            for request_id in sorted({row.request_id for row, _ in rows
                                      if row.request_id is not None and row.id in sent}):
                noticegate.notice_went_out(s, kernel, actor, request_id)
            kernel.record(s, actor, Action.LETTER_BATCH_POSTED,
                          subject=f"letter-batch:{batch.id}",
                          details={"batch": batch.id, "letters": len(sent),
                                   "notifications": sent})
            # Posting starts cooling-off periods: sign it with the change.
            kernel.checkpoint_at_commit(s, actor, Action.LETTER_BATCH_POSTED)
            return _info(batch)

    # -- helpers -------------------------------------------------------------------------------

    def _day(self, day: date | None) -> date:
        today = today_in_japan(self.kernel.now())
        if day is None:
            return today
        if day > today:
            raise DayNotCome(day=day.isoformat())
        return day

    @staticmethod
    def _waiting(day: date) -> ColumnElement[bool]:
        batched = exists().where(LetterBatchItem.notification_id == Notification.id)
        return and_(Notification.channel == str(Channel.LETTER),
                    Notification.status == str(NotificationStatus.QUEUED),
                    Notification.kind != ACTIVATION_LETTER_KIND,
                    Notification.created_at < _end_of_day_utc(day), ~batched)

    @staticmethod
    def _batch(s: Session, batch_id: int, *, for_update: bool = False) -> LetterBatch:
        query = select(LetterBatch).where(LetterBatch.id == batch_id)
        if for_update:
            query = query.with_for_update()
        row = s.scalar(query)
        if row is None:
            raise BatchNotFound(key=str(batch_id))
        return row

    def _compose(self, s: Session, row: Notification, customer: Customer, firm: Firm,
                 dated: date, cooling_off_hours: int) -> LetterContent:
        account: LetterAccount | None = None
        effective_at: datetime | None = None
        contact_field: str | None = None
        if row.request_id is not None:
            request = s.get(ChangeRequest, row.request_id)
            if request is not None:
                account = _account(request.bank_code, request.branch_code,
                                   request.account_type, request.account_number)
                effective_at = as_utc(request.effective_at) if request.effective_at else None
        if row.kind == NotificationKind.CONTACT_CHANGED:
            # The change recorded with this notice (same transaction, so at or before it).
            contact_field = s.scalar(
                select(ContactChange.field)
                .where(ContactChange.customer_id == customer.id,
                       ContactChange.changed_at <= row.created_at)
                .order_by(ContactChange.changed_at.desc(), ContactChange.id.desc()).limit(1))
        return LetterContent(
            notification_id=row.id, reference=reference_of(row), kind=row.kind,
            customer_number=customer.number, to=destination_of(row, customer),
            firm_name=firm.name, firm_phone=firm.phone, dated=dated,
            happened_at=as_utc(row.created_at), account=account, effective_at=effective_at,
            cooling_off_hours=(cooling_off_hours
                               if row.kind == NotificationKind.REQUEST_APPROVED else None),
            contact_field=contact_field)
