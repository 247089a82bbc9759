"""The lock screen: covers the work after the idle time; unlock with password and code."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from authdesk.core.staff import AccountLocked
from authdesk.gui.kit.background import run_in_background
from authdesk.gui.kit.page import PageContext
from authdesk.gui.kit.session import SESSION_ENDED
from authdesk.gui.kit.widgets import CodeEdit, FormMessage, Retranslating
from authdesk.gui.shell.signin import app_icon, heading_font_css


class LockScreen(Retranslating, QWidget):
    unlocked = Signal()
    sign_out_requested = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("lockScreen")
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(48, 48))
        self.title = QLabel(self)
        self.title.setStyleSheet(heading_font_css(16))
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.code = CodeEdit(self)
        self.code.setObjectName("unlockCode")
        self.password_label = QLabel(self)
        self.password_label.setBuddy(self.password)
        self.code_label = QLabel(self)
        self.code_label.setBuddy(self.code)
        form = QFormLayout()
        form.addRow(self.password_label, self.password)
        form.addRow(self.code_label, self.code)
        self.message = FormMessage(self)
        self.message.setObjectName("unlockMessage")
        self.unlock_button = QPushButton(self)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.sign_out_button = QPushButton(self)
        self.sign_out_button.setObjectName("lockSignOutButton")
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        self.password.returnPressed.connect(self.unlock)
        self.code.returnPressed.connect(self.unlock)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)

        card = QFrame(self)
        card.setObjectName("lockCard")
        card.setStyleSheet("#lockCard { background: palette(base); border: 1px solid "
                           "palette(mid); border-radius: 8px; }")
        card.setFixedWidth(520)
        column = QVBoxLayout(card)
        column.setContentsMargins(24, 20, 24, 20)
        column.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.title, 1)
        column.addLayout(top)
        column.addWidget(self.explain)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.setTabOrder(self.password, self.code)
        self.setTabOrder(self.code, self.unlock_button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        me = self.context.me
        self.title.setText(self.tr("Session locked"))
        self.explain.setText(self.tr(
            "The session of {name} ({username}) was locked. Enter your password and a new code "
            "from your authenticator app to go on.").format(
                name=me.display_name or me.username, username=me.username))
        self.password_label.setText(self.tr("&Password"))
        self.code_label.setText(self.tr("&Code"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.sign_out_button.setText(self.tr("Sign out"))

    def reset(self) -> None:
        self.password.clear()
        self.code.clear()
        self.message.clear_message()
        self.unlock_button.setEnabled(True)
        self.password.setFocus()

    def unlock(self) -> None:
        if not self.unlock_button.isEnabled() or not self.password.text() or not self.code.text():
            (self.code if self.password.text() else self.password).setFocus()
            return
        self.unlock_button.setEnabled(False)
        self.message.clear_message()
        desk, handle = self.context.desk, self.context.handle
        password, code = self.password.text(), self.code.text()

        def failed(error: BaseException) -> None:
            self.unlock_button.setEnabled(True)
            if isinstance(error, (AccountLocked, *SESSION_ENDED)):
                # Too many failures end the session; sign-in says how long the lock lasts.
                self.context.session.end(error)
                return
            self.message.show_error(error)
            self.code.clear()
            self.password.selectAll()
            self.password.setFocus()

        def done(_result: object) -> None:
            self.reset()
            self.unlocked.emit()

        run_in_background(lambda: desk.staff.unlock_session(handle, password, code), done, failed,
                          owner=self)
