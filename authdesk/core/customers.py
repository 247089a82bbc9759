"""Customers: validated records, search, the masked record view, audited unmasking.

Screens get personal data masked (``core.masking``); the clear value of one field is given only
by ``unmask`` with a reason, and both the view and the unmask are audit events. Records come in
through IT's CSV import (``core.csvimport``) or ``add`` (demo data); contact-detail changes are
kept as ``ContactChange`` rows because a recent change is a fraud signal (DESIGN.md §3, risk).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from authdesk.core import bank, kana
from authdesk.core.actions import Action
from authdesk.core.authority import Principal
from authdesk.core.clock import as_utc
from authdesk.core.errors import AuthDeskError, InvalidInput, NotFound
from authdesk.core.factorstate import factor_state, factor_states
from authdesk.core.kernel import Kernel
from authdesk.core.masking import mask_field, mask_name, mask_phone
from authdesk.core.notifications import NotificationKind, NotificationService
from authdesk.core.reconcile import customer_after
from authdesk.core.roles import Operation
from authdesk.core.text import Translation, fold_width, strip_separators, visible
from authdesk.storage.models import ChangeRequest, ContactChange, Customer

NUMBER_PATTERN = re.compile(r"C\d{7}")
UNMASKABLE = ("account_number", "phone", "address", "email", "birth_date")
CONTACT_FIELDS = ("phone", "email", "address", "postal_code")
MAX_SEARCH_RESULTS = 100
RECENT_REQUESTS = 10
MAX_REASON_LENGTH = 500

# Katakana a registered kana name may hold (after hiragana and half-width are folded):
# ァ..ヺ, the middle dot of foreign names, ー, the iteration marks, and spaces between names.
_KANA_NAME_CHARS = frozenset(chr(cp) for cp in range(0x30A1, 0x30FB)) | frozenset("・ーヽヾ ")
_hiragana_to_katakana = Translation(
    {chr(cp): chr(cp + 0x60) for cp in range(0x3041, 0x3097)})
# What people put between the digits of a phone number besides spaces and dashes: 03(1234)5678.
_PHONE_PUNCTUATION = "()."
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


class CustomerNotFound(NotFound):
    template = "No customer {key} was found. Please check the customer number."


class DuplicateCustomer(AuthDeskError):
    template = "Customer number {number} is already registered."


class DuplicateAccount(AuthDeskError):
    template = "This bank account is already registered for customer {number}."


# --- Validation (shared by add and the CSV import) ---------------------------------------------


@dataclass(frozen=True)
class NewCustomer:
    """A validated customer record, in the form it is stored."""

    number: str
    name_kanji: str
    name_kana: str
    birth_date: date
    postal_code: str
    address: str
    phone: str  # digits only
    email: str | None
    account: bank.BankAccount | None

    @property
    def account_key(self) -> tuple[str, str, str] | None:
        if self.account is None:
            return None
        return (self.account.bank_code, self.account.branch_code, self.account.number)


class NotKana(InvalidInput):
    """A kana name holding a character that is not kana (named, so the message translates)."""

    template = "{field}: '{char}' is not kana; write the name in katakana"

def _text(value: str) -> str:
    return " ".join(fold_width(value).split())


def parse_number(text: str) -> str:
    number = _text(text).upper()
    if not NUMBER_PATTERN.fullmatch(number):
        raise InvalidInput(field="customer number",
                           reason="a customer number is C followed by 7 digits, e.g. C0001234")
    return number


def parse_name_kanji(text: str) -> str:
    name = " ".join(text.replace("\u3000", " ").split())
    if not name:
        raise InvalidInput(field="name", reason="the name is missing")
    if len(name) > 128:
        raise InvalidInput(field="name", reason="the name is longer than 128 characters")
    if not name.isprintable():
        raise InvalidInput(field="name", reason="the name contains a control character")
    return name


def parse_name_kana(text: str) -> str:
    """Full-width katakana with single spaces; hiragana and half-width katakana are folded."""
    name = " ".join(_hiragana_to_katakana(fold_width(text)).split())
    if not name:
        raise InvalidInput(field="kana name", reason="the kana name is missing")
    if len(name) > 128:
        raise InvalidInput(field="kana name", reason="the kana name is longer than 128 characters")
    if not _KANA_NAME_CHARS.issuperset(name):  # in C; the loop names the first culprit
        for ch in name:
            if ch not in _KANA_NAME_CHARS:
                raise NotKana(field="kana name", char=visible(ch))
    return name


def parse_birth_date(value: date | str, today: date) -> date:
    if isinstance(value, datetime):
        born = value.date()
    elif isinstance(value, date):
        born = value
    else:
        text = _text(value).replace("/", "-")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise InvalidInput(field="birth date", reason="write the date as YYYY-MM-DD")
        try:
            born = date.fromisoformat(text)
        except ValueError:
            raise InvalidInput(field="birth date", reason="there is no such date") from None
    if born > today or born.year < 1900:
        raise InvalidInput(field="birth date", reason="the date is not a possible birth date")
    return born


def parse_postal_code(text: str) -> str:
    digits = strip_separators(_text(text).lstrip("〒"))
    if not re.fullmatch(r"\d{7}", digits):
        raise InvalidInput(field="postal code", reason="a postal code has 7 digits, e.g. 100-0001")
    return f"{digits[:3]}-{digits[3:]}"


def parse_address(text: str) -> str:
    address = " ".join(text.replace("\u3000", " ").split())
    if not address:
        raise InvalidInput(field="address", reason="the address is missing")
    if len(address) > 256 or not address.isprintable():
        raise InvalidInput(field="address", reason="the address is too long or not printable")
    return address


def phone_digits(text: str) -> str | None:
    """The digits of a phone number as dialled in Japan (+81 becomes 0), or None if ``text``
    holds anything besides digits and the usual separators."""
    compact = strip_separators(fold_width(text), also=_PHONE_PUNCTUATION)
    if compact.startswith("+81"):
        compact = "0" + compact[3:].lstrip("0")
    if not compact or not (compact.isascii() and compact.isdigit()):
        return None
    return compact


def parse_phone(text: str) -> str:
    digits = phone_digits(text)
    if digits is None or not digits.startswith("0") or not 10 <= len(digits) <= 11:
        raise InvalidInput(field="phone",
                           reason="a Japanese phone number has 10 or 11 digits starting with 0")
    return digits


def parse_email(text: str | None) -> str | None:
    if text is None or not text.strip():
        return None
    email = text.strip()
    if len(email) > 256 or not _EMAIL.fullmatch(email) or not email.isascii():
        raise InvalidInput(field="e-mail", reason="not an e-mail address")
    return email


def parse_customer(
    *,
    today: date,
    number: str,
    name_kanji: str,
    name_kana: str,
    birth_date: date | str,
    postal_code: str,
    address: str,
    phone: str,
    email: str | None = None,
    bank_code: str | None = None,
    branch_code: str | None = None,
    account_type: str | None = None,
    account_number: str | None = None,
    account_holder: str | None = None,
) -> NewCustomer:
    """Validate one record; raises the first problem (in column order) as a typed error."""
    # Each call raises on its own field, so the statement order is the order problems are named.
    valid_number = parse_number(number)
    kanji = parse_name_kanji(name_kanji)
    kana_name = parse_name_kana(name_kana)
    born = parse_birth_date(birth_date, today)
    postal = parse_postal_code(postal_code)
    registered_address = parse_address(address)
    digits = parse_phone(phone)
    valid_email = parse_email(email)
    bank_fields = (bank_code, branch_code, account_type, account_number, account_holder)
    given = [bool(f and f.strip()) for f in bank_fields]
    account: bank.BankAccount | None = None
    if all(given):
        assert bank_code and branch_code and account_type and account_number and account_holder
        account = bank.parse_bank_account(bank_code, branch_code, account_type, account_number,
                                          account_holder)
    elif any(given):
        raise InvalidInput(field="withdrawal account",
                           reason="give all five bank fields or none of them")
    return NewCustomer(number=valid_number, name_kanji=kanji, name_kana=kana_name,
                       birth_date=born, postal_code=postal, address=registered_address,
                       phone=digits, email=valid_email, account=account)


def customer_row(record: NewCustomer, created_at: datetime) -> Customer:
    """The row for a validated record, with its search keys filled."""
    return Customer(**customer_values(record, created_at))


def customer_values(record: NewCustomer, created_at: datetime) -> dict[str, object]:
    """The column values of a validated record's row (for bulk inserts without ORM objects)."""
    account = record.account
    return dict(
        number=record.number,
        name_kanji=record.name_kanji,
        name_kana=record.name_kana,
        search_kanji=kana.search_key(record.name_kanji)[:128],
        search_kana=kana.search_key(record.name_kana)[:128],
        birth_date=record.birth_date,
        postal_code=record.postal_code,
        address=record.address,
        phone=record.phone,
        email=record.email,
        bank_code=account.bank_code if account else None,
        branch_code=account.branch_code if account else None,
        account_type=str(account.account_type) if account else None,
        account_number=account.number if account else None,
        account_holder=account.holder if account else None,
        created_at=created_at,
    )


