"""Risk: the points table, the evidence table, and the facts read from the database."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pyotp
import pytest
from request_fixtures import LICENCE, MUFG, Kit, Person
from sqlalchemy import select

from authdesk.core.bank import parse_bank_account
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.documents import DocumentEvidence, DocumentType, assess_document
from authdesk.core.factors import FactorLocked, VerificationVoid, WrongCode
from authdesk.core.kana import NameOutcome
from authdesk.core.risk import (
    Channel,
    RequiredEvidence,
    RiskFacts,
    RiskLevel,
    assess_risk,
    gather_facts,
    required_evidence,
)
from authdesk.core.roles import Role
from authdesk.storage.models import ContactChange

CLEAN = RiskFacts(factor_state="active")

# (name, facts, expected level, a phrase expected in the reasons)
LEVELS: list[tuple[str, RiskFacts, RiskLevel, str]] = [
    ("nothing unusual", CLEAN, RiskLevel.LOW, "Nothing unusual"),
    ("no factor alone decides the path, not the level",
     replace(CLEAN, factor_state="none"), RiskLevel.LOW, "no active authenticator"),
    ("a pending factor is no factor", replace(CLEAN, factor_state="pending"), RiskLevel.LOW,
     "no active authenticator"),
    ("mail alone decides the path", replace(CLEAN, channel=Channel.MAIL), RiskLevel.LOW,
     "came by mail"),
    ("close name match", replace(CLEAN, name_match=NameOutcome.CLOSE), RiskLevel.MEDIUM,
     "close match"),
    ("recent phone change", replace(CLEAN, contact_changes=("phone",)), RiskLevel.MEDIUM,
     "phone number changed in the last 30 days"),
    ("one or two wrong codes are a slip", replace(CLEAN, wrong_codes=2), RiskLevel.LOW,
     "Nothing unusual"),
    ("three wrong codes", replace(CLEAN, wrong_codes=3), RiskLevel.MEDIUM,
     "3 wrong authenticator codes"),
    ("a void verification", replace(CLEAN, wrong_codes=1, void_verifications=1),
     RiskLevel.MEDIUM, "made void"),
    ("factor reset", replace(CLEAN, factor_reset_recently=True), RiskLevel.MEDIUM,
     "re-enrolled"),
    ("one other request", replace(CLEAN, other_recent_requests=1), RiskLevel.MEDIUM,
     "1 other change request"),
    ("three other requests", replace(CLEAN, other_recent_requests=3), RiskLevel.MEDIUM,
     "3 other change requests"),
    ("own refused request for the account", replace(CLEAN, account_in_own_refused_requests=1),
     RiskLevel.MEDIUM, "rejected, cancelled or expired"),
    ("another customer's request for the account",
     replace(CLEAN, account_in_other_customers_requests=1), RiskLevel.HIGH,
     "another customer's change request"),
    ("locked factor", replace(CLEAN, factor_state="locked", wrong_codes=10, void_verifications=2),
     RiskLevel.HIGH, "locked"),
    ("contact change and close match",
     replace(CLEAN, contact_changes=("address",), name_match=NameOutcome.CLOSE),
     RiskLevel.HIGH, "address changed"),
    ("many requests and a close match",
     replace(CLEAN, other_recent_requests=4, name_match=NameOutcome.CLOSE), RiskLevel.HIGH,
     "4 other change requests"),
]


@pytest.mark.parametrize(("facts", "level", "phrase"), [row[1:] for row in LEVELS],
                         ids=[row[0] for row in LEVELS])
def test_levels_and_reasons(facts: RiskFacts, level: RiskLevel, phrase: str) -> None:
    risk = assess_risk(facts)
    assert risk.level is level
    assert any(phrase in reason for reason in risk.reasons), risk.reasons
    assert all(reason.endswith(".") and reason[0].isupper() for reason in risk.reasons)


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


def test_missing_names_each_piece_in_words() -> None:
    required = required_evidence(RiskLevel.HIGH, step_up_path=True, documents_path=False)
    missing = required.missing(step_up_done=False, callback_done=False, documents=[])
    assert missing == [
        "a fresh authenticator code from the customer, checked by you",
        "a call-back to the customer's registered phone number",
        "a photo ID that passed every check",
        "a proof of the new bank account that passed every check",
    ]
    assert required.describe() == missing
    assert required.missing(step_up_done=True, callback_done=True,
                            documents=[LICENCE_DOC, BANK_DOC]) == []


# --- facts from the database -----------------------------------------------------------------

ACCOUNT = parse_bank_account(MUFG, "001", "ordinary", "7654321", "ﾐﾎﾝ ﾀﾛｳ")


def facts(desk: Desk, customer: int, **kwargs: object) -> RiskFacts:
    with desk.kernel.read() as s:
        return gather_facts(s, desk.kernel, customer, ACCOUNT, NameOutcome.MATCH, **kwargs)


@pytest.fixture
def kit(desk: Desk, clock: FakeClock) -> Kit:
    return Kit(desk, clock)


@pytest.fixture
def agent(kit: Kit) -> Person:
    return kit.staff("agent1", Role.AGENT)


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
