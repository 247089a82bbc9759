"""Reconciliation benchmark: what comparing the tables with the log adds to ``audit verify``.

    uv run python benchmarks/reconcile.py [--rows 100000] [--changed 1000]

On a fresh SQLite file: the first administrator, ``--rows`` customers imported with the
streaming CSV import (the file of ``benchmarks/import.py``; one ``customer.batch.imported``
event per 1,000 rows), then ``--changed`` of them given a new phone through
``CustomerService.change_contact`` (a per-field event each, so four fingerprints to check
instead of one). Then, in the same run:

* floor: reading every customer row (the columns reconciliation reads, the same pages), and
  nothing else: what any comparison with the table costs at least;
* chain: ``audit.verify_chain`` alone (the walk ``verify`` did before reconciliation);
* reconcile: ``reconcile.check`` alone (the events it needs, then every table);
* verify: ``AuditService.verify``, both together, as ``audit verify`` runs them.

Figures are rows (customers) or events per second and ratios to the floor and to the chain
walk, measured in the same process on the same file: reconciliation's cost grows with the
number of customers, the chain's with the number of events.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # benchstaff


def _import_bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("import_bench", HERE / "import.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--changed", type=int, default=1_000)
    args = parser.parse_args(argv)

    from benchstaff import PASSWORD, sign_in
    from sqlalchemy import select

    from authdesk.core import audit, reconcile
    from authdesk.core.csvimport import import_customers
    from authdesk.core.desk import Desk
    from authdesk.core.keys import MemoryKeyring
    from authdesk.core.roles import Role
    from authdesk.core.workstation import Workstation
    from authdesk.storage.db import Database, sqlite_url
    from authdesk.storage.models import Customer

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_path = folder / "customers.csv"
        _import_bench().generate(csv_path, args.rows)
        db = Database(sqlite_url(folder / "bench.db"))
        desk = Desk.initialise(db, workstation=Workstation("ws-bench", folder / "ws.json"),
                               keyring_backend=MemoryKeyring())
        admin_key = desk.staff.create_first_admin(
            username="bench.admin", display_name="Benchmark", employee_no="BENCH-1",
            password=PASSWORD).manual_key
        admin = sign_in(desk, "bench.admin", admin_key)
        start = time.perf_counter()
        report = import_customers(desk.kernel, admin, csv_path)
        import_seconds = time.perf_counter() - start
        assert report.ok, report.errors[:5]
        with desk.kernel.read() as s:
            ids = list(s.scalars(Customer.__table__.select().with_only_columns(Customer.id)
                                 .order_by(Customer.id).limit(args.changed)))
        for i, customer_id in enumerate(ids):
            desk.customers.change_contact(admin, customer_id, "phone", f"03-{i:04d}-9999")
        auditor_key = desk.staff.add(admin, username="bench.auditor", display_name="Benchmark",
                                     employee_no="BENCH-2", roles=frozenset({Role.AUDITOR}),
                                     password=PASSWORD).manual_key
        auditor = sign_in(desk, "bench.auditor", auditor_key)

        with desk.kernel.read() as s:
            start = time.perf_counter()
            after, read = 0, 0
            while rows := s.execute(
                    select(Customer.id, *reconcile._COLUMNS).where(Customer.id > after)
                    .order_by(Customer.id).limit(reconcile.PAGE)).all():
                after, read = rows[-1][0], read + len(rows)
            floor_seconds = time.perf_counter() - start
        assert read == args.rows
        with desk.kernel.read() as s:
            start = time.perf_counter()
            chain = audit.verify_chain(s, public_key_hex=desk.kernel.keys.public_key_hex)
            chain_seconds = time.perf_counter() - start
        assert chain.damage is None, chain.damage
        with desk.kernel.read() as s:
            start = time.perf_counter()
            found = reconcile.check(s, desk.kernel.keys)
            reconcile_seconds = time.perf_counter() - start
        assert found == [], found[:5]
        start = time.perf_counter()
        result = desk.audit.verify(auditor)
        verify_seconds = time.perf_counter() - start
        assert result.ok, result.damage
        db.dispose()

    customers = args.rows
    print(f"reconciliation, {customers:,} customers ({args.changed:,} changed since import), "
          f"{chain.events:,} events")
    print(f"  import                    {customers / import_seconds:>10,.0f} rows/s")
    print(f"  floor (read the table)    {customers / floor_seconds:>10,.0f} customers/s"
          f"  {floor_seconds:.2f} s")
    print(f"  chain (verify_chain)      {chain.events / chain_seconds:>10,.0f} events/s   "
          f"{chain_seconds:.2f} s  x1.00")
    print(f"  reconcile (check)         {customers / reconcile_seconds:>10,.0f} customers/s"
          f"  {reconcile_seconds:.2f} s  x{reconcile_seconds / floor_seconds:.2f} of the floor, "
          f"x{reconcile_seconds / chain_seconds:.2f} of the chain")
    print(f"  verify (both, audited)    {chain.events / verify_seconds:>10,.0f} events/s   "
          f"{verify_seconds:.2f} s  x{verify_seconds / chain_seconds:.2f} of the chain")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
