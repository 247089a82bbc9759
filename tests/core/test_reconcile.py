"""The tables reconciled with the audit log (issue 9 item 3): every change made through
AuthDesk leaves an event that accounts for the row, and a row changed with SQL behind its back
(or added with no event) is named by ``audit verify``, with the event it differs from."""

from __future__ import annotations

import hmac
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from request_fixtures import Kit

from authdesk.core import reconcile
from authdesk.core.actions import Action
from authdesk.core.authority import SYSTEM
from authdesk.core.clock import FakeClock
from authdesk.core.csvimport import import_customers
from authdesk.core.desk import Desk
from authdesk.core.factors import FactorLocked, WrongCode
from authdesk.core.keys import FINGERPRINT_HEX, KeyStore
from authdesk.core.reconcile import Mismatch
from authdesk.core.roles import Role
from authdesk.storage.models import AuditEvent, Customer

HEADER = "number,name_kanji,name_kana,birth_date,postal_code,address,phone,email," \
         "bank_code,branch_code,account_type,account_number,account_holder\n"


@pytest.fixture
def kit(desk: Desk, clock: FakeClock) -> Kit:
    return Kit(desk, clock)


def sql(desk: Desk, *statements: str) -> None:
    """An insider with the database's credentials, outside AuthDesk."""
    for statement in statements:
        desk.db.execute_raw(statement)


def mismatches(kit: Kit) -> list[Mismatch]:
    result = kit.desk.audit.verify(kit.auditor)
    if result.mismatches:
        assert not result.ok
        assert result.damage is not None and result.damage.kind == "state_differs"
        assert result.damage.detail == result.mismatches[0].sentence
    else:
        assert result.ok, result.damage
    return result.mismatches


def last_event(desk: Desk, subject: str, *actions: Action) -> int:
    with desk.kernel.read() as s:
        return max(s.scalars(
            AuditEvent.__table__.select().with_only_columns(AuditEvent.seq)
            .where(AuditEvent.subject == subject, AuditEvent.action.in_(list(actions)))))


def number_of(desk: Desk, customer_id: int) -> str:
    with desk.kernel.read() as s:
        row = s.get(Customer, customer_id)
        assert row is not None
        return row.number


# --- the fingerprint --------------------------------------------------------------------------


def test_fingerprints_are_keyed_bound_to_kind_and_subject_and_never_the_value(
        desk: Desk) -> None:
    keys = desk.kernel.keys
    fp = keys.fingerprint("customer.phone", "C0000001", "0312345678")
    assert len(fp) == FINGERPRINT_HEX and int(fp, 16) >= 0
    assert fp == keys.fingerprint("customer.phone", "C0000001", "0312345678")
    assert fp != keys.fingerprint("customer.phone", "C0000002", "0312345678")
    assert fp != keys.fingerprint("customer.email", "C0000001", "0312345678")
    # Length prefixes: moving a boundary between values changes the fingerprint; None is not "".
    assert keys.fingerprint("k", "s", "ab", "c") != keys.fingerprint("k", "s", "a", "bc")
    assert keys.fingerprint("k", "s", None) != keys.fingerprint("k", "s", "")
    other = KeyStore("another-database", keys._backend)
    other.create()
    assert other.fingerprint("customer.phone", "C0000001", "0312345678") != fp


def test_the_documented_worked_example(desk: Desk) -> None:
    """docs/audit-format.md §9.2, recomputed from the text by an independent HKDF and HMAC."""
    doc = (Path(__file__).resolve().parents[2] / "docs" / "audit-format.md").read_text("utf-8")
    data_key = bytes(range(32))
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
               info=b"authdesk-fingerprint-v1").derive(data_key)
    assert f"key is\n`{key.hex()}`" in doc
    message = b"authdesk-fingerprint-v1\n14:customer.phone\n8:C0000012\n10:0312345678\n"
    assert message.decode() in doc.replace("```text\n", "")
    phone = hmac.new(key, message, "sha256").hexdigest()[:32]
    empty = hmac.new(key, b"authdesk-fingerprint-v1\n14:customer.email\n8:C0000012\n-\n",
                     "sha256").hexdigest()[:32]
    assert f"its fingerprint is `{phone}`" in doc and f"(`-`) is `{empty}`" in doc
    store = KeyStore("example")
    store._data_key = data_key
    assert store.fingerprint("customer.phone", "C0000012", "0312345678") == phone
    assert store.fingerprint("customer.email", "C0000012", None) == empty


