"""Driving a window from the keyboard alone, as an agent on a call does: every key goes to the
widget that has the focus (so a focus rule that fails, fails the test), keys beyond the typed
data are counted, and any mouse press in the application fails the test."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget
from test_agent_support import type_text


class _MouseWatch(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.presses = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self.presses += 1
        return False


class Keyboard:
    """``press`` counts a key (Enter, Tab, Space, an arrow, a shortcut); ``type`` enters data
    the caller gives (a customer number, a code, an account) and is not counted."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.count = 0
        self.log: list[str] = []
        self.mouse = _MouseWatch()
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self.mouse)

    def close(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.mouse)

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
              ) -> None:
        widget = self.focus()
        self.count += 1
        self.log.append(f"{key.name}@{widget.objectName() or type(widget).__name__}")
        self.qtbot.keyClick(widget, key, modifier)

    def type(self, text: str) -> None:
        type_text(self.qtbot, self.focus(), text)

    def shortcut(self, keys: str) -> None:
        """A shortcut such as 'Ctrl+N', counted once."""
        *mods, name = keys.split("+")
        modifier = Qt.KeyboardModifier.NoModifier
        for mod in mods:
            modifier |= {"Ctrl": Qt.KeyboardModifier.ControlModifier,
                         "Shift": Qt.KeyboardModifier.ShiftModifier,
                         "Alt": Qt.KeyboardModifier.AltModifier}[mod]
        self.press(getattr(Qt.Key, f"Key_{name}"), modifier)
