"""The outbox: letters to the registered postal address and e-mail notices.

Other services put notifications in the outbox with ``queue`` inside their own transaction, so
a notice exists exactly when the change it tells of does; their own audit event names the
notifications queued. A notification row carries no content and never a secret: the letter is
composed from the customer record and the kind when it is printed. The mail room (a
supervisor's screen) marks each one sent or failed, audited; e-mail goes out over SMTP
(``core.emailnotices``).

The right people are told: when the registered address or e-mail changed within
``contact_change_window_days``, a notice also goes to the contact as it was before the window
(``recipient`` keeps it), so a fraudster who changed the contact details first is not the only
one told. A notice that goes out may open the gate of the request it tells of
(``core.noticegate``); one that cannot go out is audited as ``notification.failed`` with the
details supervisors' alerts read: notification_id, request_id, reason, attempt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from authdesk.core import noticegate
from authdesk.core.actions import Action
from authdesk.core.authority import Actor, Principal
from authdesk.core.clock import as_utc
from authdesk.core.errors import AuthDeskError, InvalidInput, NotFound
from authdesk.core.kernel import Kernel
from authdesk.core.masking import mask_address, mask_email
from authdesk.core.roles import Operation
from authdesk.storage.models import ContactChange, Customer, LetterBatchItem, Notification

MAX_OUTBOX = 1000
MAX_KIND_LENGTH = 48
MAX_REASON_LENGTH = 500


class Channel(StrEnum):
    LETTER = "letter"
    EMAIL = "email"


class NotificationStatus(StrEnum):
    QUEUED = "queued"
    SENT = "sent"
    FAILED = "failed"


class NotificationKind(StrEnum):
    """The kinds the request flow queues; other services may use their own dotted names."""

    REQUEST_APPROVED = "request.approved"
    REQUEST_REJECTED = "request.rejected"
    REQUEST_CANCELLED = "request.cancelled"
    ACCOUNT_CHANGED = "account.changed"
    # issue 11: notices of the authenticator's life and of contact-detail changes
    FACTOR_ACTIVATED = "factor.activated"
    FACTOR_LOCKED = "factor.locked"
    FACTOR_UNLOCKED = "factor.unlocked"
    FACTOR_REENROLLED = "factor.reenrolled"
    CONTACT_CHANGED = "contact.changed"


class NotificationAlreadyClosed(AuthDeskError):
    template = "This notification is already marked {status}; nothing was changed."


class NotificationInBatch(AuthDeskError):
    template = (
        "This letter is in letter batch {batch}: it is marked sent when the batch is marked "
        "posted."
    )


class NotificationNotFound(NotFound):
    template = "There is no notification {key} in the outbox."


@dataclass(frozen=True)
class NotificationInfo:
    id: int
    customer_id: int
    customer_number: str
    request_id: int | None
    channel: Channel
    kind: str
    status: NotificationStatus
    destination: str  # masked: the prefecture and town of the address, or the e-mail's domain
    created_at: datetime
    sent_at: datetime | None
    # Issue 11: sent to a contact that was replaced recently; attempts so far; why it failed
    previous_contact: bool = False
    attempts: int = 0
    failure_reason: str | None = None
    next_attempt_at: datetime | None = None


@dataclass(frozen=True)
class Destination:
    """Where one notice goes, in clear: for sending and printing only, never for logs or
    screens (``masked``)."""

    channel: Channel
    postal_code: str | None  # letters
    address: str | None  # letters
    email: str | None  # e-mail
    previous: bool  # a contact replaced within the window, not the registered one

    def masked(self) -> str:
        if self.channel is Channel.EMAIL:
            return mask_email(self.email)
        return f"〒{self.postal_code} {mask_address(self.address)}"


def destination_of(row: Notification, customer: Customer) -> Destination:
    """Where the notice ``row`` goes: the customer's registered address or e-mail, or, for a
    notice to a contact that changed recently, the previous value stored with it."""
    channel = Channel(row.channel)
    if row.recipient is None:
        if channel is Channel.EMAIL:
            return Destination(channel, None, None, customer.email, previous=False)
        return Destination(channel, customer.postal_code, customer.address, None,
                           previous=False)
    if channel is Channel.EMAIL:
        return Destination(channel, None, None, row.recipient, previous=True)
    stored = json.loads(row.recipient)
    return Destination(channel, stored["postal_code"], stored["address"], None, previous=True)


def previous_contacts(session: Session, customer: Customer, since: datetime) -> (
        tuple[tuple[str, str] | None, str | None]):
    """The postal address (postal code, address) and the e-mail as they were before the
    changes made since ``since``: each field's value before its earliest change in the window.
    None where nothing changed, the old value is not known (changes recorded before it was
    kept) or it was empty."""
    changes = session.scalars(
        select(ContactChange)
        .where(ContactChange.customer_id == customer.id, ContactChange.changed_at >= since,
               ContactChange.field.in_(("postal_code", "address", "email")))
        .order_by(ContactChange.changed_at, ContactChange.id)).all()
    earliest: dict[str, ContactChange] = {}
    for change in changes:
        earliest.setdefault(change.field, change)
    postal: tuple[str, str] | None = None
    if "postal_code" in earliest or "address" in earliest:
        old_code = (earliest["postal_code"].previous_value if "postal_code" in earliest
                    else customer.postal_code)
        old_address = (earliest["address"].previous_value if "address" in earliest
                       else customer.address)
        if old_code and old_address and (old_code, old_address) != (customer.postal_code,
                                                                      customer.address):
            postal = (old_code, old_address)
    email: str | None = None
    if "email" in earliest:
        old_email = earliest["email"].previous_value
        if old_email and old_email != customer.email:
            email = old_email
    return postal, email


def _info(row: Notification, customer: Customer) -> NotificationInfo:
    where = destination_of(row, customer)
    return NotificationInfo(
        id=row.id, customer_id=row.customer_id, customer_number=customer.number,
        request_id=row.request_id, channel=Channel(row.channel), kind=row.kind,
        status=NotificationStatus(row.status), destination=where.masked(),
        created_at=as_utc(row.created_at),
        sent_at=as_utc(row.sent_at) if row.sent_at else None,
        previous_contact=where.previous, attempts=row.attempts or 0,
        failure_reason=row.failure_reason,
        next_attempt_at=as_utc(row.next_attempt_at) if row.next_attempt_at else None,
    )


class NotificationService:
    def __init__(self, kernel: Kernel) -> None:
        self.kernel = kernel

    def queue(self, session: Session, customer_id: int, request_id: int | None, kind: str,
              *, email: bool = True, to_previous: bool = True) -> list[int]:
        """Queue a letter to the registered address and, when the customer has an e-mail
        address (and ``email``), an e-mail notice; with ``to_previous``, the same to the
        address and e-mail as they were before a change within ``contact_change_window_days``.
        Inside the caller's transaction; the caller's audit event records the returned ids. No
        role check: the caller's operation did it."""
        if not kind or len(kind) > MAX_KIND_LENGTH:
            raise InvalidInput(field="notification kind",
                               reason=f"1 to {MAX_KIND_LENGTH} characters")
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise NotFound(what="customer", key=str(customer_id))
        wanted: list[tuple[Channel, str | None]] = [(Channel.LETTER, None)]
        if email and customer.email:
            wanted.append((Channel.EMAIL, None))
        if to_previous:
            now = self.kernel.now()
            window = self.kernel.policy(session).contact_change_window_days
            postal, old_email = previous_contacts(session, customer, now - timedelta(days=window))
            if postal is not None:
                wanted.append((Channel.LETTER, json.dumps(
                    {"postal_code": postal[0], "address": postal[1]}, ensure_ascii=False)))
            if email and old_email is not None:
                wanted.append((Channel.EMAIL, old_email))
        rows = [Notification(customer_id=customer_id, request_id=request_id, channel=str(c),
                             kind=kind, status=str(NotificationStatus.QUEUED),
                             created_at=self.kernel.now(), recipient=recipient, attempts=0)
                for c, recipient in wanted]
        session.add_all(rows)
        session.flush()
        return [r.id for r in rows]

    def for_request(self, session: Session, request_id: int) -> list[NotificationInfo]:
        """The notifications of one request, for its evidence (the caller checked the role)."""
        rows = session.execute(select(Notification, Customer)
                               .join(Customer, Customer.id == Notification.customer_id)
                               .where(Notification.request_id == request_id)
                               .order_by(Notification.id))
        return [_info(n, c) for n, c in rows]

    def outbox(self, handle: Principal, status: NotificationStatus | str | None = None,
               *, limit: int = MAX_OUTBOX) -> list[NotificationInfo]:
        """Oldest first, so the mail room works through the queue in order."""
        wanted = None if status is None else self._status(status)
        with self.kernel.read() as s:
            self.kernel.authorize(s, handle, Operation.VIEW_OUTBOX)
            query = (select(Notification, Customer)
                     .join(Customer, Customer.id == Notification.customer_id)
                     .order_by(Notification.id).limit(max(1, min(limit, MAX_OUTBOX))))
            if wanted is not None:
                query = query.where(Notification.status == str(wanted))
            return [_info(n, c) for n, c in s.execute(query)]

    def mark_sent(self, handle: Principal, notification_id: int) -> NotificationInfo:
        return self._close(handle, notification_id, NotificationStatus.SENT, None)

    def mark_failed(self, handle: Principal, notification_id: int, reason: str) -> NotificationInfo:
        """A letter returned undelivered, an e-mail bounced. A failed notice can be retried and
        then marked sent."""
        reason = " ".join(reason.split())
        if not reason:
            raise InvalidInput(field="reason", reason="say why the notification failed")
        if len(reason) > MAX_REASON_LENGTH:
            raise InvalidInput(field="reason", reason=f"at most {MAX_REASON_LENGTH} characters")
        return self._close(handle, notification_id, NotificationStatus.FAILED, reason)

    def _close(self, handle: Principal, notification_id: int, status: NotificationStatus,
               reason: str | None) -> NotificationInfo:
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.MARK_NOTIFICATION)
            row = s.scalar(select(Notification).where(Notification.id == notification_id)
                           .with_for_update())
            if row is None:
                raise NotificationNotFound(key=str(notification_id))
            # Sent is final; a failed one may be sent again later, a queued one may fail.
            if row.status == NotificationStatus.SENT or row.status == str(status):
                raise NotificationAlreadyClosed(status=row.status)
            # A batched letter goes out with its batch (core.letters), never on its own.
            batch = s.scalar(select(LetterBatchItem.batch_id).where(
                LetterBatchItem.notification_id == row.id))
            if batch is not None:
                raise NotificationInBatch(batch=batch)
            customer = s.get(Customer, row.customer_id)
            assert customer is not None  # foreign key
            if status is NotificationStatus.SENT:
                went_out(s, self.kernel, actor, row, customer)
            else:
                assert reason is not None
                failed(s, self.kernel, actor, row, customer, reason,
                       attempt=max(row.attempts or 0, 1))
            return _info(row, customer)

    @staticmethod
    def _status(value: NotificationStatus | str) -> NotificationStatus:
        try:
            return NotificationStatus(value)
        except ValueError:
            raise InvalidInput(field="status", reason="queued, sent or failed") from None


