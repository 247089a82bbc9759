"""E-mail notices over SMTP against a real local server (aiosmtpd): a Japanese e-mail that decodes
correctly and holds no link; retries with backoff, every attempt audited; a final failure raises
the alert event and holds the change it gates (issue 11)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta

import keyring.backends.fail
import pytest
from request_fixtures import Kit, Person
from smtp_server import Handler, smtp_server
from sqlalchemy import select

from authdesk.core.authority import SYSTEM
from authdesk.core.config import SmtpSettings
from authdesk.core.emailnotices import (
    LinkInEmail,
    SmtpNotConfigured,
    SmtpPasswordMissing,
    compose,
    find_link,
    refuse_links,
    store_smtp_password,
)
from authdesk.core.errors import PermissionDenied
from authdesk.core.firm import Firm
from authdesk.core.keys import KeyringUnavailable
from authdesk.core.notifications import NotificationKind, NotificationStatus
from authdesk.core.reference import notice_reference, request_reference
from authdesk.core.requests import RequestStatus
from authdesk.core.roles import Role
from authdesk.storage.models import AuditEvent, ChangeRequest, Customer, Notification

EMAIL = "taro.mihon@example.com"


@pytest.fixture
def supervisor(kit: Kit) -> Person:
    return kit.staff("super1", Role.SUPERVISOR)


@pytest.fixture(autouse=True)
def firm_identity(kit: Kit) -> None:
    """The firm's name, phone and sender address (e-mail is refused while the sender is unset)."""
    kit.desk.firm.set(kit.admin, name="AuthDesk証券株式会社", phone="0120-000-000",
                      sender="notice@authdesk.example")


@pytest.fixture
def server(kit: Kit) -> Iterator[Handler]:
    with smtp_server() as (handler, port):
        kit.desk.email.settings = SmtpSettings("127.0.0.1", port, security="none")
        yield handler


@pytest.fixture
def busy_server(kit: Kit) -> Iterator[Handler]:
    with smtp_server("451 4.3.0 Mailbox busy, try again later: {address}") as (handler, port):
        kit.desk.email.settings = SmtpSettings("127.0.0.1", port, security="none")
        yield handler


def approve(kit: Kit, agent: Person, supervisor: Person, customer: int) -> int:
    pending = kit.pending(agent, customer)
    kit.step_up(supervisor)
    kit.desk.requests.approve(supervisor.handle, pending.id)
    # The notices of the authenticator's activation before it are not what these tests look
    # at: they went out already.
    with kit.desk.kernel.read() as s:
        earlier = s.scalars(select(Notification.id).where(
            Notification.status == "queued", Notification.request_id.is_(None),
            Notification.kind != "factor_activation_letter")).all()
    for notification_id in earlier:
        kit.desk.notifications.mark_sent(supervisor.handle, notification_id)
    return pending.id


def notices(kit: Kit, request_id: int) -> list[Notification]:
    with kit.desk.kernel.read() as s:
        rows = list(s.scalars(select(Notification).where(Notification.request_id == request_id)
                              .order_by(Notification.id)))
        s.expunge_all()  # plain values for the test, read once
        return rows


def request_row(kit: Kit, request_id: int) -> ChangeRequest:
    with kit.desk.kernel.read() as s:
        row = s.get(ChangeRequest, request_id)
        assert row is not None
        s.expunge_all()
        return row


def events(kit: Kit, action: str) -> list[AuditEvent]:
    with kit.desk.kernel.read() as s:
        rows = list(s.scalars(select(AuditEvent).where(AuditEvent.action == action)
                              .order_by(AuditEvent.seq)))
        s.expunge_all()
        return rows


def mark_letters_sent(kit: Kit, supervisor: Person, request_id: int) -> None:
    for row in notices(kit, request_id):
        if row.channel == "letter" and row.status == "queued":
            kit.desk.notifications.mark_sent(supervisor.handle, row.id)


# --- the message ----------------------------------------------------------------------------


