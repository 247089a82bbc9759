"""Help → Keyboard shortcuts: every shortcut of the window, read from the window itself (its
menus' actions and the pages' ``QShortcut`` objects), so the list cannot drift from the keys
that work; then how to move around (Tab, Enter, Alt + the underlined letter)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from authdesk.gui.kit.shortcuts import native, plain_text
from authdesk.gui.kit.widgets import Retranslating

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ShortcutRow:
    section: str
    keys: str  # as the platform writes them ("Ctrl+N")
    does: str


def _menu_rows(window: QMainWindow) -> list[ShortcutRow]:
    rows: list[ShortcutRow] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu) or not top.isVisible():
            continue
        for action in menu.actions():
            if action.isVisible() and not action.shortcut().isEmpty():
                rows.append(ShortcutRow(plain_text(top.text()), native(action.shortcut()),
                                        plain_text(action.text())))
    return rows


def _shortcut_words(shortcut: QShortcut) -> str:
    if shortcut.whatsThis():
        return shortcut.whatsThis()
    parent = shortcut.parent()
    keys = shortcut.key().toString()
    if isinstance(parent, QWidget):  # a button's key (``button_shortcut``): the button's words
        for button in parent.findChildren(QAbstractButton):
            if button.property("authdeskShortcut") == keys:
                return plain_text(button.text())
    return ""


def _page_rows(window: QMainWindow) -> list[ShortcutRow]:
    rows: list[ShortcutRow] = []
    tabs = window.findChild(QTabWidget, "pages")
    if tabs is None:
        return rows
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if page is None:
            continue
        title = plain_text(tabs.tabText(index))
        for shortcut in page.findChildren(QShortcut):
            if shortcut.isEnabled():
                rows.append(ShortcutRow(title, native(shortcut.key()),
                                        _shortcut_words(shortcut)))
    return rows


def shortcut_rows(window: QMainWindow) -> list[ShortcutRow]:
    """Every shortcut of ``window`` (menus, then each page), then the keys that move around."""
    tabs = native(QKeySequence("Ctrl+Tab")) + " / " + native(QKeySequence("Ctrl+Shift+Tab"))
    general = [
        (tabs, translate("KeyboardShortcutsDialog", "Next / previous tab")),
        (translate("KeyboardShortcutsDialog", "Tab / Shift+Tab"),
         translate("KeyboardShortcutsDialog", "Next / previous field or button")),
        (translate("KeyboardShortcutsDialog", "Alt + underlined letter"),
         translate("KeyboardShortcutsDialog", "The field, button, tab or menu with that "
                                              "letter")),
        (translate("KeyboardShortcutsDialog", "Enter in a field"),
         translate("KeyboardShortcutsDialog", "The next field; in a step's last field, its "
                                              "action (Next, Save, Send)")),
        (translate("KeyboardShortcutsDialog", "Enter or Space on a button"),
         translate("KeyboardShortcutsDialog", "Presses it")),
        (translate("KeyboardShortcutsDialog", "Space on a check box"),
         translate("KeyboardShortcutsDialog", "Ticks it; Enter moves on to the next one")),
        (translate("KeyboardShortcutsDialog", "↑ ↓ in the customer search"),
         translate("KeyboardShortcutsDialog", "Choose a result; Enter opens it")),
        (translate("KeyboardShortcutsDialog", "Esc"),
         translate("KeyboardShortcutsDialog", "Closes a dialog or menu without doing "
                                              "anything")),
    ]
    moving = translate("KeyboardShortcutsDialog", "Moving around")
    return (_menu_rows(window) + _page_rows(window)
            + [ShortcutRow(moving, keys, does) for keys, does in general])


class KeyboardShortcutsDialog(Retranslating, QDialog):
    """The list, grouped by menu and page. Read-only; Esc or Enter closes it."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self._window = window
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutsList")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.explain)
        column.addWidget(self.tree, 1)
        column.addWidget(self.buttons)
        self.resize(720, 560)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.explain.setText(self.tr(
            "Everything on a call can be done from the keyboard. After sign-in and after New "
            "caller the cursor is in the customer search; after each step it is on the next "
            "action."))
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.tree.clear()
        sections: dict[str, QTreeWidgetItem] = {}
        for row in shortcut_rows(self._window):
            section = sections.get(row.section)
            if section is None:
                section = QTreeWidgetItem(self.tree, [row.section])
                font = section.font(0)
                font.setBold(True)
                section.setFont(0, font)
                section.setFirstColumnSpanned(True)
                sections[row.section] = section
            QTreeWidgetItem(section, [row.keys, row.does])
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)


def show_shortcuts(window: QMainWindow) -> KeyboardShortcutsDialog:
    dialog = KeyboardShortcutsDialog(window)
    dialog.open()
    return dialog
