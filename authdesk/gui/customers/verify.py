"""Verify identity: the customer reads the 6-digit code from their authenticator app, the agent
types it, and it is checked the moment the sixth digit is in.

Every outcome is the core's (``FactorService.start_verification`` / ``verify``) and is shown
as the sentence the agent reads out: verified (with the freshness countdown), wrong code with
attempts left, already used, locked, too many verifications.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from authdesk.core.calls import NoOpenCall
from authdesk.core.customers import CustomerProfile
from authdesk.core.factors import (
    FactorLocked,
    NoActiveFactor,
    ReplayedCode,
    TooManyVerifications,
    VerificationClosed,
    VerificationHandle,
    VerificationNotFound,
    VerificationOfAnotherCall,
    VerificationOutcome,
    VerificationVoid,
    WrongCode,
)
from authdesk.core.roles import Operation
from authdesk.gui.kit.i18n import format_datetime, format_duration
from authdesk.gui.kit.messages import error_text
from authdesk.gui.kit.page import PageContext
from authdesk.gui.kit.widgets import CodeEdit, Retranslating

_GREEN, _AMBER, _RED = "#1b5e20", "#8d5d00", "#b00020"


class AgentVerifyPanel(Retranslating, QWidget):
    verified = Signal(object)
    """The customer was verified; carries the fresh-until time (aware datetime)."""
    factor_changed = Signal()
    """The factor's state may have changed (locked): the record should be read again."""
    outcome_shown = Signal(str)
    """An outcome is on screen: 'verified', 'wrong', 'replayed', 'void', 'locked', 'limit',
    'no_factor', 'no_call' or 'error' (tests and the page wait for it)."""
    change_requested = Signal()
    """The agent wants to go on to the change of withdrawal account."""
    new_caller_requested = Signal()
    """There was no open call: the agent takes the caller now (and goes on with this
    customer)."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.profile: CustomerProfile | None = None
        self.verification: VerificationHandle | None = None
        self.fresh_until: datetime | None = None
        self.busy = False
        self._last_error: BaseException | None = None
        self._last_kind = ""

        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.code_caption = QLabel(self)
        self.code = CodeEdit(self)
        self.code.setObjectName("verifyCode")
        self.code.setMaximumWidth(220)
        self.code_caption.setBuddy(self.code)
        self.code.completed.connect(self.submit)
        self.code.returnPressed.connect(lambda: self.submit(self.code.text()))
        self.code_hint = QLabel(self)
        self.code_hint.setStyleSheet("color: palette(mid);")

        self.outcome = QLabel(self)
        self.outcome.setObjectName("verifyOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome_frame = QFrame(self)
        self.outcome_frame.setObjectName("verifyOutcomeFrame")
        frame_column = QVBoxLayout(self.outcome_frame)
        frame_column.addWidget(self.outcome)
        self.outcome_frame.hide()
        self.countdown = QLabel(self)
        self.countdown.setObjectName("verifyCountdown")
        self.countdown.setStyleSheet(f"color: {_GREEN}; font-size: 13pt; font-weight: 600;")

        self.again_button = QPushButton(self)
        self.again_button.setObjectName("verifyAgain")
        self.again_button.clicked.connect(self.new_verification)
        self.again_button.hide()
        self.change_button = QPushButton(self)
        self.change_button.setObjectName("goToChange")
        self.change_button.clicked.connect(self.change_requested.emit)
        self.change_button.setStyleSheet("font-weight: 600;")  # the obvious next step
        self.change_button.hide()
        self.new_caller_button = QPushButton(self)
        self.new_caller_button.setObjectName("verifyNewCaller")
        self.new_caller_button.clicked.connect(self.new_caller_requested.emit)
        self.new_caller_button.setStyleSheet("font-weight: 600;")
        self.new_caller_button.hide()

        code_row = QHBoxLayout()
        code_row.addWidget(self.code_caption)
        code_row.addWidget(self.code)
        code_row.addWidget(self.code_hint, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.new_caller_button)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addWidget(self.explain)
        column.addSpacing(8)
        column.addLayout(code_row)
        column.addSpacing(8)
        column.addWidget(self.outcome_frame)
        column.addWidget(self.countdown)
        column.addLayout(buttons)
        column.addStretch(1)
        self.retranslate_ui()

    # -- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Verify identity"))
        self.explain.setText(self.tr(
            "Ask the customer to open their authenticator app and read out the 6-digit code "
            "shown for AuthDesk. The code is checked as soon as the sixth digit is typed."))
        self.code_caption.setText(self.tr("Customer's c&ode"))
        self.code_hint.setText(self.tr("6 digits; full-width digits are fine"))
        self.again_button.setText(self.tr("Start a &new verification"))
        self.change_button.setText(self.tr("Chan&ge withdrawal account →"))
        self.new_caller_button.setText(self.tr("&Take the caller now"))
        self._show_last()
        self.tick()

    # -- state ---------------------------------------------------------------------------------

    def set_profile(self, profile: CustomerProfile | None, fresh_until: datetime | None) -> None:
        """A customer was opened (or read again)."""
        if profile is None or self.profile is None or profile.id != self.profile.id:
            self.verification = None
            self._last_error = None
            self._last_kind = ""
            self.code.clear()
        self.profile = profile
        self.fresh_until = fresh_until
        self._arrange()

    def _arrange(self) -> None:
        profile = self.profile
        self.again_button.hide()
        self.change_button.hide()
        self.new_caller_button.setVisible(profile is not None and self._last_kind == "no_call")
        if profile is None:
            self.code.setEnabled(False)
            self.outcome_frame.hide()
            self.countdown.clear()
            return
        if self.is_fresh():
            self.code.setEnabled(False)
            self.again_button.show()
            self.change_button.setVisible(self.context.may(Operation.CREATE_REQUEST))
        elif profile.factor_state == "active":
            stopped = isinstance(self._last_error, (VerificationVoid, TooManyVerifications))
            self.code.setEnabled(not stopped and not self.busy)
            if isinstance(self._last_error, VerificationVoid):
                self.again_button.show()
        else:
            self.code.setEnabled(False)
            if not self._last_kind:
                error = FactorLocked() if profile.factor_state == "locked" else NoActiveFactor()
                self._show(error_text(error), _RED if profile.factor_state == "locked"
                           else _AMBER)
        self.tick()

    def is_fresh(self) -> bool:
        return self.fresh_until is not None and self.fresh_until > self.context.desk.clock.now()

    def tick(self) -> None:
        """Once a second (the page's timer): the freshness countdown."""
        if self.fresh_until is None:
            self.countdown.clear()
            return
        left = (self.fresh_until - self.context.desk.clock.now()).total_seconds()
        if left <= 0:
            self.fresh_until = None
            self.countdown.setText("")
            if self._last_kind == "verified":
                self._last_kind = ""
                self._show(self.tr("The verification is no longer fresh. Ask for a new code "
                                   "before making a change."), _AMBER)
            self._arrange()
            return
        self.countdown.setText(self.tr("Verified · fresh for {left} (until {until})").format(
            left=format_duration(left), until=format_datetime(self.fresh_until)))

    def focus_code(self) -> None:
        if self.new_caller_button.isVisibleTo(self):
            self.new_caller_button.setFocus()
        elif self.code.isEnabled():
            self.code.setFocus()
        elif self.change_button.isVisibleTo(self):
            self.change_button.setFocus()
        elif self.again_button.isVisibleTo(self):
            self.again_button.setFocus()

    # -- checking ------------------------------------------------------------------------------

    def new_verification(self) -> None:
        self.verification = None
        self.fresh_until = None
        self._last_error = None
        self._last_kind = ""
        self.outcome_frame.hide()
        self.code.clear()
        self._arrange()
        self.code.setFocus()

    def submit(self, text: str) -> None:
        profile = self.profile
        if profile is None or self.busy or not self.code.isEnabled():
            return
        if len(self.code.digits()) != 6:
            return
        self.busy = True
        self.code.setEnabled(False)
        desk, handle = self.context.desk, self.context.handle

        def check(verification: VerificationHandle) -> None:
            self.verification = verification
            self.context.run(lambda: desk.factors.verify(handle, verification.id, text),
                             self._verified, self._refused, owner=self, action=True)

        if self.verification is None:
            self.context.run(lambda: desk.factors.start_verification(handle, profile.id), check,
                             self._refused, owner=self, action=True)
        else:
            check(self.verification)

    def _verified(self, outcome: VerificationOutcome) -> None:
        self.busy = False
        self.verification = None
        self._last_error = None
        self._last_kind = "verified"
        self.fresh_until = outcome.fresh_until
        self.code.clear()
        self._show_last()
        self._arrange()
        self.verified.emit(outcome.fresh_until)
        self.outcome_shown.emit("verified")
        self.focus_code()

    def _refused(self, error: BaseException) -> None:
        self.busy = False
        self.code.clear()
        if self.context.session.session_error(error):
            return
        kind = "error"
        if isinstance(error, WrongCode):
            kind = "wrong"
        elif isinstance(error, ReplayedCode):
            kind = "replayed"
        elif isinstance(error, VerificationVoid):
            kind, self.verification = "void", None
        elif isinstance(error, FactorLocked):
            kind, self.verification = "locked", None
        elif isinstance(error, TooManyVerifications):
            kind, self.verification = "limit", None
        elif isinstance(error, NoActiveFactor):
            kind, self.verification = "no_factor", None
        elif isinstance(error, NoOpenCall):
            kind, self.verification = "no_call", None
        elif isinstance(error, VerificationOfAnotherCall):
            # Started before this caller: the next code starts a verification in this call.
            self.verification = None
        elif isinstance(error, (VerificationClosed, VerificationNotFound)):
            self.verification = None
        self._last_error, self._last_kind = error, kind
        self._show_last()
        self._arrange()
        if kind in ("locked", "no_factor"):
            self.factor_changed.emit()
        self.outcome_shown.emit(kind)
        self.focus_code()

    def _show_last(self) -> None:
        kind = self._last_kind
        if kind == "verified":
            self._show(self.tr("✓ Verified: the code is correct. You may now go on with the "
                               "customer's request."), _GREEN)
        elif self._last_error is not None:
            color = {"wrong": _RED, "replayed": _AMBER, "void": _RED, "locked": _RED,
                     "limit": _RED, "no_call": _AMBER}.get(kind, _RED)
            self._show(error_text(self._last_error), color)

    def _show(self, text: str, color: str) -> None:
        self.outcome.setText(text)
        self.outcome.setStyleSheet(f"color: {color}; font-size: 12pt; font-weight: 600;")
        self.outcome_frame.setStyleSheet(
            f"#verifyOutcomeFrame {{ border: 2px solid {color}; border-radius: 6px; }}")
        self.outcome_frame.show()
