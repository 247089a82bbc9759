"""A fixture that forces the parallel audit walk and checks it against the sequential one.

Every verification made while it is active runs twice: on two worker processes over ranges of
three events, and with the exact sequential walk alone; the two results must be identical
(damage: seq, kind and text; event count, head, checkpoints, notes). SQLite only: the workers
read the database file.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from authdesk.core import audit, auditwalk
from authdesk.core.audit import GENESIS_HASH
from authdesk.storage.db import Database


@pytest.fixture(autouse=True)
def parallel_walk(db: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Force the parallel walk and compare each result with the sequential walk's."""
    if not db.is_sqlite:
        pytest.skip("the parallel walk reads a SQLite file")
    monkeypatch.setattr(auditwalk, "PARALLEL_MIN_EVENTS", 1)
    monkeypatch.setattr(auditwalk, "CHUNK", 3)
    monkeypatch.setattr(auditwalk, "WORKERS", 2)
    walks: list[int] = []
    real_parallel = auditwalk.walk_parallel

    def counted(*args: Any, **kwargs: Any) -> list[auditwalk.Span]:
        spans = real_parallel(*args, **kwargs)
        walks.append(len(spans))
        return spans

    monkeypatch.setattr(auditwalk, "walk_parallel", counted)
    real_verify = audit.verify_chain
    real_fast = audit._walk_fast

    def compared(*args: Any, **kwargs: Any) -> audit.VerifyResult:
        before = len(walks)
        parallel = real_verify(*args, **kwargs)
        assert len(walks) == before + 1, "the parallel walk did not run"
        monkeypatch.setattr(audit, "_walk_fast", lambda *a, **k: (1, GENESIS_HASH))
        try:
            sequential = real_verify(*args, **kwargs)
        finally:
            monkeypatch.setattr(audit, "_walk_fast", real_fast)
        assert parallel.damage == sequential.damage
        assert (parallel.events, parallel.head_seq, parallel.head_hash, parallel.checkpoints,
                parallel.notes) == (sequential.events, sequential.head_seq,
                                    sequential.head_hash, sequential.checkpoints,
                                    sequential.notes)
        return parallel

    monkeypatch.setattr(audit, "verify_chain", compared)
    yield walks
