"""The main window: the pages the signed-in roles may use, the lock screen, the status bar."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from authdesk import __version__
from authdesk.core.roles import Operation, may
from authdesk.gui.kit.calls import CallDesk
from authdesk.gui.kit.focus import click_focus_only, install_keyboard_rules
from authdesk.gui.kit.i18n import LANGUAGES, format_duration
from authdesk.gui.kit.messages import roles_label
from authdesk.gui.kit.page import PageContext, PageSpec
from authdesk.gui.kit.session import SessionGuard, SignedIn
from authdesk.gui.kit.widgets import Retranslating
from authdesk.gui.shell.context import AppContext
from authdesk.gui.shell.lock import LockScreen
from authdesk.gui.shell.pages import landing_page
from authdesk.gui.shell.shortcuts import KeyboardShortcutsDialog
from authdesk.gui.shell.signin import app_icon

PAGE_SIZE = QSize(1280, 800)
DEMO_DOCK_WIDTH = 320  # with 1280 for the pages, fits a 1600-pixel-wide screen


class MainWindow(Retranslating, QMainWindow):
    ended = Signal(object)
    """The session is over: None after signing out, else the error that ended it."""

    def __init__(self, context: AppContext, signed: SignedIn,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        # The handle is the only authority; ``me`` is what the core said about it at sign-in,
        # used for the window's texts and for which pages and actions to offer.
        self.handle, self.me = signed.handle, signed.me
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        install_keyboard_rules()
        self._landed = False  # the focus has gone to the landing page (first show)
        self.session = SessionGuard(context.desk, self.handle, self)
        self.calls = CallDesk(context.desk, self.handle, self.session, window=self,
                              enabled=may(self.me.roles, Operation.TAKE_CALL))
        self.page_context = PageContext(context, self.handle, self.me, self.session, self.calls)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("pages")
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._page_changed)
        self.specs: list[PageSpec] = [p for p in context.pages
                                       if p.allowed(self.me.roles)]
        self.counts: dict[str, int | None] = {}
        for spec in self.specs:
            self.tabs.addTab(self._build(spec), "")
        landing = landing_page(self.me.roles, self.page_keys())
        if landing is not None:
            self.tabs.setCurrentWidget(self.page(landing))
        self.nothing = QLabel(self)
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lock_screen = LockScreen(self.page_context, self)
        self.lock_screen.unlocked.connect(self.session.confirm_unlocked)
        self.lock_screen.sign_out_requested.connect(self.sign_out)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tabs if self.specs else self.nothing)
        if self.specs:
            self.nothing.hide()  # not in any layout: it would sit in the window's corner
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)

        self._make_menus()
        self._make_status_bar()
        self.demo_dock: QDockWidget | None = None
        if context.demo is not None:
            from authdesk.gui.shell.demo_panel import DemoPanel

            self.demo_dock = QDockWidget(self)
            self.demo_dock.setObjectName("demoDock")
            self.demo_dock.setWidget(DemoPanel(context.demo, context.desk, self.demo_dock,
                                               compact=True))
            self.demo_dock.setFixedWidth(DEMO_DOCK_WIDTH)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.demo_dock)
            click_focus_only(self.demo_dock)  # a focus rule: never there unless clicked

        self.session.locked.connect(self._show_locked)
        self.session.unlocked.connect(self._show_unlocked)
        self.session.ended.connect(self._session_ended)
        self.session.status_changed.connect(lambda _s: self._tick())
        self.calls.changed.connect(lambda _c: self._show_call())
        context.translations.language_changed.connect(self._language_changed)
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(1000)
        self.clock_timer.timeout.connect(self._tick)
        self.clock_timer.start()
        self.resize(self.opening_size())
        self.retranslate_ui()
        self.session.start()
        self.calls.refresh()

    # -- building ------------------------------------------------------------------------------

    def opening_size(self) -> QSize:
        """Every page is laid out for 1280×800 (tests/gui/shell/test_layout.py); the demo
        panel comes beside that. Never larger than the screen."""
        width = PAGE_SIZE.width() + (DEMO_DOCK_WIDTH if self.demo_dock is not None else 0)
        height = PAGE_SIZE.height()
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width()), min(height, room.height())
        return QSize(width, height)

    def _build(self, spec: PageSpec) -> QWidget:
        page = spec.build(self.page_context)
        page.setObjectName(f"page_{spec.key.replace('.', '_')}")
        counted = getattr(page, "count_changed", None)
        if counted is not None:
            counted.connect(lambda count, key=spec.key: self._count_changed(key, count))
        return page

    def tab_title(self, key: str) -> str:
        """The page's title, with the number of things waiting on it when there are any."""
        spec = next(s for s in self.specs if s.key == key)
        count = self.counts.get(key)
        if not count:
            return spec.title()
        return self.tr("{title} ({count})").format(title=spec.title(), count=count)

    def _count_changed(self, key: str, count: object) -> None:
        self.counts[key] = count if isinstance(count, int) else None
        index = self.page_keys().index(key)
        self.tabs.setTabText(index, self.tab_title(key))

    def page(self, key: str) -> QWidget:
        """The page widget for ``key`` (tests and the next screens use this)."""
        for index, spec in enumerate(self.specs):
            widget = self.tabs.widget(index)
            if spec.key == key and widget is not None:
                return widget
        raise KeyError(key)

    def page_keys(self) -> list[str]:
        return [spec.key for spec in self.specs]

    def show_page(self, key: str) -> QWidget:
        widget = self.page(key)
        self.tabs.setCurrentWidget(widget)
        return widget

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.session_menu = bar.addMenu("")
        self.lock_action = QAction(self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.session.lock_now)
        self.sign_out_action = QAction(self)
        self.sign_out_action.setObjectName("signOutAction")
        self.sign_out_action.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.sign_out_action.triggered.connect(self.sign_out)
        self.session_menu.addAction(self.lock_action)
        self.session_menu.addSeparator()
        self.session_menu.addAction(self.sign_out_action)

        # Only for people who take calls (agents, supervisors); the core decides anyway.
        self.call_menu = bar.addMenu("")
        self.call_menu.setObjectName("callMenu")
        self.call_menu.addAction(self.calls.new_caller_action)
        self.call_menu.addAction(self.calls.new_mail_action)
        self.call_menu.addSeparator()
        self.call_menu.addAction(self.calls.wrap_up_action)
        self.call_menu.menuAction().setVisible(self.calls.enabled)

        self.language_menu = bar.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == self.context.translations.language)
            action.triggered.connect(lambda _checked=False, c=code: self._choose_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = bar.addMenu("")
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setObjectName("shortcutsAction")
        self.shortcuts_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.help_menu.addAction(self.shortcuts_action)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)
        self.shortcuts_dialog: KeyboardShortcutsDialog | None = None

    def _make_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        self.call_label = QLabel(self)
        self.call_label.setObjectName("statusCall")
        self.call_label.setVisible(self.calls.enabled)
        bar.addWidget(self.call_label)
        self.who_label = QLabel(self)
        self.who_label.setObjectName("statusWho")
        self.role_label = QLabel(self)
        self.role_label.setObjectName("statusRoles")
        self.workstation_label = QLabel(self)
        self.workstation_label.setObjectName("statusWorkstation")
        self.database_label = QLabel(self)
        self.database_label.setObjectName("statusDatabase")
        self.session_label = QLabel(self)
        self.session_label.setObjectName("statusSession")
        for label in (self.who_label, self.role_label, self.workstation_label,
                      self.database_label):
            bar.addWidget(label)
        bar.addPermanentWidget(self.session_label)

    # -- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        desk = self.context.desk
        me = self.me
        name = me.display_name or me.username
        demo = self.tr(" [DEMO]") if self.context.demo is not None else ""
        self.setWindowTitle(self.tr("AuthDesk — {name}").format(name=name) + demo)
        for index, spec in enumerate(self.specs):
            self.tabs.setTabText(index, self.tab_title(spec.key))
        self.nothing.setText(self.tr("Your roles give you no screens here. Ask an "
                                     "administrator."))
        self.session_menu.setTitle(self.tr("&Session"))
        self.call_menu.setTitle(self.tr("&Call"))
        self.calls.retranslate_ui()
        self._show_call()
        self.lock_action.setText(self.tr("&Lock now"))
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts…"))
        self.about_action.setText(self.tr("&About AuthDesk"))
        self.who_label.setText(self.tr("{name} ({username})").format(
            name=name, username=me.username))
        self.role_label.setText(self.tr("Role: {roles}").format(
            roles=roles_label(me.roles)))
        self.workstation_label.setText(self.tr("Workstation: {name}").format(
            name=me.workstation))
        kind = self.tr("embedded") if desk.db.kind == "embedded" else self.tr("shared")
        self.database_label.setText(self.tr("Database: {kind}").format(kind=kind))
        self.database_label.setToolTip(desk.db.describe())
        if self.demo_dock is not None:
            self.demo_dock.setWindowTitle(self.tr("Demo phones"))
        self._tick()

    def _show_call(self) -> None:
        self.call_label.setText(self.calls.status_text())
        self.call_label.setStyleSheet("color: #1b5e20; font-weight: 600;"
                                      if self.calls.current is not None else "")

    def _tick(self) -> None:
        left = self.session.time_left()
        if self.session.is_locked:
            self.session_label.setText(self.tr("Session locked"))
        elif left is None:
            self.session_label.setText("")
        else:
            idle, absolute = left
            self.session_label.setText(self.tr("Session: {left} left · idle lock in {idle}").format(
                left=format_duration(absolute), idle=format_duration(idle)))

    def _language_changed(self, _code: str) -> None:
        for code, action in self.language_actions.items():
            action.setChecked(code == self.context.translations.language)
        current = self.tabs.currentIndex()
        for index, spec in enumerate(self.specs):
            old = self.tabs.widget(index)
            if old is not None and not hasattr(old, "retranslate_ui"):
                # A page that cannot re-translate itself is built again in the new language.
                self.tabs.removeTab(index)
                self.tabs.insertTab(index, self._build(spec), self.tab_title(spec.key))
                old.deleteLater()
        self.tabs.setCurrentIndex(current)

    def _choose_language(self, code: str) -> None:
        if code != self.context.translations.language:
            self.context.translations.apply(code, remember=True)

    def show_shortcuts(self) -> KeyboardShortcutsDialog:
        """Help → Keyboard shortcuts: every shortcut of this window, read from it."""
        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.close()
        dialog = KeyboardShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _o=None: setattr(self, "shortcuts_dialog", None))
        self.shortcuts_dialog = dialog
        dialog.open()
        return dialog

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About AuthDesk"), self.tr(
            "AuthDesk {version}\nIdentity verification and four-eyes withdrawal-account "
            "changes, with a tamper-evident audit log.").format(version=__version__))

    # -- session -------------------------------------------------------------------------------

    def _page_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        shown = getattr(widget, "page_shown", None)
        if callable(shown):
            shown()
        self.focus_page()

    def focus_page(self) -> None:
        """The focus rule for a page coming up (after sign-in, Ctrl+Tab): its ``focus_first``,
        the customer search on the customers page."""
        if not self.isVisible():
            return  # still being built: the first show lands it
        focus_first = getattr(self.tabs.currentWidget(), "focus_first", None)
        if callable(focus_first) and self.stack.currentIndex() == 0:
            focus_first()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._landed:
            self._landed = True
            # After the window is on screen: a widget focused while hidden keeps no focus.
            QTimer.singleShot(0, self.focus_page)

    def _show_locked(self) -> None:
        self.lock_screen.reset()
        self.stack.setCurrentWidget(self.lock_screen)
        self.menuBar().setEnabled(False)
        self.calls.set_locked(True)
        self.lock_screen.password.setFocus()
        self._tick()

    def _show_unlocked(self) -> None:
        self.stack.setCurrentIndex(0)
        self.menuBar().setEnabled(True)
        self.calls.set_locked(False)
        self._tick()

    def sign_out(self) -> None:
        self.session.sign_out()

    def _session_ended(self, error: object) -> None:
        self.clock_timer.stop()
        self.ended.emit(error)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.session.is_over:
            self.sign_out()
        super().closeEvent(event)
