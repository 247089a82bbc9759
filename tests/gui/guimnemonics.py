"""Alt mnemonics on screen, and the ones that clash.

Alt+letter works within one window: the menu bar's titles and every shown button, check box,
label with a buddy, group box title and tab share it, so two of them with the same letter make
the key ambiguous (Qt then only moves the focus between them, and a second press may open a
menu instead). Inside an open popup menu the letter picks one of its actions: each menu is a
scope of its own."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QToolButton,
    QWidget,
)


def letter(text: str) -> str | None:
    """The mnemonic letter of a text ('&Send' -> 'S', '送信(&S)' -> 'S'), or None."""
    keys = QKeySequence.mnemonic(text)
    if keys.isEmpty():
        return None
    return keys.toString().rsplit("+", 1)[-1].upper()


def window_mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, what carries it) for the menu bar and every shown widget of ``window``."""
    found: list[tuple[str, str]] = []

    def add(text: str, what: str) -> None:
        key = letter(text)
        if key is not None:
            found.append((key, f"{what} {text!r}"))

    if isinstance(window, QMainWindow) and window.menuBar().isEnabled():  # not while locked
        for action in window.menuBar().actions():
            if action.isVisible():
                add(action.text(), "menu")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text(), f"button {widget.objectName()}")
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), f"label of {widget.buddy().objectName()}")
        elif isinstance(widget, QGroupBox):
            add(widget.title(), f"group {widget.objectName()}")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    add(widget.tabText(index), "tab")
    return found


def menu_mnemonics(menu: QMenu) -> list[tuple[str, str]]:
    found = []
    for action in menu.actions():
        key = letter(action.text())
        if action.isVisible() and key is not None:
            found.append((key, f"menu item {action.text()!r}"))
    return found


def clashes(found: list[tuple[str, str]]) -> list[str]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for key, what in found:
        by_letter[key].append(what)
    return [f"Alt+{key}: " + ", ".join(whats)
            for key, whats in sorted(by_letter.items()) if len(whats) > 1]


def all_clashes(window: QWidget) -> list[str]:
    """The clashes of the window's scope, then of each of its menus (each on its own)."""
    out = clashes(window_mnemonics(window))
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            menu = action.menu()
            if isinstance(menu, QMenu) and action.isVisible():
                out += [f"menu {menu.title()!r}: {c}" for c in clashes(menu_mnemonics(menu))]
    for menu in window.findChildren(QMenu):  # tool-button menus (New caller ▾)
        owner = menu.parentWidget()
        if isinstance(owner, QToolButton) and owner.isVisible():
            out += [f"menu {menu.title()!r}: {c}" for c in clashes(menu_mnemonics(menu))]
    return out
