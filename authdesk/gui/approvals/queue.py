"""The approval queue as a table: oldest first (the core's order), with how long each request
has been waiting."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
)
from PySide6.QtGui import QColor

from authdesk.core.requests import RequestSummary
from authdesk.gui.kit.tablemodel import RowsTableModel
from authdesk.gui.kit.texts import (
    name_outcome_color,
    name_outcome_label,
    risk_color,
    risk_label,
)

translate = QCoreApplication.translate



def format_age(age: timedelta) -> str:
    """'3 d 4 h', '5 h 12 min', '7 min' — how long a request has waited."""
    minutes = max(0, int(age.total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return translate("SupervisorQueueModel", "{days} d {hours} h").format(days=days,
                                                                             hours=hours)
    if hours:
        return translate("SupervisorQueueModel", "{hours} h {minutes} min").format(
            hours=hours, minutes=mins)
    return translate("SupervisorQueueModel", "{minutes} min").format(minutes=mins)


class SupervisorQueueModel(RowsTableModel):
    COLUMNS = ("id", "customer", "requester", "risk", "name", "waiting")
    rows: list[RequestSummary]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.read_at: datetime | None = None
        self.now: datetime | None = None

    def set_rows(self, rows: Sequence[RequestSummary], read_at: datetime | None = None) -> None:
        self.read_at = self.now = read_at
        super().set_rows(rows)

    def advance(self, now: datetime) -> None:
        """Time passed: the waiting column grows (no need to ask the core again)."""
        self.now = now
        if self.rows:
            column = self.COLUMNS.index("waiting")
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Request"), self.tr("Customer"), self.tr("Opened by"), self.tr("Risk"),
                self.tr("Holder name"), self.tr("Waiting"))

    def waited(self, row: RequestSummary) -> timedelta:
        elapsed = (self.now - self.read_at) if self.now and self.read_at else timedelta(0)
        return row.age + elapsed

    def cell(self, row: RequestSummary, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "id":
                return f"#{row.id}"
            if column == "customer":
                return f"{row.customer_number} {row.customer_name}"
            if column == "requester":
                return row.requester
            if column == "risk":
                return risk_label(row.risk_level)
            if column == "name":
                return name_outcome_label(row.name_match)
            return format_age(self.waited(row))
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "risk":
                return QColor(risk_color(row.risk_level))
            if column == "name":
                return QColor(name_outcome_color(row.name_match))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("id", "waiting"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def summary(self, row: int) -> RequestSummary | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, request_id: int) -> int | None:
        for row, summary in enumerate(self.rows):
            if summary.id == request_id:
                return row
        return None
