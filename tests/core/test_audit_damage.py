"""Each kind of damage to the audit log is found and the first bad event named.

The damage is done the way an insider with database access would do it: SQL straight into the
SQLite file with the ``sqlite3`` module (bypassing AuthDesk entirely), or on PostgreSQL SQL
through a separate connection. Each test would fail if verification stopped checking the rule.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from helpers import Staffing, drop_audit_triggers

from authdesk.core import audit
from authdesk.core.audit import GENESIS_HASH, format_ts
from authdesk.core.authority import SessionHandle
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.workstation import Workstation
from authdesk.storage.db import Database
from authdesk.storage.models import AuditEvent

Tamper = Callable[..., None]
# Events 1..12: 1 is system.initialised and 2 its checkpoint, then the first administrator and
# the auditor are added (each signed by a checkpoint: 4 and 7) and sign in, then test events
# from 9; 12 is the test's own checkpoint event.
EVENTS = 12
SIGNED_AT = (2, 4, 7, EVENTS)  # the checkpoints the set-up and the fixture take
FIRST_TEST_EVENT = 9


@pytest.fixture
def cli(desk: Desk, clock: FakeClock) -> SessionHandle:
    """An auditor, signed in before the events below are written."""
    return Staffing(desk, clock).auditor


def write_event(desk: Desk, action: str, subject: str = "",
                details: dict[str, object] | None = None) -> None:
    """An event written straight through the kernel's audit writer, as the system."""
    with desk.kernel.write() as s:
        desk.kernel.record(s, desk.kernel.system_actor(), action, subject=subject,
                           details=details)


@pytest.fixture
def log(desk: Desk, cli: SessionHandle, clock: FakeClock) -> Desk:
    """Events 1..12 with a signed checkpoint at 12, then events 13..16 after it."""
    with desk.kernel.read() as s:
        first = audit.head(s)[0] + 1
    assert first == FIRST_TEST_EVENT, "the set-up wrote a different number of events"
    for i in range(first, EVENTS):
        write_event(desk, "test.action", subject=f"customer:C{i:04d}",
                    details={"i": i, "note": "テスト"})
        clock.advance(seconds=7)
    desk.audit.checkpoint(cli)
    for i in range(EVENTS + 1, EVENTS + 5):
        write_event(desk, "test.after", subject=f"customer:C{i:04d}", details={"i": i})
    return desk


@pytest.fixture
def tamper(db: Database) -> Tamper:
    """Run SQL outside AuthDesk: the sqlite3 module on the SQLite file, or (PostgreSQL) a
    separate connection. Statements run in order in one transaction.

    The attacker owns the file (or the tables): the append-only triggers stop mistakes and the
    application's own role, not the owner, who drops them first, as done here."""

    def run(*statements: str) -> None:
        drop_audit_triggers(db)
        if db.is_sqlite:
            assert db.url.database
            con = sqlite3.connect(db.url.database)
            try:
                for sql in statements:
                    con.execute(sql)
                con.commit()
            finally:
                con.close()
        else:
            with db.engine.begin() as conn:
                for sql in statements:
                    conn.exec_driver_sql(sql)

    return run


def ts_literal(db: Database, moment: datetime) -> str:
    """A time as this database stores it (SQLite: SQLAlchemy's text form)."""
    naive = moment.replace(tzinfo=None)
    return f"'{naive:%Y-%m-%d %H:%M:%S.%f}'" if db.is_sqlite else f"TIMESTAMP '{naive}'"


def renumber_from(seq: int, delta: int) -> tuple[str, str]:
    """Shift events >= seq by delta without tripping the primary key on the way."""
    return (f"UPDATE audit_event SET seq = -(seq + {delta}) WHERE seq >= {seq}",
            "UPDATE audit_event SET seq = -seq WHERE seq < 0")


def fix_head(seq: int, digest: str) -> str:
    """What a careful attacker also does: make the head record agree."""
    return f"UPDATE audit_head SET seq = {seq}, hash = '{digest}'"


def row(desk: Desk, seq: int) -> dict[str, object]:
    with desk.kernel.read() as s:
        event = s.get(AuditEvent, seq)
        assert event is not None
        values = audit.event_values(event)
        values["hash"] = event.hash
        values["ts_dt"] = event.ts
        return values


def damage_of(desk: Desk, cli: SessionHandle) -> tuple[int, str]:
    result = desk.audit.verify(cli)
    assert result.damage is not None, "the damage was not detected"
    return result.damage.seq, result.damage.kind


