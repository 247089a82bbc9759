"""The tables. Times are stored as UTC; SQLite returns them naive, see ``core.clock.as_utc``.

Secrets are stored only as AES-GCM ciphertext (``*_enc`` columns); personal data of customers is
stored in the clear in the database (access is controlled and audited by the core) but never in
audit details unmasked.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class Base(DeclarativeBase):
    pass


class UtcDateTime(TypeDecorator[datetime]):
    """A UTC instant in a plain TIMESTAMP column: stored naive in UTC, read back aware.

    Converting on the way in means a PostgreSQL server set to Japan time (or any zone) cannot
    shift stored times, and callers may pass aware datetimes in any zone."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return value.replace(tzinfo=UTC) if value is not None else None


# BIGINT on PostgreSQL, INTEGER (the rowid alias) on SQLite.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class Meta(Base):
    """Installation facts: database id, key-check values, public signing key."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class PolicySetting(Base):
    __tablename__ = "policy_setting"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(String(64))


class Staff(Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(128))
    employee_no: Mapped[str] = mapped_column(String(32), index=True)
    roles: Mapped[str] = mapped_column(String(128))  # comma-separated Role values
    password_hash: Mapped[str] = mapped_column(String(256))
    totp_secret_enc: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    totp_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    totp_last_step: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    failed_signins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class StaffSession(Base):
    __tablename__ = "staff_session"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    # SHA-256 of the session handle's token: the token itself is never stored.
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True, index=True,
                                                      nullable=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    workstation: Mapped[str] = mapped_column(String(128))
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    last_activity: Mapped[datetime] = mapped_column(UtcDateTime)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    stepped_up_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    stepup_failures: Mapped[int] = mapped_column(Integer, default=0)
    # The call (or mail item) the person is working on now, if any.
    current_call_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    end_reason: Mapped[str | None] = mapped_column(String(32), nullable=True)


class Call(Base):
    """One caller taken by an agent (or one mail item worked by the back office): opened when
    taken, closed at wrap-up with a note and an outcome. A verification is fresh only inside
    the call it was done in."""

    __tablename__ = "customer_call"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    session_id: Mapped[str] = mapped_column(String(36))
    channel: Mapped[str] = mapped_column(String(16))  # phone | mail
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customer.id"), nullable=True, index=True
    )
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    outcome: Mapped[str | None] = mapped_column(String(32), nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class AuditHead(Base):
    """One row: the newest sequence and hash. Writers lock it, so the chain never forks."""

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[str] = mapped_column(String(64))


class AuditEvent(Base):
    __tablename__ = "audit_event"
    seq: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=False)
    ts: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    actor: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(64))
    workstation: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(String(128))
    outcome: Mapped[str] = mapped_column(String(16))
    details: Mapped[str] = mapped_column(Text)  # canonical JSON text, hashed as stored
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # Derived by the writer from the subject or details["customer"] (so not hashed separately;
    # verification re-derives it): lets "everything about customer X" be an index walk.
    customer: Mapped[str | None] = mapped_column(String(32), nullable=True)
    # Keyset paging with a filter walks one of these in sequence order.
    __table_args__ = (
        Index("ix_audit_customer_seq", "customer", "seq"),
        Index("ix_audit_actor_seq", "actor", "seq"),
        Index("ix_audit_action_seq", "action", "seq"),
        Index("ix_audit_subject_seq", "subject", "seq"),
        Index("ix_audit_outcome_seq", "outcome", "seq"),
    )


class AuditCheckpoint(Base):
    __tablename__ = "audit_checkpoint"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    seq: Mapped[int] = mapped_column(BigInteger, index=True)
    head_hash: Mapped[str] = mapped_column(String(64))
    ts: Mapped[datetime] = mapped_column(UtcDateTime)
    signature: Mapped[str] = mapped_column(String(128))  # hex Ed25519 signature
    key_id: Mapped[str] = mapped_column(String(64))


class AuditKey(Base):
    """A signing-key rotation: the previous key hands over to this one at the hand-over
    checkpoint ``seq``; both sign it (core.keys.HandOver). Append-only like the log."""

    __tablename__ = "audit_key"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    key_id: Mapped[str] = mapped_column(String(64), index=True)
    public_key: Mapped[str] = mapped_column(String(64))
    previous_key_id: Mapped[str] = mapped_column(String(64))
    previous_public_key: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(BigInteger)
    head_hash: Mapped[str] = mapped_column(String(64))
    ts: Mapped[str] = mapped_column(String(32))  # format_ts text, as signed
    signature_previous: Mapped[str] = mapped_column(String(128))
    signature: Mapped[str] = mapped_column(String(128))


class Customer(Base):
    __tablename__ = "customer"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    number: Mapped[str] = mapped_column(String(16), unique=True)
    name_kanji: Mapped[str] = mapped_column(String(128))
    name_kana: Mapped[str] = mapped_column(String(128))
    search_kanji: Mapped[str] = mapped_column(String(128), index=True)
    search_kana: Mapped[str] = mapped_column(String(128), index=True)
    birth_date: Mapped[date] = mapped_column(Date)
    postal_code: Mapped[str] = mapped_column(String(16))
    address: Mapped[str] = mapped_column(String(256))
    phone: Mapped[str] = mapped_column(String(32), index=True)
    email: Mapped[str | None] = mapped_column(String(256), nullable=True)
    bank_code: Mapped[str | None] = mapped_column(String(4), nullable=True)
    branch_code: Mapped[str | None] = mapped_column(String(3), nullable=True)
    account_type: Mapped[str | None] = mapped_column(String(16), nullable=True)
    account_number: Mapped[str | None] = mapped_column(String(7), nullable=True)
    account_holder: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    __table_args__ = (
        Index("ix_customer_account", "bank_code", "branch_code", "account_number"),
        # PostgreSQL only (migration 0006): prefix searches (LIKE 'abc%') in any collation.
        *(Index(f"ix_customer_{c}_prefix", c, postgresql_ops={c: "text_pattern_ops"})
          .ddl_if(dialect="postgresql")
          for c in ("number", "phone", "search_kana", "search_kanji")),
    )


class ContactChange(Base):
    __tablename__ = "contact_change"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    field: Mapped[str] = mapped_column(String(32))
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    changed_by: Mapped[str] = mapped_column(String(64))
    # Issue 11 (migration 0009): the value replaced, so notices also reach the previous contact.
    previous_value: Mapped[str | None] = mapped_column(Text, nullable=True)


class CustomerFactor(Base):
    """A customer's TOTP factor. At most one that is not revoked per customer."""

    __tablename__ = "customer_factor"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    state: Mapped[str] = mapped_column(String(16))  # pending, active, locked, revoked
    secret_enc: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(64))
    activation_expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    activated_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_step: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    delivery: Mapped[str] = mapped_column(String(16), default="letter")  # letter | in_branch


