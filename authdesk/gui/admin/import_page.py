"""Customer import: an administrator chooses a CSV file and the core imports every row or none
(``core.csvimport``). The import runs off the GUI thread with a progress bar and a cancel
button; bad rows are listed with their line, and the list can be copied or saved."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from authdesk.core.csvimport import (
    ImportCancelled,
    ImportProgress,
    ImportReport,
    RowError,
    import_customers,
)
from authdesk.core.csvsafe import safe_row
from authdesk.gui.kit.background import Progress
from authdesk.gui.kit.i18n import format_number
from authdesk.gui.kit.messages import error_text
from authdesk.gui.kit.page import PageContext
from authdesk.gui.kit.tablemodel import RowsTableModel
from authdesk.gui.kit.widgets import FormMessage, tidy_table

PROGRESS_STEPS = 1000  # the bar counts thousandths of the file


class ImportRun(Progress):
    """One import's progress and cancel, shared with the worker thread."""

    advanced = Signal(object)
    """An ``ImportProgress`` from the worker, queued to the GUI thread."""

    def report_import(self, at: ImportProgress) -> None:
        self.advanced.emit(at)


def reason_text(error: RowError) -> str:
    """Why the row is bad, in the user's language."""
    return error_text(error.error) if error.error is not None else error.reason


