"""The change form's first step shows every problem at once, each beside its field, from the
core's ``draft_problems``; each goes as soon as its field is fixed, without pressing Next
again; a field left with a wrong value says so on leaving it; a refusal the core gave for
what was typed before goes when the agent types again."""

from __future__ import annotations

from typing import Any

from guikit import People
from PySide6.QtCore import Qt
from test_agent_support import HONTEN, MUFG, click, type_text
from test_change import fill_account, verified_page

from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.gui.customers.change import ACCOUNT, EVIDENCE, AgentChangeForm
from authdesk.gui.shell.context import AppContext


def shown(form: AgentChangeForm) -> dict[str, str]:
    """The problems on screen by field; the holder name's is said in the name-match view
    right under the field."""
    found = {field: label.text() for field, label in form.problems.items() if label.isVisible()}
    if form.name_match.outcome.text().startswith("Enter the account holder name"):
        found["holder"] = form.name_match.outcome.text()
    return found


def test_every_problem_at_once_beside_its_field_and_each_cleared_as_it_is_fixed(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    page, _phone = verified_page(qtbot, context, people, desk, clock)
    form = page.change_form
    fill_account(qtbot, form, bank="9998", branch="001", number="12345", holder="")
    click(qtbot, form.create_button)
    problems = shown(form)
    # The case: the bank and the account number together, not one per press.
    assert set(problems) == {"bank_code", "account_number", "holder"}
    assert "9998 is not in the Zengin bank list" in problems["bank_code"]
    assert "exactly 7 digits" in problems["account_number"]
    assert "holder name in katakana" in problems["holder"]
    assert form.stack.currentIndex() == ACCOUNT
    assert form.bank_code.hasFocus() or not page.isActiveWindow()  # the first to fix

    # Each goes as its field is fixed, live.
    form.bank_code.clear()
    type_text(qtbot, form.bank_code, MUFG)
    assert set(shown(form)) == {"account_number", "holder"}
    type_text(qtbot, form.account_number, "67")
    assert set(shown(form)) == {"holder"}
    type_text(qtbot, form.holder, "ミホン タロウ")
    assert shown(form) == {}
    # And comes back if the field is broken again after Next asked.
    form.branch_code.clear()
    assert "3 digits" in shown(form)["branch_code"]
    type_text(qtbot, form.branch_code, HONTEN)

    with qtbot.waitSignal(form.draft_changed, timeout=10_000):
        qtbot.keyClick(form.holder, Qt.Key.Key_Return)
    assert form.stack.currentIndex() == EVIDENCE


def test_a_field_left_with_a_wrong_value_says_so_before_next(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    page, _phone = verified_page(qtbot, context, people, desk, clock)
    form = page.change_form
    type_text(qtbot, form.bank_code, "9998")
    assert shown(form) == {}  # not while typing
    qtbot.keyClick(form.bank_code, Qt.Key.Key_Return)  # left for the branch
    assert set(shown(form)) == {"bank_code"}
    assert shown(form) == {"bank_code": form.problems["bank_code"].text()}
    assert form.branch_code.hasFocus() or not page.isActiveWindow()
    form.branch_code.setFocus()
    form.bank_code.clear()
    type_text(qtbot, form.bank_code, MUFG)
    assert shown(form) == {}


def test_the_cores_refusal_goes_when_the_agent_types_again(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    page, _phone = verified_page(qtbot, context, people, desk, clock)
    form = page.change_form
    fill_account(qtbot, form, holder="ﾔﾏﾀﾞ ﾊﾅｺ")
    click(qtbot, form.create_button)  # well-formed, so the core judges it: not the name
    qtbot.waitUntil(form.account_message.isVisible, timeout=10_000)
    assert "does not match the name registered" in form.account_message.text()
    assert form.holder.hasFocus() or not page.isActiveWindow()
    form.holder.clear()
    assert not form.account_message.isVisible()
