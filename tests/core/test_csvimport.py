"""The customer CSV import: row-by-row validation, line numbers, all or nothing."""

from __future__ import annotations

import contextlib
import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from helpers import Staffing
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from authdesk.core.authority import SessionHandle
from authdesk.core.clock import FakeClock
from authdesk.core.csvimport import (
    COLUMNS,
    CsvImportError,
    ImportReport,
    RowError,
    import_customers,
    parse_file,
)
from authdesk.core.desk import Desk
from authdesk.core.errors import AuthDeskError, PermissionDenied
from authdesk.core.roles import Role
from authdesk.storage.models import AuditEvent, Customer

HEADER = ",".join(COLUMNS)
TODAY = date(2026, 1, 5)
ROWS = [
    "C0000001,山田 太郎,ヤマダ タロウ,1980-04-01,100-0001,東京都千代田区千代田1-1,090-1234-5678,"
    "taro@example.jp,0001,001,ordinary,1234567,ﾔﾏﾀﾞ ﾀﾛｳ",
    "C0000002,山本 花子,やまもと はなこ,1975/12/24,5300001,大阪府大阪市北区梅田1-2-3,06-6123-4567,"
    ",,,,,",
    'C0000003,佐藤 京子,サトウ キョウコ,1990-07-07,060-0001,"北海道札幌市中央区北1条, 3丁目",'
    "011-222-3333,,0005,001,普通,7654321,ｻﾄｳ ｷﾖｳｺ",
]


def csv_text(*rows: str) -> str:
    return "\n".join((HEADER, *rows)) + "\n"


@pytest.fixture
def staffing(desk: Desk, clock: FakeClock) -> Staffing:
    return Staffing(desk, clock)


@pytest.fixture
def it(staffing: Staffing) -> SessionHandle:
    """The IT administrator, signed in."""
    return staffing.admin


def customer_count(desk: Desk) -> int:
    with desk.kernel.read() as s:
        return s.scalar(select(func.count()).select_from(Customer)) or 0


def events(desk: Desk, action: str) -> list[tuple[str, dict[str, object]]]:
    with desk.kernel.read() as s:
        return [(e.outcome, json.loads(e.details)) for e in s.scalars(
            select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.seq))]


def test_a_good_file_is_imported_in_one_transaction(desk: Desk, it: SessionHandle,
                                                    staffing: Staffing) -> None:
    report = import_customers(desk.kernel, it, csv_text(*ROWS))
    assert report == ImportReport(rows=3, imported=3, errors=())
    assert report.ok
    assert customer_count(desk) == 3
    assert events(desk, "customer.imported") == [("ok", {"count": 3})]
    with desk.kernel.read() as s:
        sato = s.scalar(select(Customer).where(Customer.number == "C0000003"))
        assert sato is not None
        assert sato.address == "北海道札幌市中央区北1条, 3丁目"
        assert sato.account_type == "ordinary" and sato.account_holder == "ｻﾄｳ ｷﾖｳｺ"
        assert sato.search_kana == "サトウキヨウコ"
    agent = staffing.add("a", Role.AGENT).handle
    assert [c.number for c in desk.customers.search(agent, "やまもと")] == ["C0000002"]


def test_one_bad_row_means_nothing_is_written(desk: Desk, it: SessionHandle) -> None:
    bad = ROWS[1].replace("1975/12/24", "1975-13-24")
    report = import_customers(desk.kernel, it, csv_text(ROWS[0], bad, ROWS[2]))
    assert not report.ok and report.imported == 0 and report.rows == 3
    assert report.errors == (RowError(3, "birth date: there is no such date"),)
    assert customer_count(desk) == 0
    assert events(desk, "customer.imported") == []
    assert events(desk, "customer.import.refused") == [("refused", {"rows": 3, "errors": 1})]


def test_every_bad_row_is_reported_with_its_line(desk: Desk, it: SessionHandle) -> None:
    text = "\n".join([
        HEADER,                                                            # line 1
        ROWS[0],                                                           # line 2
        "",                                                                # line 3, blank
        ROWS[1].replace("やまもと はなこ", "山本 はなこ"),                     # line 4: kana
        'C0000004,"鈴木\n一郎",スズキ イチロウ,1985-01-01,100-0001,東京都港区,03-1234-5678,'
        ",,,,,",                                                           # lines 5-6: ok
        ROWS[2].replace("0005,001", "9999,001"),                           # line 7: bank
        ROWS[0].replace("1234567,", "7777777,"),                           # line 8: dup number
        ROWS[2].replace("C0000003", "C0000005").replace("7654321", "1234567").replace(
            "0005,001", "0001,001"),                                       # line 9: dup account
        "C0000006,short row",                                              # line 10
        ROWS[1].replace("C0000002", "C0000007").replace("06-6123-4567", "12345"),  # line 11
        ROWS[1].replace("C0000002", "C0000008").removesuffix(",,,,,,") + ",,0001,,,,",  # 12
    ]) + "\n"
    report = import_customers(desk.kernel, it, text)
    assert [e.line for e in report.errors] == [4, 7, 8, 9, 10, 11, 12]
    reasons = dict((e.line, e.reason) for e in report.errors)
    assert "kana" in reasons[4]
    assert "9999" in reasons[7]
    assert reasons[8] == "customer number C0000001 is also on line 2"
    assert reasons[9] == "the bank account is also on line 2"
    assert reasons[10] == "expected 13 values, found 2"
    assert reasons[11].startswith("phone")
    assert "bank fields" in reasons[12]
    assert report.imported == 0 and customer_count(desk) == 0


