"""The notification outbox: every letter to a registered address and e-mail notice, with its
status. The mail room (a supervisor) marks each one sent, or failed with the reason.

Letters go out in a day's batch (core.letters): "Print today's letters…" puts every waiting
letter in a new batch and saves it as one PDF (a cover sheet, then one letter a page); the
batch is then marked printed, and posted, which sends its letters. While the newest batch is
not yet printed, the same button saves that batch again instead of starting another.

E-mail notices that are due go out over SMTP from here ("Send due e-mail"); a notice that could
not go out is listed with why, and holds the change it tells of (issue 11)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from authdesk.core.emailnotices import SendReport
from authdesk.core.lettercontent import BatchContents, BatchInfo, BatchStatus
from authdesk.core.notifications import NotificationInfo, NotificationStatus
from authdesk.core.roles import Operation
from authdesk.gui.kit.i18n import format_date, format_datetime
from authdesk.gui.kit.page import PageContext
from authdesk.gui.kit.tablemodel import RowsTableModel
from authdesk.gui.kit.texts import (
    channel_label,
    notification_kind_label,
    notification_status_label,
)
from authdesk.gui.kit.widgets import FormMessage, Retranslating
from authdesk.printing.letters import batch_pdf
from authdesk.printing.pdf import write_private

REFRESH_MS = 60_000


class SupervisorOutboxModel(RowsTableModel):
    COLUMNS = ("id", "created", "customer", "kind", "channel", "destination", "status", "sent",
               "note")
    rows: list[NotificationInfo]

    def headers(self) -> tuple[str, ...]:
        return (self.tr("No."), self.tr("Queued"), self.tr("Customer"), self.tr("What"),
                self.tr("How"), self.tr("To"), self.tr("Status"), self.tr("Sent"),
                self.tr("Why / next try"))

    def note(self, row: NotificationInfo) -> str:
        """Why a notice failed, or when the next e-mail attempt is due (issue 11)."""
        if row.status is NotificationStatus.FAILED:
            reason = row.failure_reason or ""
            if row.attempts > 1:
                reason = self.tr("{reason} (after {n} attempts)").format(reason=reason,
                                                                         n=row.attempts)
            if row.kind == "request.approved" and row.request_id is not None:
                # The change waits for this notice (core.noticegate): say so where it is seen.
                return self.tr("Request #{id} is held: {reason}").format(id=row.request_id,
                                                                       reason=reason)
            return reason
        if row.status is NotificationStatus.QUEUED and row.next_attempt_at is not None:
            return self.tr("attempt {n} failed: {reason}; next try {when}").format(
                n=row.attempts, reason=row.failure_reason or "",
                when=format_datetime(row.next_attempt_at))
        return ""

    def cell(self, row: NotificationInfo, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "id":
                return str(row.id)
            if column == "created":
                return format_datetime(row.created_at)
            if column == "customer":
                suffix = f" · #{row.request_id}" if row.request_id is not None else ""
                return row.customer_number + suffix
            if column == "kind":
                return notification_kind_label(row.kind)
            if column == "channel":
                return channel_label(row.channel)
            if column == "destination":
                if row.previous_contact:
                    return self.tr("{destination} (before the recent change)").format(
                        destination=row.destination)
                return row.destination
            if column == "status":
                return notification_status_label(row.status)
            if column == "note":
                return self.note(row)
            return format_datetime(row.sent_at)
        if role == Qt.ItemDataRole.ToolTipRole and column == "note":
            return self.note(row) or None
        if role == Qt.ItemDataRole.ForegroundRole and column in ("status", "note"):
            return QColor({"queued": "#8d5d00", "sent": "#1b5e20",
                           "failed": "#b00020"}.get(str(row.status), "#000000"))
        return None

    def info(self, row: int) -> NotificationInfo | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None


class SupervisorOutboxPage(Retranslating, QWidget):
    loaded = Signal(int)
    """The outbox was read (the number of rows shown)."""
    count_changed = Signal(object)
    """The number of letters and notices still to be sent, for the page's tab."""

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.filter_caption = QLabel(self)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("outboxFilter")
        self.status_filter.addItem("", None)
        for status in NotificationStatus:
            self.status_filter.addItem("", status.value)
        self.filter_caption.setBuddy(self.status_filter)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("outboxRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.model = SupervisorOutboxModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("outboxTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SupervisorOutboxModel.COLUMNS.index("note"),
                                    QHeaderView.ResizeMode.Stretch)
        self.sent_button = QPushButton(self)
        self.sent_button.setObjectName("markSent")
        self.sent_button.clicked.connect(self.mark_sent)
        self.failed_button = QPushButton(self)
        self.failed_button.setObjectName("markFailed")
        self.failed_button.clicked.connect(self.mark_failed)
        may_mark = context.may(Operation.MARK_NOTIFICATION)
        self.sent_button.setVisible(may_mark)
        self.failed_button.setVisible(may_mark)
        # The day's batch of letters (issue 11).
        self.batch: BatchInfo | None = None
        self.waiting_letters = 0
        self.batch_label = QLabel(self)
        self.batch_label.setObjectName("batchStatus")
        self.batch_label.setWordWrap(True)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printBatch")
        self.print_button.clicked.connect(self.print_batch)
        self.printed_button = QPushButton(self)
        self.printed_button.setObjectName("batchPrinted")
        self.printed_button.clicked.connect(self.mark_batch_printed)
        self.posted_button = QPushButton(self)
        self.posted_button.setObjectName("batchPosted")
        self.posted_button.clicked.connect(self.mark_batch_posted)
        may_print = context.may(Operation.PRINT_LETTERS)
        for button in (self.print_button, self.printed_button, self.posted_button):
            button.setVisible(may_print)
        # Issue 11: the e-mail notices that are due go out over SMTP from here.
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("sendDueEmail")
        self.send_button.clicked.connect(self.send_due_email)
        self.send_button.setVisible(context.may(Operation.SEND_EMAIL))
        self.message = FormMessage(self)
        self.message.setObjectName("outboxMessage")

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.filter_caption)
        top.addWidget(self.status_filter)
        top.addWidget(self.refresh_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addStretch(1)
        bottom.addWidget(self.send_button)
        bottom.addWidget(self.sent_button)
        bottom.addWidget(self.failed_button)
        batch_row = QHBoxLayout()
        batch_row.addWidget(self.batch_label, 1)
        batch_row.addWidget(self.print_button)
        batch_row.addWidget(self.printed_button)
        batch_row.addWidget(self.posted_button)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.view, 1)
        column.addLayout(batch_row)
        column.addLayout(bottom)
        # Decisions on the queue page queue letters: the tab's count follows within a minute.
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        self.refresh_timer.start()
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Letters and notices to customers"))
        self.filter_caption.setText(self.tr("Sho&w"))
        self.status_filter.setItemText(0, self.tr("all"))
        for index in range(1, self.status_filter.count()):
            self.status_filter.setItemText(
                index, notification_status_label(self.status_filter.itemData(index)))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.sent_button.setText(self.tr("Mark s&ent"))
        self.failed_button.setText(self.tr("Mark &failed…"))
        self.print_button.setText(self.tr("Print &today's letters…"))
        self.printed_button.setText(self.tr("Mark pr&inted"))
        self.posted_button.setText(self.tr("Mark p&osted…"))
        self._show_batch()
        self.send_button.setText(self.tr("Send &due e-mail"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          len(self.model.COLUMNS) - 1)

    def page_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        desk, handle = self.context.desk, self.context.handle
        status = self.status_filter.currentData()

        def read() -> tuple[list[NotificationInfo], int, BatchInfo | None, int]:
            rows = desk.notifications.outbox(handle, status)
            if status in (None, NotificationStatus.QUEUED):
                waiting = [r for r in rows if r.status is NotificationStatus.QUEUED]
            else:
                waiting = desk.notifications.outbox(handle, NotificationStatus.QUEUED)
            batches = desk.letters.batches(handle, limit=1)
            return (rows, len(waiting), batches[0] if batches else None,
                    desk.letters.letters_waiting(handle))

        def shown(result: tuple[list[NotificationInfo], int, BatchInfo | None, int]) -> None:
            rows, queued, self.batch, self.waiting_letters = result
            self.model.set_rows(rows)
            self._show_batch()
            self.loaded.emit(len(rows))
            self.count_changed.emit(queued)

        self.context.run(read, shown, self.message.show_error, owner=self)

    def selected(self) -> NotificationInfo | None:
        index = self.view.currentIndex()
        return self.model.info(index.row()) if index.isValid() else None

    def mark_sent(self) -> None:
        info = self.selected()
        if info is None:
            self.message.show_problem(self.tr("Choose a letter or notice first."))
            return
        desk, handle = self.context.desk, self.context.handle
        self.context.run(lambda: desk.notifications.mark_sent(handle, info.id), self._marked,
                         self.message.show_error, owner=self, action=True)

    def ask_failure_reason(self) -> str | None:
        """The reason a letter failed; None if cancelled. (Tests replace this.)"""
        text, ok = QInputDialog.getText(self, self.tr("Mark failed"),
                                        self.tr("Why did it fail (e.g. returned: addressee "
                                                "unknown)?"))
        return text if ok else None

    def mark_failed(self) -> None:
        info = self.selected()
        if info is None:
            self.message.show_problem(self.tr("Choose a letter or notice first."))
            return
        reason = self.ask_failure_reason()
        if reason is None:
            return
        desk, handle = self.context.desk, self.context.handle
        self.context.run(lambda: desk.notifications.mark_failed(handle, info.id, reason),
                         self._marked, self.message.show_error, owner=self, action=True)

    def _marked(self, info: NotificationInfo) -> None:
        self.message.show_info(self.tr("No. {id} is now marked {status}.").format(
            id=info.id, status=notification_status_label(info.status)))
        self.refresh()

    # -- the day's batch of letters ------------------------------------------------------------

    def _open_batch(self) -> BatchInfo | None:
        """The newest batch while it is not yet posted: the one the mark buttons act on."""
        batch = self.batch
        return batch if batch is not None and batch.status is not BatchStatus.POSTED else None

    def _show_batch(self) -> None:
        waiting = self.tr("Letters waiting to be printed: {count}.").format(
            count=self.waiting_letters)
        batch = self.batch
        if batch is None:
            latest = self.tr("No batch printed yet.")
        else:
            state = {
                BatchStatus.CREATED: self.tr("saved, not yet marked printed"),
                BatchStatus.PRINTED: self.tr("printed {when}, not yet posted").format(
                    when=format_datetime(batch.printed_at)),
                BatchStatus.POSTED: self.tr("posted {when}").format(
                    when=format_datetime(batch.posted_at)),
            }[batch.status]
            latest = self.tr("Newest batch: No. {id} of {day}, {count} letter(s), {state}."
                             ).format(id=batch.id, day=format_date(batch.day),
                                      count=batch.letters, state=state)
        self.batch_label.setText(f"{waiting} {latest}")
        open_batch = self._open_batch()
        self.printed_button.setEnabled(open_batch is not None
                                       and open_batch.status is BatchStatus.CREATED)
        self.posted_button.setEnabled(open_batch is not None
                                      and open_batch.status is BatchStatus.PRINTED)

    def choose_batch_file(self, suggested: Path) -> Path | None:
        """Where to save the batch's PDF; None if cancelled. (Tests replace this.)"""
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the letters to print"), str(suggested),
            self.tr("PDF files (*.pdf)"))
        return Path(chosen) if chosen else None

    def confirm_posted(self, batch: BatchInfo) -> bool:
        """Asked before posting sends the letters. (Tests replace this.)"""
        answer = QMessageBox.question(
            self, self.tr("Mark posted"),
            self.tr("Mark batch No. {id} posted? Its {count} letter(s) count as sent from now, "
                    "and cooling-off periods run from now.").format(id=batch.id,
                                                                    count=batch.letters))
        return answer == QMessageBox.StandardButton.Yes

    def print_batch(self) -> None:
        """Save today's letters as one PDF (a new batch, or the newest one again while it is
        not yet printed)."""
        desk, handle = self.context.desk, self.context.handle
        again = self.batch if self.batch is not None and \
            self.batch.status is BatchStatus.CREATED else None
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        day = desk.clock.now().strftime("%Y%m%d")
        path = self.choose_batch_file(Path(folder) / f"letters-{day}.pdf")
        if path is None:
            return

        def made() -> BatchContents:
            batch_id = again.id if again is not None else desk.letters.create_batch(handle).id
            return desk.letters.contents(handle, batch_id)

        def save(contents: BatchContents) -> None:
            # Laid out here, on the GUI thread: Qt's text layout wants it.
            try:
                write_private(path, batch_pdf(contents))
            except OSError as error:
                self.message.show_problem(self.tr(
                    "The letters could not be saved ({error}). Choose another folder and "
                    "print again: the same batch is saved.").format(
                    error=error.strerror or error))
            else:
                self.message.show_info(self.tr(
                    "Batch No. {id}: {count} letter(s) saved to {path}. Print them, then mark "
                    "the batch printed.").format(id=contents.batch.id,
                                                 count=len(contents.letters), path=path))
            self.refresh()

        self.context.run(made, save, self.message.show_error, owner=self, action=True)

    def mark_batch_printed(self) -> None:
        batch = self._open_batch()
        if batch is None:
            return
        desk, handle = self.context.desk, self.context.handle
        self.context.run(lambda: desk.letters.mark_printed(handle, batch.id), self._batch_marked,
                         self.message.show_error, owner=self, action=True)

    def mark_batch_posted(self) -> None:
        batch = self._open_batch()
        if batch is None or not self.confirm_posted(batch):
            return
        desk, handle = self.context.desk, self.context.handle
        self.context.run(lambda: desk.letters.mark_posted(handle, batch.id), self._batch_marked,
                         self.message.show_error, owner=self, action=True)

    def _batch_marked(self, batch: BatchInfo) -> None:
        if batch.status is BatchStatus.POSTED:
            text = self.tr("Batch No. {id} is marked posted: its {count} letter(s) are sent.")
        else:
            text = self.tr("Batch No. {id} is marked printed. Mark it posted once it is in the "
                           "post.")
        self.message.show_info(text.format(id=batch.id, count=batch.letters))
        self.refresh()
    def send_due_email(self) -> None:
        """Send the e-mail notices that are due (issue 11); the result in one sentence."""
        desk, handle = self.context.desk, self.context.handle
        self.send_button.setEnabled(False)

        def done(report: SendReport) -> None:
            self.send_button.setEnabled(True)
            if report.attempted == 0:
                self.message.show_info(self.tr("No e-mail notice is due."))
            elif report.failed:
                self.message.show_problem(self.tr(
                    "{sent} sent, {retrying} to be tried again later, {failed} failed: a failed "
                    "notice holds the change it tells of. The reasons are in the list.").format(
                    sent=len(report.sent), retrying=len(report.retrying),
                    failed=len(report.failed)))
            else:
                self.message.show_info(self.tr(
                    "{sent} sent, {retrying} to be tried again later.").format(
                    sent=len(report.sent), retrying=len(report.retrying)))
            self.refresh()

        def refused(error: BaseException) -> None:
            self.send_button.setEnabled(True)
            self.message.show_error(error)

        self.context.run(lambda: desk.email.send_due(handle), done, refused, owner=self,
                         action=True)
