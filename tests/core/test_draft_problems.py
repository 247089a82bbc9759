"""Every problem of the change form's first step at once, by field (``bank.account_problems``,
``requests.draft_problems``), and ``create``/``parse_bank_account`` refusing the first of
the same: the form shows them all beside their fields instead of one per attempt."""

from __future__ import annotations

import pytest

from authdesk.core.bank import (
    ACCOUNT_FIELDS,
    InvalidAccountType,
    MalformedAccountNumber,
    MalformedBankCode,
    MalformedBranchCode,
    UnknownBank,
    UnknownBranch,
    account_problems,
    parse_bank_account,
)
from authdesk.core.errors import AuthDeskError, InvalidInput
from authdesk.core.kana import EmptyHolderName, InvalidHolderName
from authdesk.core.requests import CloseMatchNeedsReason, draft_problems

MIZUHO, TOKYO_EIGYOBU = "0001", "001"
GOOD = {"bank_code": MIZUHO, "branch_code": TOKYO_EIGYOBU, "account_type": "ordinary",
        "number": "1234567", "holder": "ﾐﾎﾝ ﾀﾛｳ"}


def kinds(problems: dict[str, AuthDeskError]) -> dict[str, type]:
    return {field: type(error) for field, error in problems.items()}


def test_a_good_account_has_no_problems() -> None:
    assert account_problems(**GOOD) == {}
    assert parse_bank_account(**GOOD).number == "1234567"


def test_every_field_is_judged_at_once_in_the_order_of_the_form() -> None:
    problems = account_problems("12", "1", "loan", "123456", "")
    assert kinds(problems) == {"bank_code": MalformedBankCode,
                               "branch_code": MalformedBranchCode,
                               "account_type": InvalidAccountType,
                               "account_number": MalformedAccountNumber,
                               "holder": EmptyHolderName}
    assert list(problems) == list(ACCOUNT_FIELDS)


def test_an_unknown_bank_and_a_bad_account_number_come_together() -> None:
    # The case of the issue: bank first, then (on a second press) the account number.
    problems = account_problems(**{**GOOD, "bank_code": "9998", "number": "12345"})
    assert kinds(problems) == {"bank_code": UnknownBank,
                               "account_number": MalformedAccountNumber}
    assert "9998" in str(problems["bank_code"])


def test_a_branch_is_looked_up_only_at_a_known_bank() -> None:
    assert kinds(account_problems(**{**GOOD, "branch_code": "999"})) == {
        "branch_code": UnknownBranch}
    assert "branch_code" not in account_problems(**{**GOOD, "bank_code": "9998",
                                                    "branch_code": "999"})


def test_a_holder_name_with_a_character_transfers_cannot_carry() -> None:
    problems = account_problems(**{**GOOD, "holder": "見本 太郎"})
    assert isinstance(problems["holder"], InvalidHolderName)


@pytest.mark.parametrize("field,bad", [
    ("bank_code", "12"), ("branch_code", "1"), ("account_type", "loan"),
    ("number", "123456"), ("holder", "")])
def test_parse_refuses_the_first_problem(field: str, bad: str) -> None:
    values = {**GOOD, field: bad, "number": "12" if field != "number" else bad}
    first = next(iter(account_problems(**values).values()))
    with pytest.raises(type(first)):
        parse_bank_account(**values)


def draft(**overrides: str | None) -> dict[str, AuthDeskError]:
    values: dict[str, str | None] = {
        "bank_code": MIZUHO, "branch_code": TOKYO_EIGYOBU, "account_type": "ordinary",
        "account_number": "1234567", "holder": "ﾐﾎﾝ ﾀﾛｳ", "close_match_reason": None,
        "notes": None}
    values.update(overrides)
    return draft_problems(registered_kana="ミホン タロウ", **values)  # type: ignore[arg-type]


def test_a_draft_asks_for_the_reason_of_a_close_match_with_the_account_problems() -> None:
    assert draft() == {}
    problems = draft(holder="ﾐﾎﾝ ﾀﾛ-", account_number="1")
    assert kinds(problems) == {"account_number": MalformedAccountNumber,
                               "close_match_reason": CloseMatchNeedsReason}
    assert draft(holder="ﾐﾎﾝ ﾀﾛ-", close_match_reason="the bank writes a dash") == {}


def test_a_name_that_does_not_match_is_left_to_create_which_audits_the_refusal() -> None:
    assert draft(holder="ﾔﾏﾀﾞ ﾊﾅｺ") == {}


def test_an_overlong_note_is_a_problem_of_its_field() -> None:
    problems = draft(notes="x" * 2000)
    assert kinds(problems) == {"notes": InvalidInput}
