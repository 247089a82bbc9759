"""The supervisors' alert queue: the open count on the tab, each alert explained with the
events behind it (one opens in full), acknowledged with a note (a note is required) or
escalated; auditors read it without handling; agents have no such page."""

from __future__ import annotations

from typing import Any

from guikit import People
from pytestqt.modeltest import ModelTester
from test_agent_support import add_customer, click, events, main_window, type_text

from authdesk.core.alerts import AlertStatus, Rule
from authdesk.core.desk import Desk
from authdesk.core.roles import Role
from authdesk.gui.alerts.model import AlertQueueModel
from authdesk.gui.alerts.page import AlertsPage
from authdesk.gui.kit.background import background
from authdesk.gui.shell.context import AppContext
from authdesk.gui.shell.mainwindow import MainWindow


def seed_alerts(desk: Desk, people: People) -> None:
    """An agent unmasks two customers' data and searches by name with no call open: two
    alerts (the second unmask extends the first alert)."""
    people.add("agent1", Role.AGENT)
    agent = people.sign_in("agent1")
    first = add_customer(people, "C0000101", phone="090-1111-0101", account_number="1000101")
    second = add_customer(people, "C0000102", kanji="見本 次郎", phone="090-1111-0102",
                          account_number="1000102")
    desk.customers.unmask(agent, first, "phone", "checking something")
    desk.customers.unmask(agent, second, "address", "checking something")
    desk.customers.search(agent, "ミホン")


def alerts_page(qtbot: Any, context: AppContext, people: People,
                username: str) -> tuple[MainWindow, AlertsPage]:
    window = main_window(qtbot, context, people.sign_in(username))
    page = window.show_page("supervisor.alerts")
    assert isinstance(page, AlertsPage)
    qtbot.waitUntil(lambda: page.detail is not None or page.empty.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: not background().busy, timeout=10_000)
    return window, page


def tab_text(window: MainWindow) -> str:
    return window.tabs.tabText(window.page_keys().index("supervisor.alerts"))


def test_the_queue_model_passes_qtmodeltester(qtmodeltester: ModelTester, desk: Desk,
                                              people: People) -> None:
    seed_alerts(desk, people)
    people.add("super1", Role.SUPERVISOR)
    model = AlertQueueModel()
    model.set_rows(desk.alerts.queue(people.sign_in("super1")))
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_a_supervisor_reads_acknowledges_and_escalates_alerts(
        qtbot: Any, context: AppContext, people: People, desk: Desk) -> None:
    seed_alerts(desk, people)
    people.add("super1", Role.SUPERVISOR)
    window, page = alerts_page(qtbot, context, people, "super1")
    assert tab_text(window) == "Alerts (2)"
    rules = [page.model.summary(r).rule for r in range(page.model.rowCount())]
    assert sorted(rules) == sorted([Rule.UNMASK_OUTSIDE_CALL, Rule.NAME_SEARCH_OUTSIDE_CALL])

    # The first (newest) alert is shown: explained, with its events.
    detail = page.detail
    assert detail is not None and detail.summary.rule is Rule.NAME_SEARCH_OUTSIDE_CALL
    text = page.explanation.toPlainText()
    assert "Name search outside a call" in text
    assert "staff member agent1 searched customers by name" in text
    assert "What to do" in text and "Customers searched" in text
    assert f"#{detail.events[0].seq}" in text

    # One event opens in full.
    dialog = page.open_event(detail.events[0].seq)
    assert dialog is not None
    assert "customer.searched" in dialog.text.toPlainText()
    dialog.close()

    # Acknowledging needs a note: nothing changes without one.
    click(qtbot, page.acknowledge_button)
    assert page.message.isVisible() and "Write a note first" in page.message.text()
    assert desk.alerts.get(people.sign_in("super1"), detail.summary.id).summary.status \
        is AlertStatus.OPEN
    type_text(qtbot, page.note, "Agent looked up a relative; coached, no data left the desk")
    with qtbot.waitSignal(page.handled, timeout=10_000) as handled:
        click(qtbot, page.acknowledge_button)
    assert handled.args[0].status is AlertStatus.ACKNOWLEDGED
    qtbot.waitUntil(lambda: tab_text(window) == "Alerts (1)", timeout=10_000)
    [ack] = events(desk, "alert.acknowledged")
    assert ack.actor == "super1" and "coached" in ack.details
    qtbot.waitUntil(lambda: not background().busy, timeout=10_000)

    # The other alert: escalated with a note; it stays in the queue, the count drops.
    page.view.selectRow(0)
    qtbot.waitUntil(lambda: page.detail is not None
                    and page.detail.summary.rule is Rule.UNMASK_OUTSIDE_CALL, timeout=10_000)
    assert "2 of 2" in page.explanation.toPlainText()  # both unmasks, one alert
    type_text(qtbot, page.note, "Unmasked two records without a caller: to compliance")
    with qtbot.waitSignal(page.handled, timeout=10_000):
        click(qtbot, page.escalate_button)
    qtbot.waitUntil(lambda: tab_text(window) == "Alerts", timeout=10_000)
    qtbot.waitUntil(lambda: not background().busy, timeout=10_000)
    assert page.model.rowCount() == 1
    assert page.model.summary(0).status is AlertStatus.ESCALATED
    assert not page.escalate_button.isEnabled() and page.acknowledge_button.isEnabled()
    assert len(events(desk, "alert.escalated")) == 1


def test_auditors_read_alerts_without_handling_them(
        qtbot: Any, context: AppContext, people: People, desk: Desk) -> None:
    seed_alerts(desk, people)
    people.add("auditor1", Role.AUDITOR)
    _window, page = alerts_page(qtbot, context, people, "auditor1")
    assert page.model.rowCount() == 2 and page.detail is not None
    assert not page.handling.isVisible()


def test_agents_have_no_alert_page(qtbot: Any, context: AppContext, people: People,
                                   desk: Desk) -> None:
    people.add("agent2", Role.AGENT)
    window = main_window(qtbot, context, people.sign_in("agent2"))
    assert "supervisor.alerts" not in window.page_keys()
