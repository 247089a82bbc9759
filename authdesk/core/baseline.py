"""The upgrade baseline: the state of rows an older version left with no event behind them.

Before reconciliation (``core.reconcile``) events did not say what a row holds after a change,
so on a database created by an older version every customer, authenticator, staff member and
changed policy value has "no event behind it". ``record`` lets a signed-in administrator record,
once, the current state of exactly those rows in ``state.baselined`` events (at most
``BATCH_ROWS`` rows each: customers as one ``customer.record`` fingerprint, the rest in the
clear), which reconciliation then counts as their event. It refuses, recording nothing, when
any row differs from an event behind it: that is tampering to investigate, not to whitewash.
docs/audit-format.md §9.4.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from authdesk.core import audit, reconcile
from authdesk.core.actions import Action
from authdesk.core.authority import Actor, Principal
from authdesk.core.errors import AuthDeskError
from authdesk.core.kernel import Kernel
from authdesk.core.policy import SPECS
from authdesk.core.roles import Operation
from authdesk.storage.models import AuditHead, Customer, CustomerFactor, PolicySetting, Staff

BATCH_ROWS = 1000  # rows per state.baselined event, as an import's batch
NAMED = 10  # rows named in a refusal


class BaselineRefused(AuthDeskError):
    template = ("Nothing was recorded: {count} table row(s) differ from the events behind "
                "them ({rows}). That is for an investigation (authdesk-admin audit verify), "
                "not for a baseline.")


@dataclass(frozen=True)
class BaselineReport:
    """What one run recorded: rows per table, the sequence numbers of its events, and the
    staff accounts and policy values by name (few, and the ones an administrator must
    recognise: a baseline makes them the reference)."""

    customers: int = 0
    authenticators: int = 0
    staff: dict[str, dict[str, Any]] = field(default_factory=dict)  # username: roles, ...
    policies: dict[str, int] = field(default_factory=dict)
    events: list[int] = field(default_factory=list)
    checkpoint: int | None = None  # the checkpoint that signs them

    @property
    def rows(self) -> int:
        return self.customers + self.authenticators + len(self.staff) + len(self.policies)


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), BATCH_ROWS):
        yield items[start:start + BATCH_ROWS]


def record(kernel: Kernel, handle: Principal) -> BaselineReport:
    """Record the state of every row ``reconcile.check`` finds with no event behind it, in
    one transaction with a checkpoint after; refuse (``BaselineRefused``) if any row differs
    from an event behind it or is missing from its table. Nothing to record: nothing written."""
    with kernel.write() as s:
        actor = kernel.authorize(s, handle, Operation.BASELINE_AUDIT)
        # Hold the log's head from here: a change made meanwhile elsewhere cannot record its
        # event (so cannot commit) before this transaction ends, and so cannot slip between
        # what is read below and the events that record it (SQLite: BEGIN IMMEDIATE already).
        s.execute(select(AuditHead.id).where(AuditHead.id == audit.HEAD_ID).with_for_update())
        found = reconcile.check(s, kernel.keys)
        bad = [m for m in found if m.problem != "no_event"]
        if bad:
            named = "; ".join(m.sentence for m in bad[:NAMED])
            if len(bad) > NAMED:
                named += f"; and {len(bad) - NAMED:,} more"
            raise BaselineRefused(count=len(bad), rows=named)
        if not found:
            return BaselineReport()
        before = audit.head(s)[0]
        customers = _customers(kernel, s, actor, [
            m.key for m in found if m.table == "customer" and m.field == "row"])
        factors = _factors(kernel, s, actor, [
            m.row_id for m in found if m.field == "authenticator" and m.row_id is not None])
        staff = _staff(kernel, s, actor, [m.key for m in found if m.table == "staff"])
        policies = _policies(kernel, s, actor, [m.key for m in found if m.table == "policy"])
        after = audit.head(s)[0]
        kernel.checkpoint_at_commit(s, actor, Action.STATE_BASELINED)
    # The checkpoint's own event follows the last baseline event and is what it signs.
    return BaselineReport(len(customers), len(factors), dict(staff), dict(policies),
                          events=list(range(before + 1, after + 1)), checkpoint=after + 1)


Rows = list[tuple[str, Any]]


def _write(kernel: Kernel, s: Session, actor: Actor, subject: str, rows: Rows) -> Rows:
    for chunk in _chunks(rows):
        kernel.record(s, actor, Action.STATE_BASELINED, subject=subject,
                      details={"count": len(chunk), "rows": dict(chunk)})
    return rows


def _customers(kernel: Kernel, s: Session, actor: Actor, numbers: list[str]) -> Rows:
    fingerprint = kernel.keys.fingerprinter("customer.record")
    rows: Rows = []
    for chunk in _chunks(numbers):
        for row in s.execute(select(Customer.number, *(getattr(Customer, c) for c in
                                                        reconcile.RECORD_COLUMNS))
                             .where(Customer.number.in_(chunk))):
            rows.append((row[0], fingerprint(row[0], *(None if v is None else str(v)
                                                        for v in row[1:]))))
    rows.sort()
    return _write(kernel, s, actor, reconcile.BASELINE_CUSTOMERS, rows)


def _factors(kernel: Kernel, s: Session, actor: Actor, ids: list[int]) -> Rows:
    rows: Rows = []
    for chunk in _chunks(sorted(ids)):
        for factor, number in s.execute(
                select(CustomerFactor, Customer.number)
                .join(Customer, Customer.id == CustomerFactor.customer_id)
                .where(CustomerFactor.id.in_(chunk)).order_by(CustomerFactor.id)).all():
            rows.append((str(factor.id), {"customer": number, **reconcile.factor_after(factor)}))
    return _write(kernel, s, actor, reconcile.BASELINE_FACTORS, rows)


def _staff(kernel: Kernel, s: Session, actor: Actor, usernames: list[str]) -> Rows:
    rows = [(row.username, reconcile.staff_after(row)) for row in s.scalars(
        select(Staff).where(Staff.username.in_(usernames)).order_by(Staff.username))]
    return _write(kernel, s, actor, reconcile.BASELINE_STAFF, rows)


def _policies(kernel: Kernel, s: Session, actor: Actor, names: list[str]) -> Rows:
    stored = dict(s.execute(select(PolicySetting.name, PolicySetting.value)
                            .where(PolicySetting.name.in_(names))).all())
    rows = [(name, stored.get(name, SPECS[name].default)) for name in sorted(names)]
    return _write(kernel, s, actor, reconcile.BASELINE_POLICIES, rows)
