"""Demo data: clearly fake staff and customers that show every factor state and risk level.

``seed(desk)`` fills an EMPTY database through the services, so every demo record has its audit
events like real work would, on the desk's clock. All names are 見本 ("sample"), addresses are
東京都千代田区見本町, phones 090-0000-xxxx, e-mails @example.com, and every staff member's
password is ``DEMO_PASSWORD``. The returned ``DemoSummary`` carries the TOTP keys of the demo
staff and customers so the demo panel can show their current codes, as their phones would.

| customer | authenticator       | what the demo shows                                       |
|----------|---------------------|-----------------------------------------------------------|
| 太郎     | active              | nothing unusual: the plain path, no request yet           |
| 桜       | active              | a request waiting for approval, low risk                  |
| 花子     | active              | phone changed recently; approved, notices sent, cooling-off|
| 次郎     | active              | 3 wrong codes today; a draft, medium risk                 |
| 三郎     | locked              | 10 wrong codes; a draft on the documents path, high risk  |
| 四郎     | pending             | activation letter sent, not activated yet                 |
| 五郎     | none                | a mail request with documents and call-back, pending      |
| 六子     | revoked, re-enrolled| a new activation letter on its way                        |
| 七子     | active              | a request rejected by a supervisor                        |
| 八郎     | active              | wants the account of 七子's rejected request: high risk   |
| 久美     | active              | a request the customer called to cancel                   |
| 十郎     | active              | a draft whose holder name is a close match                |
| 九子     | revoked             | phone stolen; documents path with a call-back until new   |
| 一美     | none                | no e-mail address: letters only                           |
| 二葉     | active              | approved; its e-mail was refused, so the change is held   |

Alerts (issue 12): 花子's request right after her phone changed, 三郎's wrong codes (on him
and at the workstation), 八郎's account also named for 七子, and an insider: demo.agent2
searches by name and unmasks 一美's phone with no caller on the line.

The seed signs its demo staff in and out again. Sign-ins and step-ups use the time steps just
before and at "now", so a code the demo panel shows may be refused as already used for up to
30 seconds after seeding; the next code works.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pyotp
from sqlalchemy import func, select

from authdesk.core import otp
from authdesk.core.authority import SYSTEM, SessionHandle
from authdesk.core.calls import CallOutcome
from authdesk.core.desk import Desk
from authdesk.core.documents import DocumentType
from authdesk.core.errors import AuthDeskError
from authdesk.core.evidence import DocumentInput, today_in_japan
from authdesk.core.factors import FactorLocked, VerificationVoid, WrongCode
from authdesk.core.factorstate import factor_state
from authdesk.core.roles import Role
from authdesk.storage.models import ChangeRequest, Customer, Staff

DEMO_PASSWORD = "demo-password-1"
ADMIN = "demo.admin"
NEW_BANK, NEW_BRANCH = "0005", "001"  # 三菱ＵＦＪ 本店: a real Zengin entry
OLD_BANK, OLD_BRANCH = "0001", "001"  # みずほ 東京営業部


class DemoNeedsEmptyDatabase(AuthDeskError):
    template = (
        "Demo data can only be added to an empty database; this one already has {count} "
        "customers and {people} staff accounts. Use a new database for the demo."
    )


@dataclass(frozen=True)
class DemoStaff:
    username: str
    display_name: str
    employee_no: str
    roles: tuple[Role, ...]
    password: str
    manual_key: str = field(repr=False)
    note: str = ""


@dataclass(frozen=True)
class DemoCustomer:
    id: int
    number: str
    name: str
    name_kana: str
    factor_state: str
    manual_key: str | None = field(repr=False)
    note: str
    request_id: int | None = None
    request_status: str | None = None
    risk_level: str | None = None
    scenario: str = ""  # "happy": the plain path (the self-test and the tour start here)


@dataclass(frozen=True)
class DemoSummary:
    staff: list[DemoStaff]
    customers: list[DemoCustomer]

    @property
    def staff_keys(self) -> dict[str, str]:
        return {s.username: s.manual_key for s in self.staff}

    @property
    def customer_keys(self) -> dict[str, str]:
        """Customer name -> base32 key, for those with a (live) authenticator."""
        return {c.name: c.manual_key for c in self.customers if c.manual_key}

    @property
    def risk_levels(self) -> set[str]:
        return {c.risk_level for c in self.customers if c.risk_level}

    @property
    def factor_states(self) -> set[str]:
        return {c.factor_state for c in self.customers}


_STAFF = (
    ("demo.admin", "見本 管理者", "DEMO-0001", (Role.ADMIN,), "Staff accounts and policy"),
    ("demo.agent1", "見本 受付一", "DEMO-0101", (Role.AGENT,), "Call-center agent"),
    ("demo.agent2", "見本 受付二", "DEMO-0102", (Role.AGENT,), "Back-office clerk (mail)"),
    ("demo.super1", "見本 監督一", "DEMO-0201", (Role.SUPERVISOR,),
     "Supervisor; approved 見本 花子's request"),
    ("demo.super2", "見本 監督二", "DEMO-0202", (Role.SUPERVISOR,), "Supervisor"),
    ("demo.auditor", "見本 監査", "DEMO-0301", (Role.AUDITOR,), "Auditor (read only)"),
)


class _Codes:
    """Authenticator codes as the demo people's phones would show them, each time step used
    once (the services refuse replays), within the drift the policy accepts."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.last: dict[str, int] = {}

    def next(self, key: str) -> str:
        drift = self.desk.kernel.policy().totp_drift_steps
        while True:
            now = otp.time_step(self.desk.clock.now())
            step = max(self.last.get(key, now - drift - 1) + 1, now - drift)
            if step <= now + drift:
                self.last[key] = step
                return pyotp.TOTP(key).at(step * otp.DEFAULT_PERIOD)
            self._wait()

    def _wait(self) -> None:
        advance: Callable[..., Any] | None = getattr(self.desk.clock, "advance", None)
        if advance is not None:  # a test's fake clock
            advance(seconds=otp.DEFAULT_PERIOD)
        else:
            time.sleep(otp.DEFAULT_PERIOD - self.desk.clock.now().timestamp() % otp.DEFAULT_PERIOD)

    def wrong(self, key: str) -> str:
        """A code that no step near now produces."""
        now = otp.time_step(self.desk.clock.now())
        near = {pyotp.TOTP(key).at(s * otp.DEFAULT_PERIOD) for s in range(now - 3, now + 4)}
        return next(c for c in ("000000", "111111", "222222", "333333", "444444") if c not in near)