def test_untouched_log_verifies(log: Desk, cli: SessionHandle) -> None:
    result = log.audit.verify(cli)
    assert result.ok, result.damage
    assert result.events == EVENTS + 4
    assert result.checkpoints == len(SIGNED_AT)


# -- an edited field in any event ---------------------------------------------------------------


@pytest.mark.parametrize("column, new_value", [
    ("actor", "'mallory'"),
    ("role", "'supervisor'"),
    ("workstation", "'ws-evil'"),
    ("action", "'request.approved'"),
    ("subject", "'customer:C9999'"),
    ("outcome", "'refused'"),
    ("details", "'{\"i\":6,\"note\":\"x\"}'"),
    ("prev_hash", f"'{'a' * 64}'"),
    ("hash", f"'{'b' * 64}'"),
])
def test_edited_field_is_named(log: Desk, cli: SessionHandle, tamper: Tamper, column: str,
                               new_value: str) -> None:
    tamper(f"UPDATE audit_event SET {column} = {new_value} WHERE seq = 6")
    assert damage_of(log, cli) == (6, "edited")


def test_edited_time_is_named(log: Desk, cli: SessionHandle, tamper: Tamper, db: Database) -> None:
    later = row(log, 6)["ts_dt"]
    assert isinstance(later, datetime)
    tamper(f"UPDATE audit_event SET ts = {ts_literal(db, later + timedelta(seconds=1))} "
           "WHERE seq = 6")
    assert damage_of(log, cli) == (6, "edited")


@pytest.mark.parametrize("seq", [1, 2, EVENTS, EVENTS + 1, EVENTS + 4])
def test_edit_in_any_event_is_named(log: Desk, cli: SessionHandle, tamper: Tamper,
                                    seq: int) -> None:
    tamper(f"UPDATE audit_event SET subject = 'customer:C0666' WHERE seq = {seq}")
    assert damage_of(log, cli) == (seq, "edited")


def test_edit_with_recomputed_hash_is_named(log: Desk, cli: SessionHandle, tamper: Tamper) -> None:
    """The format is public: an insider can recompute the edited event's own hash. The next
    event still names the original hash."""
    values = row(log, 6)
    values["actor"] = "mallory"
    tamper(f"UPDATE audit_event SET actor = 'mallory', hash = '{audit.event_hash(values)}' "
           "WHERE seq = 6")
    assert damage_of(log, cli) == (6, "edited")


def test_rewritten_history_is_caught_by_the_signed_checkpoint(
        log: Desk, cli: SessionHandle, tamper: Tamper) -> None:
    """Edit event 10 and recompute every later hash: the chain is consistent again, but the
    signed checkpoint at 12 no longer matches (a full rewrite needs the signing key)."""
    statements, prev = [], row(log, FIRST_TEST_EVENT)["hash"]
    for seq in range(FIRST_TEST_EVENT + 1, EVENTS + 5):
        values = row(log, seq)
        values["prev_hash"] = prev
        if seq == FIRST_TEST_EVENT + 1:
            values["actor"] = "mallory"
        prev = audit.event_hash(values)
        statements.append(f"UPDATE audit_event SET actor = '{values['actor']}', "
                          f"prev_hash = '{values['prev_hash']}', hash = '{prev}' "
                          f"WHERE seq = {seq}")
    tamper(*statements, fix_head(EVENTS + 4, str(prev)))
    assert damage_of(log, cli) == (EVENTS, "edited")


def test_unreadable_time_is_damage_not_a_crash(log: Desk, cli: SessionHandle, tamper: Tamper,
                                                db: Database) -> None:
    if not db.is_sqlite:
        pytest.skip("only SQLite lets a time column hold arbitrary text")
    tamper("UPDATE audit_event SET ts = 'yesterday' WHERE seq = 4")
    assert damage_of(log, cli) == (4, "edited")


# -- a deleted event in the middle -----------------------------------------------------------------


def test_deleted_event_is_named(log: Desk, cli: SessionHandle, tamper: Tamper) -> None:
    tamper("DELETE FROM audit_event WHERE seq = 7")
    assert damage_of(log, cli) == (7, "deleted")


def test_deleted_event_with_renumbering_is_named(log: Desk, cli: SessionHandle,
                                                 tamper: Tamper) -> None:
    last = row(log, EVENTS + 4)["hash"]
    tamper("DELETE FROM audit_event WHERE seq = 7", *renumber_from(8, -1),
           "UPDATE audit_checkpoint SET seq = seq - 1", fix_head(EVENTS + 3, str(last)))
    assert damage_of(log, cli) == (7, "deleted")


