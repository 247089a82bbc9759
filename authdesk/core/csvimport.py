"""Customer import from a CSV file, for IT: all rows or none.

The file
--------
- Text in UTF-8 (with or without a byte-order mark) or Shift_JIS (cp932, as Excel writes it
  on Japanese Windows). Comma-separated, fields quoted with ``"`` where needed (RFC 4180).
- The first line is a header naming the columns, in any order. Required columns:

  ============== ==============================================================
  number         customer number, ``C`` and 7 digits (``C0001234``)
  name_kanji     name as registered (kanji), family and given name split by a space
  name_kana      name in katakana (hiragana and half-width are accepted and folded)
  birth_date     ``YYYY-MM-DD`` (``YYYY/MM/DD`` accepted)
  postal_code    7 digits, with or without the hyphen (``100-0001``)
  address        registered postal address
  phone          Japanese number, 10 or 11 digits starting with 0 (hyphens, ``+81`` accepted)
  ============== ==============================================================

  Optional columns (an absent column counts as empty):

  ============== ==============================================================
  email          e-mail address, or empty
  bank_code      withdrawal account: 4-digit Zengin bank code
  branch_code    3-digit branch code
  account_type   ``ordinary``/``普通``, ``current``/``当座`` or ``savings``/``貯蓄``
  account_number 7 digits
  account_holder holder name in katakana, as the bank writes it
  ============== ==============================================================

  The five account columns are all filled or all empty. Any other column is refused (it is
  most likely a misspelt one).

What happens
------------
The file is read as a stream, record by record, and never held in memory whole: IT loads books
of a million customers. Every row is validated (the same rules as ``CustomerService.add``; the
account through ``bank.parse_bank_account``), then checked for duplicates: a customer number or
a bank account that appears twice in the file or is already registered. Valid rows are written
in batches, all inside ONE write transaction. Each bad row is reported with its line number (the
line its record starts on) and the reason, the first ``MAX_REPORTED_ERRORS`` of them in full and
the rest counted. If any row is bad the transaction is rolled back, so no customer is written,
and a ``customer.import.refused`` event (counts only) is committed on its own; otherwise the
rows and one ``customer.imported`` event commit together. A cancel (the caller's ``cancelled``
returns true, checked between batches) rolls everything back too. A problem with the file as a
whole (unreadable, not text, no header, unknown column) raises ``CsvImportError``.

Memory stays bounded by what duplicate detection needs, kept compact: a bitmap over the 10^7
possible customer numbers, the file's bank accounts as packed integers, and the number and
account of each row with its line in typed arrays (to name the earlier line of a duplicate).
Duplicates against the database are looked up per batch through the indexes.
"""

from __future__ import annotations

import codecs
import csv
import io
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, cast

from sqlalchemy import Table, insert, select, text
from sqlalchemy.orm import Session

from authdesk.core.actions import Action
from authdesk.core.authority import Principal
from authdesk.core.customers import NewCustomer, customer_values, parse_customer
from authdesk.core.errors import AuthDeskError
from authdesk.core.kernel import Kernel
from authdesk.core.reconcile import record_imported
from authdesk.core.roles import Operation
from authdesk.storage.models import Customer

REQUIRED_COLUMNS = (
    "number", "name_kanji", "name_kana", "birth_date", "postal_code", "address", "phone",
)
OPTIONAL_COLUMNS = (
    "email", "bank_code", "branch_code", "account_type", "account_number", "account_holder",
)
COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
AccountKey = tuple[str, str, str]  # bank code, branch code, account number
BATCH_ROWS = 1000
MAX_REPORTED_ERRORS = 1000
# Rows per "IN (...)" lookup: well under SQLite's bound-parameter limit (3 per account key).
_LOOKUP_CHUNK = 300
IMPORT_CACHE_KIB = 64 * 1024  # SQLite page cache during an import (peak memory budget)

ProgressCallback = Callable[[int], None]  # rows read so far (data rows, not lines)
CancelCheck = Callable[[], bool]


class CsvImportError(AuthDeskError):
    template = "The customer file cannot be imported: {reason}."


class ImportCancelled(AuthDeskError):
    template = "The customer import was cancelled; no customer was written."


@dataclass(frozen=True)
class RowError:
    line: int
    reason: str


@dataclass(frozen=True)
class ImportReport:
    """``errors`` holds the first ``MAX_REPORTED_ERRORS`` bad rows; ``error_count`` all."""

    rows: int
    imported: int
    errors: tuple[RowError, ...]
    error_count: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors and not self.error_count


@dataclass(frozen=True)
class ParsedFile:
    """The validated rows (with their line numbers) and the problems found without the DB."""

    records: tuple[tuple[int, NewCustomer], ...]
    errors: tuple[RowError, ...]
    rows: int


