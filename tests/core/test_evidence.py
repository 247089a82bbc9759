"""Evidence: document checks store only what DESIGN.md §3 allows; call-backs record who, when
and what came of it; both are audited."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from request_fixtures import LICENCE, PASSPORT, Kit, Person
from sqlalchemy import select

from authdesk.core.desk import Desk
from authdesk.core.documents import DocumentType, MissingDocumentNumber, mrz_check_digit
from authdesk.core.errors import AuthDeskError, PermissionDenied
from authdesk.core.evidence import DocumentInput, today_in_japan
from authdesk.core.requests import RequestNotFound
from authdesk.core.roles import Role
from authdesk.storage.models import AuditEvent, ChangeRequest, DocumentCheck

MY_NUMBER = "123456789018"  # a valid check digit (総務省令第85号 第5条)
MY_NUMBER_CARD = DocumentInput(DocumentType.MY_NUMBER_CARD, number=MY_NUMBER,
                               expiry=date(2030, 6, 1), name_matches=True,
                               birth_date_matches=True, address_matches=True, photo_present=True)


def with_check(field: str) -> str:
    return field + str(mrz_check_digit(field))


def mrz_for(number: str) -> str:
    """A passport's second MRZ line with every check digit right (ICAO 9303 TD3)."""
    body = with_check(number) + "JPN" + with_check("800401") + "F" + with_check("300101")
    optional = with_check("<" * 14)
    line = body + optional
    composite = line[0:10] + line[13:20] + line[21:43]
    return line + str(mrz_check_digit(composite))


def stored(desk: Desk) -> list[tuple[str, str | None, dict, bool, bool]]:
    with desk.kernel.read() as s:
        return [(r.doc_type, r.last_digits, dict(r.checks), r.strong, r.passed)
                for r in s.scalars(select(DocumentCheck).order_by(DocumentCheck.id))]


def all_audit_text(desk: Desk) -> str:
    with desk.kernel.read() as s:
        return "\n".join(e.details for e in s.scalars(select(AuditEvent)))


