"""Customers: validation, search (number, kana, kanji, phone), the masked view, audited unmask."""

from __future__ import annotations

import contextlib
import json
from datetime import date

import pytest
from helpers import Staffing
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from authdesk.core.authority import SessionHandle
from authdesk.core.clock import FakeClock
from authdesk.core.customers import (
    CustomerSummary,
    DuplicateAccount,
    DuplicateCustomer,
    NewCustomer,
    parse_customer,
    parse_name_kana,
    parse_phone,
    phone_digits,
)
from authdesk.core.desk import Desk
from authdesk.core.errors import AuthDeskError, InvalidInput, NotFound, PermissionDenied
from authdesk.core.masking import MASK
from authdesk.core.roles import Role
from authdesk.storage.models import AuditEvent, ContactChange, Customer

TODAY = date(2026, 1, 5)

YAMADA = {
    "number": "C0000001", "name_kanji": "山田 太郎", "name_kana": "ヤマダ タロウ",
    "birth_date": "1980-04-01", "postal_code": "100-0001",
    "address": "東京都千代田区千代田1-1-1 千代田ハイツ101", "phone": "090-1234-5678",
    "email": "taro.yamada@example.jp", "bank_code": "0001", "branch_code": "001",
    "account_type": "ordinary", "account_number": "1234567", "account_holder": "ﾔﾏﾀﾞ ﾀﾛｳ",
}
YAMAMOTO = {
    "number": "C0000002", "name_kanji": "山本 花子", "name_kana": "やまもと はなこ",
    "birth_date": "1975/12/24", "postal_code": "5300001", "address": "大阪府大阪市北区梅田1-2-3",
    "phone": "+81 6-6123-4567",
}
KYOKO = {
    "number": "C0001234", "name_kanji": "佐藤 京子", "name_kana": "サトウ キョウコ",
    "birth_date": "1990-07-07", "postal_code": "060-0001", "address": "北海道札幌市中央区北1条",
    "phone": "011-222-3333",
}


@pytest.fixture
def staffing(desk: Desk, clock: FakeClock) -> Staffing:
    return Staffing(desk, clock)


@pytest.fixture
def it(staffing: Staffing) -> SessionHandle:
    """The IT administrator, signed in."""
    return staffing.admin


@pytest.fixture
def agent(staffing: Staffing) -> SessionHandle:
    return staffing.add("agent1", Role.AGENT).handle


@pytest.fixture
def people(desk: Desk, it: SessionHandle) -> dict[str, int]:
    return {name: desk.customers.add(it, **record)
            for name, record in (("yamada", YAMADA), ("yamamoto", YAMAMOTO), ("kyoko", KYOKO))}


def events(desk: Desk, action: str) -> list[AuditEvent]:
    with desk.kernel.read() as s:
        rows = list(s.scalars(select(AuditEvent).where(AuditEvent.action == action)
                              .order_by(AuditEvent.seq)))
        s.expunge_all()  # keep the loaded values after the read transaction rolls back
        return rows


def audit_text(desk: Desk) -> str:
    with desk.kernel.read() as s:
        return "\n".join(e.details + e.subject for e in s.scalars(select(AuditEvent)))


# --- validation --------------------------------------------------------------------------------


def test_parse_customer_normalises_the_stored_form() -> None:
    record = parse_customer(today=TODAY, **YAMAMOTO)
    assert record.number == "C0000002"
    assert record.name_kana == "ヤマモト ハナコ"  # hiragana folded to katakana
    assert record.birth_date == date(1975, 12, 24)
    assert record.postal_code == "530-0001"
    assert record.phone == "0661234567"  # +81 becomes 0, digits only
    assert record.email is None and record.account is None
    full = parse_customer(today=TODAY, **YAMADA)
    assert full.account is not None and full.account.number == "1234567"
    assert full.account_key == ("0001", "001", "1234567")


def test_half_width_and_full_width_input_is_folded() -> None:
    record = parse_customer(today=TODAY, **{**KYOKO, "number": "ｃ０００１２３４",
                                            "name_kana": "ｻﾄｳ ｷｮｳｺ",
                                            "phone": "０１１－２２２－３３３３"})
    assert record.number == "C0001234"
    assert record.name_kana == "サトウ キョウコ"
    assert record.phone == "0112223333"


