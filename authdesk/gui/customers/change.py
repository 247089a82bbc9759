"""Change the withdrawal account, step by step: the new account, then the evidence its risk
requires, then off to a supervisor.

1. *New account*: bank and branch names appear as the codes are typed (the Zengin master via
   ``bank.lookup_bank`` / ``lookup_branch``); the holder name is compared with the registered
   kana name as it is typed (``kana.compare_names``), both normalised, side by side.
2. *Evidence*: the core creates the draft and assesses its risk; the page shows the level, the
   reasons and the checklist the risk requires, each document checked in a small form, and the
   call-back where the risk asks for one.
3. *Sent*: the request waits for a supervisor.

Whether the form is open is the core's answer (``requests.creation_gate``): closed, with the
core's sentence, while there is no open call, while the customer has an authenticator and this
agent has not verified them in this call, or while it is locked. ``create`` refuses the same.
The request's channel is the call's: a phone call or a mail item.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from authdesk.core.bank import AccountType, lookup_bank, lookup_branch
from authdesk.core.calls import NoOpenCall
from authdesk.core.customers import CustomerProfile
from authdesk.core.errors import AuthDeskError
from authdesk.core.evidence import DocumentInput, DocumentRecord
from authdesk.core.kana import NameOutcome, compare_names, normalise_holder_name
from authdesk.core.kernel import SessionLocked
from authdesk.core.requests import (
    CreationGate,
    NameMismatch,
    RequestDetail,
    RequestStatus,
    RequestSummary,
    VerificationNeeded,
    draft_problems,
)
from authdesk.core.risk import EvidenceKind
from authdesk.core.roles import Operation
from authdesk.gui.customers.documents import AgentDocumentForm
from authdesk.gui.kit.focus import enter_moves_on, focus_on
from authdesk.gui.kit.i18n import format_date, format_datetime
from authdesk.gui.kit.messages import error_text
from authdesk.gui.kit.page import PageContext
from authdesk.gui.kit.texts import (
    account_type_label,
    call_channel_label,
    check_label,
    close_rule_label,
    document_label,
    evidence_text,
    name_outcome_color,
    request_status_label,
    risk_color,
    risk_label,
    risk_reason_text,
)
from authdesk.gui.kit.widgets import FormMessage, Retranslating, monospace_font

_GREEN, _AMBER, _RED, _GREY = "#1b5e20", "#8d5d00", "#b00020", "#555555"

ACCOUNT, EVIDENCE, SENT = 0, 1, 2


def _digits_validator(length: int, parent: QWidget) -> QRegularExpressionValidator:
    # ASCII or full-width digits (Japanese IMEs type the latter); the core folds them.
    return QRegularExpressionValidator(QRegularExpression(f"[0-9０-９]{{0,{length}}}"), parent)


class AgentNameMatchView(Retranslating, QFrame):
    """The registered kana name and the account holder name, both normalised, side by side,
    and the outcome: match / close match / no match."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nameMatch")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.registered_caption, self.holder_caption = QLabel(self), QLabel(self)
        self.registered, self.holder = QLabel(self), QLabel(self)
        self.registered.setObjectName("nameRegistered")
        self.holder.setObjectName("nameHolder")
        for label in (self.registered, self.holder):
            label.setFont(monospace_font(2))
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("nameOutcome")
        self.outcome.setWordWrap(True)
        self.result: str | None = None
        self._rule: str | None = None
        self._error: BaseException | None = None
        self._problem: AuthDeskError | None = None
        grid = QGridLayout(self)
        grid.addWidget(self.registered_caption, 0, 0)
        grid.addWidget(self.holder_caption, 0, 1)
        grid.addWidget(self.registered, 1, 0)
        grid.addWidget(self.holder, 1, 1)
        grid.addWidget(self.outcome, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.registered_caption.setText(self.tr("Registered name (normalised)"))
        self.holder_caption.setText(self.tr("Account holder (normalised)"))
        self._render()

    def compare(self, registered_kana: str, typed: str) -> str | None:
        """Show the comparison; returns the outcome ('match', 'close', 'no_match') or None."""
        self._error = None
        self.result = self._rule = None
        if not typed.strip():
            self.registered.setText(compare_names(registered_kana, "").registered)
            self.holder.setText("")
            self._render()
            return None
        try:
            normalise_holder_name(typed)
        except AuthDeskError as error:  # a character bank transfers cannot carry
            self._error = error
        match = compare_names(registered_kana, typed)
        self.registered.setText(match.registered)
        self.holder.setText(match.holder)
        if self._error is None:
            self.result = str(match.outcome)
            self._rule = str(match.rule) if match.rule else None
        self._render()
        return self.result

    def set_problem(self, problem: AuthDeskError | None) -> None:
        """What the form found wrong with the holder name (the agent pressed Next or left the
        field): shown in red instead of the grey prompt."""
        self._problem = problem
        self._render()

    def _render(self) -> None:
        if self._error is not None:
            self._set(error_text(self._error), _RED)
        elif self._problem is not None and self.result is None:
            self._set(error_text(self._problem), _RED)
        elif self.result is None:
            self._set(self.tr("Type the holder name as written on the account (katakana)."),
                      _GREY)
        else:
            text = {"match": self.tr("✓ Match"),
                    "close": self.tr("≈ Close match — {rule}. Write down why they differ."),
                    "no_match": self.tr("✗ No match — the account must be in the customer's own "
                                        "name.")}[self.result]
            self._set(text.format(rule=close_rule_label(self._rule)),
                      name_outcome_color(self.result))

    def _set(self, text: str, color: str) -> None:
        self.outcome.setText(text)
        self.outcome.setStyleSheet(f"color: {color}; font-weight: 600;")


class AgentChangeForm(Retranslating, QWidget):
    submitted = Signal(object)
    """The request went to a supervisor (its ``RequestSummary``)."""
    draft_changed = Signal(object)
    """The draft's evidence was read again (its ``RequestDetail``)."""
    verify_requested = Signal()
    """The agent should verify the customer first."""
    new_caller_requested = Signal()
    """There is no open call: the agent takes the caller now, going on with this customer."""
    evidence_recorded = Signal()
    """A document or call-back was saved (tests wait for it)."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.profile: CustomerProfile | None = None
        self.creation_gate: CreationGate | None = None  # the core's answer for this customer
        self.detail: RequestDetail | None = None
        self.sent: RequestSummary | None = None
        self.busy = False

        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.steps = QLabel(self)
        self.steps.setObjectName("changeSteps")
        self.gate = QFrame(self)
        self.gate.setObjectName("changeGate")
        self.gate.setStyleSheet("#changeGate { background: #fff3e0; border: 1px solid #f9a825; "
                                "border-radius: 6px; }")
        self.gate_text = QLabel(self.gate)
        self.gate_text.setObjectName("changeGateText")
        self.gate_text.setWordWrap(True)
        self.gate_button = QPushButton(self.gate)
        self.gate_button.setObjectName("changeGateVerify")
        self.gate_button.clicked.connect(self._gate_button_clicked)
        gate_row = QHBoxLayout(self.gate)
        gate_row.addWidget(self.gate_text, 1)
        gate_row.addWidget(self.gate_button)

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("changeStack")
        self.stack.addWidget(self._build_account_step())
        self.stack.addWidget(self._build_evidence_step())
        self.stack.addWidget(self._build_sent_step())
        self.stack.currentChanged.connect(lambda _i: self._render_steps())

        column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addWidget(self.steps)
        column.addWidget(self.gate)
        column.addWidget(self.stack, 1)
        self.retranslate_ui()
        self._apply_gate()

    # -- building ------------------------------------------------------------------------------

    def _build_account_step(self) -> QWidget:
        page = QWidget(self)
        self.bank_code = QLineEdit(page)
        self.bank_code.setObjectName("bankCode")
        self.bank_code.setValidator(_digits_validator(4, page))
        self.bank_code.setMaximumWidth(90)
        self.bank_name = QLabel(page)
        self.bank_name.setObjectName("bankName")
        self.branch_code = QLineEdit(page)
        self.branch_code.setObjectName("branchCode")
        self.branch_code.setValidator(_digits_validator(3, page))
        self.branch_code.setMaximumWidth(90)
        self.branch_name = QLabel(page)
        self.branch_name.setObjectName("branchName")
        self.account_type = QComboBox(page)
        self.account_type.setObjectName("accountType")
        self.account_type.setMaximumWidth(260)
        for kind in AccountType:
            self.account_type.addItem(account_type_label(kind), kind.value)
        self.account_number = QLineEdit(page)
        self.account_number.setObjectName("accountNumber")
        self.account_number.setValidator(_digits_validator(7, page))
        self.account_number.setMaximumWidth(140)
        self.holder = QLineEdit(page)
        self.holder.setObjectName("holderName")
        self.name_match = AgentNameMatchView(page)
        self.close_reason = QLineEdit(page)
        self.close_reason.setObjectName("closeMatchReason")
        # The call's channel, not a choice: a request comes from the call it was made in.
        self.channel = QLabel(page)
        self.channel.setObjectName("requestChannel")
        self.context.calls.changed.connect(lambda _call: self._render_channel())
        self.notes = QLineEdit(page)
        self.notes.setObjectName("requestNotes")
        self.account_message = FormMessage(page)
        self.account_message.setObjectName("accountMessage")
        self.create_button = QPushButton(page)
        self.create_button.setObjectName("createRequest")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_draft)

        bank_row = QHBoxLayout()
        bank_row.addWidget(self.bank_code)
        bank_row.addWidget(self.bank_name, 1)
        branch_row = QHBoxLayout()
        branch_row.addWidget(self.branch_code)
        branch_row.addWidget(self.branch_name, 1)
        self.account_form = QFormLayout()
        self.account_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.account_labels = {key: QLabel(page) for key in (
            "bank", "branch", "type", "number", "holder", "reason", "channel", "notes")}
        buddies = {"bank": self.bank_code, "branch": self.branch_code, "type": self.account_type,
                   "number": self.account_number, "holder": self.holder,
                   "reason": self.close_reason, "channel": self.channel, "notes": self.notes}
        for key, label in self.account_labels.items():
            label.setBuddy(buddies[key])
        # Each field's problem (``requests.draft_problems``) sits under it, shown once the
        # agent has left the field or pressed Next, and gone as soon as the field is fixed.
        self.fields: dict[str, QWidget] = {
            "bank_code": self.bank_code, "branch_code": self.branch_code,
            "account_type": self.account_type, "account_number": self.account_number,
            "holder": self.holder, "close_match_reason": self.close_reason, "notes": self.notes}
        self.problems: dict[str, FormMessage] = {}
        for field in self.fields:
            if field == "holder":
                continue  # said in the name-match view right under the field
            problem = FormMessage(page)
            problem.setObjectName(f"problem_{field}")
            problem.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            # As tall as its words at the field's width: the form keeps no gap around it.
            problem.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self.problems[field] = problem
        self._problems_shown: set[str] = set()
        rows: list[tuple[str, QWidget | QHBoxLayout, str | None]] = [
            ("bank", bank_row, "bank_code"), ("branch", branch_row, "branch_code"),
            ("type", self.account_type, "account_type"),
            ("number", self.account_number, "account_number"),
            ("holder", self.holder, "holder"), ("", self.name_match, None),
            ("reason", self.close_reason, "close_match_reason"),
            ("channel", self.channel, None), ("notes", self.notes, "notes")]
        for key, field_item, problem_of in rows:
            cell = QVBoxLayout()
            cell.setSpacing(2)
            if isinstance(field_item, QWidget) and field_item.maximumWidth() < 10_000:
                # A narrow field keeps its width; its problem gets the row's.
                narrow = QHBoxLayout()
                narrow.addWidget(field_item)
                narrow.addStretch(1)
                cell.addLayout(narrow)
            elif isinstance(field_item, QWidget):
                cell.addWidget(field_item)
            else:
                cell.addLayout(field_item)
            if problem_of in self.problems:
                cell.addWidget(self.problems[problem_of])
                self.problems[problem_of].hide()
            self.account_form.addRow(self.account_labels[key] if key else QLabel(page), cell)
        self._reason_row = [key for key, _item, _p in rows].index("reason")
        self.account_form.setRowVisible(self._reason_row, False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        column = QVBoxLayout(page)
        column.addLayout(self.account_form)
        column.addWidget(self.account_message)
        column.addLayout(buttons)
        column.addStretch(1)

        self.bank_code.textChanged.connect(self._bank_typed)
        self.branch_code.textChanged.connect(self._bank_typed)
        self.holder.textChanged.connect(self._holder_typed)
        for field, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self._account_edited)
                widget.editingFinished.connect(lambda f=field: self._field_left(f))
        self.account_type.currentIndexChanged.connect(self._account_edited)
        # Enter moves on through the account; after the holder name (or the reason a close
        # match needs) it asks for the next step. The notes are optional: Tab reaches them.
        enter_moves_on(self.bank_code, self.branch_code, self.account_type,
                       self.account_number, self.holder, self.close_reason,
                       then=self.create_draft, owner=self)
        self.notes.returnPressed.connect(self.create_draft)
        return page

    def _build_evidence_step(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget(scroll)
        self.request_title = QLabel(page)
        self.request_title.setObjectName("requestTitle")
        self.request_title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.request_account = QLabel(page)
        self.request_account.setObjectName("requestAccount")
        self.request_account.setWordWrap(True)
        self.risk_box = QGroupBox(page)
        self.risk = QLabel(self.risk_box)
        self.risk.setObjectName("riskView")
        self.risk.setWordWrap(True)
        self.risk.setTextFormat(Qt.TextFormat.RichText)
        QVBoxLayout(self.risk_box).addWidget(self.risk)
        self.checklist_box = QGroupBox(page)
        self.checklist = QLabel(self.checklist_box)
        self.checklist.setObjectName("evidenceChecklist")
        self.checklist.setWordWrap(True)
        self.checklist.setTextFormat(Qt.TextFormat.RichText)
        self.documents = QLabel(self.checklist_box)
        self.documents.setObjectName("documentsRecorded")
        self.documents.setWordWrap(True)
        self.documents.setTextFormat(Qt.TextFormat.RichText)
        checklist_column = QVBoxLayout(self.checklist_box)
        checklist_column.addWidget(self.checklist)
        checklist_column.addWidget(self.documents)
        self.document_form = AgentDocumentForm(self.context, page)
        self.document_form.document_ready.connect(self.attach_document)

        self.callback_box = QGroupBox(page)
        self.callback_box.setObjectName("callbackBox")
        self.callback_explain = QLabel(self.callback_box)
        self.callback_explain.setWordWrap(True)
        self.callback_note = QLineEdit(self.callback_box)
        self.callback_note.setObjectName("callbackNote")
        self.callback_button = QPushButton(self.callback_box)
        self.callback_button.setObjectName("recordCallback")
        self.callback_button.clicked.connect(self.record_callback)
        self.callback_note.returnPressed.connect(self.record_callback)
        self.callback_done = QLabel(self.callback_box)
        self.callback_done.setObjectName("callbackDone")
        self.callback_done.setWordWrap(True)
        callback_row = QHBoxLayout()
        callback_row.addWidget(self.callback_note, 1)
        callback_row.addWidget(self.callback_button)
        callback_column = QVBoxLayout(self.callback_box)
        callback_column.addWidget(self.callback_explain)
        callback_column.addLayout(callback_row)
        callback_column.addWidget(self.callback_done)

        self.evidence_message = FormMessage(page)
        self.evidence_message.setObjectName("evidenceMessage")
        self.submit_button = QPushButton(page)
        self.submit_button.setObjectName("submitRequest")
        self.submit_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        # Two columns, so risk, checklist and the document form are all in view at once.
        left = QVBoxLayout()
        left.addWidget(self.risk_box)
        left.addWidget(self.checklist_box)
        left.addWidget(self.callback_box)
        left.addWidget(self.evidence_message)
        left.addLayout(buttons)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.document_form)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        column = QVBoxLayout(page)
        column.addWidget(self.request_title)
        column.addWidget(self.request_account)
        column.addLayout(columns, 1)
        scroll.setWidget(page)
        return scroll

    def _build_sent_step(self) -> QWidget:
        page = QWidget(self)
        self.sent_text = QLabel(page)
        self.sent_text.setObjectName("sentText")
        self.sent_text.setWordWrap(True)
        self.sent_text.setStyleSheet("font-size: 12pt;")
        column = QVBoxLayout(page)
        column.addWidget(self.sent_text)
        column.addStretch(1)
        return page

    # -- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Change withdrawal account"))
        texts = {"bank": self.tr("&Bank code"), "branch": self.tr("B&ranch code"),
                 "type": self.tr("Account t&ype"), "number": self.tr("Account &number"),
                 "holder": self.tr("Hold&er name"), "reason": self.tr("Why they &differ"),
                 "channel": self.tr("Request came"), "notes": self.tr("N&otes")}
        for key, label in self.account_labels.items():
            label.setText(texts[key])
        for index in range(self.account_type.count()):
            self.account_type.setItemText(index,
                                          account_type_label(self.account_type.itemData(index)))
        self._render_channel()
        self.bank_code.setPlaceholderText(self.tr("4 digits"))
        self.branch_code.setPlaceholderText(self.tr("3 digits"))
        self.account_number.setPlaceholderText(self.tr("7 digits"))
        self.holder.setPlaceholderText(self.tr("katakana, as on the account, e.g. ﾐﾎﾝ ﾀﾛｳ"))
        self.close_reason.setPlaceholderText(self.tr("e.g. the bank writes the long vowel "
                                                     "differently"))
        self.notes.setPlaceholderText(self.tr("optional, for the supervisor"))
        self.create_button.setText(self.tr("Next: check the ris&k →"))
        self.risk_box.setTitle(self.tr("Risk"))
        self.checklist_box.setTitle(self.tr("Evidence this risk requires"))
        self.callback_box.setTitle(self.tr("Call-back to the registered phone number"))
        self.callback_note.setPlaceholderText(self.tr("what the customer confirmed on the "
                                                      "call-back"))
        self.callback_button.setText(self.tr("Record call-bac&k"))
        self.submit_button.setText(self.tr("Send &to a supervisor"))
        self._bank_typed()
        self._holder_typed()
        self._render_gate()
        self._render_steps()
        self._render_detail()
        self._render_sent()

    def _render_steps(self) -> None:
        names = [self.tr("1 New account"), self.tr("2 Evidence"), self.tr("3 Sent")]
        current = self.stack.currentIndex()
        parts = [f"<b>{html.escape(n)}</b>" if i == current else html.escape(n)
                 for i, n in enumerate(names)]
        self.steps.setText("  →  ".join(parts))

    # -- the gate ------------------------------------------------------------------------------

    def set_customer(self, profile: CustomerProfile | None, gate: CreationGate | None) -> None:
        if profile is None or self.profile is None or profile.id != self.profile.id:
            self.reset()
        self.profile = profile
        self.creation_gate = gate
        self._apply_gate()
        if profile is not None:
            self._holder_typed()

    def set_gate(self, gate: CreationGate | None) -> None:
        """The core's answer again (after a verification, or when one went stale)."""
        was_closed = not self.stack.isEnabled()
        self.creation_gate = gate
        self._apply_gate()
        if was_closed and self.stack.isEnabled() and self.isVisible():
            self.focus_first()  # opened while the agent looks at it: the first field

    def gate_reason(self) -> str | None:
        """Why the form is closed now, in the core's words, or None."""
        profile = self.profile
        if profile is None:
            return self.tr("Find and open the customer's record first.")
        if not self.context.may(Operation.CREATE_REQUEST):
            return self.tr("Your role cannot open change requests.")
        if self.stack.currentIndex() == SENT:
            return None
        gate = self.creation_gate
        if gate is None:
            return self.tr("Checking whether a change can be made…")
        return error_text(gate.refusal) if gate.refusal is not None else None

    def _apply_gate(self) -> None:
        reason = self.gate_reason()
        self.stack.setEnabled(reason is None and not self.busy)
        self._render_gate()

    def _render_gate(self) -> None:
        reason = self.gate_reason()
        self.gate.setVisible(reason is not None)
        self.gate_text.setText(reason or "")
        refusal = self.creation_gate.refusal if self.creation_gate is not None else None
        if isinstance(refusal, VerificationNeeded):
            self.gate_button.setText(self.tr("Go to &identity verification"))
        elif isinstance(refusal, NoOpenCall):
            self.gate_button.setText(self.tr("&Take the caller now"))
        self.gate_button.setVisible(reason is not None and self.profile is not None
                                    and isinstance(refusal, (VerificationNeeded, NoOpenCall)))

    def _gate_button_clicked(self) -> None:
        refusal = self.creation_gate.refusal if self.creation_gate is not None else None
        if isinstance(refusal, NoOpenCall):
            self.new_caller_requested.emit()
        else:
            self.verify_requested.emit()

    def _render_channel(self) -> None:
        call = self.context.calls.current
        if call is None:
            self.channel.setText(self.tr("— (no open call)"))
        else:
            self.channel.setText(self.tr("in this call ({channel})").format(
                channel=call_channel_label(call.channel)))

    def focus_first(self) -> None:
        if not self.stack.isEnabled():
            self.gate_button.setFocus()
        elif self.stack.currentIndex() == ACCOUNT:
            self.bank_code.setFocus()
        elif self.stack.currentIndex() == EVIDENCE:
            focus_on(self.next_action())

    def next_action(self) -> QWidget:
        """The widget of the evidence step's next action: the first evidence still missing
        (a document, the call-back), or Send when nothing is."""
        detail = self.detail
        missing = {item.kind for item in detail.missing} if detail is not None else set()
        if missing - {EvidenceKind.CALLBACK} and self.document_form.isVisibleTo(self):
            return self.document_form.doc_type
        if EvidenceKind.CALLBACK in missing and self.callback_note.isEnabled():
            return self.callback_note
        return self.submit_button

    def reset(self) -> None:
        self.detail = None
        self.sent = None
        for edit in (self.bank_code, self.branch_code, self.account_number, self.holder,
                     self.close_reason, self.notes, self.callback_note):
            edit.clear()
        self.account_type.setCurrentIndex(0)
        self.account_message.clear_message()
        self._problems_shown.clear()
        self._show_problems()
        self.evidence_message.clear_message()
        self.document_form.reset()
        self.stack.setCurrentIndex(ACCOUNT)

    # -- step 1: the new account ---------------------------------------------------------------

    def _bank_typed(self, _text: str = "") -> None:
        bank_code, branch_code = self.bank_code.text(), self.branch_code.text()
        bank = lookup_bank(bank_code) if len(bank_code) == 4 else None
        if len(bank_code) < 4:
            self._say(self.bank_name, "", _GREY)
        elif bank is None:
            self._say(self.bank_name, self.tr("✗ not in the Zengin bank list"), _RED)
        else:
            self._say(self.bank_name, f"{bank.name}（{bank.kana}）", _GREEN)
        branch = lookup_branch(bank_code, branch_code) if bank and len(branch_code) == 3 else None
        if len(branch_code) < 3 or bank is None:
            self._say(self.branch_name, "", _GREY)
        elif branch is None:
            self._say(self.branch_name, self.tr("✗ no such branch at {bank}").format(
                bank=bank.name), _RED)
        else:
            self._say(self.branch_name, f"{branch.name}（{branch.kana}）", _GREEN)

    def _holder_typed(self, _text: str = "") -> None:
        registered = self.profile.name_kana if self.profile else ""
        outcome = self.name_match.compare(registered, self.holder.text())
        close = outcome == NameOutcome.CLOSE
        self.account_form.setRowVisible(self._reason_row, close)
        self._show_problems()  # showing the row shows its problem label too

    def account_values(self) -> dict[str, Any]:
        """The first step as typed, in the core's words."""
        return {
            "bank_code": self.bank_code.text(), "branch_code": self.branch_code.text(),
            "account_type": str(self.account_type.currentData()),
            "account_number": self.account_number.text(), "holder": self.holder.text(),
            "close_match_reason": self.close_reason.text()
            if self.account_form.isRowVisible(self._reason_row) else None,
            "notes": self.notes.text() or None,
        }

    def account_problems(self) -> dict[str, AuthDeskError]:
        """Every problem of the first step as the core judges it (``draft_problems``)."""
        registered = self.profile.name_kana if self.profile else ""
        return draft_problems(registered_kana=registered, **self.account_values())

    def _account_edited(self, *_args: object) -> None:
        self.account_message.clear_message()  # a refusal of what was typed before
        self._show_problems()

    def _field_left(self, field: str) -> None:
        widget = self.fields[field]
        if isinstance(widget, QLineEdit) and widget.text().strip():
            self._problems_shown.add(field)
            self._show_problems()

    def _show_problems(self) -> dict[str, AuthDeskError]:
        problems = self.account_problems() if self.profile is not None else {}
        shown = {field: error for field, error in problems.items()
                 if field in self._problems_shown}
        self.name_match.set_problem(shown.get("holder"))
        for field, label in self.problems.items():
            error = shown.get(field)
            if error is None:
                label.clear_message()
            else:
                label.show_error(error)
            label.setVisible(error is not None)
        return problems

    def create_draft(self) -> None:
        profile = self.profile
        if profile is None or self.busy or self.gate_reason() is not None:
            return
        self._problems_shown.update(self.fields)
        problems = self._show_problems()
        if problems:  # all of them beside their fields; the cursor goes to the first
            focus_on(self.fields[next(iter(problems))])
            return
        desk, handle = self.context.desk, self.context.handle
        values = self.account_values()

        def create() -> RequestDetail:
            summary = desk.requests.create(handle, profile.id, **values)
            return desk.requests.get(handle, summary.id)

        def created(detail: RequestDetail) -> None:
            self._set_busy(False)
            self.account_message.clear_message()
            self.show_detail(detail)
            self.stack.setCurrentIndex(EVIDENCE)
            self.focus_first()  # the first evidence still missing, or Send

        def refused(error: BaseException) -> None:
            self._set_busy(False)
            self.account_message.show_error(error)
            if self.isVisible():  # the cursor back where the fix goes
                focus_on(self.holder if isinstance(error, NameMismatch) else self.bank_code)

        self._set_busy(True)
        self.context.run(create, created, refused, owner=self, action=True)

    # -- step 2: evidence ----------------------------------------------------------------------

    def open_request(self, request_id: int) -> None:
        """Show an existing request: a draft to go on with, or where another one stands."""
        desk, handle = self.context.desk, self.context.handle

        def shown(detail: RequestDetail) -> None:
            if detail.status is RequestStatus.DRAFT \
                    and detail.summary.requester == self.context.me.username:
                self.show_detail(detail)
                self.stack.setCurrentIndex(EVIDENCE)
            else:
                self.sent = detail.summary
                self._render_sent()
                self.stack.setCurrentIndex(SENT)
            self._apply_gate()

        self.context.run(lambda: desk.requests.get(handle, request_id), shown,
                         self.account_message.show_error, owner=self)

    def show_detail(self, detail: RequestDetail) -> None:
        self.detail = detail
        self._render_detail()
        self.draft_changed.emit(detail)

    def _reload_detail(self, recorded: str = "") -> None:
        """Read the draft again; ``recorded`` says what evidence was just saved."""
        detail = self.detail
        if detail is None:
            return
        desk, handle = self.context.desk, self.context.handle

        def reloaded(fresh: RequestDetail) -> None:
            self.show_detail(fresh)
            if recorded:
                self.evidence_message.show_info(recorded)
                focus_on(self.next_action())
                self.evidence_recorded.emit()

        self.context.run(lambda: desk.requests.get(handle, detail.id), reloaded,
                         self.evidence_message.show_error, owner=self)

    def _render_detail(self) -> None:
        detail = self.detail
        if detail is None:
            return
        summary = detail.summary
        account = summary.account
        self.request_title.setText(self.tr("Request #{id} — {status}").format(
            id=summary.id, status=request_status_label(summary.status)))
        self.request_account.setText(self.tr(
            "New account: {bank} {branch}, {type} {number}, holder {holder}").format(
            bank=account.bank_name, branch=account.branch_name,
            type=account_type_label(account.account_type), number=account.account_number,
            holder=account.holder))
        level = str(detail.risk_level)
        reasons = "".join(f"<li>{html.escape(risk_reason_text(r))}</li>"
                          for r in detail.risk_reasons)
        heading = self.tr("Risk: {level}").format(level=risk_label(level))
        self.risk.setText(
            f"<p><span style='font-size:13pt; font-weight:600; color:{risk_color(level)}'>"
            f"{html.escape(heading)}</span></p><ul style='margin-left:-20px'>{reasons}</ul>")
        self._render_checklist(detail)
        self._render_documents(detail.documents)
        self.document_form.set_channel(summary.channel)
        required = detail.required
        self.document_form.setVisible(required.strong_documents > 0 or required.photo_id
                                      or required.bank_account_proof)
        self.callback_box.setVisible(required.callback)
        phone = self.profile.phone if self.profile else ""
        self.callback_explain.setText(self.tr(
            "Call the customer back on the registered number ({phone}), dialled from the record, "
            "never a number the caller gives. Confirm the request, then note what was said.")
            .format(phone=phone))
        if detail.callback is not None:
            self.callback_done.setText(self.tr("✓ Call-back made by {who} at {when}: {note}")
                                       .format(who=detail.callback.by,
                                               when=format_datetime(detail.callback.at),
                                               note=detail.callback.note))
            self.callback_done.setStyleSheet(f"color: {_GREEN};")
            self.callback_note.setEnabled(False)
            self.callback_button.setEnabled(False)
        else:
            self.callback_done.clear()
            self.callback_note.setEnabled(True)
            self.callback_button.setEnabled(True)
        self.submit_button.setDefault(not detail.missing)

    def _render_checklist(self, detail: RequestDetail) -> None:
        items = []
        for need in detail.required.describe():
            done = need not in detail.missing
            mark, color = ("✓", _GREEN) if done else ("☐", _RED)
            items.append(f"<div style='color:{color}'>{mark} "
                         f"{html.escape(evidence_text(need))}</div>")
        if not items:
            items.append(html.escape(self.tr("Nothing beyond the supervisor's approval.")))
        if not detail.missing:
            complete = self.tr("Complete: the request can go to a supervisor.")
            items.append(f"<p style='color:{_GREEN}; font-weight:600'>{html.escape(complete)}"
                         "</p>")
        self.checklist.setText("".join(items))

    def _render_documents(self, documents: list[DocumentRecord]) -> None:
        if not documents:
            self.documents.setText(html.escape(self.tr("No documents checked yet.")))
            return
        lines = []
        for doc in documents:
            mark, color = ("✓", _GREEN) if doc.passed else ("✗", _RED)
            digits = f" ••••{doc.last_digits}" if doc.last_digits else ""
            failed = ""
            if doc.failed_checks:
                failed = " — " + self.tr("failed: {checks}").format(
                    checks=", ".join(check_label(c) for c in doc.failed_checks))
            expiry = (" · " + self.tr("expires {date}").format(date=format_date(doc.expiry))
                      if doc.expiry else "")
            lines.append(f"<div style='color:{color}'>{mark} "
                         f"{html.escape(document_label(doc.doc_type) + digits + expiry + failed)}"
                         "</div>")
        self.documents.setText("".join(lines))

    def attach_document(self, document: DocumentInput) -> None:
        detail = self.detail
        if detail is None or self.busy:
            return
        desk, handle = self.context.desk, self.context.handle

        def saved(record: DocumentRecord) -> None:
            self._set_busy(False)
            self.document_form.reset()
            if record.passed:
                note = self.tr("The {document} was saved and passed every check.")
            else:
                note = self.tr("The {document} was saved but did not pass every check, so it "
                               "does not count as evidence.")
            self._reload_detail(note.format(document=document_label(record.doc_type)))

        def refused(error: BaseException) -> None:
            self._set_busy(False)
            self.evidence_message.show_error(error)
            if self.isVisible():
                focus_on(self.document_form.doc_type)

        self._set_busy(True)
        self.context.run(lambda: desk.requests.attach_document(handle, detail.id, document), saved,
                         refused, owner=self, action=True)

    def record_callback(self) -> None:
        detail = self.detail
        if detail is None or self.busy:
            return
        desk, handle = self.context.desk, self.context.handle
        note = self.callback_note.text()

        def recorded(_record: object) -> None:
            self._set_busy(False)
            self._reload_detail(self.tr("The call-back was recorded."))

        def refused(error: BaseException) -> None:
            self._set_busy(False)
            self.evidence_message.show_error(error)
            if self.isVisible():
                focus_on(self.callback_note)

        self._set_busy(True)
        self.context.run(lambda: desk.requests.record_callback(handle, detail.id, note), recorded,
                         refused, owner=self, action=True)

    def submit(self) -> None:
        detail = self.detail
        if detail is None or self.busy or self.gate_reason() is not None:
            return
        desk, handle = self.context.desk, self.context.handle

        def sent(summary: RequestSummary) -> None:
            self._set_busy(False)
            self.sent = summary
            self.evidence_message.clear_message()
            self._render_sent()
            self.stack.setCurrentIndex(SENT)
            self._apply_gate()
            self.submitted.emit(summary)

        def refused(error: BaseException) -> None:
            self._set_busy(False)
            self.evidence_message.show_error(error)
            if self.isVisible():
                focus_on(self.next_action())
            if not isinstance(error, SessionLocked):  # nothing changed; reading would fail too
                self._reload_detail()

        self._set_busy(True)
        self.context.run(lambda: desk.requests.submit(handle, detail.id), sent, refused,
                         owner=self, action=True)

    # -- step 3: sent --------------------------------------------------------------------------

    def _render_sent(self) -> None:
        summary = self.sent
        if summary is None:
            self.sent_text.clear()
            return
        if summary.status is RequestStatus.PENDING:
            text = self.tr(
                "✓ Request #{id} was sent to a supervisor for approval.\n\n"
                "Tell the customer: another member of staff will check the request. A letter "
                "goes to the registered address, and the new account is used only after the "
                "approval and a cooling-off period; until then the customer can cancel.")
        else:
            text = self.tr("Request #{id} is {status}.")
        self.sent_text.setText(text.format(id=summary.id,
                                           status=request_status_label(summary.status)))

    # -- helpers -------------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._apply_gate()

    @staticmethod
    def _say(label: QLabel, text: str, color: str) -> None:
        label.setText(text)
        label.setStyleSheet(f"color: {color};")
