"""Calls on the agent's screen: New caller (Ctrl+N) starts a clean, unverified screen with the
cursor in the search; a verification counts only in the call it was made in; wrap-up
(Ctrl+Shift+W) needs an outcome from the list and a note, and the call then shows on the
customer's profile; without an open call the core refuses a verification and the screen offers
to take the caller."""

from __future__ import annotations

from typing import Any

from guikit import People
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_agent_support import (
    Phone,
    active_factor,
    add_customer,
    agent_page,
    click,
    events,
    open_customer,
    type_text,
)

from authdesk.core.calls import CallOutcome, NoOpenCall
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.requests import VerificationNeeded
from authdesk.core.roles import Role
from authdesk.gui.customers.page import AgentPage
from authdesk.gui.kit.calls import WrapUpDialog
from authdesk.gui.kit.messages import error_text
from authdesk.gui.shell.context import AppContext
from authdesk.gui.shell.mainwindow import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def customer_with_app(people: People, desk: Desk, clock: FakeClock) -> Phone:
    customer = add_customer(people)
    people.add("agent1", Role.AGENT)
    return active_factor(desk, people.sign_in("agent1"), customer, clock)


def verify(qtbot: Any, page: AgentPage, phone: Phone) -> None:
    """The customer reads out the code; the core then answers the change form's gate."""
    panel = page.verify_panel
    with qtbot.waitSignal(page.gate_read, timeout=10_000), \
            qtbot.waitSignal(panel.outcome_shown, timeout=10_000) as shown:
        type_text(qtbot, panel.code, phone.code())
    assert shown.args == ["verified"]


def press(qtbot: Any, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """A shortcut typed wherever the cursor is."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifiers)


def open_wrap_up(qtbot: Any, window: MainWindow) -> WrapUpDialog:
    press(qtbot, Qt.Key.Key_W, CTRL_SHIFT)
    dialog = window.calls.dialog
    assert isinstance(dialog, WrapUpDialog) and dialog.isVisible()
    return dialog


def choose(dialog: WrapUpDialog, outcome: CallOutcome) -> None:
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(outcome.value))


def test_a_new_caller_starts_a_clean_unverified_screen(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    phone = customer_with_app(people, desk, clock)
    window, page = agent_page(qtbot, context, people)
    open_customer(qtbot, page, "C0000101")
    verify(qtbot, page, phone)
    assert "left" in page.freshness.text() and page.change_form.stack.isEnabled()

    # The next caller: the open call is wrapped up first, in the same dialog.
    press(qtbot, Qt.Key.Key_N, CTRL)
    dialog = window.calls.dialog
    assert isinstance(dialog, WrapUpDialog) and dialog.isVisible()
    assert "before taking the next caller" in dialog.explain.text()
    # The core's reading of the call follows: it is about the customer verified in it.
    qtbot.waitUntil(lambda: "C0000101" in dialog.summary.text(), timeout=10_000)
    choose(dialog, CallOutcome.RESOLVED)
    type_text(qtbot, dialog.note, "Checked the address on file")
    with qtbot.waitSignal(page.started_over, timeout=10_000):
        click(qtbot, dialog.confirm_button)
    # Nothing of the last caller is left on screen, and the cursor waits in the search.
    assert page.profile is None and page.placeholder.isVisible() and not page.tabs.isVisible()
    assert page.search.query.text() == "" and page.search.model.rowCount() == 0
    assert window.focusWidget() is page.search.query  # the window's focus, active or not
    assert "On a call since" in window.call_label.text()
    assert [e.action for e in events(desk, "call.taken")] == ["call.taken"] * 2

    # The same customer again, in the new call: not verified, and the core keeps the change
    # form closed with its sentence.
    open_customer(qtbot, page, "C0000101")
    assert "Not verified on this call" in page.freshness.text()
    assert page.tabs.currentWidget() is page.verify_panel
    assert page.verify_panel.code.isEnabled() and page.verify_panel.countdown.text() == ""
    form = page.change_form
    assert not form.stack.isEnabled()
    assert form.gate_text.text() == error_text(VerificationNeeded())
    verify(qtbot, page, phone)
    assert form.stack.isEnabled() and not form.gate.isVisibleTo(form)


def test_wrap_up_needs_an_outcome_and_a_note_and_the_call_shows_on_the_profile(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    phone = customer_with_app(people, desk, clock)
    window, page = agent_page(qtbot, context, people)
    open_customer(qtbot, page, "C0000101")
    verify(qtbot, page, phone)
    dialog = open_wrap_up(qtbot, window)
    assert dialog.outcome.currentIndex() == 0 and "Choose" in dialog.outcome.currentText()
    assert {dialog.outcome.itemText(i) for i in range(dialog.outcome.count())} >= {
        "Resolved", "Change request opened", "Follow-up needed", "Transferred"}

    click(qtbot, dialog.confirm_button)  # nothing chosen: the core asks for an outcome
    qtbot.waitUntil(dialog.message.isVisible, timeout=10_000)
    assert "Choose how the call ended from the list" in dialog.message.text()
    assert dialog.isVisible() and window.calls.current is not None

    choose(dialog, CallOutcome.FOLLOW_UP)
    click(qtbot, dialog.confirm_button)  # no note: refused too
    qtbot.waitUntil(lambda: "note" in dialog.message.text(), timeout=10_000)
    assert "cannot be left empty" in dialog.message.text()
    assert dialog.note.hasFocus() or not dialog.isActiveWindow()

    note = "Customer will send the bank proof by mail"
    type_text(qtbot, dialog.note, note)
    with qtbot.waitSignal(page.customer_loaded, timeout=10_000):  # the record is read again
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert window.calls.dialog is None
    assert window.calls.current is None and "No open call" in window.call_label.text()
    assert not window.calls.wrap_up_action.isEnabled()

    calls = page.profile_panel.calls_model
    assert calls.rowCount() == 1
    shown = [calls.index(0, column).data() for column in range(len(calls.COLUMNS))]
    assert shown[1:] == ["agent1", "phone", "Follow-up needed", note]
    (closed,) = events(desk, "call.closed")
    assert '"follow_up"' in closed.details and "C0000101" in closed.details
    assert note not in closed.details  # the note stays with the call, not in the log


def test_without_an_open_call_the_core_refuses_and_the_screen_offers_to_take_the_caller(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    phone = customer_with_app(people, desk, clock)
    window, page = agent_page(qtbot, context, people, call=False)
    assert "No open call" in window.call_label.text()
    open_customer(qtbot, page, "C0000101")
    form = page.change_form
    assert form.gate_text.text() == error_text(NoOpenCall())
    assert form.gate_button.isVisibleTo(form) and "caller" in form.gate_button.text()

    panel = page.verify_panel
    page.show_tab("verify")
    with qtbot.waitSignal(panel.outcome_shown, timeout=10_000) as shown:
        type_text(qtbot, panel.code, phone.code())
    assert shown.args == ["no_call"]
    assert panel.outcome.text() == error_text(NoOpenCall())
    assert panel.new_caller_button.isVisible()

    # Taken from this customer's screen: the call opens and the customer stays.
    with qtbot.waitSignal(window.calls.taken, timeout=10_000):
        click(qtbot, panel.new_caller_button)
    qtbot.waitUntil(lambda: page.gate is not None and isinstance(
        page.gate.refusal, VerificationNeeded), timeout=10_000)
    assert page.profile is not None and page.profile.number == "C0000101"
    assert not panel.new_caller_button.isVisible() and panel.code.isEnabled()
    assert page.tabs.currentWidget() is panel
    verify(qtbot, page, phone)
    assert form.stack.isEnabled()