def test_several_deleted_events_with_renumbering_are_named(
        log: Desk, cli: SessionHandle, tamper: Tamper) -> None:
    tamper("DELETE FROM audit_event WHERE seq IN (7, 8, 9)", *renumber_from(10, -3))
    assert damage_of(log, cli) == (7, "deleted")


def test_deleted_first_event_is_named(log: Desk, cli: SessionHandle, tamper: Tamper) -> None:
    tamper("DELETE FROM audit_event WHERE seq = 1", *renumber_from(2, -1))
    assert damage_of(log, cli) == (1, "deleted")


# -- an inserted event ---------------------------------------------------------------------------


def insert_sql(db: Database, values: dict[str, object], moment: datetime) -> str:
    return (
        "INSERT INTO audit_event (seq, ts, actor, role, workstation, action, subject, outcome, "
        f"details, prev_hash, hash) VALUES ({values['seq']}, {ts_literal(db, moment)}, "
        f"'{values['actor']}', '{values['role']}', '{values['workstation']}', "
        f"'{values['action']}', '{values['subject']}', '{values['outcome']}', "
        f"'{values['details']}', '{values['prev_hash']}', '{values['hash']}')"
    )


def forged(desk: Desk, seq: int, *, valid_hash: bool) -> tuple[dict[str, object], datetime]:
    before = row(desk, seq - 1)
    moment = before["ts_dt"]
    assert isinstance(moment, datetime)
    values: dict[str, object] = {
        "seq": seq, "ts": format_ts(moment), "actor": "alice", "role": "supervisor",
        "workstation": "ws-01", "action": "request.approved", "subject": "request:99",
        "outcome": "ok", "details": "{}", "prev_hash": before["hash"],
    }
    values["hash"] = audit.event_hash(values) if valid_hash else "c" * 64
    return values, moment


@pytest.mark.parametrize("valid_hash", [False, True], ids=["garbage-hash", "computed-hash"])
def test_inserted_event_is_named(log: Desk, cli: SessionHandle, tamper: Tamper, db: Database,
                                 valid_hash: bool) -> None:
    values, moment = forged(log, 6, valid_hash=valid_hash)
    tamper(*renumber_from(6, +1), insert_sql(db, values, moment))
    assert damage_of(log, cli) == (6, "inserted")


def test_several_inserted_events_are_named(log: Desk, cli: SessionHandle, tamper: Tamper,
                                           db: Database) -> None:
    statements = list(renumber_from(6, +2))
    for seq in (6, 7):
        values, moment = forged(log, 6, valid_hash=False)
        values["seq"], values["hash"] = seq, f"{seq}" * 64
        statements.append(insert_sql(db, values, moment))
    tamper(*statements)
    assert damage_of(log, cli) == (6, "inserted")


def test_copied_event_is_named(log: Desk, cli: SessionHandle, tamper: Tamper, db: Database) -> None:
    """A copy of an earlier event (say, an old approval) slipped in later."""
    copy = row(log, 3)
    moment = copy["ts_dt"]
    assert isinstance(moment, datetime)
    tamper(*renumber_from(9, +1), insert_sql(db, {**copy, "seq": 9}, moment))
    assert damage_of(log, cli) == (9, "inserted")


def test_event_appended_behind_the_writers_back_is_named(log: Desk, cli: SessionHandle,
                                                        tamper: Tamper, db: Database) -> None:
    """A forged newest event with a correct hash, the head record left alone: the chain
    holds, but the next write finds its sequence number taken, and verify says so."""
    values, moment = forged(log, EVENTS + 5, valid_hash=True)
    tamper(insert_sql(db, values, moment))
    assert damage_of(log, cli) == (EVENTS + 5, "inserted")


# -- two events swapped --------------------------------------------------------------------------


def swap_sql(a: int, b: int) -> tuple[str, str, str]:
    return (f"UPDATE audit_event SET seq = -1 WHERE seq = {a}",
            f"UPDATE audit_event SET seq = {a} WHERE seq = {b}",
            f"UPDATE audit_event SET seq = {b} WHERE seq = -1")


@pytest.mark.parametrize("a, b", [(5, 6), (4, 9), (EVENTS + 3, EVENTS + 4)])
def test_swapped_events_are_named(log: Desk, cli: SessionHandle, tamper: Tamper, a: int,
                                  b: int) -> None:
    tamper(*swap_sql(a, b))
    assert damage_of(log, cli) == (a, "swapped")


