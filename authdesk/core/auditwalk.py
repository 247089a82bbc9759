"""The fast walk of the audit chain on SQLite: each event's canonical bytes are formatted from
the stored bytes as read (no decoding and encoding again), hashed with SHA-256 and compared,
and a large log is split into seq ranges walked by worker processes.

``audit.verify_chain`` owns the rules; this module only answers, for a range of sequence
numbers, "is every event here intact in itself and linked to the one before it?" and collects
what the checks after the walk need. Whenever it is not sure (a damaged event, a value of an
unexpected type, a customer index that does not match), it says where the range stopped
holding and the caller walks on from there with the exact sequential walk, which names the
damage. So a fast "intact" is only ever said of events the sequential walk passes too.

Workers are started with the 'spawn' context (never 'fork': the GUI verifies on a thread), and
each opens its own read-only connection to the file. Events are only ever appended, so the
rows of a range a worker reads are the rows the caller's snapshot holds. This module imports
only the standard library: a worker process starts quickly.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from itertools import chain, islice
from multiprocessing import get_context
from pathlib import Path
from typing import Any

CHECKPOINTED = "audit.checkpointed"
INTERVAL_SUBJECT = "policy:checkpoint_interval_minutes"
# Below this many events one process walks the log (a worker costs a process start); at or
# above it, WORKERS processes walk ranges of CHUNK events.
PARALLEL_MIN_EVENTS = 200_000
CHUNK = 50_000
# How often (rows) a walk reports progress and asks whether it was cancelled.
STEP = 5000
# How often (seconds) the caller polls its workers for progress and cancellation.
_POLL = 0.05


# Worker processes for a large log; None: one per CPU, at most 8 (set by tests to force 2).
WORKERS: int | None = None


def workers() -> int:
    return WORKERS if WORKERS is not None else max(1, min(os.cpu_count() or 1, 8))


# -- the customer index and the checkpoint-interval policy: one definition, used by audit.py --


def customer_of(subject: str, details: Mapping[str, Any] | None) -> str | None:
    """The customer number an event is about: its subject, or ``details["customer"]``."""
    if subject.startswith("customer:"):
        return subject[len("customer:"):] or None
    number = (details or {}).get("customer")
    return str(number) if number else None


def stored_customer_of(subject: str, details: str) -> str | None:
    """``customer_of`` for a stored event; parses details only when they may name a customer."""
    if subject.startswith("customer:") or '"customer"' not in details:
        return customer_of(subject, None)
    try:
        parsed = json.loads(details)
    except ValueError:
        return None
    return customer_of(subject, parsed if isinstance(parsed, dict) else None)


def interval_from(details: str) -> int | None:
    """The new value a ``policy.changed`` event of the checkpoint interval records."""
    try:
        value = json.loads(details).get("to")
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, int) else None


# -- the range walk ------------------------------------------------------------------------------


_COLUMNS = ("seq", "ts", "actor", "role", "workstation", "action", "subject", "outcome",
            "details", "prev_hash", "hash", "customer")
# Read as bytes (the connection's text_factory), a stored text is exactly the UTF-8 the hash
# covers, without decoding and encoding again. NULLs and numbers fail the bytes formatting
# below and go to the exact walk. A BLOB would read like text, so the first BLOB in a range is
# looked for first (a scan of its own costs far less than a column of every row) and the walk
# stops before it: the exact walk hashes str(bytes) and finds it edited.
RANGE_SQL = f"SELECT {', '.join(_COLUMNS)} FROM audit_event WHERE seq BETWEEN ? AND ? ORDER BY seq"
FIRST_BLOB_SQL = (
    "SELECT min(seq) FROM audit_event WHERE seq BETWEEN ? AND ? AND 'blob' IN ("
    + ", ".join(f"typeof({c})" for c in _COLUMNS[1:]) + ")"
)
TS_SQL = "SELECT CAST(ts AS TEXT) FROM audit_event WHERE seq = ?"
# audit.canonical_bytes: seq, then the stored time 'YYYY-MM-DD HH:MM:SS.ffffff' as the hash has
# it ('YYYY-MM-DDTHH:MM:SS.ffffffZ', 27 bytes), then the eight texts, each length-prefixed.
_CANONICAL = b"%d:%d\n27:%bT%bZ\n" + b"%d:%b\n" * 8
_CHECKPOINTED = CHECKPOINTED.encode()
_POLICY_CHANGED = b"policy.changed"
_INTERVAL_SUBJECT = INTERVAL_SUBJECT.encode()
_CUSTOMER = b"customer:"
_NAMES_CUSTOMER = b'"customer"'


@dataclass
class Span:
    """What walking events ``first``..``last`` found. ``broken_at`` is the first position
    where the range stops holding in itself (missing, out of order, not matching its hash or
    its predecessor, or not judged here); the events before it are intact."""

    first: int
    last: int
    events: int = 0
    first_prev: str | None = None  # the prev_hash of event ``first``
    last_hash: str | None = None  # the hash of the last intact event
    broken_at: int | None = None
    hashes_at: dict[int, str] = field(default_factory=dict)
    checkpointed: list[int] = field(default_factory=list)
    interval_seen: bool = False  # a policy.changed of the interval is in the range
    interval: int | None = None  # ... and the newest one's value
    tail_start_ts: str | None = None  # the stored time of event ``tail_start``, if here


def walk_range(
    con: sqlite3.Connection, first: int, last: int, *, wanted: frozenset[int], tail_start: int,
    prev_hash: str | None = None, progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Span:
    """Walk events ``first``..``last`` on ``con``. With ``prev_hash`` the first event must
    also name it. ``progress`` gets the events walked so far every ``STEP`` rows; ``cancelled``
    is asked as often and, if true, the walk raises ``Cancelled``."""
    span = Span(first, last)
    saved = con.text_factory
    con.text_factory = bytes
    try:
        blob = con.execute(FIRST_BLOB_SQL, (first, last)).fetchone()[0]
        upto = last if blob is None else blob - 1
        expected = _walk_rows(con, span, upto, wanted, prev_hash, progress, cancelled)
        if first <= tail_start < expected:
            stored = con.execute(TS_SQL, (tail_start,)).fetchone()[0]
            span.tail_start_ts = stored.decode("utf-8", "replace")
    finally:
        con.text_factory = saved
    if expected <= last:
        span.broken_at = expected
    return span


def _walk_rows(con: sqlite3.Connection, span: Span, upto: int, wanted: frozenset[int],
               prev_hash: str | None, progress: Callable[[int], None] | None,
               cancelled: Callable[[], bool] | None) -> int:
    """The loop of ``walk_range``; returns the first seq not vouched for."""
    cursor = con.execute(RANGE_SQL, (span.first, upto))
    sha256, canonical, hashes_at = hashlib.sha256, _CANONICAL, span.hashes_at
    expected = span.first
    last_hash = prev_hash.encode() if prev_hash is not None else None
    # seq's decimal width, kept by counting instead of str(seq) for every row.
    width = len(str(expected))
    bound = 10 ** width
    try:
        head = cursor.fetchone()
        if head is None:
            return expected
        if head[0] == expected and isinstance(head[9], bytes):
            span.first_prev = head[9].decode()
            if last_hash is None:
                last_hash = head[9]
        rows = chain((head,), cursor)
        while True:
            if cancelled is not None and cancelled():
                raise Cancelled()
            start = expected
            for (seq, ts, actor, role, place, action, subject, outcome, details, prev, digest,
                 customer) in islice(rows, STEP):
                if seq != expected or prev != last_hash:
                    return expected
                if seq >= bound:
                    width, bound = width + 1, bound * 10
                try:
                    if len(ts) != 26 or ts[10] != 32:
                        return expected
                    encoded = canonical % (
                        width, seq, ts[:10], ts[11:], len(actor), actor, len(role), role,
                        len(place), place, len(action), action, len(subject), subject,
                        len(outcome), outcome, len(details), details, len(prev), prev)
                except TypeError:  # a NULL or a number where text belongs
                    return expected
                if sha256(encoded).hexdigest().encode() != digest:
                    return expected
                if subject.startswith(_CUSTOMER):
                    if customer != (subject[9:] or None):
                        return expected
                elif _NAMES_CUSTOMER not in details:
                    if customer is not None:
                        return expected
                elif not _customer_matches(subject, details, customer):
                    return expected
                if seq in wanted:
                    hashes_at[seq] = digest.decode()
                if action == _CHECKPOINTED:
                    span.checkpointed.append(seq)
                elif action == _POLICY_CHANGED and subject == _INTERVAL_SUBJECT:
                    span.interval_seen = True
                    span.interval = interval_from(details.decode())
                expected, last_hash = seq + 1, digest
            if expected == start:
                return expected
            if progress is not None:
                progress(expected - span.first)
    finally:
        cursor.close()
        span.events = expected - span.first
        if span.events and isinstance(last_hash, bytes):
            span.last_hash = last_hash.decode()


def _customer_matches(subject: bytes, details: bytes, customer: bytes | None) -> bool:
    try:
        wanted = stored_customer_of(subject.decode(), details.decode())
    except UnicodeDecodeError:
        return False
    return (customer.decode() if customer is not None else None) == wanted


class Cancelled(Exception):
    pass


class WorkersFailed(Exception):
    """The worker processes could not walk (not started, died, the file unreadable to them):
    the caller walks in its own process instead."""


def _walk_file(path: str, first: int, last: int, wanted: frozenset[int],
               tail_start: int) -> Span:
    """A worker's task: one range, on its own read-only connection to the file."""
    con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    try:
        return walk_range(con, first, last, wanted=wanted, tail_start=tail_start)
    finally:
        con.close()


