"""The state of a customer's TOTP factor, read from the factor rows (no role check: the caller's
operation did it). Customers, factors and requests all read it; only ``core.factors`` changes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from authdesk.storage.models import CustomerFactor


class FactorState(StrEnum):
    NONE = "none"
    PENDING = "pending"
    ACTIVE = "active"
    LOCKED = "locked"
    REVOKED = "revoked"


def current_factor(s: Session, customer_id: int, *,
                   for_update: bool = False) -> CustomerFactor | None:
    """The customer's factor that is not revoked, if any."""
    query = (select(CustomerFactor)
             .where(CustomerFactor.customer_id == customer_id,
                    CustomerFactor.state != FactorState.REVOKED)
             .order_by(CustomerFactor.id.desc()).limit(1))
    if for_update:
        query = query.with_for_update()
    return s.scalar(query)


def factor_states(s: Session, customer_ids: Sequence[int]) -> dict[int, FactorState]:
    """Each customer's factor state: its live factor's, else 'revoked' if it ever had one."""
    states = dict.fromkeys(customer_ids, FactorState.NONE)
    if not customer_ids:
        return states
    rows = s.execute(select(CustomerFactor.customer_id, CustomerFactor.state)
                     .where(CustomerFactor.customer_id.in_(list(customer_ids))))
    for customer_id, state in rows:
        if state != FactorState.REVOKED or states[customer_id] == FactorState.NONE:
            states[customer_id] = FactorState(state)
    return states


def factor_state(s: Session, customer_id: int) -> FactorState:
    return factor_states(s, [customer_id])[customer_id]
