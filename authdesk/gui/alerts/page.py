"""The supervisors' alert queue: open and escalated alerts newest first, the chosen alert's
explanation, subject and the events behind it (each one opens in full), and the handling:
acknowledge with a note, or escalate with a note. Auditors see the same, read-only.

The core decides everything (``core.alerts``): who may handle, that a note is given, that a
supervisor does not handle an alert about themselves; the page only offers and shows.
"""

from __future__ import annotations

import json
from html import escape

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from authdesk.core.alerts import AlertDetail, AlertEvent, AlertStatus, AlertSummary
from authdesk.core.roles import Operation
from authdesk.gui.alerts.model import AlertQueueModel
from authdesk.gui.alerts.texts import (
    alert_html,
    detail_key_label,
    event_label,
    status_label,
    subject_text,
)
from authdesk.gui.kit.i18n import format_datetime
from authdesk.gui.kit.page import PageContext, PageSpec
from authdesk.gui.kit.shortcuts import button_shortcut
from authdesk.gui.kit.widgets import FormMessage, Retranslating

translate = QCoreApplication.translate

REFRESH_MS = 60_000  # alerts are raised as events happen; the queue is read again each minute


class EventDialog(QDialog):
    """One event behind an alert, every field of it, as the audit log holds it."""

    def __init__(self, event: AlertEvent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertEventDialog")
        self.setWindowTitle(self.tr("Event #{seq}").format(seq=event.seq))
        self.text = QTextBrowser(self)
        self.text.setObjectName("alertEventText")
        rows = [
            (self.tr("No."), str(event.seq)),
            (self.tr("Time"), format_datetime(event.ts, seconds=True, zone=True)),
            (self.tr("Who"), f"{event.actor} ({event.role})"),
            (self.tr("Workstation"), event.workstation),
            (self.tr("What"), f"{event_label(event.action)} ({event.action})"),
            (self.tr("About"), event.subject),
            (self.tr("Outcome"), event.outcome),
        ]
        rows += [(f"{detail_key_label(key)} ({key})" if detail_key_label(key) != key else key,
                  value if isinstance(value, str)
                  else json.dumps(value, ensure_ascii=False, sort_keys=True))
                 for key, value in sorted(event.details.items())]
        self.text.setHtml("<table cellpadding='3'>" + "".join(
            f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows)
            + "</table>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.text)
        column.addWidget(buttons)
        self.resize(640, 420)


class AlertsPage(Retranslating, QWidget):
    count_changed = Signal(object)
    """The number of open alerts, for the page's tab."""
    queue_loaded = Signal(int)
    """The queue was read (the number of alerts in it)."""
    detail_shown = Signal(object)
    """An alert is on screen (its ``AlertDetail``)."""
    handled = Signal(object)
    """An alert was acknowledged or escalated (its ``AlertSummary``)."""

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.detail: AlertDetail | None = None
        self.event_dialog: EventDialog | None = None
        self._last_result: AlertSummary | None = None

        self.queue_title = QLabel(self)
        self.queue_title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.model = AlertQueueModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("alertQueue")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(AlertQueueModel.COLUMNS.index("subject"),
                                    QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("alertsRefresh")
        button_shortcut(QKeySequence.StandardKey.Refresh, self.refresh_button)
        self.refresh_button.clicked.connect(self.refresh)
        self.empty = QLabel(self)
        self.empty.setObjectName("alertsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid);")
        self.empty.hide()

        self.explanation = QTextBrowser(self)
        self.explanation.setObjectName("alertDetail")
        self.explanation.setOpenLinks(False)
        self.explanation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.explanation.anchorClicked.connect(self._link)

        self.handling = QGroupBox(self)
        self.handling.setObjectName("alertHandling")
        self.note_caption = QLabel(self.handling)
        self.note = QLineEdit(self.handling)
        self.note.setObjectName("alertNote")
        self.note.setMaxLength(500)
        self.note_caption.setBuddy(self.note)
        self.acknowledge_button = QPushButton(self.handling)
        self.acknowledge_button.setObjectName("acknowledgeButton")
        self.acknowledge_button.clicked.connect(self.acknowledge)
        self.escalate_button = QPushButton(self.handling)
        self.escalate_button.setObjectName("escalateButton")
        self.escalate_button.clicked.connect(self.escalate)
        self.own_note = QLabel(self.handling)
        self.own_note.setObjectName("ownAlertNote")
        self.own_note.setWordWrap(True)
        self.own_note.setStyleSheet("color: #b00020; font-weight: 600;")
        self.message = FormMessage(self.handling)
        self.message.setObjectName("alertMessage")
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_caption)
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.acknowledge_button)
        note_row.addWidget(self.escalate_button)
        handling_column = QVBoxLayout(self.handling)
        handling_column.addWidget(self.own_note)
        handling_column.addLayout(note_row)
        handling_column.addWidget(self.message)

        # The queue across the top (its titles need the width), the chosen alert below.
        top = QWidget(self)
        top_column = QVBoxLayout(top)
        top_column.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.queue_title, 1)
        title_row.addWidget(self.refresh_button)
        top_column.addLayout(title_row)
        top_column.addWidget(self.view, 1)
        top_column.addWidget(self.empty)
        bottom = QFrame(self)
        bottom_column = QVBoxLayout(bottom)
        bottom_column.setContentsMargins(0, 0, 0, 0)
        bottom_column.addWidget(self.explanation, 1)
        bottom_column.addWidget(self.handling)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([250, 470])
        splitter.setChildrenCollapsible(False)
        QVBoxLayout(self).addWidget(splitter)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        self.refresh_timer.start()
        self.retranslate_ui()
        self._arrange()
        self.refresh()

    # -- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.queue_title.setText(self.tr("Alerts (newest first)"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.empty.setText(self.tr("No alert is open."))
        self.handling.setTitle(self.tr("Handling"))
        self.note_caption.setText(self.tr("N&ote"))
        self.note.setPlaceholderText(self.tr("what you found or did (kept in the audit log)"))
        self.acknowledge_button.setText(self.tr("Ac&knowledge"))
        self.acknowledge_button.setToolTip(self.tr("Close the alert: it was looked into"))
        self.escalate_button.setText(self.tr("Esc&alate"))
        self.escalate_button.setToolTip(self.tr("Hand the alert on to compliance; it stays "
                                                "in the queue until acknowledged"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          len(self.model.COLUMNS) - 1)
        if self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(
                self.model.rowCount() - 1, len(self.model.COLUMNS) - 1))
        if self.detail is not None:
            self.explanation.setHtml(alert_html(self.detail))
        if self._last_result is not None:
            self._show_result(self._last_result)
        self._arrange()

    # -- the queue -----------------------------------------------------------------------------

    def page_shown(self) -> None:
        self.refresh()

    def focus_first(self) -> None:
        """The queue: ↑ ↓ choose the alert."""
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        desk, handle = self.context.desk, self.context.handle
        keep = self.detail.summary.id if self.detail is not None else None

        def read() -> tuple[list[AlertSummary], int]:
            return desk.alerts.queue(handle), desk.alerts.open_count(handle)

        def shown(result: tuple[list[AlertSummary], int]) -> None:
            rows, open_count = result
            self.model.set_rows(rows)
            self.empty.setVisible(not rows)
            row = self.model.row_of(keep) if keep is not None else None
            if row is None and rows and self.detail is None:
                row = 0
            if row is not None:
                self.view.selectionModel().setCurrentIndex(
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
            self.queue_loaded.emit(len(rows))
            self.count_changed.emit(open_count)

        self.context.run(read, shown, self.message.show_error, owner=self)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        summary = self.model.summary(current.row()) if current.isValid() else None
        if summary is None or (self.detail is not None and self.detail.summary.id == summary.id):
            return
        self.open_alert(summary.id)

    def open_alert(self, alert_id: int) -> None:
        desk, handle = self.context.desk, self.context.handle

        def shown(detail: AlertDetail) -> None:
            self.detail = detail
            self._last_result = None
            self.message.clear_message()
            self.note.clear()
            self.explanation.setHtml(alert_html(detail))
            self._arrange()
            self.detail_shown.emit(detail)

        self.context.run(lambda: desk.alerts.get(handle, alert_id), shown,
                         self.message.show_error, owner=self)

    def _link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("seq:") and text[4:].isdigit():
            self.open_event(int(text[4:]))

    def open_event(self, seq: int) -> EventDialog | None:
        """Show one event behind the shown alert in full."""
        if self.detail is None:
            return None
        event = next((e for e in self.detail.events if e.seq == seq), None)
        if event is None:
            return None
        if self.event_dialog is not None:
            self.event_dialog.close()
        dialog = EventDialog(event, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _o=None: setattr(self, "event_dialog", None))
        self.event_dialog = dialog
        dialog.open()
        return dialog

    # -- handling ------------------------------------------------------------------------------

    def own_part(self) -> str | None:
        detail = self.detail
        if detail is None or detail.summary.subject != f"staff:{self.context.me.username}":
            return None
        return self.tr("This alert is about you, so another supervisor must handle it.")

    def _arrange(self) -> None:
        detail = self.detail
        status = detail.summary.status if detail is not None else None
        may = self.context.may(Operation.HANDLE_ALERTS)
        own = self.own_part()
        self.handling.setVisible(detail is not None and may)
        self.own_note.setVisible(own is not None)
        self.own_note.setText(own or "")
        active = status in (AlertStatus.OPEN, AlertStatus.ESCALATED) and own is None and may
        self.note.setEnabled(active)
        self.acknowledge_button.setEnabled(active)
        self.escalate_button.setEnabled(active and status is AlertStatus.OPEN)

    def acknowledge(self) -> None:
        self._handle("acknowledge")

    def escalate(self) -> None:
        self._handle("escalate")

    def _handle(self, how: str) -> None:
        detail = self.detail
        button = self.acknowledge_button if how == "acknowledge" else self.escalate_button
        if detail is None or not button.isEnabled():
            return
        note = self.note.text()
        if not note.strip():
            self.message.show_problem(self.tr("Write a note first: what you found or did, or "
                                              "why you escalate."))
            self.note.setFocus()
            return
        desk, handle, alert_id = self.context.desk, self.context.handle, detail.summary.id
        work = desk.alerts.acknowledge if how == "acknowledge" else desk.alerts.escalate
        self.acknowledge_button.setEnabled(False)
        self.escalate_button.setEnabled(False)

        def done(summary: AlertSummary) -> None:
            self.note.clear()
            self._last_result = summary
            self._show_result(summary)
            self.handled.emit(summary)
            self._reopen(summary.id)

        def refused(error: BaseException) -> None:
            self.message.show_error(error)
            self._arrange()
            self.note.setFocus()

        self.context.run(lambda: work(handle, alert_id, note), done, refused, owner=self,
                         action=True)

    def _reopen(self, alert_id: int) -> None:
        desk, handle = self.context.desk, self.context.handle

        def shown(detail: AlertDetail) -> None:
            self.detail = detail
            self.explanation.setHtml(alert_html(detail))
            self._arrange()
            self.refresh()

        self.context.run(lambda: desk.alerts.get(handle, alert_id), shown,
                         self.message.show_error, owner=self)

    def _show_result(self, summary: AlertSummary) -> None:
        if summary.status is AlertStatus.ACKNOWLEDGED:
            text = self.tr("✓ Alert #{id} acknowledged.")
        else:
            text = self.tr("Alert #{id} escalated; it stays in the queue until acknowledged.")
        self.message.show_info(text.format(id=summary.id, status=status_label(summary.status),
                                           subject=subject_text(summary.subject)))


PAGES = [
    PageSpec("supervisor.alerts", lambda: translate("AlertsPage", "Alerts"),
             (Operation.VIEW_ALERTS,), AlertsPage, order=25),
]
