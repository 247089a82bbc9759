"""References customers quote: Damm check digit, forgiving of how people type them."""

from __future__ import annotations

import pytest

from authdesk.core.errors import InvalidInput
from authdesk.core.reference import (
    Reference,
    ReferenceKind,
    notice_reference,
    parse_reference,
    request_reference,
)


def test_format_and_parse_round_trip() -> None:
    assert request_reference(123) == "R0000123-4"
    assert notice_reference(456) == "N0000456-8"
    for n in (1, 99, 123456, 9_999_999):
        assert parse_reference(request_reference(n)) == Reference(ReferenceKind.REQUEST, n)
        assert parse_reference(notice_reference(n)) == Reference(ReferenceKind.NOTICE, n)


def test_what_people_type_is_accepted() -> None:
    assert parse_reference("ｒ ００００１２３ー４").id == 123
    assert parse_reference("r00001234").id == 123


@pytest.mark.parametrize("wrong", ["R0000123-5", "R0000213-4", "R0000132-4", "X0000123-4",
                                   "R123-4", "", "R0000000-0"])
def test_mistyped_references_are_refused(wrong: str) -> None:
    with pytest.raises(InvalidInput):
        parse_reference(wrong)


def test_every_single_digit_error_and_neighbour_swap_is_caught() -> None:
    good = request_reference(4_205_317)
    body = good[1:8]
    for i in range(7):
        for d in "0123456789":
            if d != body[i]:
                typo = body[:i] + d + body[i + 1:]
                with pytest.raises(InvalidInput):
                    parse_reference(f"R{typo}-{good[-1]}")
        if i < 6 and body[i] != body[i + 1]:
            swapped = body[:i] + body[i + 1] + body[i] + body[i + 2:]
            with pytest.raises(InvalidInput):
                parse_reference(f"R{swapped}-{good[-1]}")
