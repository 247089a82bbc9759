"""The supervisor's outbox sends the due e-mail over a real local SMTP server, lists a notice that
could not go out with the reason, and the request's evidence says honestly that the change waits
for its notice, or is held by a failed one (issue 11)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from guikit import People
from test_agent_support import click, events, main_window
from test_approvals import quiet_page, two_requests

from authdesk.core.clock import FakeClock
from authdesk.core.config import SmtpSettings
from authdesk.core.desk import Desk
from authdesk.core.roles import Role
from authdesk.gui.approvals.evidence import evidence_html
from authdesk.gui.approvals.outbox import SupervisorOutboxPage
from authdesk.gui.shell.context import AppContext

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "core"))
from smtp_server import smtp_server


def outbox_page(qtbot: Any, context: AppContext, people: People) -> SupervisorOutboxPage:
    window = main_window(qtbot, context, people.sign_in("super1"))
    page = window.show_page("supervisor.outbox")
    assert isinstance(page, SupervisorOutboxPage)
    quiet_page(qtbot)
    return page


def approve(desk: Desk, people: People, request_id: int) -> None:
    supervisor = people.sign_in("super1")
    people.clock.advance(seconds=30)
    desk.staff.step_up(supervisor, people.code("super1"))
    desk.requests.approve(supervisor, request_id)


def cell(page: SupervisorOutboxPage, row: int, column: str) -> str:
    return str(page.model.index(row, page.model.COLUMNS.index(column)).data())


def test_send_due_email_then_a_refusing_server_is_listed_with_its_reason(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    made = two_requests(desk, people, clock)
    people.add("super1", Role.SUPERVISOR)
    people.add("admin1", Role.ADMIN)
    desk.firm.set(people.sign_in("admin1"), name="見本証券株式会社", phone="0120-000-000",
                  sender="notice@mihon.example.jp")
    approve(desk, people, made[0].id)
    approve(desk, people, made[1].id)
    detail = desk.requests.get(people.sign_in("super1"), made[0].id)
    assert "waiting for the notice to go out" in evidence_html(detail)

    # Both approvals' e-mails go out through the button.
    with smtp_server() as (handler, port):
        desk.email.settings = SmtpSettings("127.0.0.1", port, security="none")
        page = outbox_page(qtbot, context, people)
        assert page.send_button.isVisible() and page.send_button.text() == "Send &due e-mail"
        click(qtbot, page.send_button)
        qtbot.waitUntil(lambda: "sent" in page.message.text(), timeout=10_000)
        quiet_page(qtbot)
    # The two approvals' e-mails, and the two telling of the authenticator's activation.
    assert page.message.text().startswith("4 sent")
    assert {r.rcpt_tos[0] for r in handler.received} == {"taro@example.com"}
    assert len(events(desk, "notification.sent")) == 4

    # One more approval notice for the first request, an e-mail that a server refuses for good.
    with smtp_server("550 5.1.1 <{address}>: Recipient address rejected") as (_, port):
        desk.email.settings = SmtpSettings("127.0.0.1", port, security="none")
        with desk.kernel.write() as s:
            (letter, email) = desk.notifications.queue(s, made[0].customer_id, made[0].id,
                                                       "request.approved")
        click(qtbot, page.send_button)
        qtbot.waitUntil(lambda: "failed" in page.message.text(), timeout=10_000)
        quiet_page(qtbot)
    assert "holds the change" in page.message.text()
    failed_row = next(r for r in range(page.model.rowCount()) if cell(page, r, "id") == str(email))
    assert cell(page, failed_row, "status") == "failed"
    assert "550 5.1.1" in cell(page, failed_row, "note")
    assert "Recipient address rejected" in cell(page, failed_row, "note")
    assert "taro@example.com" not in cell(page, failed_row, "note")  # masked
    (alert,) = events(desk, "notification.failed")
    assert f'"notification_id":{email}' in alert.details.replace(" ", "")
    # The request's evidence says the change is held.
    supervisor = people.sign_in("super1")
    html = evidence_html(desk.requests.get(supervisor, made[0].id))
    assert "held: a notice to the customer could not go out" in html
    assert "Recipient address rejected" in html
    assert letter  # the letter of that notice stays queued for the mail room


def test_without_an_smtp_server_the_button_says_so(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    made = two_requests(desk, people, clock)
    people.add("super1", Role.SUPERVISOR)
    people.add("admin1", Role.ADMIN)
    desk.firm.set(people.sign_in("admin1"), name="見本証券株式会社", phone="0120-000-000",
                  sender="notice@mihon.example.jp")
    approve(desk, people, made[0].id)
    desk.email.settings = None
    page = outbox_page(qtbot, context, people)
    click(qtbot, page.send_button)
    qtbot.waitUntil(lambda: "SMTP" in page.message.text(), timeout=10_000)
    assert "No SMTP server is configured" in page.message.text()
    assert page.send_button.isEnabled()
