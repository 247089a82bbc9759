"""The tamper-evident audit log: one writer, a hash chain, signed checkpoints, verification.

``docs/audit-format.md`` documents the encoding; keep the two in step.

Every state change calls ``record`` with the session of its own transaction, so an event is
committed exactly when its change is. Writers serialise on the single ``audit_head`` row
(SQLite: the transaction already holds the write lock from ``BEGIN IMMEDIATE``; PostgreSQL:
``SELECT ... FOR UPDATE``), which keeps the sequence gapless and the chain unforked.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from authdesk.core import auditwalk
from authdesk.core.actions import Action
from authdesk.core.auditwalk import customer_of, interval_from, stored_customer_of
from authdesk.core.authority import Actor
from authdesk.core.clock import as_utc
from authdesk.core.errors import AuthDeskError
from authdesk.core.keys import HandOver, KeyChain, verify_signature
from authdesk.storage.models import AuditCheckpoint, AuditEvent, AuditHead, AuditKey

_log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from authdesk.core.reconcile import Mismatch

GENESIS_HASH = "0" * 64
HEAD_ID = 1
FIELDS = (
    "seq", "ts", "actor", "role", "workstation", "action", "subject", "outcome", "details",
    "prev_hash",
)
# Keys that must never appear in details: the writer refuses them outright.
_FORBIDDEN_KEYS = frozenset(
    {"secret", "seed", "password", "code", "otp", "totp_code", "my_number", "key", "passphrase"}
)


class AuditWriteRefused(ValueError):
    """A programming error: details carried something that must never be logged."""


def format_ts(moment: datetime) -> str:
    utc = as_utc(moment)
    if utc.year >= 1000:  # isoformat is the same text for four-digit years, and much cheaper
        return f"{utc.replace(tzinfo=None).isoformat(timespec='microseconds')}Z"
    return utc.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_ts(text: str) -> datetime:
    """The time ``format_ts`` wrote (UTC)."""
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def details_text(details: Mapping[str, Any] | None) -> str:
    """Canonical JSON: sorted keys, no spaces, UTF-8 (not \\u escapes)."""
    return _CANONICAL_JSON.encode(dict(details or {}))


# One encoder for every event (json.dumps with options builds a new one per call).
_CANONICAL_JSON = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                                   default=str)


def canonical_bytes(values: Mapping[str, Any]) -> bytes:
    """For each field in ``FIELDS`` order: the UTF-8 byte length in decimal, ':', the bytes, '\\n'.

    Length prefixes make the encoding unambiguous whatever the fields contain.
    """
    return _encode([values[name] for name in FIELDS])


def _encode(fields: Any) -> bytes:
    """``canonical_bytes`` of the ten values in ``FIELDS`` order."""
    out = []
    for value in fields:
        raw = str(value).encode("utf-8")
        out.append(b"%d:%s\n" % (len(raw), raw))
    return b"".join(out)


def event_hash(values: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_bytes(values)).hexdigest()


def event_values(event: AuditEvent, *, seq: int | None = None) -> dict[str, Any]:
    return {
        "seq": event.seq if seq is None else seq,
        "ts": format_ts(event.ts),
        "actor": event.actor,
        "role": event.role,
        "workstation": event.workstation,
        "action": event.action,
        "subject": event.subject,
        "outcome": event.outcome,
        "details": event.details,
        "prev_hash": event.prev_hash,
    }


def _stored_customer_of(row: Any) -> str | None:
    return stored_customer_of(row.subject, row.details)


def _check_details(details: Mapping[str, Any]) -> None:
    for key, value in details.items():
        if key.lower() in _FORBIDDEN_KEYS:
            raise AuditWriteRefused(f"audit details may not carry {key!r}")
        if isinstance(value, Mapping):
            _check_details(value)


@dataclass(frozen=True)
class _WriterSql:
    """The writer's statements in the driver's own dialect and parameter style."""

    read_head: str
    insert_event: str
    move_head: str
    insert_head: str


_EVENT_COLUMNS = ("seq, ts, actor, role, workstation, action, subject, outcome, details, "
                  "prev_hash, hash, customer")
_WRITER_SQL = {
    # BEGIN IMMEDIATE has taken the write lock already: a plain read of the head suffices.
    "sqlite": _WriterSql(
        f"SELECT seq, hash FROM audit_head WHERE id = {HEAD_ID}",
        f"INSERT INTO audit_event ({_EVENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        f"UPDATE audit_head SET seq = ?, hash = ? WHERE id = {HEAD_ID}",
        f"INSERT INTO audit_head (id, seq, hash) VALUES ({HEAD_ID}, ?, ?)"),
    "postgresql": _WriterSql(
        f"SELECT seq, hash FROM audit_head WHERE id = {HEAD_ID} FOR UPDATE",
        f"INSERT INTO audit_event ({_EVENT_COLUMNS}) "
        "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
        f"UPDATE audit_head SET seq = %s, hash = %s WHERE id = {HEAD_ID}",
        f"INSERT INTO audit_head (id, seq, hash) VALUES ({HEAD_ID}, %s, %s)"),
}


def record(
    session: Session,
    *,
    at: datetime,
    actor: Actor,
    action: Action,
    subject: str = "",
    details: Mapping[str, Any] | None = None,
    outcome: str = "ok",
    role: str | None = None,
) -> tuple[int, str]:
    """Append one event in the caller's transaction and return its seq and hash. The one
    writer of the audit log.

    Every action pays for this, so it goes straight to the driver on the transaction's own
    connection: one read of the (locked) head row, one INSERT, one UPDATE of the head, no ORM
    unit of work. Whatever the caller has pending is flushed first, as the ORM writer did, so
    objects added before the event have their ids after it. Driver errors become SQLAlchemy's
    (IntegrityError, OperationalError), without their parameters, as through the engine."""
    _check_details(details or {})
    session.flush()
    connection = session.connection()
    dialect = connection.dialect
    sql = _WRITER_SQL[dialect.name]
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    statement = sql.read_head
    params: tuple[Any, ...] = ()
    try:
        cursor.execute(statement)
        head_row = cursor.fetchone()
        prev_seq, prev_hash = head_row if head_row is not None else (0, GENESIS_HASH)
        seq = prev_seq + 1
        text = details_text(details)
        role_text = role or actor.roles_text
        ts_text = format_ts(at)
        digest = hashlib.sha256(_encode((
            seq, ts_text, actor.username, role_text, actor.workstation, action, subject,
            outcome, text, prev_hash))).hexdigest()
        # As SQLAlchemy stores a UtcDateTime: naive UTC (SQLite: 'YYYY-MM-DD HH:MM:SS.ffffff').
        stored_ts: Any = (f"{ts_text[:10]} {ts_text[11:-1]}" if dialect.name == "sqlite"
                          else as_utc(at).replace(tzinfo=None))
        statement = sql.insert_event
        params = (seq, stored_ts, actor.username, role_text, actor.workstation, str(action),
                  subject, outcome, text, prev_hash, digest, customer_of(subject, details))
        cursor.execute(statement, params)
        statement = sql.move_head if head_row is not None else sql.insert_head
        params = (seq, digest)
        cursor.execute(statement, params)
    except dialect.loaded_dbapi.Error as exc:
        raise DBAPIError.instance(statement, params, exc, dialect.loaded_dbapi.Error,
                                  hide_parameters=True, dialect=dialect) from exc
    finally:
        cursor.close()
    return seq, digest


_READ_HEAD = select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == HEAD_ID)


def head(session: Session) -> tuple[int, str]:
    """The head record as the database has it now (a query, never a cached ORM object: the
    writer moves the head with Core statements)."""
    row = session.execute(_READ_HEAD).first()
    return (row[0], row[1]) if row else (0, GENESIS_HASH)


# -- checkpoints ---------------------------------------------------------------------------------


def checkpoint_message(seq: int, head_hash: str, ts: str) -> bytes:
    return f"authdesk-checkpoint-v1\n{seq}\n{head_hash}\n{ts}\n".encode("ascii")


@dataclass(frozen=True)
class CheckpointInfo:
    seq: int
    head_hash: str
    ts: str
    signature: str
    key_id: str

    @classmethod
    def of(cls, row: AuditCheckpoint) -> CheckpointInfo:
        return cls(row.seq, row.head_hash, format_ts(row.ts), row.signature, row.key_id)

    def as_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "head_hash": self.head_hash, "ts": self.ts,
                "signature": self.signature, "key_id": self.key_id}


def add_checkpoint(
    session: Session, *, at: datetime, sign: Callable[[bytes], bytes], key_id: str
) -> CheckpointInfo:
    """Sign the current head. The caller records the ``audit.checkpointed`` event first."""
    seq, head_hash = head(session)
    ts = format_ts(at)
    signature = sign(checkpoint_message(seq, head_hash, ts)).hex()
    row = AuditCheckpoint(seq=seq, head_hash=head_hash, ts=at,
                          signature=signature, key_id=key_id)
    session.add(row)
    session.flush()
    return CheckpointInfo.of(row)


def latest_checkpoint(session: Session) -> CheckpointInfo | None:
    row = session.execute(
        select(AuditCheckpoint).order_by(AuditCheckpoint.seq.desc(), AuditCheckpoint.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    return CheckpointInfo.of(row) if row else None


# -- verification --------------------------------------------------------------------------------


class VerifyCancelled(Exception):
    pass


@dataclass(frozen=True)
class Damage:
    """The first bad place found. ``kind`` is one of: edited, deleted, inserted, swapped,
    reordered, truncated, rolled_back, rewritten (the log differs from a checkpoint in the
    witness directory), bad_checkpoint, bad_witness (a witness entry that does not verify),
    unlinked, checkpoint_missing (an
    ``audit.checkpointed`` event whose signed row is gone), checkpoint_unrecorded (a signed
    row whose event is not ``audit.checkpointed``), unsigned_tail (events left unsigned longer
    than the checkpoint interval and its grace), state_differs (a table row's state has no
    event behind it: ``VerifyResult.mismatches`` lists them all, ``seq`` is the event the
    first one differs from, 0 if none)."""

    seq: int
    kind: str
    detail: str


@dataclass
class VerifyResult:
    events: int = 0
    head_seq: int = 0
    head_hash: str = GENESIS_HASH
    checkpoints: int = 0
    damage: Damage | None = None
    notes: list[str] = field(default_factory=list)
    # Why this workstation's rollback check could not run (its memory file is damaged).
    memory_error: AuthDeskError | None = None
    # Table rows whose state the log does not account for (core.reconcile).
    mismatches: list[Mismatch] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.damage is None and self.memory_error is None and not self.mismatches


CHECKPOINTED = "audit.checkpointed"
# Events may follow the newest checkpoint for the policy's interval and this much more before
# verification fails: the interval timer runs every half minute on a signed-in workstation, a
# workstation may sleep or be cut off mid-interval and the next sign-in signs what it left,
# and workstation clocks differ a little.
UNSIGNED_GRACE = timedelta(minutes=10)
INTERVAL_POLICY = "checkpoint_interval_minutes"

# A damaged event is looked for at nearby positions before giving up on finding where it came
# from; only the damage path pays for this.
_SEARCH = 256
# How far past the first bad position the diagnosis reads to tell insertions from edits.
_WINDOW = 256


def _ts_text(value: datetime | str) -> str:
    """``format_ts`` of a stored time. On SQLite verification reads the stored text itself, so a
    time edited into something unreadable is reported as damage instead of crashing the walk."""
    if isinstance(value, datetime):
        return format_ts(value)
    if len(value) == 26 and value[10] == " ":
        # SQLite's stored form 'YYYY-MM-DD HH:MM:SS.ffffff' (UTC): the fast path. A value
        # edited into something that is not a real time cannot match its hash either way.
        return f"{value[:10]}T{value[11:]}Z"
    try:
        return format_ts(datetime.fromisoformat(value))
    except (TypeError, ValueError):
        return f"unreadable:{value}"


def _hash_as(row: Any, seq: int) -> str:
    """The hash ``row`` would have if it had been written as event ``seq``."""
    values = {
        "seq": seq, "ts": _ts_text(row.ts), "actor": row.actor, "role": row.role,
        "workstation": row.workstation, "action": row.action, "subject": row.subject,
        "outcome": row.outcome, "details": row.details, "prev_hash": row.prev_hash,
    }
    return event_hash(values)


def _rows(session: Session, *, from_seq: int, limit: int) -> list[Any]:
    """Raw rows (not ORM objects: faster, and on SQLite the time is read as stored text)."""
    if session.get_bind().dialect.name == "sqlite":
        ts: Any = type_coerce(AuditEvent.ts, String).label("ts")
    else:
        ts = AuditEvent.ts
    columns = [AuditEvent.seq, ts, AuditEvent.actor, AuditEvent.role, AuditEvent.workstation,
               AuditEvent.action, AuditEvent.subject, AuditEvent.outcome, AuditEvent.details,
               AuditEvent.prev_hash, AuditEvent.hash, AuditEvent.customer]
    query = select(*columns).where(AuditEvent.seq >= from_seq).order_by(AuditEvent.seq)
    return list(session.execute(query.limit(limit)).all())


def _written_as(session: Session, row: Any) -> int | None:
    """The sequence number this event's hash was computed for, if its content is intact."""
    for seq in (row.seq, row.seq + 1, row.seq - 1):
        if seq >= 1 and _hash_as(row, seq) == row.hash:
            return seq
    # An event moved further: it was written right after the event whose hash it names.
    if row.prev_hash == GENESIS_HASH:
        candidates = [1]
    else:
        candidates = [s + 1 for s in session.scalars(
            select(AuditEvent.seq).where(AuditEvent.hash == row.prev_hash))]
    candidates += range(max(1, row.seq - _SEARCH), row.seq + _SEARCH + 1)
    for seq in candidates:
        if _hash_as(row, seq) == row.hash:
            return seq
    return None


