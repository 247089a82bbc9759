"""The right people are told (issue 11): after a recent change of the registered address or
e-mail, every notice also goes to the previous one; an activation letter is never posted to an
address changed within the window, and the change waits for the notice to the old address too."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from request_fixtures import LICENCE, Kit, Person
from smtp_server import smtp_server
from sqlalchemy import select

from authdesk.core.config import SmtpSettings
from authdesk.core.factors import AddressChangedRecently
from authdesk.core.notifications import Channel, NotificationKind, destination_of
from authdesk.core.roles import Role
from authdesk.storage.models import AuditEvent, ChangeRequest, ContactChange, Customer, Notification

OLD_ADDRESS = ("100-0001", "東京都千代田区見本町1-1")
NEW_ADDRESS = ("530-0001", "大阪府大阪市北区梅田9-9-9")


@pytest.fixture
def supervisor(kit: Kit) -> Person:
    return kit.staff("super1", Role.SUPERVISOR)


@pytest.fixture(autouse=True)
def firm_identity(kit: Kit) -> None:
    """The firm's name, phone and sender address (e-mail is refused while the sender is unset)."""
    kit.desk.firm.set(kit.admin, name="AuthDesk証券株式会社", phone="0120-000-000",
                      sender="notice@authdesk.example")


def move(kit: Kit, customer: int) -> None:
    """The customer master says the customer moved (postal code, then address)."""
    kit.desk.customers.change_contact(kit.admin, customer, "postal_code", NEW_ADDRESS[0])
    kit.desk.customers.change_contact(kit.admin, customer, "address", NEW_ADDRESS[1])


def where(kit: Kit, ids: list[int]) -> list[tuple[str, str | None, str | None, str | None,
                                                  bool]]:
    with kit.desk.kernel.read() as s:
        rows = s.scalars(select(Notification).where(Notification.id.in_(ids))
                         .order_by(Notification.id)).all()
        found = []
        for row in rows:
            customer = s.get(Customer, row.customer_id)
            assert customer is not None
            d = destination_of(row, customer)
            found.append((str(d.channel), d.postal_code, d.address, d.email, d.previous))
        return found


def queue(kit: Kit, customer: int, kind: str = NotificationKind.REQUEST_APPROVED) -> list[int]:
    with kit.desk.kernel.write() as s:
        return kit.desk.notifications.queue(s, customer, None, kind)


def test_after_a_recent_move_both_the_old_and_the_new_address_get_the_letter(
        kit: Kit, supervisor: Person) -> None:
    customer = kit.customer(email=None)
    move(kit, customer)
    ids = queue(kit, customer)
    assert where(kit, ids) == [
        ("letter", *NEW_ADDRESS, None, False),
        ("letter", *OLD_ADDRESS, None, True),
    ]
    with kit.desk.kernel.read() as s:
        previous = [c.previous_value for c in s.scalars(
            select(ContactChange).where(ContactChange.customer_id == customer)
            .order_by(ContactChange.id))]
    assert previous == list(OLD_ADDRESS)
    # The outbox shows both, masked: the town, not the street.
    outbox = [n for n in kit.desk.notifications.outbox(supervisor.handle) if n.id in ids]
    assert [(n.destination[:13], n.previous_contact) for n in outbox] == [
        ("〒530-0001 大阪府", False), ("〒100-0001 東京都", True)]
    assert not any("梅田" in n.destination or "見本町" in n.destination for n in outbox)


def test_the_previous_address_is_the_one_before_the_window_even_after_two_moves(
        kit: Kit) -> None:
    customer = kit.customer(email=None)
    move(kit, customer)
    kit.clock.advance(days=3)
    kit.desk.customers.change_contact(kit.admin, customer, "address", "大阪府堺市1-1")
    ids = queue(kit, customer)
    assert [w[1:3] for w in where(kit, ids)] == [("530-0001", "大阪府堺市1-1"), OLD_ADDRESS]


def test_once_the_window_is_over_only_the_registered_address_is_written_to(kit: Kit) -> None:
    customer = kit.customer(email=None)
    move(kit, customer)
    kit.clock.advance(days=30, seconds=1)
    assert where(kit, queue(kit, customer)) == [("letter", *NEW_ADDRESS, None, False)]


def test_a_change_recorded_without_its_old_value_sends_nothing_extra(kit: Kit) -> None:
    """Rows written before migration 0009 kept no previous value: nowhere to send to."""
    customer = kit.customer(email=None)
    move(kit, customer)
    with kit.desk.kernel.write() as s:
        for change in s.scalars(select(ContactChange)):
            change.previous_value = None
    assert len(queue(kit, customer)) == 1


