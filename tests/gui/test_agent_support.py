"""Helpers for the agent and supervisor screen tests (no tests here): customers added through
the core as IT's import would, their authenticator apps, and the main window of a signed-in
staff member."""

from __future__ import annotations

import re
from typing import Any

import pyotp
from guikit import People
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from authdesk.core.authority import SessionHandle
from authdesk.core.calls import CallInfo
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.gui.customers.page import AgentPage
from authdesk.gui.kit.session import SignedIn
from authdesk.gui.shell.context import AppContext
from authdesk.gui.shell.controller import AppController
from authdesk.gui.shell.mainwindow import MainWindow
from authdesk.storage.models import AuditEvent

# Real entries of the Zengin master.
MIZUHO, TOKYO_EIGYOBU = "0001", "001"
MUFG, HONTEN = "0005", "001"


def add_customer(by: People | SessionHandle, number: str = "C0000101", *,
                 kana: str = "ミホン タロウ", kanji: str = "見本 太郎",
                 phone: str = "090-1111-0101", account_number: str = "1000101",
                 desk: Desk | None = None, **overrides: Any) -> int:
    """A customer added as IT's import would: by a signed-in administrator (the one of
    ``people``, or the session ``by`` on ``desk``)."""
    fields: dict[str, Any] = {
        "number": number, "name_kanji": kanji, "name_kana": kana, "birth_date": "1980-04-01",
        "postal_code": "100-0001", "address": "東京都千代田区見本町1-1", "phone": phone,
        "email": "taro@example.com", "bank_code": MIZUHO, "branch_code": TOKYO_EIGYOBU,
        "account_type": "ordinary", "account_number": account_number, "account_holder": kana,
    }
    fields.update(overrides)
    if isinstance(by, People):
        return by.desk.customers.add(by.admin(), **fields)
    assert desk is not None
    return desk.customers.add(by, **fields)


class Phone:
    """A customer's authenticator app; each code is for a new time step (replays are
    refused), so the clock moves 30 s before each one."""

    def __init__(self, key: str, clock: FakeClock) -> None:
        self.key = key
        self.clock = clock

    def code(self) -> str:
        self.clock.advance(seconds=30)
        return pyotp.TOTP(self.key).at(self.clock.now())

    def same_code(self) -> str:
        """The code of the current time step, without moving on (for replay tests)."""
        return pyotp.TOTP(self.key).at(self.clock.now())


def active_factor(desk: Desk, handle: SessionHandle, customer_id: int,
                  clock: FakeClock) -> Phone:
    """Enroll and activate through the core, as a branch would."""
    enrollment = desk.factors.enroll(handle, customer_id, "in_branch")
    phone = Phone(enrollment.manual_key, clock)
    desk.factors.activate(handle, customer_id, phone.code())
    return phone


def main_window(qtbot: Any, context: AppContext, handle: SessionHandle) -> MainWindow:
    """The main window of a staff member signed in (through the core, as the sign-in window
    would: the handle, and who the core says it is)."""
    controller = AppController(context)
    window = controller.signed_in(SignedIn(handle, context.desk.staff.me(handle)))
    qtbot.addWidget(window)
    window._test_controller = controller  # type: ignore[attr-defined]  # keep it alive
    return window


def agent_page(qtbot: Any, context: AppContext, people: People, username: str = "agent1", *,
               call: bool = True) -> tuple[MainWindow, AgentPage]:
    """The agent's window on the customers page; with ``call`` the agent has taken the caller
    (New caller), as they do before anything else."""
    window = main_window(qtbot, context, people.sign_in(username))
    page = window.show_page("agent.customers")
    assert isinstance(page, AgentPage)
    if call:
        new_caller(qtbot, window)
    return window, page


def new_caller(qtbot: Any, window: MainWindow) -> CallInfo:
    """New caller from the window's menu action (no call open), as the agent takes the next
    caller: waits until the core has opened the call."""
    calls = window.calls
    qtbot.waitUntil(lambda: calls.new_caller_action.isEnabled(), timeout=10_000)
    assert calls.current is None, "wrap up first"
    with qtbot.waitSignal(calls.taken, timeout=10_000) as taken:
        calls.new_caller_action.trigger()
    call = taken.args[0]
    assert isinstance(call, CallInfo)
    return call


def open_customer(qtbot: Any, page: AgentPage, query: str) -> None:
    """Type the query, wait for the results, press Enter: the record opens."""
    page.search.query.clear()
    with qtbot.waitSignal(page.search.searched, timeout=10_000):
        type_text(qtbot, page.search.query, query)
    with qtbot.waitSignal(page.customer_loaded, timeout=10_000):
        qtbot.keyClick(page.search.query, Qt.Key.Key_Return)


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type ``text`` as a person would: ASCII key by key; Japanese (kana, kanji, full-width
    digits) committed by the input method, which is how a Japanese keyboard delivers it
    (QTest can only press keys that have an ASCII character)."""
    for chunk in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def click(qtbot: Any, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def actions(desk: Desk) -> list[str]:
    with desk.kernel.read() as s:
        return list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))


def events(desk: Desk, action: str) -> list[AuditEvent]:
    with desk.kernel.read() as s:
        rows = list(s.scalars(select(AuditEvent).where(AuditEvent.action == action)
                              .order_by(AuditEvent.seq)))
        s.expunge_all()
        return rows
