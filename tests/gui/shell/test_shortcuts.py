"""Help → Keyboard shortcuts lists every shortcut the window has (read from the window, so it
cannot drift), each with its words, in both languages; the keys it lists work, on the page
they belong to."""

from __future__ import annotations

from typing import Any

from guikit import People
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication
from test_agent_support import main_window

from authdesk.core.roles import Role
from authdesk.gui.approvals.page import SupervisorPage
from authdesk.gui.audit.page import AuditPage
from authdesk.gui.kit.background import background
from authdesk.gui.shell.context import AppContext
from authdesk.gui.shell.mainwindow import MainWindow
from authdesk.gui.shell.shortcuts import KeyboardShortcutsDialog, shortcut_rows


def every_shortcut(window: MainWindow) -> set[str]:
    """The keys of every menu action and page shortcut the window really has."""
    keys = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        for action in menu.actions() if menu is not None and top.isVisible() else []:
            if action.isVisible() and not action.shortcut().isEmpty():
                keys.add(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
    for shortcut in window.findChildren(QShortcut):
        keys.add(shortcut.key().toString(QKeySequence.SequenceFormat.NativeText))
    return keys


def open_by_keyboard(qtbot: Any, window: MainWindow) -> KeyboardShortcutsDialog:
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    focus = QApplication.focusWidget() or window
    qtbot.keyClick(focus, Qt.Key.Key_F1)  # Help → Keyboard shortcuts
    dialog = window.shortcuts_dialog
    assert isinstance(dialog, KeyboardShortcutsDialog) and dialog.isVisible()
    return dialog


def test_every_shortcut_is_listed_with_its_words_in_both_languages(
        qtbot: Any, context: AppContext, people: People) -> None:
    people.add("lead1", Role.AGENT, Role.SUPERVISOR, Role.AUDITOR)
    window = main_window(qtbot, context, people.sign_in("lead1"))
    dialog = open_by_keyboard(qtbot, window)
    rows = shortcut_rows(window)
    listed = {row.keys for row in rows}
    assert every_shortcut(window) <= listed, every_shortcut(window) - listed
    assert {"Ctrl+N", "Ctrl+Shift+W", "Ctrl+L", "Ctrl+Shift+Q", "Ctrl+F", "F5",
            "F1"} <= listed
    assert all(row.does for row in rows), [row for row in rows if not row.does]
    texts = {(row.keys, row.does) for row in rows}
    assert ("Ctrl+N", "New caller") in texts
    assert ("Ctrl+F", "Back to the customer search") in texts
    assert ("F5", "Refresh") in texts
    shown = [dialog.tree.topLevelItem(i).child(j).text(0)
             for i in range(dialog.tree.topLevelItemCount())
             for j in range(dialog.tree.topLevelItem(i).childCount())]
    assert listed <= set(shown)

    context.translations.apply("ja")
    QApplication.processEvents()
    assert dialog.windowTitle() == "キーボードショートカット"
    rows = shortcut_rows(window)
    assert ("Ctrl+N", "新規受付") in {(row.keys, row.does) for row in rows}
    assert "画面内の移動" in {row.section for row in rows}
    assert not any(row.does.isascii() for row in rows), "every row in Japanese"
    dialog.reject()


def test_f5_refreshes_the_page_on_screen_only(
        qtbot: Any, context: AppContext, people: People) -> None:
    people.add("lead1", Role.SUPERVISOR, Role.AUDITOR)
    window = main_window(qtbot, context, people.sign_in("lead1"))
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    queue = window.show_page("supervisor.queue")
    assert isinstance(queue, SupervisorPage)
    audit = window.page("audit")
    assert isinstance(audit, AuditPage)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not background().busy, timeout=10_000)  # the page's first read
    # Before, the button's own F5 was replaced by its mnemonic (Alt+R) when its text was set.
    with qtbot.waitSignal(queue.queue_loaded, timeout=10_000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
