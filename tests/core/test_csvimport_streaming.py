"""The streaming customer import: batches inside one transaction, all or nothing, every bad
row named with its line, bounded memory, progress and cancel."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import sys
import tracemalloc
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from helpers import Staffing
from sqlalchemy import func, select, text

from authdesk.core import csvimport
from authdesk.core.authority import SessionHandle
from authdesk.core.clock import FakeClock
from authdesk.core.csvimport import ImportCancelled, ImportProgress, RowError, import_customers
from authdesk.core.desk import Desk
from authdesk.storage.models import AuditEvent, Customer

ROOT = Path(__file__).resolve().parents[2]


def _bench() -> ModuleType:
    """benchmarks/import.py (its generator writes the valid rows these tests start from)."""
    name = "import_benchmark"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "import.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


BATCH = 10  # small batches, so a file of a few dozen rows spans several


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csvimport, "BATCH_ROWS", BATCH)


@pytest.fixture
def it(desk: Desk, clock: FakeClock) -> SessionHandle:
    return Staffing(desk, clock).admin


def rows(n: int, start: int = 0) -> list[list[str]]:
    return [_bench().row(i) for i in range(start, start + n)]


def text_of(data: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_bench().HEADER)
    writer.writerows(data)
    return out.getvalue()


def customer_count(desk: Desk) -> int:
    with desk.kernel.read() as s:
        return s.scalar(select(func.count()).select_from(Customer)) or 0


def events(desk: Desk, action: str) -> list[tuple[str, dict[str, object]]]:
    with desk.kernel.read() as s:
        return [(e.outcome, json.loads(e.details)) for e in s.scalars(
            select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.seq))]


def bad_birth_date(row: list[str]) -> list[str]:
    return [row[0], row[1], row[2], "1975-13-24", *row[4:]]


def test_the_generated_file_imports_across_batches(desk: Desk, it: SessionHandle) -> None:
    seen: list[ImportProgress] = []
    text = text_of(rows(45))
    report = import_customers(desk.kernel, it, text, progress=seen.append)
    assert report.ok and report.rows == report.imported == 45
    assert customer_count(desk) == 45
    counts = [p.rows for p in seen]
    assert counts == sorted(counts) and counts[-1] == 45 and len(seen) >= 45 // BATCH
    read = [p.bytes_read for p in seen]
    assert read == sorted(read) and {p.bytes_total for p in seen} == {len(text)}
    assert seen[-1].bytes_read == len(text) and seen[-1].fraction == 1.0
    assert seen[-1].finishing and not any(p.finishing for p in seen[:-1])
    assert events(desk, "customer.imported") == [("ok", {"count": 45})]


@pytest.mark.parametrize("where", [0, 22, 44], ids=["first", "middle", "last"])
def test_one_bad_row_anywhere_writes_nothing(desk: Desk, it: SessionHandle, where: int) -> None:
    data = rows(45)
    data[where] = bad_birth_date(data[where])
    report = import_customers(desk.kernel, it, text_of(data))
    assert report.imported == 0 and report.rows == 45 and not report.ok
    assert report.errors == (RowError(where + 2, "birth date: there is no such date"),)
    assert report.error_count == 1
    assert customer_count(desk) == 0
    assert events(desk, "customer.imported") == []
    assert events(desk, "customer.import.refused") == [("refused", {"rows": 45, "errors": 1})]


def test_duplicates_within_the_file_across_batches(desk: Desk, it: SessionHandle) -> None:
    data = rows(40)
    same_number = [data[1][0], *rows(1, 100)[0][1:]]           # row 2's number, line 33
    same_account = [*rows(1, 101)[0][:8], *data[2][8:]]        # row 3's account, line 38
    data[31] = same_number
    data[36] = same_account
    report = import_customers(desk.kernel, it, text_of(data))
    assert report.errors == (
        RowError(33, f"customer number {data[1][0]} is also on line 3"),
        RowError(38, "the bank account is also on line 4"),
    )
    assert customer_count(desk) == 0


def test_duplicates_of_registered_customers_in_a_later_batch(desk: Desk,
                                                              it: SessionHandle) -> None:
    assert import_customers(desk.kernel, it, text_of(rows(5))).ok
    registered = rows(5)
    data = rows(30, 1000)
    data[17] = registered[3]                                   # number (and account) taken
    data[25] = [*data[25][:8], *registered[0][8:]]             # account taken
    report = import_customers(desk.kernel, it, text_of(data))
    assert report.errors == (
        RowError(19, f"customer number {registered[3][0]} is already registered"),
        RowError(27, f"the bank account is already registered for customer {registered[0][0]}"),
    )
    assert customer_count(desk) == 5


def test_every_bad_row_is_reported_up_to_the_cap_and_all_are_counted(
        desk: Desk, it: SessionHandle, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csvimport, "MAX_REPORTED_ERRORS", 5)
    data = rows(40)
    bad_lines = [3, 9, 10, 14, 20, 27, 33, 41]
    for line in bad_lines:
        data[line - 2] = bad_birth_date(data[line - 2])
    report = import_customers(desk.kernel, it, text_of(data))
    assert [e.line for e in report.errors] == bad_lines[:5]
    assert report.error_count == len(bad_lines)
    assert events(desk, "customer.import.refused") == [("refused", {"rows": 40, "errors": 8})]
    assert customer_count(desk) == 0


def test_a_cancel_leaves_nothing_written(desk: Desk, it: SessionHandle) -> None:
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2  # after two batches were written

    with pytest.raises(ImportCancelled):
        import_customers(desk.kernel, it, text_of(rows(45)), cancelled=cancelled)
    assert customer_count(desk) == 0
    assert events(desk, "customer.imported") == []


def test_a_large_file_streams_in_bounded_memory(desk: Desk, it: SessionHandle, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """30,000 rows: the importer keeps compact keys, not the rows. Holding every row (as the
    old all-in-memory import did, as text and as NewCustomer records) costs well over 30 MB;
    the streaming import stays far below, and validates each row exactly once."""
    monkeypatch.setattr(csvimport, "BATCH_ROWS", 1000)
    path = tmp_path / "customers.csv"
    _bench().generate(path, 30_000)
    validated = 0
    real = csvimport._validate

    def counting(*args: object, **kwargs: object) -> object:
        nonlocal validated
        validated += 1
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(csvimport, "_validate", counting)
    tracemalloc.start()
    try:
        report = import_customers(desk.kernel, it, path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert report.ok and report.imported == 30_000 and validated == 30_000
    assert customer_count(desk) == 30_000
    assert peak < 15 * 2**20, f"peak {peak / 2**20:.1f} MiB"


def test_the_import_puts_the_page_cache_back(desk: Desk, it: SessionHandle) -> None:
    """The import enlarges SQLite's page cache on its pooled connection, and only for itself."""
    if not desk.db.is_sqlite:
        pytest.skip("an SQLite setting")

    def cache_size() -> int:
        with desk.kernel.read() as s:
            return int(s.execute(text("PRAGMA cache_size")).scalar() or 0)

    before = cache_size()
    seen: list[int] = []
    # What the import's transaction sees, from inside it.
    with desk.kernel.write() as s, csvimport._import_cache(s, sqlite=True):
        seen.append(int(s.execute(text("PRAGMA cache_size")).scalar() or 0))
    assert seen == [-csvimport.IMPORT_CACHE_KIB]
    assert import_customers(desk.kernel, it, text_of(rows(15))).ok
    assert cache_size() == before  # one pooled connection: the import's own


