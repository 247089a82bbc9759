from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from authdesk.core.documents import (
    CHECK_NAMES,
    CHECKS_BY_CHANNEL,
    PHOTO_IDS,
    DocumentChannel,
    DocumentEvidence,
    DocumentType,
    MalformedMrz,
    MissingDocumentCheck,
    MissingDocumentNumber,
    MissingExpiry,
    MrzLine2,
    UnknownDocumentType,
    assess_document,
    checks_to_ask,
    evidence_satisfies,
    mrz_check_digit,
    my_number_check_digit,
    my_number_valid,
    parse_td3_line2,
)
from authdesk.core.errors import AuthDeskError

SPECIMEN = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
MRZ_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<"
TODAY = date(2026, 1, 5)
LATER = date(2030, 6, 30)


def mrz_value(ch: str) -> int:
    return 0 if ch == "<" else int(ch, 36)


def td3_line2(number: str, nationality: str, birth: str, sex: str, expiry: str) -> str:
    """Build a valid line 2 (computing every check digit), for passports other than the
    specimen."""
    doc = number.ljust(9, "<")
    optional = "<" * 14
    head = doc + str(mrz_check_digit(doc))
    birth_part = birth + str(mrz_check_digit(birth))
    expiry_part = expiry + str(mrz_check_digit(expiry))
    optional_part = optional + "<"
    composite = head + birth_part + expiry_part + optional_part
    body = head + nationality + birth_part + sex + expiry_part + optional_part
    return body + str(mrz_check_digit(composite))


# --- MRZ -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "digit"),
    [
        ("L898902C3", 6),  # ICAO 9303 specimen fields
        ("740812", 2),
        ("120415", 9),
        ("ZE184226B<<<<<", 1),
        ("<<<<<<<<<", 0),
        ("", 0),
        ("TK1234567", 1),  # by hand: 203+60+1+14+9+4+35+18+7 = 351
    ],
)
def test_mrz_check_digit(text: str, digit: int) -> None:
    assert mrz_check_digit(text) == digit


def test_mrz_check_digit_refuses_foreign_characters() -> None:
    with pytest.raises(MalformedMrz):
        mrz_check_digit("abc")


def test_specimen_parses() -> None:
    assert parse_td3_line2(SPECIMEN) == MrzLine2(
        document_number="L898902C3",
        nationality="UTO",
        birth_date="740812",
        sex="F",
        expiry=date(2012, 4, 15),
        optional_data="ZE184226B",
    )


def test_specimen_typed_loosely_still_parses() -> None:
    typed = " " + SPECIMEN.lower().replace("<", "＜") + "\n"
    assert parse_td3_line2(typed).document_number == "L898902C3"


def corruptions() -> list[tuple[int, str]]:
    """Every single-character change the MRZ can detect.

    Positions 10-12 (nationality) and 20 (sex) are covered by no check digit: there only
    changes that break the field's form are detectable. Elsewhere a 7-3-1 check digit cannot
    see a change by a multiple of 10 in value (e.g. '0' -> 'A' in an alphanumeric field);
    those are excluded, and shown separately below.
    """
    out = []
    for i, original in enumerate(SPECIMEN):
        for ch in MRZ_ALPHABET:
            if ch == original:
                continue
            if 10 <= i <= 12:
                if ch.isalpha() or (ch == "<" and i == 12):
                    continue
            elif i == 20:
                if ch in "MX<":
                    continue
            elif (mrz_value(ch) - mrz_value(original)) % 10 == 0:
                continue
            out.append((i, ch))
    return out


CORRUPTIONS = corruptions()


def test_every_position_has_detectable_corruptions() -> None:
    assert {i for i, _ in CORRUPTIONS} == set(range(44))
    assert len(CORRUPTIONS) > 44 * 20


def test_every_single_character_corruption_fails() -> None:
    undetected = []
    for position, ch in CORRUPTIONS:
        corrupted = SPECIMEN[:position] + ch + SPECIMEN[position + 1 :]
        try:
            parse_td3_line2(corrupted)
        except MalformedMrz:
            continue
        undetected.append((position, ch))
    assert undetected == []


