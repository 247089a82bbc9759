"""Which window is on screen: first run, sign-in, or the main window of a signed-in person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from authdesk.gui.shell.context import AppContext
from authdesk.gui.shell.signin import SignInWindow

if TYPE_CHECKING:
    from authdesk.core.desk import Desk
    from authdesk.gui.kit.session import SignedIn
    from authdesk.gui.shell.mainwindow import MainWindow

# The first-run and main windows (and the feature pages with them) are imported when they are
# first shown, or ahead of that by ``warm_up`` once the database is open: the sign-in window
# comes up without them (issue 14).
LATER_MODULES = ("authdesk.gui.shell.firstrun", "authdesk.gui.shell.mainwindow")


def warm_up(context: AppContext) -> None:
    """Import what the windows after sign-in need; safe on a worker thread (no Qt object is
    made), so that the first sign-in is not slowed by it."""
    import importlib

    import authdesk

    authdesk.__version__  # noqa: B018 - reads the package metadata (see authdesk.__getattr__)
    for name in LATER_MODULES:
        importlib.import_module(name)
    context.pages  # noqa: B018 - imports the feature pages


class AppController(QObject):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.window: QWidget | None = None

    def start(self) -> QWidget:
        """The first window. With the database still being opened it is the sign-in window,
        and ``desk_opened`` turns it into the first-run window if there is no administrator."""
        if not self.context.desk_ready or self.context.desk.staff.has_admin():
            return self.show_sign_in()
        return self.show_first_run()

    def desk_opened(self, desk: Desk) -> None:
        if isinstance(self.window, SignInWindow) and not desk.staff.has_admin():
            self.show_first_run()

    def show_first_run(self) -> QWidget:
        from authdesk.gui.shell.firstrun import FirstRunWindow

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
        from authdesk.gui.shell.mainwindow import MainWindow

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
