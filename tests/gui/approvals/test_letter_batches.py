"""The mail room on the supervisor's outbox (issue 11): "Print today's letters…" saves the day's
batch as one PDF, then the batch is marked printed and posted (its letters become sent), each
step through the core; an auditor sees the batch but gets no buttons."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from guikit import People
from helpers import pdf_page_texts
from test_agent_support import add_customer, click, events, main_window

from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.lettercontent import BatchInfo
from authdesk.core.roles import Role
from authdesk.gui.approvals.outbox import SupervisorOutboxPage
from authdesk.gui.kit.background import background
from authdesk.gui.shell.context import AppContext


def outbox(qtbot: Any, context: AppContext, people: People, username: str
           ) -> SupervisorOutboxPage:
    window = main_window(qtbot, context, people.sign_in(username))
    page = window.show_page("supervisor.outbox")
    assert isinstance(page, SupervisorOutboxPage)
    qtbot.waitUntil(lambda: not background().busy and page.batch_label.text() != "",
                    timeout=10_000)
    return page


def test_printing_the_days_letters_then_marking_them_printed_and_posted(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock,
        tmp_path: Path) -> None:
    admin = people.admin()
    desk.firm.set(admin, name="みほん証券株式会社", phone="0120-000-000")
    customer = add_customer(people, "C0000101")
    desk.customers.change_contact(admin, customer, "address", "東京都港区見本二丁目2-2")
    people.add("super1", Role.SUPERVISOR)
    page = outbox(qtbot, context, people, "super1")
    # The notice of the move: to the new address and to the one it replaced.
    assert "Letters waiting to be printed: 2." in page.batch_label.text()
    assert not page.printed_button.isEnabled() and not page.posted_button.isEnabled()

    target = tmp_path / "letters.pdf"
    page.choose_batch_file = lambda suggested: target  # type: ignore[method-assign]
    click(qtbot, page.print_button)
    qtbot.waitUntil(lambda: "saved to" in page.message.text(), timeout=20_000)
    cover, letter, to_old = pdf_page_texts(target.read_bytes())
    assert "0120-000-000" in letter and "港区" in letter and "ご登録内容の変更" in cover
    assert "0120-000-000" in to_old and "千代田区" in to_old
    qtbot.waitUntil(lambda: page.printed_button.isEnabled(), timeout=10_000)
    assert "No. 1" in page.batch_label.text() and "not yet marked printed" in (
        page.batch_label.text())

    click(qtbot, page.printed_button)
    qtbot.waitUntil(lambda: page.posted_button.isEnabled(), timeout=10_000)
    asked: list[BatchInfo] = []
    page.confirm_posted = lambda batch: asked.append(batch) or True  # type: ignore[method-assign]
    click(qtbot, page.posted_button)
    qtbot.waitUntil(lambda: "marked posted" in page.message.text(), timeout=10_000)
    assert [b.id for b in asked] == [1]
    qtbot.waitUntil(lambda: "posted" in page.batch_label.text()
                    and not page.posted_button.isEnabled(), timeout=10_000)
    status = page.model.COLUMNS.index("status")
    kinds = page.model.COLUMNS.index("kind")
    rows = [(page.model.index(r, kinds).data(), page.model.index(r, status).data())
            for r in range(page.model.rowCount())]
    assert ("contact details changed", "sent") in rows
    assert events(desk, "letter.batch.posted") and events(desk, "notification.sent")


def test_an_auditor_sees_the_batch_but_cannot_print(
        qtbot: Any, context: AppContext, people: People) -> None:
    people.add("audrey", Role.AUDITOR)
    page = outbox(qtbot, context, people, "audrey")
    assert "No batch printed yet." in page.batch_label.text()
    assert not page.print_button.isVisible() and not page.posted_button.isVisible()
