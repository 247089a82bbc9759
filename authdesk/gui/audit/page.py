"""The audit log page (supervisors and auditors): filters, the event table, one event's
details, and integrity verification and export in the background with progress and Cancel."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from authdesk.core.actions import Action
from authdesk.core.audit import VerifyCancelled, VerifyResult
from authdesk.core.auditlog import ExportCancelled, Manifest
from authdesk.core.auditquery import AuditFilter
from authdesk.core.auditview import OUTCOMES, AuditReader, EventRow, filter_for
from authdesk.core.evidencepack import PackFiles
from authdesk.core.reconcile import Mismatch
from authdesk.core.roles import Operation, Role
from authdesk.gui.audit.labels import action_label, details_list
from authdesk.gui.audit.model import AuditTableModel
from authdesk.gui.kit import evidencepack
from authdesk.gui.kit.background import Progress
from authdesk.gui.kit.i18n import datetime_pattern, format_datetime, format_number, to_qdatetime
from authdesk.gui.kit.messages import error_text, outcome_label, role_label
from authdesk.gui.kit.page import PageContext, PageSpec
from authdesk.gui.kit.shortcuts import button_shortcut
from authdesk.gui.kit.widgets import (
    FormMessage,
    ReadOnlyField,
    Retranslating,
    tidy_table,
)

translate = QCoreApplication.translate
ACTION_PREFIXES = ("staff", "call", "customer", "factor", "totp", "document", "request",
                   "notification", "audit", "policy", "keys", "system")
NEW_EVENTS_POLL_MS = 15_000


def damage_text(kind: str, seq: int) -> str:
    """What the first damage found means, in words (the core names its kind and place)."""
    texts = {
        "edited": translate("Damage", "event #{seq} was changed after it was written"),
        "deleted": translate("Damage", "events were deleted at #{seq}"),
        "inserted": translate("Damage", "events were inserted at #{seq}"),
        "swapped": translate("Damage", "events were swapped at #{seq}"),
        "reordered": translate("Damage", "events were reordered at #{seq}"),
        "truncated": translate("Damage", "the newest events were removed after #{seq}"),
        "rolled_back": translate("Damage", "the log was rolled back to an earlier state "
                                 "(at #{seq})"),
        "bad_checkpoint": translate("Damage", "the signed checkpoint at #{seq} is not valid"),
        "unlinked": translate("Damage", "event #{seq} does not follow the event before it"),
        "rewritten": translate("Damage", "the log up to #{seq} differs from the checkpoint kept "
                               "in the witness directory"),
        "bad_witness": translate("Damage", "the witness file for #{seq} is not validly signed "
                                 "by this database's keys"),
        "checkpoint_missing": translate("Damage", "the signed checkpoint recorded at #{seq} "
                                        "was removed"),
        "checkpoint_unrecorded": translate("Damage", "a signed checkpoint at #{seq} has no "
                                           "checkpoint event in the log"),
        "unsigned_tail": translate("Damage", "events from #{seq} have gone unsigned for longer "
                                   "than the checkpoint interval"),
    }
    return texts.get(kind, translate("Damage", "damage at #{seq}")).format(
        seq=format_number(seq))


# Table rows that disagree with the log, named one by one in the result's tooltip.
MISMATCHES_LISTED = 20


def mismatch_text(mismatch: Mismatch) -> str:
    """One table row the log does not account for, in words (core.reconcile names it)."""
    rows = {
        "customer": translate("Mismatch", "customer {key}"),
        "staff": translate("Mismatch", "staff member {key}"),
        "policy": translate("Mismatch", "policy {key}"),
    }
    fields = {
        "account": translate("Mismatch", "withdrawal account"),
        "address": translate("Mismatch", "registered address"),
        "phone": translate("Mismatch", "phone number"),
        "email": translate("Mismatch", "e-mail address"),
        "record": translate("Mismatch", "registered details (withdrawal account, address, "
                            "phone or e-mail)"),
        "authenticator": translate("Mismatch", "authenticator state"),
        "roles": translate("Mismatch", "roles"),
        "active": translate("Mismatch", "active flag"),
        "employee_no": translate("Mismatch", "employee number"),
        "value": translate("Mismatch", "value"),
    }
    row = rows.get(mismatch.table, mismatch.table + " {key}").format(key=mismatch.key)
    what = fields.get(mismatch.field, mismatch.field)
    seq = format_number(mismatch.since or 0)
    if mismatch.problem == "missing":
        text = translate("Mismatch", "{row} is in the log (event #{seq}) but not in the table")
    elif mismatch.problem == "no_event" and mismatch.field == "row":
        text = translate("Mismatch", "{row} has no event behind it")
    elif mismatch.problem == "no_event" or mismatch.since is None:
        text = translate("Mismatch", "{row}: {what} has no event behind it")
    elif mismatch.field in ("roles", "record"):
        text = translate("Mismatch", "{row}: {what} differ from the log since event #{seq}")
    else:
        text = translate("Mismatch", "{row}: {what} differs from the log since event #{seq}")
    return text.format(row=row, what=what, seq=seq)


class EventDetail(Retranslating, QFrame):
    """Everything one event holds, with its details as readable JSON."""

    FIELDS = ("time", "actor", "role", "workstation", "action", "subject", "outcome", "hash",
              "prev_hash")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventDetail")
        self.shown_event: EventRow | None = None
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel | ReadOnlyField] = {}
        for name in self.FIELDS:
            caption = QLabel(self)
            value: QLabel | ReadOnlyField
            if name in ("hash", "prev_hash"):
                value = ReadOnlyField(self)
                # Wide enough for all 64 hex digits, in either language.
                value.setMinimumWidth(value.fontMetrics().horizontalAdvance("0" * 66))
            else:
                value = QLabel(self)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName(f"detail_{name}")
            form.addRow(caption, value)
            self.captions[name], self.values[name] = caption, value
        self.details_caption = QLabel(self)
        # The details as a labelled list; each label's key, and the stored JSON, on hover.
        self.details = QTableWidget(0, 2, self)
        self.details.setObjectName("detailList")
        self.details.horizontalHeader().hide()
        self.details.verticalHeader().hide()
        self.details.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.details.setWordWrap(True)
        self.details.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.details.horizontalHeader().setStretchLastSection(True)
        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addLayout(form)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.details_caption)
        right.addWidget(self.details, 1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 0)
        row.addLayout(left, 3)
        row.addLayout(right, 2)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        captions = {"time": self.tr("Time"), "actor": self.tr("Staff"),
                    "role": self.tr("Role"), "workstation": self.tr("Workstation"),
                    "action": self.tr("Action"), "subject": self.tr("Subject"),
                    "outcome": self.tr("Outcome"), "hash": self.tr("Hash"),
                    "prev_hash": self.tr("Previous hash")}
        for name, text in captions.items():
            self.captions[name].setText(text)
        self.details_caption.setText(self.tr("Details"))
        self.show_event(self.shown_event)

    def show_event(self, event: EventRow | None) -> None:
        self.shown_event = event
        if event is None:
            self.title.setText(self.tr("Select an event to see its details."))
            for value in self.values.values():
                value.clear()
            self.details.setRowCount(0)
            self.details.setToolTip("")
            return
        self.title.setText(self.tr("Event #{seq}").format(seq=format_number(event.seq)))
        utc = event.ts.astimezone(UTC).strftime("%Y/%m/%d %H:%M:%S")
        local = format_datetime(event.ts, seconds=True, zone=True)
        shown = {"time": local if local.endswith(" UTC") else f"{local} ({utc} UTC)",
                 "actor": event.actor,
                 "role": f"{role_label(event.role)} ({event.role})" if event.role else "",
                 "workstation": event.workstation,
                 "action": f"{action_label(event.action)} ({event.action})",
                 "subject": event.subject,
                 "outcome": f"{outcome_label(event.outcome)} ({event.outcome})",
                 "hash": event.hash, "prev_hash": event.prev_hash}
        for name, text in shown.items():
            value = self.values[name]
            value.setText(text)
            if isinstance(value, ReadOnlyField):
                value.setCursorPosition(0)  # the start of a hash, never its scrolled-off end
        items = details_list(event.details_dict())
        self.details.setRowCount(len(items))
        for row, (label, key, text) in enumerate(items):
            caption = QTableWidgetItem(label)
            caption.setToolTip(key)
            caption.setData(Qt.ItemDataRole.UserRole, key)
            shown_value = QTableWidgetItem(text)
            shown_value.setToolTip(text)
            self.details.setItem(row, 0, caption)
            self.details.setItem(row, 1, shown_value)
        self.details.resizeRowsToContents()
        self.details.setToolTip(event.details_pretty())


class AuditFilterBar(Retranslating, QFrame):
    """Time range, staff, customer, action, outcome; Enter applies."""

    def __init__(self, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditFilters")
        start = to_qdatetime(now.replace(hour=0, minute=0, second=0, microsecond=0))
        self.since_on = QCheckBox(self)
        self.since_on.setObjectName("sinceOn")
        self.since = QDateTimeEdit(start.addDays(-7), self)
        self.since.setObjectName("since")
        self.since.setCalendarPopup(True)
        self.until_on = QCheckBox(self)
        self.until_on.setObjectName("untilOn")
        self.until = QDateTimeEdit(start.addDays(1), self)
        self.until.setObjectName("until")
        self.until.setCalendarPopup(True)
        self.since_on.toggled.connect(self.since.setEnabled)
        self.until_on.toggled.connect(self.until.setEnabled)
        self.since.setEnabled(False)
        self.until.setEnabled(False)
        self.actor = QLineEdit(self)
        self.actor.setObjectName("actorFilter")
        self.customer = QLineEdit(self)
        self.customer.setObjectName("customerFilter")
        self.action = QComboBox(self)
        self.action.setObjectName("actionFilter")
        self.action.setEditable(True)
        self.action.addItem("")
        self.action.addItems(list(ACTION_PREFIXES))
        edit = self.action.lineEdit()
        assert edit is not None  # the combo box is editable
        self.action_edit = edit
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("outcomeFilter")
        self.outcome.addItem("", "")
        for outcome in OUTCOMES:
            self.outcome.addItem("", outcome)
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("applyFilter")
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clearFilter")
        self.labels = {name: QLabel(self) for name in ("actor", "customer", "action", "outcome")}
        for name, field in (("actor", self.actor), ("customer", self.customer),
                            ("action", self.action), ("outcome", self.outcome)):
            self.labels[name].setBuddy(field)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.since_on, 0, 0)
        grid.addWidget(self.since, 0, 1)
        grid.addWidget(self.until_on, 0, 2)
        grid.addWidget(self.until, 0, 3)
        grid.addWidget(self.labels["outcome"], 0, 4)
        grid.addWidget(self.outcome, 0, 5)
        grid.addWidget(self.labels["actor"], 1, 0)
        grid.addWidget(self.actor, 1, 1)
        grid.addWidget(self.labels["customer"], 1, 2)
        grid.addWidget(self.customer, 1, 3)
        grid.addWidget(self.labels["action"], 1, 4)
        grid.addWidget(self.action, 1, 5)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.clear_button)
        grid.addLayout(buttons, 0, 6, 2, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.since_on.setText(self.tr("&From"))
        self.until_on.setText(self.tr("T&o"))
        self.labels["actor"].setText(self.tr("S&taff"))
        self.labels["customer"].setText(self.tr("C&ustomer no."))
        self.labels["action"].setText(self.tr("&Action"))
        self.labels["outcome"].setText(self.tr("Outco&me"))
        self.actor.setPlaceholderText(self.tr("username"))
        self.customer.setPlaceholderText(self.tr("for example C0001"))
        self.action_edit.setPlaceholderText(self.tr("any (e.g. request)"))
        self.outcome.setItemText(0, self.tr("any"))
        for edit in (self.since, self.until):
            edit.setDisplayFormat(datetime_pattern(seconds=True))
        for index, outcome in enumerate(OUTCOMES, start=1):
            self.outcome.setItemText(index, outcome_label(outcome))
        self.apply_button.setText(self.tr("A&pply"))
        self.clear_button.setText(self.tr("Cl&ear"))

    @staticmethod
    def _utc(edit: QDateTimeEdit) -> datetime:
        return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), UTC)

    def current(self) -> AuditFilter:
        return filter_for(
            since=self._utc(self.since) if self.since_on.isChecked() else None,
            until=self._utc(self.until) if self.until_on.isChecked() else None,
            actor=self.actor.text(), customer=self.customer.text(),
            action=self.action.currentText(), outcome=str(self.outcome.currentData() or ""))

    def clear(self) -> None:
        self.since_on.setChecked(False)
        self.until_on.setChecked(False)
        self.actor.clear()
        self.customer.clear()
        self.action.setCurrentIndex(0)
        self.action.setEditText("")
        self.outcome.setCurrentIndex(0)


class AuditPage(Retranslating, QWidget):
    pack_saved = Signal(object)
    """An evidence pack was written (its ``PackFiles``)."""

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.reader = AuditReader(context.desk.kernel, context.handle)
        self.model = AuditTableModel(self.reader, self)
        self.filters = AuditFilterBar(context.desk.clock.now(), self)
        self.filters.apply_button.clicked.connect(self.apply_filter)
        self.filters.clear_button.clicked.connect(self.clear_filter)
        for edit in (self.filters.actor, self.filters.customer, self.filters.action_edit):
            edit.returnPressed.connect(self.apply_filter)

        self.view = QTableView(self)
        self.view.setObjectName("auditTable")
        self.view.setModel(self.model)
        # Fixed, uniform row heights and fixed column widths: the view never measures a
        # million rows (ResizeToContents would read them all).
        tidy_table(self.view)
        self.view.setAlternatingRowColors(True)
        columns = self.view.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setStretchLastSection(False)
        # The subject takes the spare width: an installation's id is long.
        subject = AuditTableModel.COLUMNS.index("subject")
        columns.setSectionResizeMode(subject, QHeaderView.ResizeMode.Stretch)
        self._size_columns()
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail = EventDetail(self)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.extent_known.connect(lambda _n: self._show_count())
        self.model.loading_changed.connect(lambda _b: self._show_count())
        self.model.failed.connect(self._model_failed)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 240])

        self.count_label = QLabel(self)
        self.count_label.setObjectName("auditCount")
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("auditRefresh")
        button_shortcut(QKeySequence.StandardKey.Refresh, self.refresh_button)
        self.refresh_button.clicked.connect(self.model.refresh)
        self.verify_button = QPushButton(self)
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.clicked.connect(self.verify)
        self.verify_button.setVisible(context.may(Operation.VERIFY_AUDIT))
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export)
        self.export_button.setVisible(context.may(Operation.EXPORT_AUDIT))
        # issue 12, evidence pack: of the change request the chosen event concerns
        self.pack_button = QPushButton(self)
        self.pack_button.setObjectName("auditEvidencePack")
        self.pack_button.clicked.connect(self.save_evidence_pack)
        self.pack_button.setVisible(context.may(Operation.EXPORT_EVIDENCE))
        self.pack_button.setEnabled(False)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("auditProgress")
        self.progress_bar.hide()
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.hide()
        self.result = FormMessage(self)
        self.result.setObjectName("auditResult")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.result.linkActivated.connect(self._link)
        bar = QHBoxLayout()
        bar.addWidget(self.count_label)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        bar.addWidget(self.progress_bar)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.verify_button)
        bar.addWidget(self.export_button)
        bar.addWidget(self.pack_button)
        column = QVBoxLayout(self)
        column.addWidget(self.filters)
        column.addWidget(splitter, 1)
        column.addLayout(bar)
        column.addWidget(self.result)

        self._progress: Progress | None = None
        self._pending_seq: int | None = None
        self._last_verify: VerifyResult | None = None
        self._last_export: tuple[Path, Manifest] | None = None
        self._new_events = 0
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(NEW_EVENTS_POLL_MS)
        self.poll_timer.timeout.connect(self._poll_new_events)
        self.poll_timer.start()
        self._opened = False
        self.model.loading_changed.connect(self._loading)
        self.retranslate_ui()
        # The log is read (and the reading recorded as audit.searched) only when someone opens
        # this page: a supervisor who never looks at it leaves no search in the log.

    # -- texts ---------------------------------------------------------------------------------

    def _size_columns(self) -> None:
        """Fixed widths from the widest label each column can show in the interface language
        (set again when the language changes); the subject takes what is left."""
        metrics = self.view.fontMetrics()

        def widest(texts: Iterable[str]) -> str:
            return max(texts, key=metrics.horizontalAdvance)

        samples = ("9,999,999", format_datetime(datetime(2026, 12, 28, 23, 59, 59, tzinfo=UTC),
                                               seconds=True),
                   "demo.auditor", widest(role_label(r) for r in Role),
                   "desk-tokyo-07", widest(action_label(a.value) for a in Action), "",
                   widest(outcome_label(o) for o in OUTCOMES))
        subject = AuditTableModel.COLUMNS.index("subject")
        for index, sample in enumerate(samples):
            if index != subject:
                self.view.setColumnWidth(index, metrics.horizontalAdvance(sample) + 36)

    def retranslate_ui(self) -> None:
        self._size_columns()
        self.verify_button.setText(self.tr("&Verify integrity"))
        self.export_button.setText(self.tr("E&xport…"))
        self.pack_button.setText(self.tr("Evidence pac&k…"))
        self.pack_button.setToolTip(evidencepack.tooltip())
        self.cancel_button.setText(self.tr("Cancel"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          len(self.model.COLUMNS) - 1)
        self._show_count()
        if self._last_verify is not None:
            self._show_verify_result(self._last_verify)
        elif self._last_export is not None:
            self._show_export_result(*self._last_export)

    def _show_count(self) -> None:
        if self.model.loading:
            text = self.tr("Reading…")
        elif self.model.extent is None:
            text = self.tr("Counting…")
        else:
            text = self.tr("Events: {count}").format(
                count=format_number(self.model.extent.total))
        self.count_label.setText(text)
        self.refresh_button.setText(
            self.tr("&Refresh ({count} new)").format(count=format_number(self._new_events))
            if self._new_events else self.tr("&Refresh"))

    # -- browsing ------------------------------------------------------------------------------

    def page_shown(self) -> None:
        if self._opened:
            self._poll_new_events()
            return
        # Deferred: a tab widget makes its first page current while the window is still being
        # built, before the page it opens on is chosen.
        QTimer.singleShot(0, self, self._open_if_shown)

    def _open_if_shown(self) -> None:
        if not self._opened and self.isVisibleTo(self.window()):
            self.open_log()

    def _loading(self, loading: bool) -> None:
        self._opened = self._opened or loading  # however the log came to be read

    def open_log(self) -> None:
        """Read the log for the first time (nothing is read before the page is opened)."""
        if not self._opened:
            self._opened = True
            self.model.set_filter(AuditFilter())

    def apply_filter(self) -> None:
        self._opened = True
        self.result.clear_message()
        self._new_events = 0
        self.detail.show_event(None)
        self.model.set_filter(self.filters.current())

    def clear_filter(self) -> None:
        self.filters.clear()
        self.apply_filter()

    def _current_changed(self, current: Any, _previous: Any) -> None:
        self.detail.show_event(self.model.event_at(current.row()) if current.isValid() else None)
        self._arrange_pack()

    def _page_loaded(self, first_row: int) -> None:
        current = self.view.currentIndex()
        if current.isValid() and self.detail.shown_event is None:
            self.detail.show_event(self.model.event_at(current.row()))
        if first_row == 0:
            self._show_count()
        self._arrange_pack()

    # -- the evidence pack of the chosen event's request ---------------------------------------

    def pack_request(self) -> int | None:
        """The change request the shown event concerns: its subject, or a ``request`` in its
        details (documents, notices, the account change); None for any other event."""
        event = self.detail.shown_event
        if event is None:
            return None
        kind, _, key = event.subject.partition(":")
        if kind == "request" and key.isascii() and key.isdigit():
            return int(key)
        named = event.details_dict().get("request")
        return named if isinstance(named, int) and not isinstance(named, bool) else None

    def _arrange_pack(self) -> None:
        self.pack_button.setEnabled(self.pack_request() is not None)

    def save_evidence_pack(self) -> None:
        request_id = self.pack_request()
        if request_id is None or self.busy:
            return

        def done(files: PackFiles) -> None:
            self._last_verify = self._last_export = None
            self.result.show_info(evidencepack.saved_text(files))
            self.pack_saved.emit(files)

        def failed(error: BaseException) -> None:
            if not self.context.session.session_error(error):
                self.result.show_error(error)

        evidencepack.save_evidence_pack(self.context, self, request_id, done, failed)

    def _model_failed(self, error: BaseException) -> None:
        if not self.context.session.session_error(error):
            self.result.show_error(error)
        self._show_count()

    def _poll_new_events(self) -> None:
        if not self._opened or self.model.loading or not self.isVisible():
            return
        reader, upto = self.reader, self.model.upto_seq

        def show(head: int) -> None:
            self._new_events = max(0, head - upto) if upto == self.model.upto_seq else 0
            self._show_count()

        self.context.run(reader.head_seq, show, lambda _e: None, owner=self)

    def select_seq(self, seq: int) -> None:
        """Re-read the log, then scroll to event ``seq`` and select it. If the filter hides
        it, the filter is cleared."""
        self._pending_seq = seq
        self._opened = True
        self.model.extent_known.connect(self._select_pending)
        self.model.refresh()

    def _select_pending(self, _total: int) -> None:
        self.model.extent_known.disconnect(self._select_pending)
        seq, self._pending_seq = self._pending_seq, None
        if seq is None:
            return
        reader, flt, upto = self.reader, self.model.filter, self.model.upto_seq

        def found(row: int | None) -> None:
            if row is None:
                if not flt.empty:
                    self.filters.clear()
                    self._pending_seq = seq
                    self.model.extent_known.connect(self._select_pending)
                    self.model.set_filter(AuditFilter())
                return
            index = self.model.index(row, 0)
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.view.setFocus()

        self.context.run(lambda: reader.row_of_seq(flt, upto_seq=upto, seq=seq), found,
                         self.result.show_error, owner=self)

    def _link(self, link: str) -> None:
        if link.startswith("seq:"):
            self.select_seq(int(link[4:]))

    # -- verify and export -----------------------------------------------------------------------

    def _start(self, label: str) -> Progress:
        progress = Progress(self)
        progress.changed.connect(self._progressed)
        self._progress = progress
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setFormat(label + " %p%")
        self.progress_bar.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.clicked.connect(progress.cancel)
        self.cancel_button.setFocus()
        self.verify_button.setEnabled(False)
        self.export_button.setEnabled(False)
        self.result.clear_message()
        return progress

    def _progressed(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _finish(self) -> None:
        if self._progress is not None:
            self.cancel_button.clicked.disconnect(self._progress.cancel)
            self._progress.deleteLater()
            self._progress = None
        self.progress_bar.hide()
        self.cancel_button.hide()
        self.verify_button.setEnabled(True)
        self.export_button.setEnabled(True)

    @property
    def busy(self) -> bool:
        return self._progress is not None

    def verify(self) -> None:
        if self.busy:
            return
        progress = self._start(self.tr("Verifying"))
        desk, handle = self.context.desk, self.context.handle
        self._last_verify = self._last_export = None

        def done(result: VerifyResult) -> None:
            self._finish()
            self._last_verify = result
            self._show_verify_result(result)

        def failed(error: BaseException) -> None:
            self._finish()
            if isinstance(error, VerifyCancelled):
                self.result.show_problem(self.tr("Verification cancelled; nothing was "
                                                 "concluded."))
            elif not self.context.session.session_error(error):
                self.result.show_error(error)

        self.context.run(lambda: desk.audit.verify(handle, progress=progress.report,
                                                   cancelled=progress.cancelled),
                         done, failed, owner=self, action=True)

    def _show_verify_result(self, result: VerifyResult) -> None:
        if result.damage is None and result.memory_error is not None:
            intact = self.tr(
                "Events and checkpoints intact ({events} events up to #{head}), but the "
                "rollback check could not run.").format(
                    events=format_number(result.events), head=format_number(result.head_seq))
            gap = "" if intact.endswith("。") else " "  # Japanese sentences take no space
            self.result.show_problem(intact + gap + error_text(result.memory_error))
            self.result.setToolTip("")
            return
        if result.damage is None:
            self.result.show_info(self.tr(
                "Integrity verified: {events} events up to #{head}, {checkpoints} signed "
                "checkpoints, all intact.").format(
                    events=format_number(result.events), head=format_number(result.head_seq),
                    checkpoints=format_number(result.checkpoints)))
            self.result.setToolTip("\n".join(result.notes))
            return
        damage = result.damage
        if damage.kind == "state_differs" and result.mismatches:
            self._show_mismatches(result)
            return
        self.result.show_problem(self.tr(
            "INTEGRITY CHECK FAILED. First bad event: #{seq} — {what}. "
            "<a href=\"seq:{raw}\">Show event #{seq}</a>").format(
                seq=format_number(damage.seq), what=damage_text(damage.kind, damage.seq),
                raw=damage.seq))
        self.result.setToolTip(damage.detail)

    def _show_mismatches(self, result: VerifyResult) -> None:
        """The log is intact but table rows disagree with it: the first named, with a link to
        the event it differs from; the first ``MISMATCHES_LISTED`` in the tooltip."""
        first = result.mismatches[0]
        text = self.tr(
            "TABLES DISAGREE WITH THE AUDIT LOG: {count} row(s) have no event behind their "
            "state. First: {first}.").format(count=format_number(len(result.mismatches)),
                                             first=mismatch_text(first))
        if first.since:
            text += " " + self.tr("<a href=\"seq:{raw}\">Show event #{seq}</a>").format(
                raw=first.since, seq=format_number(first.since))
        self.result.show_problem(text)
        listed = [mismatch_text(m) for m in result.mismatches[:MISMATCHES_LISTED]]
        more = len(result.mismatches) - len(listed)
        if more > 0:
            listed.append(self.tr("… and {count} more (authdesk-admin audit verify --json lists "
                                  "them all)").format(count=format_number(more)))
        self.result.setToolTip("\n".join(listed))

    def choose_export_file(self) -> tuple[Path, str] | None:
        """Ask where to write; returns the path and the format ('jsonl' or 'csv')."""
        stamp = self.context.desk.clock.now().strftime("%Y%m%d-%H%M")
        jsonl, csv_filter = self.tr("JSON Lines with manifest (*.jsonl)"), self.tr(
            "CSV with manifest (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the filtered audit log"),
            str(Path.home() / f"audit-{stamp}.jsonl"), f"{jsonl};;{csv_filter}")
        if not path:
            return None
        file_format = "csv" if chosen == csv_filter or path.lower().endswith(".csv") else "jsonl"
        return Path(path), file_format

    def export(self) -> None:
        if self.busy:
            return
        chosen = self.choose_export_file()
        if chosen is None:
            return
        out, file_format = chosen
        progress = self._start(self.tr("Exporting"))
        desk, handle, flt = self.context.desk, self.context.handle, self.model.filter
        self._last_verify = self._last_export = None

        def done(manifest: Manifest) -> None:
            self._finish()
            self._last_export = (out, manifest)
            self._show_export_result(out, manifest)

        def failed(error: BaseException) -> None:
            self._finish()
            if isinstance(error, ExportCancelled):
                self.result.show_problem(error_text(error))
            elif not self.context.session.session_error(error):
                self.result.show_error(error)

        self.context.run(lambda: desk.audit.export(handle, out, flt, progress.report,
                                                   progress.cancelled, format=file_format),
                         done, failed, owner=self, action=True)

    def _show_export_result(self, out: Path, manifest: Manifest) -> None:
        self.result.show_info(self.tr(
            "Exported {count} events (#{first}–#{last}) to {file}, with its manifest "
            "{manifest}.").format(count=format_number(manifest.count),
                                  first=manifest.first_seq or 0, last=manifest.last_seq or 0,
                                  file=str(out), manifest=out.name + ".manifest.json"))


PAGES = [
    PageSpec("audit", lambda: translate("Pages", "Audit log"), (Operation.VIEW_AUDIT,),
             AuditPage, order=80),
]
