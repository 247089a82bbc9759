"""The customer record as an agent sees it: personal data masked, each field unmasked only on
an explicit action with a reason (the core audits it), the withdrawal account, recent contact
changes, recent requests, and the recent calls with their outcomes and notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from authdesk.core.calls import CallInfo
from authdesk.core.customers import CustomerProfile, RequestView
from authdesk.core.roles import Operation
from authdesk.gui.customers.withdrawal import CancelByReferenceDialog, WithdrawalLockBox
from authdesk.gui.kit.i18n import format_datetime
from authdesk.gui.kit.page import PageContext
from authdesk.gui.kit.tablemodel import RowsTableModel
from authdesk.gui.kit.texts import (
    account_type_label,
    call_channel_label,
    call_outcome_label,
    contact_field_label,
    request_status_label,
)
from authdesk.gui.kit.widgets import FormMessage, ReasonDialog, Retranslating, tidy_table

# How long an unmasked value stays on screen before it is masked again.
REMASK_MS = 120_000



class AgentRecentRequestsModel(RowsTableModel):
    COLUMNS = ("id", "status", "created")
    rows: list[RequestView]

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Request"), self.tr("Status"), self.tr("Opened"))

    def cell(self, row: RequestView, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and row.reason:
            return row.reason
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "id":
            return f"#{row.id}"
        if column == "status":
            return request_status_label(row.status)
        return format_datetime(row.created_at)


class AgentRecentCallsModel(RowsTableModel):
    """The customer's latest calls, newest first, as the core lists them."""

    COLUMNS = ("time", "agent", "channel", "outcome", "note")
    rows: list[CallInfo]

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Taken"), self.tr("Staff"), self.tr("Contact"), self.tr("Outcome"),
                self.tr("Note"))

    def cell(self, row: CallInfo, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == "note":
            return row.note
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "time":
            return format_datetime(row.opened_at)
        if column == "agent":
            return row.agent
        if column == "channel":
            return call_channel_label(row.channel)
        if column == "outcome":
            return call_outcome_label(row.outcome)
        return row.note or ""


class AgentUnmaskDialog(ReasonDialog):
    """Asks why the full value is needed; the reason goes into the audit log."""

    def __init__(self, field_label: str, parent: QWidget | None = None) -> None:
        super().__init__("unmask", parent)
        self.ask(
            title=self.tr("Show the full {field}").format(field=field_label),
            explanation=self.tr(
                "The full {field} is shown only with a reason, and the reason is kept in the "
                "audit log with your name. Why do you need it?").format(field=field_label),
            example=self.tr("e.g. checking the address on the caller's driver's licence"),
            action=self.tr("Show"), action_name="unmaskShow", width=460)


class AgentProfilePanel(Retranslating, QWidget):
    """Shows one ``CustomerProfile``. Unmasking goes through the core, with a reason."""

    UNMASKABLE = ("birth_date", "phone", "email", "address", "account_number")

    unmasked = Signal(str)
    """A field's clear value is on screen (the field name)."""
    request_opened = Signal(int)
    """The agent chose one of the recent requests (its id)."""
    record_changed = Signal()
    """A change was cancelled by reference, or the withdrawal lock changed: read it again."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.profile: CustomerProfile | None = None
        self.clear: dict[str, str] = {}
        self.dialog: AgentUnmaskDialog | None = None

        self.personal_box = QGroupBox(self)
        form = QFormLayout(self.personal_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self.show_buttons: dict[str, QPushButton] = {}
        for name in ("name_kanji", "name_kana", "number", "birth_date", "phone", "email",
                     "address"):
            caption = QLabel(self)
            value = QLabel(self)
            value.setObjectName(f"profile_{name}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.captions[name], self.values[name] = caption, value
            if name in self.UNMASKABLE:
                form.addRow(caption, self._with_button(name, value))
            else:
                form.addRow(caption, value)

        self.account_box = QGroupBox(self)
        account_form = QFormLayout(self.account_box)
        self.account_captions = {key: QLabel(self) for key in ("bank", "branch", "type",
                                                                "number", "holder")}
        self.account_values = {key: QLabel(self) for key in self.account_captions}
        for key, caption in self.account_captions.items():
            value = self.account_values[key]
            value.setObjectName(f"account_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if key == "number":
                self.values["account_number"] = value
                account_form.addRow(caption, self._with_button("account_number", value))
            else:
                account_form.addRow(caption, value)

        self.changes_box = QGroupBox(self)
        self.changes = QLabel(self.changes_box)
        self.changes.setObjectName("recentContactChanges")
        self.changes.setWordWrap(True)
        QVBoxLayout(self.changes_box).addWidget(self.changes)

        self.requests_box = QGroupBox(self)
        self.requests_model = AgentRecentRequestsModel(self)
        self.requests = QTableView(self.requests_box)
        self.requests.setObjectName("recentRequests")
        self.requests.setModel(self.requests_model)
        # The status takes the spare width: the number and the date are short and fixed.
        tidy_table(self.requests, stretch=AgentRecentRequestsModel.COLUMNS.index("status"))
        self.requests.setMinimumHeight(90)
        self.requests.setMaximumHeight(160)  # a few at most; the calls below get the room
        self.requests.activated.connect(self._request_activated)
        # Why a request was rejected (or cancelled), in full: the caller will ask.
        self.request_reasons = QLabel(self.requests_box)
        self.request_reasons.setObjectName("requestReasons")
        self.request_reasons.setWordWrap(True)
        self.request_reasons.setStyleSheet("color: #8d5d00;")
        self.request_reasons.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        requests_column = QVBoxLayout(self.requests_box)
        requests_column.addWidget(self.requests)
        requests_column.addWidget(self.request_reasons)
        # withdrawal-account lock and cancel by reference (issue 11)
        self.cancel_reference_button = QPushButton(self.requests_box)
        self.cancel_reference_button.setObjectName("cancelByReferenceButton")
        self.cancel_reference_button.setAutoDefault(False)
        self.cancel_reference_button.clicked.connect(self.ask_cancel_by_reference)
        self.cancel_reference_button.setVisible(context.may(Operation.CANCEL_BY_REFERENCE))
        self.cancel_dialog: CancelByReferenceDialog | None = None
        requests_column.addWidget(self.cancel_reference_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.lock_box = WithdrawalLockBox(context, self)
        self.lock_box.lock_changed.connect(lambda _lock: self.record_changed.emit())

        self.calls_box = QGroupBox(self)
        self.calls_box.setObjectName("recentCallsBox")
        self.calls_model = AgentRecentCallsModel(self)
        self.calls = QTableView(self.calls_box)
        self.calls.setObjectName("recentCalls")
        self.calls.setModel(self.calls_model)
        tidy_table(self.calls, stretch=len(AgentRecentCallsModel.COLUMNS) - 1)
        # A note is read whole: it wraps, and its row grows (a few rows, newest first).
        self.calls.setWordWrap(True)
        self.calls.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.calls.setMinimumHeight(130)
        self.calls_empty = QLabel(self.calls_box)
        self.calls_empty.setObjectName("recentCallsEmpty")
        self.calls_empty.setStyleSheet("color: palette(mid);")
        calls_column = QVBoxLayout(self.calls_box)
        calls_column.addWidget(self.calls, 1)
        calls_column.addWidget(self.calls_empty)

        self.message = FormMessage(self)
        self.message.setObjectName("profileMessage")
        self.remask_timer = QTimer(self)
        self.remask_timer.setSingleShot(True)
        self.remask_timer.setInterval(REMASK_MS)
        self.remask_timer.timeout.connect(self.remask)

        left = QVBoxLayout()
        left.addWidget(self.personal_box)
        left.addWidget(self.changes_box)
        left.addWidget(self.lock_box)  # withdrawal-account lock (issue 11)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.account_box)
        right.addWidget(self.requests_box, 1)
        columns = QHBoxLayout()
        # Even halves: the requests' status ("approved (cooling-off)") needs the room.
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(columns)
        outer.addWidget(self.calls_box, 1)
        outer.addWidget(self.message)
        self.retranslate_ui()

    def _with_button(self, name: str, value: QLabel) -> QWidget:
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(value, 1)
        button = QPushButton(holder)
        button.setObjectName(f"unmask_{name}")
        button.setAutoDefault(False)
        button.clicked.connect(lambda _c=False, n=name: self.ask_unmask(n))
        self.show_buttons[name] = button
        row.addWidget(button)
        return holder

    # -- texts ---------------------------------------------------------------------------------

    def field_label(self, name: str) -> str:
        return {
            "name_kanji": self.tr("Name"),
            "name_kana": self.tr("Name (kana)"),
            "number": self.tr("Customer no."),
            "birth_date": self.tr("Date of birth"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "address": self.tr("Address"),
            "account_number": self.tr("Account number"),
        }[name]

    def retranslate_ui(self) -> None:
        self.personal_box.setTitle(self.tr("Customer"))
        self.account_box.setTitle(self.tr("Withdrawal account now"))
        self.changes_box.setTitle(self.tr("Contact details changed recently"))
        self.requests_box.setTitle(self.tr("Recent change requests"))
        self.cancel_reference_button.setText(self.tr("Cancel by reference…"))
        self.calls_box.setTitle(self.tr("Recent calls"))
        self.calls_empty.setText(self.tr("No calls about this customer yet."))
        self.calls_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                                len(AgentRecentCallsModel.COLUMNS) - 1)
        self.calls_model.dataChanged.emit(
            self.calls_model.index(0, 0),
            self.calls_model.index(max(0, self.calls_model.rowCount() - 1),
                                   len(AgentRecentCallsModel.COLUMNS) - 1))
        for name, caption in self.captions.items():
            caption.setText(self.field_label(name))
        for key, caption in self.account_captions.items():
            caption.setText({"bank": self.tr("Bank"), "branch": self.tr("Branch"),
                             "type": self.tr("Type"), "number": self.tr("Number"),
                             "holder": self.tr("Holder")}[key])
        for name, button in self.show_buttons.items():
            button.setText(self.tr("Show…"))
            button.setToolTip(self.tr("Show the full {field}; asks for a reason, which is "
                                      "audited").format(field=self.field_label(name)))
        self.requests_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        self._render()

    # -- showing -------------------------------------------------------------------------------

    def set_profile(self, profile: CustomerProfile | None) -> None:
        same = (profile is not None and self.profile is not None
                and profile.id == self.profile.id)
        self.profile = profile
        if not same:
            self.clear = {}
            self.message.clear_message()
        self.requests_model.set_rows(list(profile.recent_requests) if profile else [])
        self.lock_box.set_customer(profile)
        self._render()

    def set_calls(self, calls: list[CallInfo]) -> None:
        """The customer's recent calls, as the core listed them with the record."""
        self.calls_model.set_rows(calls)
        self.calls_empty.setVisible(not calls)

    def _render(self) -> None:
        profile = self.profile
        if profile is None:
            for label in (*self.values.values(), *self.account_values.values()):
                label.clear()
            self.changes.clear()
            self.request_reasons.hide()
            return
        shown = {
            "name_kanji": profile.name_kanji,
            "name_kana": profile.name_kana,
            "number": profile.number,
            "birth_date": profile.birth_date.replace("-", "/"),  # the screens' date form
            "phone": profile.phone,
            "email": profile.email or self.tr("(none)"),
            "address": profile.address,
            "account_number": profile.account.account_number if profile.account else "—",
        }
        for name, value in shown.items():
            clear = self.clear.get(name)
            if clear is not None and name == "birth_date":
                clear = clear.replace("-", "/")
            label = self.values[name]
            label.setText(clear if clear is not None else value)
            label.setStyleSheet("color: #0d47a1; font-weight: bold;" if clear is not None
                                else "")
            if name in self.show_buttons:
                available = clear is None and not (name == "email" and not profile.email) \
                    and not (name == "account_number" and profile.account is None)
                self.show_buttons[name].setEnabled(available)
        account = profile.account
        if account is None:
            for key in ("bank", "branch", "type", "holder"):
                self.account_values[key].setText("—")
        else:
            self.account_values["bank"].setText(f"{account.bank_name} ({account.bank_code})")
            self.account_values["branch"].setText(
                f"{account.branch_name} ({account.branch_code})")
            self.account_values["type"].setText(account_type_label(account.account_type))
            self.account_values["holder"].setText(account.holder)
        if profile.recent_contact_changes:
            lines = [self.tr("{field} changed {when} by {who}").format(
                field=contact_field_label(c.field), when=format_datetime(c.changed_at),
                who=c.changed_by) for c in profile.recent_contact_changes]
            self.changes.setText("\n".join(lines))
            self.changes.setStyleSheet("color: #8d5d00;")
        else:
            self.changes.setText(self.tr("None in the recent window."))
            self.changes.setStyleSheet("")
        self._render_reasons(profile)

    def _render_reasons(self, profile: CustomerProfile) -> None:
        lines = []
        for request in profile.recent_requests:
            if not request.reason:
                continue
            sentence = (self.tr("#{id} was rejected on {when}. Reason: {reason}")
                        if request.status == "rejected" else
                        self.tr("#{id} was cancelled on {when}. Reason: {reason}"))
            lines.append(sentence.format(id=request.id, when=format_datetime(request.closed_at),
                                         reason=request.reason))
        self.request_reasons.setText("\n".join(lines))
        self.request_reasons.setVisible(bool(lines))

    # -- unmasking -----------------------------------------------------------------------------

    def ask_unmask(self, name: str) -> AgentUnmaskDialog | None:
        if self.profile is None:
            return None
        dialog = AgentUnmaskDialog(self.field_label(name), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._unmask(name, dialog.reason.text()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _unmask(self, name: str, reason: str) -> None:
        profile = self.profile
        if profile is None:
            return
        desk, handle = self.context.desk, self.context.handle

        def shown(value: str) -> None:
            if self.profile is None or self.profile.id != profile.id:
                return
            self.clear[name] = value
            self.message.show_info(self.tr("The full {field} is shown for two minutes; this "
                                           "was recorded in the audit log.").format(
                field=self.field_label(name)))
            self._render()
            self.remask_timer.start()
            self.unmasked.emit(name)

        self.context.run(lambda: desk.customers.unmask(handle, profile.id, name, reason),
                         shown, self.message.show_error, owner=self, action=True)

    def remask(self) -> None:
        self.clear = {}
        self.message.clear_message()
        self._render()

    def _request_activated(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.requests_model.rows):
            self.request_opened.emit(self.requests_model.rows[index.row()].id)

    # -- cancel by reference (issue 11) --------------------------------------------------------

    def ask_cancel_by_reference(self) -> CancelByReferenceDialog | None:
        if self.profile is None:
            return None
        dialog = CancelByReferenceDialog(self.context, self.profile, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.cancelled.connect(lambda _summary: self.record_changed.emit())
        self.cancel_dialog = dialog
        dialog.open()
        dialog.reference.setFocus()
        return dialog