@pytest.mark.parametrize(("field", "value"), [
    ("number", "C123456"),
    ("number", "D0000001"),
    ("number", "C00000012"),
    ("name_kanji", "   "),
    ("name_kana", "山田 タロウ"),
    ("name_kana", "Yamada"),
    ("name_kana", ""),
    ("birth_date", "1980-02-30"),
    ("birth_date", "01/04/1980"),
    ("birth_date", "2026-01-06"),  # tomorrow
    ("birth_date", "1899-12-31"),
    ("postal_code", "100-001"),
    ("address", ""),
    ("phone", "1234-5678"),
    ("phone", "090-1234-5678 ext 2"),
    ("phone", "0901234567890"),
    ("email", "taro.example.jp"),
    ("email", "taro@localhost"),
    ("bank_code", "9999"),
    ("account_number", "123456"),
    ("account_holder", "山田太郎"),
    ("account_type", "checking"),
])
def test_parse_customer_refuses_bad_fields(field: str, value: str) -> None:
    with pytest.raises(AuthDeskError):
        parse_customer(today=TODAY, **{**YAMADA, field: value})


def test_bank_fields_all_or_none() -> None:
    with pytest.raises(InvalidInput, match="all five bank fields"):
        parse_customer(today=TODAY, **{**YAMAMOTO, "bank_code": "0001"})


@settings(max_examples=300)
@given(st.dictionaries(
    st.sampled_from(sorted(YAMADA)), st.text(max_size=30), min_size=len(YAMADA) // 2))
def test_parse_customer_gives_a_record_or_a_typed_error(fields: dict[str, str]) -> None:
    try:
        record = parse_customer(today=TODAY, **{**YAMAMOTO, **fields})
    except AuthDeskError:
        return
    assert isinstance(record, NewCustomer)


@given(st.text(max_size=40))
def test_phone_and_kana_parsers_never_raise_anything_else(text: str) -> None:
    phone_digits(text)
    for parser in (parse_phone, parse_name_kana):
        with contextlib.suppress(AuthDeskError):
            parser(text)


# --- add and change_contact --------------------------------------------------------------------


def test_add_fills_search_keys_and_audits(desk: Desk, it: SessionHandle) -> None:
    customer_id = desk.customers.add(it, **YAMADA)
    with desk.kernel.read() as s:
        row = s.get(Customer, customer_id)
        assert row is not None
        assert row.search_kana == "ヤマダタロウ"
        assert row.search_kanji == "山田太郎"
        assert row.phone == "09012345678"
        assert row.account_holder == "ﾔﾏﾀﾞ ﾀﾛｳ"
        assert row.account_type == "ordinary"
    (event,) = events(desk, "customer.added")
    assert event.subject == "customer:C0000001"
    assert "1234567" not in event.details and "5678" not in event.details


def test_add_refuses_duplicates_and_writes_nothing(desk: Desk, it: SessionHandle) -> None:
    desk.customers.add(it, **YAMADA)
    with pytest.raises(DuplicateCustomer):
        desk.customers.add(it, **{**KYOKO, "number": YAMADA["number"]})
    with pytest.raises(DuplicateAccount, match="C0000001"):
        desk.customers.add(it, **{**YAMADA, "number": "C0000009", "account_type": "savings"})
    with desk.kernel.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 1
    assert len(events(desk, "customer.added")) == 1


def test_agent_cannot_add_or_change_contact(desk: Desk, agent: SessionHandle,
                                            it: SessionHandle) -> None:
    with pytest.raises(PermissionDenied):
        desk.customers.add(agent, **YAMADA)
    customer_id = desk.customers.add(it, **YAMADA)
    with pytest.raises(PermissionDenied):
        desk.customers.change_contact(agent, customer_id, "phone", "03-1111-2222")


def test_change_contact_records_the_change_masked(desk: Desk, it: SessionHandle) -> None:
    customer_id = desk.customers.add(it, **YAMADA)
    desk.customers.change_contact(it, customer_id, "phone", "03-1111-2222")
    with desk.kernel.read() as s:
        row = s.get(Customer, customer_id)
        assert row is not None and row.phone == "0311112222"
        (change,) = s.scalars(select(ContactChange))
        assert (change.field, change.changed_by) == ("phone", "it.admin")
    (event,) = events(desk, "customer.contact_changed")
    details = json.loads(event.details)
    # The state after the change, as keyed fingerprints for reconciliation (core.reconcile).
    after = details.pop("after")
    # The customer is told by letter and e-mail (issue 11): the event names the notices.
    assert len(details.pop("notifications")) == 2
    assert details == {"field": "phone", "to": "•••-••••-2222"}
    assert sorted(after) == ["account", "address", "email", "phone"]
    assert "0311112222" not in event.details
    with pytest.raises(InvalidInput):
        desk.customers.change_contact(it, customer_id, "name_kana", "ヤマダ")
    with pytest.raises(InvalidInput):
        desk.customers.change_contact(it, customer_id, "phone", "not a phone")


# --- search ------------------------------------------------------------------------------------


def numbers(results: list[CustomerSummary]) -> list[str]:
    return [r.number for r in results]


@pytest.mark.parametrize(("query", "expected"), [
    ("C0000001", ["C0000001"]),
    ("c0000001", ["C0000001"]),
    ("Ｃ００００００１", ["C0000001"]),
    ("C00000", ["C0000001", "C0000002"]),
    ("C0001", ["C0001234"]),
    ("1234", ["C0001234"]),  # bare digits: a number without its C and leading zeros
    ("0001", ["C0000001", "C0001234"]),  # C0000001 exactly, C0001... as a prefix
    ("C0009", []),
])
def test_search_by_number(desk: Desk, agent: SessionHandle, people: dict[str, int], query: str,
                          expected: list[str]) -> None:
    assert numbers(desk.customers.search(agent, query)) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("ヤマダ", ["C0000001"]),
    ("やまだ", ["C0000001"]),  # hiragana
    ("ﾔﾏﾀﾞ", ["C0000001"]),  # half-width katakana
    ("ヤマダ　タ", ["C0000001"]),  # spaces are ignored
    ("ﾔﾏ", ["C0000001", "C0000002"]),
    ("やまもとはなこ", ["C0000002"]),
    ("サトウキヨウコ", ["C0001234"]),  # small kana written large
    ("さとう きょうこ", ["C0001234"]),
    ("タロウ", []),  # a prefix search: the given name alone does not match
])
def test_search_by_kana(desk: Desk, agent: SessionHandle, people: dict[str, int], query: str,
                        expected: list[str]) -> None:
    assert numbers(desk.customers.search(agent, query)) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("山", ["C0000001", "C0000002"]),
    ("山田", ["C0000001"]),
    ("山田 太郎", ["C0000001"]),
    ("山田太", ["C0000001"]),
    ("佐藤", ["C0001234"]),
    ("太郎", []),
])
def test_search_by_kanji_prefix(desk: Desk, agent: SessionHandle, people: dict[str, int],
                                query: str,
                                expected: list[str]) -> None:
    assert numbers(desk.customers.search(agent, query)) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("090-1234-5678", ["C0000001"]),
    ("09012345678", ["C0000001"]),
    ("090 1234 5678", ["C0000001"]),
    ("+81 90-1234-5678", ["C0000001"]),
    ("０９０－１２３４－５６７８", ["C0000001"]),
    ("06-6123-4567", ["C0000002"]),
    ("0901234", ["C0000001"]),  # a prefix of the digits
    ("090-9999-9999", []),
])
def test_search_by_phone(desk: Desk, agent: SessionHandle, people: dict[str, int], query: str,
                         expected: list[str]) -> None:
    assert numbers(desk.customers.search(agent, query)) == expected


