"""From "New caller" to a request sent to a supervisor with key presses only, no mouse: every
key goes to the focused widget, so the focus rules carry the agent from step to step. Keys
beyond the data the caller gives are counted: at most 12 for a low-risk change, at most 25
for a medium-risk one that needs a photo ID."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from guikeys import Keyboard
from guikit import People
from PySide6.QtCore import Qt
from test_agent_support import HONTEN, MUFG, active_factor, add_customer, main_window

from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.documents import DocumentType
from authdesk.core.requests import RequestStatus
from authdesk.core.roles import Role
from authdesk.gui.customers.change import EVIDENCE, SENT
from authdesk.gui.customers.page import AgentPage
from authdesk.gui.shell.context import AppContext

LOW_RISK_MAX_KEYS = 12
MEDIUM_RISK_MAX_KEYS = 25

Enter, Space, Down = Qt.Key.Key_Return, Qt.Key.Key_Space, Qt.Key.Key_Down


@pytest.fixture
def keyboard(qtbot: Any) -> Iterator[Keyboard]:
    keys = Keyboard(qtbot)
    yield keys
    keys.close()


def desk_of_agent(qtbot: Any, context: AppContext, people: People, desk: Desk,
                  clock: FakeClock, *, medium: bool) -> tuple[AgentPage, Any]:
    customer = add_customer(people)
    if medium:  # a recent change of phone number raises the risk to medium
        desk.customers.change_contact(people.admin(), customer, "phone", "090-9999-0101")
    people.add("agent1", Role.AGENT)
    phone = active_factor(desk, people.sign_in("agent1"), customer, clock)
    window = main_window(qtbot, context, people.sign_in("agent1"))
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    page = window.page("agent.customers")
    assert isinstance(page, AgentPage)
    # The focus rule after sign-in: the customer search, nothing clicked.
    qtbot.waitUntil(page.search.query.hasFocus, timeout=10_000)
    return page, phone


def up_to_the_evidence(qtbot: Any, keys: Keyboard, page: AgentPage, phone: Any) -> None:
    window = page.window()
    with qtbot.waitSignal(window.calls.taken, timeout=10_000):  # type: ignore[attr-defined]
        keys.shortcut("Ctrl+N")                                     # 1 New caller
    assert page.search.query.hasFocus()
    keys.type("C0000101")
    with qtbot.waitSignal(page.customer_loaded, timeout=10_000):
        keys.press(Enter)                                           # 2 open the record
    assert page.verify_panel.code.hasFocus()
    with qtbot.waitSignal(page.gate_read, timeout=10_000):
        keys.type(phone.code())  # checked as the sixth digit is typed
    assert page.verify_panel.change_button.hasFocus()
    keys.press(Enter)                                               # 3 on to the change
    form = page.change_form
    assert form.bank_code.hasFocus()
    keys.type(MUFG)
    keys.press(Enter)                                               # 4
    keys.type(HONTEN)
    keys.press(Enter)                                               # 5
    assert form.account_type.hasFocus()
    keys.press(Enter)                                               # 6 ordinary, as it is
    keys.type("7654321")
    keys.press(Enter)                                               # 7
    keys.type("ミホン タロウ")
    with qtbot.waitSignal(form.draft_changed, timeout=10_000):
        keys.press(Enter)                                           # 8 Next: the risk
    assert form.stack.currentIndex() == EVIDENCE


def test_a_low_risk_change_from_new_caller_to_sent_by_keyboard(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock,
        keyboard: Keyboard) -> None:
    page, phone = desk_of_agent(qtbot, context, people, desk, clock, medium=False)
    form = page.change_form
    up_to_the_evidence(qtbot, keyboard, page, phone)
    assert "LOW" in form.risk.text()
    assert form.submit_button.hasFocus(), "nothing is missing: Send is the next action"
    with qtbot.waitSignal(form.submitted, timeout=10_000) as sent:
        keyboard.press(Enter)                                       # 9 Send
    assert form.stack.currentIndex() == SENT
    assert sent.args[0].status == RequestStatus.PENDING
    assert keyboard.mouse.presses == 0
    print(f"\nlow-risk change by keyboard: {keyboard.count} keys beyond the data "
          f"(at most {LOW_RISK_MAX_KEYS}): {' '.join(keyboard.log)}")
    assert keyboard.count <= LOW_RISK_MAX_KEYS


def test_a_medium_risk_change_with_a_photo_id_by_keyboard(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock,
        keyboard: Keyboard) -> None:
    page, phone = desk_of_agent(qtbot, context, people, desk, clock, medium=True)
    form = page.change_form
    doc = form.document_form
    up_to_the_evidence(qtbot, keyboard, page, phone)
    assert "MEDIUM" in form.risk.text()
    assert doc.doc_type.hasFocus(), "a photo ID is missing: the document form is next"
    keyboard.press(Down)                                            # 9 a driving licence
    assert doc.kind() is DocumentType.DRIVERS_LICENCE
    keyboard.press(Enter)                                           # 10
    keyboard.type("1234 5678 9012")
    keyboard.press(Enter)                                           # 11
    keyboard.type("2030-03-31")
    keyboard.press(Enter)                                           # 12
    # By phone the photo cannot be checked, so it is not asked (documents.CHECKS_BY_CHANNEL).
    assert not doc.photo_present.isVisible()
    for box in (doc.name_matches, doc.birth_matches, doc.address_matches):
        assert box.hasFocus()
        keyboard.press(Space)                                       # 13 15 17 tick
        assert box.isChecked()
        keyboard.press(Enter)                                       # 14 16 18 on
    assert doc.save_button.hasFocus()
    with qtbot.waitSignal(form.evidence_recorded, timeout=10_000):
        keyboard.press(Enter)                                       # 19 save
    assert "✓ a photo ID" in form.checklist.text()
    assert form.submit_button.hasFocus(), "the photo ID was the last thing missing"
    with qtbot.waitSignal(form.submitted, timeout=10_000):
        keyboard.press(Enter)                                       # 20 Send
    assert form.stack.currentIndex() == SENT
    assert keyboard.mouse.presses == 0
    print(f"\nmedium-risk change with a photo ID by keyboard: {keyboard.count} keys beyond "
          f"the data (at most {MEDIUM_RISK_MAX_KEYS}): {' '.join(keyboard.log)}")
    assert keyboard.count <= MEDIUM_RISK_MAX_KEYS