def _file_encoding(path: Path) -> str:
    """UTF-8 (BOM or not) or Shift_JIS, decided by decoding the whole file in chunks first,
    so a bad byte near the end is found before any row is written."""
    try:
        with path.open("rb") as raw:
            for encoding in ("utf-8-sig", "cp932"):
                raw.seek(0)
                decoder = codecs.getincrementaldecoder(encoding)()
                try:
                    while chunk := raw.read(1 << 20):
                        decoder.decode(chunk)
                    decoder.decode(b"", final=True)
                except UnicodeDecodeError:
                    continue
                return encoding
    except (OSError, ValueError) as exc:
        raise CsvImportError(reason=f"the file cannot be read ({type(exc).__name__})") from None
    raise CsvImportError(reason="the file is neither UTF-8 nor Shift_JIS text")


def open_source(path_or_text: str | Path) -> IO[str]:
    """A ``Path`` (or a string without a line break) is a file to read, as a stream; a string
    with a line break is the CSV text itself."""
    if isinstance(path_or_text, str) and ("\n" in path_or_text or "\r" in path_or_text):
        return io.StringIO(path_or_text.removeprefix("\ufeff"), newline="")
    path = Path(path_or_text)
    encoding = _file_encoding(path)
    try:
        return path.open(encoding=encoding, newline="")
    except (OSError, ValueError) as exc:
        raise CsvImportError(reason=f"the file cannot be read ({type(exc).__name__})") from None


def read_text(path_or_text: str | Path) -> str:
    """The whole text (small files and tests; the import itself streams)."""
    with open_source(path_or_text) as source:
        return source.read()


def _records(source: IO[str]) -> Iterator[tuple[int, list[str]]]:
    """(first line number, fields) of each record; blank lines are skipped."""
    reader = csv.reader(source, strict=True)
    line = 1
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise CsvImportError(reason=f"line {line} is not valid CSV ({exc})") from None
        except UnicodeDecodeError:  # the file changed since its encoding was checked
            raise CsvImportError(reason="the file is neither UTF-8 nor Shift_JIS text") from None
        if fields and any(f.strip() for f in fields):
            yield line, fields
        line = reader.line_num + 1


def _columns(records: Iterator[tuple[int, list[str]]]) -> list[str]:
    try:
        _, header = next(records)
    except StopIteration:
        raise CsvImportError(reason="the file is empty") from None
    columns = [h.strip().lower() for h in header]
    unknown = [c for c in columns if c not in COLUMNS]
    if unknown:
        raise CsvImportError(reason=f"unknown column '{unknown[0][:40]}'")
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise CsvImportError(reason=f"the column '{missing[0]}' is missing")
    if len(set(columns)) != len(columns):
        raise CsvImportError(reason="a column appears twice in the header")
    return columns


def _validate(columns: list[str], fields: list[str], today: date) -> NewCustomer | str:
    """The validated record, or the reason the row is bad."""
    if len(fields) != len(columns):
        return f"expected {len(columns)} values, found {len(fields)}"
    values = dict(zip(columns, fields, strict=True))
    try:
        return parse_customer(
            today=today, number=values["number"], name_kanji=values["name_kanji"],
            name_kana=values["name_kana"], birth_date=values["birth_date"],
            postal_code=values["postal_code"], address=values["address"],
            phone=values["phone"], email=values.get("email"),
            bank_code=values.get("bank_code"), branch_code=values.get("branch_code"),
            account_type=values.get("account_type"),
            account_number=values.get("account_number"),
            account_holder=values.get("account_holder"))
    except AuthDeskError as exc:
        return exc.message


def _number_index(number: str) -> int:
    return int(number[1:])  # validated: C and 7 digits


def _account_index(key: AccountKey) -> int:
    bank_code, branch_code, account_number = key  # validated: 4, 3 and 7 digits
    return int(bank_code + branch_code + account_number)