# -- deleting the newest events ------------------------------------------------------------------


def test_truncation_is_caught_by_the_signed_checkpoint(log: Desk, cli: SessionHandle,
                                                       tamper: Tamper) -> None:
    keep = row(log, 9)["hash"]
    tamper("DELETE FROM audit_event WHERE seq > 9", fix_head(9, str(keep)))
    assert damage_of(log, cli) == (10, "truncated")


def test_truncation_is_caught_by_the_head_record(log: Desk, cli: SessionHandle, tamper: Tamper,
                                                 tmp_path: Path) -> None:
    """Checkpoints deleted too and a workstation that remembers nothing: the head record
    that every writer updates still names the lost events (unless it is fixed as well)."""
    tamper("DELETE FROM audit_event WHERE seq > 9", "DELETE FROM audit_checkpoint")
    forgetful = Desk(log.db, log.keys, workstation=Workstation("other", tmp_path / "new.json"),
                     clock=log.clock)
    assert damage_of(forgetful, cli) == (10, "truncated")


def test_truncation_with_checkpoints_deleted_is_caught_by_the_workstation(
        log: Desk, cli: SessionHandle, tamper: Tamper) -> None:
    keep = row(log, 9)["hash"]
    tamper("DELETE FROM audit_event WHERE seq > 9", "DELETE FROM audit_checkpoint",
           fix_head(9, str(keep)))
    assert damage_of(log, cli) == (10, "rolled_back")


def test_rolled_back_and_regrown_log_is_caught_by_the_workstation(
        log: Desk, cli: SessionHandle, tamper: Tamper) -> None:
    """Roll back to 9, delete the checkpoints, then let the log grow past 12 again: the
    length is fine but event 12 is not the one this workstation saw signed."""
    keep = row(log, 9)["hash"]
    tamper("DELETE FROM audit_event WHERE seq > 9", "DELETE FROM audit_checkpoint",
           fix_head(9, str(keep)))
    for _ in range(8):
        write_event(log, "test.regrown")
    assert damage_of(log, cli) == (EVENTS, "rolled_back")


def test_limit_events_after_the_newest_checkpoint_can_vanish(
        log: Desk, cli: SessionHandle, tamper: Tamper, tmp_path: Path) -> None:
    """Documented limit (docs/audit-format.md): someone with write access who also fixes the
    head record can drop events after the newest checkpoint, unseen by a workstation that
    never saw them. Verification says how many events are not yet covered by a checkpoint."""
    keep = row(log, EVENTS + 2)["hash"]
    tamper(f"DELETE FROM audit_event WHERE seq > {EVENTS + 2}", fix_head(EVENTS + 2, str(keep)))
    result = log.audit.verify(cli)
    assert result.ok
    assert any("after the newest checkpoint" in note for note in result.notes)


# -- checkpoints ----------------------------------------------------------------------------------


def test_forged_checkpoint_is_refused(log: Desk, cli: SessionHandle, tamper: Tamper,
                                      db: Database) -> None:
    """A checkpoint row added without the signing key (the signature is someone else's)."""
    head = row(log, EVENTS + 4)
    moment = head["ts_dt"]
    assert isinstance(moment, datetime)
    tamper("INSERT INTO audit_checkpoint (seq, head_hash, ts, signature, key_id) VALUES "
           f"({EVENTS + 4}, '{head['hash']}', {ts_literal(db, moment)}, '{'ab' * 64}', 'x')")
    assert damage_of(log, cli) == (EVENTS + 4, "bad_checkpoint")


def test_edited_checkpoint_time_is_refused(log: Desk, cli: SessionHandle, tamper: Tamper,
                                           db: Database) -> None:
    later = "'2027-01-01 00:00:00.000000'" if db.is_sqlite else "TIMESTAMP '2027-01-01'"
    tamper(f"UPDATE audit_checkpoint SET ts = {later} WHERE seq = {EVENTS}")
    assert damage_of(log, cli) == (EVENTS, "bad_checkpoint")
    if db.is_sqlite:
        tamper(f"UPDATE audit_checkpoint SET ts = 'soon' WHERE seq = {EVENTS}")
        assert damage_of(log, cli) == (EVENTS, "bad_checkpoint")


def test_genesis_is_sixty_four_zeros(log: Desk) -> None:
    assert row(log, 1)["prev_hash"] == GENESIS_HASH == "0" * 64