@pytest.mark.parametrize(
    ("position", "ch", "check"),
    [
        (9, "7", "document number check digit"),
        (0, "M", "document number check digit"),
        (10, "1", "nationality"),
        (15, "1", "birth date"),  # month 18
        (18, "3", "birth date check digit"),
        (20, "Q", "sex"),
        (21, "2", "expiry date check digit"),  # 220415 is a date; its check digit is not 9
        (23, "9", "expiry date"),
        (30, "F", "optional data check digit"),
        (42, "2", "optional data check digit"),
        (43, "1", "composite check digit"),
    ],
)
def test_corruption_names_the_failed_check(position: int, ch: str, check: str) -> None:
    corrupted = SPECIMEN[:position] + ch + SPECIMEN[position + 1 :]
    with pytest.raises(MalformedMrz) as info:
        parse_td3_line2(corrupted)
    assert info.value.params == {"check": check}
    assert check in info.value.message


def test_seven_three_one_cannot_see_a_change_by_ten() -> None:
    # Documented limitation of ICAO 9303's check digit, not of this code: 'C' (12) and '2'.
    swapped = SPECIMEN[:7] + "2" + SPECIMEN[8:]
    assert parse_td3_line2(swapped).document_number == "L89890223"


@pytest.mark.parametrize(
    ("line", "check"),
    [
        (SPECIMEN[:-1], "it must have 44 characters"),
        (SPECIMEN + "0", "it must have 44 characters"),
        (SPECIMEN[:5] + "!" + SPECIMEN[6:], "unexpected character"),
        ("", "it must have 44 characters"),
    ],
)
def test_malformed_shape(line: str, check: str) -> None:
    with pytest.raises(MalformedMrz) as info:
        parse_td3_line2(line)
    assert info.value.params["check"] == check


def test_built_japanese_passport_line() -> None:
    line = td3_line2("TK1234567", "JPN", "850315", "M", "300630")
    assert len(line) == 44
    parsed = parse_td3_line2(line)
    assert parsed.nationality == "JPN" and parsed.expiry == date(2030, 6, 30)
    assert parsed.optional_data == ""


def test_leap_day_birth_in_1900s_or_2000s() -> None:
    parse_td3_line2(td3_line2("TK1234567", "JPN", "000229", "F", "300630"))
    with pytest.raises(MalformedMrz):
        parse_td3_line2(td3_line2("TK1234567", "JPN", "010229", "F", "300630"))


@given(st.text(max_size=60))
def test_parse_td3_line2_raises_only_malformed_mrz(text: str) -> None:
    with contextlib.suppress(MalformedMrz):
        assert isinstance(parse_td3_line2(text), MrzLine2)


@given(st.text(alphabet=MRZ_ALPHABET, min_size=44, max_size=44))
def test_parse_td3_line2_on_mrz_alphabet(text: str) -> None:
    with contextlib.suppress(MalformedMrz):
        assert isinstance(parse_td3_line2(text), MrzLine2)


# --- My Number -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    [
        # By hand: P1..P11 = 1,0,9,8,7,6,5,4,3,2,1; Q = 2,3,4,5,6,7,2,3,4,5,6;
        # sum = 2+0+36+40+42+42+10+12+12+10+6 = 212; 212 mod 11 = 3; 11 - 3 = 8.
        "123456789018",
        # Sum of Q = 47; 47 mod 11 = 3; 11 - 3 = 8.
        "111111111118",
        # Sum 0, remainder 0 <= 1, check digit 0.
        "000000000000",
        # P = 2,0,...; sum = 2*2 = 4; 11 - 4 = 7.
        "000000000027",
        # P1 = 5: sum = 10, remainder 10, check 1.
        "000000000051",
        # P1 = 6: sum = 12, remainder 1 <= 1, check 0.
        "000000000060",
    ],
)
def test_valid_my_numbers(number: str) -> None:
    assert my_number_valid(number)


@pytest.mark.parametrize(
    "number",
    [
        "123456789010",
        "123456789019",
        "113456789018",  # one digit changed
        "213456789018",  # two digits swapped
        "12345678901",
        "1234567890188",
        "12345678901a",
        "１２３４５６７８９０１８",  # full-width: assess_document folds, the predicate does not
        "",
    ],
)
def test_invalid_my_numbers(number: str) -> None:
    assert not my_number_valid(number)


