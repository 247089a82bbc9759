"""The alert queue as a table: newest first (the core's order)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from authdesk.core.alerts import AlertStatus, AlertSummary
from authdesk.gui.alerts.texts import rule_title, status_label, subject_text
from authdesk.gui.kit.i18n import format_datetime
from authdesk.gui.kit.tablemodel import RowsTableModel

STATUS_COLORS = {AlertStatus.OPEN: "#b00020", AlertStatus.ESCALATED: "#8a4b00",
                 AlertStatus.ACKNOWLEDGED: "#1b5e20"}


class AlertQueueModel(RowsTableModel):
    COLUMNS = ("rule", "subject", "events", "raised", "status")
    rows: list[AlertSummary]

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Alert"), self.tr("About"), self.tr("Events"), self.tr("Raised"),
                self.tr("Status"))

    def cell(self, row: AlertSummary, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "rule":
                return rule_title(row.rule)
            if column == "subject":
                return subject_text(row.subject)
            if column == "events":
                return str(row.event_count)
            if column == "raised":
                return format_datetime(row.raised_at)
            return status_label(row.status)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("rule", "subject"):
            return row.rule.value if column == "rule" else row.subject
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return QColor(STATUS_COLORS[row.status])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "events":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def summary(self, row: int) -> AlertSummary | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, alert_id: int) -> int | None:
        for row, summary in enumerate(self.rows):
            if summary.id == alert_id:
                return row
        return None