class _Seeder:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.codes = _Codes(desk)
        self.staff: list[DemoStaff] = []
        self.actors: dict[str, SessionHandle] = {}
        self.on_call_with: dict[str, int] = {}  # agent -> customer id of the open call
        self.keys: dict[str, str] = {}
        self.customers: list[DemoCustomer] = []
        today = today_in_japan(desk.clock.now())
        in_three_years = date(today.year + 3, today.month, min(today.day, 28))
        self.licence = DocumentInput(DocumentType.DRIVERS_LICENCE, number="000000001234",
                                     expiry=in_three_years, name_matches=True,
                                     birth_date_matches=True, address_matches=True,
                                     photo_present=True)
        self.bank_proof = DocumentInput(DocumentType.BANK_ACCOUNT_PROOF, number="0000001",
                                        expiry=None, name_matches=True,
                                        birth_date_matches=True, address_matches=True,
                                        photo_present=None)

    # -- people ----------------------------------------------------------------------------------

    def add_staff(self) -> None:
        for username, name, employee_no, roles, note in _STAFF:
            kwargs: dict[str, Any] = {"username": username, "display_name": name,
                                      "employee_no": employee_no, "password": DEMO_PASSWORD}
            if Role.ADMIN in roles and not self.desk.staff.has_admin():
                enrol = self.desk.staff.create_first_admin(**kwargs)
            else:
                enrol = self.desk.staff.add(self.admin, roles=frozenset(roles), **kwargs)
            self.staff.append(DemoStaff(username, name, employee_no, tuple(roles),
                                        DEMO_PASSWORD, enrol.manual_key, note))
            self.keys[username] = enrol.manual_key

    @property
    def admin(self) -> SessionHandle:
        """The demo administrator adds the others and the customers, signed in like anyone."""
        return self.actor(ADMIN)

    def actor(self, username: str) -> SessionHandle:
        if username not in self.actors:
            self.actors[username] = self.desk.staff.sign_in(
                username, DEMO_PASSWORD, self.codes.next(self.keys[username]))
        return self.actors[username]

    def sign_out_all(self) -> None:
        for agent in list(self.on_call_with):
            self.desk.calls.wrap_up(self.actor(agent), CallOutcome.RESOLVED,
                                    "Demo call, wrapped up at the end of the demo day")
        for handle in self.actors.values():
            self.desk.staff.sign_out(handle)

    def on_call(self, agent: str, customer_id: int, channel: str = "phone") -> None:
        """The agent takes this customer's call (or mail item), wrapping up the previous one."""
        if self.on_call_with.get(agent) == customer_id:
            return
        if agent in self.on_call_with:
            self.desk.calls.wrap_up(self.actor(agent), CallOutcome.RESOLVED, "Demo call")
        self.desk.calls.take(self.actor(agent), channel)
        self.on_call_with[agent] = customer_id

    def customer(self, n: int, kanji: str, kana: str, *, email: bool = True) -> int:
        return self.desk.customers.add(
            self.admin, number=f"C{n:07d}", name_kanji=kanji, name_kana=kana,
            birth_date=f"19{60 + n:02d}-0{1 + n % 9}-1{n % 10}", postal_code="100-0001",
            address=f"東京都千代田区見本町1-{n}", phone=f"090-0000-{n:04d}",
            email=f"mihon.{n:02d}@example.com" if email else None,
            bank_code=OLD_BANK, branch_code=OLD_BRANCH, account_type="ordinary",
            account_number=f"{1000000 + n:07d}", account_holder=kana,
        )

    # -- authenticators --------------------------------------------------------------------------

    def enroll(self, agent: str, customer_id: int, *, activate: bool = True) -> str:
        enrol = self.desk.factors.enroll(self.actor(agent), customer_id)
        if activate:
            self.desk.factors.activate(self.actor(agent), customer_id,
                                       self.codes.next(enrol.manual_key))
        return enrol.manual_key

    def verify(self, agent: str, customer_id: int, key: str) -> None:
        self.on_call(agent, customer_id)
        handle = self.desk.factors.start_verification(self.actor(agent), customer_id)
        self.desk.factors.verify(self.actor(agent), handle.id, self.codes.next(key))

    def wrong_codes(self, agent: str, customer_id: int, key: str, count: int) -> None:
        self.on_call(agent, customer_id)
        handle = self.desk.factors.start_verification(self.actor(agent), customer_id)
        for _ in range(count):
            # Each refusal is the point: it is counted and audited.
            with contextlib.suppress(WrongCode, VerificationVoid, FactorLocked):
                self.desk.factors.verify(self.actor(agent), handle.id, self.codes.wrong(key))

    # -- requests --------------------------------------------------------------------------------

    def draft(self, agent: str, customer_id: int, kana: str, number: str,
              channel: str = "phone", **kwargs: Any) -> int:
        self.on_call(agent, customer_id, channel)
        return self.desk.requests.create(
            self.actor(agent), customer_id, bank_code=NEW_BANK, branch_code=NEW_BRANCH,
            account_type="ordinary", account_number=number, holder=kwargs.pop("holder", kana),
            **kwargs).id

    def record(self, customer_id: int, kanji: str, kana: str, key: str | None, note: str,
               request_id: int | None = None, *, scenario: str = "") -> None:
        # Read directly: a demo summary is not a member of staff viewing a record.
        with self.desk.kernel.read() as s:
            customer = s.get(Customer, customer_id)
            request = s.get(ChangeRequest, request_id) if request_id is not None else None
            state = str(factor_state(s, customer_id))
            assert customer is not None
            self.customers.append(DemoCustomer(
                customer_id, customer.number, kanji, kana, state, key, note, request_id,
                request.status if request else None, request.risk_level if request else None,
                scenario))

    def run(self) -> DemoSummary:
        self.add_staff()
        # issue 11, letters: a plausible, clearly fictitious firm (letters print its name and
        # phone number; customers' authenticator apps show the name)
        self.desk.firm.set(self.admin, name="みほん証券株式会社", phone="0120-000-000",
                           sender="notice@mihon-sec.example.jp")
        rq = self.desk.requests
        a1, a2, s1, s2 = "demo.agent1", "demo.agent2", "demo.super1", "demo.super2"

        # 太郎: the plain path. An active authenticator and nothing unusual, no request yet.
        c = self.customer(1, "見本 太郎", "ミホン タロウ")
        key = self.enroll(a1, c)
        self.record(c, "見本 太郎", "ミホン タロウ", key,
                    "Active authenticator, nothing unusual: try a change request",
                    scenario="happy")

        # 桜: a clean request waiting for approval.
        c = self.customer(13, "見本 桜", "ミホン サクラ")
        key = self.enroll(a1, c)
        self.verify(a1, c, key)
        r = self.draft(a1, c, "ミホン サクラ", "2000013", notes="Customer moved to a new bank")
        rq.submit(self.actor(a1), r)
        self.record(c, "見本 桜", "ミホン サクラ", key,
                    "Request waiting for approval (low risk)", r)

        # 花子: a recent phone change, then an approved change in its cooling-off period.
        c = self.customer(2, "見本 花子", "ミホン ハナコ")
        key = self.enroll(a1, c)
        self.desk.customers.change_contact(self.admin, c, "phone", "090-0000-1002")
        self.verify(a1, c, key)
        r = self.draft(a1, c, "ミホン ハナコ", "2000002")
        rq.attach_document(self.actor(a1), r, self.licence)
        rq.submit(self.actor(a1), r)
        self.desk.staff.step_up(self.actor(s1), self.codes.next(self.keys[s1]))
        rq.approve(self.actor(s1), r)
        # The mail room sent the approval's letter and e-mail: the cooling-off runs from now.
        for notice in self.desk.requests.get(self.actor(s2), r).notifications:
            self.desk.notifications.mark_sent(self.actor(s2), notice.id)
        self.record(c, "見本 花子", "ミホン ハナコ", key,
                    "Phone changed recently; approved, notices sent, waiting for the "
                    "cooling-off", r)

        # 次郎: three wrong codes today, then the right one, then a draft.
        c = self.customer(3, "見本 次郎", "ミホン ジロウ")
        key = self.enroll(a1, c)
        self.wrong_codes(a1, c, key, 3)
        self.verify(a1, c, key)
        r = self.draft(a1, c, "ミホン ジロウ", "2000003")
        self.record(c, "見本 次郎", "ミホン ジロウ", key,
                    "3 wrong codes today; draft needs a photo ID", r)

        # 三郎: locked after ten wrong codes; no change until a supervisor unlocks it.
        c = self.customer(4, "見本 三郎", "ミホン サブロウ")
        key = self.enroll(a1, c)
        self.wrong_codes(a1, c, key, 5)
        self.wrong_codes(a1, c, key, 5)
        self.record(c, "見本 三郎", "ミホン サブロウ", key,
                    "Authenticator locked: a supervisor unlocks it after documents and a "
                    "call-back, before any change")

        # 四郎: enrolled, activation letter on its way.
        c = self.customer(5, "見本 四郎", "ミホン シロウ")
        key = self.enroll(a1, c, activate=False)
        self.record(c, "見本 四郎", "ミホン シロウ", key,
                    "Activation letter sent; read back the first code to activate")

        # 五郎: no authenticator; a mail request on the documents path.
        c = self.customer(6, "見本 五郎", "ミホン ゴロウ")
        r = self.draft(a2, c, "ミホン ゴロウ", "2000006", channel="mail")
        rq.attach_document(self.actor(a2), r, self.licence)
        rq.record_callback(self.actor(a2), r, "Called the registered number; the customer "
                                              "confirmed the form they mailed")
        rq.submit(self.actor(a2), r)
        self.record(c, "見本 五郎", "ミホン ゴロウ", None,
                    "No authenticator; mail request with documents, waiting for approval", r)

        # 六子: re-enrolled by a supervisor: the old factor revoked, a new letter sent.
        c = self.customer(7, "見本 六子", "ミホン ムツコ")
        self.enroll(a2, c)
        key = self.desk.factors.reenroll(self.actor(s2), c).manual_key
        self.record(c, "見本 六子", "ミホン ムツコ", key,
                    "Old authenticator revoked (lost phone); new activation letter sent")

        # 七子: a request the supervisor rejected.
        c = self.customer(8, "見本 七子", "ミホン ナナコ")
        key = self.enroll(a2, c)
        self.verify(a2, c, key)
        r = self.draft(a2, c, "ミホン ナナコ", "2000008")
        rq.submit(self.actor(a2), r)
        rq.reject(self.actor(s2), r, "The caller could not confirm recent trades")
        self.record(c, "見本 七子", "ミホン ナナコ", key,
                    "Request rejected by a supervisor", r)

        # 八郎: wants the account named in 七子's rejected request: high risk.
        c = self.customer(9, "見本 八郎", "ミホン ハチロウ")
        key = self.enroll(a2, c)
        self.verify(a2, c, key)
        r = self.draft(a2, c, "ミホン ハチロウ", "2000008")
        rq.attach_document(self.actor(a2), r, self.licence)
        rq.attach_document(self.actor(a2), r, self.bank_proof)
        rq.record_callback(self.actor(a2), r, "Called the registered number; confirmed")
        rq.submit(self.actor(a2), r)
        self.record(c, "見本 八郎", "ミホン ハチロウ", key,
                    "New account was named in another customer's request (high risk)", r)

        # 久美: the customer called to cancel.
        c = self.customer(10, "見本 久美", "ミホン クミ")
        key = self.enroll(a2, c)
        self.verify(a2, c, key)
        r = self.draft(a2, c, "ミホン クミ", "2000010")
        rq.submit(self.actor(a2), r)
        rq.cancel(self.actor(a2), r, "The customer called back to cancel")
        self.record(c, "見本 久美", "ミホン クミ", key,
                    "Request cancelled at the customer's call", r)

        # 十郎: the bank spells the name without its long vowels.
        c = self.customer(11, "見本 十郎", "ミホン ジュウロウ")
        key = self.enroll(a2, c)
        self.verify(a2, c, key)
        r = self.draft(a2, c, "ミホン ジュウロウ", "2000011", holder="ﾐﾎﾝ ｼﾞﾕﾛ",
                       close_match_reason="The bank writes the name without long vowels")
        self.record(c, "見本 十郎", "ミホン ジュウロウ", key,
                    "Draft whose holder name is a close match", r)

        # 九子: lost the phone; the supervisor revoked the authenticator, none issued yet.
        c = self.customer(14, "見本 九子", "ミホン ココノ")
        self.enroll(a1, c)
        self.desk.factors.revoke(self.actor(s2), c, "Customer reported the phone stolen")
        self.record(c, "見本 九子", "ミホン ココノ", None,
                    "Authenticator revoked (phone stolen): documents path with a call-back")

        # 一美: no authenticator, no e-mail.
        c = self.customer(12, "見本 一美", "ミホン カズミ", email=False)
        self.record(c, "見本 一美", "ミホン カズミ", None,
                    "No authenticator and no e-mail: letters only")

        # alerts (issue 12): the day above already raises some (花子's request right after
        # her phone changed, 三郎's ten wrong codes, 八郎's account named for 七子 too). And an
        # insider: with no caller on the line, demo.agent2 looks a customer up by name and
        # unmasks her phone.
        if a2 in self.on_call_with:
            self.desk.calls.wrap_up(self.actor(a2), CallOutcome.RESOLVED, "Demo call")
            del self.on_call_with[a2]
        self.desk.customers.search(self.actor(a2), "ミホン カズミ")
        self.desk.customers.unmask(self.actor(a2), c, "phone", "wanted to check a number")
        # 二葉: approved; the letter went out but the mail server refused the e-mail, so the
        # change is held and the supervisors are alerted (issue 11: notices gate the change).
        c = self.customer(15, "見本 二葉", "ミホン フタバ")
        key = self.enroll(a1, c)
        self.verify(a1, c, key)
        r = self.draft(a1, c, "ミホン フタバ", "2000015")
        rq.submit(self.actor(a1), r)
        self.desk.staff.step_up(self.actor(s2), self.codes.next(self.keys[s2]))
        rq.approve(self.actor(s2), r)
        for notice in self.desk.requests.get(self.actor(s1), r).notifications:
            if notice.channel == "letter":
                self.desk.notifications.mark_sent(self.actor(s1), notice.id)
            else:
                self.desk.notifications.mark_failed(
                    self.actor(s1), notice.id,
                    "550 5.1.1 Recipient address rejected: user unknown")
        self.record(c, "見本 二葉", "ミホン フタバ", key,
                    "Approved, but the e-mail notice was refused: the change is held", r)

        self.sign_out_all()
        self.desk.audit.checkpoint(SYSTEM, reason="demo seed")
        return DemoSummary(self.staff, self.customers)


def seed(desk: Desk) -> DemoSummary:
    """Fill an empty database with the demo staff and customers; see the module docstring."""
    with desk.kernel.read() as s:
        count = s.scalar(select(func.count()).select_from(Customer)) or 0
        people = s.scalar(select(func.count()).select_from(Staff)) or 0
    if count or people:
        raise DemoNeedsEmptyDatabase(count=count, people=people)
    return _Seeder(desk).run()


__all__ = ["DEMO_PASSWORD", "DemoCustomer", "DemoNeedsEmptyDatabase", "DemoStaff",
           "DemoSummary", "seed"]