class Verification(Base):
    """One customer step-up attempt: opened, then succeeded or void."""

    __tablename__ = "verification"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    factor_id: Mapped[int] = mapped_column(ForeignKey("customer_factor.id"))
    agent_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    started_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    status: Mapped[str] = mapped_column(String(16))  # open, succeeded, void
    call_id: Mapped[int | None] = mapped_column(ForeignKey("customer_call.id"), nullable=True,
                                                index=True)
    wrong_codes: Mapped[int] = mapped_column(Integer, default=0)
    succeeded_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    fresh_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class DocumentCheck(Base):
    __tablename__ = "document_check"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("change_request.id"), nullable=True, index=True
    )
    doc_type: Mapped[str] = mapped_column(String(32))
    last_digits: Mapped[str | None] = mapped_column(String(8), nullable=True)
    expiry: Mapped[date | None] = mapped_column(Date, nullable=True)
    checks: Mapped[dict[str, bool | None]] = mapped_column(JSON)
    strong: Mapped[bool] = mapped_column(Boolean)
    passed: Mapped[bool] = mapped_column(Boolean)
    checked_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    checked_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ChangeRequest(Base):
    __tablename__ = "change_request"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    requester_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    channel: Mapped[str] = mapped_column(String(16))  # phone | mail
    call_id: Mapped[int | None] = mapped_column(ForeignKey("customer_call.id"), nullable=True)
    status: Mapped[str] = mapped_column(String(24), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    submitted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    bank_code: Mapped[str] = mapped_column(String(4))
    branch_code: Mapped[str] = mapped_column(String(3))
    account_type: Mapped[str] = mapped_column(String(16))
    account_number: Mapped[str] = mapped_column(String(7))
    account_holder: Mapped[str] = mapped_column(String(64))
    old_account: Mapped[dict[str, str | None]] = mapped_column(JSON)
    name_match: Mapped[str] = mapped_column(String(16))
    name_match_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    risk_level: Mapped[str] = mapped_column(String(16))
    # risk.RiskReason.to_json() objects; rows written before reasons had codes hold English
    # sentences, which risk.read_reasons still reads.
    risk_reasons: Mapped[list[Any]] = mapped_column(JSON)
    verification_id: Mapped[int | None] = mapped_column(
        ForeignKey("verification.id"), nullable=True
    )
    callback_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    callback_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    callback_note: Mapped[str | None] = mapped_column(Text, nullable=True)
    notes: Mapped[str | None] = mapped_column(Text, nullable=True)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    decision_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    effective_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    __table_args__ = (
        Index("ix_request_account", "bank_code", "branch_code", "account_number"),
    )


class Notification(Base):
    """The outbox: letters to the registered address and e-mail notices."""

    __tablename__ = "notification"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("change_request.id"), nullable=True
    )
    channel: Mapped[str] = mapped_column(String(16))  # letter | email
    kind: Mapped[str] = mapped_column(String(48))
    status: Mapped[str] = mapped_column(String(16), index=True)  # queued, sent, failed
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # Issue 11, e-mail notices (migration 0009): None goes to the registered contact, else to
    # this previous address or e-mail; delivery attempts, the next one due, why it failed.
    recipient: Mapped[str | None] = mapped_column(Text, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    failure_reason: Mapped[str | None] = mapped_column(Text, nullable=True)


# --- Alerts (issue 12): the supervisors' queue of misconduct and fraud alerts ----------------


class Alert(Base):
    """One alert of a named rule (core.alerts) about one subject: a staff username, a customer
    number, a workstation or a keyed fingerprint of a bank account, never a raw account
    number or name. While it is open (or escalated) later events of the same rule and subject
    extend it; acknowledging closes it. A work queue derived from audited events, not security
    state: every raise and handling step is itself an audit event."""

    __tablename__ = "alert"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    rule: Mapped[str] = mapped_column(String(48))
    subject: Mapped[str] = mapped_column(String(128))
    status: Mapped[str] = mapped_column(String(16))  # open, acknowledged, escalated
    raised_at: Mapped[datetime] = mapped_column(UtcDateTime)
    last_event_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # The audit sequence numbers of the events behind it (the first ALERT_EVENTS_KEPT).
    event_seqs: Mapped[list[int]] = mapped_column(JSON)
    event_count: Mapped[int] = mapped_column(Integer, default=0)
    # Masked-safe figures the explanation quotes (counts, thresholds, windows, usernames).
    facts: Mapped[dict[str, Any]] = mapped_column(JSON)
    handled_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    handled_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    __table_args__ = (
        Index("ix_alert_rule_subject_status", "rule", "subject", "status"),
        Index("ix_alert_status_raised", "status", "raised_at"),
    )
# --- Letters and the firm's identity (issue 11, letters; migration 0008) ----------------------


class LetterBatch(Base):
    """One day's letters, printed as one PDF and posted together."""

    __tablename__ = "letter_batch"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    day: Mapped[date] = mapped_column(Date, index=True)  # the day in Japan it was made for
    letters: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(64))
    printed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    printed_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    posted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    posted_by: Mapped[str | None] = mapped_column(String(64), nullable=True)