def _diagnose(session: Session, seq: int, prev_hash: str) -> Damage:
    """Name the damage at ``seq``, the first position where the chain stops holding.
    Events before it are intact and ``prev_hash`` is the hash of event ``seq - 1``."""
    window = _rows(session, from_seq=seq, limit=_WINDOW)
    first = window[0]
    if first.seq != seq:
        gone = f"event {seq} is" if first.seq == seq + 1 else f"events {seq}..{first.seq - 1} are"
        return Damage(seq, "deleted", f"{gone} missing")
    origin = _written_as(session, first)
    if origin is None:
        # Forged events inserted with later events renumbered: a later row is the original seq.
        for later in window[1:]:
            if _hash_as(later, seq) == later.hash:
                count = later.seq - seq
                return Damage(seq, "inserted", f"{count} event(s) were inserted at {seq}; "
                              "later events were renumbered")
        return Damage(seq, "edited", f"event {seq}'s content does not match its hash")
    if origin == seq:
        # Intact in itself but not linked to its predecessor.
        if session.scalar(select(AuditEvent.seq).where(AuditEvent.hash == first.prev_hash)
                          .limit(1)) is None and first.prev_hash != GENESIS_HASH and seq > 1:
            return Damage(seq - 1, "edited",
                          f"event {seq - 1} was changed and its hash recomputed; event {seq} "
                          "still names the original")
        return Damage(seq, "unlinked", f"event {seq} does not follow event {seq - 1} "
                      "(an event before it was inserted, removed or rewritten)")
    if origin > seq:
        partner = _rows(session, from_seq=origin, limit=1)
        if partner and partner[0].seq == origin and _hash_as(partner[0], seq) == partner[0].hash:
            return Damage(seq, "swapped", f"events {seq} and {origin} were swapped")
        what = f"event {seq} was" if origin == seq + 1 else f"events {seq}..{origin - 1} were"
        return Damage(seq, "deleted", f"{what} deleted and later events renumbered")
    # origin < seq: this is an earlier event again.
    original = _rows(session, from_seq=origin, limit=1)
    if original and original[0].seq == origin and original[0].hash == first.hash:
        return Damage(seq, "inserted", f"a copy of event {origin} was inserted at {seq}")
    return Damage(origin, "inserted", f"{seq - origin} event(s) were inserted at {origin}; "
                  "later events were renumbered")


