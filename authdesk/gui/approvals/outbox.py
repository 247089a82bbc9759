"""The notification outbox: every letter to a registered address and e-mail notice, with its
status. The mail room (a supervisor) marks each one sent, or failed with the reason, and sends
the e-mail notices that are due over SMTP (issue 11); a notice that could not go out is listed
with why, and holds the change it tells of."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from authdesk.core.emailnotices import SendReport
from authdesk.core.notifications import NotificationInfo, NotificationStatus
from authdesk.core.roles import Operation
from authdesk.gui.kit.i18n import format_datetime
from authdesk.gui.kit.page import PageContext
from authdesk.gui.kit.tablemodel import RowsTableModel
from authdesk.gui.kit.texts import (
    channel_label,
    notification_kind_label,
    notification_status_label,
)
from authdesk.gui.kit.widgets import FormMessage, Retranslating

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
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.view, 1)
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
        self.send_button.setText(self.tr("Send &due e-mail"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          len(self.model.COLUMNS) - 1)

    def page_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        desk, handle = self.context.desk, self.context.handle
        status = self.status_filter.currentData()

        def read() -> tuple[list[NotificationInfo], int]:
            rows = desk.notifications.outbox(handle, status)
            if status in (None, NotificationStatus.QUEUED):
                waiting = [r for r in rows if r.status is NotificationStatus.QUEUED]
            else:
                waiting = desk.notifications.outbox(handle, NotificationStatus.QUEUED)
            return rows, len(waiting)

        def shown(result: tuple[list[NotificationInfo], int]) -> None:
            rows, queued = result
            self.model.set_rows(rows)
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
