"""Identity documents: their types, the checks made on them, and what of them is stored.

Only the type, the last digits of the number, the expiry and each check's result are kept
(DESIGN.md §3). The full document number is seen here and nowhere else; a My Number is never
stored at all, not even its last digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from authdesk.core.errors import AuthDeskError, InvalidInput
from authdesk.core.text import fold_width, strip_separators


class DocumentType(StrEnum):
    # The values are stored and audited: never rename them.
    MY_NUMBER_CARD = "my_number_card"
    DRIVERS_LICENCE = "drivers_licence"
    PASSPORT = "passport"
    RESIDENCE_CARD = "residence_card"
    HEALTH_INSURANCE_CARD = "health_insurance_card"
    BANK_ACCOUNT_PROOF = "bank_account_proof"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def strong(self) -> bool:
        """Photo IDs are strong evidence; the others weak (two count as one strong)."""
        return self in PHOTO_IDS

    @property
    def expiry_required(self) -> bool:
        return self in _EXPIRY_REQUIRED


_LABELS = {
    DocumentType.MY_NUMBER_CARD: "My Number card",
    DocumentType.DRIVERS_LICENCE: "driver's licence",
    DocumentType.PASSPORT: "passport",
    DocumentType.RESIDENCE_CARD: "residence card",
    DocumentType.HEALTH_INSURANCE_CARD: "health insurance card",
    DocumentType.BANK_ACCOUNT_PROOF: "proof of bank account",
}

PHOTO_IDS = frozenset(
    {
        DocumentType.MY_NUMBER_CARD,
        DocumentType.DRIVERS_LICENCE,
        DocumentType.PASSPORT,
        DocumentType.RESIDENCE_CARD,
    }
)

# Every photo ID carries an expiry. Health insurance cards only sometimes do, and a cash card
# or passbook copy has none, so for those an expiry is checked only when one is entered.
_EXPIRY_REQUIRED = PHOTO_IDS

CHECK_NAMES = (
    "name_matches",
    "birth_date_matches",
    "address_matches",
    "not_expired",
    "number_well_formed",
    "photo_present",
)


class DocumentChannel(StrEnum):
    """How a document reaches the person checking it, which decides what can be checked."""

    PHONE = "phone"  # the caller reads it out: nothing is seen
    MAIL = "mail"  # a copy arrives: seen, but not beside its holder
    BRANCH = "branch"  # the original, with its holder at the counter


# What each channel lets staff check. By phone, what is printed can be compared as the caller
# reads it out, but no photo can be seen; by mail, a copy shows that a photo is there; only at
# a branch can the photo be compared with the person. A check a channel does not allow is
# never asked there and is stored as None ("not checked").
CHECKS_BY_CHANNEL: Mapping[DocumentChannel, frozenset[str]] = {
    DocumentChannel.PHONE: frozenset(CHECK_NAMES) - {"photo_present"},
    DocumentChannel.MAIL: frozenset(CHECK_NAMES),
    DocumentChannel.BRANCH: frozenset(CHECK_NAMES),
}


def document_channel(channel: str) -> DocumentChannel:
    """The document channel of a call or request channel ('phone', 'mail')."""
    try:
        return DocumentChannel(str(channel))
    except ValueError:
        raise InvalidInput(field="channel", reason="phone, mail or branch") from None


def checks_to_ask(doc_type: DocumentType | str, channel: DocumentChannel | str) -> tuple[str, ...]:
    """The checks to ask about this type of document on this channel, in CHECK_NAMES order.
    Expiry and number are judged from what is typed; these are the ones a person confirms."""
    kind = coerce_document_type(doc_type)
    allowed = CHECKS_BY_CHANNEL[document_channel(channel)]
    asked = ["name_matches", "birth_date_matches", "address_matches"]
    if kind.strong:
        asked.append("photo_present")
    return tuple(name for name in asked if name in allowed)


class UnknownDocumentType(AuthDeskError):
    template = (
        "This type of document is not accepted. Accepted are: My Number card, driver's "
        "licence, passport, residence card, health insurance card, proof of bank account."
    )


class MissingDocumentNumber(AuthDeskError):
    template = "Enter the number printed on the {document}."


class MissingExpiry(AuthDeskError):
    template = "Enter the expiry date printed on the {document}."


class MissingDocumentCheck(AuthDeskError):
    template = "Record the '{check}' check for the {document} before saving."


class MalformedMrz(AuthDeskError):
    template = (
        "The passport's machine-readable line is not valid ({check}). Please read the second "
        "line at the bottom of the photo page again, or check the passport itself."
    )


# --- ICAO 9303 machine-readable zone ---------------------------------------------------------

_MRZ_WEIGHTS = (7, 3, 1)
_MRZ_ALPHABET = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<")


def _mrz_value(ch: str) -> int:
    if "0" <= ch <= "9":
        return ord(ch) - ord("0")
    if "A" <= ch <= "Z":
        return ord(ch) - ord("A") + 10
    if ch == "<":
        return 0
    raise MalformedMrz(check="unexpected character")


def mrz_check_digit(s: str) -> int:
    """ICAO 9303 check digit: weights 7-3-1 repeating, A-Z = 10..35, '<' = 0, sum mod 10."""
    return sum(_mrz_value(ch) * _MRZ_WEIGHTS[i % 3] for i, ch in enumerate(s)) % 10


@dataclass(frozen=True)
class MrzLine2:
    """The fields of a passport's (TD3) second MRZ line, every check digit verified."""

    document_number: str
    nationality: str
    birth_date: str  # YYMMDD as printed: the century is not in the MRZ
    sex: str  # "M", "F" or "<" (unspecified); some states print "X"
    expiry: date
    optional_data: str


