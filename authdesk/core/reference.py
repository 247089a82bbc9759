"""References a customer can quote: on every letter and e-mail, and read back on the phone.

A reference is a letter saying what it names, seven digits and a check digit:
``R0000123-4`` names change request 123, ``N0000456-8`` notice 456. The check digit is Damm's
(it catches every single wrong digit and every swap of two neighbours), so a misheard reference
is refused instead of finding somebody else's request. ``parse_reference`` accepts what people
type: lower case, full-width characters, spaces or no hyphen.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from authdesk.core.errors import InvalidInput

DIGITS = 7

# Damm's quasigroup of order 10 (H. M. Damm, 2004), the usual table.
_DAMM = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)


class CheckDigitWrong(InvalidInput):
    """A reference of the right shape whose check digit does not match: misheard or mistyped
    (cancel by reference gives it its own sentence)."""


class ReferenceKind(StrEnum):
    REQUEST = "R"
    NOTICE = "N"


@dataclass(frozen=True)
class Reference:
    kind: ReferenceKind
    id: int

    def __str__(self) -> str:
        return format_reference(self.kind, self.id)


def damm(digits: str) -> int:
    interim = 0
    for ch in digits:
        interim = _DAMM[interim][int(ch)]
    return interim


def format_reference(kind: ReferenceKind | str, record_id: int) -> str:
    if record_id < 1 or record_id >= 10**DIGITS:
        raise ValueError(f"no reference for id {record_id}")
    body = f"{record_id:0{DIGITS}d}"
    return f"{ReferenceKind(kind).value}{body}-{damm(body)}"


def request_reference(request_id: int) -> str:
    return format_reference(ReferenceKind.REQUEST, request_id)


def notice_reference(notification_id: int) -> str:
    return format_reference(ReferenceKind.NOTICE, notification_id)


_SHAPE = re.compile(rf"([RN])(\d{{{DIGITS}}})(\d)")


def parse_reference(text: str) -> Reference:
    """The reference in ``text``, or ``InvalidInput`` saying what is wrong with it."""
    cleaned = re.sub(r"[\s\-‐‑–—ー－]", "", unicodedata.normalize("NFKC", text or "")).upper()
    match = _SHAPE.fullmatch(cleaned)
    if match is None:
        raise InvalidInput(field="reference",
                           reason=f"R or N, {DIGITS} digits and a check digit, e.g. R0000123-4")
    kind, body, check = match.groups()
    if damm(body) != int(check):
        raise CheckDigitWrong(field="reference",
                           reason="its check digit does not match: please read it again")
    record_id = int(body)
    if record_id < 1:
        raise InvalidInput(field="reference", reason="no record has number 0")
    return Reference(ReferenceKind(kind), record_id)
