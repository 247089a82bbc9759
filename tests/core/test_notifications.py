"""The outbox: a letter always, an e-mail notice where there is an address, marked sent or
failed by a supervisor, audited."""

from __future__ import annotations

import json

import pytest
from request_fixtures import Kit, Person
from sqlalchemy import select

from authdesk.core.desk import Desk
from authdesk.core.errors import InvalidInput, PermissionDenied
from authdesk.core.notifications import (
    Channel,
    NotificationAlreadyClosed,
    NotificationNotFound,
    NotificationStatus,
)
from authdesk.core.roles import Role
from authdesk.storage.models import AuditEvent, Notification


@pytest.fixture
def supervisor(kit: Kit) -> Person:
    return kit.staff("super1", Role.SUPERVISOR)


def queue(desk: Desk, customer: int, kind: str = "request.approved") -> list[int]:
    with desk.kernel.write() as s:
        return desk.notifications.queue(s, customer, None, kind)


def test_a_letter_always_and_an_e_mail_where_there_is_an_address(
        kit: Kit, supervisor: Person) -> None:
    with_email = kit.customer(email="taro@example.com")
    without = kit.customer(email=None, kana="ミホン ハナコ", kanji="見本 花子")
    assert len(queue(kit.desk, with_email)) == 2
    assert len(queue(kit.desk, without)) == 1
    outbox = kit.desk.notifications.outbox(supervisor.handle)
    assert [(n.customer_id, n.channel) for n in outbox] == [
        (with_email, Channel.LETTER), (with_email, Channel.EMAIL), (without, Channel.LETTER)]
    assert all(n.status is NotificationStatus.QUEUED for n in outbox)
    letter, email = outbox[0], outbox[1]
    assert letter.destination.startswith("〒100-0001 東京都千代田区") and "見本町" not in (
        letter.destination)
    assert email.destination == "t••••@example.com"


def test_an_e_mail_can_be_left_out_for_letter_only_notices(kit: Kit) -> None:
    customer = kit.customer(email="taro@example.com")
    with kit.desk.kernel.write() as s:
        ids = kit.desk.notifications.queue(s, customer, None, "factor.activation",
                                           email=False)
    assert len(ids) == 1


def test_queueing_inside_a_failed_transaction_leaves_nothing(kit: Kit) -> None:
    customer = kit.customer()
    with pytest.raises(RuntimeError), kit.desk.kernel.write() as s:
        kit.desk.notifications.queue(s, customer, None, "request.approved")
        raise RuntimeError("the change it belongs to failed")
    with kit.desk.kernel.read() as s:
        assert s.scalars(select(Notification)).all() == []


def test_a_kind_is_required(kit: Kit) -> None:
    customer = kit.customer()
    with pytest.raises(InvalidInput), kit.desk.kernel.write() as s:
        kit.desk.notifications.queue(s, customer, None, "")


def test_marking_sent_is_audited_and_final(kit: Kit, supervisor: Person) -> None:
    customer = kit.customer()
    letter_id, _ = queue(kit.desk, customer)
    kit.clock.advance(hours=2)
    supervisor = kit.sign_in_again(supervisor)
    sent = kit.desk.notifications.mark_sent(supervisor.handle, letter_id)
    assert sent.status is NotificationStatus.SENT and sent.sent_at == kit.clock.now()
    with pytest.raises(NotificationAlreadyClosed):
        kit.desk.notifications.mark_sent(supervisor.handle, letter_id)
    with pytest.raises(NotificationAlreadyClosed):
        kit.desk.notifications.mark_failed(supervisor.handle, letter_id, "returned")
    assert [n.id for n in kit.desk.notifications.outbox(supervisor.handle, "sent")] == [letter_id]
    assert len(kit.desk.notifications.outbox(supervisor.handle, NotificationStatus.QUEUED)) == 1
    with kit.desk.kernel.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "notification.sent")).one()
        assert json.loads(event.details)["notification"] == letter_id
        assert event.actor == "super1"


def test_a_failed_notice_needs_a_reason_and_can_be_sent_again(
        kit: Kit, supervisor: Person) -> None:
    customer = kit.customer()
    letter_id, _ = queue(kit.desk, customer)
    with pytest.raises(InvalidInput):
        kit.desk.notifications.mark_failed(supervisor.handle, letter_id, " ")
    failed = kit.desk.notifications.mark_failed(supervisor.handle, letter_id,
                                                "Returned: addressee unknown")
    assert failed.status is NotificationStatus.FAILED
    assert kit.desk.notifications.mark_sent(supervisor.handle, letter_id).status is (
        NotificationStatus.SENT)


def test_unknown_notification_and_status(kit: Kit, supervisor: Person) -> None:
    with pytest.raises(NotificationNotFound):
        kit.desk.notifications.mark_sent(supervisor.handle, 42)
    with pytest.raises(InvalidInput):
        kit.desk.notifications.outbox(supervisor.handle, "lost")


def test_who_may_see_and_mark_the_outbox(kit: Kit, supervisor: Person) -> None:
    customer = kit.customer()
    letter_id, _ = queue(kit.desk, customer)
    agent = kit.staff("agent1", Role.AGENT)
    auditor = kit.staff("auditor1", Role.AUDITOR)
    with pytest.raises(PermissionDenied):
        kit.desk.notifications.outbox(agent.handle)
    assert len(kit.desk.notifications.outbox(auditor.handle)) == 2
    for actor in (agent.handle, auditor.handle, kit.admin):  # auditors only read
        with pytest.raises(PermissionDenied):
            kit.desk.notifications.mark_sent(actor, letter_id)