def _check(field_text: str, digit: str, name: str, *, filler_allowed: bool = False) -> None:
    # '<' as a check digit is allowed only for an empty optional-data field (ICAO 9303 part 4).
    if filler_allowed and digit == "<" and set(field_text) == {"<"}:
        return
    if not digit.isdigit() or int(digit) != mrz_check_digit(field_text):
        raise MalformedMrz(check=name)


def _yymmdd(text: str, name: str) -> tuple[int, int, int]:
    if not (text.isascii() and text.isdigit()):
        raise MalformedMrz(check=name)
    yy, mm, dd = int(text[:2]), int(text[2:4]), int(text[4:])
    # A 29 February is valid if it is valid in either century.
    for century in (1900, 2000):
        try:
            date(century + yy, mm, dd)
        except ValueError:
            continue
        return yy, mm, dd
    raise MalformedMrz(check=name)


def parse_td3_line2(line: str) -> MrzLine2:
    """Validate the 44-character second line of a passport MRZ (ICAO 9303 part 4, TD3)."""
    text = fold_width(line).strip().upper()
    if len(text) != 44:
        raise MalformedMrz(check="it must have 44 characters")
    if not set(text) <= _MRZ_ALPHABET:
        raise MalformedMrz(check="unexpected character")
    number, number_cd = text[0:9], text[9]
    nationality = text[10:13]
    birth, birth_cd = text[13:19], text[19]
    sex = text[20]
    expiry, expiry_cd = text[21:27], text[27]
    optional, optional_cd = text[28:42], text[42]
    composite_cd = text[43]

    _check(number, number_cd, "document number check digit")
    # Nationality and sex are covered by no check digit, so their form is all that can be
    # checked.
    # A code of one to three letters, padded at the end (e.g. "D<<").
    if not re.fullmatch(r"[A-Z](?:[A-Z]{2}|[A-Z]<|<<)", nationality):
        raise MalformedMrz(check="nationality")
    _yymmdd(birth, "birth date")
    _check(birth, birth_cd, "birth date check digit")
    if sex not in ("M", "F", "<", "X"):
        raise MalformedMrz(check="sex")
    yy, mm, dd = _yymmdd(expiry, "expiry date")
    _check(expiry, expiry_cd, "expiry date check digit")
    _check(optional, optional_cd, "optional data check digit", filler_allowed=True)
    composite = text[0:10] + text[13:20] + text[21:43]
    _check(composite, composite_cd, "composite check digit")
    try:
        # Passports are valid for at most ten years, so an expiry is in this century.
        expiry_date = date(2000 + yy, mm, dd)
    except ValueError:
        raise MalformedMrz(check="expiry date") from None
    return MrzLine2(
        document_number=number.rstrip("<"),
        nationality=nationality.rstrip("<"),
        birth_date=birth,
        sex=sex,
        expiry=expiry_date,
        optional_data=optional.rstrip("<"),
    )


# --- My Number (個人番号) --------------------------------------------------------------------


def my_number_check_digit(first_eleven: str) -> int:
    """The check digit of a My Number (総務省令第85号 第5条).

    Pn is the n-th digit counted from the right of the first eleven; Qn = n + 1 for n <= 6,
    n - 5 for n >= 7; r = sum(Pn * Qn) mod 11; the check digit is 0 if r <= 1 else 11 - r.
    """
    if len(first_eleven) != 11 or not (first_eleven.isascii() and first_eleven.isdigit()):
        raise ValueError("eleven ASCII digits expected")
    total = 0
    for n, ch in enumerate(reversed(first_eleven), start=1):
        q = n + 1 if n <= 6 else n - 5
        total += int(ch) * q
    remainder = total % 11
    return 0 if remainder <= 1 else 11 - remainder


def my_number_valid(number: str) -> bool:
    """True for exactly 12 ASCII digits whose last is the My Number check digit."""
    if len(number) != 12 or not (number.isascii() and number.isdigit()):
        return False
    return my_number_check_digit(number[:11]) == int(number[11])