def _customer_indexes(s: Any) -> dict[str, str]:
    return dict(s.execute(text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'customer' "
        "AND sql IS NOT NULL")).all())


@pytest.mark.parametrize("outcome", ["imported", "refused", "cancelled", "into a fuller table"])
def test_a_large_import_builds_the_search_indexes_at_its_end(
        desk: Desk, it: SessionHandle, monkeypatch: pytest.MonkeyPatch, outcome: str) -> None:
    """On SQLite a large import into a smaller table drops the search indexes and builds them
    again before it commits; whatever happens, the table ends with the indexes it had."""
    if not desk.db.is_sqlite:
        pytest.skip("SQLite only: on PostgreSQL the indexes stay")
    if outcome == "into a fuller table":
        assert import_customers(desk.kernel, it, text_of(rows(30, 5000))).ok  # fewer than 45
    with desk.kernel.read() as s:
        before = _customer_indexes(s)
    assert set(before) == {"ix_customer_account", "ix_customer_phone", "ix_customer_search_kana",
                           "ix_customer_search_kanji"}
    monkeypatch.setattr(csvimport, "DEFER_INDEXES_MIN_ROWS", 20)
    during: list[set[str]] = []
    real_write = csvimport._Writer.write

    def write(writer: Any, values: list[tuple[object, ...]]) -> None:
        during.append(set(_customer_indexes(writer.s)))
        real_write(writer, values)

    monkeypatch.setattr(csvimport._Writer, "write", write)
    data = rows(45)
    if outcome == "refused":
        data[40] = bad_birth_date(data[40])
    asked: list[int] = []

    def cancelled() -> bool:  # after two batches, when this run is the cancelled one
        asked.append(1)
        return outcome == "cancelled" and len(asked) > 2

    report = None
    try:
        report = import_customers(desk.kernel, it, text_of(data), cancelled=cancelled)
    except ImportCancelled:
        assert outcome == "cancelled"
    kept = {"ix_customer_account"} if outcome == "into a fuller table" else set()
    assert during and all(names == kept for names in during)
    with desk.kernel.read() as s:
        assert _customer_indexes(s) == before
    expected = {"imported": 45, "refused": 0, "cancelled": 0, "into a fuller table": 75}
    assert customer_count(desk) == expected[outcome]
    assert (report is not None and report.ok) == (outcome in ("imported", "into a fuller table"))