def _checkpoints(session: Session) -> list[CheckpointInfo]:
    """Every checkpoint, oldest first, read like the events (a time edited into nonsense
    then fails the signature check instead of crashing the walk)."""
    ts: Any = AuditCheckpoint.ts
    if session.get_bind().dialect.name == "sqlite":
        ts = type_coerce(AuditCheckpoint.ts, String).label("ts")
    rows = session.execute(
        select(AuditCheckpoint.seq, AuditCheckpoint.head_hash, ts, AuditCheckpoint.signature,
               AuditCheckpoint.key_id).order_by(AuditCheckpoint.seq, AuditCheckpoint.id)).all()
    return [CheckpointInfo(r.seq, r.head_hash, _ts_text(r.ts), r.signature, r.key_id)
            for r in rows]


@dataclass
class _Walk:
    """What the walk collects besides the chain itself."""

    hashes_at: dict[int, str] = field(default_factory=dict)
    checkpointed: list[int] = field(default_factory=list)  # seqs of audit.checkpointed events
    tail_start: int = 1  # the first event after the newest checkpoint row
    tail_start_ts: str | None = None
    interval_minutes: int | None = None  # the newest value the log records for the policy


def handovers(session: Session) -> list[HandOver]:
    """Every recorded signing-key hand-over, oldest first (unproven: see keys.trusted_keys)."""
    return [HandOver(r.key_id, r.public_key, r.previous_key_id, r.previous_public_key, r.seq,
                     r.head_hash, r.ts, r.signature_previous, r.signature)
            for r in session.scalars(select(AuditKey).order_by(AuditKey.id))]


