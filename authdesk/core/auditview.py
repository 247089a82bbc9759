"""Reading the audit log by *position*, for a view that shows millions of events smoothly.

A table view asks for "rows 612,400 to 612,599 of the filtered log, newest first". Offsets over
a million rows are slow, so rows are located from the nearest known position instead:

- every view works on a fixed snapshot, the events up to ``upto_seq`` (the head when it
  opened), so that positions do not shift while new events arrive;
- an unfiltered, gapless log (the normal case: the writer keeps the sequence gapless) maps
  row ``r`` to sequence ``upto_seq - r`` directly;
- otherwise the page is found by a keyset query from the nearest *anchor*: the top of the log,
  its bottom (the reverse query, so the end is as fast as the start), or a row whose sequence
  number is already known because its page was loaded, skipping only the rows in between.

Every read checks that the actor may view the audit log. Nothing here writes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from authdesk.core import audit
from authdesk.core.actions import Action
from authdesk.core.auditquery import AuditFilter
from authdesk.core.authority import Principal
from authdesk.core.clock import as_utc
from authdesk.core.kernel import Kernel
from authdesk.core.roles import Operation
from authdesk.storage.models import AuditEvent

OUTCOMES = ("ok", "refused", "failed")


@dataclass(frozen=True)
class EventRow:
    """One audit event, detached from the database session (safe to hand to another thread)."""

    seq: int
    ts: datetime  # aware, UTC
    actor: str
    role: str
    workstation: str
    action: str
    subject: str
    outcome: str
    details: str  # canonical JSON text, as hashed
    prev_hash: str
    hash: str

    @classmethod
    def of(cls, event: Any) -> EventRow:
        """From an ``AuditEvent`` or a row of ``COLUMNS``."""
        return cls(event.seq, as_utc(event.ts), event.actor, event.role, event.workstation,
                   event.action, event.subject, event.outcome, event.details, event.prev_hash,
                   event.hash)

    def details_dict(self) -> dict[str, Any]:
        try:
            value = json.loads(self.details or "{}")
        except ValueError:
            return {"(unreadable details)": self.details}
        return value if isinstance(value, dict) else {"value": value}

    def details_pretty(self) -> str:
        return json.dumps(self.details_dict(), indent=2, ensure_ascii=False, sort_keys=True)


# Plain columns, not ORM objects: rows are read by a worker thread while the GUI thread waits
# for the interpreter lock, so the less Python per row the smoother the window.
COLUMNS = (AuditEvent.seq, AuditEvent.ts, AuditEvent.actor, AuditEvent.role,
           AuditEvent.workstation, AuditEvent.action, AuditEvent.subject, AuditEvent.outcome,
           AuditEvent.details, AuditEvent.prev_hash, AuditEvent.hash)


@dataclass(frozen=True)
class Opening:
    """The first page of a view and the snapshot it fixes."""

    upto_seq: int
    rows: list[EventRow]


@dataclass(frozen=True)
class Extent:
    """How many events the snapshot holds, and whether row r is simply ``upto_seq - r``."""

    total: int
    contiguous: bool


class AuditReader:
    """Positional, read-only access to the audit log for one actor (supervisor or auditor)."""

    def __init__(self, kernel: Kernel, handle: Principal) -> None:
        self.kernel = kernel
        self.handle = handle

    @contextmanager
    def _read(self) -> Iterator[Session]:
        """A read transaction that checks the actor (role and live session) first."""
        with self.kernel.read() as s:
            self.kernel.authorize(s, self.handle, Operation.VIEW_AUDIT)
            yield s

    def head_seq(self) -> int:
        with self._read() as s:
            return audit.head(s)[0]

    def open(self, flt: AuditFilter, *, limit: int) -> Opening:
        """Record who searched the log for what (``audit.searched``), then fix the snapshot at
        the current head and read its newest ``limit`` events."""
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, self.handle, Operation.VIEW_AUDIT)
            self.kernel.record(s, actor, Action.AUDIT_SEARCHED, subject="audit",
                               details={"filter": flt.describe()})
        with self._read() as s:
            upto = audit.head(s)[0]
            rows = _page(s, flt, upto, below=upto + 1, limit=limit, newest_first=True)
        return Opening(upto, rows)

    def extent(self, flt: AuditFilter, upto_seq: int) -> Extent:
        """Count the snapshot's events (filtering in the database)."""
        with self._read() as s:
            query = flt.apply(select(func.count()).select_from(AuditEvent))
            # All matching events minus those after the snapshot: without a bound on seq the
            # database counts over its smallest index (a million rows in ~10 ms on SQLite).
            total = int(s.scalar(query) or 0) - int(
                s.scalar(query.where(AuditEvent.seq > upto_seq)) or 0)
            contiguous = False
            if flt.empty and total:
                lowest = s.scalar(select(func.min(AuditEvent.seq)))
                contiguous = lowest is not None and upto_seq - lowest + 1 == total
        return Extent(total, contiguous)

    def rows(
        self,
        flt: AuditFilter,
        *,
        upto_seq: int,
        extent: Extent,
        first_row: int,
        limit: int,
        anchors: Mapping[int, int] | None = None,
    ) -> list[EventRow]:
        """Rows ``first_row`` .. ``first_row + limit - 1`` of the snapshot, newest first.

        ``anchors`` maps rows already loaded to their sequence numbers; the nearest one (or the
        top or bottom of the snapshot) is where the keyset query starts.
        """
        last_row = min(first_row + limit, extent.total) - 1
        if first_row < 0 or last_row < first_row:
            return []
        count = last_row - first_row + 1
        with self._read() as s:
            if extent.contiguous:
                return _page(s, flt, upto_seq, below=upto_seq - first_row + 1, limit=count,
                             newest_first=True)
            # Virtual anchors just outside the snapshot: above the newest, below the oldest.
            known = {-1: upto_seq + 1, extent.total: 0, **(anchors or {})}
            best_row, best_cost = -1, first_row
            for row in known:
                if row < first_row:
                    cost = first_row - row - 1
                elif row > last_row:
                    cost = row - last_row - 1
                else:
                    continue
                if cost < best_cost:
                    best_row, best_cost = row, cost
            anchor_seq = known[best_row]
            if best_row < first_row:
                return _page(s, flt, upto_seq, below=anchor_seq, limit=count,
                             newest_first=True, skip=best_cost)
            older_first = _page(s, flt, upto_seq, above=anchor_seq, limit=count,
                                newest_first=False, skip=best_cost)
            return older_first[::-1]

    def row_of_seq(self, flt: AuditFilter, *, upto_seq: int, seq: int) -> int | None:
        """The row (newest first) at which event ``seq`` stands in the snapshot, if it does."""
        with self._read() as s:
            base = flt.apply(select(func.count()).select_from(AuditEvent))
            present = s.scalar(flt.apply(select(AuditEvent.seq)).where(AuditEvent.seq == seq,
                                                                        AuditEvent.seq <= upto_seq))
            if present is None:
                return None
            newer = s.scalar(base.where(AuditEvent.seq > seq, AuditEvent.seq <= upto_seq))
            return int(newer or 0)