def existing_numbers(s: Session, numbers: Iterable[str]) -> set[str]:
    wanted = sorted(set(numbers))
    found: set[str] = set()
    for i in range(0, len(wanted), 500):  # stay well under SQLite's bound-parameter limit
        chunk = wanted[i:i + 500]
        found.update(s.scalars(select(Customer.number).where(Customer.number.in_(chunk))))
    return found


def account_owner(s: Session, key: tuple[str, str, str]) -> str | None:
    """The number of the customer whose withdrawal account this is, if any."""
    bank_code, branch_code, account_number = key
    return s.scalar(select(Customer.number).where(
        Customer.bank_code == bank_code, Customer.branch_code == branch_code,
        Customer.account_number == account_number).limit(1))


def get_customer(s: Session, customer_id: int, *, for_update: bool = False) -> Customer:
    """The customer row, optionally locked (PostgreSQL) so per-customer rules serialise."""
    query = select(Customer).where(Customer.id == customer_id)
    if for_update:
        query = query.with_for_update()
    row = s.scalar(query)
    if row is None:
        raise CustomerNotFound(key=str(customer_id))
    return row


# --- What screens get --------------------------------------------------------------------------


@dataclass(frozen=True)
class CustomerSummary:
    """One search result. Names are shown (the caller gives them); the rest is masked."""

    id: int
    number: str
    name_kanji: str
    name_kana: str
    birth_date: str
    phone: str
    address: str
    factor_state: str


