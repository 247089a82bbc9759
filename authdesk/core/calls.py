"""Calls: an agent's work on a customer happens inside a call (or, in the back office, a mail
item). "New caller" opens one; wrap-up closes it with a short note and an outcome. Both are
audited.

The call is part of the signed-in session's state: the session names the call it is working on,
so a customer verification is done *in* a call and is fresh only inside that call. A new caller
starts unverified, whatever happened minutes before; a change request records the call it came
from. A session that ends before its wrap-up closes its call as ``cut_off``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from authdesk.core.actions import Action
from authdesk.core.authority import Actor, Principal
from authdesk.core.clock import as_utc
from authdesk.core.customers import get_customer
from authdesk.core.errors import AuthDeskError, InvalidInput
from authdesk.core.evidence import clean_note
from authdesk.core.kernel import CALL_CUT_OFF, Kernel
from authdesk.core.risk import Channel
from authdesk.core.roles import Operation
from authdesk.storage.models import Call, Customer, Staff, StaffSession

MAX_WRAP_UP_NOTE = 500
RECENT_CALLS = 10


class CallOutcome(StrEnum):
    # Stored and audited: never rename the values.
    RESOLVED = "resolved"
    REQUEST_OPENED = "request_opened"
    FOLLOW_UP = "follow_up"
    NOT_VERIFIED = "not_verified"
    CANCELLED_CHANGE = "cancelled_change"
    TRANSFERRED = "transferred"
    OTHER = "other"
    # Set by the core only, when a session ends before its wrap-up.
    CUT_OFF = CALL_CUT_OFF


# What a person may choose at wrap-up.
WRAP_UP_OUTCOMES: tuple[CallOutcome, ...] = tuple(o for o in CallOutcome
                                                  if o is not CallOutcome.CUT_OFF)


class CallAlreadyOpen(AuthDeskError):
    template = (
        "The current call is still open. Wrap it up with a note and an outcome before taking "
        "the next caller."
    )


class NoOpenCall(AuthDeskError):
    template = "There is no open call. Take the caller first (New caller), then do this again."


class NotAWrapUpOutcome(AuthDeskError):
    template = "Choose how the call ended from the list."


@dataclass(frozen=True)
class CallInfo:
    id: int
    channel: Channel
    agent: str
    opened_at: datetime
    closed_at: datetime | None
    outcome: CallOutcome | None
    note: str | None
    customer_number: str | None

    @property
    def open(self) -> bool:
        return self.closed_at is None


def _info(row: Call, agent: str, customer_number: str | None) -> CallInfo:
    return CallInfo(row.id, Channel(row.channel), agent, as_utc(row.opened_at),
                    as_utc(row.closed_at) if row.closed_at else None,
                    CallOutcome(row.outcome) if row.outcome else None, row.note,
                    customer_number)


def current_call(s: Session, actor: Actor) -> Call | None:
    """The open call of the actor's session, if any."""
    if actor.session_id is None:
        return None
    row = s.get(StaffSession, actor.session_id)
    if row is None or row.current_call_id is None:
        return None
    call = s.get(Call, row.current_call_id)
    return call if call is not None and call.closed_at is None else None


def require_call(s: Session, actor: Actor, customer: Customer) -> Call:
    """The session's open call, now about ``customer`` if it was about no one yet."""
    call = current_call(s, actor)
    if call is None:
        raise NoOpenCall()
    if call.customer_id is None:
        call.customer_id = customer.id
    return call


class CallService:
    def __init__(self, kernel: Kernel) -> None:
        self.kernel = kernel

    def take(self, handle: Principal, channel: Channel | str = Channel.PHONE) -> CallInfo:
        """A new caller (or mail item): starts unverified. Refused while a call is open."""
        try:
            channel = Channel(channel)
        except ValueError:
            raise InvalidInput(field="channel", reason="phone or mail") from None
        kernel = self.kernel
        with kernel.write() as s:
            actor = kernel.authorize(s, handle, Operation.TAKE_CALL)
            if current_call(s, actor) is not None:
                raise CallAlreadyOpen()
            assert actor.staff_id is not None and actor.session_id is not None
            row = Call(agent_id=actor.staff_id, session_id=actor.session_id,
                       channel=channel.value, opened_at=kernel.now())
            s.add(row)
            s.flush()
            session_row = s.get(StaffSession, actor.session_id)
            assert session_row is not None
            session_row.current_call_id = row.id
            kernel.record(s, actor, Action.CALL_TAKEN, subject=f"call:{row.id}",
                          details={"call": row.id, "channel": channel.value})
            return _info(row, actor.username, None)

    def current(self, handle: Principal) -> CallInfo | None:
        with self.kernel.read() as s:
            actor = self.kernel.authorize(s, handle, Operation.TAKE_CALL)
            row = current_call(s, actor)
            return self._describe(s, row) if row is not None else None

    def wrap_up(self, handle: Principal, outcome: CallOutcome | str, note: str) -> CallInfo:
        """Close the open call with how it ended and a short note."""
        try:
            chosen = CallOutcome(outcome)
        except ValueError:
            raise NotAWrapUpOutcome() from None
        if chosen not in WRAP_UP_OUTCOMES:
            raise NotAWrapUpOutcome()
        text = clean_note(note, "note", required=True, limit=MAX_WRAP_UP_NOTE)
        kernel = self.kernel
        with kernel.write() as s:
            actor = kernel.authorize(s, handle, Operation.TAKE_CALL)
            session_row = s.get(StaffSession, actor.session_id)
            assert session_row is not None
            closed = kernel.close_current_call(s, actor, session_row, outcome=chosen.value,
                                               note=text)
            if closed is None:
                raise NoOpenCall()
            return self._describe(s, closed)

    def recent_for_customer(self, handle: Principal, customer_id: int,
                            limit: int = RECENT_CALLS) -> list[CallInfo]:
        """The customer's latest calls, newest first, with their notes and outcomes."""
        with self.kernel.read() as s:
            self.kernel.authorize(s, handle, Operation.VIEW_CALLS)
            customer = get_customer(s, customer_id)
            rows = s.execute(
                select(Call, Staff.username).join(Staff, Staff.id == Call.agent_id)
                .where(Call.customer_id == customer.id)
                .order_by(Call.opened_at.desc(), Call.id.desc()).limit(limit)).all()
            return [_info(row, agent, customer.number) for row, agent in rows]

    @staticmethod
    def _describe(s: Session, row: Call) -> CallInfo:
        agent = s.get(Staff, row.agent_id)
        customer = s.get(Customer, row.customer_id) if row.customer_id is not None else None
        return _info(row, agent.username if agent else "?",
                     customer.number if customer else None)