def test_personal_values_reach_the_log_only_as_fingerprints(kit: Kit) -> None:
    kit.customer(phone="03-1234-5678", email="yamada.private@example.com")
    with kit.desk.kernel.read() as s:
        text = "".join(s.scalars(AuditEvent.__table__.select()
                                 .with_only_columns(AuditEvent.details)))
    for value in ("0312345678", "yamada.private", "東京都千代田区見本町1-1", "1000001"):
        assert value not in text


# --- the normal flows verify clean ------------------------------------------------------------


def test_a_day_of_normal_work_verifies_clean(kit: Kit, clock: FakeClock) -> None:
    desk = kit.desk
    agent = kit.staff("agent1", Role.AGENT)
    supervisor = kit.staff("super1", Role.SUPERVISOR)
    plain = kit.customer(account=False, email=None)
    changed = kit.customer()
    # An authenticator: enrolled, activated, a success, wrong codes up to the lock, unlocked,
    # then revoked and enrolled again.
    key = kit.active_factor(agent, changed)
    kit.verify(agent, changed)
    desk.policies.set(kit.admin, "totp_consecutive_failures", 3)
    kit.call(agent)
    handle = desk.factors.start_verification(agent.handle, changed)
    for _ in range(3):
        with pytest.raises((WrongCode, FactorLocked)):
            desk.factors.verify(agent.handle, handle.id, "000000" if kit.code(key) != "000000"
                                else "111111")
    desk.factors.unlock(supervisor.handle, changed, "licence checked, called back on file")
    desk.factors.reenroll(supervisor.handle, changed)
    # Contact changes after the letters: an activation letter is never posted to an address
    # changed recently (issue 11).
    for field, value in (("phone", "03-9999-0000"), ("email", "new@example.com"),
                         ("address", "東京都港区1-2-3"), ("postal_code", "105-0001"),
                         ("email", "")):
        desk.customers.change_contact(kit.admin, changed, field, value)
    assert mismatches(kit) == []
    # Staff and policy changes.
    desk.staff.set_roles(kit.admin, "agent1", frozenset({Role.AGENT, Role.SUPERVISOR}))
    desk.staff.disable(kit.admin, "super1")
    desk.staff.reset_password(kit.admin, "agent1", "another long passphrase 42")
    desk.policies.set(kit.admin, "cooling_off_hours", 0)
    del plain
    assert mismatches(kit) == []


def test_an_account_change_taking_effect_verifies_clean(kit: Kit, clock: FakeClock) -> None:
    desk = kit.desk
    agent = kit.staff("agent1", Role.AGENT)
    supervisor = kit.staff("super1", Role.SUPERVISOR)
    customer = kit.customer()
    summary = kit.pending(agent, customer)
    kit.step_up(supervisor)
    desk.requests.approve(supervisor.handle, summary.id)
    kit.notices_out(summary.id)  # issue 11: the cooling-off runs from the notices going out
    clock.advance(hours=80)
    assert desk.requests.apply_due(SYSTEM) == [summary.id]
    assert mismatches(kit) == []
    number = number_of(desk, customer)
    sql(desk, f"UPDATE customer SET account_number = '1999999' WHERE number = '{number}'")
    since = last_event(desk, f"customer:{number}", Action.CUSTOMER_ACCOUNT_CHANGED)
    assert mismatches(kit) == [Mismatch("customer", number, "account", since)]


def test_an_import_leaves_an_event_behind_every_row(kit: Kit) -> None:
    rows = "".join(
        f"C00001{i:02d},見本 {i},ミホン,1980-01-01,100-0001,東京都{i},090-1111-{i:04d},,"
        f"0001,001,ordinary,{2000000 + i:07d},ミホン\n" for i in range(30))
    report = import_customers(kit.desk.kernel, kit.admin, HEADER + rows)
    assert report.ok and report.imported == 30
    with kit.desk.kernel.read() as s:
        batches = [json.loads(d) for d in s.scalars(
            AuditEvent.__table__.select().with_only_columns(AuditEvent.details)
            .where(AuditEvent.action == Action.CUSTOMER_BATCH_IMPORTED))]
    assert sum(b["count"] for b in batches) == 30
    assert sorted(n for b in batches for n in b["records"]) == [f"C00001{i:02d}" for i in
                                                                 range(30)]
    assert mismatches(kit) == []
    sql(kit.desk, "UPDATE customer SET phone = '09099999999' WHERE number = 'C0000107'")
    since = last_event(kit.desk, "customers", Action.CUSTOMER_BATCH_IMPORTED)
    found = mismatches(kit)
    assert found == [Mismatch("customer", "C0000107", reconcile.RECORD, since)]
    assert "C0000107" in found[0].sentence and f"#{since}" in found[0].sentence


