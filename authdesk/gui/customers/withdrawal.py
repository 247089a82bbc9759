"""On the customer's profile (issue 11): the withdrawal-account lock, and cancelling a change by
the reference the customer reads from a letter or e-mail.

The lock box shows the lock's state as a badge and offers the next step for it: lock (the
customer asks on a call), request unlock, record the photo ID and the call-back, and, for a
supervisor, approve the lifting with their own code. The core decides every step
(``desk.locks``) and its refusals are shown as they are; the buttons only follow the state.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from authdesk.core.accountlock import LockInfo
from authdesk.core.cancellation import ReferenceLookup
from authdesk.core.customers import CustomerProfile
from authdesk.core.evidence import DocumentInput
from authdesk.core.reference import request_reference
from authdesk.core.requests import RequestSummary
from authdesk.core.roles import Operation
from authdesk.gui.customers.documents import AgentDocumentForm
from authdesk.gui.kit.i18n import format_datetime
from authdesk.gui.kit.page import PageContext
from authdesk.gui.kit.texts import account_type_label, document_label, request_status_label
from authdesk.gui.kit.widgets import CodeEdit, FormMessage, ReasonDialog, Retranslating

LOCKED_STYLE = "color: white; background: #b00020; font-weight: 700; padding: 3px 8px;"
OPEN_STYLE = "color: #555555; padding: 3px 0px;"


class LockReasonDialog(ReasonDialog):
    """Asks what the customer said when they asked to lock (optional) or to lift the lock."""

    def __init__(self, lifting: bool, parent: QWidget | None = None) -> None:
        super().__init__("unlockRequest" if lifting else "lock", parent)
        if lifting:
            self.ask(
                title=self.tr("Request unlock"),
                explanation=self.tr(
                    "The customer asks to lift the lock on withdrawal-account changes. Lifting "
                    "also needs a photo ID, a call-back to the registered phone number and a "
                    "supervisor's approval. Why does the customer want it lifted?"),
                example=self.tr("e.g. the customer is moving their account to another bank"),
                action=self.tr("Record the request"), action_name="unlockRequestConfirm",
                width=480)
        else:
            self.ask(
                title=self.tr("Lock account changes"),
                explanation=self.tr(
                    "From now on no change of this customer's withdrawal account can be opened "
                    "or approved until the lock is lifted. A letter tells the customer. What did "
                    "the customer say? (optional)"),
                example=self.tr("e.g. the customer received a suspicious e-mail"),
                action=self.tr("Lock"), action_name="lockConfirm", width=480)


class CallbackDialog(ReasonDialog):
    def __init__(self, phone: str, parent: QWidget | None = None) -> None:
        super().__init__("lockCallback", parent)
        self.ask(
            title=self.tr("Call-back for lifting the lock"),
            explanation=self.tr(
                "Call the customer back on the registered phone number ({phone}), never on a "
                "number the caller gave. What did the customer confirm?").format(phone=phone),
            example=self.tr("e.g. the customer confirmed they asked to lift the lock"),
            action=self.tr("Record the call-back"), action_name="lockCallbackConfirm",
            width=480)


class PhotoIdDialog(Retranslating, QDialog):
    """The document form, for the photo ID that lifting the lock needs."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockDocumentDialog")
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.form = AgentDocumentForm(context, self)
        self.message = FormMessage(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.explain)
        column.addWidget(self.form)
        column.addWidget(self.message)
        column.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Photo ID for lifting the lock"))
        self.explain.setText(self.tr(
            "Check a photo ID of the customer (driver's licence, My Number card, passport or "
            "residence card). Only a photo ID that passes every check counts."))


