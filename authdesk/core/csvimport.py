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
Every row is validated (the same rules as ``CustomerService.add``; the account through
``bank.parse_bank_account``), then checked for duplicates: a customer number or a bank account
that appears twice in the file or is already registered. Each bad row is reported with its line
number (the line its record starts on) and the reason. If any row is bad, no customer is
written; otherwise all are written in one transaction with one ``customer.imported`` event.
A problem with the file as a whole (unreadable, not text, no header, unknown column) raises
``CsvImportError``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from authdesk.core.actions import Action
from authdesk.core.authority import Principal
from authdesk.core.customers import NewCustomer, customer_row, existing_numbers, parse_customer
from authdesk.core.errors import AuthDeskError
from authdesk.core.kernel import Kernel
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


class CsvImportError(AuthDeskError):
    template = "The customer file cannot be imported: {reason}."


@dataclass(frozen=True)
class RowError:
    line: int
    reason: str


@dataclass(frozen=True)
class ImportReport:
    rows: int
    imported: int
    errors: tuple[RowError, ...]

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class ParsedFile:
    """The validated rows (with their line numbers) and the problems found without the DB."""

    records: tuple[tuple[int, NewCustomer], ...]
    errors: tuple[RowError, ...]
    rows: int


def read_text(path_or_text: str | Path) -> str:
    """A ``Path`` (or a string without a line break) is a file to read; a string with a line
    break is the CSV text itself."""
    if isinstance(path_or_text, str) and ("\n" in path_or_text or "\r" in path_or_text):
        return path_or_text.removeprefix("\ufeff")
    try:
        raw = Path(path_or_text).read_bytes()
    except (OSError, ValueError) as exc:
        raise CsvImportError(reason=f"the file cannot be read ({type(exc).__name__})") from None
    for encoding in ("utf-8-sig", "cp932"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise CsvImportError(reason="the file is neither UTF-8 nor Shift_JIS text")


def _records(text: str) -> Iterator[tuple[int, list[str]]]:
    """(first line number, fields) of each record; blank lines are skipped."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    line = 1
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise CsvImportError(reason=f"line {line} is not valid CSV ({exc})") from None
        if fields and any(f.strip() for f in fields):
            yield line, fields
        line = reader.line_num + 1


def parse_file(text: str, today: date) -> ParsedFile:
    """Validate every row without touching the database."""
    records = _records(text)
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

    good: list[tuple[int, NewCustomer]] = []
    errors: list[RowError] = []
    numbers: dict[str, int] = {}
    accounts: dict[AccountKey, int] = {}
    rows = 0
    for line, fields in records:
        rows += 1
        if len(fields) != len(columns):
            errors.append(RowError(line, f"expected {len(columns)} values, found {len(fields)}"))
            continue
        values = dict(zip(columns, fields, strict=True))
        try:
            record = parse_customer(
                today=today, number=values["number"], name_kanji=values["name_kanji"],
                name_kana=values["name_kana"], birth_date=values["birth_date"],
                postal_code=values["postal_code"], address=values["address"],
                phone=values["phone"], email=values.get("email"),
                bank_code=values.get("bank_code"), branch_code=values.get("branch_code"),
                account_type=values.get("account_type"),
                account_number=values.get("account_number"),
                account_holder=values.get("account_holder"))
        except AuthDeskError as exc:
            errors.append(RowError(line, exc.message))
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


def _registered_accounts(s: Session, keys: set[AccountKey]) -> dict[AccountKey, str]:
    """Which of ``keys`` are already some customer's withdrawal account (key -> number)."""
    found: dict[AccountKey, str] = {}
    numbers = sorted({k[2] for k in keys})
    for i in range(0, len(numbers), 500):  # stay under SQLite's bound-parameter limit
        query = select(Customer.bank_code, Customer.branch_code, Customer.account_number,
                       Customer.number).where(Customer.account_number.in_(numbers[i:i + 500]))
        for bank_code, branch_code, account_number, number in s.execute(query):
            key = (bank_code, branch_code, account_number)
            if key in keys:
                found[key] = number
    return found


def import_customers(kernel: Kernel, handle: Principal,
                     path_or_text: str | Path) -> ImportReport:
    """Import a customer CSV (format in the module docstring): every row, or none."""
    with kernel.read() as s:  # refuse before reading anything of the file
        kernel.authorize(s, handle, Operation.IMPORT_CUSTOMERS)
    parsed = parse_file(read_text(path_or_text), kernel.now().date())
    errors = list(parsed.errors)
    with kernel.write() as s:
        actor = kernel.authorize(s, handle, Operation.IMPORT_CUSTOMERS)
        taken = existing_numbers(s, [r.number for _, r in parsed.records])
        accounts = {r.account_key for _, r in parsed.records if r.account_key is not None}
        registered = _registered_accounts(s, accounts)
        for line, record in parsed.records:
            if record.number in taken:
                errors.append(RowError(line, f"customer number {record.number} is already "
                                             "registered"))
            elif record.account_key is not None and record.account_key in registered:
                owner = registered[record.account_key]
                errors.append(RowError(line, "the bank account is already registered for "
                                             f"customer {owner}"))
        if errors:
            errors.sort(key=lambda e: e.line)
            kernel.record(s, actor, Action.CUSTOMER_IMPORT_REFUSED, subject="customers",
                          outcome="refused", details={"rows": parsed.rows, "errors": len(errors)})
            return ImportReport(rows=parsed.rows, imported=0, errors=tuple(errors))
        now = kernel.now()
        s.add_all(customer_row(record, now) for _, record in parsed.records)
        s.flush()
        kernel.record(s, actor, Action.CUSTOMER_IMPORTED, subject="customers",
                      details={"count": len(parsed.records)})
    return ImportReport(rows=parsed.rows, imported=len(parsed.records), errors=())