class _SeenInFile:
    """The customer numbers and bank accounts met so far in the file, compactly: a bitmap over
    every possible number, account keys packed into ints, and (number or account, line) of each
    first occurrence in typed arrays, read only to name the earlier line of a duplicate."""

    def __init__(self) -> None:
        self._numbers = bytearray(10**7 // 8)
        self._accounts: set[int] = set()
        self._number_keys = array("I")
        self._number_lines = array("I")
        self._account_keys = array("Q")
        self._account_lines = array("I")

    def has_number(self, number: str) -> bool:
        i = _number_index(number)
        return bool(self._numbers[i >> 3] & (1 << (i & 7)))

    def add_number(self, number: str, line: int) -> None:
        i = _number_index(number)
        self._numbers[i >> 3] |= 1 << (i & 7)
        self._number_keys.append(i)
        self._number_lines.append(line)

    def has_account(self, key: AccountKey) -> bool:
        return _account_index(key) in self._accounts

    def add_account(self, key: AccountKey, line: int) -> None:
        packed = _account_index(key)
        self._accounts.add(packed)
        self._account_keys.append(packed)
        self._account_lines.append(line)

    def first_lines(self, numbers: set[str], accounts: set[AccountKey]) -> dict[object, int]:
        """The line of the first occurrence of each wanted number and account (one pass)."""
        found: dict[object, int] = {}
        wanted_numbers = {_number_index(n): n for n in numbers}
        for key, line in zip(self._number_keys, self._number_lines, strict=True):
            name = wanted_numbers.pop(key, None)
            if name is not None:
                found[name] = line
        wanted_accounts = {_account_index(k): k for k in accounts}
        for packed, line in zip(self._account_keys, self._account_lines, strict=True):
            account = wanted_accounts.pop(packed, None)
            if account is not None:
                found[account] = line
        return found


@dataclass(frozen=True)
class _Earlier:
    """A duplicate within the file whose earlier line is looked up at the end."""

    line: int
    number: str | None
    account: AccountKey | None


def parse_file(text: str, today: date) -> ParsedFile:
    """Validate every row of a (small) text without touching the database."""
    good: list[tuple[int, NewCustomer]] = []
    errors: list[RowError] = []
    numbers: dict[str, int] = {}
    accounts: dict[AccountKey, int] = {}
    rows = 0
    records = _records(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    columns = _columns(records)
    for line, fields in records:
        rows += 1
        record = _validate(columns, fields, today)
        if isinstance(record, str):
            errors.append(RowError(line, record))
            continue
        if record.number in numbers:
            errors.append(RowError(line, f"customer number {record.number} is also on line "
                                         f"{numbers[record.number]}"))
            continue
        numbers[record.number] = line
        key = record.account_key
        if key is not None:
            if key in accounts:
                errors.append(RowError(line, f"the bank account is also on line {accounts[key]}"))
                continue
            accounts[key] = line
        good.append((line, record))
    return ParsedFile(tuple(good), tuple(errors), rows)


def _registered_numbers(s: Session, numbers: list[str]) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(numbers), _LOOKUP_CHUNK):
        found.update(s.scalars(select(Customer.number)
                               .where(Customer.number.in_(numbers[i:i + _LOOKUP_CHUNK]))))
    return found


def _registered_accounts(s: Session, keys: list[AccountKey]) -> dict[AccountKey, str]:
    """Which of ``keys`` are already some customer's withdrawal account (key -> number).

    Asked per bank and branch with the account numbers in an IN list, the shape SQLite serves
    from the (bank, branch, number) index; a row-value ``(a, b, c) IN (...)`` makes it scan
    the whole table, once per batch."""
    by_branch: dict[tuple[str, str], list[str]] = {}
    for key in keys:
        by_branch.setdefault((key[0], key[1]), []).append(key[2])
    found: dict[AccountKey, str] = {}
    for (bank_code, branch_code), numbers in by_branch.items():
        for i in range(0, len(numbers), _LOOKUP_CHUNK):
            query = select(Customer.account_number, Customer.number).where(
                Customer.bank_code == bank_code, Customer.branch_code == branch_code,
                Customer.account_number.in_(numbers[i:i + _LOOKUP_CHUNK]))
            for account_number, number in s.execute(query):
                if account_number is not None:
                    found[(bank_code, branch_code, account_number)] = number
    return found


class _Refused(Exception):
    """Rolls the import's transaction back; carries the report out."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("refused")
        self.report = report


class _Run:
    """One import inside its write transaction: validates, checks and writes batch by batch."""

    def __init__(self, s: Session, today: date, created_at: datetime,
                 cancelled: CancelCheck | None,
                 written: Callable[[list[dict[str, object]]], None] | None = None) -> None:
        self.s = s
        self.written = written  # told of each batch written (its event: core.reconcile)
        self.today = today
        self.created_at = created_at
        self.cancelled = cancelled
        self.seen = _SeenInFile()
        self.rows = 0
        self.imported = 0
        self.error_count = 0
        # The reported errors in line order; an _Earlier gets its reason at the end.
        self.reported: list[RowError | _Earlier] = []
        self.batch: list[tuple[int, NewCustomer]] = []
        self.batch_errors: list[RowError | _Earlier] = []

    def _bad(self, error: RowError | _Earlier) -> None:
        self.batch_errors.append(error)

    def row(self, line: int, fields: list[str], columns: list[str]) -> None:
        self.rows += 1
        record = _validate(columns, fields, self.today)
        if isinstance(record, str):
            self._bad(RowError(line, record))
            return
        if self.seen.has_number(record.number):
            self._bad(_Earlier(line, record.number, None))
            return
        self.seen.add_number(record.number, line)
        key = record.account_key
        if key is not None:
            if self.seen.has_account(key):
                self._bad(_Earlier(line, None, key))
                return
            self.seen.add_account(key, line)
        self.batch.append((line, record))

    def flush(self) -> None:
        """Check the batch against the database, write its good rows, keep its errors."""
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled()
        # Every row written earlier by this import is in ``seen``, so a hit here is a customer
        # registered before the import.
        registered = _registered_numbers(self.s, [r.number for _, r in self.batch])
        owners = _registered_accounts(
            self.s, [r.account_key for _, r in self.batch if r.account_key is not None])
        values = []
        for line, record in self.batch:
            if record.number in registered:
                self._bad(RowError(line, f"customer number {record.number} is already "
                                         "registered"))
            elif record.account_key is not None and record.account_key in owners:
                self._bad(RowError(line, "the bank account is already registered for customer "
                                         f"{owners[record.account_key]}"))
            else:
                values.append(customer_values(record, self.created_at))
        if values and not self.error_count and not self.batch_errors:
            # Once a row is bad nothing will be kept, so later good rows are only checked.
            self.s.execute(insert(cast(Table, Customer.__table__)), values)
            self.imported += len(values)
            if self.written is not None:
                self.written(values)
        self.batch_errors.sort(key=lambda e: e.line)
        room = MAX_REPORTED_ERRORS - len(self.reported)
        self.reported.extend(self.batch_errors[:max(room, 0)])
        self.error_count += len(self.batch_errors)
        self.batch_errors = []
        self.batch = []

    def errors(self) -> tuple[RowError, ...]:
        earlier = [e for e in self.reported if isinstance(e, _Earlier)]
        lines = self.seen.first_lines({e.number for e in earlier if e.number},
                                      {e.account for e in earlier if e.account})
        out: list[RowError] = []
        for e in self.reported:
            if isinstance(e, RowError):
                out.append(e)
            elif e.number is not None:
                out.append(RowError(e.line, f"customer number {e.number} is also on line "
                                            f"{lines[e.number]}"))
            else:
                out.append(RowError(e.line, f"the bank account is also on line "
                                            f"{lines[e.account]}"))
        return tuple(out)


@contextmanager
def _import_cache(s: Session, sqlite: bool) -> Iterator[None]:
    """A larger SQLite page cache while the import runs: with the default 2 MiB, a million
    random-order index inserts keep evicting pages to the WAL and reading them back. Put back
    afterwards, since the connection returns to the pool."""
    if not sqlite:
        yield
        return
    before = s.execute(text("PRAGMA cache_size")).scalar()
    s.execute(text(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}"))
    try:
        yield
    finally:
        s.execute(text(f"PRAGMA cache_size = {int(before or -2000)}"))


def import_customers(kernel: Kernel, handle: Principal, path_or_text: str | Path, *,
                     progress: ProgressCallback | None = None,
                     cancelled: CancelCheck | None = None) -> ImportReport:
    """Import a customer CSV (format in the module docstring): every row, or none.

    ``progress`` is called with the number of rows read after each batch; ``cancelled`` is
    asked between batches, and true rolls the import back (``ImportCancelled``)."""
    with kernel.read() as s:  # refuse before reading anything of the file
        kernel.authorize(s, handle, Operation.IMPORT_CUSTOMERS)
    with open_source(path_or_text) as source:
        records = _records(source)
        columns = _columns(records)  # a broken header is refused before the transaction
        try:
            with kernel.write() as s, _import_cache(s, kernel.db.is_sqlite):
                actor = kernel.authorize(s, handle, Operation.IMPORT_CUSTOMERS)
                run = _Run(s, kernel.now().date(), kernel.now(), cancelled,
                           lambda rows: record_imported(kernel, s, actor, rows))
                for line, fields in records:
                    run.row(line, fields, columns)
                    if len(run.batch) + len(run.batch_errors) >= BATCH_ROWS:
                        run.flush()
                        if progress is not None:
                            progress(run.rows)
                run.flush()
                if progress is not None:
                    progress(run.rows)
                if run.error_count:
                    raise _Refused(ImportReport(rows=run.rows, imported=0, errors=run.errors(),
                                                error_count=run.error_count))
                kernel.record(s, actor, Action.CUSTOMER_IMPORTED, subject="customers",
                              details={"count": run.imported})
        except _Refused as refused:
            report = refused.report
            # The rows are rolled back; the refusal is recorded on its own, with counts only.
            with kernel.write() as s:
                actor = kernel.authorize(s, handle, Operation.IMPORT_CUSTOMERS)
                kernel.record(s, actor, Action.CUSTOMER_IMPORT_REFUSED, subject="customers",
                              outcome="refused",
                              details={"rows": report.rows, "errors": report.error_count})
            return report
    return ImportReport(rows=run.rows, imported=run.imported, errors=())