class ApproveUnlockDialog(Retranslating, QDialog):
    """A supervisor approves lifting the lock with a code from their own authenticator."""

    def __init__(self, lock: LockInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approveUnlockDialog")
        self.lock = lock
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.code = CodeEdit(self)
        self.code.setObjectName("approveUnlockCode")
        self.message = FormMessage(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.approve_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.approve_button.setObjectName("approveUnlockConfirm")
        self.approve_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.explain)
        column.addWidget(self.code)
        column.addWidget(self.message)
        column.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Approve lifting the lock"))
        self.explain.setText(self.tr(
            "The photo ID and the call-back are recorded. Approving lifts the lock now and a "
            "letter tells the customer. Type the 6-digit code from your own authenticator app."))
        self.approve_button.setText(self.tr("Approve unlock"))


class WithdrawalLockBox(Retranslating, QFrame):
    """The lock's badge and its next step, for the customer on the profile: one row (the
    profile must fit 1280×800), and while locked one line of where the lifting stands (the
    whole of it in the tooltip)."""

    lock_read = Signal(object)
    """The core said again what the customer's lock is (a ``LockInfo`` or None)."""
    lock_changed = Signal(object)
    """A step was recorded (the ``LockInfo`` after it): the record should be read again."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("withdrawalLockBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.context = context
        self.profile: CustomerProfile | None = None
        self.lock: LockInfo | None = None
        self.read_done = False
        self.dialog: QDialog | None = None
        self.caption = QLabel(self)
        self.badge = QLabel(self)
        self.badge.setObjectName("withdrawalLockBadge")
        self.detail = QLabel(self)
        self.detail.setObjectName("withdrawalLockDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lock_button = QPushButton(self)
        self.lock_button.setObjectName("lockButton")
        self.unlock_button = QPushButton(self)
        self.unlock_button.setObjectName("requestUnlockButton")
        self.document_button = QPushButton(self)
        self.document_button.setObjectName("lockDocumentButton")
        self.callback_button = QPushButton(self)
        self.callback_button.setObjectName("lockCallbackButton")
        self.lift_button = QPushButton(self)
        self.lift_button.setObjectName("approveUnlockButton")
        for button in self.buttons():
            button.setAutoDefault(False)
        self.lock_button.clicked.connect(self.ask_lock)
        self.unlock_button.clicked.connect(self.ask_unlock)
        self.document_button.clicked.connect(self.ask_document)
        self.callback_button.clicked.connect(self.ask_callback)
        self.lift_button.clicked.connect(self.ask_lift)
        self.message = FormMessage(self)
        self.message.setObjectName("withdrawalLockMessage")
        row = QHBoxLayout()
        row.addWidget(self.caption)
        row.addWidget(self.badge)
        row.addStretch(1)
        for button in self.buttons():
            row.addWidget(button)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 4, 8, 4)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.detail)
        column.addWidget(self.message)
        self.retranslate_ui()

    def buttons(self) -> tuple[QPushButton, ...]:
        return (self.lock_button, self.unlock_button, self.document_button,
                self.callback_button, self.lift_button)

    def retranslate_ui(self) -> None:
        self.caption.setText(self.tr("Withdrawal-account lock:"))
        self.lock_button.setText(self.tr("Lock account changes…"))
        self.unlock_button.setText(self.tr("Request unlock…"))
        self.document_button.setText(self.tr("Photo ID…"))
        self.callback_button.setText(self.tr("Call-back…"))
        self.lift_button.setText(self.tr("Approve unlock…"))
        self._render()

    # -- reading -------------------------------------------------------------------------------

    def set_customer(self, profile: CustomerProfile | None) -> None:
        same = profile is not None and self.profile is not None and profile.id == self.profile.id
        self.profile = profile
        if not same:
            self.lock, self.read_done = None, False
            self.message.clear_message()
        self._render()
        if profile is not None:
            self.read()

    def read(self) -> None:
        profile = self.profile
        if profile is None:
            return
        desk, handle, customer_id = self.context.desk, self.context.handle, profile.id

        def shown(lock: LockInfo | None) -> None:
            if self.profile is None or self.profile.id != customer_id:
                return
            self.lock, self.read_done = lock, True
            self._render()
            self.lock_read.emit(lock)

        self.context.run(lambda: desk.locks.status(handle, customer_id), shown,
                         self.message.show_error, owner=self)

    def _render(self) -> None:
        lock = self.lock
        locked = lock is not None and lock.active
        if locked:
            assert lock is not None
            self.badge.setText(self.tr("Changes locked"))
            self.badge.setStyleSheet(LOCKED_STYLE)
            self.detail.setText(self._short_line(lock))
            self.detail.setToolTip(self._lock_lines(lock))
            self.badge.setToolTip(self._lock_lines(lock))
        else:
            self.badge.setText(self.tr("Not locked"))
            self.badge.setStyleSheet(OPEN_STYLE)
            self.detail.clear()
            self.detail.setToolTip("")
            self.badge.setToolTip(self.tr(
                "The customer can ask, on a verified call, to lock changes of their withdrawal "
                "account."))
        self.detail.setVisible(locked)
        requested = locked and lock is not None and lock.unlock_requested_at is not None
        may = self.context.may
        shown = self.profile is not None and self.read_done
        self.lock_button.setVisible(shown and not locked and may(Operation.LOCK_WITHDRAWAL))
        self.unlock_button.setVisible(shown and locked and not requested
                                      and may(Operation.REQUEST_WITHDRAWAL_UNLOCK))
        self.document_button.setVisible(shown and requested and lock is not None
                                         and lock.document is None
                                         and may(Operation.RECORD_DOCUMENT))
        self.callback_button.setVisible(shown and requested and lock is not None
                                        and lock.callback is None
                                        and may(Operation.RECORD_CALLBACK))
        self.lift_button.setVisible(shown and requested and lock is not None
                                    and not lock.missing
                                    and may(Operation.LIFT_WITHDRAWAL_LOCK))

    def _short_line(self, lock: LockInfo) -> str:
        """Where the lock stands, in one line."""
        since = self.tr("Since {when} ({who})").format(when=format_datetime(lock.locked_at),
                                                       who=lock.locked_by)
        if lock.unlock_requested_at is None:
            return since
        document = (self.tr("✓ Photo ID") if lock.document is not None
                    else self.tr("✗ Photo ID"))
        callback = (self.tr("✓ Call-back") if lock.callback is not None
                    else self.tr("✗ Call-back"))
        waiting = self.tr("unlock requested") if lock.missing else \
            self.tr("waiting for a supervisor")
        return f"{since}\n{waiting} · {document} · {callback}"

    def _lock_lines(self, lock: LockInfo) -> str:
        lines = [self.tr("Locked on {when} by {who}.").format(
            when=format_datetime(lock.locked_at), who=lock.locked_by)]
        if lock.reason:
            lines.append(self.tr("Customer's words: {reason}").format(reason=lock.reason))
        if lock.unlock_requested_at is None:
            lines.append(self.tr("No change can be opened or approved while locked."))
            return "\n".join(lines)
        lines.append(self.tr("Unlock requested on {when} by {who}: {reason}").format(
            when=format_datetime(lock.unlock_requested_at), who=lock.unlock_requested_by,
            reason=lock.unlock_reason or ""))
        if lock.document is not None:
            lines.append(self.tr("✓ Photo ID: {kind}, checked by {who}").format(
                kind=document_label(lock.document.doc_type), who=lock.document.checked_by))
        else:
            lines.append(self.tr("✗ Photo ID: not yet checked"))
        if lock.callback is not None:
            lines.append(self.tr("✓ Call-back to {phone} by {who}").format(
                phone=lock.callback.phone, who=lock.callback.by))
        else:
            lines.append(self.tr("✗ Call-back to the registered phone: not yet made"))
        if not lock.missing:
            lines.append(self.tr("Waiting for a supervisor who took no part to approve."))
        return "\n".join(lines)

    # -- the steps -----------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def _step(self, work: Callable[[], object], done_text: str | Callable[[object], str],
              dialog: QDialog | None = None, message: FormMessage | None = None) -> None:
        """Run one step in the core; on success close ``dialog`` and say ``done_text`` (or
        what it makes of the result)."""
        def done(result: object) -> None:
            if dialog is not None:
                dialog.accept()
            self.message.show_info(done_text if isinstance(done_text, str)
                                   else done_text(result))
            self.lock_changed.emit(result)
            self.read()

        shown_in = message or self.message
        self.context.run(work, done, shown_in.show_error, owner=self, action=True)

    def ask_lock(self) -> LockReasonDialog | None:
        profile = self.profile
        if profile is None:
            return None
        dialog = LockReasonDialog(False, self)
        desk, handle = self.context.desk, self.context.handle

        def locked() -> None:
            reason = dialog.reason.text()

            def work() -> LockInfo:
                return desk.locks.place(handle, profile.id, reason)

            def text(lock: object) -> str:
                said = self.tr("Changes of the withdrawal account are locked. A letter tells the "
                               "customer.")
                still = lock.open_requests if isinstance(lock, LockInfo) else ()
                if still:  # the lock does not stop a change already opened: its reference does
                    said += " " + self.tr(
                        "Still open: {references}. If the customer did not ask for it, cancel "
                        "it by its reference now.").format(
                        references=", ".join(request_reference(r) for r in still))
                return said

            self._step(work, text)

        dialog.accepted.connect(locked)
        self._open(dialog)
        return dialog

    def ask_unlock(self) -> LockReasonDialog | None:
        profile = self.profile
        if profile is None:
            return None
        dialog = LockReasonDialog(True, self)
        desk, handle = self.context.desk, self.context.handle

        def requested() -> None:
            reason = dialog.reason.text()  # read now: the dialog is gone when the work runs
            self._step(lambda: desk.locks.request_unlock(handle, profile.id, reason),
                       self.tr("The request to lift the lock is recorded. Next: the photo ID "
                               "and the call-back."))

        dialog.accepted.connect(requested)
        self._open(dialog)
        return dialog

    def ask_document(self) -> PhotoIdDialog | None:
        profile = self.profile
        if profile is None:
            return None
        dialog = PhotoIdDialog(self.context, self)
        desk, handle = self.context.desk, self.context.handle

        def save(document: DocumentInput) -> None:
            self._step(lambda: desk.locks.attach_document(handle, profile.id, document),
                       self.tr("The photo ID is recorded for lifting the lock."), dialog,
                       dialog.message)

        dialog.form.document_ready.connect(save)
        self._open(dialog)
        dialog.form.doc_type.setFocus()
        return dialog

    def ask_callback(self) -> CallbackDialog | None:
        profile = self.profile
        if profile is None:
            return None
        dialog = CallbackDialog(profile.phone, self)
        desk, handle = self.context.desk, self.context.handle

        def called_back() -> None:
            note = dialog.reason.text()  # read now: the dialog is gone when the work runs
            self._step(lambda: desk.locks.record_callback(handle, profile.id, note),
                       self.tr("The call-back is recorded for lifting the lock."))

        dialog.accepted.connect(called_back)
        self._open(dialog)
        return dialog

    def ask_lift(self) -> ApproveUnlockDialog | None:
        profile, lock = self.profile, self.lock
        if profile is None or lock is None:
            return None
        dialog = ApproveUnlockDialog(lock, self)
        desk, handle = self.context.desk, self.context.handle

        def approve() -> None:
            if len(dialog.code.digits()) != 6:
                dialog.message.show_problem(self.tr(
                    "Type the 6-digit code from your own authenticator app to approve."))
                return
            code = dialog.code.text()

            def work() -> LockInfo:
                desk.staff.step_up(handle, code)
                return desk.locks.lift(handle, profile.id)

            self._step(work, self.tr("The lock is lifted. A letter tells the customer."),
                       dialog, dialog.message)

        dialog.approve_button.clicked.connect(approve)
        self._open(dialog)
        dialog.code.setFocus()
        return dialog


class CancelByReferenceDialog(Retranslating, QDialog):
    """The customer reads the reference on their letter or e-mail; the agent looks it up (the
    request's masked summary) and records the customer's cancellation with a reason."""

    looked_up = Signal(object)
    """The core found the reference (its ``ReferenceLookup``)."""
    cancelled = Signal(object)
    """The change was cancelled (its ``RequestSummary``)."""
    refused = Signal(object)
    """The core refused a look-up or the cancellation (the error, shown in the dialog)."""

    def __init__(self, context: PageContext, profile: CustomerProfile,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cancelByReferenceDialog")
        self.context = context
        self.profile = profile
        self.found: ReferenceLookup | None = None
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.reference = QLineEdit(self)
        self.reference.setObjectName("cancelReference")
        self.reference.setPlaceholderText("R0000123-4")
        self.reference.setMaxLength(24)
        self.look_up_button = QPushButton(self)
        self.look_up_button.setObjectName("lookUpReference")
        self.look_up_button.setAutoDefault(False)
        self.look_up_button.clicked.connect(self.look_up)
        self.reference.returnPressed.connect(self.look_up)
        self.reference.textEdited.connect(self._reference_edited)
        self.summary = QLabel(self)
        self.summary.setObjectName("referenceSummary")
        # Lines of their own, never wrapped: a wrapping label's height is not what a dialog
        # grows to, and the last lines (when it takes effect) are the ones that matter.
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("cancelReason")
        self.message = FormMessage(self)
        self.message.setObjectName("cancelMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.confirm_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.confirm_button.setObjectName("cancelChangeConfirm")
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.clicked.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        # Enter in the reference looks it up; it must not press Close (or Cancel the change).
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        reference_row = QHBoxLayout()
        reference_row.addWidget(self.reference, 1)
        reference_row.addWidget(self.look_up_button)
        self.form = QFormLayout()
        self.reference_label, self.reason_label = QLabel(self), QLabel(self)
        self.form.addRow(self.reference_label, reference_row)
        self.form.addRow("", self.summary)
        self.form.addRow(self.reason_label, self.reason)
        column = QVBoxLayout(self)
        column.addWidget(self.explain)
        column.addLayout(self.form)
        column.addWidget(self.message)
        column.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate_ui()
        self._arrange()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Cancel a change by its reference"))
        self.explain.setText(self.tr(
            "Ask the customer for the reference printed on the letter or e-mail (for example "
            "R0000123-4 or N0000456-8) and look it up. A change can be cancelled until it takes "
            "effect, after the caller was verified on this call."))
        self.reference_label.setText(self.tr("&Reference:"))
        self.reference_label.setBuddy(self.reference)
        self.reason_label.setText(self.tr("R&eason:"))
        self.reason_label.setBuddy(self.reason)
        self.reason.setPlaceholderText(self.tr("e.g. the customer did not ask for this change"))
        self.look_up_button.setText(self.tr("&Look up"))
        self.confirm_button.setText(self.tr("&Cancel this change"))
        self._show_found()

    def _reference_edited(self, _text: str) -> None:
        self.found = None
        self._show_found()
        self._arrange()

    def _arrange(self) -> None:
        self.confirm_button.setEnabled(self.found is not None and self.found.cancellable)

    def _show_found(self) -> None:
        found = self.found
        if found is None:
            self.summary.clear()
            self.summary.hide()
            return
        request = found.request
        account = request.account
        lines = [
            self.tr("{reference}: change of withdrawal account, {status}").format(
                reference=found.request_reference, status=request_status_label(request.status)),
            self.tr("New account: {bank} {branch} {type} {number} {holder}").format(
                bank=account.bank_name, branch=account.branch_name,
                type=account_type_label(account.account_type), number=account.account_number,
                holder=account.holder),
            self.tr("Opened {when}").format(when=format_datetime(request.created_at)),
        ]
        if found.effective_at is not None:
            lines.append(self.tr("Takes effect {when}").format(
                when=format_datetime(found.effective_at, zone=True))
                if found.cancellable else self.tr("Took effect {when}").format(
                when=format_datetime(found.effective_at, zone=True)))
        if not found.cancellable:
            lines.append(self.tr("This change can no longer be cancelled."))
        self.summary.setText("\n".join(lines))
        self.summary.setStyleSheet("" if found.cancellable else "color: #8d5d00;")
        self.summary.show()
        self.adjustSize()

    def look_up(self) -> None:
        text = self.reference.text()
        desk, handle, customer_id = self.context.desk, self.context.handle, self.profile.id

        def shown(found: ReferenceLookup) -> None:
            self.found = found
            self.message.clear_message()
            self._show_found()
            self._arrange()
            self.looked_up.emit(found)
            if found.cancellable:
                self.reason.setFocus()

        self.context.run(lambda: desk.cancellations.look_up(handle, customer_id, text), shown,
                         self._refused, owner=self)

    def confirm(self) -> None:
        if self.found is None or not self.found.cancellable:
            return
        text, reason = self.reference.text(), self.reason.text()
        desk, handle, customer_id = self.context.desk, self.context.handle, self.profile.id

        def done(summary: RequestSummary) -> None:
            self.message.show_info(self.tr(
                "{reference} is cancelled. The old withdrawal account stays in force, and a "
                "letter tells the customer.").format(reference=self.found.request_reference
                                                     if self.found else text))
            self.found = None
            self.confirm_button.setEnabled(False)
            self.cancelled.emit(summary)

        self.confirm_button.setEnabled(False)
        self.context.run(lambda: desk.cancellations.cancel(handle, customer_id, text, reason),
                         done, self._refused, owner=self, action=True)

    def _refused(self, error: BaseException) -> None:
        self.message.show_error(error)
        self._arrange()
        self.refused.emit(error)


__all__ = ["CancelByReferenceDialog", "WithdrawalLockBox"]