def test_the_server_receives_a_japanese_email_that_decodes_and_holds_no_link(
        kit: Kit, agent: Person, supervisor: Person, server: Handler) -> None:
    customer = kit.customer(email=EMAIL)
    request_id = approve(kit, agent, supervisor, customer)
    supervisor = kit.sign_in_again(supervisor)
    report = kit.desk.email.send_due(supervisor.handle)
    assert report.attempted == 1 and len(report.sent) == 1 and not report.failed
    (received,) = server.received
    assert received.rcpt_tos == [EMAIL]
    assert received.mail_from == "notice@authdesk.example"
    # The Subject travels encoded (RFC 2047) and decodes to Japanese; the body is UTF-8 text.
    raw_subject = next(line for line in received.raw.split(b"\r\n")
                       if line.lower().startswith(b"subject:"))
    assert b"=?utf-8?" in raw_subject.lower()
    message = received.message
    assert message["Subject"] == "【AuthDesk証券株式会社】出金口座の変更を承認しました"
    assert message.get_content_type() == "text/plain"
    assert message.get_content_charset() == "utf-8"
    assert not message.is_multipart()  # no HTML part
    body = received.body
    assert body.startswith("見本 太郎 様\n")
    assert "AuthDesk証券株式会社 お客様窓口 電話 0120-000-000" in body
    assert request_reference(request_id) in body
    (email_row,) = [n for n in notices(kit, request_id) if n.channel == "email"]
    assert notice_reference(email_row.id) in body
    assert "7654321" not in body and "321" in body  # the new account, masked
    assert "72時間" in body
    assert find_link(body) is None and find_link(message["Subject"]) is None
    for marker in (b"http", b"www.", b"://"):
        assert marker not in received.raw.lower()
    # The notice went out: sent, with its time, audited with the attempt, no address in clear.
    assert email_row.status == "sent" and email_row.sent_at == kit.clock.now()
    (sent_event,) = [e for e in events(kit, "notification.sent")
                     if json.loads(e.details)["notification"] == email_row.id]
    assert json.loads(sent_event.details)["attempt"] == 1
    assert EMAIL not in sent_event.details


def test_every_kind_has_a_text_that_names_the_firm_and_its_phone_and_has_no_link(
        kit: Kit) -> None:
    customer_id = kit.customer()
    the_firm = Firm("見本証券株式会社", "0120-123-456", "notice@mihon.example")
    kinds = [k for k in NotificationKind]
    with kit.desk.kernel.read() as s:
        customer = s.get(Customer, customer_id)
        assert customer is not None
        for kind in kinds:
            text = compose(kind, customer, the_firm, 7, None, cooling_off_hours=72,
                           previous_contact=True, now=kit.clock.now())
            assert text.subject.startswith("【見本証券株式会社】")
            assert "見本証券株式会社 お客様窓口 電話 0120-123-456" in text.body
            assert "最近変更される前のご連絡先" in text.body
            refuse_links(text.subject, text.body)
        with pytest.raises(KeyError):  # the activation letter is never e-mailed
            compose("factor_activation_letter", customer, the_firm, 7, None,
                    cooling_off_hours=72, previous_contact=False, now=kit.clock.now())


@pytest.mark.parametrize("text", [
    "https://example.com/login", "ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ", "www.example.jp",
    "詳しくは example.co.jp をご覧ください", "mailto:help@firm.example",
    "お問い合わせ help@firm.example", "bit.ly/abc", "hxxp://x.y", "javascript:alert(1)",
])
def test_anything_that_could_become_a_link_is_refused(text: str) -> None:
    assert find_link(text) is not None
    with pytest.raises(LinkInEmail):
        refuse_links("件名", text)


@pytest.mark.parametrize("text", [
    "ご依頼番号: R0000123-4", "電話 0120-000-000", "2026/12/03 09:30（日本時間）",
    "みずほ銀行 東京営業部 普通 ••••321", "72時間が経過した後に有効になります。",
])
def test_ordinary_notice_text_is_not_taken_for_a_link(text: str) -> None:
    assert find_link(text) is None


# --- notices gate the change ------------------------------------------------------------------


