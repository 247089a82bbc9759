"""The customer's authenticator: enroll (an activation letter to print, or the QR code on screen
for a customer in the branch), activate with the first code, and, for a supervisor, unlock a
locked one with the reason naming the documents and the call-back.

The core does each step (``FactorService.enroll`` / ``activate`` / ``unlock``) and audits it.
The key is on screen or in the letter once; the screen forgets it when the customer changes or
the factor is active.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from authdesk.core.customers import CustomerProfile
from authdesk.core.factors import FactorEnrollment, FactorLocked
from authdesk.core.kernel import SessionLocked
from authdesk.core.roles import Operation
from authdesk.gui.customers.letter import erase_file, write_activation_letter
from authdesk.gui.kit.i18n import format_datetime
from authdesk.gui.kit.messages import confirm, error_text
from authdesk.gui.kit.page import PageContext
from authdesk.gui.kit.texts import factor_state_color, factor_state_label
from authdesk.gui.kit.widgets import (
    CodeEdit,
    EnrollmentPanel,
    FormMessage,
    ReasonDialog,
    Retranslating,
)


class EnrolUnlockDialog(ReasonDialog):
    """A supervisor says which documents were checked and that the call-back was made."""

    def __init__(self, customer: str, parent: QWidget | None = None) -> None:
        super().__init__("unlock", parent)
        self.ask(
            title=self.tr("Unlock the authenticator of {customer}").format(customer=customer),
            explanation=self.tr(
                "Unlock only after checking the customer's identity documents and calling the "
                "customer back on the registered phone number. Name both; the reason is kept in "
                "the audit log."),
            example=self.tr("e.g. driver's licence checked; called back on the registered "
                            "number at 14:05"),
            action=self.tr("Unlock"), action_name="unlockConfirm", width=520)


class EnrolPanel(Retranslating, QWidget):
    factor_changed = Signal()
    """The factor changed (enrolled, activated, unlocked): read the record again."""
    letter_written = Signal(str)
    """The activation letter PDF was written (its path)."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.profile: CustomerProfile | None = None
        self.enrollment: FactorEnrollment | None = None
        self.letter_path: Path | None = None
        self.busy = False
        self.dialog: EnrolUnlockDialog | None = None

        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.state = QLabel(self)
        self.state.setObjectName("factorState")
        self.state.setWordWrap(True)
        self.explain = QLabel(self)
        self.explain.setObjectName("enrolExplain")
        self.explain.setWordWrap(True)

        self.letter_button = QPushButton(self)
        self.letter_button.setObjectName("enrolLetter")
        self.letter_button.clicked.connect(self.issue_letter)
        self.branch_button = QPushButton(self)
        self.branch_button.setObjectName("enrolInBranch")
        self.branch_button.clicked.connect(self.enrol_in_branch)
        self.open_letter_button = QPushButton(self)
        self.open_letter_button.setObjectName("openLetter")
        self.open_letter_button.clicked.connect(self.open_letter)
        self.delete_letter_button = QPushButton(self)
        self.delete_letter_button.setObjectName("deleteLetter")
        self.delete_letter_button.clicked.connect(self.ask_delete_letter)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setObjectName("unlockFactor")
        self.unlock_button.clicked.connect(self.ask_unlock)

        self.qr_panel = EnrollmentPanel(self)
        self.qr_panel.setObjectName("customerEnrollment")
        self.qr_panel.hide()
        self.code_caption = QLabel(self)
        self.code = CodeEdit(self)
        self.code.setObjectName("activationCode")
        self.code.setMaximumWidth(220)
        self.code_caption.setBuddy(self.code)
        self.code.completed.connect(self.activate)
        self.message = FormMessage(self)
        self.message.setObjectName("enrolMessage")

        buttons = QHBoxLayout()
        for button in (self.letter_button, self.branch_button, self.open_letter_button,
                       self.delete_letter_button, self.unlock_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_caption)
        code_row.addWidget(self.code)
        code_row.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addWidget(self.state)
        column.addWidget(self.explain)
        column.addLayout(buttons)
        column.addWidget(self.qr_panel)
        column.addLayout(code_row)
        column.addWidget(self.message)
        column.addStretch(1)
        self.retranslate_ui()
        self._arrange()

    # -- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Authenticator app"))
        self.letter_button.setText(self.tr("Send an activation le&tter…"))
        self.letter_button.setToolTip(self.tr("Writes a PDF to print and post to the registered "
                                              "address"))
        self.branch_button.setText(self.tr("Set up h&ere (customer in the branch)"))
        self.open_letter_button.setText(self.tr("&Open the letter"))
        self.delete_letter_button.setText(self.tr("&Delete the letter file…"))
        self.delete_letter_button.setToolTip(self.tr("After printing: overwrites and removes the "
                                                     "file, which holds the customer's key"))
        self.unlock_button.setText(self.tr("&Unlock…"))
        self.code_caption.setText(self.tr("F&irst code from the app"))
        self._arrange()

    # -- state ---------------------------------------------------------------------------------

    def set_profile(self, profile: CustomerProfile | None) -> None:
        if profile is None or self.profile is None or profile.id != self.profile.id:
            self.enrollment = None
            self.letter_path = None
            self.message.clear_message()
            self.code.clear()
        self.profile = profile
        if profile is not None and profile.factor_state != "pending":
            self.enrollment = None  # the key is not kept on screen once it is no longer needed
        self._arrange()

    def _arrange(self) -> None:
        profile = self.profile
        may_enrol = self.context.may(Operation.ENROLL_FACTOR)
        may_unlock = self.context.may(Operation.UNLOCK_FACTOR)
        state = profile.factor_state if profile else ""
        self.letter_button.setVisible(state == "none" and may_enrol)
        self.branch_button.setVisible(state == "none" and may_enrol)
        self.open_letter_button.setVisible(self.letter_path is not None)
        self.delete_letter_button.setVisible(self.letter_path is not None)
        self.unlock_button.setVisible(state == "locked" and may_unlock)
        showing_qr = self.enrollment is not None and self.enrollment.delivery == "in_branch"
        self.qr_panel.setVisible(showing_qr)
        if showing_qr and self.enrollment is not None:
            self.qr_panel.set_enrollment(self.enrollment.customer_number, self.enrollment.uri,
                                         self.enrollment.manual_key)
        pending = state == "pending"
        self.code_caption.setVisible(pending)
        self.code.setVisible(pending)
        self.code.setEnabled(pending and not self.busy)
        for button in (self.letter_button, self.branch_button, self.unlock_button):
            button.setEnabled(not self.busy)
        if profile is None:
            self.state.clear()
            self.explain.clear()
            return
        self.state.setText(self.tr("State: {state}").format(state=factor_state_label(state)))
        self.state.setStyleSheet(f"color: {factor_state_color(state)}; font-weight: 600; "
                                 "font-size: 12pt;")
        self.explain.setText(self._explanation(state, may_unlock))

    def _explanation(self, state: str, may_unlock: bool) -> str:
        if state == "none":
            return self.tr(
                "The customer has no authenticator app registered. Send an activation letter to "
                "the registered address (the usual way), or, for a customer here in the branch "
                "whose identity was checked in person, set it up on screen now.")
        if state == "pending":
            if self.enrollment is not None and self.enrollment.delivery == "in_branch":
                return self.tr(
                    "Let the customer scan the QR code (or type the key) in their app, then type "
                    "the 6-digit code the app shows. Valid until {date}.").format(
                    date=format_datetime(self.enrollment.activation_expires_at))
            return self.tr(
                "An activation letter was sent. When the customer calls with the letter in hand "
                "and has added the key to their app, ask for the 6-digit code the app shows.")
        if state == "active":
            return self.tr("The customer can be verified with a code from their app.")
        if state == "locked":
            sentence = error_text(FactorLocked())
            if may_unlock:
                return sentence + "\n" + self.tr(
                    "As a supervisor you can unlock it once the documents are checked and the "
                    "call-back is made.")
            return sentence
        return self.tr("The authenticator was revoked; a supervisor must enroll the customer "
                       "again.")

    # -- enrolling -----------------------------------------------------------------------------

    def choose_letter_file(self, suggested: Path) -> Path | None:
        """Where to write the letter; None if the agent cancelled. (Tests replace this.)"""
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the activation letter"), str(suggested),
            self.tr("PDF files (*.pdf)"))
        return Path(chosen) if chosen else None

    def _suggested_path(self, number: str) -> Path:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return Path(folder) / f"activation-letter-{number}.pdf"

    def issue_letter(self) -> None:
        profile = self.profile
        if profile is None or self.busy:
            return
        # Asked first: once enrolled, the key exists only in this letter.
        path = self.choose_letter_file(self._suggested_path(profile.number))
        if path is None:
            return
        desk, handle = self.context.desk, self.context.handle

        def enrolled(enrollment: FactorEnrollment) -> None:
            try:
                write_activation_letter(path, enrollment, profile.name_kanji,
                                        self.context.desk.clock.now())
            except OSError as error:
                self.message.show_problem(self.tr(
                    "The letter could not be written ({error}). A supervisor must enroll the "
                    "customer again to issue a new key.").format(error=error.strerror or error))
            else:
                self.letter_path = path
                self.message.show_info(self.tr(
                    "The letter was written to {path}. Print it and post it to the registered "
                    "address, then delete the file: it holds the customer's key.").format(
                    path=path))
                self.letter_written.emit(str(path))
            self._set_busy(False)
            self.factor_changed.emit()

        self._set_busy(True)
        self.context.run(lambda: desk.factors.enroll(handle, profile.id, "letter"), enrolled,
                         self._refused, owner=self, action=True)

    def enrol_in_branch(self) -> None:
        profile = self.profile
        if profile is None or self.busy:
            return
        desk, handle = self.context.desk, self.context.handle

        def enrolled(enrollment: FactorEnrollment) -> None:
            self._set_busy(False)
            self.enrollment = enrollment
            self.message.clear_message()
            self.factor_changed.emit()
            self.code.setFocus()

        self._set_busy(True)
        self.context.run(lambda: desk.factors.enroll(handle, profile.id, "in_branch"), enrolled,
                         self._refused, owner=self, action=True)

    def activate(self, text: str) -> None:
        profile = self.profile
        if profile is None or self.busy:
            return
        desk, handle = self.context.desk, self.context.handle

        def activated(_result: object) -> None:
            self._set_busy(False)
            self.enrollment = None
            self.code.clear()
            self.message.show_info(self.tr("✓ The authenticator is active. The customer can now "
                                           "be verified with a code from the app."))
            self.factor_changed.emit()

        def refused(error: BaseException) -> None:
            self.code.clear()
            self._refused(error)
            self.code.setFocus()

        self._set_busy(True)
        self.context.run(lambda: desk.factors.activate(handle, profile.id, text), activated,
                         refused, owner=self, action=True)

    def open_letter(self) -> None:
        if self.letter_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.letter_path)))

    def ask_delete_letter(self) -> QMessageBox | None:
        if self.letter_path is None:
            return None
        return confirm(self, self.tr(
            "Delete {path}? Do this only once the letter is printed: the key exists nowhere "
            "else, and without it a supervisor must enroll the customer again.").format(
            path=self.letter_path), self.delete_letter)

    def delete_letter(self) -> None:
        path = self.letter_path
        if path is None:
            return
        try:
            erase_file(path)
        except FileNotFoundError:
            self.message.show_info(self.tr("The letter file is already gone."))
        except OSError as error:
            self.message.show_problem(self.tr(
                "The letter file could not be deleted ({error}). Delete {path} by hand: it holds "
                "the customer's key.").format(error=error.strerror or error, path=path))
            return
        else:
            self.message.show_info(self.tr("✓ The letter file was overwritten and deleted."))
        self.letter_path = None
        self._arrange()

    # -- unlocking -----------------------------------------------------------------------------

    def ask_unlock(self) -> EnrolUnlockDialog | None:
        profile = self.profile
        if profile is None:
            return None
        dialog = EnrolUnlockDialog(f"{profile.number} {profile.name_kanji}", self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._unlock(dialog.reason.text()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _unlock(self, reason: str) -> None:
        profile = self.profile
        if profile is None:
            return
        desk, handle = self.context.desk, self.context.handle

        def unlocked(_result: object) -> None:
            self._set_busy(False)
            self.message.show_info(self.tr("✓ The authenticator is unlocked; its failure count "
                                           "starts again from zero."))
            self.factor_changed.emit()

        self._set_busy(True)
        self.context.run(lambda: desk.factors.unlock(handle, profile.id, reason), unlocked,
                         self._refused, owner=self, action=True)

    # -- helpers -------------------------------------------------------------------------------

    def _refused(self, error: BaseException) -> None:
        self._set_busy(False)
        self.message.show_error(error)
        if not isinstance(error, SessionLocked):  # a lock refuses before anything changes
            self.factor_changed.emit()  # a refusal may have changed the state (locked, counted)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._arrange()