def _page(
    s: Session,
    flt: AuditFilter,
    upto_seq: int,
    *,
    below: int | None = None,
    above: int | None = None,
    limit: int,
    newest_first: bool,
    skip: int = 0,
) -> list[EventRow]:
    # One upper bound, not two: SQLite walks the primary key from one bound and would test
    # the other row by row (a million rows for the last page of the log).
    below = upto_seq + 1 if below is None else min(below, upto_seq + 1)
    columns = cast("Select[Any]", select(*COLUMNS))
    query = flt.apply(columns).where(AuditEvent.seq < below)
    if above is not None:
        query = query.where(AuditEvent.seq > above)
    order = AuditEvent.seq.desc() if newest_first else AuditEvent.seq.asc()
    if skip:
        # Find where the page starts with a query on the sequence number alone (an index-only
        # walk where an index serves the filter), then read just the page's full rows.
        start = s.scalar(query.with_only_columns(AuditEvent.seq).order_by(order)
                         .offset(skip).limit(1))
        if start is None:
            return []
        query = query.where(AuditEvent.seq <= start if newest_first else AuditEvent.seq >= start)
    return [EventRow.of(row) for row in s.execute(query.order_by(order).limit(limit))]


def filter_for(
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    actor: str = "",
    customer: str = "",
    action: str = "",
    outcome: str = "",
) -> AuditFilter:
    """An AuditFilter from form fields: blanks mean 'any', text is trimmed."""
    return AuditFilter(since=since, until=until, actor=actor.strip() or None,
                       customer=customer.strip() or None, action=action.strip() or None,
                       outcome=outcome.strip() or None)