def test_every_single_digit_change_is_detected() -> None:
    valid = "123456789018"
    for i in range(12):
        for d in "0123456789":
            if d != valid[i]:
                assert not my_number_valid(valid[:i] + d + valid[i + 1 :]), (i, d)


def test_check_digit_needs_eleven_digits() -> None:
    with pytest.raises(ValueError):
        my_number_check_digit("123")


@given(st.text(alphabet="0123456789", min_size=11, max_size=11))
def test_exactly_one_check_digit_is_valid(first: str) -> None:
    assert [my_number_valid(first + d) for d in "0123456789"].count(True) == 1


# --- assess_document -------------------------------------------------------------------------


def assess(doc_type: DocumentType | str, number: str, **overrides: object) -> DocumentEvidence:
    kwargs: dict[str, object] = {
        "expiry": LATER,
        "today": TODAY,
        "name_matches": True,
        "birth_date_matches": True,
        "address_matches": True,
        "photo_present": True,
    }
    kwargs.update(overrides)
    return assess_document(doc_type, number=number, **kwargs)  # type: ignore[arg-type]


def test_my_number_card_keeps_no_digits() -> None:
    evidence = assess(DocumentType.MY_NUMBER_CARD, "1234 5678 9018")
    assert evidence.last_digits is None
    assert evidence.checks["number_well_formed"] is True
    assert evidence.passed and evidence.strong
    assert "9018" not in repr(evidence) and "123456789018" not in repr(evidence)


def test_my_number_card_with_bad_check_digit() -> None:
    evidence = assess("my_number_card", "１２３４５６７８９０１９")
    assert evidence.checks["number_well_formed"] is False
    assert not evidence.passed
    assert evidence.failed_checks == ("number_well_formed",)


def test_drivers_licence() -> None:
    good = assess(DocumentType.DRIVERS_LICENCE, "3012-3456-7890")
    assert good.last_digits == "7890" and good.passed
    assert assess(DocumentType.DRIVERS_LICENCE, "30123456789").checks["number_well_formed"] is False


@pytest.mark.parametrize(
    ("number", "well_formed"),
    [
        ("TK1234567", True),
        ("tk1234567", True),
        ("ＴＫ１２３４５６７", True),
        ("T1234567", False),
        ("TK123456", False),
        ("TK12345678", False),
        ("1234567TK", False),
    ],
)
def test_passport_number_form(number: str, well_formed: bool) -> None:
    assert assess(DocumentType.PASSPORT, number).checks["number_well_formed"] is well_formed


def test_passport_with_matching_mrz() -> None:
    line = td3_line2("TK1234567", "JPN", "850315", "M", "300630")
    evidence = assess(DocumentType.PASSPORT, "TK1234567", mrz_line2=line)
    assert evidence.passed and evidence.last_digits == "4567"


def test_passport_with_mrz_of_another_number() -> None:
    line = td3_line2("TK7654321", "JPN", "850315", "M", "300630")
    evidence = assess(DocumentType.PASSPORT, "TK1234567", mrz_line2=line)
    assert evidence.checks["number_well_formed"] is False


def test_passport_with_broken_mrz() -> None:
    line = td3_line2("TK1234567", "JPN", "850315", "M", "300630")
    broken = line[:-1] + str((int(line[-1]) + 1) % 10)
    evidence = assess(DocumentType.PASSPORT, "TK1234567", mrz_line2=broken)
    assert evidence.checks["number_well_formed"] is False


@pytest.mark.parametrize(
    ("number", "well_formed"),
    [
        ("AB12345678CD", True),
        ("ab12345678cd", True),
        ("AB1234567CD", False),
        ("A123456789CD", False),
        ("AB12345678C", False),
    ],
)
def test_residence_card_number_form(number: str, well_formed: bool) -> None:
    assert assess(DocumentType.RESIDENCE_CARD, number).checks["number_well_formed"] is well_formed