# --- Assessing one document ------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentEvidence:
    """What is stored about one document seen. ``checks`` maps each of CHECK_NAMES to True
    (passed), False (failed) or None (does not apply to this type)."""

    doc_type: DocumentType
    last_digits: str | None
    expiry: date | None
    checks: Mapping[str, bool | None] = field(default_factory=dict)

    @property
    def strong(self) -> bool:
        return self.doc_type.strong

    @property
    def passed(self) -> bool:
        """True only if every applicable check passed (None = not applicable)."""
        return all(self.checks.get(name) is not False for name in CHECK_NAMES) and all(
            self.checks.get(name) is not None for name in _ALWAYS_APPLICABLE
        )

    @property
    def failed_checks(self) -> tuple[str, ...]:
        return tuple(name for name in CHECK_NAMES if self.checks.get(name) is False)


# These are asked of every document, so a missing result never counts as a pass.
_ALWAYS_APPLICABLE = ("name_matches", "birth_date_matches", "address_matches")

def normalise_document_number(number: str) -> str:
    """A document number as typed -> the form its checks read: full-width letters and digits
    fold to ASCII, upper case, and the spaces, dashes and ー the agent typed between them go.
    The GUI's live feedback uses this too, so it judges the number the core will judge."""
    return strip_separators(fold_width(number), long_vowel_marks=True).upper()


def _number_well_formed(doc_type: DocumentType, number: str, mrz_line2: str | None) -> bool | None:
    if doc_type is DocumentType.MY_NUMBER_CARD:
        return my_number_valid(number)
    if doc_type is DocumentType.DRIVERS_LICENCE:
        # The 11th digit is a check digit, but its algorithm is not published by the National
        # Police Agency; only the form (12 digits) is checked rather than guess it.
        return re.fullmatch(r"[0-9]{12}", number) is not None
    if doc_type is DocumentType.PASSPORT:
        # Japanese passports: two letters and seven digits (e.g. TK1234567).
        if re.fullmatch(r"[A-Z]{2}[0-9]{7}", number) is None:
            return False
        if mrz_line2 is None:
            return True
        try:
            mrz = parse_td3_line2(mrz_line2)
        except MalformedMrz:
            return False
        return mrz.document_number == number
    if doc_type is DocumentType.RESIDENCE_CARD:
        return re.fullmatch(r"[A-Z]{2}[0-9]{8}[A-Z]{2}", number) is not None
    # Health insurance cards and bank-account proofs have no check digit to verify.
    return None


def coerce_document_type(doc_type: DocumentType | str) -> DocumentType:
    if isinstance(doc_type, DocumentType):
        return doc_type
    try:
        return DocumentType(doc_type)
    except ValueError:
        raise UnknownDocumentType() from None


def assess_document(
    doc_type: DocumentType | str,
    *,
    number: str,
    expiry: date | None,
    today: date,
    name_matches: bool,
    birth_date_matches: bool,
    address_matches: bool,
    photo_present: bool | None,
    mrz_line2: str | None = None,
    channel: DocumentChannel | str = DocumentChannel.BRANCH,
) -> DocumentEvidence:
    """Record the checks on one document. The full ``number`` is used and then forgotten.
    A check the ``channel`` does not allow (the photo, by phone) is stored as not checked,
    whatever was given for it."""
    kind = coerce_document_type(doc_type)
    normalised = normalise_document_number(number)
    if not normalised:
        raise MissingDocumentNumber(document=kind.label)
    if expiry is None and kind.expiry_required:
        raise MissingExpiry(document=kind.label)
    photo_asked = "photo_present" in checks_to_ask(kind, channel)
    if photo_asked and photo_present is None:
        raise MissingDocumentCheck(check="photo present", document=kind.label)

    checks: dict[str, bool | None] = {
        "name_matches": bool(name_matches),
        "birth_date_matches": bool(birth_date_matches),
        "address_matches": bool(address_matches),
        "not_expired": None if expiry is None else expiry >= today,
        "number_well_formed": _number_well_formed(kind, normalised, mrz_line2),
        # A photo is asked of photo IDs only; on other documents it proves nothing.
        "photo_present": bool(photo_present) if photo_asked else None,
    }
    # A My Number must not be kept in any form, so not even its last digits.
    last_digits = None if kind is DocumentType.MY_NUMBER_CARD else normalised[-4:]
    return DocumentEvidence(doc_type=kind, last_digits=last_digits, expiry=expiry, checks=checks)


def evidence_satisfies(
    evidences: Iterable[DocumentEvidence], *, strong_needed: int, weak_needed_instead: int = 2
) -> bool:
    """Whether the passed documents give ``strong_needed`` strong pieces of evidence.

    A photo ID counts as one strong piece; ``weak_needed_instead`` weak documents count as one.
    Each document type counts once: two copies of one kind of document are not independent.
    """
    if weak_needed_instead < 1:
        raise ValueError("weak_needed_instead must be at least 1")
    passed = {e.doc_type for e in evidences if e.passed}
    strong = sum(1 for t in passed if t.strong)
    weak = sum(1 for t in passed if not t.strong)
    return strong + weak // weak_needed_instead >= strong_needed
