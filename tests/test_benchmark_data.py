"""The benchmarks' bulk-filled audit events must be a log the real verifier accepts, or the
figures measure a log AuthDesk would call damaged."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from helpers import Staffing

from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_the_audit_view_benchmark_fills_a_log_that_verifies(desk: Desk, clock: FakeClock) -> None:
    if not desk.db.is_sqlite:
        pytest.skip("the benchmark fills an SQLite file directly")
    bench = _load("audit_view")
    path = Path(desk.db.url.database or "")
    auditor = Staffing(desk, clock).auditor
    bench.fill(desk, path, 3000)
    result = desk.audit.verify(auditor)
    assert result.ok, result.damage
    assert result.events >= 3000


def test_the_verify_benchmark_fills_a_log_that_verifies(
        desk: Desk, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    """Also through the parallel walk (two workers, small ranges), as the benchmark runs it."""
    if not desk.db.is_sqlite:
        pytest.skip("the benchmark fills an SQLite file directly")
    from authdesk.core import auditwalk

    bench = _load("verify")
    auditor = Staffing(desk, clock).auditor
    bench.fill(Path(desk.db.url.database or ""), 3000)
    desk.audit.checkpoint(auditor)
    monkeypatch.setattr(auditwalk, "PARALLEL_MIN_EVENTS", 1)
    monkeypatch.setattr(auditwalk, "CHUNK", 700)
    monkeypatch.setattr(auditwalk, "WORKERS", 2)
    result = desk.audit.verify(auditor)
    assert result.ok, result.damage
    assert result.events >= 3000