@pytest.mark.parametrize(
    "doc_type", [DocumentType.HEALTH_INSURANCE_CARD, DocumentType.BANK_ACCOUNT_PROOF]
)
def test_weak_documents_have_no_number_check_and_no_photo_check(doc_type: DocumentType) -> None:
    evidence = assess(doc_type, "12345678", expiry=None, photo_present=None)
    assert evidence.checks["number_well_formed"] is None
    assert evidence.checks["photo_present"] is None
    assert evidence.checks["not_expired"] is None
    assert evidence.last_digits == "5678"
    assert evidence.passed and not evidence.strong


def test_weak_document_photo_answer_is_not_applicable() -> None:
    evidence = assess(DocumentType.HEALTH_INSURANCE_CARD, "12345678", photo_present=False)
    assert evidence.checks["photo_present"] is None and evidence.passed


def test_expired_document_fails() -> None:
    evidence = assess(DocumentType.DRIVERS_LICENCE, "301234567890", expiry=date(2026, 1, 4))
    assert evidence.checks["not_expired"] is False and not evidence.passed
    on_the_day = assess(DocumentType.DRIVERS_LICENCE, "301234567890", expiry=TODAY)
    assert on_the_day.checks["not_expired"] is True


def test_weak_document_with_past_expiry_fails() -> None:
    evidence = assess(DocumentType.HEALTH_INSURANCE_CARD, "1234", expiry=date(2025, 12, 1))
    assert evidence.checks["not_expired"] is False and not evidence.passed


@pytest.mark.parametrize("doc_type", sorted(PHOTO_IDS))
def test_photo_ids_need_an_expiry(doc_type: DocumentType) -> None:
    with pytest.raises(MissingExpiry) as info:
        assess(doc_type, "123456789018", expiry=None)
    assert doc_type.label in info.value.message


@pytest.mark.parametrize("doc_type", sorted(PHOTO_IDS))
def test_photo_ids_need_the_photo_check(doc_type: DocumentType) -> None:
    with pytest.raises(MissingDocumentCheck):
        assess(doc_type, "123456789018", photo_present=None)
    assert not assess(doc_type, "123456789018", photo_present=False).passed


@pytest.mark.parametrize("check", ["name_matches", "birth_date_matches", "address_matches"])
def test_each_mismatch_fails(check: str) -> None:
    evidence = assess(DocumentType.DRIVERS_LICENCE, "301234567890", **{check: False})
    assert evidence.failed_checks == (check,)
    assert not evidence.passed


def test_empty_number_refused() -> None:
    with pytest.raises(MissingDocumentNumber):
        assess(DocumentType.BANK_ACCOUNT_PROOF, " - ")


def test_unknown_type_refused() -> None:
    with pytest.raises(UnknownDocumentType):
        assess("library_card", "1234")


def test_every_check_is_recorded() -> None:
    evidence = assess(DocumentType.PASSPORT, "TK1234567")
    assert tuple(evidence.checks) == CHECK_NAMES


def test_types_have_stable_values() -> None:
    assert [t.value for t in DocumentType] == [
        "my_number_card",
        "drivers_licence",
        "passport",
        "residence_card",
        "health_insurance_card",
        "bank_account_proof",
    ]
    assert {t for t in DocumentType if t.strong} == PHOTO_IDS


@given(
    st.one_of(st.sampled_from(list(DocumentType)), st.text(max_size=20)),
    st.text(max_size=30),
    st.one_of(st.none(), st.dates()),
    st.booleans(),
    st.booleans(),
    st.booleans(),
    st.one_of(st.none(), st.booleans()),
    st.one_of(st.none(), st.text(max_size=50)),
)
def test_assess_document_raises_only_typed_errors(
    doc_type: DocumentType | str,
    number: str,
    expiry: date | None,
    name: bool,
    birth: bool,
    address: bool,
    photo: bool | None,
    mrz: str | None,
) -> None:
    try:
        evidence = assess_document(
            doc_type,
            number=number,
            expiry=expiry,
            today=TODAY,
            name_matches=name,
            birth_date_matches=birth,
            address_matches=address,
            photo_present=photo,
            mrz_line2=mrz,
        )
    except (UnknownDocumentType, MissingDocumentNumber, MissingExpiry, MissingDocumentCheck) as exc:
        assert isinstance(exc, AuthDeskError)
        return
    assert set(evidence.checks) == set(CHECK_NAMES)
    if evidence.doc_type is DocumentType.MY_NUMBER_CARD:
        assert evidence.last_digits is None
    else:
        assert evidence.last_digits is not None and len(evidence.last_digits) <= 4