def verify_chain(
    session: Session,
    *,
    public_key_hex: str | None,
    seen_checkpoint: CheckpointInfo | None = None,
    witness: CheckpointInfo | None = None,
    witness_history: Sequence[CheckpointInfo] = (),
    trusted_keys: KeyChain | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    now: datetime | None = None,
    default_interval_minutes: int | None = None,
) -> VerifyResult:
    """Walk the whole log and its checkpoints; stop at the first damage and name it.

    The head record and the checkpoints are read before the walk: events are only ever
    appended, so whatever they name must be in the log the walk sees (on PostgreSQL other
    workstations may append while the walk runs; those later events are simply walked too).

    Every ``audit.checkpointed`` event must have its signed row and every row its event. With
    ``now``, events after the newest checkpoint may be at most the checkpoint interval plus
    ``UNSIGNED_GRACE`` old; the interval is the newest value the log itself records for the
    policy (``policy.changed``), else ``default_interval_minutes``, never the policy table,
    which the application's role can change.

    ``witness`` is the newest trusted entry of the witness directory (core.witness): the log
    must still hold that head, and every head of ``witness_history`` (the older trusted
    entries: a log rolled back and regrown past the newest entry still differs from those).
    ``trusted_keys`` (the current key and those trusted through hand-overs,
    keys.trusted_keys) checks each checkpoint under its own key, a handed-over key only up to
    its hand-over; without it every checkpoint is checked under ``public_key_hex``.
    """
    result = VerifyResult()
    head_seq, head_hash = head(session)
    total = session.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
    checkpoints = _checkpoints(session)
    wanted = {c.seq for c in checkpoints} | {head_seq}
    if seen_checkpoint:
        wanted.add(seen_checkpoint.seq)
    if witness:
        wanted.add(witness.seq)
    wanted.update(w.seq for w in witness_history)
    walk = _Walk(tail_start=max((c.seq for c in checkpoints), default=0) + 1)
    hashes_at = walk.hashes_at
    expected_seq, prev_hash = _walk(session, walk, result, wanted, total=total,
                                    progress=progress, cancelled=cancelled)
    result.head_seq, result.head_hash = expected_seq - 1, prev_hash
    if progress:
        progress(result.events, total)
    if result.damage is None:
        result.damage = _check_head(head_seq, head_hash, hashes_at, result)
    if result.damage is None:
        result.damage = _check_checkpoints(checkpoints, hashes_at, result, public_key_hex,
                                           seen_checkpoint, trusted_keys)
    if result.damage is None and witness is not None:
        result.damage = _check_witness(witness, witness_history, hashes_at, result)
    if result.damage is None:
        result.damage = _account_for_checkpoints(checkpoints, walk.checkpointed)
    if result.damage is None and now is not None:
        interval = walk.interval_minutes or default_interval_minutes
        if interval is not None:
            result.damage = _check_unsigned_tail(walk, result, now, interval)
    if result.damage is None:
        result.damage = _check_signed_changes(session, head_seq, checkpoints)
    return result


