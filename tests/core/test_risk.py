"""Risk: the points table, the evidence table, and the facts read from the database."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pyotp
import pytest
from request_fixtures import LICENCE, MUFG, Kit, Person
from sqlalchemy import select

from authdesk.core.bank import parse_bank_account
from authdesk.core.desk import Desk
from authdesk.core.documents import DocumentEvidence, DocumentType, assess_document
from authdesk.core.factors import FactorLocked, VerificationVoid, WrongCode
from authdesk.core.kana import NameOutcome
from authdesk.core.risk import (
    REASON_PARAMS,
    Channel,
    EvidenceItem,
    EvidenceKind,
    ReasonCode,
    RequiredEvidence,
    RiskFacts,
    RiskLevel,
    RiskReason,
    assess_risk,
    gather_facts,
    read_reasons,
    required_evidence,
    stored_reasons,
)
from authdesk.core.roles import Role
from authdesk.storage.models import ContactChange

CLEAN = RiskFacts(factor_state="active")
C = ReasonCode


def reason(code: ReasonCode, **params: int | str | tuple[str, ...]) -> RiskReason:
    return RiskReason(code, params)


# (name, facts, expected level, the reasons expected in order)
LEVELS: list[tuple[str, RiskFacts, RiskLevel, list[RiskReason]]] = [
    ("nothing unusual", CLEAN, RiskLevel.LOW, [reason(C.NOTHING_UNUSUAL)]),
    ("no factor alone decides the path, not the level",
     replace(CLEAN, factor_state="none"), RiskLevel.LOW, [reason(C.NO_ACTIVE_FACTOR)]),
    ("a pending factor is no factor", replace(CLEAN, factor_state="pending"), RiskLevel.LOW,
     [reason(C.NO_ACTIVE_FACTOR)]),
    ("mail alone decides the path", replace(CLEAN, channel=Channel.MAIL), RiskLevel.LOW,
     [reason(C.MAIL_REQUEST)]),
    ("no factor by mail: one reason for the path",
     replace(CLEAN, factor_state="none", channel=Channel.MAIL), RiskLevel.LOW,
     [reason(C.NO_ACTIVE_FACTOR)]),
    ("close name match", replace(CLEAN, name_match=NameOutcome.CLOSE), RiskLevel.MEDIUM,
     [reason(C.CLOSE_NAME_MATCH)]),
    ("recent phone change", replace(CLEAN, contact_changes=("phone",)), RiskLevel.MEDIUM,
     [reason(C.CONTACT_CHANGED_RECENTLY, fields=("phone",), days=30)]),
    ("the contact window comes from the facts (policy)",
     replace(CLEAN, contact_changes=("email", "phone"), contact_window_days=60),
     RiskLevel.MEDIUM,
     [reason(C.CONTACT_CHANGED_RECENTLY, fields=("email", "phone"), days=60)]),
    ("one or two wrong codes are a slip", replace(CLEAN, wrong_codes=2), RiskLevel.LOW,
     [reason(C.NOTHING_UNUSUAL)]),
    ("three wrong codes", replace(CLEAN, wrong_codes=3), RiskLevel.MEDIUM,
     [reason(C.RECENT_FAILED_VERIFICATIONS, wrong_codes=3, void_verifications=0, days=30)]),
    ("a void verification", replace(CLEAN, wrong_codes=1, void_verifications=1),
     RiskLevel.MEDIUM,
     [reason(C.RECENT_FAILED_VERIFICATIONS, wrong_codes=1, void_verifications=1, days=30)]),
    ("factor reset", replace(CLEAN, factor_reset_recently=True), RiskLevel.MEDIUM,
     [reason(C.RECENT_FACTOR_RESET, days=30)]),
    ("one other request", replace(CLEAN, other_recent_requests=1), RiskLevel.MEDIUM,
     [reason(C.OTHER_RECENT_REQUESTS, requests=1, days=30)]),
    ("three other requests", replace(CLEAN, other_recent_requests=3), RiskLevel.MEDIUM,
     [reason(C.OTHER_RECENT_REQUESTS, requests=3, days=30)]),
    ("own refused request for the account", replace(CLEAN, account_in_own_refused_requests=1),
     RiskLevel.MEDIUM, [reason(C.ACCOUNT_IN_OWN_REFUSED_REQUESTS, requests=1)]),
    ("another customer's request for the account",
     replace(CLEAN, account_in_other_customers_requests=2), RiskLevel.HIGH,
     [reason(C.ACCOUNT_IN_OTHER_CUSTOMERS_REQUESTS, requests=2)]),
    ("locked factor", replace(CLEAN, factor_state="locked", wrong_codes=10, void_verifications=2),
     RiskLevel.HIGH,
     [reason(C.RECENT_FAILED_VERIFICATIONS, wrong_codes=10, void_verifications=2, days=30),
      reason(C.FACTOR_LOCKED), reason(C.NO_ACTIVE_FACTOR)]),
    ("contact change and close match",
     replace(CLEAN, contact_changes=("address",), name_match=NameOutcome.CLOSE),
     RiskLevel.HIGH,
     [reason(C.CONTACT_CHANGED_RECENTLY, fields=("address",), days=30),
      reason(C.CLOSE_NAME_MATCH)]),
    ("many requests and a close match",
     replace(CLEAN, other_recent_requests=4, name_match=NameOutcome.CLOSE), RiskLevel.HIGH,
     [reason(C.CLOSE_NAME_MATCH), reason(C.OTHER_RECENT_REQUESTS, requests=4, days=30)]),
]


@pytest.mark.parametrize(("facts", "level", "reasons"), [row[1:] for row in LEVELS],
                         ids=[row[0] for row in LEVELS])
def test_levels_and_reasons(facts: RiskFacts, level: RiskLevel,
                            reasons: list[RiskReason]) -> None:
    risk = assess_risk(facts)
    assert risk.level is level
    assert risk.reasons == reasons


def test_every_code_but_recorded_text_can_be_assessed() -> None:
    found = {r.code for _, facts, _, _ in LEVELS for r in assess_risk(facts).reasons}
    assert found == set(ReasonCode) - {ReasonCode.RECORDED_TEXT}


def test_a_reason_takes_exactly_the_parameters_of_its_code() -> None:
    with pytest.raises(TypeError, match="takes"):
        RiskReason(C.RECENT_FACTOR_RESET)
    with pytest.raises(TypeError, match="takes"):
        RiskReason(C.FACTOR_LOCKED, {"days": 30})
    with pytest.raises(TypeError, match="days must be int"):
        RiskReason(C.RECENT_FACTOR_RESET, {"days": "30"})
    with pytest.raises(TypeError, match="days must be int"):
        RiskReason(C.RECENT_FACTOR_RESET, {"days": True})
    with pytest.raises(TypeError, match="fields must be tuple"):
        RiskReason(C.CONTACT_CHANGED_RECENTLY, {"fields": "phone", "days": 30})
    with pytest.raises(ValueError):
        RiskReason("no_such_code")  # type: ignore[arg-type]


def test_a_reason_is_a_value() -> None:
    first = reason(C.CONTACT_CHANGED_RECENTLY, fields=("phone",), days=30)
    same = RiskReason(C.CONTACT_CHANGED_RECENTLY, {"days": 30, "fields": ["phone"]})
    assert first == same and hash(first) == hash(same) and len({first, same}) == 1
    with pytest.raises(TypeError):
        first.params["days"] = 1  # type: ignore[index]


@pytest.mark.parametrize(("facts", "level", "reasons"), [row[1:] for row in LEVELS],
                         ids=[row[0] for row in LEVELS])
def test_reasons_go_through_json_unchanged(facts: RiskFacts, level: RiskLevel,
                                           reasons: list[RiskReason]) -> None:
    stored = json.loads(json.dumps(stored_reasons(reasons)))
    assert all(set(item) == {"code", "params"} for item in stored)
    assert read_reasons(stored) == reasons


def test_stored_form_names_the_code_and_its_parameters() -> None:
    assert reason(C.CONTACT_CHANGED_RECENTLY, fields=("email", "phone"), days=30).to_json() == {
        "code": "contact_changed_recently", "params": {"fields": ["email", "phone"], "days": 30}}
    assert reason(C.NOTHING_UNUSUAL).to_json() == {"code": "nothing_unusual", "params": {}}


def test_reasons_stored_as_english_sentences_are_read_as_written() -> None:
    old = ["The customer's phone number changed in the last 30 days; fraud often starts with a "
           "contact change.", "Nothing unusual was found."]
    assert read_reasons(old) == [reason(C.RECORDED_TEXT, text=old[0]),
                                 reason(C.RECORDED_TEXT, text=old[1])]
    assert [r.text for r in read_reasons(old)] == old


@pytest.mark.parametrize("stored", [
    {"code": "from_a_newer_version", "params": {}},
    {"code": "recent_factor_reset", "params": {"days": "thirty"}},
    {"code": "recent_factor_reset"},
    {"params": {}},
    42,
    None,
])
def test_a_stored_reason_that_cannot_be_read_is_shown_as_stored(stored: object) -> None:
    (found,) = read_reasons([stored])
    assert found.code is C.RECORDED_TEXT
    assert found.text == json.dumps(stored, sort_keys=True)


def test_each_code_has_an_english_sentence_for_the_cli() -> None:
    samples = sample_reasons()
    assert {r.code for r in samples} == set(ReasonCode)
    texts = [r.text for r in samples]
    assert all(t.endswith(".") and t[0].isupper() for t in texts), texts
    assert len(set(texts)) == len(texts)
    assert reason(C.CONTACT_CHANGED_RECENTLY, fields=("phone", "email"), days=30).text == (
        "The customer's phone number and e-mail address changed in the last 30 days; fraud "
        "often starts with a contact change.")
    assert reason(C.CONTACT_CHANGED_RECENTLY, fields=("address", "postal_code", "phone"),
                  days=30).text.startswith(
        "The customer's address, postal code and phone number changed")
    assert reason(C.RECENT_FAILED_VERIFICATIONS, wrong_codes=3, void_verifications=0,
                  days=30).text == "Wrong authenticator codes in the last 30 days: 3."
    assert reason(C.RECENT_FAILED_VERIFICATIONS, wrong_codes=1, void_verifications=1,
                  days=30).text == ("Wrong authenticator codes in the last 30 days: 1; "
                                    "verifications made void: 1.")
    assert reason(C.OTHER_RECENT_REQUESTS, requests=1, days=30).text == (
        "Other change requests of this customer in the last 30 days: 1.")


def sample_reasons() -> list[RiskReason]:
    """One reason of each code, with parameters."""
    return [RiskReason(code, {name: SAMPLE_PARAMS[name] for name in REASON_PARAMS[code]})
            for code in ReasonCode]


SAMPLE_PARAMS: dict[str, int | str | tuple[str, ...]] = {
    "fields": ("phone", "email"), "days": 30, "wrong_codes": 4, "void_verifications": 1,
    "requests": 3, "text": "A reason written before reasons had codes."}


def evidence(level: RiskLevel, *, step_up_path: bool, documents_path: bool) -> tuple:
    r = required_evidence(level, step_up_path=step_up_path, documents_path=documents_path)
    return (r.step_up, r.callback, r.strong_documents, r.photo_id, r.bank_account_proof)


# The table of the module docstring: (level, step-up path, documents path) ->
# (step-up, call-back, strong documents, photo ID, bank proof).
EVIDENCE = [
    (RiskLevel.LOW, True, False, (True, False, 0, False, False)),
    (RiskLevel.MEDIUM, True, False, (True, False, 1, True, False)),
    (RiskLevel.HIGH, True, False, (True, True, 1, True, True)),
    (RiskLevel.LOW, False, True, (False, True, 1, False, False)),
    (RiskLevel.MEDIUM, False, True, (False, True, 2, True, False)),
    (RiskLevel.HIGH, False, True, (False, True, 2, True, True)),
    # By mail with a factor: both paths.
    (RiskLevel.LOW, True, True, (True, True, 1, False, False)),
    (RiskLevel.HIGH, True, True, (True, True, 2, True, True)),
]


@pytest.mark.parametrize(("level", "step_up_path", "documents_path", "expected"), EVIDENCE)
def test_required_evidence_table(level: RiskLevel, step_up_path: bool, documents_path: bool,
                                 expected: tuple) -> None:
    assert evidence(level, step_up_path=step_up_path, documents_path=documents_path) == expected


@pytest.mark.parametrize(("facts", "step_up", "callback"), [
    (CLEAN, True, False),
    (replace(CLEAN, factor_state="none"), False, True),
    (replace(CLEAN, factor_state="locked"), False, True),
    (replace(CLEAN, factor_state="revoked"), False, True),
    (replace(CLEAN, channel=Channel.MAIL), True, True),
])
def test_the_path_follows_the_factor_and_the_channel(facts: RiskFacts, step_up: bool,
                                                     callback: bool) -> None:
    required = assess_risk(facts).required
    assert (required.step_up, required.callback) == (step_up, callback)


def test_a_step_up_is_always_required_with_an_active_factor() -> None:
    for _, facts, _, _ in LEVELS:
        if facts.active_factor:
            assert assess_risk(facts).required.step_up


def doc(kind: DocumentType, **overrides: object) -> DocumentEvidence:
    fields: dict = {"number": "123456789012" if kind is DocumentType.DRIVERS_LICENCE
                    else "TK1234567" if kind is DocumentType.PASSPORT else "1234567",
                    "expiry": date(2030, 1, 1), "today": date(2026, 1, 5),
                    "name_matches": True, "birth_date_matches": True, "address_matches": True,
                    "photo_present": True if kind.strong else None}
    fields.update(overrides)
    return assess_document(kind, **fields)


LICENCE_DOC = doc(DocumentType.DRIVERS_LICENCE)
PASSPORT_DOC = doc(DocumentType.PASSPORT)
HEALTH_DOC = doc(DocumentType.HEALTH_INSURANCE_CARD, expiry=None)
BANK_DOC = doc(DocumentType.BANK_ACCOUNT_PROOF, expiry=None)
FAILED_LICENCE = doc(DocumentType.DRIVERS_LICENCE, address_matches=False)

MEDIUM_DOCS = required_evidence(RiskLevel.MEDIUM, step_up_path=False, documents_path=True)
HIGH_DOCS = required_evidence(RiskLevel.HIGH, step_up_path=False, documents_path=True)
LOW_DOCS = required_evidence(RiskLevel.LOW, step_up_path=False, documents_path=True)


@pytest.mark.parametrize(("required", "documents", "complete"), [
    (LOW_DOCS, [LICENCE_DOC], True),
    (LOW_DOCS, [HEALTH_DOC], False),  # one weak document is half
    (LOW_DOCS, [HEALTH_DOC, BANK_DOC], True),  # two weak of different kinds count as one
    (LOW_DOCS, [FAILED_LICENCE], False),  # a failed check counts for nothing
    (MEDIUM_DOCS, [LICENCE_DOC], False),
    (MEDIUM_DOCS, [LICENCE_DOC, PASSPORT_DOC], True),
    (MEDIUM_DOCS, [LICENCE_DOC, HEALTH_DOC, BANK_DOC], True),
    (MEDIUM_DOCS, [LICENCE_DOC, doc(DocumentType.DRIVERS_LICENCE)], False),  # same kind twice
    (HIGH_DOCS, [LICENCE_DOC, PASSPORT_DOC], False),  # no bank proof
    (HIGH_DOCS, [LICENCE_DOC, PASSPORT_DOC, BANK_DOC], True),
    (HIGH_DOCS, [LICENCE_DOC, HEALTH_DOC, BANK_DOC], True),
    (HIGH_DOCS, [HEALTH_DOC, BANK_DOC], False),  # no photo ID
])
def test_documents_against_the_requirement(required: RequiredEvidence,
                                           documents: list[DocumentEvidence],
                                           complete: bool) -> None:
    missing = required.missing(step_up_done=False, callback_done=True, documents=documents)
    assert (missing == []) is complete, missing


def test_missing_names_each_piece() -> None:
    required = required_evidence(RiskLevel.HIGH, step_up_path=True, documents_path=False)
    missing = required.missing(step_up_done=False, callback_done=False, documents=[])
    assert missing == [EvidenceItem(EvidenceKind.FRESH_STEP_UP),
                       EvidenceItem(EvidenceKind.CALLBACK),
                       EvidenceItem(EvidenceKind.PHOTO_ID),
                       EvidenceItem(EvidenceKind.BANK_ACCOUNT_PROOF)]
    assert [m.text for m in missing] == [
        "a fresh authenticator code from the customer, checked by you",
        "a call-back to the customer's registered phone number",
        "a photo ID that passed every check",
        "a proof of the new bank account that passed every check",
    ]
    assert required.describe() == missing
    assert required.missing(step_up_done=True, callback_done=True,
                            documents=[LICENCE_DOC, BANK_DOC]) == []


@pytest.mark.parametrize(("required", "item", "text"), [
    (LOW_DOCS, EvidenceItem(EvidenceKind.STRONG_DOCUMENTS, count=1),
     "a strong identity document that passed every check (two non-photo documents of "
     "different kinds count as one)"),
    (MEDIUM_DOCS, EvidenceItem(EvidenceKind.STRONG_DOCUMENTS, count=2, photo_id=True),
     "2 strong identity documents that passed every check, one of them a photo ID (two "
     "non-photo documents of different kinds count as one)"),
])
def test_missing_documents_name_their_count(required: RequiredEvidence, item: EvidenceItem,
                                            text: str) -> None:
    missing = required.missing(step_up_done=True, callback_done=True, documents=[])
    assert missing == [item]
    assert item.text == text


# --- facts from the database -----------------------------------------------------------------

ACCOUNT = parse_bank_account(MUFG, "001", "ordinary", "7654321", "ﾐﾎﾝ ﾀﾛｳ")


def facts(desk: Desk, customer: int, **kwargs: object) -> RiskFacts:
    with desk.kernel.read() as s:
        return gather_facts(s, desk.kernel, customer, ACCOUNT, NameOutcome.MATCH, **kwargs)


def test_a_new_customer_has_no_facts_against_them(kit: Kit) -> None:
    customer = kit.customer()
    assert facts(kit.desk, customer) == RiskFacts(factor_state="none")


def test_contact_changes_count_within_the_policy_window(kit: Kit) -> None:
    customer = kit.customer()
    kit.desk.customers.change_contact(kit.admin, customer, "phone", "090-1111-2222")
    kit.desk.customers.change_contact(kit.admin, customer, "email", "x@example.com")
    assert facts(kit.desk, customer).contact_changes == ("email", "phone")
    kit.clock.advance(days=31)
    assert facts(kit.desk, customer).contact_changes == ()
    kit.desk.policies.set(kit.admin, "contact_change_window_days", 60)
    assert facts(kit.desk, customer).contact_changes == ("email", "phone")
    with kit.desk.kernel.read() as s:
        assert len(s.scalars(select(ContactChange)).all()) == 2


def test_wrong_codes_and_void_verifications_in_the_last_30_days(kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    kit.active_factor(agent, customer)
    kit.call(agent)
    handle = kit.desk.factors.start_verification(agent.handle, customer)
    for _ in range(5):
        with pytest.raises((WrongCode, VerificationVoid)):
            kit.desk.factors.verify(agent.handle, handle.id, wrong_code(kit, customer))
    found = facts(kit.desk, customer)
    assert (found.wrong_codes, found.void_verifications, found.factor_state) == (5, 1, "active")
    assert assess_risk(found).level is RiskLevel.MEDIUM
    kit.clock.advance(days=31)
    found = facts(kit.desk, customer)
    assert (found.wrong_codes, found.void_verifications) == (0, 0)


def wrong_code(kit: Kit, customer: int) -> str:
    totp = pyotp.TOTP(kit.customer_keys[customer])
    near = {totp.at(kit.clock.now().timestamp() + d * 30) for d in (-1, 0, 1)}
    return next(c for c in ("000000", "111111", "222222", "333333") if c not in near)


def test_an_unlocked_or_reenrolled_factor_counts_as_reset(kit: Kit, agent: Person) -> None:
    supervisor = kit.staff("super1", Role.SUPERVISOR)
    customer = kit.customer()
    kit.active_factor(agent, customer)
    assert not facts(kit.desk, customer).factor_reset_recently
    kit.desk.factors.reenroll(supervisor.handle, customer)
    found = facts(kit.desk, customer)
    assert found.factor_reset_recently and found.factor_state == "pending"
    kit.clock.advance(days=31)
    assert not facts(kit.desk, customer).factor_reset_recently


def test_a_locked_then_unlocked_factor_counts_as_reset(kit: Kit, agent: Person) -> None:
    supervisor = kit.staff("super1", Role.SUPERVISOR)
    customer = kit.customer()
    kit.active_factor(agent, customer)
    kit.call(agent)
    for _ in range(2):  # 2 x 5 wrong codes: the 10th locks the factor
        handle = kit.desk.factors.start_verification(agent.handle, customer)
        for _ in range(5):
            with pytest.raises((WrongCode, VerificationVoid, FactorLocked)):
                kit.desk.factors.verify(agent.handle, handle.id, wrong_code(kit, customer))
    locked = facts(kit.desk, customer)
    assert locked.factor_state == "locked" and assess_risk(locked).level is RiskLevel.HIGH
    kit.desk.factors.unlock(supervisor.handle, customer, "licence checked, called back")
    unlocked = facts(kit.desk, customer)
    assert unlocked.factor_state == "active" and unlocked.factor_reset_recently


def test_the_account_in_other_requests(kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    namesake = kit.customer()
    draft = kit.draft(agent, customer)  # this customer's own open draft: not a fact
    assert facts(kit.desk, customer, exclude_request_id=draft.id) == RiskFacts(
        factor_state="none")
    assert facts(kit.desk, namesake).account_in_other_customers_requests == 1
    kit.desk.requests.cancel(agent.handle, draft.id, "wrong account")
    found = facts(kit.desk, customer)
    assert (found.account_in_own_refused_requests, found.other_recent_requests) == (1, 1)
    kit.clock.advance(days=31)
    agent = kit.sign_in_again(agent)
    assert facts(kit.desk, customer).other_recent_requests == 0


def test_the_channel_is_carried_into_the_facts(kit: Kit) -> None:
    customer = kit.customer()
    assert facts(kit.desk, customer, channel="mail").channel is Channel.MAIL


def test_a_document_on_record_is_not_a_risk_fact(kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    kit.desk.requests.record_document(agent.handle, customer, LICENCE)
    assert facts(kit.desk, customer) == RiskFacts(factor_state="none")