# --- tampering with the tables is named ------------------------------------------------------


@pytest.mark.parametrize(("column", "value", "field"), [
    ("account_number", "'7777777'", "account"),
    ("bank_code", "'0005'", "account"),
    ("account_holder", "'ワルイ ヒト'", "account"),
    ("address", "'大阪府大阪市1-1'", "address"),
    ("postal_code", "'530-0001'", "address"),
    ("phone", "'09012345678'", "phone"),
    ("email", "'thief@example.com'", "email"),
    ("email", "NULL", "email"),
])
def test_an_sql_update_of_a_customer_is_named_with_the_event_it_differs_from(
        kit: Kit, column: str, value: str, field: str) -> None:
    kit.customer()
    customer = kit.customer()
    kit.desk.customers.change_contact(kit.admin, customer, "phone", "03-5555-0000")
    number = number_of(kit.desk, customer)
    since = last_event(kit.desk, f"customer:{number}", Action.CUSTOMER_CONTACT_CHANGED)
    sql(kit.desk, f"UPDATE customer SET {column} = {value} WHERE number = '{number}'")
    found = mismatches(kit)
    assert found == [Mismatch("customer", number, field, since)]
    assert found[0].sentence == (f"customer {number}: {reconcile.FIELD_NAMES[field]} differs "
                                 f"from the log since event #{since}")


def test_a_customer_inserted_with_sql_has_no_event_behind_it(kit: Kit) -> None:
    kit.customer()
    sql(kit.desk, "INSERT INTO customer (number, name_kanji, name_kana, search_kanji, "
        "search_kana, birth_date, postal_code, address, phone, created_at) VALUES "
        "('C0000099', '偽 太郎', 'ニセ タロウ', 'x', 'x', '1970-01-01', '100-0001', '東京都', "
        "'0300000000', '2026-01-01 00:00:00')")
    found = mismatches(kit)
    assert found == [Mismatch("customer", "C0000099", "row", None, "no_event")]
    assert found[0].sentence == "customer C0000099 has no event behind it"


@pytest.mark.parametrize("change", [
    "state = 'active', consecutive_failures = 0",  # a locked authenticator let loose
    "consecutive_failures = 0",  # the lock's counter reset
])
def test_an_sql_update_of_a_factor_is_named(kit: Kit, change: str) -> None:
    desk = kit.desk
    agent = kit.staff("agent1", Role.AGENT)
    customer = kit.customer()
    key = kit.active_factor(agent, customer)
    desk.policies.set(kit.admin, "totp_consecutive_failures", 3)
    kit.call(agent)
    handle = desk.factors.start_verification(agent.handle, customer)
    wrong = "000000" if kit.code(key) != "000000" else "111111"
    with pytest.raises(WrongCode):
        desk.factors.verify(agent.handle, handle.id, wrong)
    if "state" in change:
        with pytest.raises(WrongCode):
            desk.factors.verify(agent.handle, handle.id, wrong)
        with pytest.raises(FactorLocked):
            desk.factors.verify(agent.handle, handle.id, wrong)
    assert mismatches(kit) == []
    number = number_of(desk, customer)
    since = last_event(desk, f"customer:{number}", *reconcile.FACTOR_ACTIONS)
    sql(desk, f"UPDATE customer_factor SET {change}")
    found = mismatches(kit)
    assert found == [Mismatch("customer", number, "authenticator", since)]
    assert "authenticator state differs" in found[0].sentence