def _walk(session: Session, walk: _Walk, result: VerifyResult, wanted: set[int], *,
          total: int, progress: Callable[[int, int], None] | None,
          cancelled: Callable[[], bool] | None) -> tuple[int, str]:
    """Walk the chain from event 1, filling ``walk`` and ``result``; stop at the first damage
    and name it. Returns the next expected seq and the hash of the last intact event.

    On SQLite the fast walk (auditwalk: canonical bytes formatted from the stored bytes;
    worker processes over seq ranges for a large log in a file) goes as far as it can vouch
    for; the exact walk below takes over from there, so damage is always found and named by
    the same code."""
    expected_seq, prev_hash = 1, GENESIS_HASH
    if session.get_bind().dialect.name == "sqlite":
        expected_seq, prev_hash = _walk_fast(session, walk, result, wanted, total=total,
                                             progress=progress, cancelled=cancelled)
    return _walk_exact(session, walk, result, wanted, expected_seq, prev_hash, total=total,
                       progress=progress, cancelled=cancelled)


def _walk_fast(session: Session, walk: _Walk, result: VerifyResult, wanted: set[int], *,
               total: int, progress: Callable[[int, int], None] | None,
               cancelled: Callable[[], bool] | None) -> tuple[int, str]:
    last = session.scalar(select(func.max(AuditEvent.seq)))
    if last is None or last < 1:
        return 1, GENESIS_HASH
    connection = session.connection()
    path = connection.engine.url.database
    workers = auditwalk.workers()
    on_file = path not in (None, "", ":memory:") and not str(path).startswith("file:")
    report = None if progress is None else (lambda events: progress(events, total))
    spans: list[auditwalk.Span] | None = None
    try:
        if (on_file and workers >= 2 and last >= auditwalk.PARALLEL_MIN_EVENTS
                and auditwalk.parallel_allowed()):
            try:
                spans = auditwalk.walk_parallel(
                    str(path), 1, last, wanted=frozenset(wanted), tail_start=walk.tail_start,
                    workers=workers, chunk=auditwalk.CHUNK, progress=report,
                    cancelled=cancelled)
            except auditwalk.WorkersFailed as exc:
                _log.warning("audit verification walks in one process: %s", exc)
        if spans is None:
            # One process, on this transaction's own connection (its snapshot).
            raw: Any = connection.connection.driver_connection
            spans = [auditwalk.walk_range(raw, 1, last, wanted=frozenset(wanted),
                                          tail_start=walk.tail_start, prev_hash=GENESIS_HASH,
                                          progress=report, cancelled=cancelled)]
    except auditwalk.Cancelled:
        raise VerifyCancelled() from None
    expected_seq, prev_hash = 1, GENESIS_HASH
    for span in spans:
        if span.events and span.first_prev != prev_hash:
            break  # not linked to the range before it: the exact walk names why
        result.events += span.events
        walk.hashes_at.update(span.hashes_at)
        walk.checkpointed.extend(span.checkpointed)
        if span.interval_seen:
            walk.interval_minutes = span.interval
        if span.tail_start_ts is not None:
            walk.tail_start_ts = _ts_text(span.tail_start_ts)
        if span.events:
            expected_seq, prev_hash = span.first + span.events, span.last_hash or prev_hash
        if span.broken_at is not None:
            break
    return expected_seq, prev_hash


