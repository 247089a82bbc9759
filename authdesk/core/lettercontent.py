"""What a letter says and what a batch holds, as plain data: the core composes it
(``core.letters``), the printing package lays it out, and the CLI and the GUI pass it between
them. Nothing here reads the database, so the printing package may import it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from enum import StrEnum

JST = timezone(timedelta(hours=9), "JST")


class BatchStatus(StrEnum):
    CREATED = "created"
    PRINTED = "printed"
    POSTED = "posted"


@dataclass(frozen=True)
class LetterAddress:
    """The window of the envelope: postal code, address, name (printed with 様)."""

    postal_code: str
    address: str
    name: str


@dataclass(frozen=True)
class LetterAccount:
    """The new withdrawal account as a letter shows it: names and codes, the number masked."""

    bank: str
    bank_code: str
    branch: str
    branch_code: str
    account_type: str  # 普通, 当座, 貯蓄
    number: str  # masked: only the last digits


@dataclass(frozen=True)
class LetterContent:
    notification_id: int
    reference: str  # R0000123-4 for a request's notices, else N0000456-8
    kind: str  # a NotificationKind value
    customer_number: str
    to: LetterAddress
    firm_name: str
    firm_phone: str  # the firm's configured number, never one from a request or a record
    dated: date  # the day the letter was printed, in Japan
    happened_at: datetime  # when the change the letter tells of was recorded
    account: LetterAccount | None = None
    effective_at: datetime | None = None  # approved changes: when the new account applies
    cooling_off_hours: int | None = None
    contact_field: str | None = None  # contact.changed: address, postal_code, phone, email


@dataclass(frozen=True)
class BatchInfo:
    id: int
    day: date
    letters: int
    created_at: datetime
    created_by: str
    printed_at: datetime | None
    printed_by: str | None
    posted_at: datetime | None
    posted_by: str | None

    @property
    def status(self) -> BatchStatus:
        if self.posted_at is not None:
            return BatchStatus.POSTED
        if self.printed_at is not None:
            return BatchStatus.PRINTED
        return BatchStatus.CREATED


@dataclass(frozen=True)
class BatchContents:
    batch: BatchInfo
    firm_name: str
    firm_phone: str
    letters: tuple[LetterContent, ...]

    @property
    def references(self) -> tuple[str, ...]:
        return tuple(letter.reference for letter in self.letters)
