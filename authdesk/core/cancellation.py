"""Cancel by reference (issue 11): the customer quotes the reference on a letter or e-mail
(``R0000123-4`` for a request, ``N0000456-8`` for a notice about one) and asks to stop the
change before it takes effect.

The agent is on a call with the customer whose record is open. ``look_up`` shows what the
reference names (the request's masked summary), only if it is this customer's; ``cancel``
records the customer's cancellation after the desk's identity check (``core.identity``, the
same as before opening a request), while the request waits for approval or for its
cooling-off period to end. Refusals, each with its own sentence: a reference whose check digit
does not match (misheard), one that names nothing, one of another customer (audited, and
nothing about that customer is said), a notice not about a change, and a change that already
took effect (with the time it did).

The cancellation is ``request.cancelled`` like any other, its details saying
``"by": "customer"`` and the reference quoted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from authdesk.core import evidence
from authdesk.core.accountlock import moment_in_japan
from authdesk.core.actions import Action
from authdesk.core.authority import Actor, Principal
from authdesk.core.calls import current_call
from authdesk.core.customers import get_customer
from authdesk.core.errors import AuthDeskError, RefuseAfterCommit
from authdesk.core.identity import caller_refusal
from authdesk.core.kernel import Kernel
from authdesk.core.reference import (
    CheckDigitWrong,
    Reference,
    ReferenceKind,
    notice_reference,
    parse_reference,
    request_reference,
)
from authdesk.core.requests import (
    MAX_REASON_LENGTH,
    RequestNotPending,
    RequestService,
    RequestStatus,
    RequestSummary,
)
from authdesk.core.roles import Operation
from authdesk.storage.models import ChangeRequest, Customer, Notification

# What a customer can still stop: waiting for approval, or approved and cooling off.
CANCELLABLE = frozenset({RequestStatus.PENDING, RequestStatus.APPROVED})


class ReferenceMistyped(AuthDeskError):
    template = (
        "Reference {reference} does not add up (its last digit is a check digit). Please ask "
        "the customer to read it again, one character at a time."
    )


class ReferenceUnknown(AuthDeskError):
    template = (
        "No letter or e-mail has reference {reference}. Please ask the customer to read it "
        "again from the letter or e-mail."
    )


class ReferenceOfAnotherCustomer(AuthDeskError):
    template = (
        "Reference {reference} is not about this customer, so nothing can be done with it on "
        "this call. Check that the right customer's record is open."
    )


class NoticeNotAboutAChange(AuthDeskError):
    template = (
        "Notice {reference} is not about a change of the withdrawal account, so there is no "
        "change to cancel with it."
    )


class ChangeAlreadyEffective(AuthDeskError):
    template = (
        "The change {reference} took effect on {when}, so it can no longer be cancelled. If the "
        "customer did not ask for it, pass the call to a supervisor now."
    )


@dataclass(frozen=True)
class ReferenceLookup:
    """What a quoted reference names: the reference as read, the request's reference and its
    masked summary, and whether the customer can still cancel it (and until when)."""

    quoted: str
    request_reference: str
    request: RequestSummary
    cancellable: bool

    @property
    def effective_at(self) -> datetime | None:
        return self.request.effective_at


def read_reference(text: str) -> Reference:
    """The reference typed, or the sentence for a misheard one (a wrong check digit)."""
    try:
        return parse_reference(text)
    except CheckDigitWrong:
        shown = " ".join((text or "").split())[:20]
        raise ReferenceMistyped(reference=shown) from None


class CancellationService:
    def __init__(self, kernel: Kernel, *, requests: RequestService) -> None:
        self.kernel = kernel
        self.requests = requests

    def look_up(self, handle: Principal, customer_id: int, text: str) -> ReferenceLookup:
        """The request a reference names, if it is this customer's. Audited, like a view."""
        reference = read_reference(text)
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.CANCEL_BY_REFERENCE)
            customer = get_customer(s, customer_id)
            row = self._resolve(s, actor, customer, reference, "look up")
            row, _ = self.requests._load_settled(s, actor, row.id)
            summary = self.requests._summary(s, row, customer)
            self.kernel.record(s, actor, Action.REFERENCE_LOOKED_UP,
                               subject=f"request:{row.id}",
                               details={"customer": customer.number,
                                        "reference": str(reference), "status": row.status})
            return ReferenceLookup(quoted=str(reference), request_reference=request_reference(
                row.id), request=summary, cancellable=summary.status in CANCELLABLE)

    def cancel(self, handle: Principal, customer_id: int, text: str,
               reason: str) -> RequestSummary:
        """The customer on this call cancels the change the reference names, before it takes
        effect. After the desk's identity check, as for opening a request."""
        reference = read_reference(text)
        note = evidence.clean_note(reason, "reason", required=True, limit=MAX_REASON_LENGTH)
        assert note is not None
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.CANCEL_BY_REFERENCE)
            customer = get_customer(s, customer_id, for_update=True)
            refusal = caller_refusal(s, self.requests.factors, actor, customer)
            if refusal is not None:
                self._refused(s, actor, customer, reference, "cancel", type(refusal).__name__)
                raise RefuseAfterCommit(refusal)
            found = self._resolve(s, actor, customer, reference, "cancel")
            row, settled = self.requests._load_settled(s, actor, found.id)
            status = RequestStatus(row.status)
            if status is RequestStatus.EFFECTIVE:
                assert row.effective_at is not None
                error: AuthDeskError = ChangeAlreadyEffective(
                    reference=request_reference(row.id), when=moment_in_japan(row.effective_at))
            elif status not in CANCELLABLE:
                error = RequestNotPending(request=row.id, status=status.words,
                                          action="cancelled")
            else:
                call = current_call(s, actor)
                return self.requests._cancel_in(
                    s, actor, row, note, by="customer", reference=str(reference),
                    call=call.id if call is not None else None)
            # If time just moved the request on (it took effect), keep that change.
            raise RefuseAfterCommit(error) if settled else error

    # -- shared ------------------------------------------------------------------------------

    def _resolve(self, s: Session, actor: Actor, customer: Customer, reference: Reference,
                 step: str) -> ChangeRequest:
        """The request a reference names, refused unless it is this customer's."""
        request_id: int | None
        if reference.kind is ReferenceKind.NOTICE:
            notice = s.get(Notification, reference.id)
            if notice is None:
                raise ReferenceUnknown(reference=notice_reference(reference.id))
            if notice.customer_id != customer.id:
                self._refused(s, actor, customer, reference, step, "another customer")
                raise RefuseAfterCommit(ReferenceOfAnotherCustomer(reference=str(reference)))
            if notice.request_id is None:
                raise NoticeNotAboutAChange(reference=str(reference))
            request_id = notice.request_id
        else:
            request_id = reference.id
        row = s.scalar(select(ChangeRequest).where(ChangeRequest.id == request_id))
        if row is None or row.status == RequestStatus.DRAFT:  # a draft was never on a letter
            raise ReferenceUnknown(reference=str(reference))
        if row.customer_id != customer.id:
            self._refused(s, actor, customer, reference, step, "another customer")
            raise RefuseAfterCommit(ReferenceOfAnotherCustomer(reference=str(reference)))
        return row

    def _refused(self, s: Session, actor: Actor, customer: Customer, reference: Reference,
                 step: str, why: str) -> None:
        # The reference is kept: a run of other customers' references may be someone probing.
        self.kernel.record(s, actor, Action.REQUEST_REFUSED,
                           subject=f"customer:{customer.number}", outcome="refused",
                           details={"customer": customer.number,
                                    "step": f"{step} by reference", "reason": why,
                                    "reference": str(reference)})


__all__ = [
    "CANCELLABLE",
    "CancellationService",
    "ChangeAlreadyEffective",
    "NoticeNotAboutAChange",
    "ReferenceLookup",
    "ReferenceMistyped",
    "ReferenceOfAnotherCustomer",
    "ReferenceUnknown",
    "read_reference",
]