def _walk_exact(session: Session, walk: _Walk, result: VerifyResult, wanted: set[int],
                expected_seq: int, prev_hash: str, *, total: int,
                progress: Callable[[int, int], None] | None,
                cancelled: Callable[[], bool] | None) -> tuple[int, str]:
    """The sequential walk, row by row in Python, from ``expected_seq`` (the events before
    it intact, ``prev_hash`` the last one's hash): PostgreSQL's walk, and SQLite's from where
    the fast walk stopped vouching."""
    hashes_at = walk.hashes_at
    interval_subject = f"policy:{INTERVAL_POLICY}"
    while result.damage is None:
        rows = _rows(session, from_seq=expected_seq, limit=5000)
        if not rows:
            break
        for row in rows:
            if cancelled and cancelled():
                raise VerifyCancelled()
            if (row.seq != expected_seq or row.prev_hash != prev_hash
                    or _hash_as(row, row.seq) != row.hash):
                result.damage = _diagnose(session, expected_seq, prev_hash)
                break
            if row.customer != _stored_customer_of(row):
                result.damage = Damage(row.seq, "edited", "the event's customer index does not "
                                       "match its subject and details")
                break
            if row.seq in wanted:
                hashes_at[row.seq] = row.hash
            if row.action == CHECKPOINTED:
                walk.checkpointed.append(row.seq)
            elif row.action == "policy.changed" and row.subject == interval_subject:
                walk.interval_minutes = interval_from(row.details)
            if row.seq == walk.tail_start:
                walk.tail_start_ts = _ts_text(row.ts)
            result.events += 1
            expected_seq, prev_hash = row.seq + 1, row.hash
            if progress and result.events % 5000 == 0:
                progress(result.events, total)
    return expected_seq, prev_hash


