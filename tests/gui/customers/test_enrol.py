"""Enroll a customer: the activation letter (a PDF from Qt's PDF writer with the QR code, the
key, the expiry, and what to do if the customer did not ask for it), or the QR code on screen
for a customer in the branch, then activation with the first code; a supervisor unlocks a
locked authenticator with a reason naming the documents and the call-back."""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyotp
import pytest
from guikit import PASSWORD, People, key_on_screen
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select
from test_agent_support import (
    active_factor,
    add_customer,
    agent_page,
    click,
    events,
    main_window,
    open_customer,
    type_text,
)

from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.factors import FactorEnrollment, FactorLocked, WrongCode
from authdesk.core.roles import Role
from authdesk.gui.customers.enrol import EnrolPanel
from authdesk.gui.customers.letter import activation_letter_html, erase_file
from authdesk.gui.customers.page import AgentPage
from authdesk.gui.shell.context import AppContext
from authdesk.storage.models import Notification


def factor_tab(qtbot: Any, page: AgentPage) -> EnrolPanel:
    panel = page.show_tab("factor")
    assert isinstance(panel, EnrolPanel)
    return panel


def test_in_branch_the_qr_is_on_screen_and_the_first_code_activates(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    add_customer(people)
    people.add("agent1", Role.AGENT)
    _window, page = agent_page(qtbot, context, people)
    open_customer(qtbot, page, "C0000101")
    panel = factor_tab(qtbot, page)
    assert "no authenticator" in panel.state.text()
    assert not panel.code.isVisible()
    with qtbot.waitSignal(page.customer_loaded, timeout=10_000):
        click(qtbot, panel.branch_button)
    assert panel.qr_panel.isVisible()
    assert not panel.qr_panel.qr.pixmap().isNull(), "the QR code is drawn on screen"
    assert "C0000101" in panel.qr_panel.account.text()
    key = key_on_screen(panel.qr_panel)
    assert "waiting for activation" in panel.state.text()
    assert panel.code.isVisible()

    clock.advance(seconds=30)
    with qtbot.waitSignal(page.customer_loaded, timeout=10_000):
        type_text(qtbot, panel.code, pyotp.TOTP(key).at(clock.now()))
    assert "is active" in panel.message.text()
    assert "active" in panel.state.text()
    assert not panel.qr_panel.isVisible() and panel.enrollment is None, "the key is forgotten"
    assert page.search.model.rows[0].factor_state == "active", "the result list keeps up"
    assert [e.action for e in events(desk, "factor.activated")] == ["factor.activated"]


def test_a_session_that_locks_mid_action_leaves_the_panel_usable_after_unlocking(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    """The agent was away past the idle limit and clicks: the core refuses, the lock screen
    comes up, and after unlocking the panel says the action was not done and works again."""
    add_customer(people)
    people.add("agent1", Role.AGENT)
    window, page = agent_page(qtbot, context, people)
    open_customer(qtbot, page, "C0000101")
    panel = factor_tab(qtbot, page)
    clock.advance(minutes=31)
    click(qtbot, panel.branch_button)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.lock_screen, timeout=10_000)
    qtbot.waitUntil(lambda: not panel.busy, timeout=10_000)
    assert events(desk, "factor.enrolled") == []

    lock = window.lock_screen
    clock.advance(seconds=30)
    qtbot.keyClicks(lock.password, PASSWORD)
    qtbot.keyClicks(lock.code, people.code("agent1"))
    qtbot.keyClick(lock.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentIndex() == 0, timeout=10_000)
    assert "so this was not done" in panel.message.text()
    assert "not done" not in page.message.text(), "said once, where the agent clicked"
    assert panel.branch_button.isEnabled()
    with qtbot.waitSignal(page.customer_loaded, timeout=10_000):
        click(qtbot, panel.branch_button)
    assert panel.qr_panel.isVisible()
    assert len(events(desk, "factor.enrolled")) == 1


def test_a_wrong_first_code_is_refused_in_words(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    add_customer(people)
    people.add("agent1", Role.AGENT)
    _window, page = agent_page(qtbot, context, people)
    open_customer(qtbot, page, "C0000101")
    panel = factor_tab(qtbot, page)
    with qtbot.waitSignal(page.customer_loaded, timeout=10_000):
        click(qtbot, panel.branch_button)
    code = pyotp.TOTP(key_on_screen(panel.qr_panel)).at(clock.now())
    with qtbot.waitSignal(page.customer_loaded, timeout=10_000):
        type_text(qtbot, panel.code, f"{(int(code) + 1) % 1_000_000:06d}")
    assert WrongCode.template.split(".")[0] in panel.message.text()
    assert panel.qr_panel.isVisible(), "the customer can still scan and try again"


def send_letter(qtbot: Any, context: AppContext, people: People, desk: Desk, target: Path,
                monkeypatch: pytest.MonkeyPatch) -> tuple[AgentPage, EnrolPanel]:
    """An agent sends customer C0000101 an activation letter, saved as ``target``."""
    add_customer(people)
    people.add("agent1", Role.AGENT)
    _window, page = agent_page(qtbot, context, people)
    open_customer(qtbot, page, "C0000101")
    panel = factor_tab(qtbot, page)
    monkeypatch.setattr(panel, "choose_letter_file", lambda suggested: target)
    with qtbot.waitSignal(panel.letter_written, timeout=10_000):
        click(qtbot, panel.letter_button)
    return page, panel


def test_the_activation_letter_is_a_pdf_with_key_expiry_and_what_to_do(
        qtbot: Any, context: AppContext, people: People, desk: Desk, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "letter.pdf"
    page, panel = send_letter(qtbot, context, people, desk, target, monkeypatch)
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_size > 5_000  # the QR image and the text are in it
    assert "delete the file" in panel.message.text()
    assert panel.open_letter_button.isVisible()
    assert not panel.qr_panel.isVisible(), "a letter's key is not shown on screen"
    qtbot.waitUntil(lambda: page.profile is not None and page.profile.factor_state == "pending",
                    timeout=10_000)
    assert panel.code.isVisible(), "activation waits for the customer's call"
    (enrolled,) = events(desk, "factor.enrolled")
    assert json.loads(enrolled.details)["delivery"] == "letter"
    with desk.kernel.read() as s:
        (letter,) = s.scalars(select(Notification)).all()
        assert (letter.kind, letter.channel, letter.status) == (
            "factor_activation_letter", "letter", "queued")


def test_the_letter_file_is_private_and_the_agent_deletes_it_after_printing(
        qtbot: Any, context: AppContext, people: People, desk: Desk, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "letter.pdf"
    _page, panel = send_letter(qtbot, context, people, desk, target, monkeypatch)
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600, "only the agent's account reads it"
    assert panel.delete_letter_button.isVisible()

    click(qtbot, panel.delete_letter_button)  # and answer No: nothing happens
    box = panel.findChild(QMessageBox, "confirmBox")
    assert box is not None and "only once the letter is printed" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert target.exists() and panel.delete_letter_button.isVisible()

    click(qtbot, panel.delete_letter_button)
    qtbot.waitUntil(lambda: any(b.isVisible() for b in panel.findChildren(QMessageBox)),
                    timeout=10_000)
    box = next(b for b in panel.findChildren(QMessageBox) if b.isVisible())
    box.button(QMessageBox.StandardButton.Yes).click()
    assert not target.exists()
    assert "overwritten and deleted" in panel.message.text()
    assert not panel.delete_letter_button.isVisible()
    assert not panel.open_letter_button.isVisible()


def test_erasing_overwrites_before_removing(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "letter.pdf"
    path.write_bytes(b"%PDF secret key JBSWY3DPEHPK3PXP")
    seen: list[bytes] = []
    real_unlink = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        seen.append(self.read_bytes())
        real_unlink(self, missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    erase_file(path)
    assert seen == [bytes(32)] and not path.exists()


def test_the_letter_text_carries_the_key_the_expiry_and_the_warning() -> None:
    enrollment = FactorEnrollment(
        factor_id=1, customer_id=1, customer_number="C0000101", delivery="letter",
        activation_expires_at=datetime(2026, 3, 1, 3, tzinfo=UTC),
        uri="otpauth://totp/AuthDesk:C0000101?secret=JBSWY3DPEHPK3PXP",
        manual_key="JBSWY3DPEHPK3PXP")
    text = activation_letter_html(enrollment, "見本 太郎", datetime(2026, 2, 8, 3, tzinfo=UTC))
    assert "JBSW Y3DP EHPK 3PXP" in text
    assert "2026年3月1日" in text and "Valid until 2026-03-01" in text
    assert "If you did not ask for this letter" in text
    assert "見本 太郎 様" in text and "C0000101" in text


def locked_customer(desk: Desk, people: People, clock: FakeClock) -> int:
    desk.policies.set(people.admin(), "totp_consecutive_failures", 3)
    customer = add_customer(people)
    people.add("agent1", Role.AGENT)
    agent = people.sign_in("agent1")
    phone = active_factor(desk, agent, customer, clock)
    desk.calls.take(agent)
    verification = desk.factors.start_verification(agent, customer)
    for _ in range(3):
        wrong = f"{(int(phone.same_code()) + 1) % 1_000_000:06d}"
        with pytest.raises((WrongCode, FactorLocked)):
            desk.factors.verify(agent, verification.id, wrong)
    assert desk.factors.state(agent, customer) == "locked"
    return customer


def test_an_agent_sees_why_a_locked_authenticator_waits_for_a_supervisor(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    locked_customer(desk, people, clock)
    _window, page = agent_page(qtbot, context, people)
    open_customer(qtbot, page, "C0000101")
    panel = factor_tab(qtbot, page)
    assert "LOCKED" in panel.state.text()
    assert "a supervisor must unlock it" in panel.explain.text()
    assert not panel.unlock_button.isVisible()


def test_a_supervisor_unlocks_with_a_reason_naming_documents_and_call_back(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    locked_customer(desk, people, clock)
    people.add("super1", Role.SUPERVISOR)
    window = main_window(qtbot, context, people.sign_in("super1"))
    page = window.show_page("agent.customers")
    assert isinstance(page, AgentPage)
    open_customer(qtbot, page, "C0000101")
    panel = factor_tab(qtbot, page)
    click(qtbot, panel.unlock_button)
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    type_text(qtbot, dialog.reason, "ok")
    with qtbot.waitSignal(page.customer_loaded, timeout=10_000):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert "name the documents checked and the call-back" in panel.message.text()
    assert "LOCKED" in panel.state.text()

    click(qtbot, panel.unlock_button)
    dialog = panel.dialog
    assert dialog is not None
    reason = "driver's licence checked; called back on the registered number"
    type_text(qtbot, dialog.reason, reason)
    with qtbot.waitSignal(page.customer_loaded, timeout=10_000):
        click(qtbot, dialog.confirm_button)
    assert "unlocked" in panel.message.text()
    assert "active" in panel.state.text()
    (event,) = events(desk, "factor.unlocked")
    assert json.loads(event.details)["reason"] == reason