# --- evidence_satisfies ----------------------------------------------------------------------


def ok(doc_type: DocumentType) -> DocumentEvidence:
    number = {"passport": "TK1234567", "residence_card": "AB12345678CD"}.get(
        doc_type.value, "123456789018"
    )
    return assess(doc_type, number)


def test_one_photo_id_is_one_strong() -> None:
    assert evidence_satisfies([ok(DocumentType.PASSPORT)], strong_needed=1)
    assert not evidence_satisfies([ok(DocumentType.PASSPORT)], strong_needed=2)
    assert evidence_satisfies(
        [ok(DocumentType.PASSPORT), ok(DocumentType.DRIVERS_LICENCE)], strong_needed=2
    )


def test_two_weak_count_as_one_strong() -> None:
    one_weak = [ok(DocumentType.HEALTH_INSURANCE_CARD)]
    two_weak = [*one_weak, ok(DocumentType.BANK_ACCOUNT_PROOF)]
    assert not evidence_satisfies(one_weak, strong_needed=1)
    assert evidence_satisfies(two_weak, strong_needed=1)
    assert not evidence_satisfies(two_weak, strong_needed=2)
    assert evidence_satisfies([*two_weak, ok(DocumentType.MY_NUMBER_CARD)], strong_needed=2)
    assert evidence_satisfies(one_weak, strong_needed=1, weak_needed_instead=1)


def test_failed_documents_do_not_count() -> None:
    expired = assess(DocumentType.DRIVERS_LICENCE, "301234567890", expiry=date(2020, 1, 1))
    assert not evidence_satisfies([expired], strong_needed=1)


def test_the_same_type_twice_counts_once() -> None:
    weak = ok(DocumentType.HEALTH_INSURANCE_CARD)
    assert not evidence_satisfies([weak, weak], strong_needed=1)
    assert not evidence_satisfies([ok(DocumentType.PASSPORT)] * 2, strong_needed=2)


def test_nothing_needed_is_satisfied_by_nothing() -> None:
    assert evidence_satisfies([], strong_needed=0)


# --- What each channel lets staff check ----------------------------------------------------------


def test_the_photo_is_asked_only_where_a_document_can_be_seen() -> None:
    assert checks_to_ask(DocumentType.PASSPORT, "phone") == (
        "name_matches", "birth_date_matches", "address_matches")
    for channel in ("mail", "branch"):
        assert checks_to_ask(DocumentType.PASSPORT, channel)[-1] == "photo_present"
    # A document without a photo never asks for one.
    assert "photo_present" not in checks_to_ask(DocumentType.HEALTH_INSURANCE_CARD, "branch")
    for channel in DocumentChannel:
        assert CHECKS_BY_CHANNEL[channel] <= set(CHECK_NAMES)
    with pytest.raises(AuthDeskError):
        checks_to_ask(DocumentType.PASSPORT, "fax")


def licence(**changes: object) -> DocumentEvidence:
    fields: dict[str, object] = {"number": "123456789012", "expiry": date(2030, 1, 1),
                                "today": date(2026, 1, 1), "name_matches": True,
                                "birth_date_matches": True, "address_matches": True,
                                "photo_present": None}
    fields.update(changes)
    return assess_document(DocumentType.DRIVERS_LICENCE, **fields)  # type: ignore[arg-type]


def test_by_phone_the_photo_is_not_checked_whatever_is_given() -> None:
    for ticked in (None, True, False):
        found = licence(photo_present=ticked, channel="phone")
        assert found.checks["photo_present"] is None  # stored as not checked
        assert found.passed  # what the caller read out matched
    assert licence(channel="phone", name_matches=False).failed_checks == ("name_matches",)


def test_by_mail_and_at_a_branch_a_photo_id_needs_its_photo_check() -> None:
    for channel in ("mail", "branch"):
        with pytest.raises(MissingDocumentCheck):
            licence(channel=channel)
        assert licence(channel=channel, photo_present=True).checks["photo_present"] is True
        assert not licence(channel=channel, photo_present=False).passed