# Events the core only ever writes in a transaction that also signs the head
# (Kernel.checkpoint_at_commit): one of them that no signed checkpoint covers was not written by
# AuthDesk. Older names (actions.RENAMED) were written before that rule and are not listed.
ALWAYS_SIGNED = frozenset({
    "request.approved", "request.effective", "customer.account_changed",
    "staff.added", "staff.roles_changed", "staff.disabled", "staff.locked", "staff.signed_out",
    "policy.changed", "keys.rotated",
})


def _check_signed_changes(session: Session, head_seq: int,
                          checkpoints: list[CheckpointInfo]) -> Damage | None:
    """No event of ``ALWAYS_SIGNED`` after the newest checkpoint: it would be a forged newest
    event. Only events up to the head read before the checkpoints are looked at (a change and
    its checkpoint commit together, so both are seen)."""
    newest = max((cp.seq for cp in checkpoints), default=0)
    if head_seq <= newest:
        return None
    row = session.execute(
        select(AuditEvent.seq, AuditEvent.action)
        .where(AuditEvent.seq > newest, AuditEvent.seq <= head_seq,
               AuditEvent.action.in_(sorted(ALWAYS_SIGNED)))
        .order_by(AuditEvent.seq).limit(1)).first()
    if row is None:
        return None
    return Damage(row.seq, "inserted",
                  f"event {row.seq} ({row.action}) is covered by no signed checkpoint, but "
                  "AuthDesk signs every such change in its own transaction: it was added "
                  "outside AuthDesk")


def _account_for_checkpoints(checkpoints: list[CheckpointInfo],
                             checkpointed: list[int]) -> Damage | None:
    """Each ``audit.checkpointed`` event has its signed row (the row signs the head that ends
    with that very event), and each row names such an event. The first mismatch is named."""
    rows = {cp.seq for cp in checkpoints}
    events = set(checkpointed)
    missing = [seq for seq in checkpointed if seq not in rows]
    unrecorded = sorted(seq for seq in rows if seq and seq not in events)
    if missing and (not unrecorded or missing[0] < unrecorded[0]):
        return Damage(missing[0], "checkpoint_missing",
                      f"event {missing[0]} records a signed checkpoint, but that checkpoint is "
                      "no longer in the log's checkpoint table")
    if unrecorded:
        return Damage(unrecorded[0], "checkpoint_unrecorded",
                      f"a signed checkpoint ends at event {unrecorded[0]}, which does not "
                      "record a checkpoint (AuthDesk records one first, then signs)")
    return None