def test_a_document_check_keeps_the_results_and_the_last_digits_only(
        kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    record = kit.desk.requests.record_document(agent.handle, customer, LICENCE)
    assert record.doc_type is DocumentType.DRIVERS_LICENCE
    assert record.last_digits == "9012" and record.expiry == date(2029, 3, 31)
    assert record.checked_by == "agent1" and record.checked_at == kit.clock.now()
    assert record.strong and record.passed and record.request_id is None
    assert stored(kit.desk) == [("drivers_licence", "9012", dict(record.checks), True, True)]
    event = [e for e in audit_events(kit.desk) if e[0] == "document.checked"][-1]
    details = json.loads(event[2])
    assert details["checks"]["photo_present"] is True and details["passed"] is True
    assert event[1] == f"customer:{kit.desk.customers.view(agent.handle, customer).number}"
    assert "123456789012" not in all_audit_text(kit.desk)
    assert "9012" not in event[2]  # not even the last digits in the log


def audit_events(desk: Desk) -> list[tuple[str, str, str]]:
    with desk.kernel.read() as s:
        return [(e.action, e.subject, e.details)
                for e in s.scalars(select(AuditEvent).order_by(AuditEvent.seq))]


def test_a_my_number_is_never_stored_in_any_form(kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    record = kit.desk.requests.record_document(agent.handle, customer, MY_NUMBER_CARD)
    assert record.last_digits is None
    assert record.checks["number_well_formed"] is True
    with kit.desk.kernel.read() as s:
        row = s.scalars(select(DocumentCheck)).one()
        assert row.last_digits is None
        assert MY_NUMBER not in json.dumps(row.checks)
    assert MY_NUMBER not in all_audit_text(kit.desk)
    assert "9018" not in all_audit_text(kit.desk)


def test_a_bad_check_digit_is_a_failed_check_not_a_pass(kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    bad = replace(MY_NUMBER_CARD, number="123456789012")
    record = kit.desk.requests.record_document(agent.handle, customer, bad)
    assert record.checks["number_well_formed"] is False and not record.passed
    assert record.failed_checks == ("number_well_formed",)


def test_a_passport_mrz_line_is_checked_against_the_number(kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    good = replace(PASSPORT, mrz_line2=mrz_for("TK1234567"))
    assert kit.desk.requests.record_document(agent.handle, customer, good).passed
    other = replace(PASSPORT, mrz_line2=mrz_for("TK7654321"))
    assert not kit.desk.requests.record_document(agent.handle, customer, other).passed
    garbled = replace(PASSPORT, mrz_line2=mrz_for("TK1234567")[:-1] + "0")
    record = kit.desk.requests.record_document(agent.handle, customer, garbled)
    assert record.checks["number_well_formed"] is False


def test_expiry_is_judged_on_the_date_in_japan(kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    # 15:00 UTC on 4 January is already 5 January in Japan.
    kit.clock.set(datetime(2026, 1, 4, 15, 0, tzinfo=UTC))
    assert today_in_japan(kit.clock.now()) == date(2026, 1, 5)
    agent = kit.sign_in_again(agent)
    expiring = replace(LICENCE, expiry=date(2026, 1, 4))
    assert not kit.desk.requests.record_document(agent.handle, customer, expiring).passed
    still_valid = replace(LICENCE, expiry=date(2026, 1, 5))
    assert kit.desk.requests.record_document(agent.handle, customer, still_valid).passed


def test_bad_input_writes_nothing(kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    with pytest.raises(MissingDocumentNumber):
        kit.desk.requests.record_document(agent.handle, customer, replace(LICENCE, number=" - "))
    assert stored(kit.desk) == []


def test_documents_attach_only_to_a_draft_of_the_same_customer(kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    other = kit.customer(kana="ミホン ハナコ", kanji="見本 花子")
    draft = kit.draft(agent, customer)
    with pytest.raises(RequestNotFound):
        kit.desk.requests.record_document(agent.handle, other, LICENCE, request_id=draft.id)
    record = kit.desk.requests.attach_document(agent.handle, draft.id, LICENCE)
    assert (record.customer_id, record.request_id) == (customer, draft.id)
    with pytest.raises(RequestNotFound):
        kit.desk.requests.attach_document(agent.handle, 999, LICENCE)


def test_auditors_and_administrators_do_not_record_evidence(kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    draft = kit.draft(agent, customer)
    auditor = kit.staff("auditor1", Role.AUDITOR)
    for actor in (auditor.handle, kit.admin):
        with pytest.raises(PermissionDenied):
            kit.desk.requests.record_document(actor, customer, LICENCE)
        with pytest.raises(PermissionDenied):
            kit.desk.requests.record_callback(actor, draft.id, "called")
    assert stored(kit.desk) == []


def test_a_call_back_records_who_when_and_the_outcome(kit: Kit, agent: Person) -> None:
    customer = kit.customer()
    draft = kit.draft(agent, customer)
    kit.clock.advance(minutes=3)
    callback = kit.desk.requests.record_callback(
        agent.handle, draft.id, "  Called the registered number;\n customer confirmed  ")
    assert callback.by == "agent1" and callback.at == kit.clock.now()
    assert callback.note == "Called the registered number; customer confirmed"
    assert callback.phone.endswith("0001") and "090" not in callback.phone
    with kit.desk.kernel.read() as s:
        row = s.get(ChangeRequest, draft.id)
        assert row is not None and row.callback_note == callback.note
    event = [e for e in audit_events(kit.desk) if e[0] == "request.callback.recorded"][-1]
    assert event[1] == f"request:{draft.id}" and "090-0000" not in event[2]
    detail = kit.desk.requests.get(agent.handle, draft.id)
    assert detail.callback == callback


@given(st.text(max_size=40), st.sampled_from(list(DocumentType)))
def test_any_number_gives_a_typed_refusal_or_four_digits_at_most(number: str,
                                                                 kind: DocumentType) -> None:
    document = DocumentInput(kind, number=number, expiry=date(2030, 1, 1), name_matches=True,
                             birth_date_matches=True, address_matches=True, photo_present=True)
    try:
        found = document.assess(date(2026, 1, 5))
    except AuthDeskError:
        return
    assert found.last_digits is None or len(found.last_digits) <= 4
    if kind is DocumentType.MY_NUMBER_CARD:
        assert found.last_digits is None


def test_the_number_stays_out_of_a_log_line() -> None:
    assert MY_NUMBER not in repr(MY_NUMBER_CARD) and MY_NUMBER not in str(MY_NUMBER_CARD)