def ranges(first: int, last: int, size: int) -> list[tuple[int, int]]:
    return [(lo, min(lo + size - 1, last)) for lo in range(first, last + 1, size)]


# Set on ``sys`` by the bundle's launchers (build.spec) right after they call
# ``multiprocessing.freeze_support()``, which turns a started worker into a worker instead of a
# second copy of the app.
FREEZE_SUPPORT_FLAG = "authdesk_freeze_support"


def parallel_allowed() -> bool:
    """Worker processes need a program that can be started again as a worker: from source
    always; a frozen bundle only when its launcher called ``multiprocessing.freeze_support()``
    (``FREEZE_SUPPORT_FLAG``)."""
    return not getattr(sys, "frozen", False) or bool(getattr(sys, FREEZE_SUPPORT_FLAG, False))


def walk_parallel(
    path: str, first: int, last: int, *, wanted: frozenset[int], tail_start: int,
    workers: int, chunk: int = CHUNK,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Span]:
    """Walk ``first``..``last`` of the SQLite file at ``path`` in ranges of ``chunk`` events
    on ``workers`` processes. Returns the spans in order, up to and including the first that
    is broken or does not link to the span before it (later ones are not waited for)."""
    pieces = ranges(first, last, chunk)
    done: dict[int, Span] = {}
    walked = 0
    try:
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"))
    except (OSError, ValueError) as exc:
        raise WorkersFailed(str(exc)) from exc
    with pool:
        futures: dict[Future[Span], int] = {
            pool.submit(_walk_file, path, lo, hi, wanted, tail_start): i
            for i, (lo, hi) in enumerate(pieces)}
        pending: Iterable[Future[Span]] = set(futures)
        try:
            while pending:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                finished, pending = wait(pending, timeout=_POLL, return_when=FIRST_COMPLETED)
                for future in finished:
                    try:
                        span = future.result()
                    except Exception as exc:  # a worker's failure is no finding about the log
                        raise WorkersFailed(f"{type(exc).__name__}: {exc}") from exc
                    done[futures[future]] = span
                    walked += span.events
                if finished and progress is not None:
                    progress(walked)
                if _first_bad(done, len(pieces)) is not None:
                    break
        finally:
            for future in futures:
                future.cancel()
    bad = _first_bad(done, len(pieces))
    end = len(pieces) if bad is None else bad + 1
    return [done[i] for i in range(end)]


def _first_bad(done: dict[int, Span], count: int) -> int | None:
    """The index of the first span (all before it walked) that is broken or unlinked."""
    for i in range(count):
        span = done.get(i)
        if span is None:
            return None
        if span.broken_at is not None:
            return i
        if i and span.first_prev != done[i - 1].last_hash:
            return i
    return None