class LetterBatchItem(Base):
    """A letter in a batch; the primary key keeps a letter in at most one batch."""

    __tablename__ = "letter_batch_item"
    notification_id: Mapped[int] = mapped_column(ForeignKey("notification.id"), primary_key=True,
                                                 autoincrement=False)
    batch_id: Mapped[int] = mapped_column(ForeignKey("letter_batch.id"), index=True)


class FirmIdentity(Base):
    """One row (id 1): the firm's name, phone number and sender address."""

    __tablename__ = "firm_identity"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(64))
    phone: Mapped[str] = mapped_column(String(32))
    sender: Mapped[str] = mapped_column(String(256))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(String(64))


# --- withdrawal-account lock (issue 11, cancel by reference and the lock) ---------------------


class WithdrawalLock(Base):
    """A lock on changes of a customer's withdrawal account, asked for by the customer. Active
    while ``lifted_at`` is None; lifting needs the unlock request, a passed photo ID
    (``unlock_document_id``), a call-back and a supervisor's approval. One row per lock."""

    __tablename__ = "withdrawal_lock"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    locked_at: Mapped[datetime] = mapped_column(UtcDateTime)
    locked_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    lock_call_id: Mapped[int | None] = mapped_column(ForeignKey("customer_call.id"),
                                                     nullable=True)
    lock_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    unlock_requested_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    unlock_requested_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"),
                                                            nullable=True)
    unlock_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    unlock_document_id: Mapped[int | None] = mapped_column(ForeignKey("document_check.id"),
                                                           nullable=True)
    callback_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    callback_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    callback_note: Mapped[str | None] = mapped_column(Text, nullable=True)
    lifted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    lifted_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)


