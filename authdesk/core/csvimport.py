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
Duplicates against the database are looked up per batch through the indexes; no other writer
can add a customer meanwhile (SQLite's write lock; on PostgreSQL the customer table is locked
against writes, not reads, until the commit), so an import into an empty table skips them.

Speed (a million rows; ``benchmarks/import.py``): each validated row becomes its values in one
place, ``row_values``; batches go to the database through the driver (one ``executemany`` on
SQLite, ``COPY`` on PostgreSQL) with the columns' own bind processors, so rows are stored as
the ORM stores them. On SQLite a large import into a smaller table drops the customer search
indexes at its first batch and builds them again before the commit, in the same transaction.
"""

from __future__ import annotations

import codecs
import csv
import io
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, cast

from sqlalchemy import Table, select, text
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
DEFERRED_CACHE_KIB = 16 * 1024  # ... and while the search indexes wait for the end

# A large import into a table with fewer customers builds the search indexes at its end.
DEFER_INDEXES_MIN_ROWS = 50_000
_ACCOUNT_INDEX = "ix_customer_account"

CancelCheck = Callable[[], bool]


class CsvImportError(AuthDeskError):
    template = "The customer file cannot be imported: {reason}."


class ImportCancelled(AuthDeskError):
    template = "The customer import was cancelled; no customer was written."


@dataclass(frozen=True)
class ImportProgress:
    """How far an import has come: data rows read, and bytes of the file (characters of a
    text given directly) read of its size. ``finishing``: every row is read and written; the
    indexes are being built and the transaction committed (no more progress until the end)."""

    rows: int
    bytes_read: int
    bytes_total: int
    finishing: bool = False

    @property
    def fraction(self) -> float:
        return self.bytes_read / self.bytes_total if self.bytes_total else 0.0


ProgressCallback = Callable[[ImportProgress], None]


class RowProblem(AuthDeskError):
    """Why a row of the file is refused (a duplicate or the wrong number of values); a field
    that fails validation raises the field's own error instead."""


class WrongValueCount(RowProblem):
    template = "expected {expected} values, found {found}"


class NumberAlsoOnLine(RowProblem):
    template = "customer number {number} is also on line {line}"


class AccountAlsoOnLine(RowProblem):
    template = "the bank account is also on line {line}"


class NumberRegistered(RowProblem):
    template = "customer number {number} is already registered"


class AccountRegistered(RowProblem):
    template = "the bank account is already registered for customer {number}"


@dataclass(frozen=True)
class RowError:
    """A bad row: its line, the reason in English, and the error itself (for the GUI to say
    it in the user's language)."""

    line: int
    reason: str
    error: AuthDeskError | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, line: int, error: AuthDeskError) -> RowError:
        return cls(line, error.message, error)


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


def _validate(columns: list[str], fields: list[str], today: date) -> NewCustomer | AuthDeskError:
    """The validated record, or the reason the row is bad."""
    if len(fields) != len(columns):
        return WrongValueCount(expected=len(columns), found=len(fields))
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
        return exc


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
        if isinstance(record, AuthDeskError):
            errors.append(RowError.of(line, record))
            continue
        if record.number in numbers:
            errors.append(RowError.of(line, NumberAlsoOnLine(number=record.number,
                                                             line=numbers[record.number])))
            continue
        numbers[record.number] = line
        key = record.account_key
        if key is not None:
            if key in accounts:
                errors.append(RowError.of(line, AccountAlsoOnLine(line=accounts[key])))
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


# --- Writing -----------------------------------------------------------------------------------

INSERT_COLUMNS = tuple(c.name for c in Customer.__table__.columns if c.name != "id")


def row_values(record: NewCustomer, created_at: datetime) -> tuple[object, ...]:
    """The one place a validated row becomes what is inserted: its values in
    ``INSERT_COLUMNS`` order (the column mapping itself is ``customer_values``'s)."""
    values = customer_values(record, created_at)
    return tuple([values[c] for c in INSERT_COLUMNS])