def test_search_is_audited_with_a_phone_query_masked(desk: Desk, agent: SessionHandle,
                                                     people: dict[str, int]) -> None:
    desk.customers.search(agent, "090-1234-5678")
    desk.customers.search(agent, "やまだ")
    phone_event, name_event = events(desk, "customer.searched")
    assert json.loads(phone_event.details) == {"query": "•••-••••-5678", "kind": "phone",
                                               "results": 1}
    assert phone_event.actor == "agent1" and phone_event.role == "agent"
    assert "1234" not in phone_event.details
    assert json.loads(name_event.details) == {"query": "や••", "kind": "name", "results": 1}
    assert "やまだ" not in name_event.details


def test_a_long_name_search_is_recorded_bounded(desk: Desk, agent: SessionHandle,
                                                people: dict[str, int]) -> None:
    desk.customers.search(agent, "山田" * 40)
    (event,) = events(desk, "customer.searched")
    query = json.loads(event.details)["query"]
    assert query == "山" + "•" * 15 and "山田" not in event.details


def test_search_results_carry_masked_data_only(desk: Desk, agent: SessionHandle,
                                               people: dict[str, int]) -> None:
    (summary,) = desk.customers.search(agent, "C0000001")
    assert summary.name_kanji == "山田 太郎" and summary.name_kana == "ヤマダ タロウ"
    assert summary.phone == "•••-••••-5678"
    assert summary.birth_date == "••••-••-••"
    assert summary.address.startswith("東京都千代田区") and MASK in summary.address
    assert "千代田1-1-1" not in summary.address
    assert summary.factor_state == "none"
    shown = " ".join(str(v) for v in vars(summary).values())
    assert "1980" not in shown and "09012345678" not in shown and "taro" not in shown


