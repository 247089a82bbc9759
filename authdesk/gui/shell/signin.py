"""The sign-in window: username, password and the code from the staff member's own app."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QPixmap, QShowEvent
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
from authdesk.gui.kit.widgets import CodeEdit, FormMessage, Retranslating
from authdesk.gui.shell.context import AppContext

if TYPE_CHECKING:
    from authdesk.gui.kit.session import SignedIn


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
        # ``where``, not the desk: the database may still be being opened.
        where = self._context.where
        kind = self.tr("embedded") if where.kind == "embedded" else self.tr("shared")
        self.setText(self.tr("Workstation {workstation} · {kind} database {url}").format(
            workstation=where.workstation, kind=kind, url=where.database))
        self.setToolTip(where.database)


DEMO_WIDTH = 1280  # the form and the demo panel with its notes on one line each


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
        self._fitted = False
        self.resize(self.opening_size())
        self.username.setFocus()

    def opening_size(self) -> QSize:
        """Wide enough for the form and, in demo mode, the demo table's notes on one line, as
        far as the screen allows (the size hint alone cut the table off)."""
        width = 560 if self.demo_panel is None else DEMO_WIDTH
        height = max(self.sizeHint().height(), 480 if self.demo_panel is None else 720)
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width()), min(height, room.height())
        return QSize(width, height)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.demo_panel is not None and not self._fitted:
            self._fitted = True
            QTimer.singleShot(0, self.fit_demo_table)

    def fit_demo_table(self) -> None:
        """Once laid out: grow to show every row of the demo table, as far as the screen
        allows (row heights are known only now, with the notes' column width)."""
        if self.demo_panel is None:
            return
        missing = self.demo_panel.rows_cut()
        if not missing:
            return
        height = self.height() + missing
        screen = self.screen()
        if screen is not None:
            height = min(height, screen.availableGeometry().height())
        self.resize(self.width(), height)

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
        context = self.context

        def work() -> SignedIn:
            # On the worker: the core (and the database, if it is still being opened) is
            # waited for here, never on the GUI thread.
            from authdesk.gui.kit.session import sign_in_and_read

            return sign_in_and_read(context.desk, username, password, code)

        run_in_background(work, self._signed_in, self._failed, owner=self)

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