@dataclass(frozen=True)
class AccountView:
    bank_code: str
    bank_name: str
    branch_code: str
    branch_name: str
    account_type: str
    account_number: str  # masked
    holder: str


@dataclass(frozen=True)
class ContactChangeView:
    field: str
    changed_at: datetime
    changed_by: str


@dataclass(frozen=True)
class RequestView:
    id: int
    status: str
    created_at: datetime
    # Why a rejected or cancelled request was closed, and when: the agent reads it out to a
    # caller who asks what became of their change.
    reason: str | None = None
    closed_at: datetime | None = None


@dataclass(frozen=True)
class CustomerProfile:
    """The record as an agent sees it: personal data masked except the names."""

    id: int
    number: str
    name_kanji: str
    name_kana: str
    birth_date: str
    address: str
    phone: str
    email: str | None
    account: AccountView | None
    factor_state: str
    recent_contact_changes: tuple[ContactChangeView, ...]
    recent_requests: tuple[RequestView, ...]


_CLOSED_WITH_REASON = ("rejected", "cancelled")


def _request_view(row: ChangeRequest) -> RequestView:
    explained = row.status in _CLOSED_WITH_REASON
    return RequestView(row.id, row.status, as_utc(row.created_at),
                       reason=row.decision_reason if explained else None,
                       closed_at=as_utc(row.closed_at) if explained and row.closed_at else None)


def _account_view(row: Customer) -> AccountView | None:
    if not (row.bank_code and row.branch_code and row.account_number):
        return None
    # Names are for display only; a code no longer in the master still shows its digits.
    bank_info = bank.lookup_bank(row.bank_code)
    branch_info = bank.lookup_branch(row.bank_code, row.branch_code)
    return AccountView(bank_code=row.bank_code, bank_name=bank_info.name if bank_info else "",
                       branch_code=row.branch_code,
                       branch_name=branch_info.name if branch_info else "",
                       account_type=row.account_type or "",
                       account_number=mask_field("account_number", row.account_number),
                       holder=row.account_holder or "")


@dataclass(frozen=True)
class _Query:
    kind: str  # "number", "phone", "name"
    audit_text: str
    clause: ColumnElement[bool]