class _Writer:
    """Inserts batches of ``row_values`` tuples through the driver itself: SQLAlchemy's
    per-row parameter handling cost more than the insert. Values go through each column
    type's own bind processor (dates on SQLite), so the rows are stored exactly as the ORM
    stores them."""

    def __init__(self, s: Session) -> None:
        self.s = s
        connection = s.connection()
        dialect = connection.dialect
        table = cast(Table, Customer.__table__)
        self.processors = [
            (i, processor) for i, name in enumerate(INSERT_COLUMNS)
            if (processor := table.c[name].type.dialect_impl(dialect).bind_processor(dialect))
            is not None]
        self.sqlite = dialect.name == "sqlite"
        columns = ", ".join(INSERT_COLUMNS)
        if self.sqlite:
            self.sql = (f"INSERT INTO customer ({columns}) "
                        f"VALUES ({', '.join('?' * len(INSERT_COLUMNS))})")
        else:
            self.sql = f"COPY customer ({columns}) FROM STDIN"

    def _processed(self, rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
        if not self.processors:
            return rows
        out = []
        for row in rows:
            values = list(row)
            for i, processor in self.processors:
                values[i] = processor(values[i])
            out.append(tuple(values))
        return out

    def write(self, rows: list[tuple[object, ...]]) -> None:
        if not rows:
            return
        rows = self._processed(rows)
        connection = self.s.connection()
        if self.sqlite:
            connection.exec_driver_sql(self.sql, rows)  # one executemany, prepared once
            return
        # PostgreSQL: COPY, in the import's transaction, on the session's own connection.
        driver = connection.connection.driver_connection
        assert driver is not None
        with driver.cursor() as cursor, cursor.copy(self.sql) as copy:
            for row in rows:
                copy.write_row(row)


class _DeferredIndexes:
    """On SQLite, a large import into a small table drops the customer table's search indexes
    at its start and builds them again at its end, in the same transaction: building an index
    sorts once, while a million inserts in random key order keep evicting index pages from the
    cache and reading them back. The indexes that find duplicates (customer number, bank
    account) stay while the table held customers before. Readers never see the table without
    them (they read the last commit), and a refused or cancelled import rolls the drop back
    with everything else."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.dropped: list[tuple[str, str]] = []

    def drop(self, keep_account_index: bool) -> None:
        indexes = self.s.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
            "tbl_name = 'customer' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'"))
        for name, sql in indexes.all():
            if keep_account_index and name == _ACCOUNT_INDEX:
                continue
            self.s.execute(text(f'DROP INDEX "{name}"'))
            self.dropped.append((name, sql))

    def rebuild(self) -> None:
        for _name, sql in self.dropped:
            self.s.execute(text(sql))  # as the schema created it, name and all
        self.dropped = []


class _Refused(Exception):
    """Rolls the import's transaction back; carries the report out."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("refused")
        self.report = report


class _Run:
    """One import inside its write transaction: validates, checks and writes batch by batch."""

    def __init__(self, s: Session, today: date, created_at: datetime,
                 cancelled: CancelCheck | None, *, table_was_empty: bool,
                 estimate_rows: Callable[[int], int], sqlite: bool,
                 written: Callable[[list[tuple[object, ...]]], None] | None = None) -> None:
        self.s = s
        self.written = written  # told of each batch written (its event: core.reconcile)
        self.today = today
        self.created_at = created_at
        self.cancelled = cancelled
        # Nobody else can add a customer while the import runs (SQLite's write lock, a table
        # lock on PostgreSQL), so if there was none, none can be a duplicate of a registered one.
        self.table_was_empty = table_was_empty
        self.estimate_rows = estimate_rows
        self.writer = _Writer(s)
        self.deferred = _DeferredIndexes(s) if sqlite else None
        self.seen = _SeenInFile()
        self.rows = 0
        self.imported = 0
        self.error_count = 0
        self.flushes = 0
        # The reported errors in line order; an _Earlier gets its reason at the end.
        self.reported: list[RowError | _Earlier] = []
        self.batch: list[tuple[int, NewCustomer]] = []
        self.batch_errors: list[RowError | _Earlier] = []

    def _bad(self, error: RowError | _Earlier) -> None:
        self.batch_errors.append(error)

    def row(self, line: int, fields: list[str], columns: list[str]) -> None:
        self.rows += 1
        record = _validate(columns, fields, self.today)
        if isinstance(record, AuthDeskError):
            self._bad(RowError.of(line, record))
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

    def _first_flush(self) -> None:
        if self.deferred is None:
            return
        expected = self.estimate_rows(self.rows)
        existing = 0 if self.table_was_empty else int(
            self.s.execute(text("SELECT coalesce(max(id), 0) FROM customer")).scalar() or 0)
        if expected >= DEFER_INDEXES_MIN_ROWS and expected >= existing:
            self.deferred.drop(keep_account_index=not self.table_was_empty)
            # Without random-order index inserts a smaller cache does, and SQLite's sorter,
            # which builds the indexes at the end, takes as much memory as the cache besides.
            self.s.execute(text(f"PRAGMA cache_size = -{DEFERRED_CACHE_KIB}"))

    def flush(self) -> None:
        """Check the batch against the database, write its good rows, keep its errors."""
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled()
        if self.flushes == 0:
            self._first_flush()
        self.flushes += 1
        # Every row written earlier by this import is in ``seen``, so a hit here is a customer
        # registered before the import.
        registered: set[str] = set()
        owners: dict[AccountKey, str] = {}
        if not self.table_was_empty:
            registered = _registered_numbers(self.s, [r.number for _, r in self.batch])
            owners = _registered_accounts(
                self.s, [r.account_key for _, r in self.batch if r.account_key is not None])
        values = []
        for line, record in self.batch:
            if record.number in registered:
                self._bad(RowError.of(line, NumberRegistered(number=record.number)))
            elif record.account_key is not None and record.account_key in owners:
                self._bad(RowError.of(line, AccountRegistered(number=owners[record.account_key])))
            elif not self.error_count and not self.batch_errors:
                # Once a row is bad nothing will be kept, so later good rows are only checked.
                values.append(row_values(record, self.created_at))
        if values and not self.error_count and not self.batch_errors:
            self.writer.write(values)
            self.imported += len(values)
            if self.written is not None:
                self.written(values)
        self.batch_errors.sort(key=lambda e: e.line)
        room = MAX_REPORTED_ERRORS - len(self.reported)
        self.reported.extend(self.batch_errors[:max(room, 0)])
        self.error_count += len(self.batch_errors)
        self.batch_errors = []
        self.batch = []

    def finish(self) -> None:
        """After the last row: the last cancel check, then the dropped indexes come back."""
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled()
        if self.deferred is not None and not self.error_count:
            self.deferred.rebuild()

    def errors(self) -> tuple[RowError, ...]:
        earlier = [e for e in self.reported if isinstance(e, _Earlier)]
        lines = self.seen.first_lines({e.number for e in earlier if e.number},
                                      {e.account for e in earlier if e.account})
        out: list[RowError] = []
        for e in self.reported:
            if isinstance(e, RowError):
                out.append(e)
            elif e.number is not None:
                out.append(RowError.of(e.line, NumberAlsoOnLine(number=e.number,
                                                                line=lines[e.number])))
            else:
                out.append(RowError.of(e.line, AccountAlsoOnLine(line=lines[e.account])))
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


def _lock_customers(s: Session, sqlite: bool) -> bool:
    """Keep other writers of the customer table out until the import commits (SQLite's write
    transaction does that already); True if the table holds no customer."""
    if not sqlite:
        # Blocks inserts and updates of customers elsewhere (not reads) until the commit, so
        # the duplicate checks against registered customers stay true until then.
        s.execute(text("LOCK TABLE customer IN SHARE ROW EXCLUSIVE MODE"))
    return s.execute(text("SELECT 1 FROM customer LIMIT 1")).first() is None


class _Position:
    """How far through its source the reader is: bytes of a file (the buffered reader's
    position, ahead of the parser by at most one read), characters of a text."""

    def __init__(self, source: IO[str], total: int) -> None:
        self.total = total
        buffer = getattr(source, "buffer", None)
        self._tell: Callable[[], int] = buffer.tell if buffer is not None else source.tell

    def done(self) -> int:
        return min(self._tell(), self.total)


def _source_size(path_or_text: str | Path, source: IO[str]) -> int:
    if isinstance(source, io.StringIO):
        return len(source.getvalue())
    try:
        return Path(path_or_text).stat().st_size
    except OSError:
        return 0


def import_customers(kernel: Kernel, handle: Principal, path_or_text: str | Path, *,
                     progress: ProgressCallback | None = None,
                     cancelled: CancelCheck | None = None) -> ImportReport:
    """Import a customer CSV (format in the module docstring): every row, or none.

    ``progress`` is called with an ``ImportProgress`` after each batch and once more before
    the final commit; ``cancelled`` is asked between batches and before the commit, and true
    rolls the import back (``ImportCancelled``)."""
    with kernel.read() as s:  # refuse before reading anything of the file
        kernel.authorize(s, handle, Operation.IMPORT_CUSTOMERS)
    with open_source(path_or_text) as source:
        position = _Position(source, _source_size(path_or_text, source))
        records = _records(source)
        columns = _columns(records)  # a broken header is refused before the transaction
        sqlite = kernel.db.is_sqlite

        def report_progress(run: _Run, finishing: bool = False) -> None:
            if progress is not None:
                progress(ImportProgress(rows=run.rows, bytes_read=position.done(),
                                        bytes_total=position.total, finishing=finishing))

        def estimate_rows(rows: int) -> int:
            done = position.done()
            return rows * position.total // done if done else rows

        try:
            with kernel.write() as s, _import_cache(s, sqlite):
                actor = kernel.authorize(s, handle, Operation.IMPORT_CUSTOMERS)
                run = _Run(s, kernel.now().date(), kernel.now(), cancelled,
                           table_was_empty=_lock_customers(s, sqlite),
                           estimate_rows=estimate_rows, sqlite=sqlite,
                           written=lambda rows: record_imported(
                               kernel, s, actor, [dict(zip(INSERT_COLUMNS, r, strict=True))
                                                  for r in rows]))
                for line, fields in records:
                    run.row(line, fields, columns)
                    if len(run.batch) + len(run.batch_errors) >= BATCH_ROWS:
                        run.flush()
                        report_progress(run)
                run.flush()
                report_progress(run, finishing=not run.error_count)
                if run.error_count:
                    raise _Refused(ImportReport(rows=run.rows, imported=0, errors=run.errors(),
                                                error_count=run.error_count))
                run.finish()
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