def test_the_change_waits_for_its_notices_and_cools_off_from_the_last(
        kit: Kit, agent: Person, supervisor: Person, server: Handler) -> None:
    customer = kit.customer(email=EMAIL)
    request_id = approve(kit, agent, supervisor, customer)
    kit.clock.advance(hours=100)  # far beyond the cooling-off: nothing went out yet
    assert kit.desk.requests.apply_due(SYSTEM) == []
    assert request_row(kit, request_id).effective_at is None
    supervisor = kit.sign_in_again(supervisor)
    kit.desk.email.send_due(supervisor.handle)
    assert request_row(kit, request_id).effective_at is None  # the letter is not posted yet
    kit.clock.advance(hours=2)
    supervisor = kit.sign_in_again(supervisor)
    mark_letters_sent(kit, supervisor, request_id)
    posted = kit.clock.now()
    assert request_row(kit, request_id).effective_at == posted + timedelta(hours=72)
    (started,) = events(kit, "request.cooling_off.started")
    assert started.subject == f"request:{request_id}"
    assert json.loads(started.details)["notice_out_at"] == posted.isoformat()
    kit.clock.advance(hours=71, minutes=59)
    assert kit.desk.requests.apply_due(SYSTEM) == []
    kit.clock.advance(minutes=1)
    assert kit.desk.requests.apply_due(SYSTEM) == [request_id]
    assert request_row(kit, request_id).status == RequestStatus.EFFECTIVE


# --- retries, final failure, the alert and the held change -----------------------------------


def test_a_refusing_server_is_retried_with_backoff_then_the_notice_fails_and_holds_the_change(
        kit: Kit, agent: Person, supervisor: Person, busy_server: Handler) -> None:
    customer = kit.customer(email=EMAIL)
    request_id = approve(kit, agent, supervisor, customer)
    mark_letters_sent(kit, supervisor, request_id)  # the letter went out; the e-mail cannot
    waits = []
    for attempt in range(1, 6):
        supervisor = kit.sign_in_again(supervisor)
        report = kit.desk.email.send_due(supervisor.handle)
        assert report.attempted == 1, attempt
        (row,) = [n for n in notices(kit, request_id) if n.channel == "email"]
        assert row.attempts == attempt
        if attempt < 5:
            assert report.retrying == [row.id]
            assert row.next_attempt_at is not None
            wait = row.next_attempt_at - kit.clock.now()
            waits.append(wait)
            # Nothing is due before the wait is over.
            kit.clock.advance(wait - timedelta(seconds=1))
            supervisor = kit.sign_in_again(supervisor)
            assert kit.desk.email.send_due(supervisor.handle).attempted == 0
            kit.clock.advance(seconds=1)
        else:
            assert report.failed == [row.id]
    assert waits == [timedelta(minutes=5), timedelta(minutes=10), timedelta(minutes=20),
                     timedelta(minutes=40)]
    assert busy_server.refused == 5 and busy_server.received == []
    attempts = events(kit, "notification.attempt.failed")
    assert [json.loads(e.details)["attempt"] for e in attempts] == [1, 2, 3, 4]
    (alert,) = events(kit, "notification.failed")
    details = json.loads(alert.details)
    assert {"notification_id", "request_id", "reason", "attempt"} <= set(details)
    assert details["request_id"] == request_id and details["attempt"] == 5
    assert details["reason"].startswith("451 4.3.0 Mailbox busy")
    for event in [*attempts, alert]:
        assert "taro.mihon" not in event.details  # the address is masked in the log
    # The change is held: however long one waits, it never takes effect.
    kit.clock.advance(days=30)
    assert kit.desk.requests.apply_due(SYSTEM) == []
    assert request_row(kit, request_id).status == RequestStatus.APPROVED
    assert request_row(kit, request_id).effective_at is None
    # The supervisor's outbox lists the failure with its reason.
    supervisor = kit.sign_in_again(supervisor)
    (failed,) = kit.desk.notifications.outbox(supervisor.handle, NotificationStatus.FAILED)
    assert failed.failure_reason is not None and "Mailbox busy" in failed.failure_reason
    assert "taro.mihon" not in failed.failure_reason
    assert failed.attempts == 5


