"""Who is on the line: the identity check the desk makes before it acts for a caller.

One rule for every call-time action that speaks for the customer (opening a change request,
cancelling one by the reference on a letter, locking withdrawal-account changes or asking to
lift the lock): the agent is on an open call, and a customer with an authenticator was verified
with it by this agent in this call, within its freshness. A locked authenticator is unlocked by
a supervisor first (documents and a call-back), never bypassed.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from authdesk.core.authority import Actor
from authdesk.core.calls import NoOpenCall, current_call
from authdesk.core.errors import AuthDeskError
from authdesk.core.factors import FactorLocked, FactorService
from authdesk.core.factorstate import FactorState, factor_state
from authdesk.storage.models import Customer


class CallerNotVerified(AuthDeskError):
    template = (
        "This customer has an authenticator app. Verify the caller with a code from it in this "
        "call first."
    )


def caller_refusal(s: Session, factors: FactorService, actor: Actor, customer: Customer, *,
                   not_verified: type[AuthDeskError] = CallerNotVerified
                   ) -> AuthDeskError | None:
    """Why the desk may not act for this caller now (``not_verified`` names the sentence for
    a missing verification), or None when it may."""
    if current_call(s, actor) is None:
        return NoOpenCall()
    state = factor_state(s, customer.id)
    if state is FactorState.LOCKED:
        return FactorLocked()
    if state is FactorState.ACTIVE and factors.fresh_verification(s, actor, customer.id) is None:
        return not_verified()
    return None


__all__ = ["CallerNotVerified", "caller_refusal"]
