"""The call the signed-in person is on: taking the next caller (or mail item) and wrapping up.

The core keeps the call (``CallService``): one open call per session, a verification counts only
inside the call it was done in, and wrap-up needs an outcome from its list and a note. This
module only asks it and says what it answered. The shell puts the actions in its menu and shows
the open call in the status bar; the customers page puts them on its toolbar and starts a clean
screen for each new caller.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from authdesk.core.authority import SessionHandle
from authdesk.core.calls import (
    MAX_WRAP_UP_NOTE,
    WRAP_UP_OUTCOMES,
    CallAlreadyOpen,
    CallInfo,
    NotAWrapUpOutcome,
)
from authdesk.core.desk import Desk
from authdesk.core.errors import InvalidInput
from authdesk.core.risk import Channel
from authdesk.gui.kit.i18n import format_time
from authdesk.gui.kit.messages import show_error
from authdesk.gui.kit.session import SessionGuard
from authdesk.gui.kit.texts import call_channel_label, call_outcome_label
from authdesk.gui.kit.widgets import FormMessage, Retranslating

NEW_CALLER_KEYS = "Ctrl+N"
# Not Ctrl+E: on GNOME and KDE a line edit takes it (end of line), and the cursor is nearly
# always in one.
WRAP_UP_KEYS = "Ctrl+Shift+W"


def call_time(call: CallInfo) -> str:
    """When the call was taken, as a short local time ('10:02')."""
    return format_time(call.opened_at)


class WrapUpDialog(Retranslating, QDialog):
    """How the call ended (from the core's list) and a short note. Closes only when the core
    has accepted both; its refusal is shown here otherwise."""

    def __init__(self, call: CallInfo, *, then_next: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wrapUpDialog")
        self.call = call
        self.then_next = then_next
        self.summary = QLabel(self)
        self.summary.setObjectName("wrapUpCall")
        self.summary.setStyleSheet("font-weight: 600; font-size: 12pt;")
        self.explain = QLabel(self)
        self.explain.setObjectName("wrapUpExplain")
        self.explain.setWordWrap(True)
        self.outcome_label = QLabel(self)
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("wrapUpOutcome")
        self.outcome.addItem("", "")  # nothing chosen yet: the core asks for a choice
        for outcome in WRAP_UP_OUTCOMES:
            self.outcome.addItem(call_outcome_label(outcome), outcome.value)
        self.outcome_label.setBuddy(self.outcome)
        self.note_label = QLabel(self)
        self.note = QLineEdit(self)
        self.note.setObjectName("wrapUpNote")
        self.note.setMaxLength(MAX_WRAP_UP_NOTE)
        self.note_label.setBuddy(self.note)
        self.message = FormMessage(self)
        self.message.setObjectName("wrapUpMessage")
        self.message.setMinimumHeight(self.fontMetrics().height() * 2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.confirm_button = QPushButton(self)
        self.confirm_button.setObjectName("wrapUpButton")
        self.confirm_button.setDefault(True)
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.outcome_label, self.outcome)
        form.addRow(self.note_label, self.note)
        column = QVBoxLayout(self)
        column.addWidget(self.summary)
        column.addWidget(self.explain)
        column.addSpacing(4)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addWidget(self.buttons)
        self.setMinimumWidth(500)
        self.retranslate_ui()
        self.outcome.setFocus()

    def retranslate_ui(self) -> None:
        call = self.call
        mail = call.channel is Channel.MAIL
        self.setWindowTitle(self.tr("Wrap up the mail item") if mail
                            else self.tr("Wrap up the call"))
        if mail and call.customer_number:
            summary = self.tr("Mail item taken at {time} · customer {number}")
        elif mail:
            summary = self.tr("Mail item taken at {time}")
        elif call.customer_number:
            summary = self.tr("Call taken at {time} · customer {number}")
        else:
            summary = self.tr("Call taken at {time}")
        self.summary.setText(summary.format(time=call_time(call), number=call.customer_number))
        text = (self.tr("How did it end? The outcome and the note are kept with the mail item "
                        "and shown on the customer's record.") if mail else
                self.tr("How did it end? The outcome and the note are kept with the call and "
                        "shown on the customer's record."))
        if self.then_next:
            text = self.tr("Wrap up the open call before taking the next caller.") + "\n" + text
        self.explain.setText(text)
        self.outcome_label.setText(self.tr("&Outcome"))
        self.outcome.setItemText(0, self.tr("Choose how it ended…"))
        for index in range(1, self.outcome.count()):
            self.outcome.setItemText(index, call_outcome_label(self.outcome.itemData(index)))
        self.note_label.setText(self.tr("&Note"))
        self.note.setPlaceholderText(self.tr("What was done or agreed, in a few words"))
        self.confirm_button.setText(self.tr("&Wrap up and take the next caller") if self.then_next
                                    else self.tr("&Wrap up"))

    def set_call(self, call: CallInfo) -> None:
        """The call as the core reads it now (it may have a customer since it was taken)."""
        self.call = call
        self.retranslate_ui()

    def chosen_outcome(self) -> str:
        return str(self.outcome.currentData() or "")

    def refused(self, error: BaseException) -> None:
        """The core said no: show why, and put the cursor where the fix goes."""
        self.confirm_button.setEnabled(True)
        self.message.show_error(error)
        if isinstance(error, NotAWrapUpOutcome):
            self.outcome.setFocus()
        elif isinstance(error, InvalidInput):
            self.note.setFocus()


class CallDesk(QObject):
    """The open call of this session, and the actions that take and close calls.

    The actions are shared: the shell's menu and the customers page's toolbar hold the same
    ``QAction`` objects, so a shortcut works wherever the focus is in the window. Not a
    widget, so the window calls ``retranslate_ui`` when the language changes."""

    changed = Signal(object)
    """The open call is now this ``CallInfo``, or None."""
    taken = Signal(object, bool)
    """A new caller (or mail item) was taken: its ``CallInfo``, and whether the screen keeps
    the customer it shows (the agent took the call from that customer's screen, after the
    core said there was none). Otherwise screens start again, unverified."""
    wrapped_up = Signal(object)
    """The open call was closed (its ``CallInfo``, with outcome and note)."""

    def __init__(self, desk: Desk, handle: SessionHandle, session: SessionGuard, *,
                 window: QWidget, enabled: bool) -> None:
        super().__init__(window)
        self.desk = desk
        self.handle = handle
        self.session = session
        self.enabled = enabled  # whether the person's roles take calls (a convenience)
        self.current: CallInfo | None = None
        self.dialog: WrapUpDialog | None = None
        self.busy = False
        self.locked = False  # the session is locked: nothing to take or close until unlocked
        self.new_caller_action = QAction(window)
        self.new_caller_action.setObjectName("newCallerAction")
        self.new_caller_action.setShortcut(QKeySequence(NEW_CALLER_KEYS))
        self.new_caller_action.triggered.connect(lambda: self.new_caller(Channel.PHONE))
        self.new_mail_action = QAction(window)
        self.new_mail_action.setObjectName("newMailItemAction")
        self.new_mail_action.triggered.connect(lambda: self.new_caller(Channel.MAIL))
        self.wrap_up_action = QAction(window)
        self.wrap_up_action.setObjectName("wrapUpAction")
        self.wrap_up_action.setShortcut(QKeySequence(WRAP_UP_KEYS))
        self.wrap_up_action.triggered.connect(lambda: self.wrap_up())
        for action in self.actions():
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setVisible(enabled)
        self.retranslate_ui()
        self._arrange()

    @property
    def window(self) -> QWidget:
        # Not kept in an attribute: the window owns this object, and a reference back would
        # keep the window's Python side alive after Qt deleted it.
        parent = self.parent()
        assert isinstance(parent, QWidget)
        return parent

    def actions(self) -> tuple[QAction, ...]:
        return (self.new_caller_action, self.new_mail_action, self.wrap_up_action)

    def retranslate_ui(self) -> None:
        self.new_caller_action.setText(self.tr("&New caller"))
        self.new_caller_action.setToolTip(self.tr(
            "Take the next caller ({keys}): the screen starts again, unverified").format(
                keys=QKeySequence(NEW_CALLER_KEYS).toString(
                    QKeySequence.SequenceFormat.NativeText)))
        self.new_mail_action.setText(self.tr("New &mail item"))
        self.new_mail_action.setToolTip(self.tr(
            "Take the next mail item (back office): the screen starts again, unverified"))
        self.wrap_up_action.setText(self.tr("&Wrap up…"))
        self.wrap_up_action.setToolTip(self.tr(
            "Close the open call with its outcome and a note ({keys})").format(
                keys=QKeySequence(WRAP_UP_KEYS).toString(QKeySequence.SequenceFormat.NativeText)))

    def status_text(self) -> str:
        """One line for the status bar: the open call and since when, or how to take one."""
        call = self.current
        if call is None:
            return self.tr("No open call · {keys}: New caller").format(
                keys=QKeySequence(NEW_CALLER_KEYS).toString(
                    QKeySequence.SequenceFormat.NativeText))
        if call.channel is Channel.MAIL:
            text = self.tr("On a mail item since {time}")
        else:
            text = self.tr("On a call since {time} ({channel})")
        return text.format(time=call_time(call), channel=call_channel_label(call.channel))

    # -- asking the core -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the open call again (at sign-in and after a refusal that names it)."""
        if not self.enabled:
            return
        desk, handle = self.desk, self.handle
        self.session.run(lambda: desk.calls.current(handle), self._set_current,
                         lambda _error: None, owner=self)

    def new_caller(self, channel: Channel = Channel.PHONE, *, keep_screen: bool = False) -> None:
        """Take the next caller; with a call still open, wrap that one up first."""
        if not self.new_caller_action.isEnabled():
            return
        if self.current is not None:
            self.wrap_up(then=channel)
            return
        self._take(channel, keep_screen)

    def wrap_up(self, then: Channel | None = None) -> WrapUpDialog | None:
        """Ask for the outcome and note of the open call; ``then`` takes the next caller on
        that channel once the core has closed it (a new caller: the screen starts again)."""
        call = self.current
        if call is None or not self.wrap_up_action.isEnabled():
            return None
        if self.dialog is not None:
            self.dialog.close()
        dialog = WrapUpDialog(call, then_next=then is not None, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.confirm_button.clicked.connect(lambda: self._close_call(dialog, then))
        dialog.note.returnPressed.connect(lambda: self._close_call(dialog, then))
        dialog.destroyed.connect(lambda _o=None: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

        def read(now: CallInfo | None) -> None:
            if self.dialog is not dialog or not shiboken6.isValid(dialog):
                # Answered (or replaced) meanwhile: this reading is older than the wrap-up
                # that closed the call, and must not open it again on screen.
                return
            self._set_current(now)
            if now is None:  # closed on another path meanwhile: nothing to wrap up
                dialog.reject()
            else:
                dialog.set_call(now)

        # Shown at once; the core's current reading (the customer the call is about) follows.
        desk, handle = self.desk, self.handle
        self.session.run(lambda: desk.calls.current(handle), read, lambda _e: None,
                         owner=self)
        return dialog

    def _forget(self, dialog: WrapUpDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _close_call(self, dialog: WrapUpDialog, then: Channel | None) -> None:
        if not dialog.confirm_button.isEnabled():
            return
        dialog.confirm_button.setEnabled(False)
        dialog.message.clear_message()
        desk, handle = self.desk, self.handle
        outcome, note = dialog.chosen_outcome(), dialog.note.text()

        def closed(call: CallInfo) -> None:
            if shiboken6.isValid(dialog):
                dialog.accept()
            self._forget(dialog)
            self._set_current(None)
            self.wrapped_up.emit(call)
            if then is not None:
                self._take(then)

        def refused(error: BaseException) -> None:
            if shiboken6.isValid(dialog):
                dialog.refused(error)

        # Owned by this object, not the dialog: a call the core closed is closed on screen too.
        self.session.run(lambda: desk.calls.wrap_up(handle, outcome, note), closed, refused,
                         owner=self, action=True)

    def _take(self, channel: Channel, keep_screen: bool = False) -> None:
        self.busy = True
        self._arrange()
        desk, handle = self.desk, self.handle

        def taken(call: CallInfo) -> None:
            self.busy = False
            self._set_current(call)
            self.taken.emit(call, keep_screen)

        def refused(error: BaseException) -> None:
            self.busy = False
            self._arrange()
            if isinstance(error, CallAlreadyOpen):
                # Opened on another path meanwhile: show it, then ask for its wrap-up.
                self.session.run(lambda: desk.calls.current(handle), self._after_refusal,
                                 lambda _e: None, owner=self)
            show_error(self.window, error)

        self.session.run(lambda: desk.calls.take(handle, channel), taken, refused, owner=self,
                         action=True)

    def _after_refusal(self, call: CallInfo | None) -> None:
        self._set_current(call)

    def _set_current(self, call: CallInfo | None) -> None:
        self.current = call
        self._arrange()
        self.changed.emit(call)

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        self._arrange()

    def _arrange(self) -> None:
        free = self.enabled and not self.busy and not self.locked
        self.new_caller_action.setEnabled(free)
        self.new_mail_action.setEnabled(free)
        self.wrap_up_action.setEnabled(free and self.current is not None)
