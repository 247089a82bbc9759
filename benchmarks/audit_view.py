"""How the audit log view behaves over a million events. A script that prints figures, not a
timed test:

    uv run python benchmarks/audit_view.py [--events 1000000]

1. Fills a temporary SQLite database with N valid, hash-chained audit events (bulk insert in
   one transaction; the chain verifies).
2. Opens the real audit page (offscreen) and measures, in milliseconds of wall time:
   the first page shown, a filter applied (first filtered page shown), scroll to the end,
   a jump to the middle, each unfiltered and filtered;
3. the longest gap between two turns of the event loop while all that runs (a 1 ms timer
   records the largest interval between its ticks), and the process's peak memory;
4. a baseline in the same run: a plain SELECT of one page of 200 events straight from SQLite,
   and the ratio of each figure to it.

Targets (the issue): first page <= 200 ms, filter <= 300 ms, longest gap <= 100 ms,
peak memory <= 300 MB.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import os
import random
import resource
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from benchstaff import auditor_session  # noqa: E402
from PySide6.QtCore import QEventLoop, QStandardPaths, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from authdesk.core import audit  # noqa: E402
from authdesk.core.authority import SYSTEM  # noqa: E402
from authdesk.core.desk import Desk  # noqa: E402
from authdesk.core.keys import MemoryKeyring  # noqa: E402
from authdesk.core.workstation import Workstation  # noqa: E402
from authdesk.storage.db import Database, sqlite_url  # noqa: E402

if TYPE_CHECKING:
    from authdesk.gui.audit.page import AuditPage

TARGETS = {"first page": 200.0, "filter": 300.0, "gap": 100.0, "memory": 300.0}
ACTIONS = (("customer.viewed", 30), ("customer.searched", 20), ("factor.verify.ok", 10),
           ("factor.verify.failed", 3), ("staff.signed_in", 8), ("staff.signed_out", 7),
           ("document.recorded", 6), ("request.created", 4), ("request.approved", 3),
           ("request.rejected", 1), ("notification.queued", 5), ("audit.searched", 2),
           ("customer.unmasked", 1))
# No audit.checkpointed among them: verification requires each to have its signed row. The
# fill ends with one real checkpoint instead, so the filled log ends signed.


# -- filling ---------------------------------------------------------------------------------------


def _field(value: object) -> bytes:
    """One field of ``audit.canonical_bytes``: its UTF-8 length, ':', the bytes, newline."""
    raw = str(value).encode("utf-8")
    return b"%d:%s\n" % (len(raw), raw)


def fake_events(count: int, start_seq: int, prev_hash: str) -> Iterator[tuple[object, ...]]:
    """Valid chained events: SHA-256 over the canonical encoding of ``core/audit.py``.

    The encoding is spelled out here with cached fields, because ``audit.event_hash`` would
    take half a minute for a million events; every 1000th event (and the first thousand) is
    checked against ``audit.event_hash`` so the two cannot drift apart."""
    rng = random.Random(20260105)
    actions = [a for a, weight in ACTIONS for _ in range(weight)]
    staff = [f"agent{n:02d}" for n in range(40)] + [f"super{n:02d}" for n in range(8)]
    workstations = [f"desk-{n:02d}" for n in range(1, 31)]
    details = [audit.details_text({"n": n}) for n in range(97)]
    cached: dict[str, bytes] = {}

    def field(text: str) -> bytes:
        encoded = cached.get(text)
        if encoded is None:
            encoded = cached[text] = _field(text)
        return encoded

    # Random choices drawn in bulk: per-event calls into ``random`` would dominate the time.
    gaps = rng.choices(range(1, 51), k=count)
    actors = rng.choices(staff, k=count)
    picked = rng.choices(actions, k=count)
    desks = rng.choices(workstations, k=count)
    customers = rng.choices(range(1, 120_001), k=count)
    refused = [r < 0.05 for r in (rng.random() for _ in range(count))]
    days: dict[int, str] = {}
    clock = int(datetime(2025, 1, 6, tzinfo=UTC).timestamp())
    for i, seq in enumerate(range(start_seq, start_seq + count)):
        clock += gaps[i]
        # audit.format_ts by arithmetic: datetime objects per event would dominate the time.
        day, rest = divmod(clock, 86_400)
        date = days.get(day)
        if date is None:
            date = days[day] = datetime.fromtimestamp(day * 86_400, UTC).date().isoformat()
        hours, rest = divmod(rest, 3600)
        iso = f"{date}T{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"
        ts = f"{iso}.000000Z"
        actor, action, workstation = actors[i], picked[i], desks[i]
        outcome = "failed" if action.endswith("failed") else ("refused" if refused[i] else "ok")
        role = "supervisor" if actor[0] == "s" else "agent"
        subject = f"customer:C{customers[i]:07d}"
        detail = details[seq % 97]
        digest = hashlib.sha256(b"".join((
            _field(seq), _field(ts), field(actor), field(role), field(workstation),
            field(action), _field(subject), field(outcome), field(detail),
            b"64:%s\n" % prev_hash.encode("ascii")))).hexdigest()
        if seq - start_seq < 1000 or seq % 1000 == 0:
            assert digest == audit.event_hash({
                "seq": seq, "ts": audit.format_ts(datetime.fromtimestamp(clock, UTC)),
                "actor": actor, "role": role,
                "workstation": workstation, "action": action, "subject": subject,
                "outcome": outcome, "details": detail, "prev_hash": prev_hash})
        # Stored as SQLAlchemy stores a naive UTC DateTime on SQLite.
        yield (seq, f"{iso.replace('T', ' ')}.000000", actor, role, workstation, action,
               subject, outcome, detail, prev_hash, digest, subject[len("customer:"):])
        prev_hash = digest


def fill(desk: Desk, path: Path, count: int) -> float:
    """Bulk insert straight through sqlite3: one transaction, one executemany over a generator
    (constant memory). The core's writer would take minutes for a million events; this is
    only the benchmark's set-up, and the result passes ``audit.verify_chain``."""
    started = time.perf_counter()
    with desk.db.read() as s:
        seq, head_hash = audit.head(s)
    last: list[tuple[object, ...]] = []

    def rows() -> Iterator[tuple[object, ...]]:
        for row in fake_events(count, seq + 1, head_hash):
            last[:] = [row]
            yield row

    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("BEGIN IMMEDIATE")
        # A bulk load: drop the table's indexes, insert, then build each index once (sorting
        # a million keys once is much faster than a million index insertions).
        indexes = [sql for (sql,) in conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_event' "
            "AND sql IS NOT NULL")]
        for name, in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                  "tbl_name = 'audit_event' AND sql IS NOT NULL").fetchall():
            conn.execute(f'DROP INDEX "{name}"')
        conn.executemany(
            "INSERT INTO audit_event (seq, ts, actor, role, workstation, action, subject, "
            "outcome, details, prev_hash, hash, customer) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows())
        for sql in indexes:
            conn.execute(sql)
        conn.execute("UPDATE audit_head SET seq = ?, hash = ?", (last[0][0], last[0][-2]))
        conn.execute("COMMIT")
        conn.execute("ANALYZE")  # what a DBA runs after a bulk load; the planner uses it
        # ... and fold the bulk load's write-ahead log into the database, or the first
        # ordinary commit afterwards (the view's audit.searched event) pays for it.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    desk.audit.checkpoint(SYSTEM, reason="benchmark fill")
    return time.perf_counter() - started


# -- measuring -------------------------------------------------------------------------------------


class GapMeter:
    """A 1 ms timer; the longest interval between its ticks is the longest event-loop stall."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.longest = 0.0
        self.where = ""
        self.phase = ""

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        if now - self.last > self.longest:
            self.longest, self.where = now - self.last, self.phase
        self.last = now


def wait_for(condition: Callable[[], bool], timeout_s: float = 60.0) -> None:
    """Run the event loop until ``condition`` holds (checked every millisecond)."""
    if condition():
        return
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(1)
    deadline = time.perf_counter() + timeout_s

    def check() -> None:
        if condition() or time.perf_counter() > deadline:
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    if not condition():
        raise TimeoutError("the view did not get there in time")


def timed(meter: GapMeter, phase: str, action: Callable[[], None],
          done: Callable[[], bool]) -> float:
    meter.phase = phase
    started = time.perf_counter()
    action()
    wait_for(done)
    return (time.perf_counter() - started) * 1000


def visible_rows_loaded(page: AuditPage) -> bool:
    """Every row the table shows has its data (not the '…' placeholder)."""
    view, model = page.view, page.model
    if model.loading or model.rowCount() == 0:
        return False
    top = view.rowAt(0)
    bottom = view.rowAt(view.viewport().height() - 1)
    if top < 0:
        return False
    bottom = bottom if bottom >= 0 else model.rowCount() - 1
    return all(model.is_loaded(row) for row in range(top, bottom + 1))


def baseline_ms(path: Path) -> float:
    """A plain SELECT of one page of 200 events, newest first, straight from SQLite."""
    with sqlite3.connect(path) as conn:
        conn.execute("SELECT 1").fetchall()
        runs = []
        for _ in range(5):
            started = time.perf_counter()
            conn.execute("SELECT * FROM audit_event ORDER BY seq DESC LIMIT 200").fetchall()
            runs.append((time.perf_counter() - started) * 1000)
    return min(runs)


def main(argv: list[str]) -> int:
    # The GUI is imported here, not at the top: ``fill`` (tests/test_benchmark_data.py) needs
    # only the core.
    from authdesk.gui.audit.page import AuditPage
    from authdesk.gui.kit.background import background
    from authdesk.gui.kit.i18n import Translations
    from authdesk.gui.kit.page import PageContext
    from authdesk.gui.kit.session import SessionGuard
    from authdesk.gui.shell.context import AppContext

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    args = parser.parse_args(argv)

    QStandardPaths.setTestModeEnabled(True)
    app = QApplication.instance() or QApplication(["audit-view-benchmark"])
    with tempfile.TemporaryDirectory(prefix="authdesk-bench-") as tmp:
        path = Path(tmp) / "audit.db"
        db = Database(sqlite_url(path))
        desk = Desk.initialise(db, workstation=Workstation("bench", Path(tmp) / "ws.json"),
                               keyring_backend=MemoryKeyring())
        auditor = auditor_session(desk)  # signed in before the fill: its events come first
        fill_s = fill(desk, path, args.events)
        size_mb = path.stat().st_size / 1e6
        print(f"filled {args.events:,} chained events in {fill_s:.1f} s "
              f"(database {size_mb:.0f} MB)")

        gc.collect()  # the fill's garbage is the set-up's, not the view's
        before_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        translations = Translations()
        translations.apply("en")
        context = PageContext(AppContext(desk, translations, pages=[]), auditor,
                              SessionGuard(desk, auditor))
        meter = GapMeter()
        meter.start()
        figures: dict[str, float] = {}
        page: AuditPage | None = None

        def open_page() -> None:
            nonlocal page
            page = AuditPage(context)
            page.resize(1280, 800)
            page.show()

        figures["first page"] = timed(meter, "first page", open_page,
                                      lambda: page is not None and visible_rows_loaded(page))
        assert page is not None
        figures["count known"] = timed(meter, "count", lambda: None,
                                       lambda: page.model.extent is not None)
        total = page.model.rowCount()

        def scroll_to_end() -> None:
            page.view.scrollToBottom()

        def at_end() -> bool:
            return page.model.is_loaded(page.model.rowCount() - 1) and visible_rows_loaded(page)

        figures["scroll to end"] = timed(meter, "scroll to end", scroll_to_end, at_end)

        def jump_middle() -> None:
            page.view.scrollTo(page.model.index(page.model.rowCount() // 2, 0))

        figures["jump to middle"] = timed(meter, "jump to middle", jump_middle,
                                          lambda: visible_rows_loaded(page))

        def apply(**fields: str) -> Callable[[], None]:
            def run() -> None:
                page.filters.clear()
                page.filters.actor.setText(fields.get("actor", ""))
                page.filters.action.setEditText(fields.get("action", ""))
                page.apply_filter()
                page.view.scrollToTop()
            return run

        figures["filter: staff member"] = timed(meter, "filter staff", apply(actor="agent07"),
                                                lambda: visible_rows_loaded(page))
        figures["filter: count known"] = timed(meter, "filter count", lambda: None,
                                               lambda: page.model.extent is not None)
        filtered = page.model.rowCount()
        figures["filtered: scroll to end"] = timed(meter, "filtered end", scroll_to_end, at_end)
        figures["filtered: jump to middle"] = timed(meter, "filtered middle", jump_middle,
                                                    lambda: visible_rows_loaded(page))
        figures["filter: action prefix"] = timed(meter, "filter action", apply(action="request"),
                                                 lambda: visible_rows_loaded(page))
        wait_for(lambda: page.model.extent is not None)
        by_action = page.model.rowCount()
        meter.timer.stop()
        background().wait()

        base = baseline_ms(path)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"events: {total:,}; filtered by staff member: {filtered:,}; "
              f"by action prefix 'request': {by_action:,}")
        print(f"baseline: plain SELECT of one page of 200 events: {base:.1f} ms")
        print(f"{'measure':<28}{'ms':>10}{'x baseline':>12}{'target':>10}")
        for name, value in figures.items():
            target = TARGETS["first page"] if name == "first page" else (
                TARGETS["filter"] if name.startswith("filter:") and "count" not in name
                else None)
            mark = "" if target is None else f"<= {target:.0f}" + (
                " ok" if value <= target else " MISSED")
            print(f"{name:<28}{value:>10.1f}{value / base:>12.1f}{mark:>10}")
        gap_ms = meter.longest * 1000
        print(f"longest gap between event-loop turns: {gap_ms:.1f} ms (during {meter.where}); "
              f"target <= {TARGETS['gap']:.0f}" + (" ok" if gap_ms <= TARGETS["gap"]
                                                    else " MISSED"))
        print(f"peak memory (ru_maxrss): {peak_mb:.0f} MB; target <= {TARGETS['memory']:.0f}"
              + (" ok" if peak_mb <= TARGETS["memory"] else " MISSED")
              + f" (peak before the view opened, after the fill: {before_mb:.0f} MB)")
        page.close()
        app.processEvents()
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