class RowErrorsModel(RowsTableModel):
    COLUMNS = ("line", "reason")
    rows: list[RowError]

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Line"), self.tr("Problem"))

    def cell(self, row: RowError, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return format_number(row.line) if column == "line" else reason_text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "line":
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


class ImportPage(QWidget):
    """Choose a file, watch it import, read what was wrong."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("importPage")
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("chooseImportFile")
        self.choose_button.clicked.connect(self.choose_and_import)
        self.file_label = QLabel(self)
        self.file_label.setObjectName("importFile")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("importProgress")
        self.progress_bar.setRange(0, PROGRESS_STEPS)
        self.progress_bar.hide()
        self.rows_label = QLabel(self)
        self.rows_label.setObjectName("importRows")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.hide()
        self.result = FormMessage(self)
        self.result.setObjectName("importResult")
        self.errors = RowErrorsModel(self)
        self.error_view = QTableView(self)
        self.error_view.setObjectName("importErrors")
        self.error_view.setModel(self.errors)
        tidy_table(self.error_view)
        self.error_view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyImportErrors")
        self.copy_button.clicked.connect(self.copy_errors)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveImportErrors")
        self.save_button.clicked.connect(self.save_errors)

        choose_row = QHBoxLayout()
        choose_row.addWidget(self.choose_button)
        choose_row.addWidget(self.file_label, 1)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.rows_label)
        progress_row.addWidget(self.cancel_button)
        error_buttons = QHBoxLayout()
        error_buttons.addStretch(1)
        error_buttons.addWidget(self.copy_button)
        error_buttons.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.addWidget(self.explain)
        column.addLayout(choose_row)
        column.addLayout(progress_row)
        column.addWidget(self.result)
        column.addWidget(self.error_view, 100)
        column.addLayout(error_buttons)
        column.addStretch(1)  # holds the rest together while there is no list

        self.run: ImportRun | None = None
        self.path: Path | None = None
        self.last: ImportProgress | None = None
        self.report: ImportReport | None = None
        self.cancelled = False
        self.failure: BaseException | None = None
        self._show_errors([])
        self.retranslate_ui()

    # -- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.explain.setText(self.tr(
            "Import customers from a CSV file (UTF-8 or Shift_JIS, a header naming the columns). "
            "Every row is checked first: if any row is bad, no customer is imported and every "
            "bad row is listed with its line."))
        self.choose_button.setText(self.tr("Choose a CSV file and &import…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.copy_button.setText(self.tr("Cop&y the list"))
        self.save_button.setText(self.tr("Sa&ve the list…"))
        self.errors.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                           len(self.errors.COLUMNS) - 1)
        self._show_file()
        self._show_progress()
        self._show_result()

    def _show_file(self) -> None:
        self.file_label.setText(str(self.path) if self.path is not None
                                else self.tr("No file chosen"))

    def _show_progress(self) -> None:
        at = self.last
        if at is None:
            self.rows_label.setText("")
            return
        self.progress_bar.setValue(round(at.fraction * PROGRESS_STEPS))
        if at.finishing:  # building indexes and committing: past the point of cancelling
            self.progress_bar.setFormat(self.tr("Finishing…"))
            self.cancel_button.setEnabled(False)
        else:
            self.progress_bar.setFormat(self.tr("%p% of the file"))
        self.rows_label.setText(self.tr("Rows read: {rows}").format(rows=format_number(at.rows)))

    def _show_result(self) -> None:
        report = self.report
        if self.cancelled:
            self.result.show_problem(self.tr(
                "The import was cancelled. No customer was imported; the database is as it "
                "was."))
        elif self.failure is not None:
            self.result.show_error(self.failure)
        elif report is None:
            self.result.clear_message()
        elif report.ok:
            self.result.show_info(self.tr("Imported {count} customers from {rows} rows.").format(
                count=format_number(report.imported), rows=format_number(report.rows)))
        else:
            text = self.tr(
                "{bad} of {rows} rows are bad, so no customer was imported. Correct the rows "
                "below and import the file again.").format(
                    bad=format_number(report.error_count), rows=format_number(report.rows))
            hidden = report.error_count - len(report.errors)
            if hidden > 0:
                gap = "" if text.endswith("。") else " "
                text += gap + self.tr("The first {shown} are listed; {more} more are not.").format(
                    shown=format_number(len(report.errors)), more=format_number(hidden))
            self.result.show_problem(text)

    def _show_errors(self, errors: list[RowError]) -> None:
        self.errors.set_rows(errors)
        self.error_view.setVisible(bool(errors))
        self.copy_button.setVisible(bool(errors))
        self.save_button.setVisible(bool(errors))

    # -- the import ----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.run is not None

    def choose_file(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the customer file"), str(Path.home()),
            self.tr("CSV files (*.csv);;All files (*)"))
        return Path(path) if path else None

    def choose_and_import(self) -> None:
        if self.busy:
            return
        path = self.choose_file()
        if path is not None:
            self.start(path)

    def start(self, path: Path) -> None:
        """Import ``path`` in the background."""
        if self.busy:
            return
        run = ImportRun(self)
        run.advanced.connect(self._advanced)
        self.run, self.path = run, path
        self.last, self.report, self.cancelled, self.failure = None, None, False, None
        self._show_errors([])
        self._show_file()
        self._show_result()
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat(self.tr("Checking the file…"))
        self.progress_bar.show()
        self.rows_label.setText("")
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.clicked.connect(self.cancel)
        self.choose_button.setEnabled(False)
        self.cancel_button.setFocus()
        desk, handle = self.context.desk, self.context.handle

        def work() -> ImportReport:
            return import_customers(desk.kernel, handle, path, progress=run.report_import,
                                    cancelled=run.cancelled)

        self.context.run(work, self._done, self._failed, owner=self, action=True)

    def cancel(self) -> None:
        if self.run is not None:
            self.run.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_bar.setFormat(self.tr("Cancelling…"))

    def _advanced(self, at: ImportProgress) -> None:
        if self.run is None or self.run.cancelled():
            return
        self.last = at
        self._show_progress()

    def _finish(self) -> None:
        if self.run is not None:
            self.cancel_button.clicked.disconnect(self.cancel)
            self.run.deleteLater()
            self.run = None
        self.cancel_button.hide()
        self.choose_button.setEnabled(True)

    def _done(self, report: ImportReport) -> None:
        self._finish()
        self.report = report
        if report.ok and self.last is not None:
            self.last = ImportProgress(rows=report.rows, bytes_read=self.last.bytes_total,
                                       bytes_total=self.last.bytes_total)
            self._show_progress()
            self.progress_bar.setFormat(self.tr("Done"))
        else:
            self.progress_bar.hide()
        self._show_errors(list(report.errors))
        self._show_result()

    def _failed(self, error: BaseException) -> None:
        self._finish()
        self.progress_bar.hide()
        if isinstance(error, ImportCancelled):
            self.cancelled = True
        else:
            self.failure = error
        self._show_result()

    # -- the list of bad rows ------------------------------------------------------------------

    def errors_text(self) -> str:
        """The bad rows as tab-separated lines (pastes into a spreadsheet)."""
        header = "\t".join(self.errors.headers())
        lines = (f"{e.line}\t{reason_text(e)}" for e in self.errors.rows)
        return "\n".join([header, *lines]) + "\n"

    def copy_errors(self) -> None:
        QGuiApplication.clipboard().setText(self.errors_text())
        self.result.setToolTip(self.tr("Copied."))

    def choose_save_file(self) -> Path | None:
        stem = self.path.stem if self.path is not None else "customers"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the list of bad rows"), str(Path.home() / f"{stem}-errors.csv"),
            self.tr("CSV files (*.csv)"))
        return Path(path) if path else None

    def save_errors(self) -> None:
        out = self.choose_save_file()
        if out is None:
            return
        try:
            # UTF-8 with a byte-order mark, so Excel on Japanese Windows opens it as such.
            with out.open("w", encoding="utf-8-sig", newline="") as f:
                writer = csv.writer(f)
                writer.writerow(safe_row(self.errors.headers()))
                # A reason may quote the row's own text: no cell a spreadsheet would run.
                writer.writerows(safe_row((e.line, reason_text(e))) for e in self.errors.rows)
        except OSError as exc:
            self.result.show_problem(self.tr("The list could not be saved: {reason}").format(
                reason=exc.strerror or type(exc).__name__))
            return
        self.result.setToolTip(self.tr("Saved to {file}.").format(file=str(out)))
