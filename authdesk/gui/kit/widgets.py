"""Small widgets shared by several screens: the code field, inline messages, the enrollment
panel (QR and manual key), and the re-translation hook every window uses."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from authdesk.gui.kit.messages import error_text
from authdesk.gui.kit.qr import group_key, qr_pixmap


class Retranslating:
    """Mixin for widgets: ``retranslate_ui`` sets every visible text; it runs at construction
    (call it at the end of ``__init__``) and again when the language changes."""

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]


def monospace_font(point_delta: int = 0) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if point_delta:
        font.setPointSize(max(6, font.pointSize() + point_delta))
    return font


def tidy_table(view: QTableView, *, stretch: int | None = None) -> None:
    """The house style of a read-only table: whole rows selected, uniform fixed row heights
    (fast, and no measuring), room around the text, one column taking the spare width."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setStyleSheet("QTableView::item { padding: 0px 8px; }")
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
    columns = view.horizontalHeader()
    columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    columns.setStretchLastSection(stretch is None)
    if stretch is not None:
        columns.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class ReadOnlyField(QLineEdit):
    """A long value (a hash, a key) shown whole: selectable and scrollable, never wrapped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFrame(False)
        self.setStyleSheet("background: transparent;")
        self.setFont(monospace_font(-1))
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)


class CodeEdit(QLineEdit):
    """Six digits from an authenticator app. Accepts what callers read out ('123 456',
    full-width digits); the core normalises. ``completed`` fires when six digits are in."""

    completed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Digits (ASCII or full-width) and the separators people type between the halves.
        pattern = QRegularExpression("[0-9０-９ \u3000-]{0,9}")
        self.setValidator(QRegularExpressionValidator(pattern, self))
        self.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.setFont(monospace_font(4))
        self.setMaxLength(9)
        self.setPlaceholderText("000 000")
        self.textChanged.connect(self._check_complete)

    def digits(self) -> str:
        return "".join(ch for ch in self.text() if ch.isdigit())

    def _check_complete(self, _text: str) -> None:
        if len(self.digits()) == 6:
            self.completed.emit(self.text())


class FormMessage(QLabel):
    """An inline message under a form: an error to read out, or a confirmation. It keeps the
    error object, so the sentence is re-translated when the language changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("formMessage")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._error: BaseException | None = None
        self.hide()

    def show_error(self, error: BaseException) -> None:
        self._error = error
        self.setStyleSheet("color: #b00020; font-weight: bold;")
        self.setText(error_text(error))
        self.show()

    def show_problem(self, text: str) -> None:
        """A problem found in the form itself (already translated by the caller)."""
        self._error = None
        self.setStyleSheet("color: #b00020; font-weight: bold;")
        self.setText(text)
        self.show()

    def show_info(self, text: str) -> None:
        self._error = None
        self.setStyleSheet("color: #1b5e20;")
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self._error = None
        self.clear()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._error is not None:
            self.setText(error_text(self._error))
        super().changeEvent(event)


class EnrollmentPanel(Retranslating, QFrame):
    """The QR code beside the manual key, for adding an account to an authenticator app."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.qr = QLabel(self)
        self.qr.setObjectName("qrCode")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.account_caption = QLabel(self)
        self.account = QLabel(self)
        self.account.setObjectName("enrollAccount")
        self.key_caption = QLabel(self)
        self.manual_key = QLabel(self)
        self.manual_key.setObjectName("manualKey")
        self.manual_key.setFont(monospace_font(3))
        self.manual_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.manual_key.setWordWrap(True)
        self.settings = QLabel(self)
        self.settings.setWordWrap(True)
        self.steps = QLabel(self)
        self.steps.setWordWrap(True)

        side = QVBoxLayout()
        side.addWidget(self.steps)
        side.addSpacing(8)
        side.addWidget(self.account_caption)
        side.addWidget(self.account)
        side.addSpacing(4)
        side.addWidget(self.key_caption)
        side.addWidget(self.manual_key)
        side.addWidget(self.settings)
        side.addStretch(1)
        grid = QGridLayout(self)
        grid.addWidget(self.qr, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(side, 0, 1)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(16)
        self.retranslate_ui()

    def set_enrollment(self, username: str, uri: str, manual_key: str) -> None:
        self.qr.setPixmap(qr_pixmap(uri, module_px=5))
        self.account.setText(f"AuthDesk: {username}")
        self.manual_key.setText(group_key(manual_key))
        self.manual_key.setProperty("rawKey", manual_key)

    def raw_key(self) -> str:
        return str(self.manual_key.property("rawKey") or "")

    def retranslate_ui(self) -> None:
        self.steps.setText(self.tr(
            "1. Open the authenticator app on your phone and add an account.\n"
            "2. Scan this QR code, or type the key below by hand."))
        self.account_caption.setText(self.tr("Account"))
        self.key_caption.setText(self.tr("Key for typing by hand"))
        self.settings.setText(self.tr("Time-based, 6 digits, every 30 seconds."))


class ReasonDialog(QDialog):
    """Asks for the written reason an audited action needs (unmasking a field, unlocking an
    authenticator). Subclasses give the texts in ``ask``, so their tr() context is their own."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Dialog")
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName(f"{name}Reason")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.confirm_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.explain)
        column.addWidget(self.reason)
        column.addWidget(self.buttons)

    def ask(self, *, title: str, explanation: str, example: str, action: str,
            action_name: str, width: int) -> None:
        self.setWindowTitle(title)
        self.explain.setText(explanation)
        self.reason.setPlaceholderText(example)
        self.confirm_button.setText(action)
        self.confirm_button.setObjectName(action_name)
        self.setMinimumWidth(width)
