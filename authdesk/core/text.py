"""Text normalisation shared by every rule that reads what a person typed: dashes, digits,
widths, and the canonical employee number.

Agents type what callers read out, through Japanese IMEs that produce full-width digits, a
choice of dashes and the long-vowel mark ー where a hyphen was meant. Each field decides what it
accepts, but the sets of characters are defined here once, so two fields never disagree about
what a dash is.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping

from authdesk.core.errors import InvalidInput

DASHES: frozenset[str] = frozenset(
    "-"  # U+002D hyphen-minus
    "\u2010"  # hyphen
    "\u2011"  # non-breaking hyphen
    "\u2012"  # figure dash
    "\u2013"  # en dash
    "\u2014"  # em dash
    "\u2015"  # horizontal bar (what Japanese IMEs offer as ―)
    "\u2212"  # minus sign (IMEs convert '-' typed after a digit to it)
    "\ufe63"  # small hyphen-minus
    "\uff0d"  # full-width hyphen-minus
)
"""The dash punctuation people type between digits or letters."""

LONG_VOWEL_MARKS: frozenset[str] = frozenset("\u30fc\uff70")  # ー and half-width ｰ
"""The katakana long-vowel marks. A Japanese IME in kana mode types ー for the '-' key, so a
number field may take them as separators; a name field must not."""
_DROP: dict[int, None] = dict.fromkeys(map(ord, DASHES))
_DROP_LONG: dict[int, None] = dict.fromkeys(map(ord, DASHES | LONG_VOWEL_MARKS))



class Translation:
    """``str.translate`` with a fixed table, skipped when the text holds none of the table's
    characters. CPython looks every character of a non-ASCII text up in the table, and each
    miss costs it an exception internally; one regular-expression search (in C) is ten times
    cheaper, and most names hold nothing to translate."""

    def __init__(self, replacements: Mapping[str, str]) -> None:
        """``replacements``: character -> what it becomes."""
        self.table = {ord(ch): to for ch, to in replacements.items()}
        self._any = re.compile("[" + "".join(map(re.escape, sorted(replacements))) + "]")

    def __call__(self, text: str) -> str:
        return text.translate(self.table) if self._any.search(text) else text


_fullwidth_digits = Translation(dict(zip("０１２３４５６７８９", "0123456789", strict=True)))

EMPLOYEE_NO_MAX_LENGTH = 32


def to_ascii_digits(text: str) -> str:
    """Full-width digits ０..９ become 0..9; nothing else changes.

    Deliberately not NFKC, which would also turn ① or ² into digits: nobody types those on
    purpose, so a number holding one should be refused, not guessed.
    """
    return text if text.isascii() else _fullwidth_digits(text)


def fold_width(text: str) -> str:
    """Unicode NFKC: full-width ASCII and the ideographic space become ASCII, half-width
    katakana become full-width, and other compatibility characters their ordinary forms
    (① -> 1, ㈱ -> (株)). Use ``to_ascii_digits`` where only digits may be folded."""
    return unicodedata.normalize("NFKC", text)


def strip_separators(text: str, *, long_vowel_marks: bool = False, also: str = "") -> str:
    """``text`` without white space and ``DASHES``, and without ``LONG_VOWEL_MARKS`` if asked
    and the characters in ``also``. Nothing else is removed or changed."""
    # str.split() splits on exactly the characters str.isspace() accepts; translate drops the
    # rest in C (this runs for every phone number of a million-row import).
    return "".join(text.split()).translate(_separator_table(long_vowel_marks, also))


@functools.lru_cache(maxsize=64)
def _separator_table(long_vowel_marks: bool, also: str) -> dict[int, None]:
    table = _DROP_LONG if long_vowel_marks else _DROP
    return {**table, **dict.fromkeys(map(ord, also))} if also else table


def visible(ch: str) -> str:
    """A character as a sentence can show it: invisible, space and control characters by their
    code point (U+200B), since they would read out as nothing."""
    return ch if ch.isprintable() and not ch.isspace() else f"U+{ord(ch):04X}"


def canonical_employee_no(text: str) -> str:
    """The one form of an employee number, used for storage and every person comparison.

    Surrounding white space goes, then NFKC (full-width Ｅ－７００２ -> E-7002), then upper case.
    Only ASCII letters, digits and '-' may remain; anything else is refused rather than
    dropped, because an invisible or look-alike character would otherwise make one person
    two (E-7002 and E-7002 + U+200B).
    """
    # Each reason is a literal at its raise, where tools/i18n.py finds it for the GUI.
    folded = fold_width(text.strip())
    if not folded:
        raise InvalidInput(field="employee number", reason="an employee number is needed")
    for ch in folded:
        # Checked before upper(), which would turn the dotless ı into an ASCII I.
        if ch.isascii() and (ch.isalnum() or ch == "-"):
            continue
        category = unicodedata.category(ch)
        if ch.isspace():
            raise InvalidInput(field="employee number",
                               reason="an employee number has no spaces")
        if category == "Pd" or ch in DASHES:  # U+2212 is a math symbol, not Pd
            raise InvalidInput(field="employee number",
                               reason="it holds a dash other than the hyphen key's '-'; type "
                                      "'-' instead")
        if category[0] == "C":  # format (U+200B, U+FEFF), control, private use, unassigned
            raise InvalidInput(field="employee number",
                               reason="it holds an invisible character, often copied along "
                                      "with the number; type the number instead of pasting it")
        raise InvalidInput(field="employee number",
                           reason="use only the letters A-Z, the digits 0-9 and '-'")
    if len(folded) > EMPLOYEE_NO_MAX_LENGTH:
        raise InvalidInput(field="employee number",
                           reason="an employee number has at most 32 characters")
    return folded.upper()