def test_duplicates_of_registered_customers_and_accounts(desk: Desk, it: SessionHandle) -> None:
    assert import_customers(desk.kernel, it, csv_text(ROWS[0])).ok
    again = ROWS[2].replace("C0000003", "C0000001")
    same_account = ROWS[2].replace("0005,001,普通,7654321", "0001,001,当座,1234567")
    report = import_customers(desk.kernel, it, csv_text(ROWS[1], again, same_account))
    assert report.errors == (
        RowError(3, "customer number C0000001 is already registered"),
        RowError(4, "the bank account is already registered for customer C0000001"),
    )
    assert customer_count(desk) == 1


def test_files_in_utf8_with_bom_and_in_shift_jis(desk: Desk, it: SessionHandle,
                                                 tmp_path: Path) -> None:
    utf8 = tmp_path / "utf8.csv"
    utf8.write_bytes(csv_text(ROWS[0]).encode("utf-8-sig"))
    assert import_customers(desk.kernel, it, utf8).imported == 1
    sjis = tmp_path / "sjis.csv"
    sjis.write_bytes(csv_text(ROWS[1]).replace("\n", "\r\n").encode("cp932"))
    assert import_customers(desk.kernel, it, str(sjis)).imported == 1
    with desk.kernel.read() as s:
        assert s.scalar(select(Customer.name_kanji).where(Customer.number == "C0000002")) == \
            "山本 花子"


@pytest.mark.parametrize(("text", "reason"), [
    ("", "empty"),
    ("\n\n", "empty"),
    ("number,name_kanji\nC0000001,山田\n", "missing"),
    (HEADER + ",emial\n", "unknown column"),
    (HEADER + ",number\n", "twice"),
])
def test_a_broken_file_is_refused_as_a_whole(desk: Desk, it: SessionHandle, text: str,
                                             reason: str) -> None:
    with pytest.raises(CsvImportError, match=reason):
        import_customers(desk.kernel, it, text if "\n" in text else text + "\n")
    assert customer_count(desk) == 0


def test_unreadable_files(desk: Desk, it: SessionHandle, tmp_path: Path) -> None:
    with pytest.raises(CsvImportError, match="cannot be read"):
        import_customers(desk.kernel, it, tmp_path / "missing.csv")
    binary = tmp_path / "binary.csv"
    binary.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(CsvImportError, match="neither UTF-8 nor Shift_JIS"):
        import_customers(desk.kernel, it, binary)


def test_only_administrators_import(desk: Desk, staffing: Staffing, tmp_path: Path) -> None:
    agent = staffing.add("a", Role.AGENT, Role.SUPERVISOR).handle
    with pytest.raises(PermissionDenied):  # refused before the file is even read
        import_customers(desk.kernel, agent, tmp_path / "missing.csv")
    with pytest.raises(PermissionDenied):
        import_customers(desk.kernel, agent, csv_text(*ROWS))
    assert customer_count(desk) == 0


# --- property-based ----------------------------------------------------------------------------

cells = st.one_of(
    st.text(max_size=20),
    st.sampled_from(["", "C0000001", "0001", "001", "ordinary", "1234567", "ﾔﾏﾀﾞ ﾀﾛｳ",
                     "1980-04-01", "100-0001", "090-1234-5678", "ヤマダ", "山田"]),
)


@settings(max_examples=300)
@given(st.lists(st.lists(cells, min_size=0, max_size=15), max_size=6))
def test_arbitrary_rows_give_a_report_or_a_typed_error(rows: list[list[str]]) -> None:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    try:
        parsed = parse_file(out.getvalue(), TODAY)
    except AuthDeskError:
        return
    assert len(parsed.records) + len(parsed.errors) == parsed.rows
    assert all(error.line >= 2 and error.reason for error in parsed.errors)


@settings(max_examples=200)
@given(st.text(max_size=300))
def test_arbitrary_text_gives_a_report_or_a_typed_error(text: str) -> None:
    with contextlib.suppress(AuthDeskError):
        parse_file(text, TODAY)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(cells, min_size=13, max_size=13), min_size=1, max_size=4))
def test_arbitrary_imports_write_all_rows_or_none(desk: Desk, it: SessionHandle,
                                                   rows: list[list[str]]) -> None:
    before = customer_count(desk)
    out = io.StringIO()
    csv.writer(out).writerows([list(COLUMNS), *rows])
    try:
        report = import_customers(desk.kernel, it, out.getvalue())
    except AuthDeskError:
        assert customer_count(desk) == before
        return
    assert customer_count(desk) == before + report.imported
    assert report.imported in (0, report.rows)
    assert report.ok == (report.imported == report.rows)


def test_an_imported_row_is_stored_as_the_orm_stores_an_added_one(
        desk: Desk, it: SessionHandle) -> None:
    """The import writes through the driver; each column must hold what the ORM's own insert
    (``CustomerService.add``) holds for the same record, byte for byte."""
    assert import_customers(desk.kernel, it, csv_text(ROWS[0])).ok
    fields = next(csv.reader(io.StringIO(ROWS[0])))
    values = dict(zip(COLUMNS, fields, strict=True))
    values["number"] = "C0000009"
    values["account_number"] = "7777777"
    desk.customers.add(it, **values)  # type: ignore[arg-type]
    with desk.kernel.read() as s:
        stored = [tuple(row) for row in s.execute(text(
            "SELECT * FROM customer ORDER BY id")).all()]
    imported, added = (row[1:] for row in stored)  # without the id
    differing = [i for i, (a, b) in enumerate(zip(imported, added, strict=True)) if a != b]
    columns = [c.name for c in Customer.__table__.columns][1:]
    assert [columns[i] for i in differing] == ["number", "account_number"]
