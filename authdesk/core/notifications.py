"""The outbox: letters to the registered postal address and e-mail notices.

Other services put notifications in the outbox with ``queue`` inside their own transaction, so
a notice exists exactly when the change it tells of does; their own audit event names the
notifications queued. A notification row carries no content and never a secret: the letter is
composed from the customer record and the kind when it is printed. The mail room (a
supervisor's screen) marks each one sent or failed, audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from authdesk.core.actions import Action
from authdesk.core.authority import Principal
from authdesk.core.clock import as_utc
from authdesk.core.errors import AuthDeskError, InvalidInput, NotFound
from authdesk.core.kernel import Kernel
from authdesk.core.masking import mask_address, mask_email
from authdesk.core.roles import Operation
from authdesk.storage.models import Customer, LetterBatchItem, Notification

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


def _destination(channel: str, customer: Customer) -> str:
    if channel == Channel.EMAIL:
        return mask_email(customer.email)
    return f"〒{customer.postal_code} {mask_address(customer.address)}"


def _info(row: Notification, customer: Customer) -> NotificationInfo:
    return NotificationInfo(
        id=row.id, customer_id=row.customer_id, customer_number=customer.number,
        request_id=row.request_id, channel=Channel(row.channel), kind=row.kind,
        status=NotificationStatus(row.status), destination=_destination(row.channel, customer),
        created_at=as_utc(row.created_at),
        sent_at=as_utc(row.sent_at) if row.sent_at else None,
    )


class NotificationService:
    def __init__(self, kernel: Kernel) -> None:
        self.kernel = kernel

    def queue(self, session: Session, customer_id: int, request_id: int | None, kind: str,
              *, email: bool = True) -> list[int]:
        """Queue a letter to the registered address and, when the customer has an e-mail
        address (and ``email``), an e-mail notice. Inside the caller's transaction; the caller's
        audit event records the returned ids. No role check: the caller's operation did it."""
        if not kind or len(kind) > MAX_KIND_LENGTH:
            raise InvalidInput(field="notification kind",
                               reason=f"1 to {MAX_KIND_LENGTH} characters")
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise NotFound(what="customer", key=str(customer_id))
        channels = [Channel.LETTER]
        if email and customer.email:
            channels.append(Channel.EMAIL)
        rows = [Notification(customer_id=customer_id, request_id=request_id, channel=str(c),
                             kind=kind, status=str(NotificationStatus.QUEUED),
                             created_at=self.kernel.now())
                for c in channels]
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
            row.status = str(status)
            if status is NotificationStatus.SENT:
                row.sent_at = self.kernel.now()
            details: dict[str, object] = {"notification": row.id, "channel": row.channel,
                                          "kind": row.kind, "request": row.request_id}
            if reason is not None:
                details["reason"] = reason
            action = (Action.NOTIFICATION_SENT if status is NotificationStatus.SENT
                      else Action.NOTIFICATION_FAILED)
            self.kernel.record(s, actor, action,
                               subject=f"customer:{customer.number}", details=details)
            return _info(row, customer)

    @staticmethod
    def _status(value: NotificationStatus | str) -> NotificationStatus:
        try:
            return NotificationStatus(value)
        except ValueError:
            raise InvalidInput(field="status", reason="queued, sent or failed") from None