def test_a_factor_inserted_with_sql_has_no_event_behind_it(kit: Kit) -> None:
    customer = kit.customer()
    number = number_of(kit.desk, customer)
    sql(kit.desk, "INSERT INTO customer_factor (customer_id, state, secret_enc, created_at, "
        f"created_by, consecutive_failures, delivery) VALUES ({customer}, 'active', "
        "'x', '2026-01-01 00:00:00', 'nobody', 0, 'letter')"
        if kit.desk.db.is_sqlite else
        "INSERT INTO customer_factor (customer_id, state, secret_enc, created_at, "
        f"created_by, consecutive_failures, delivery) VALUES ({customer}, 'active', "
        "'\\x00'::bytea, TIMESTAMP '2026-01-01 00:00:00', 'nobody', 0, 'letter')")
    assert mismatches(kit) == [Mismatch("customer", number, "authenticator", None, "no_event")]


@pytest.mark.parametrize(("change", "field"), [
    ("roles = 'supervisor'", "roles"),  # issue 9: an agent becomes supervisor
    ("roles = 'admin,agent'", "roles"),
    ("active = false", "active"),
    ("employee_no = 'E999999'", "employee_no"),
])
def test_an_sql_update_of_staff_is_named(kit: Kit, change: str, field: str) -> None:
    kit.staff("sato", Role.AGENT)
    kit.desk.staff.unlock(kit.admin, "sato")
    since = last_event(kit.desk, "staff:sato", Action.STAFF_UNLOCKED)
    assert mismatches(kit) == []
    sql(kit.desk, f"UPDATE staff SET {change} WHERE username = 'sato'")
    found = mismatches(kit)
    assert found == [Mismatch("staff", "sato", field, since)]
    verb = "differ" if field == "roles" else "differs"
    assert found[0].sentence == (f"staff sato: {reconcile.FIELD_NAMES[field]} {verb} from "
                                 f"the log since event #{since}")


def test_staff_inserted_with_sql_has_no_event_behind_it(kit: Kit) -> None:
    kit.auditor  # noqa: B018 (created before the insert)
    sql(kit.desk, "INSERT INTO staff (username, display_name, employee_no, roles, "
        "password_hash, totp_confirmed, failed_signins, active, created_at) VALUES "
        "('mallory', 'Mallory', 'E000666', 'admin', 'x', false, 0, true, "
        "'2026-01-01 00:00:00')")
    assert mismatches(kit) == [Mismatch("staff", "mallory", "row", None, "no_event")]


def test_an_sql_update_of_a_policy_is_named(kit: Kit) -> None:
    kit.desk.policies.set(kit.admin, "cooling_off_hours", 24)
    since = last_event(kit.desk, "policy:cooling_off_hours", Action.POLICY_CHANGED)
    assert mismatches(kit) == []
    sql(kit.desk, "UPDATE policy_setting SET value = 0 WHERE name = 'cooling_off_hours'")
    found = mismatches(kit)
    assert found == [Mismatch("policy", "cooling_off_hours", "value", since)]
    assert found[0].sentence == ("policy cooling_off_hours: value differs from the log since "
                                 f"event #{since}")


def test_a_policy_row_inserted_with_sql_has_no_event_behind_it(kit: Kit) -> None:
    kit.auditor  # noqa: B018
    sql(kit.desk, "INSERT INTO policy_setting (name, value, updated_at, updated_by) VALUES "
        "('totp_consecutive_failures', 100, '2026-01-01 00:00:00', 'nobody')")
    assert mismatches(kit) == [Mismatch("policy", "totp_consecutive_failures", "value", None,
                                        "no_event")]


def test_check_is_usable_on_its_own_and_lists_every_mismatch(kit: Kit) -> None:
    first, second = kit.customer(), kit.customer()
    kit.staff("sato", Role.AGENT)
    sql(kit.desk, "UPDATE customer SET phone = '0300000000'",
        "UPDATE staff SET roles = 'admin' WHERE username = 'sato'")
    with kit.desk.kernel.read() as s:
        found = reconcile.check(s, kit.desk.kernel.keys)
    assert [(m.table, m.key, m.field) for m in found] == [
        ("customer", number_of(kit.desk, first), "phone"),
        ("customer", number_of(kit.desk, second), "phone"),
        ("staff", "sato", "roles"),
    ]
    result = kit.desk.audit.verify(kit.auditor)
    assert result.mismatches == found and result.damage is not None
    assert result.damage.seq == found[0].since
