"""Letters that really go out (issue 11): every notice kind queued where its event happens,
the mail room's day batch (a PDF with a cover sheet, then one letter a page), the steps
printed and posted (posting sends the letters), each audited, and the firm's identity."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
from helpers import pdf_page_texts, pdf_text
from request_fixtures import Kit, Person
from sqlalchemy import select

from authdesk.core.errors import InvalidInput, PermissionDenied
from authdesk.core.factors import FactorLocked, WrongCode
from authdesk.core.firm import FirmNotConfigured
from authdesk.core.letters import (
    BatchAlreadyPosted,
    BatchAlreadyPrinted,
    BatchNotFound,
    BatchNotPrinted,
    BatchStatus,
    DayNotCome,
    NoLettersToPrint,
)
from authdesk.core.notifications import (
    NotificationInBatch,
    NotificationKind,
    NotificationStatus,
)
from authdesk.core.reference import notice_reference, parse_reference, request_reference
from authdesk.core.roles import Role
from authdesk.printing.letters import batch_pdf
from authdesk.storage.models import AuditEvent, Notification

FIRM = "みほん証券株式会社"
PHONE = "0120-000-000"


@pytest.fixture
def supervisor(kit: Kit) -> Person:
    return kit.staff("super1", Role.SUPERVISOR)


@pytest.fixture
def firm_set(kit: Kit) -> None:
    kit.desk.firm.set(kit.admin, name=FIRM, phone=PHONE, sender="notice@mihon.example.jp")


def events(kit: Kit, action: str) -> list[Any]:
    """The events of one action, as plain rows (actor, subject, details)."""
    with kit.desk.kernel.read() as s:
        return list(s.execute(select(AuditEvent.actor, AuditEvent.subject, AuditEvent.details)
                              .where(AuditEvent.action == action).order_by(AuditEvent.seq)))


def letters(kit: Kit) -> list[Any]:
    """The letter rows, as plain rows (id, kind, request_id, status, sent_at)."""
    with kit.desk.kernel.read() as s:
        return list(s.execute(
            select(Notification.id, Notification.kind, Notification.request_id,
                   Notification.status, Notification.sent_at)
            .where(Notification.channel == "letter").order_by(Notification.id)))


def approved(kit: Kit, agent: Person, supervisor: Person, customer: int) -> int:
    pending = kit.pending(agent, customer)
    kit.step_up(supervisor)
    return kit.desk.requests.approve(supervisor.handle, pending.id).id


# --- every kind is queued where its event happens ---------------------------------------------


def test_factor_events_and_contact_changes_queue_their_notices(
        kit: Kit, agent: Person, supervisor: Person) -> None:
    customer = kit.customer()
    kit.active_factor(agent, customer)  # activation letter + factor.activated
    kit.call(agent)
    for _ in range(10):
        started = kit.desk.factors.start_verification(agent.handle, customer)
        for _ in range(5):
            try:
                kit.desk.factors.verify(agent.handle, started.id, "000000")
            except FactorLocked:
                break
            except WrongCode:
                continue
            except Exception:
                break
        if kit.desk.factors.state(agent.handle, customer) == "locked":
            break
    kit.desk.factors.unlock(supervisor.handle, customer,
                            "Driving licence seen; called back on the registered number")
    kit.desk.factors.reenroll(supervisor.handle, customer)
    kit.desk.customers.change_contact(kit.admin, customer, "address", "東京都港区見本二丁目2-2")
    kinds = [n.kind for n in letters(kit)]
    assert kinds == ["factor_activation_letter", NotificationKind.FACTOR_ACTIVATED,
                     NotificationKind.FACTOR_LOCKED, NotificationKind.FACTOR_UNLOCKED,
                     "factor_activation_letter", NotificationKind.FACTOR_REENROLLED,
                     # to the new address, and to the one it replaced (the right people are
                     # told: an attacker who moved the address is not the only one told)
                     NotificationKind.CONTACT_CHANGED, NotificationKind.CONTACT_CHANGED]
    # Each service's own event names the notices it queued.
    for action in ("factor.activated", "factor.locked", "factor.unlocked",
                   "customer.contact_changed"):
        (event,) = events(kit, action)
        assert json.loads(event.details)["notifications"], action


# --- the day's batch ----------------------------------------------------------------------------


def test_the_days_batch_pdf_holds_every_letter_its_reference_account_and_the_firms_phone(
        kit: Kit, agent: Person, supervisor: Person, firm_set: None, qapp: Any) -> None:
    # ``qapp``: the PDF needs a Qt application; a widgets one, as the GUI tests that may run
    # later in this process expect (printing would otherwise make a plain QGuiApplication).
    first = kit.customer()
    second = kit.customer(kana="ミホン ハナコ", kanji="見本 花子", email=None,
                          postal_code="530-0001", address="大阪府大阪市北区見本3-3")
    request_a = approved(kit, agent, supervisor, first)
    pending_b = kit.pending(agent, second, number="7654322", holder="ﾐﾎﾝ ﾊﾅｺ")
    kit.desk.requests.reject(supervisor.handle, pending_b.id, "Documents did not match")
    kit.desk.customers.change_contact(kit.admin, second, "phone", "03-1234-5678")
    # A customer record holding a phone number never puts it on a letter.
    batch = kit.desk.letters.create_batch(supervisor.handle)
    assert batch.status is BatchStatus.CREATED
    waiting = [n for n in letters(kit) if n.kind != "factor_activation_letter"]
    assert batch.letters == len(waiting) == 5  # 2x factor.activated, approved, rejected, contact
    contents = kit.desk.letters.contents(supervisor.handle, batch.id)
    refs = contents.references
    assert request_reference(request_a) in refs and request_reference(pending_b.id) in refs
    contact = next(n for n in waiting if n.kind == NotificationKind.CONTACT_CHANGED)
    assert notice_reference(contact.id) in refs
    for ref in refs:
        parse_reference(ref)  # each one reads back

    data = batch_pdf(contents)
    pages = pdf_page_texts(data)
    assert len(pages) == 1 + batch.letters
    cover = pages[0]
    assert f"通数{batch.letters}通" in "".join(cover.split())
    for ref in refs:
        assert ref in cover
    for page, letter in zip(pages[1:], contents.letters, strict=True):
        assert letter.reference in page
        assert PHONE in page and FIRM in page
        assert "様" in page and f"〒{letter.to.postal_code}" in page
        assert "090-0000" not in page and "03-1234-5678" not in page
    text = pdf_text(data)
    # The new account of both requests, masked: bank and branch names, the last 3 digits.
    assert "三菱UFJ" in text and "本店" in text and "••••321" in text and "••••322" in text
    assert "7654321" not in text
    approved_page = pages[1 + contents.references.index(request_reference(request_a))]
    assert "有効になります" in approved_page and "お取り消し" in approved_page
    effective = (kit.clock.now() + timedelta(hours=72))
    assert f"{effective.month}月" in approved_page


def test_batch_steps_are_audited_and_posting_sends_the_letters(
        kit: Kit, agent: Person, supervisor: Person, firm_set: None) -> None:
    customer = kit.customer()
    request_id = approved(kit, agent, supervisor, customer)
    batch = kit.desk.letters.create_batch(supervisor.handle)
    batched = [n for n in letters(kit) if n.kind != "factor_activation_letter"]
    letter = next(n for n in batched if n.request_id == request_id)
    # A batched letter goes out with its batch only.
    with pytest.raises(NotificationInBatch):
        kit.desk.notifications.mark_sent(supervisor.handle, letter.id)
    with pytest.raises(BatchNotPrinted):
        kit.desk.letters.mark_posted(supervisor.handle, batch.id)
    kit.clock.advance(minutes=20)
    printed = kit.desk.letters.mark_printed(supervisor.handle, batch.id)
    assert printed.status is BatchStatus.PRINTED and printed.printed_by == "super1"
    with pytest.raises(BatchAlreadyPrinted):
        kit.desk.letters.mark_printed(supervisor.handle, batch.id)
    assert all(n.status == "queued" for n in letters(kit) if n.id == letter.id)
    kit.clock.advance(hours=2)
    supervisor = kit.sign_in_again(supervisor)
    posted = kit.desk.letters.mark_posted(supervisor.handle, batch.id)
    assert posted.status is BatchStatus.POSTED and posted.posted_at == kit.clock.now()
    for row in letters(kit):
        if row.id in {n.id for n in batched}:
            assert row.status == NotificationStatus.SENT
            assert row.sent_at == kit.clock.now()
        else:
            assert row.status == NotificationStatus.QUEUED  # the activation letter
    with pytest.raises(BatchAlreadyPosted):
        kit.desk.letters.mark_posted(supervisor.handle, batch.id)
    with pytest.raises(BatchAlreadyPosted):
        kit.desk.letters.mark_printed(supervisor.handle, batch.id)
    with pytest.raises(BatchAlreadyPosted):
        kit.desk.letters.contents(supervisor.handle, batch.id)
    # Every step has its event; each letter its notification.sent naming the batch.
    (created,) = events(kit, "letter.batch.created")
    assert json.loads(created.details)["notifications"] == [n.id for n in batched]
    assert len(events(kit, "letter.batch.printed")) == 1
    (posted_event,) = events(kit, "letter.batch.posted")
    assert json.loads(posted_event.details)["notifications"] == [n.id for n in batched]
    sent = events(kit, "notification.sent")
    assert sorted(json.loads(e.details)["notification"] for e in sent) == sorted(
        n.id for n in batched)
    assert all(json.loads(e.details)["batch"] == batch.id for e in sent)
    assert all(e.subject.startswith("customer:") for e in sent)
    # Nothing is left to batch; a letter is in at most one batch.
    with pytest.raises(NoLettersToPrint):
        kit.desk.letters.create_batch(supervisor.handle)
    assert kit.desk.audit.verify(kit.auditor).ok


def test_a_day_takes_the_letters_queued_up_to_its_end_in_japan(
        kit: Kit, agent: Person, supervisor: Person, firm_set: None) -> None:
    customer = kit.customer()
    kit.active_factor(agent, customer)  # 2026-01-05 09:00 UTC = 18:00 JST
    kit.clock.advance(hours=16)  # 2026-01-06 01:00 UTC = 10:00 JST, the next day in Japan
    supervisor = kit.sign_in_again(supervisor)
    kit.desk.customers.change_contact(kit.admin, customer, "email", "new@example.com")
    assert kit.desk.letters.letters_waiting(supervisor.handle, date(2026, 1, 5)) == 1
    assert kit.desk.letters.letters_waiting(supervisor.handle) == 2
    with pytest.raises(DayNotCome):
        kit.desk.letters.create_batch(supervisor.handle, date(2026, 1, 7))
    first = kit.desk.letters.create_batch(supervisor.handle, date(2026, 1, 5))
    assert first.letters == 1 and first.day == date(2026, 1, 5)
    second = kit.desk.letters.create_batch(supervisor.handle)
    assert second.letters == 1 and second.day == date(2026, 1, 6)
    assert [b.id for b in kit.desk.letters.batches(supervisor.handle)] == [second.id, first.id]


def test_refusals_and_who_may_print(kit: Kit, agent: Person, supervisor: Person) -> None:
    customer = kit.customer()
    kit.active_factor(agent, customer)
    with pytest.raises(FirmNotConfigured):  # no phone number to print: nothing is made
        kit.desk.letters.create_batch(supervisor.handle)
    kit.desk.firm.set(kit.admin, name=FIRM, phone=PHONE)
    with pytest.raises(PermissionDenied):
        kit.desk.letters.create_batch(agent.handle)
    with pytest.raises(PermissionDenied):
        kit.desk.letters.create_batch(kit.admin)
    with pytest.raises(BatchNotFound):
        kit.desk.letters.mark_printed(supervisor.handle, 99)
    batch = kit.desk.letters.create_batch(supervisor.handle)
    with pytest.raises(PermissionDenied):
        kit.desk.letters.contents(kit.auditor, batch.id)
    assert kit.desk.letters.batches(kit.auditor)[0].id == batch.id  # auditors read


# --- the firm's identity ------------------------------------------------------------------------


def test_the_firm_is_validated_and_audited(kit: Kit) -> None:
    assert kit.desk.firm.current(kit.admin).name == "AuthDesk"
    for bad in ("", "12-34", "0120-000-00000", "tel 0120", "0120‐000‐000‐1"):
        with pytest.raises(InvalidInput):
            kit.desk.firm.set(kit.admin, phone=bad)
    for bad in ("notice", "a@b", "名前@example.jp", "a b@example.jp"):
        with pytest.raises(InvalidInput):
            kit.desk.firm.set(kit.admin, sender=bad)
    with pytest.raises(InvalidInput):
        kit.desk.firm.set(kit.admin, name="   ")
    firm = kit.desk.firm.set(kit.admin, name=" みほん証券株式会社 ", phone="０１２０-０００-０００",
                             sender="notice@mihon.example.jp")
    assert (firm.name, firm.phone, firm.sender) == (FIRM, PHONE, "notice@mihon.example.jp")
    (event,) = events(kit, "firm.changed")
    details = json.loads(event.details)
    assert details["changed"]["phone"] == {"from": "", "to": PHONE}
    assert details["after"]["name"] == FIRM
    with pytest.raises(PermissionDenied):
        kit.desk.firm.set(kit.staff("super2", Role.SUPERVISOR).handle, name="x")
    again = kit.desk.firm.set(kit.admin, phone="03-1111-2222")
    assert again.name == FIRM and again.phone == "03-1111-2222"


def test_the_otpauth_issuer_is_the_configured_firm_name(kit: Kit, agent: Person) -> None:
    kit.desk.firm.set(kit.admin, name=FIRM, phone=PHONE)
    enrollment = kit.desk.factors.enroll(agent.handle, kit.customer())
    uri = urlparse(enrollment.uri)
    assert parse_qs(uri.query)["issuer"] == [FIRM]
    assert uri.path.startswith("/") and FIRM not in uri.path  # percent-encoded in the label
    from urllib.parse import unquote

    assert unquote(uri.path).startswith(f"/{FIRM}:")


def test_two_supervisors_making_a_batch_at_once_take_turns(
        kit: Kit, agent: Person, supervisor: Person, firm_set: None) -> None:
    import threading

    for n in range(3):
        kit.desk.customers.change_contact(kit.admin, kit.customer(), "email",
                                          f"new{n}@example.com")
    other = kit.staff("super2", Role.SUPERVISOR)
    start = threading.Barrier(2)
    outcomes: list[object] = []

    def make(person: Person) -> None:
        start.wait()
        try:
            outcomes.append(kit.desk.letters.create_batch(person.handle))
        except Exception as exc:  # the loser's refusal, or a failure the test reports
            outcomes.append(exc)

    threads = [threading.Thread(target=make, args=(p,)) for p in (supervisor, other)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    made = [o for o in outcomes if not isinstance(o, Exception)]
    refused = [o for o in outcomes if isinstance(o, Exception)]
    assert len(made) == 1 and made[0].letters == 3  # type: ignore[attr-defined]
    assert len(refused) == 1 and isinstance(refused[0], NoLettersToPrint), refused
