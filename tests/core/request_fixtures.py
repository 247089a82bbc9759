"""Helpers for the change-request tests: staff who are really signed in (``helpers.Staffing``),
customers added through the service, calls, authenticator codes that never repeat a time step,
and document inputs."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from helpers import PASSWORD, Codes, Person, Staffing

from authdesk.core.authority import SessionHandle
from authdesk.core.calls import CallInfo
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.documents import DocumentType
from authdesk.core.evidence import DocumentInput
from authdesk.core.requests import RequestSummary
from authdesk.core.roles import Role

__all__ = ["PASSWORD", "Kit", "Person"]

# Real entries of the Zengin master.
MIZUHO, TOKYO_EIGYOBU, MARUNOUCHI_CHUO = "0001", "001", "004"
MUFG, HONTEN = "0005", "001"

# A photo ID that passes every check, and a proof of the new account.
LICENCE = DocumentInput(DocumentType.DRIVERS_LICENCE, number="123456789012",
                        expiry=date(2029, 3, 31), name_matches=True, birth_date_matches=True,
                        address_matches=True, photo_present=True)
PASSPORT = DocumentInput(DocumentType.PASSPORT, number="TK1234567", expiry=date(2030, 1, 1),
                         name_matches=True, birth_date_matches=True, address_matches=True,
                         photo_present=True)
BANK_PROOF = DocumentInput(DocumentType.BANK_ACCOUNT_PROOF, number="1234567", expiry=None,
                           name_matches=True, birth_date_matches=True, address_matches=True,
                           photo_present=None)
HEALTH_CARD = DocumentInput(DocumentType.HEALTH_INSURANCE_CARD, number="12345678",
                            expiry=None, name_matches=True, birth_date_matches=True,
                            address_matches=True, photo_present=None)
EXPIRED_LICENCE = DocumentInput(DocumentType.DRIVERS_LICENCE, number="123456789012",
                                expiry=date(2025, 12, 31), name_matches=True,
                                birth_date_matches=True, address_matches=True,
                                photo_present=True)


@dataclass
class Kit:
    """One database with an administrator (created and signed in on first use), and helpers
    to add the rest."""

    desk: Desk
    clock: FakeClock
    customer_keys: dict[int, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.people = Staffing(self.desk, self.clock)
        self._numbers = 0

    # -- codes ---------------------------------------------------------------------------------

    @property
    def codes(self) -> Codes:
        return self.people.codes

    def code(self, key: str) -> str:
        """A code for a time step not used before for this key, within ±1 step of now."""
        return self.codes(key)

    # -- staff ---------------------------------------------------------------------------------

    @property
    def admin(self) -> SessionHandle:
        """The first administrator, signed in (what ``system_actor`` used to stand for)."""
        return self.people.admin

    @property
    def auditor(self) -> SessionHandle:
        return self.people.auditor

    def staff(self, username: str, *roles: Role, employee_no: str | None = None) -> Person:
        return self.people.add(username, *roles, employee_no=employee_no)

    def sign_in_again(self, person: Person) -> Person:
        return self.people.sign_in_again(person)

    def step_up(self, person: Person) -> None:
        self.people.step_up(person)

    # -- calls ---------------------------------------------------------------------------------

    def call(self, agent: Person, channel: str = "phone") -> CallInfo:
        """The agent's open call (taken now if none is open on that channel)."""
        return self.people.on_call(agent, channel)

    def new_call(self, agent: Person, channel: str = "phone") -> CallInfo:
        """The next caller: the open call is wrapped up and a new one taken."""
        return self.people.new_call(agent, channel)

    # -- customers -----------------------------------------------------------------------------

    def customer(self, *, kana: str = "ミホン タロウ", kanji: str = "見本 太郎",
                 email: str | None = "taro@example.com", account: bool = True,
                 **overrides: Any) -> int:
        self._numbers += 1
        fields: dict[str, Any] = {
            "number": f"C{9000000 + self._numbers:07d}", "name_kanji": kanji,
            "name_kana": kana, "birth_date": "1980-04-01", "postal_code": "100-0001",
            "address": "東京都千代田区見本町1-1", "phone": f"090-0000-{self._numbers:04d}",
            "email": email,
        }
        if account:
            fields.update(bank_code=MIZUHO, branch_code=TOKYO_EIGYOBU, account_type="ordinary",
                          account_number=f"{1000000 + self._numbers:07d}",
                          account_holder=kana)
        fields.update(overrides)
        return self.desk.customers.add(self.admin, **fields)

    def active_factor(self, agent: Person, customer_id: int) -> str:
        enrol = self.desk.factors.enroll(agent.handle, customer_id)
        self.desk.factors.activate(agent.handle, customer_id, self.code(enrol.manual_key))
        self.customer_keys[customer_id] = enrol.manual_key
        return enrol.manual_key

    def verify(self, agent: Person, customer_id: int, channel: str = "phone") -> None:
        """A successful step-up of the customer by this agent, in the agent's open call."""
        self.call(agent, channel)
        handle = self.desk.factors.start_verification(agent.handle, customer_id)
        self.desk.factors.verify(agent.handle, handle.id,
                                 self.code(self.customer_keys[customer_id]))

    # -- requests ------------------------------------------------------------------------------

    def draft(self, agent: Person, customer_id: int, *, number: str = "7654321",
              holder: str = "ﾐﾎﾝ ﾀﾛｳ", channel: str = "phone", **kwargs: Any) -> RequestSummary:
        """A draft from the agent's open call (taken now if none is open on ``channel``)."""
        self.call(agent, channel)
        return self.desk.requests.create(agent.handle, customer_id, bank_code=MUFG,
                                         branch_code=HONTEN, account_type="ordinary",
                                         account_number=number, holder=holder, **kwargs)

    def pending(self, agent: Person, customer_id: int, **kwargs: Any) -> RequestSummary:
        """A submitted low-risk request of a customer with an active factor: verified in the
        agent's call, then drafted and submitted."""
        if customer_id not in self.customer_keys:
            self.active_factor(agent, customer_id)
        self.verify(agent, customer_id, kwargs.get("channel", "phone"))
        summary = self.draft(agent, customer_id, **kwargs)
        return self.desk.requests.submit(agent.handle, summary.id)

    # -- notices (issue 11: notices gate the change) -------------------------------------------

    def notices_out(self, request_id: int) -> list[int]:
        """The mail room marks every queued notice of the request sent now (as the outbox's
        "Mark sent" does, or a posted letter batch): the approval notices going out start the
        cooling-off. Returns the ids marked."""
        from sqlalchemy import select

        from authdesk.storage.models import Notification

        if not hasattr(self, "_mailroom"):
            self._mailroom = self.staff("mailroom", Role.SUPERVISOR)
        self._mailroom = self.sign_in_again(self._mailroom)
        with self.desk.kernel.read() as s:
            ids = list(s.scalars(select(Notification.id).where(
                Notification.request_id == request_id, Notification.status == "queued")
                .order_by(Notification.id)))
        for notification_id in ids:
            self.desk.notifications.mark_sent(self._mailroom.handle, notification_id)
        return ids
