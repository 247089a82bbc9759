"""Reading the audit log: filters done in the database, and keyset pages in sequence order.

Used by the GUI's audit view, by exports of a filtered set, and by reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from authdesk.storage.models import AuditEvent


@dataclass(frozen=True)
class AuditFilter:
    """Every field optional; all given fields must hold. ``action`` matches a dotted prefix
    ('request' matches 'request.approved'); ``customer`` is a customer number."""

    since: datetime | None = None
    until: datetime | None = None
    actor: str | None = None
    customer: str | None = None
    action: str | None = None
    outcome: str | None = None

    @property
    def empty(self) -> bool:
        return all(v in (None, "") for v in vars(self).values())

    def where(self) -> list[Any]:
        clauses: list[Any] = []
        if self.since:
            clauses.append(AuditEvent.ts >= self.since)
        if self.until:
            clauses.append(AuditEvent.ts < self.until)
        if self.actor:
            clauses.append(AuditEvent.actor == self.actor)
        if self.customer:
            clauses.append(AuditEvent.customer == self.customer.strip())
        if self.action:
            # 'request' matches 'request' and 'request.*': a range ('/' follows '.'), so the
            # action index is walked instead of a LIKE scanning the table.
            action = self.action.strip().rstrip(".")
            clauses.append((AuditEvent.action == action)
                           | ((AuditEvent.action > action + ".")
                              & (AuditEvent.action < action + "/")))
        if self.outcome:
            clauses.append(AuditEvent.outcome == self.outcome)
        return clauses

    def apply(self, query: Select[Any]) -> Select[Any]:
        clauses = self.where()
        return query.where(*clauses) if clauses else query

    def describe(self) -> dict[str, str]:
        """The filter as applied, for manifests and audit details (docs/audit-format.md §5):
        times in UTC as ISO 8601 with ``+00:00``, the customer number and the action prefix as
        matched."""
        shown: dict[str, str] = {}
        for name, value in vars(self).items():
            if value in (None, ""):
                continue
            if isinstance(value, datetime):
                moment = value if value.tzinfo else value.replace(tzinfo=UTC)
                shown[name] = moment.astimezone(UTC).isoformat()
            elif name == "customer":
                shown[name] = str(value).strip()
            elif name == "action":
                shown[name] = str(value).strip().rstrip(".")
            else:
                shown[name] = str(value)
        return shown


def page(
    session: Session,
    flt: AuditFilter,
    *,
    after_seq: int | None = None,
    before_seq: int | None = None,
    limit: int = 200,
    newest_first: bool = False,
) -> list[AuditEvent]:
    """One page by keyset: events after (or before) a sequence number, in order."""
    query = flt.apply(select(AuditEvent))
    if after_seq is not None:
        query = query.where(AuditEvent.seq > after_seq)
    if before_seq is not None:
        query = query.where(AuditEvent.seq < before_seq)
    order = AuditEvent.seq.desc() if newest_first else AuditEvent.seq.asc()
    return list(session.scalars(query.order_by(order).limit(limit)))


def count(session: Session, flt: AuditFilter) -> int:
    return int(session.scalar(flt.apply(select(func.count()).select_from(AuditEvent))) or 0)
