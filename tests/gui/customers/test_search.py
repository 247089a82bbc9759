"""Customer search as you type (number, kana, kanji, phone), arrow keys and Enter to pick; the
record with personal data masked and unmasking with a reason, audited by the core."""

from __future__ import annotations

import json
from typing import Any

from guikit import People
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from test_agent_support import (
    active_factor,
    add_customer,
    agent_page,
    click,
    events,
    open_customer,
    type_text,
)

from authdesk.core.clock import FakeClock
from authdesk.core.customers import CustomerSummary, RequestView
from authdesk.core.desk import Desk
from authdesk.core.roles import Role
from authdesk.gui.customers.profile import AgentRecentRequestsModel, AgentUnmaskDialog
from authdesk.gui.customers.search import AgentSearchModel
from authdesk.gui.shell.context import AppContext


def two_customers(people: People) -> tuple[int, int]:
    first = add_customer(people, "C0000101", kana="ミホン タロウ", kanji="見本 太郎",
                         phone="090-1111-0101", account_number="1000101")
    second = add_customer(people, "C0000102", kana="ミホン ハナコ", kanji="見本 花子",
                          phone="080-2222-0102", account_number="1000102")
    return first, second


def test_search_models_pass_qtmodeltester(qtmodeltester: ModelTester, qapp: Any) -> None:
    model = AgentSearchModel()
    model.set_rows([CustomerSummary(1, "C0000101", "見本 太郎", "ミホン タロウ", "****-**-01",
                                    "090-****-0101", "東京都…", "active")])
    qtmodeltester.check(model)
    requests = AgentRecentRequestsModel()
    from datetime import UTC, datetime

    requests.set_rows([RequestView(1, "pending_approval", datetime(2026, 1, 1, tzinfo=UTC))])
    qtmodeltester.check(requests)


def test_kana_search_arrow_keys_and_enter_open_the_second_result(
        qtbot: Any, context: AppContext, people: People, desk: Desk) -> None:
    two_customers(people)
    people.add("agent1", Role.AGENT)
    _window, page = agent_page(qtbot, context, people)
    assert page.placeholder.isVisible() and not page.tabs.isVisible()
    with qtbot.waitSignal(page.search.searched, timeout=10_000) as answered:
        type_text(qtbot, page.search.query, "みほん")  # hiragana finds katakana names
    assert answered.args == [2]
    assert page.search.results.currentIndex().row() == 0
    qtbot.keyClick(page.search.query, Qt.Key.Key_Down)
    assert page.search.results.currentIndex().row() == 1
    with qtbot.waitSignal(page.customer_loaded, timeout=10_000) as loaded:
        qtbot.keyClick(page.search.query, Qt.Key.Key_Return)
    assert loaded.args[0].number == "C0000102"
    assert page.tabs.isVisible()
    assert "見本 花子" in page.who.text()


def test_number_phone_and_kanji_each_find_the_customer(
        qtbot: Any, context: AppContext, people: People, desk: Desk) -> None:
    two_customers(people)
    people.add("agent1", Role.AGENT)
    _window, page = agent_page(qtbot, context, people)
    for query, number in (("C0000102", "C0000102"), ("０８０２２２２", "C0000102"),
                          ("090-1111", "C0000101"), ("見本 太", "C0000101")):
        open_customer(qtbot, page, query)
        assert page.profile is not None and page.profile.number == number, query


def test_enter_before_the_pause_opens_the_first_result(
        qtbot: Any, context: AppContext, people: People, desk: Desk) -> None:
    two_customers(people)
    people.add("agent1", Role.AGENT)
    _window, page = agent_page(qtbot, context, people)
    qtbot.keyClicks(page.search.query, "C0000101")
    with qtbot.waitSignal(page.customer_loaded, timeout=10_000) as loaded:
        qtbot.keyClick(page.search.query, Qt.Key.Key_Return)  # the debounce has not fired
    assert loaded.args[0].number == "C0000101"


def test_nothing_found_says_so(qtbot: Any, context: AppContext, people: People,
                               desk: Desk) -> None:
    two_customers(people)
    people.add("agent1", Role.AGENT)
    _window, page = agent_page(qtbot, context, people)
    with qtbot.waitSignal(page.search.searched, timeout=10_000):
        type_text(qtbot, page.search.query, "ヤマダ")
    assert page.search.hint.isVisible()
    assert "No customer found" in page.search.hint.text()


def test_profile_is_masked_and_unmasking_asks_a_reason_that_is_audited(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    two_customers(people)
    people.add("agent1", Role.AGENT)
    active_factor(desk, people.sign_in("agent1"), 1, clock)
    _window, page = agent_page(qtbot, context, people)
    open_customer(qtbot, page, "C0000101")
    page.show_tab("profile")
    panel = page.profile_panel
    phone = panel.values["phone"]
    assert "0101" in phone.text() and "1111" not in phone.text()  # masked by the core
    assert "見本町1-1" not in panel.values["address"].text()
    assert "1000101" not in panel.values["account_number"].text()
    assert "みずほ" in panel.account_values["bank"].text()

    click(qtbot, panel.show_buttons["phone"])
    dialog = panel.dialog
    assert isinstance(dialog, AgentUnmaskDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.reason, "caller asks which number we have on file")
    with qtbot.waitSignal(panel.unmasked, timeout=10_000):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert phone.text() == "09011110101"
    assert not panel.show_buttons["phone"].isEnabled()
    (event,) = events(desk, "customer.unmasked")
    details = json.loads(event.details)
    assert details == {"field": "phone", "reason": "caller asks which number we have on file"}
    assert "0101" not in event.details.replace("C0000101", "")  # the value is never logged
    panel.remask()
    assert "1111" not in phone.text()


def test_unmasking_without_a_reason_is_refused_in_words(
        qtbot: Any, context: AppContext, people: People, desk: Desk) -> None:
    two_customers(people)
    people.add("agent1", Role.AGENT)
    _window, page = agent_page(qtbot, context, people)
    open_customer(qtbot, page, "C0000101")
    page.show_tab("profile")
    panel = page.profile_panel
    click(qtbot, panel.show_buttons["address"])
    dialog = panel.dialog
    assert dialog is not None
    click(qtbot, dialog.confirm_button)
    qtbot.waitUntil(panel.message.isVisible, timeout=10_000)
    assert "say why the full value is needed" in panel.message.text()
    assert "見本町" not in panel.values["address"].text()
    assert events(desk, "customer.unmasked") == []