def test_search_needs_a_query_and_respects_limit_and_role(desk: Desk, agent: SessionHandle,
                                                          staffing: Staffing,
                                                          people: dict[str, int]) -> None:
    with pytest.raises(InvalidInput):
        desk.customers.search(agent, "   ")
    assert len(desk.customers.search(agent, "C", limit=2)) == 0  # 'C' alone is a name search
    assert len(desk.customers.search(agent, "C000", limit=2)) == 2
    auditor = staffing.add("auditor1", Role.AUDITOR).handle
    with pytest.raises(PermissionDenied):
        desk.customers.search(auditor, "C0000001")


def test_search_escapes_like_wildcards(desk: Desk, agent: SessionHandle, people: dict[str,
                                       int]) -> None:
    assert desk.customers.search(agent, "%") == []
    assert desk.customers.search(agent, "_") == []


# --- view and unmask ---------------------------------------------------------------------------


def test_view_masks_personal_data_and_is_audited(desk: Desk, agent: SessionHandle,
                                                 people: dict[str, int]) -> None:
    profile = desk.customers.view(agent, people["yamada"])
    assert (profile.number, profile.name_kanji, profile.name_kana) == (
        "C0000001", "山田 太郎", "ヤマダ タロウ")
    assert profile.phone == "•••-••••-5678"
    assert profile.birth_date == "••••-••-••"
    assert profile.email == "t••••@example.jp"
    assert profile.address.startswith("東京都千代田区") and "ハイツ" not in profile.address
    assert profile.account is not None
    assert profile.account.account_number == "••••567"
    assert profile.account.bank_name == "みずほ" and profile.account.branch_name == "東京営業部"
    assert profile.factor_state == "none"
    assert profile.recent_contact_changes == () and profile.recent_requests == ()
    (event,) = events(desk, "customer.viewed")
    assert event.subject == "customer:C0000001" and event.outcome == "ok"
    assert desk.customers.view(agent, people["yamamoto"]).email is None


def test_view_lists_contact_changes_of_the_last_30_days(desk: Desk, agent: SessionHandle,
                                                        staffing: Staffing, clock: FakeClock,
                                                        people: dict[str, int]) -> None:
    # ``staffing.admin`` signs the administrator in again after the days in between.
    desk.customers.change_contact(staffing.admin, people["yamada"], "address",
                                  "東京都港区芝公園4-2-8")
    clock.advance(days=20)
    desk.customers.change_contact(staffing.admin, people["yamada"], "phone", "03-3333-4444")
    clock.advance(days=11)  # the address change is now 31 days old
    agent = staffing.again("agent1")
    changes = desk.customers.view(agent, people["yamada"]).recent_contact_changes
    assert [c.field for c in changes] == ["phone"]
    assert changes[0].changed_by == "it.admin"


def test_view_unknown_customer(desk: Desk, agent: SessionHandle) -> None:
    with pytest.raises(NotFound):
        desk.customers.view(agent, 999)


@pytest.mark.parametrize(("field", "value"), [
    ("phone", "09012345678"),
    ("account_number", "1234567"),
    ("birth_date", "1980-04-01"),
    ("email", "taro.yamada@example.jp"),
    ("address", "〒100-0001 東京都千代田区千代田1-1-1 千代田ハイツ101"),
])
def test_unmask_returns_the_value_and_audits_field_and_reason_only(
        desk: Desk, agent: SessionHandle, people: dict[str, int], field: str, value: str) -> None:
    assert desk.customers.unmask(agent, people["yamada"], field, "caller confirms number") == value
    (event,) = events(desk, "customer.unmasked")
    assert json.loads(event.details) == {"field": field, "reason": "caller confirms number"}
    assert event.subject == "customer:C0000001"
    assert value not in audit_text(desk)


@pytest.mark.parametrize("reason", ["", "   ", "\u3000"])
def test_unmask_needs_a_reason_and_writes_nothing_without_one(
        desk: Desk, agent: SessionHandle, people: dict[str, int], reason: str) -> None:
    with pytest.raises(InvalidInput, match="reason"):
        desk.customers.unmask(agent, people["yamada"], "phone", reason)
    assert events(desk, "customer.unmasked") == []


def test_unmask_refuses_unknown_fields_and_other_roles(desk: Desk, agent: SessionHandle,
                                                       staffing: Staffing,
                                                       people: dict[str, int]) -> None:
    with pytest.raises(InvalidInput):
        desk.customers.unmask(agent, people["yamada"], "password_hash", "curious")
    auditor = staffing.add("auditor1", Role.AUDITOR).handle
    with pytest.raises(PermissionDenied):
        desk.customers.unmask(auditor, people["yamada"], "phone", "curious")
    assert events(desk, "customer.unmasked") == []
