"""The reports page: the look-back report for a period (issue 12), saved as CSV or PDF, and the
requests it listed shown on screen with its totals.

The core makes the report and records the export (``desk.lookback.export``); this page only
asks for the period and a file name, writes what it was given (the PDF through
``authdesk.printing``) and shows it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from authdesk.core.evidence import today_in_japan
from authdesk.core.lookback import LookbackReport, LookbackRow, ReportFormat, lookback_csv
from authdesk.gui.kit.i18n import DATE_PATTERN, format_datetime, format_number
from authdesk.gui.kit.page import PageContext
from authdesk.gui.kit.tablemodel import RowsTableModel
from authdesk.gui.kit.texts import channel_label, request_status_label, risk_label
from authdesk.gui.kit.widgets import FormMessage, Retranslating
from authdesk.printing.lookback import lookback_pdf
from authdesk.printing.pdf import write_private


class LookbackTableModel(RowsTableModel):
    COLUMNS = ("reference", "created", "channel", "status", "customer", "path", "risk",
               "requester", "approver", "hours", "exceptions")
    rows: list[LookbackRow]

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Reference"), self.tr("Created"), self.tr("How"), self.tr("Status"),
                self.tr("Customer"), self.tr("Verification"), self.tr("Risk"),
                self.tr("Requester"), self.tr("Approver"), self.tr("Hours to approval"),
                self.tr("Exceptions"))

    def path_text(self, row: LookbackRow) -> str:
        words = {"step-up": self.tr("code"), "documents": self.tr("documents"),
                 "call-back": self.tr("call-back")}
        return " + ".join(words.get(str(step), str(step)) for step in row.path) or "—"

    def cell(self, row: LookbackRow, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == "exceptions":
            return "\n".join(str(e) for e in row.exceptions) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "reference":
            return row.reference
        if column == "created":
            return format_datetime(row.created_at)
        if column == "channel":
            return channel_label(row.channel)
        if column == "status":
            return request_status_label(row.status)
        if column == "customer":
            return row.customer_number
        if column == "path":
            return self.path_text(row)
        if column == "risk":
            return risk_label(row.risk_level)
        if column == "requester":
            return row.requester
        if column == "approver":
            return row.approver or ""
        if column == "hours":
            if row.time_to_approval is None:
                return ""
            return f"{row.time_to_approval.total_seconds() / 3600:.1f}"
        return ", ".join(self.exception_text(str(e.kind)) for e in row.exceptions)

    def exception_text(self, kind: str) -> str:
        words = {"close_match": self.tr("close name match"),
                 "factor_unlocked": self.tr("authenticator unlocked"),
                 "step_refused": self.tr("a step refused")}
        return words.get(kind, kind)


class ReportsPage(Retranslating, QWidget):
    saved = Signal(object, object)
    """A report was saved: the file's ``Path`` and the ``LookbackReport``."""

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.report: LookbackReport | None = None
        self.busy = False
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        today = today_in_japan(context.desk.clock.now())
        self.start_caption = QLabel(self)
        self.start = self._date_edit("lookbackFrom", today.replace(day=1))
        self.start_caption.setBuddy(self.start)
        self.end_caption = QLabel(self)
        self.end = self._date_edit("lookbackTo", today)
        self.end_caption.setBuddy(self.end)
        self.csv_button = QPushButton(self)
        self.csv_button.setObjectName("saveLookbackCsv")
        self.csv_button.clicked.connect(lambda: self.save(ReportFormat.CSV))
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("saveLookbackPdf")
        self.pdf_button.clicked.connect(lambda: self.save(ReportFormat.PDF))
        self.message = FormMessage(self)
        self.message.setObjectName("lookbackMessage")
        self.model = LookbackTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("lookbackTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LookbackTableModel.COLUMNS.index("path"),
                                    QHeaderView.ResizeMode.Stretch)
        self.totals = QLabel(self)
        self.totals.setObjectName("lookbackTotals")
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        period = QHBoxLayout()
        period.addWidget(self.start_caption)
        period.addWidget(self.start)
        period.addSpacing(12)
        period.addWidget(self.end_caption)
        period.addWidget(self.end)
        period.addStretch(1)
        period.addWidget(self.csv_button)
        period.addWidget(self.pdf_button)
        column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addWidget(self.explanation)
        column.addLayout(period)
        column.addWidget(self.message)
        column.addWidget(self.view, 1)
        column.addWidget(self.totals)
        self.retranslate_ui()

    def _date_edit(self, name: str, value: date) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_PATTERN)
        edit.setDate(QDate(value.year, value.month, value.day))
        return edit

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Look-back report"))
        self.explanation.setText(self.tr(
            "Every withdrawal-account change request created in a period, and how each was "
            "verified: the path, documents, risk, approval, cooling-off, notices, cancellations "
            "and exceptions, with totals. Dates are in Japan time and both are included; "
            "account numbers are masked. Saving the report is recorded in the audit log."))
        self.start_caption.setText(self.tr("&From"))
        self.end_caption.setText(self.tr("&To"))
        self.csv_button.setText(self.tr("Save as CS&V…"))
        self.pdf_button.setText(self.tr("Save as &PDF…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          len(self.model.COLUMNS) - 1)
        self._show_totals()

    def period(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def choose_file(self, file_format: ReportFormat) -> Path | None:
        """Where to write; None if the person cancelled."""
        start, end = self.period()
        name = f"lookback-{start:%Y%m%d}-{end:%Y%m%d}.{file_format}"
        wanted = (self.tr("CSV (*.csv)") if file_format is ReportFormat.CSV
                  else self.tr("PDF (*.pdf)"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the look-back report"),
                                              str(Path.home() / name), wanted)
        if not path:
            return None
        out = Path(path)
        return out if out.suffix.lower() == f".{file_format}" else \
            out.with_name(out.name + f".{file_format}")

    def save(self, file_format: ReportFormat) -> None:
        if self.busy:
            return
        out = self.choose_file(file_format)
        if out is None:
            return
        start, end = self.period()
        desk, handle = self.context.desk, self.context.handle
        self.busy = True
        self.message.show_info(self.tr("Making the report…"))

        def make() -> tuple[LookbackReport, OSError | None]:
            # In the background, rendering too: a PDF of a busy month takes seconds (QPdfWriter
            # and QTextDocument may be used off the GUI thread).
            report = desk.lookback.export(handle, start, end, file_format)
            try:
                write_private(out, lookback_csv(report).encode("utf-8-sig")
                              if file_format is ReportFormat.CSV
                              else lookback_pdf(**report.printable()))
            except OSError as error:
                return report, error
            return report, None

        def done(result: tuple[LookbackReport, OSError | None]) -> None:
            self.busy = False
            report, error = result
            if error is not None:
                self.message.show_problem(self.tr(
                    "The report could not be written to {file}: {reason}").format(
                        file=str(out), reason=error.strerror or type(error).__name__))
                return
            self._show(report)
            self.message.show_info(self.tr("Saved the report of {count} change requests to "
                                           "{file}.").format(
                count=format_number(len(report.rows)), file=str(out)))
            self.saved.emit(out, report)

        def failed(error: BaseException) -> None:
            self.busy = False
            if not self.context.session.session_error(error):
                self.message.show_error(error)

        self.context.run(make, done, failed, owner=self, action=True)

    def _show(self, report: LookbackReport) -> None:
        self.report = report
        self.model.set_rows(report.rows)
        self._show_totals()

    def _show_totals(self) -> None:
        report = self.report
        if report is None:
            self.totals.setText("")
            return
        totals = report.totals
        hours = totals.median_time_to_approval
        self.totals.setText(self.tr(
            "{start} – {end}: {requests} requests, {approved} approved, {cancelled} "
            "cancelled, {exceptions} with exceptions; {notices} notices; median time to "
            "approval {hours} hours.").format(
                start=f"{report.period.start:%Y/%m/%d}", end=f"{report.period.end:%Y/%m/%d}",
                requests=format_number(totals.requests),
                approved=format_number(totals.approved),
                cancelled=format_number(totals.cancelled),
                exceptions=format_number(totals.with_exceptions),
                notices=format_number(totals.notices),
                hours="—" if hours is None else f"{hours.total_seconds() / 3600:.1f}"))


__all__ = ["LookbackTableModel", "ReportsPage"]
