"""The sign-in window: username, password and the code from the staff member's own app."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from authdesk.gui.kit.background import run_in_background
from authdesk.gui.kit.focus import click_focus_only
from authdesk.gui.kit.i18n import LANGUAGES
from authdesk.gui.kit.resources import resource_path
from authdesk.gui.kit.session import SignedIn, sign_in_and_read
from authdesk.gui.kit.widgets import CodeEdit, FormMessage, Retranslating
from authdesk.gui.shell.context import AppContext


def app_icon() -> QIcon:
    try:
        return QIcon(str(resource_path("icons/authdesk.png")))
    except FileNotFoundError:
        return QIcon()


def heading_font_css(points: int = 16) -> str:
    return f"font-size: {points}pt; font-weight: 600;"


class LanguagePicker(QComboBox):
    """Each language named in itself; choosing one switches the whole app at once."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languagePicker")
        self._context = context
        for code, name in LANGUAGES.items():
            self.addItem(name, code)
        self.setCurrentIndex(self.findData(context.translations.language))
        self.activated.connect(self._chosen)
        context.translations.language_changed.connect(self._follow)

    def _chosen(self, index: int) -> None:
        code = self.itemData(index)
        if code != self._context.translations.language:
            self._context.translations.apply(code, remember=True)

    def _follow(self, code: str) -> None:
        self.setCurrentIndex(self.findData(code))


class DatabaseFooter(Retranslating, QLabel):
    """Which workstation and which database this window works on."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setObjectName("databaseFooter")
        self.setStyleSheet("color: palette(mid);")
        self.setWordWrap(True)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        desk = self._context.desk
        kind = self.tr("embedded") if desk.db.kind == "embedded" else self.tr("shared")
        self.setText(self.tr("Workstation {workstation} · {kind} database {url}").format(
            workstation=desk.workstation.name, kind=kind, url=desk.db.describe()))
        self.setToolTip(desk.db.describe())


class SignInWindow(Retranslating, QWidget):
    signed_in = Signal(object)
    """Emitted with the ``SignedIn`` session (its handle, and who it belongs to)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("signInWindow")
        self.setWindowIcon(app_icon())

        logo = QLabel(self)
        logo.setPixmap(QPixmap(app_icon().pixmap(56, 56)))
        self.title = QLabel(self)
        self.title.setStyleSheet(heading_font_css(18))
        self.subtitle = QLabel(self)
        heading = QHBoxLayout()
        heading.addWidget(logo)
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        heading.addLayout(titles, 1)

        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.code = CodeEdit(self)
        self.code.setObjectName("code")
        self.code_hint = QLabel(self)
        self.code_hint.setStyleSheet("color: palette(mid);")
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.username_label = QLabel(self)
        self.password_label = QLabel(self)
        self.code_label = QLabel(self)
        self.form.addRow(self.username_label, self.username)
        self.form.addRow(self.password_label, self.password)
        self.form.addRow(self.code_label, self.code)
        self.form.addRow("", self.code_hint)

        self.message = FormMessage(self)
        self.message.setObjectName("signInMessage")
        self.submit = QPushButton(self)
        self.submit.setObjectName("signInButton")
        self.submit.setDefault(True)
        self.submit.clicked.connect(self.sign_in)
        for field in (self.username, self.password, self.code):
            field.returnPressed.connect(self.sign_in)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit)

        self.language_label = QLabel(self)
        self.language = LanguagePicker(context, self)
        footer = QHBoxLayout()
        footer.addWidget(self.language_label)
        footer.addWidget(self.language)
        footer.addStretch(1)
        self.footer = DatabaseFooter(context, self)

        panel = QFrame(self)
        panel.setObjectName("signInPanel")
        panel.setMinimumWidth(420)
        panel.setMaximumWidth(560)
        column = QVBoxLayout(panel)
        column.addLayout(heading)
        column.addSpacing(12)
        column.addLayout(self.form)
        column.addWidget(self.message)
        column.addLayout(buttons)
        column.addStretch(1)
        column.addLayout(footer)
        column.addWidget(self.footer)

        outer = QHBoxLayout(self)
        outer.addWidget(panel, 1)
        if context.demo is not None:
            from authdesk.gui.shell.demo_panel import DemoPanel

            self.demo_panel: DemoPanel | None = DemoPanel(context.demo, context.desk, self)
            self.demo_panel.staff_chosen.connect(self.fill_from_demo)
            click_focus_only(self.demo_panel)  # a focus rule: never there unless clicked
            outer.addWidget(self.demo_panel, 1)
        else:
            self.demo_panel = None

        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.code)
        self.setTabOrder(self.code, self.submit)
        self.retranslate_ui()
        self.username.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("AuthDesk — Sign in"))
        self.title.setText("AuthDesk")
        self.subtitle.setText(self.tr("Staff sign-in"))
        self.username_label.setText(self.tr("&Username"))
        self.username_label.setBuddy(self.username)
        self.password_label.setText(self.tr("&Password"))
        self.password_label.setBuddy(self.password)
        self.code_label.setText(self.tr("&Code"))
        self.code_label.setBuddy(self.code)
        self.code_hint.setText(self.tr("The 6-digit code from your own authenticator app"))
        self.submit.setText(self.tr("Sign in"))
        self.language_label.setText(self.tr("Language"))

    def fill_from_demo(self, username: str, password: str, code: str) -> None:
        self.username.setText(username)
        self.password.setText(password)
        self.code.setText(code)
        self.submit.setFocus()

    def sign_in(self) -> None:
        if not self.submit.isEnabled():
            return
        username, password, code = self.username.text().strip(), self.password.text(), \
            self.code.text()
        if not username:
            self.username.setFocus()
            return
        if not password:
            self.password.setFocus()
            return
        if not code:
            self.code.setFocus()
            return
        self.message.clear_message()
        self._busy(True)
        desk = self.context.desk
        run_in_background(lambda: sign_in_and_read(desk, username, password, code),
                          self._signed_in, self._failed, owner=self)

    def _busy(self, busy: bool) -> None:
        for widget in (self.username, self.password, self.code, self.submit):
            widget.setEnabled(not busy)
        self.submit.setText(self.tr("Signing in…") if busy else self.tr("Sign in"))

    def _signed_in(self, signed: SignedIn) -> None:
        self._busy(False)
        self.password.clear()
        self.code.clear()
        self.signed_in.emit(signed)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.message.show_error(error)
        # The core does not say whether the password or the code was wrong, on purpose.
        self.code.clear()
        self.password.selectAll()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)
