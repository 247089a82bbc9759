"""Keyboard shortcuts of the pages, each with the words Help → Keyboard shortcuts shows.

A shortcut is a ``QShortcut`` (or a ``QAction`` in a menu) whose ``whatsThis`` says what it
does; the window lists every one it finds, so a shortcut without words is a bug the tests
catch. A button's own ``setShortcut`` is not used: Qt replaces it with the mnemonic (Alt+R for
"&Refresh") whenever the button's text is set, so F5 would silently stop working.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QWidget

Keys = QKeySequence | QKeySequence.StandardKey | str


def page_shortcut(keys: Keys, parent: QWidget, slot: Callable[[], object]) -> QShortcut:
    """``keys`` do ``slot`` while ``parent`` (a page) is on screen, wherever the focus is in
    its window. Describe it with ``setWhatsThis`` in the page's ``retranslate_ui``."""
    shortcut = QShortcut(QKeySequence(keys), parent)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(slot)
    return shortcut


def button_shortcut(keys: Keys, button: QAbstractButton) -> QShortcut:
    """``keys`` press ``button`` (only when it is enabled, as a click would); the words are
    the button's, set again each time its text is (see ``describe_button``)."""
    parent = button.parentWidget() or button
    shortcut = page_shortcut(keys, parent, button.click)
    shortcut.setObjectName(f"{button.objectName() or 'button'}Shortcut")
    button.setProperty("authdeskShortcut", QKeySequence(keys).toString())
    return shortcut


def plain_text(text: str) -> str:
    """A menu or button text without its mnemonic marker and trailing ellipsis."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = text.rstrip("…").rstrip(".").strip()
    # Japanese mnemonics are written after the words: "送信(S)" reads as "送信".
    if len(text) > 3 and text.endswith(")") and text[-3] == "(" and text[-2].isascii():
        text = text[:-3]
    return text.strip()


def native(keys: QKeySequence) -> str:
    return keys.toString(QKeySequence.SequenceFormat.NativeText)