def _prefix(column: Any, prefix: str, ranged: bool) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``. SQLite never serves ``LIKE ? || '%' ESCAPE ...``
    from an index (the pattern is an expression, and LIKE is case-insensitive while the index
    is binary), so there the same test is also written as the range [prefix, successor) that
    the index does serve; LIKE stays beside it so the result is exactly the prefix's. Only on
    SQLite: a server database's collation need not order strings by code point."""
    like = column.startswith(prefix, autoescape=True)
    if not ranged:
        return cast(ColumnElement[bool], like)
    last = ord(prefix[-1])
    if last >= 0x10FFFF:
        return and_(column >= prefix, like)
    return and_(column >= prefix, column < prefix[:-1] + chr(last + 1), like)


def _classify(text: str, ranged: bool = False) -> _Query:
    folded = fold_width(text).strip()
    if not folded:
        raise InvalidInput(field="search",
                           reason="enter a customer number, a name in kana or kanji, or a phone "
                                  "number")
    upper = folded.upper()
    if re.fullmatch(r"C\d{1,7}", upper):
        return _Query("number", upper, _prefix(Customer.number, upper, ranged))
    digits = phone_digits(folded)
    if digits is not None:
        clauses = [_prefix(Customer.phone, digits, ranged)]
        if len(digits) <= 7 and digits == folded:
            # Bare digits may also be a customer number typed without its C (and its zeros).
            clauses.append(_prefix(Customer.number, "C" + digits, ranged))
            clauses.append(Customer.number == "C" + digits.zfill(7))
        return _Query("phone", mask_phone(digits), or_(*clauses))
    key = kana.search_key(folded)
    if not key:
        raise InvalidInput(field="search", reason="the search has no letters or digits")
    return _Query("name", mask_name(folded), or_(_prefix(Customer.search_kana, key, ranged),
                                      _prefix(Customer.search_kanji, key, ranged)))


