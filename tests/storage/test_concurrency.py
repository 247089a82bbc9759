"""Concurrent writers in separate processes never fork or gap the audit chain.

Four processes (spawned, so nothing is shared but the database) each open their own Desk with
the same keys moved through export_material/import_material, wait for each other, then each
write 500 audited actions, every one its own committed transaction.
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from helpers import APP_ROLE_PASSWORD, Staffing, pg_app_role, url_as
from sqlalchemy import select

from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.keys import KeyCheck, KeyStore, MemoryKeyring
from authdesk.core.workstation import Workstation
from authdesk.storage.db import Database, sqlite_url
from authdesk.storage.models import AuditEvent, Meta
from authdesk.storage.pgroles import set_up_app_role

PROCESSES = 4
ACTIONS = 500

pytestmark = pytest.mark.slow


def _worker(url: str, installation_id: str, material: dict[str, str], check: tuple[str, ...],
            name: str, folder: str, barrier: Any) -> None:
    """One workstation: its own process, engine, keyring and Desk."""
    backend = MemoryKeyring()
    KeyStore(installation_id, backend).import_material(material, KeyCheck(*check))
    db = Database(url)
    desk = Desk.open(db, workstation=Workstation(name, Path(folder) / f"{name}.json"),
                     keyring_backend=backend)
    # Straight through the kernel's audit writer: the chain is under test, not a service.
    actor = replace(desk.kernel.system_actor(), username=f"worker-{name}")
    barrier.wait()  # all four start writing at the same moment
    for i in range(ACTIONS):
        with desk.kernel.write() as s:
            desk.kernel.record(s, actor, "test.concurrent", subject=f"worker:{name}",
                               details={"i": i})
    db.dispose()


def run_four_writers(url: str, tmp_path: Path, app_role: str | None = None) -> None:
    """With ``app_role`` (PostgreSQL) the workers connect as the application's own role, as
    workstations do: INSERT and SELECT only on the audit tables, UPDATE of the head row."""
    db = Database(url)
    clock = FakeClock()
    desk = Desk.initialise(db, workstation=Workstation("ws-main", tmp_path / "main.json"),
                           keyring_backend=MemoryKeyring(), clock=clock)
    worker_url = url
    if app_role is not None:
        set_up_app_role(db, app_role, APP_ROLE_PASSWORD)
        worker_url = url_as(url, app_role)
    auditor = Staffing(desk, clock).auditor
    with desk.kernel.read() as s:
        meta = {m.key: m.value for m in s.scalars(select(Meta))}
        before = len(s.scalars(select(AuditEvent.seq)).all())
    check = (meta["key_check"], meta["signing_public_key"], meta["key_id"])
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(PROCESSES, timeout=120)
    workers = [
        context.Process(target=_worker, args=(worker_url, desk.installation_id,
                                              desk.keys.export_material(), check, f"ws-{n}",
                                              str(tmp_path), barrier))
        for n in range(PROCESSES)
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=600)
    assert [w.exitcode for w in workers] == [0] * PROCESSES

    result = desk.audit.verify(auditor)
    assert result.ok, result.damage
    assert result.events == before + PROCESSES * ACTIONS
    with desk.kernel.read() as s:
        rows = s.execute(select(AuditEvent.seq, AuditEvent.subject, AuditEvent.details)
                         .where(AuditEvent.action == "test.concurrent")).all()
        seqs = list(s.scalars(select(AuditEvent.seq).order_by(AuditEvent.seq)))
    assert seqs == list(range(1, len(seqs) + 1))  # gapless
    assert len(rows) == PROCESSES * ACTIONS
    assert Counter(r.subject for r in rows) == {f"worker:ws-{n}": ACTIONS
                                                for n in range(PROCESSES)}
    # The writers really interleaved (the test would prove little if they ran one by one).
    order = [r.subject for r in sorted(rows, key=lambda r: r.seq)]
    switches = sum(1 for a, b in itertools.pairwise(order) if a != b)
    assert switches > PROCESSES
    db.dispose()


def test_four_processes_on_sqlite(tmp_path: Path) -> None:
    run_four_writers(sqlite_url(tmp_path / "shared.db"), tmp_path)


@pytest.mark.postgres
@pytest.mark.app_role
def test_four_processes_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    with pg_app_role(postgres_url) as role:
        run_four_writers(postgres_url, tmp_path, app_role=role)
