"""The parallel walk finds and names every kind of damage exactly like the sequential walk.

Every test of ``test_audit_damage.py`` runs again here, with the walk forced onto two worker
processes over ranges of three events (so the damage sits inside a range, at a range's first
event, or between two ranges). Each verification is also made with the exact sequential walk
alone, and the two results must be identical: damage (seq, kind and text), event count, head,
checkpoints and notes. SQLite only: the workers read the database file.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from parallel_walk import parallel_walk
from test_audit_damage import *  # noqa: F403  (the tests and their fixtures, run again here)
from test_audit_damage import EVENTS, damage_of, log, tamper, write_event

from authdesk.core.audit import VerifyCancelled
from authdesk.core.authority import SessionHandle
from authdesk.core.desk import Desk

__all__ = ["damage_of", "log", "parallel_walk", "tamper"]


def test_the_parallel_walk_covers_the_log_in_ranges(log: Desk, cli: SessionHandle,
                                                    parallel_walk: list[int]) -> None:
    result = log.audit.verify(cli)
    assert result.ok, result.damage
    assert result.events == EVENTS + 4
    assert parallel_walk == [-(-(EVENTS + 4) // 3)]


def test_progress_is_reported_up_to_the_whole_log(log: Desk, cli: SessionHandle) -> None:
    seen: list[tuple[int, int]] = []
    result = log.audit.verify(cli, progress=lambda done, total: seen.append((done, total)))
    assert result.ok, result.damage
    assert seen[-1] == (result.events, result.events)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_cancel_stops_the_parallel_walk(log: Desk, cli: SessionHandle) -> None:
    asked: list[bool] = []

    def cancelled() -> bool:
        asked.append(True)
        return True

    with pytest.raises(VerifyCancelled):
        log.audit.verify(cli, cancelled=cancelled)
    assert asked


def test_a_log_grown_past_many_ranges_still_verifies(log: Desk, cli: SessionHandle) -> None:
    for i in range(20):
        write_event(log, "test.more", subject="call:1", details={"customer": f"C{i:07d}"})
    log.audit.checkpoint(cli)
    result = log.audit.verify(cli)
    assert result.ok, result.damage


@pytest.mark.parametrize("statement", [
    "UPDATE audit_event SET customer = 'C0000001' WHERE seq = 14",
    "UPDATE audit_event SET actor = CAST(actor AS BLOB) WHERE seq = 5",
])
def test_values_the_fast_walk_cannot_vouch_for_are_named_as_before(
        log: Desk, cli: SessionHandle, tamper: Callable[..., None], statement: str) -> None:
    """A wrong customer index, a text turned into a BLOB with the same bytes: the exact walk
    judges them, so the result is the sequential one (compared by the fixture)."""
    tamper(statement)
    assert damage_of(log, cli)[1] == "edited"