# --- A notice went out, or could not (shared by the mail room's marks and the SMTP sender) ----


def went_out(s: Session, kernel: Kernel, actor: Actor, row: Notification,
             customer: Customer, *, attempt: int | None = None) -> None:
    """Mark the (locked) notification sent now, audited; then the request it tells of may
    start its cooling-off (``noticegate``)."""
    row.status = str(NotificationStatus.SENT)
    row.sent_at = kernel.now()
    row.next_attempt_at = None
    details: dict[str, object] = {"notification": row.id, "channel": row.channel,
                                  "kind": row.kind, "request": row.request_id,
                                  "previous_contact": row.recipient is not None}
    if attempt is not None:
        details["attempt"] = attempt
    kernel.record(s, actor, Action.NOTIFICATION_SENT, subject=f"customer:{customer.number}",
                  details=details)
    if row.request_id is not None:
        noticegate.notice_went_out(s, kernel, actor, row.request_id)


def failed(s: Session, kernel: Kernel, actor: Actor, row: Notification, customer: Customer,
           reason: str, *, attempt: int) -> None:
    """Mark the (locked) notification failed for good, audited with the details the
    supervisors' alert reads. A request it tells of stays pending (its gate stays shut)."""
    row.status = str(NotificationStatus.FAILED)
    row.failure_reason = reason[:MAX_REASON_LENGTH]
    row.next_attempt_at = None
    kernel.record(s, actor, Action.NOTIFICATION_FAILED, subject=f"customer:{customer.number}",
                  outcome="failed",
                  details={"notification_id": row.id, "request_id": row.request_id,
                           "reason": row.failure_reason, "attempt": attempt,
                           "channel": row.channel, "kind": row.kind,
                           "previous_contact": row.recipient is not None})
