"""Notices gate the change (issue 11): an approved withdrawal-account change takes effect only
after its approval notice went out AND the cooling-off ran from that moment.

A relayed code is stopped by the real customer hearing of the change in time, through a channel
the fraudster does not hold. So the cooling-off does not start at approval: ``approve`` leaves
the request's ``effective_at`` empty (nothing is due), and ``notice_went_out`` sets it when the
last of the request's approval notices (the letter, the e-mail, and those to contacts replaced
recently) has gone out: an e-mail accepted by the SMTP server, a letter whose batch was marked
posted. Cooling-off runs from the latest of those moments. A notice that could not go out leaves
the gate shut: the change stays pending, and ``notification.failed`` raises the supervisors'
alert. ``notice_went_out`` runs inside the transaction that marked the notice sent; it reads
only the notices' ``status`` and ``sent_at``, so a notice marked sent by a path that does not
call it (a letter batch marked posted) opens the gate when the request is next settled
(``RequestService._settle``, ``all_out_clause`` in its due clause), from that notice's
``sent_at``.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, exists, select
from sqlalchemy.orm import Session

from authdesk.core.actions import Action
from authdesk.core.authority import Actor
from authdesk.core.clock import as_utc
from authdesk.core.kernel import Kernel
from authdesk.storage.models import ChangeRequest, Customer, Notification

# The notices whose going out starts the cooling-off.
GATING_KINDS = ("request.approved",)
APPROVED = "approved"  # requests.RequestStatus.APPROVED (requests imports this module's callers)


def notice_went_out(s: Session, kernel: Kernel, actor: Actor, request_id: int) -> datetime | None:
    """If every approval notice of the request has gone out, start its cooling-off now: set
    ``effective_at`` to the last one's ``sent_at`` plus ``cooling_off_hours``, audited as
    ``request.cooling_off.started``. Returns the effective time it set, else None."""
    request = s.scalar(select(ChangeRequest).where(ChangeRequest.id == request_id)
                       .with_for_update())
    if request is None or request.status != APPROVED or request.effective_at is not None:
        return None
    notices = s.scalars(select(Notification).where(Notification.request_id == request_id,
                                                   Notification.kind.in_(GATING_KINDS))).all()
    if not notices or any(n.status != "sent" or n.sent_at is None for n in notices):
        return None
    out = max(as_utc(n.sent_at) for n in notices if n.sent_at is not None)
    hours = kernel.policy(s).cooling_off_hours
    request.effective_at = out + timedelta(hours=hours)
    customer = s.get(Customer, request.customer_id)
    assert customer is not None  # foreign key
    kernel.record(s, actor, Action.REQUEST_COOLING_OFF_STARTED, subject=f"request:{request.id}",
                  details={"customer": customer.number, "notice_out_at": out.isoformat(),
                           "cooling_off_hours": hours,
                           "effective_at": request.effective_at.isoformat(),
                           "notifications": [n.id for n in notices]})
    return as_utc(request.effective_at)


def all_out_clause() -> Any:
    """SQL: the change request has approval notices and every one of them has gone out."""
    mine = and_(Notification.request_id == ChangeRequest.id,
                Notification.kind.in_(GATING_KINDS))
    return and_(exists().where(mine),
                ~exists().where(mine, Notification.status != "sent"))
