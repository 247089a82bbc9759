"""Verify identity: the code is checked on the sixth digit (full-width digits too); every
outcome the core gives is shown as a sentence to read out: verified with its countdown, wrong
code with attempts left, already used, locked, too many verifications."""

from __future__ import annotations

from typing import Any

from guikit import People
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

from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.roles import Role
from authdesk.gui.customers.page import AgentPage
from authdesk.gui.shell.context import AppContext


def ready(qtbot: Any, context: AppContext, people: People, desk: Desk,
          clock: FakeClock) -> tuple[AgentPage, Phone]:
    customer = add_customer(people)
    people.add("agent1", Role.AGENT)
    phone = active_factor(desk, people.sign_in("agent1"), customer, clock)
    _window, page = agent_page(qtbot, context, people)
    open_customer(qtbot, page, "C0000101")
    return page, phone


def enter(qtbot: Any, page: AgentPage, code: str) -> str:
    """Type a code; it is submitted on its sixth digit. Returns the outcome shown."""
    panel = page.verify_panel
    with qtbot.waitSignal(panel.outcome_shown, timeout=10_000) as shown:
        type_text(qtbot, panel.code, code)
    return str(shown.args[0])


def gated(page: AgentPage) -> bool:
    """The change form is closed with its reason (the tab need not be the current one)."""
    return page.change_form.gate.isVisibleTo(page.change_form)


def wrong(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


def test_the_record_opens_on_verify_and_the_right_code_verifies_with_a_countdown(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    page, phone = ready(qtbot, context, people, desk, clock)
    panel = page.verify_panel
    assert page.tabs.currentWidget() is panel, "an active authenticator: verify is next"
    assert panel.code.hasFocus() or not page.isActiveWindow()
    assert "Not verified" in page.freshness.text()
    assert gated(page)
    with qtbot.waitSignal(page.gate_read, timeout=10_000):  # the core is asked again
        assert enter(qtbot, page, phone.code()) == "verified"
    assert "Verified" in panel.outcome.text()
    assert "fresh for 15:00" in panel.countdown.text()
    assert "15:00 left" in page.freshness.text()
    assert not gated(page), "the change form opens once verified"
    clock.advance(minutes=5)
    page.tick()
    assert "fresh for 10:00" in panel.countdown.text()
    clock.advance(minutes=10, seconds=1)
    with qtbot.waitSignal(page.gate_read, timeout=10_000):
        page.tick()  # the page's one-second timer
    assert panel.countdown.text() == ""
    assert "no longer fresh" in panel.outcome.text()
    assert gated(page), "a stale verification closes the form again"


def test_full_width_digits_are_accepted(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    page, phone = ready(qtbot, context, people, desk, clock)
    full_width = phone.code().translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    assert enter(qtbot, page, full_width) == "verified"


def test_a_wrong_code_then_the_right_one(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    page, phone = ready(qtbot, context, people, desk, clock)
    panel = page.verify_panel
    assert enter(qtbot, page, wrong(phone.same_code())) == "wrong"
    assert "not correct" in panel.outcome.text()
    assert "4 attempts left" in panel.outcome.text()
    assert panel.code.text() == "" and panel.code.isEnabled()
    assert enter(qtbot, page, phone.code()) == "verified"
    assert len(events(desk, "totp.verification.failed")) == 1
    assert len(events(desk, "totp.verification.succeeded")) == 1


def test_a_replayed_code_is_refused_on_screen(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    page, phone = ready(qtbot, context, people, desk, clock)
    panel = page.verify_panel
    code = phone.code()
    assert enter(qtbot, page, code) == "verified"
    click(qtbot, panel.again_button)
    assert enter(qtbot, page, code) == "replayed"
    assert "already used" in panel.outcome.text()
    assert "wait for the next code" in panel.outcome.text()
    assert panel.countdown.text() == ""
    assert events(desk, "totp.verification.replayed")
    assert enter(qtbot, page, phone.code()) == "verified", "the next code works"


def test_five_wrong_codes_void_the_verification_and_a_new_one_can_start(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    page, phone = ready(qtbot, context, people, desk, clock)
    panel = page.verify_panel
    for _ in range(4):
        assert enter(qtbot, page, wrong(phone.same_code())) == "wrong"
    assert enter(qtbot, page, wrong(phone.same_code())) == "void"
    assert "ended after too many wrong codes" in panel.outcome.text()
    assert not panel.code.isEnabled()
    click(qtbot, panel.again_button)
    assert panel.code.isEnabled()
    assert enter(qtbot, page, phone.code()) == "verified"


def test_a_locked_factor_says_what_happens_next(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    desk.policies.set(people.admin(), "totp_consecutive_failures", 3)
    page, phone = ready(qtbot, context, people, desk, clock)
    panel = page.verify_panel
    assert enter(qtbot, page, wrong(phone.same_code())) == "wrong"
    assert enter(qtbot, page, wrong(phone.same_code())) == "wrong"
    with qtbot.waitSignal(page.customer_loaded, timeout=10_000):
        assert enter(qtbot, page, wrong(phone.same_code())) == "locked"
    assert "locked" in panel.outcome.text()
    assert "supervisor must unlock it" in panel.outcome.text()
    assert not panel.code.isEnabled()
    assert "LOCKED" in page.factor.text()


def test_too_many_verifications_in_an_hour(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    page, phone = ready(qtbot, context, people, desk, clock)
    panel = page.verify_panel
    for _ in range(5):  # policy: 5 verifications an hour per customer
        assert enter(qtbot, page, phone.code()) == "verified"
        click(qtbot, panel.again_button)
    assert enter(qtbot, page, phone.code()) == "limit"
    assert "already been asked for 5 codes in the last hour" in panel.outcome.text()
    assert not panel.code.isEnabled()


def test_a_customer_without_an_authenticator_cannot_be_asked_for_a_code(
        qtbot: Any, context: AppContext, people: People, desk: Desk) -> None:
    add_customer(people)
    people.add("agent1", Role.AGENT)
    _window, page = agent_page(qtbot, context, people)
    open_customer(qtbot, page, "C0000101")
    panel = page.verify_panel
    assert not panel.code.isEnabled()
    assert "no active authenticator" in panel.outcome.text()
    assert page.tabs.currentWidget() is page.change_form, "the documents path is next"
    assert not gated(page)