# -- shared mode: the installation's CA and the certificates it issued (issue 10) --------------


class IssuedCertificate(Base):
    """A certificate the installation's CA issued: a workstation's client certificate or a
    server's TLS certificate. The server accepts a client certificate only while its serial is
    here, of kind ``workstation`` and not revoked."""

    __tablename__ = "issued_certificate"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    serial: Mapped[str] = mapped_column(String(40), unique=True)  # lower-case hex
    kind: Mapped[str] = mapped_column(String(16))  # workstation | server
    name: Mapped[str] = mapped_column(String(128), index=True)
    fingerprint: Mapped[str] = mapped_column(String(64))  # SHA-256 of the DER, hex
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    issued_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    not_after: Mapped[datetime] = mapped_column(UtcDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    revoked_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)


class IdempotentResult(Base):
    """Shared mode: the answer the server gave to a write that carried an idempotency key, so a
    retry after a lost answer gets the same answer instead of acting twice."""

    __tablename__ = "idempotent_result"
    workstation: Mapped[str] = mapped_column(String(128), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    request_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    # None while the call runs; the encoded answer (a result or a refusal) once it returned.
    response: Mapped[str | None] = mapped_column(Text, nullable=True)


__all__ = [
    # alerts (issue 12)
    "Alert",
    "AuditCheckpoint",
    "AuditEvent",
    "AuditHead",
    "Base",
    "Call",
    "ChangeRequest",
    "ContactChange",
    "Customer",
    "CustomerFactor",
    "DocumentCheck",
    "FirmIdentity",
    "IdempotentResult",  # shared mode (issue 10)
    "IssuedCertificate",  # shared mode (issue 10)
    "LetterBatch",
    "LetterBatchItem",
    "Meta",
    "Notification",
    "PolicySetting",
    "Staff",
    "StaffSession",
    "Verification",
    # withdrawal-account lock (issue 11)
    "WithdrawalLock",
]
