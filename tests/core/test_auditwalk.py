"""The parallel walk's plumbing: when worker processes cannot run, the walk stays in this
process and still finds and names the damage."""

from __future__ import annotations

from typing import Any

import pytest
from test_audit_damage import cli, damage_of, log, tamper

from authdesk.core import auditwalk
from authdesk.core.authority import SessionHandle
from authdesk.core.desk import Desk
from authdesk.storage.db import Database

__all__ = ["cli", "log", "tamper"]


@pytest.fixture
def workers_cannot_start(db: Database, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    if not db.is_sqlite:
        pytest.skip("the parallel walk reads a SQLite file")
    monkeypatch.setattr(auditwalk, "PARALLEL_MIN_EVENTS", 1)
    monkeypatch.setattr(auditwalk, "WORKERS", 2)
    tried: list[str] = []

    def refused(*args: Any, **kwargs: Any) -> None:
        tried.append("pool")
        raise OSError("no more processes")

    monkeypatch.setattr(auditwalk, "ProcessPoolExecutor", refused)
    return tried


def test_without_workers_the_walk_stays_in_this_process(
        log: Desk, cli: SessionHandle, workers_cannot_start: list[str]) -> None:
    result = log.audit.verify(cli)
    assert result.ok, result.damage
    assert workers_cannot_start == ["pool"]


def test_without_workers_damage_is_still_named(
        log: Desk, cli: SessionHandle, tamper: Any, workers_cannot_start: list[str]) -> None:
    tamper("DELETE FROM audit_event WHERE seq = 7")
    assert damage_of(log, cli) == (7, "deleted")
    assert workers_cannot_start == ["pool"]


def test_ranges_cover_every_event_once() -> None:
    assert auditwalk.ranges(1, 10, 3) == [(1, 3), (4, 6), (7, 9), (10, 10)]
    assert auditwalk.ranges(1, 3, 3) == [(1, 3)]
