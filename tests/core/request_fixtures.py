"""Helpers for the change-request tests: staff who are really signed in, customers added through
the service, authenticator codes that never repeat a time step, and document inputs."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pyotp

from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk, system_actor
from authdesk.core.documents import DocumentType
from authdesk.core.evidence import DocumentInput
from authdesk.core.requests import RequestSummary
from authdesk.core.roles import Actor, Role

PASSWORD = "a long test password"


def employee_no_for(username: str) -> str:
    """A canonical employee number made from a username: 'sato.agent' -> 'E-SATO-AGENT'."""
    return "E-" + username.upper().replace(".", "-").replace("_", "-")


PERIOD = 30

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
class Person:
    actor: Actor
    key: str  # the staff member's TOTP key (base32)


@dataclass
class Kit:
    """One database with an administrator, and helpers to add the rest."""

    desk: Desk
    clock: FakeClock
    last_steps: dict[str, int] = field(default_factory=dict)
    customer_keys: dict[int, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.cli = system_actor(self.desk.workstation)
        self._numbers = 0

    # -- codes ---------------------------------------------------------------------------------

    def code(self, key: str) -> str:
        """A code for a time step not used before for this key, within ±1 step of now."""
        now_step = int(self.clock.now().timestamp()) // PERIOD
        step = max(self.last_steps.get(key, now_step - 2) + 1, now_step - 1)
        if step > now_step + 1:
            self.clock.advance(seconds=PERIOD * (step - now_step - 1))
        self.last_steps[key] = step
        return pyotp.TOTP(key).at(step * PERIOD)

    # -- staff ---------------------------------------------------------------------------------

    def staff(self, username: str, *roles: Role, employee_no: str | None = None) -> Person:
        enrol = self.desk.staff.add(self.cli, username=username, display_name=username,
                                    employee_no=employee_no or employee_no_for(username),
                                    roles=frozenset(roles), password=PASSWORD)
        actor = self.desk.staff.sign_in(username, PASSWORD, self.code(enrol.manual_key))
        return Person(actor, enrol.manual_key)

    def sign_in_again(self, person: Person) -> Person:
        actor = self.desk.staff.sign_in(person.actor.username, PASSWORD, self.code(person.key))
        return Person(actor, person.key)

    def step_up(self, person: Person) -> None:
        self.desk.staff.step_up(person.actor, self.code(person.key))

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
        return self.desk.customers.add(self.cli, **fields)

    def active_factor(self, agent: Person, customer_id: int) -> str:
        enrol = self.desk.factors.enroll(agent.actor, customer_id)
        self.desk.factors.activate(agent.actor, customer_id, self.code(enrol.manual_key))
        self.customer_keys[customer_id] = enrol.manual_key
        return enrol.manual_key

    def verify(self, agent: Person, customer_id: int) -> None:
        """A successful step-up of the customer by this agent."""
        handle = self.desk.factors.start_verification(agent.actor, customer_id)
        self.desk.factors.verify(agent.actor, handle.id, self.code(self.customer_keys[customer_id]))

    # -- requests ------------------------------------------------------------------------------

    def draft(self, agent: Person, customer_id: int, *, number: str = "7654321",
              holder: str = "ﾐﾎﾝ ﾀﾛｳ", **kwargs: Any) -> RequestSummary:
        return self.desk.requests.create(agent.actor, customer_id, bank_code=MUFG,
                                         branch_code=HONTEN, account_type="ordinary",
                                         account_number=number, holder=holder, **kwargs)

    def pending(self, agent: Person, customer_id: int, **kwargs: Any) -> RequestSummary:
        """A submitted low-risk request of a customer with an active factor."""
        if customer_id not in self.customer_keys:
            self.active_factor(agent, customer_id)
        summary = self.draft(agent, customer_id, **kwargs)
        self.verify(agent, customer_id)
        return self.desk.requests.submit(agent.actor, summary.id)
