"""The one text normalisation (core/text.py): dashes, digits and widths, which every field that
reads a typed number uses, and the canonical employee number."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from authdesk.core import customers, documents, kana, otp
from authdesk.core.bank import parse_bank_account
from authdesk.core.errors import InvalidInput
from authdesk.core.text import (
    DASHES,
    LONG_VOWEL_MARKS,
    Translation,
    canonical_employee_no,
    fold_width,
    strip_separators,
    to_ascii_digits,
    visible,
)

# Every dash a person types between digits: ASCII, the Unicode hyphens and dashes, the minus
# sign an IME makes of '-' after a digit, and the small and full-width hyphen-minus.
TYPED_DASHES = ("-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212",
                "\ufe63", "\uff0d")
SPACES = (" ", "\u3000", "\t", "\u00a0")
MY_NUMBER = "123456789018"  # check digit 8


def test_the_dash_set_is_the_typed_dashes_and_nothing_else() -> None:
    assert set(TYPED_DASHES) == DASHES
    assert {"ー", "ｰ"} == LONG_VOWEL_MARKS
    assert not DASHES & LONG_VOWEL_MARKS


def test_only_full_width_digits_become_ascii() -> None:
    assert to_ascii_digits("０１２３４５６７８９") == "0123456789"
    # NFKC would make these digits; a number holding one is refused by its field instead.
    assert to_ascii_digits("①²٣ＡＢ") == "①²٣ＡＢ"


def test_fold_width_is_nfkc() -> None:
    assert fold_width("ＡＢＣ１２３\u3000ｶﾞ－") == "ABC123 ガ-"


def test_strip_separators_drops_spaces_and_dashes_and_long_vowel_marks_only_if_asked() -> None:
    typed = "12 3\u300045\t6" + "".join(TYPED_DASHES) + "7ー8ｰ9"
    assert strip_separators(typed) == "1234567ー8ｰ9"
    assert strip_separators(typed, long_vowel_marks=True) == "123456789"
    assert strip_separators("03(1234)5678", also="()") == "0312345678"
    assert strip_separators("A.B/C_D") == "A.B/C_D"


def test_visible_names_invisible_characters_by_code_point() -> None:
    assert visible("\u200b") == "U+200B"
    assert visible("\u00a0") == "U+00A0"
    assert visible("‐") == "‐"


@pytest.mark.parametrize("dash", (*TYPED_DASHES, "ー", "ｰ"))
def test_every_number_field_takes_every_dash(dash: str) -> None:
    assert otp.normalise_code(f"123{dash}456") == "123456"
    account = parse_bank_account("0001", "001", "ordinary", f"123{dash}4567", "ヤマダ タロウ")
    assert account.number == "1234567"
    assert documents.normalise_document_number(
        f"{MY_NUMBER[:4]}{dash}{MY_NUMBER[4:8]}{dash}{MY_NUMBER[8:]}") == MY_NUMBER
    assert kana.name_key(f"ｵ{dash}ﾉ") == "ｵ-ﾉ"


@pytest.mark.parametrize("dash", TYPED_DASHES)
def test_phone_numbers_and_postal_codes_take_every_dash(dash: str) -> None:
    assert customers.phone_digits(f"090{dash}1234{dash}5678") == "09012345678"
    assert customers.parse_postal_code(f"〒100{dash}0001") == "100-0001"


def test_phone_numbers_do_not_take_the_long_vowel_mark() -> None:
    # Kept as before the shared module: a phone search with ー is read as a name search.
    assert customers.phone_digits("090ー1234ー5678") is None


@given(st.lists(st.tuples(st.sampled_from("0123456789０１２３４５６７８９"),
                          st.sampled_from(("", *TYPED_DASHES, *SPACES, "ー"))),
                min_size=6, max_size=6))
def test_a_code_survives_any_grouping_the_caller_reads_out(
        parts: list[tuple[str, str]]) -> None:
    typed = "".join(digit + separator for digit, separator in parts)
    expected = to_ascii_digits("".join(digit for digit, _ in parts))
    assert otp.normalise_code(typed) == expected


@given(st.text())
def test_strip_separators_keeps_every_other_character_in_order(text: str) -> None:
    kept = [ch for ch in text if not ch.isspace() and ch not in DASHES]
    assert strip_separators(text) == "".join(kept)


# --- Employee numbers ---------------------------------------------------------------------------

EMPLOYEE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-"
INVISIBLE = "it holds an invisible character"
OTHER_DASH = "it holds a dash other than the hyphen key's '-'"
ONLY = "use only the letters A-Z, the digits 0-9 and '-'"


def full_width(text: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


@pytest.mark.parametrize(("typed", "canonical"), [
    ("E-7002", "E-7002"),
    ("e-7002", "E-7002"),
    ("Ｅ－７００２", "E-7002"),
    ("ｅ﹣７００２", "E-7002"),
    ("  E-7002\u3000", "E-7002"),
    ("\u00a0e-7002\t", "E-7002"),
    ("DEMO-0001", "DEMO-0001"),
    ("x" * 32, "X" * 32),
])
def test_employee_numbers_have_one_canonical_form(typed: str, canonical: str) -> None:
    assert canonical_employee_no(typed) == canonical


@pytest.mark.parametrize(("typed", "reason"), [
    ("E-7002\u200b", INVISIBLE),
    ("E-\u200c7002", INVISIBLE),
    ("E\u200d-7002", INVISIBLE),
    ("E-70\u206002", INVISIBLE),
    ("\ufeffE-7002", INVISIBLE),
    ("E-7002\u00ad", INVISIBLE),  # soft hyphen, also category Cf
    ("E\u20107002", OTHER_DASH),
    ("E\u20117002", OTHER_DASH),  # NFKC makes U+2011 a U+2010
    ("E\u22127002", OTHER_DASH),
    ("E\u20137002", OTHER_DASH),
    ("E ー7002", "has no spaces"),
    ("E\u00a07002", "has no spaces"),
    ("E\u30007002", "has no spaces"),
    ("E 7002", "has no spaces"),
    ("E-7002ー", ONLY),
    ("E_7002", ONLY),
    ("É-7002", ONLY),
    ("\u0131-7002", ONLY),  # dotless ı would upper-case to an ASCII I
    ("", "an employee number is needed"),
    (" \u3000 ", "an employee number is needed"),
    ("E" * 33, "at most 32 characters"),
])
def test_anything_but_letters_digits_and_hyphen_is_refused_with_a_sentence(
        typed: str, reason: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        canonical_employee_no(typed)
    assert refused.value.params["field"] == "employee number"
    assert refused.value.message.startswith("employee number: ")
    assert reason in refused.value.params["reason"]


@given(st.text(EMPLOYEE_ALPHABET, min_size=1, max_size=32))
def test_case_and_width_never_make_a_second_person(number: str) -> None:
    canonical = canonical_employee_no(number)
    assert canonical == number.upper()
    assert canonical_employee_no(full_width(number)) == canonical
    assert canonical_employee_no(number.swapcase()) == canonical


@given(st.text(EMPLOYEE_ALPHABET, min_size=2, max_size=31), st.integers(min_value=0),
       st.characters(categories=["Cf", "Zs", "Pd"]).filter(lambda ch: ch not in "-\ufe63\uff0d"))
def test_an_invisible_character_space_or_other_dash_inside_is_refused(
        number: str, at: int, extra: str) -> None:
    at = 1 + at % (len(number) - 1)  # inside: surrounding white space is only trimmed
    with pytest.raises(InvalidInput):
        canonical_employee_no(number[:at] + extra + number[at:])


@given(st.text(max_size=40))
def test_a_canonical_number_is_plain_ascii_and_stays_itself(typed: str) -> None:
    try:
        canonical = canonical_employee_no(typed)
    except InvalidInput:
        return
    assert re.fullmatch(r"[A-Z0-9-]{1,32}", canonical)
    assert canonical_employee_no(canonical) == canonical


def test_a_translation_changes_exactly_what_str_translate_would() -> None:
    """``Translation`` skips ``str.translate`` when no character of its table is present; the
    result must not depend on whether it skipped."""

    table = {"ァ": "ア", "\\": "¥", "]": "!", "-": "=", "^": "~", "\u3099": "ﾞ"}
    translation = Translation(table)
    plain = {ord(k): v for k, v in table.items()}
    for text in ("", "ヤマダ タロウ", "ァ", "a\\b]c-d^e", "カ\u3099", "山田", "[x]", "x^"):
        assert translation(text) == text.translate(plain), text
