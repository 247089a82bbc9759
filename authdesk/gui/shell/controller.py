"""Which window is on screen: first run, sign-in, or the main window of a signed-in person."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from authdesk.gui.kit.session import SignedIn
from authdesk.gui.shell.context import AppContext
from authdesk.gui.shell.firstrun import FirstRunWindow
from authdesk.gui.shell.mainwindow import MainWindow
from authdesk.gui.shell.signin import SignInWindow


class AppController(QObject):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.window: QWidget | None = None

    def start(self) -> QWidget:
        if self.context.desk.staff.has_admin():
            return self.show_sign_in()
        first = FirstRunWindow(self.context)
        first.signed_in.connect(self.signed_in)
        return self._replace(first)

    def show_sign_in(self, reason: BaseException | None = None) -> SignInWindow:
        window = SignInWindow(self.context)
        window.signed_in.connect(self.signed_in)
        if reason is not None:
            window.message.show_error(reason)
        self._replace(window)
        return window

    def signed_in(self, signed: SignedIn) -> MainWindow:
        window = MainWindow(self.context, signed)
        window.ended.connect(self._ended)
        self._replace(window)
        return window

    def _ended(self, error: object) -> None:
        self.show_sign_in(error if isinstance(error, BaseException) else None)

    def _replace(self, window: QWidget) -> QWidget:
        old, self.window = self.window, window
        window.show()
        window.raise_()
        window.activateWindow()
        if old is not None:
            old.hide()
            old.deleteLater()
        return window