def test_a_permanent_refusal_fails_at_once(kit: Kit, agent: Person, supervisor: Person) -> None:
    customer = kit.customer(email=EMAIL)
    request_id = approve(kit, agent, supervisor, customer)
    with smtp_server("550 5.1.1 <{address}>: Recipient address rejected") as (handler, port):
        kit.desk.email.settings = SmtpSettings("127.0.0.1", port, security="none")
        supervisor = kit.sign_in_again(supervisor)
        report = kit.desk.email.send_due(supervisor.handle)
    assert len(report.failed) == 1 and handler.refused == 1
    (alert,) = events(kit, "notification.failed")
    details = json.loads(alert.details)
    assert details["attempt"] == 1 and details["request_id"] == request_id
    assert "t••••@example.com" in details["reason"] and EMAIL not in details["reason"]


def test_a_server_that_cannot_be_reached_is_retried(
        kit: Kit, agent: Person, supervisor: Person) -> None:
    customer = kit.customer(email=EMAIL)
    approve(kit, agent, supervisor, customer)
    with smtp_server() as (_, port):
        pass  # the port is free again: nobody listens
    kit.desk.email.settings = SmtpSettings("127.0.0.1", port, security="none")
    supervisor = kit.sign_in_again(supervisor)
    report = kit.desk.email.send_due(supervisor.handle)
    assert len(report.retrying) == 1
    (attempt,) = events(kit, "notification.attempt.failed")
    assert "ConnectionRefusedError" in json.loads(attempt.details)["reason"]


# --- settings, password, who may send -------------------------------------------------------


def test_sending_is_refused_clearly_without_a_server_or_a_password(
        kit: Kit, agent: Person, supervisor: Person) -> None:
    customer = kit.customer(email=EMAIL)
    approve(kit, agent, supervisor, customer)
    supervisor = kit.sign_in_again(supervisor)
    kit.desk.email.settings = None
    with pytest.raises(SmtpNotConfigured):
        kit.desk.email.send_due(supervisor.handle)
    settings = SmtpSettings("smtp.example.jp", 587, security="starttls", user="notices")
    kit.desk.email.settings = settings
    with pytest.raises(SmtpPasswordMissing, match="notices"):
        kit.desk.email.send_due(supervisor.handle)
    (row,) = [n for n in notices(kit, 1) if n.channel == "email"]
    assert row.attempts == 0 and row.status == "queued"  # nothing was tried


def test_the_password_lives_in_the_keyring_and_nowhere_else(
        kit: Kit, memory_keyring: object) -> None:
    settings = SmtpSettings("smtp.example.jp", 587, security="starttls", user="notices")
    store_smtp_password(settings, "s3cret-smtp-password")
    assert keyring.get_password("AuthDesk", "smtp:notices@smtp.example.jp") == (
        "s3cret-smtp-password")
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        with pytest.raises(KeyringUnavailable):
            store_smtp_password(settings, "s3cret-smtp-password")
    finally:
        keyring.set_keyring(previous)


def test_only_a_supervisor_sends(kit: Kit, agent: Person) -> None:
    auditor = kit.staff("auditor1", Role.AUDITOR)
    for handle in (agent.handle, auditor.handle, kit.admin):
        with pytest.raises(PermissionDenied):
            kit.desk.email.send_due(handle)


def test_a_notice_marked_sent_by_another_path_opens_the_gate_at_the_next_look(
        kit: Kit, agent: Person, supervisor: Person) -> None:
    """The gate reads only status and sent_at: a letter batch marked posted elsewhere (issue 11,
    letters) starts the cooling-off from its sent_at when the request is next settled."""
    customer = kit.customer(email=None)
    request_id = approve(kit, agent, supervisor, customer)
    posted = kit.clock.now()
    with kit.desk.kernel.write() as s:
        for row in s.scalars(select(Notification).where(Notification.request_id == request_id)):
            row.status, row.sent_at = "sent", posted
    kit.clock.advance(hours=1)
    assert kit.desk.requests.apply_due(SYSTEM) == [request_id]  # the gate opened
    assert request_row(kit, request_id).effective_at == posted + timedelta(hours=72)
    (started,) = events(kit, "request.cooling_off.started")
    assert started.actor == "system"
    assert kit.desk.requests.apply_due(SYSTEM) == []
    kit.clock.advance(hours=71)
    assert kit.desk.requests.apply_due(SYSTEM) == [request_id]
    assert request_row(kit, request_id).status == RequestStatus.EFFECTIVE