class CustomerService:
    def __init__(self, kernel: Kernel, notifications: NotificationService) -> None:
        self.kernel = kernel
        self.notifications = notifications

    def search(self, handle: Principal, text: str, limit: int = 20) -> list[CustomerSummary]:
        """By customer number (prefix), kana or kanji name (prefix, width- and kana-insensitive)
        or phone (digits compared). The search is audited, a phone number or a name masked."""
        query = _classify(text, ranged=self.kernel.db.is_sqlite)
        limit = max(1, min(limit, MAX_SEARCH_RESULTS))
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.SEARCH_CUSTOMERS)
            rows = list(s.scalars(select(Customer).where(query.clause)
                                  .order_by(Customer.number).limit(limit)))
            states = factor_states(s, [r.id for r in rows])
            self.kernel.record(s, actor, Action.CUSTOMER_SEARCHED, subject="customers",
                               details={"query": query.audit_text, "kind": query.kind,
                                        "results": len(rows)})
            return [
                CustomerSummary(
                    id=r.id, number=r.number, name_kanji=r.name_kanji, name_kana=r.name_kana,
                    birth_date=mask_field("birth_date", r.birth_date.isoformat()),
                    phone=mask_field("phone", r.phone),
                    address=mask_field("address", r.address),
                    factor_state=str(states[r.id]),
                )
                for r in rows
            ]

    def view(self, handle: Principal, customer_id: int) -> CustomerProfile:
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.VIEW_CUSTOMER)
            row = get_customer(s, customer_id)
            window = self.kernel.policy(s).contact_change_window_days
            since = self.kernel.now() - timedelta(days=window)
            changes = s.scalars(
                select(ContactChange)
                .where(ContactChange.customer_id == row.id,
                       ContactChange.changed_at >= since)
                .order_by(ContactChange.changed_at.desc(), ContactChange.id.desc()))
            requests = s.scalars(
                select(ChangeRequest).where(ChangeRequest.customer_id == row.id)
                .order_by(ChangeRequest.created_at.desc(), ChangeRequest.id.desc())
                .limit(RECENT_REQUESTS))
            profile = CustomerProfile(
                id=row.id, number=row.number, name_kanji=row.name_kanji,
                name_kana=row.name_kana,
                birth_date=mask_field("birth_date", row.birth_date.isoformat()),
                address=mask_field("address", row.address),
                phone=mask_field("phone", row.phone),
                email=mask_field("email", row.email) if row.email else None,
                account=_account_view(row),
                factor_state=str(factor_state(s, row.id)),
                recent_contact_changes=tuple(
                    ContactChangeView(c.field, as_utc(c.changed_at), c.changed_by)
                    for c in changes),
                recent_requests=tuple(_request_view(r) for r in requests),
            )
            self.kernel.record(s, actor, Action.CUSTOMER_VIEWED, subject=f"customer:{row.number}")
            return profile

    def unmask(self, handle: Principal, customer_id: int, field: str, reason: str) -> str:
        """The clear value of one field. Needs a reason; the event records field and reason,
        never the value."""
        if field not in UNMASKABLE:
            raise InvalidInput(field="field", reason=f"one of {', '.join(UNMASKABLE)}")
        reason = " ".join(reason.split())
        if not reason:
            raise InvalidInput(field="reason", reason="say why the full value is needed")
        if len(reason) > MAX_REASON_LENGTH:
            raise InvalidInput(field="reason",
                               reason=f"at most {MAX_REASON_LENGTH} characters")
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.UNMASK_FIELD)
            row = get_customer(s, customer_id)
            value = {
                "account_number": row.account_number or "",
                "phone": row.phone,
                "address": f"〒{row.postal_code} {row.address}",
                "email": row.email or "",
                "birth_date": row.birth_date.isoformat(),
            }[field]
            self.kernel.record(s, actor, Action.CUSTOMER_UNMASKED, subject=f"customer:{row.number}",
                               details={"field": field, "reason": reason})
            return value

    def add(
        self,
        handle: Principal,
        *,
        number: str,
        name_kanji: str,
        name_kana: str,
        birth_date: date | str,
        postal_code: str,
        address: str,
        phone: str,
        email: str | None = None,
        bank_code: str | None = None,
        branch_code: str | None = None,
        account_type: str | None = None,
        account_number: str | None = None,
        account_holder: str | None = None,
    ) -> int:
        """One customer (demo data, tests); IT loads many through ``csvimport``. Returns the id."""
        record = parse_customer(
            today=self.kernel.now().date(), number=number, name_kanji=name_kanji,
            name_kana=name_kana, birth_date=birth_date, postal_code=postal_code,
            address=address, phone=phone, email=email, bank_code=bank_code,
            branch_code=branch_code, account_type=account_type,
            account_number=account_number, account_holder=account_holder)
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.IMPORT_CUSTOMERS)
            if existing_numbers(s, [record.number]):
                raise DuplicateCustomer(number=record.number)
            if record.account_key and (owner := account_owner(s, record.account_key)):
                raise DuplicateAccount(number=owner)
            row = customer_row(record, self.kernel.now())
            s.add(row)
            s.flush()
            self.kernel.record(s, actor, Action.CUSTOMER_ADDED, subject=f"customer:{row.number}",
                               details={"account": record.account is not None,
                                        "after": customer_after(self.kernel.keys, row)})
            return row.id

    def change_contact(self, handle: Principal, customer_id: int, field: str, value: str) -> None:
        """Record a contact-detail change (from the firm's customer master, or demo data)."""
        if field not in CONTACT_FIELDS:
            raise InvalidInput(field="field", reason=f"one of {', '.join(CONTACT_FIELDS)}")
        parsed: str | None = {
            "phone": parse_phone,
            "email": parse_email,
            "address": parse_address,
            "postal_code": parse_postal_code,
        }[field](value)
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.IMPORT_CUSTOMERS)
            row = get_customer(s, customer_id)
            previous = getattr(row, field)
            setattr(row, field, parsed)
            # The replaced value is kept so notices also reach it for a while (issue 11).
            s.add(ContactChange(customer_id=row.id, field=field,
                                changed_at=self.kernel.now(),
                                changed_by=actor.username, previous_value=previous))
            details: dict[str, Any] = {"field": field}
            if field in ("phone", "email", "address"):
                details["to"] = mask_field(field, parsed)
            details["after"] = customer_after(self.kernel.keys, row)
            # The customer hears of it by letter (and e-mail): a fraudster who changed the
            # contact details first is then not the only one who knows.
            details["notifications"] = self.notifications.queue(
                s, row.id, None, NotificationKind.CONTACT_CHANGED)
            self.kernel.record(s, actor, Action.CUSTOMER_CONTACT_CHANGED,
                               subject=f"customer:{row.number}", details=details)
