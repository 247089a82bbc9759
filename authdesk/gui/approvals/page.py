"""The supervisor's approval screen: the queue (oldest first, with its age), the full evidence
of the chosen request, and the decision: approve after a fresh code from the supervisor's own
app, or reject with a reason.

A request the supervisor opened, or gathered evidence for, is shown as not theirs to approve;
the core refuses it anyway (``SameApproverRefused``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from authdesk.core.evidencepack import PackFiles
from authdesk.core.requests import RequestDetail, RequestStatus, RequestSummary
from authdesk.core.roles import Operation
from authdesk.gui.approvals.evidence import evidence_html
from authdesk.gui.approvals.outbox import SupervisorOutboxPage
from authdesk.gui.approvals.queue import SupervisorQueueModel
from authdesk.gui.kit import evidencepack
from authdesk.gui.kit.i18n import format_datetime
from authdesk.gui.kit.page import PageContext, PageSpec
from authdesk.gui.kit.shortcuts import button_shortcut
from authdesk.gui.kit.texts import request_status_label
from authdesk.gui.kit.widgets import CodeEdit, FormMessage, Retranslating

translate = QCoreApplication.translate

REFRESH_MS = 60_000
AGE_TICK_MS = 30_000


class SupervisorPage(Retranslating, QWidget):
    queue_loaded = Signal(int)
    """The queue was read (the number of requests waiting)."""
    count_changed = Signal(object)
    """The number of requests waiting, for the page's tab."""
    detail_shown = Signal(object)
    """A request's evidence is on screen (its ``RequestDetail``)."""
    decided = Signal(object)
    """A decision was made (the request's ``RequestSummary``)."""
    pack_saved = Signal(object)
    """An evidence pack was written (its ``PackFiles``)."""

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.detail: RequestDetail | None = None
        self._last_result: tuple[str, RequestSummary] | None = None

        self.queue_title = QLabel(self)
        self.queue_title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.model = SupervisorQueueModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("approvalQueue")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        # The customer takes the spare width; nothing needs sideways scrolling.
        header.setSectionResizeMode(SupervisorQueueModel.COLUMNS.index("customer"),
                                    QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("queueRefresh")
        button_shortcut(QKeySequence.StandardKey.Refresh, self.refresh_button)
        self.refresh_button.clicked.connect(self.refresh)
        self.empty = QLabel(self)
        self.empty.setObjectName("queueEmpty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid);")
        self.empty.hide()  # until the queue has been read

        self.evidence = QTextBrowser(self)
        self.evidence.setObjectName("requestEvidence")
        self.evidence.setOpenLinks(False)
        # The evidence wraps to the pane's width; its bordered tables overflowed by a pixel or
        # two and showed a sideways scroll bar with nothing to scroll to.
        self.evidence.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        # The evidence pack of the shown request (supervisors and auditors): PDF, JSONL, manifest.
        self.pack_button = QPushButton(self)
        self.pack_button.setObjectName("evidencePackButton")
        self.pack_button.clicked.connect(self.save_evidence_pack)

        self.decision = QGroupBox(self)
        self.decision.setObjectName("decisionBox")
        self.own_note = QLabel(self.decision)
        self.own_note.setObjectName("ownRequestNote")
        self.own_note.setWordWrap(True)
        self.own_note.setStyleSheet("color: #b00020; font-weight: 600;")
        self.code_caption = QLabel(self.decision)
        self.code = CodeEdit(self.decision)
        self.code.setObjectName("approveCode")
        self.code.setMaximumWidth(200)
        self.code_caption.setBuddy(self.code)
        self.code.completed.connect(lambda _t: self.approve())
        self.approve_button = QPushButton(self.decision)
        self.approve_button.setObjectName("approveButton")
        self.approve_button.clicked.connect(self.approve)
        self.reason_caption = QLabel(self.decision)
        self.reason = QLineEdit(self.decision)
        self.reason.setObjectName("rejectReason")
        self.reason_caption.setBuddy(self.reason)
        self.reason.returnPressed.connect(self.reject)
        self.reject_button = QPushButton(self.decision)
        self.reject_button.setObjectName("rejectButton")
        self.reject_button.clicked.connect(self.reject)
        self.message = FormMessage(self.decision)
        self.message.setObjectName("decisionMessage")
        approve_row = QHBoxLayout()
        approve_row.addWidget(self.code_caption)
        approve_row.addWidget(self.code)
        approve_row.addWidget(self.approve_button)
        approve_row.addStretch(1)
        reject_row = QHBoxLayout()
        reject_row.addWidget(self.reason_caption)
        reject_row.addWidget(self.reason, 1)
        reject_row.addWidget(self.reject_button)
        decision_column = QVBoxLayout(self.decision)
        decision_column.addWidget(self.own_note)
        decision_column.addLayout(approve_row)
        decision_column.addLayout(reject_row)
        decision_column.addWidget(self.message)

        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.queue_title, 1)
        title_row.addWidget(self.refresh_button)
        left_column.addLayout(title_row)
        left_column.addWidget(self.view, 1)
        left_column.addWidget(self.empty)
        right = QFrame(self)
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.evidence, 1)
        pack_row = QHBoxLayout()
        pack_row.addStretch(1)
        pack_row.addWidget(self.pack_button)
        right_column.addLayout(pack_row)
        right_column.addWidget(self.decision)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([540, 740])  # the queue's columns fit; the evidence gets the rest
        splitter.setChildrenCollapsible(False)
        QVBoxLayout(self).addWidget(splitter)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        self.refresh_timer.start()
        self.age_timer = QTimer(self)
        self.age_timer.setInterval(AGE_TICK_MS)
        self.age_timer.timeout.connect(lambda: self.model.advance(self.context.desk.clock.now()))
        self.age_timer.start()
        self.retranslate_ui()
        self._arrange()
        self.refresh()

    # -- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.queue_title.setText(self.tr("Waiting for approval (oldest first)"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.empty.setText(self.tr("No request is waiting for approval."))
        self.decision.setTitle(self.tr("Decision"))
        self.code_caption.setText(self.tr("Your c&ode"))
        self.code.setToolTip(self.tr("A fresh 6-digit code from your own authenticator app "
                                     "confirms the approval"))
        self.approve_button.setText(self.tr("&Approve"))
        self.reason_caption.setText(self.tr("R&eason"))
        self.reason.setPlaceholderText(self.tr("why the request is rejected (kept in the audit "
                                               "log; the customer gets a letter)"))
        self.reject_button.setText(self.tr("Re&ject"))
        self.pack_button.setText(self.tr("Evidence &pack…"))
        self.pack_button.setToolTip(evidencepack.tooltip())
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          len(self.model.COLUMNS) - 1)
        if self.detail is not None:
            self.evidence.setHtml(evidence_html(self.detail))
        if self._last_result is not None:
            self._show_result(*self._last_result)
        self._arrange()

    # -- the queue -----------------------------------------------------------------------------

    def page_shown(self) -> None:
        self.refresh()

    def focus_first(self) -> None:
        """The queue: ↑ ↓ choose the request to decide."""
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        desk, handle = self.context.desk, self.context.handle
        keep = self.detail.id if self.detail is not None else None

        def read() -> tuple[list[RequestSummary], object]:
            return desk.requests.queue(handle), desk.clock.now()

        def shown(result: tuple[list[RequestSummary], object]) -> None:
            rows, read_at = result
            self.model.set_rows(rows, read_at)  # type: ignore[arg-type]
            self.empty.setVisible(not rows)
            row = self.model.row_of(keep) if keep is not None else None
            if row is None and rows and self.detail is None:
                row = 0
            if row is not None:
                self.view.selectionModel().setCurrentIndex(
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
            self.queue_loaded.emit(len(rows))
            self.count_changed.emit(len(rows))

        self.context.run(read, shown, self.message.show_error, owner=self)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        summary = self.model.summary(current.row()) if current.isValid() else None
        if summary is None or (self.detail is not None and self.detail.id == summary.id):
            return
        self.open_request(summary.id)

    def open_request(self, request_id: int) -> None:
        desk, handle = self.context.desk, self.context.handle

        def shown(detail: RequestDetail) -> None:
            self.detail = detail
            self._last_result = None
            self.message.clear_message()
            self.code.clear()
            self.reason.clear()
            self.evidence.setHtml(evidence_html(detail))
            self._arrange()
            self.detail_shown.emit(detail)

        self.context.run(lambda: desk.requests.get(handle, request_id), shown,
                         self.message.show_error, owner=self)

    # -- deciding ------------------------------------------------------------------------------

    def own_part(self) -> str | None:
        """Why this supervisor should not decide the shown request, in words, or None.
        (Shown up front; the core makes the same judgement when asked to approve.)"""
        detail = self.detail
        if detail is None:
            return None
        me = self.context.me.username
        if detail.summary.requester == me:
            return self.tr("You opened this request, so another supervisor must approve it "
                           "(four eyes).")
        if detail.callback is not None and detail.callback.by == me:
            return self.tr("You made this request's call-back, so another supervisor must "
                           "approve it (four eyes).")
        if any(doc.checked_by == me for doc in detail.documents):
            return self.tr("You checked this request's documents, so another supervisor must "
                           "approve it (four eyes).")
        return None

    def _arrange(self) -> None:
        detail = self.detail
        pending = detail is not None and detail.status is RequestStatus.PENDING
        own = self.own_part()
        self.decision.setVisible(detail is not None)
        self.own_note.setVisible(own is not None)
        self.own_note.setText(own or "")
        may_approve = self.context.may(Operation.APPROVE_REQUEST)
        may_reject = self.context.may(Operation.REJECT_REQUEST)
        approvable = pending and own is None and may_approve
        self.code.setEnabled(approvable)
        self.approve_button.setEnabled(approvable)
        self.reason.setEnabled(pending and may_reject)
        self.reject_button.setEnabled(pending and may_reject)
        may_pack = self.context.may(Operation.EXPORT_EVIDENCE)
        self.pack_button.setVisible(may_pack)
        self.pack_button.setEnabled(detail is not None and may_pack)

    # -- the evidence pack -----------------------------------------------------------------------

    def save_evidence_pack(self) -> None:
        detail = self.detail
        if detail is None or not self.pack_button.isEnabled():
            return

        def done(files: PackFiles) -> None:
            self._arrange()
            self.message.show_info(evidencepack.saved_text(files))
            self.pack_saved.emit(files)

        def refused(error: BaseException) -> None:
            self._arrange()
            self.message.show_error(error)

        if evidencepack.save_evidence_pack(self.context, self, detail.id, done, refused):
            self.pack_button.setEnabled(False)

    def approve(self) -> None:
        detail = self.detail
        if detail is None or not self.approve_button.isEnabled():
            return
        if len(self.code.digits()) != 6:
            self.message.show_problem(self.tr("Type the 6-digit code from your own "
                                              "authenticator app to approve."))
            self.code.setFocus()
            return
        code = self.code.text()
        desk, handle = self.context.desk, self.context.handle

        def step_up_and_approve() -> RequestSummary:
            desk.staff.step_up(handle, code)
            return desk.requests.approve(handle, detail.id)

        self._decide(step_up_and_approve, "approved")

    def reject(self) -> None:
        detail = self.detail
        if detail is None or not self.reject_button.isEnabled():
            return
        reason = self.reason.text()
        desk, handle = self.context.desk, self.context.handle
        self._decide(lambda: desk.requests.reject(handle, detail.id, reason), "rejected")

    def _decide(self, work: object, kind: str) -> None:
        self.approve_button.setEnabled(False)
        self.reject_button.setEnabled(False)
        self.code.setEnabled(False)

        def done(summary: RequestSummary) -> None:
            self.code.clear()
            self.reason.clear()
            self._last_result = (kind, summary)
            self._show_result(kind, summary)
            self.focus_first()  # decided: the next request in the queue
            self.decided.emit(summary)
            self._reopen(summary.id)

        def refused(error: BaseException) -> None:
            self.code.clear()
            self.message.show_error(error)
            self._arrange()
            self.code.setFocus()

        self.context.run(work, done, refused, owner=self, action=True)  # type: ignore[arg-type]

    def _reopen(self, request_id: int) -> None:
        """After a decision: the evidence as it now stands, and the queue without it."""
        desk, handle = self.context.desk, self.context.handle

        def shown(detail: RequestDetail) -> None:
            self.detail = detail
            self.evidence.setHtml(evidence_html(detail))
            self._arrange()
            self.refresh()

        self.context.run(lambda: desk.requests.get(handle, request_id), shown,
                         self.message.show_error, owner=self)

    def _show_result(self, kind: str, summary: RequestSummary) -> None:
        if kind == "approved":
            if summary.effective_at is not None:
                text = self.tr("✓ Request #{id} approved. The new account takes effect on "
                               "{when}, after the cooling-off period; a letter goes to the "
                               "customer's registered address.")
            else:  # issue 11: the cooling-off runs from the notices going out
                text = self.tr("✓ Request #{id} approved. A letter (and an e-mail) tells the "
                               "customer; the new account takes effect only after the notice "
                               "has gone out and the cooling-off period has run from then.")
        else:
            text = self.tr("Request #{id} rejected; a letter tells the customer.")
        self.message.show_info(text.format(id=summary.id,
                                           when=format_datetime(summary.effective_at),
                                           status=request_status_label(summary.status)))


PAGES = [
    PageSpec("supervisor.queue", lambda: translate("SupervisorPage", "Approvals"),
             (Operation.VIEW_QUEUE,), SupervisorPage, order=20),
    PageSpec("supervisor.outbox", lambda: translate("SupervisorPage", "Letters"),
             (Operation.VIEW_OUTBOX,), SupervisorOutboxPage, order=30),
]