def _check_unsigned_tail(walk: _Walk, result: VerifyResult, now: datetime,
                         interval_minutes: int) -> Damage | None:
    """Events after the newest checkpoint (all events, without one) must be younger than the
    interval plus the grace: a longer unsigned tail is where a deletion or a forged newest
    event would go unnoticed."""
    start = walk.tail_start
    if result.head_seq < start or walk.tail_start_ts is None:
        return None
    allowed = timedelta(minutes=interval_minutes) + UNSIGNED_GRACE
    try:
        written = parse_ts(walk.tail_start_ts)
    except ValueError:  # an unreadable time: its hash would not have matched
        return None
    if now - written <= allowed:
        return None
    minutes = int(allowed.total_seconds() // 60)
    return Damage(start, "unsigned_tail",
                  f"events {start}..{result.head_seq} are covered by no signed checkpoint and "
                  f"event {start} was written at {walk.tail_start_ts}, more than {minutes} "
                  f"minutes ago (the checkpoint interval of {interval_minutes} minutes plus "
                  f"{int(UNSIGNED_GRACE.total_seconds() // 60)} minutes' grace)")


def _check_head(head_seq: int, head_hash: str, hashes_at: dict[int, str],
                result: VerifyResult) -> Damage | None:
    """The writer's head record must name an event the walk found, with the same hash."""
    if head_seq > result.head_seq:
        return Damage(result.head_seq + 1, "truncated",
                      f"the log's head record names event {head_seq} but the log ends at "
                      f"{result.head_seq}")
    if head_seq and hashes_at.get(head_seq) != head_hash:
        return Damage(head_seq, "edited",
                      f"event {head_seq} differs from the log's head record")
    return None


def _check_checkpoints(
    checkpoints: list[CheckpointInfo],
    hashes_at: dict[int, str],
    result: VerifyResult,
    public_key_hex: str | None,
    seen: CheckpointInfo | None,
    trusted_keys: KeyChain | None = None,
) -> Damage | None:
    if checkpoints and public_key_hex is None and trusted_keys is None:
        result.notes.append("checkpoint signatures not checked: no signing key available")
    for cp in checkpoints:
        key = public_key_hex
        if trusted_keys is not None:
            key = trusted_keys.key_for(cp.key_id, cp.seq)
            if key is None:
                why = (f"was handed over at event {trusted_keys.retired_at[cp.key_id]}"
                       if cp.key_id in trusted_keys.retired_at else
                       "is neither the current key nor one handed over to it")
                return Damage(cp.seq, "bad_checkpoint",
                              f"a checkpoint is signed by key {cp.key_id}, which {why}")
        if key is not None and not _signed(key, cp):
            return Damage(cp.seq, "bad_checkpoint", "a checkpoint's signature is not valid")
        if cp.seq > result.head_seq:
            return Damage(result.head_seq + 1, "truncated",
                          f"a signed checkpoint covers event {cp.seq} but the log ends at "
                          f"{result.head_seq}")
        if cp.seq and hashes_at.get(cp.seq) != cp.head_hash:
            return Damage(cp.seq, "edited",
                          f"history up to event {cp.seq} differs from its signed checkpoint")
        result.checkpoints += 1
    if seen is not None:
        if seen.seq > result.head_seq:
            return Damage(result.head_seq + 1, "rolled_back",
                          f"this workstation saw a checkpoint at event {seen.seq}, but the "
                          f"log ends at {result.head_seq}")
        if seen.seq and hashes_at.get(seen.seq) != seen.head_hash:
            return Damage(seen.seq, "rolled_back",
                          "the log differs from what this workstation saw at its last checkpoint")
    if checkpoints and checkpoints[-1].seq < result.head_seq:
        result.notes.append(
            f"events {checkpoints[-1].seq + 1}..{result.head_seq} are after the newest "
            "checkpoint; their removal would only be noticed by a workstation that saw them"
        )
    return None


def _signed(public_key_hex: str, cp: CheckpointInfo) -> bool:
    try:
        signature = bytes.fromhex(cp.signature)
    except ValueError:
        return False
    return verify_signature(public_key_hex, signature,
                            checkpoint_message(cp.seq, cp.head_hash, cp.ts))


def _check_witness(witness: CheckpointInfo, history: Sequence[CheckpointInfo],
                   hashes_at: dict[int, str], result: VerifyResult) -> Damage | None:
    """The log must still hold the heads of the trusted witness entries (core.witness): kept
    outside the database, they catch a truncated, rolled-back or rewritten log that no
    checkpoint row or head record inside the database shows any more. The earliest entry the
    log no longer matches is named."""
    if witness.seq > result.head_seq:
        return Damage(result.head_seq + 1, "truncated",
                      f"the witness directory holds a signed checkpoint at event {witness.seq}, "
                      f"but the log ends at event {result.head_seq}")
    for entry in sorted({*history, witness}, key=lambda e: e.seq):
        if entry.seq and hashes_at.get(entry.seq) != entry.head_hash:
            return Damage(entry.seq, "rewritten",
                          f"the log up to event {entry.seq} differs from the signed checkpoint "
                          "in the witness directory (rewritten, or rolled back and regrown)")
    return None