def test_after_a_recent_email_change_both_mailboxes_receive_the_notice(
        kit: Kit, agent: Person, supervisor: Person) -> None:
    customer = kit.customer(email="old.box@example.com")
    kit.desk.customers.change_contact(kit.admin, customer, "email", "new.box@example.jp")
    ids = queue(kit, customer, NotificationKind.CONTACT_CHANGED)
    assert [(w[0], w[3], w[4]) for w in where(kit, ids)] == [
        ("letter", None, False), ("email", "new.box@example.jp", False),
        ("email", "old.box@example.com", True)]
    with smtp_server() as (handler, port):
        kit.desk.email.settings = SmtpSettings("127.0.0.1", port, security="none")
        report = kit.desk.email.send_due(supervisor.handle)
    # These two, and the two the change of e-mail address queued itself (the same kind).
    assert len(report.sent) == 4 and set(ids[1:]) <= set(report.sent)
    by_address = {r.rcpt_tos[0]: r.body for r in handler.received}
    assert set(by_address) == {"new.box@example.jp", "old.box@example.com"}
    assert "最近変更される前のご連絡先" in by_address["old.box@example.com"]
    assert "最近変更される前のご連絡先" not in by_address["new.box@example.jp"]


def test_the_change_waits_for_the_letter_to_the_old_address_too(
        kit: Kit, agent: Person, supervisor: Person) -> None:
    customer = kit.customer(email=None)
    kit.active_factor(agent, customer)  # enrolled before the move
    move(kit, customer)
    kit.verify(agent, customer)
    draft = kit.draft(agent, customer)
    kit.desk.requests.attach_document(agent.handle, draft.id, LICENCE)  # a recent move: risk
    pending = kit.desk.requests.submit(agent.handle, draft.id)
    kit.step_up(supervisor)
    kit.desk.requests.approve(supervisor.handle, pending.id)
    with kit.desk.kernel.read() as s:
        letters = s.scalars(select(Notification).where(
            Notification.request_id == pending.id).order_by(Notification.id)).all()
        new_letter, old_letter = [(n.id, n.recipient is not None) for n in letters]
    assert (new_letter[1], old_letter[1]) == (False, True)
    kit.desk.notifications.mark_sent(supervisor.handle, new_letter[0])
    with kit.desk.kernel.read() as s:
        assert s.get(ChangeRequest, pending.id).effective_at is None  # type: ignore[union-attr]
    kit.clock.advance(hours=3)
    supervisor = kit.sign_in_again(supervisor)
    kit.desk.notifications.mark_sent(supervisor.handle, old_letter[0])
    with kit.desk.kernel.read() as s:
        row = s.get(ChangeRequest, pending.id)
        assert row is not None and row.effective_at == kit.clock.now() + timedelta(hours=72)


# --- the activation letter ----------------------------------------------------------------------


def test_no_activation_letter_to_an_address_changed_within_the_window(
        kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    move(kit, customer)
    kit.call(agent)
    with pytest.raises(AddressChangedRecently, match="in branch"):
        kit.desk.factors.enroll(agent.handle, customer, "letter")
    with kit.desk.kernel.read() as s:
        refused = s.scalars(select(AuditEvent).where(
            AuditEvent.action == "factor.enrolment.refused")).one()
        assert json.loads(refused.details)["reason"] == "address changed recently"
        assert s.scalars(select(Notification).where(  # no activation letter queued
            Notification.kind == "factor_activation_letter")).all() == []
    # In branch, the customer is enrolled there and then.
    enrolment = kit.desk.factors.enroll(agent.handle, customer, "in_branch")
    assert enrolment.delivery == "in_branch"


def test_a_supervisor_cannot_reenrol_by_letter_after_a_move_either(
        kit: Kit, agent: Person, supervisor: Person) -> None:
    customer = kit.customer()
    kit.active_factor(agent, customer)
    move(kit, customer)
    with pytest.raises(AddressChangedRecently):
        kit.desk.factors.reenroll(supervisor.handle, customer, "letter")
    assert kit.desk.factors.reenroll(supervisor.handle, customer, "in_branch").delivery == (
        "in_branch")


def test_a_phone_or_email_change_does_not_stop_the_letter_and_the_window_ends(
        kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    kit.desk.customers.change_contact(kit.admin, customer, "phone", "03-1111-2222")
    kit.desk.customers.change_contact(kit.admin, customer, "email", "x@example.com")
    assert kit.desk.factors.enroll(agent.handle, customer, "letter").delivery == "letter"
    other = kit.customer(kana="ミホン ハナコ", kanji="見本 花子")
    move(kit, other)
    kit.clock.advance(days=31)
    agent = kit.sign_in_again(agent)
    assert kit.desk.factors.enroll(agent.handle, other, "letter").delivery == "letter"
    with kit.desk.kernel.read() as s:
        letters = s.scalars(select(Notification).where(
            Notification.customer_id == other,
            Notification.kind == "factor_activation_letter")).all()
        assert [(n.channel, n.recipient) for n in letters] == [(str(Channel.LETTER), None)]
