"""Where the keyboard focus goes and what Enter does: the rules, stated once.

An agent on a call types while listening; every screen follows the same rules, so the hands
never have to look for the mouse. The screens call the helpers below instead of deciding
for themselves, and ``tests/gui/shell/test_keyboard.py`` checks each rule.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

FOCUS_RULES: tuple[tuple[str, str], ...] = (
    ("sign-in", "the landing page's first field: the customer search for those who take calls"),
    ("New caller", "the customer search, empty"),
    ("a record opened", "the next step: the code field, or the change form's first field"),
    ("a step completed", "the next action's widget (a verification: 'Change withdrawal "
                         "account'; the account: the first evidence still missing, or Send "
                         "when nothing is; a saved document: the same; sent: Wrap up)"),
    ("a refusal", "the field to fix"),
    ("the demo panel", "never, unless it is clicked"),
)
"""(after what, where the focus goes) — the rules the screens follow."""

ENTER_RULES: tuple[tuple[str, str], ...] = (
    ("in a field of a form", "moves to the next field; in the last one, does the step"),
    ("on a focused button", "presses it (Space too)"),
    ("on a check box", "moves to the next one (Space ticks it)"),
)
"""What Enter does, wherever the focus is."""

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _is_enter(event: QEvent) -> bool:
    if event.type() != QEvent.Type.KeyPress:
        return False
    assert isinstance(event, QKeyEvent)
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() in _ENTER_KEYS and modifiers == Qt.KeyboardModifier.NoModifier


def focus_on(widget: QWidget | None) -> None:
    """Put the focus on ``widget`` (the next action), its text selected if it is a field."""
    if widget is None:
        return
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    if isinstance(widget, QLineEdit):
        widget.selectAll()


class _EnterChain(QObject):
    """Enter in one of ``widgets`` moves to the next one that is shown and enabled; Enter in
    the last one calls ``then`` (or moves on to ``then`` if it is a widget)."""

    def __init__(self, widgets: Sequence[QWidget], then: Callable[[], None] | QWidget | None,
                 parent: QObject) -> None:
        super().__init__(parent)
        self.widgets = list(widgets)
        self.then = then
        for widget in self.widgets:
            if isinstance(widget, QLineEdit):
                widget.returnPressed.connect(lambda w=widget: self.advance(w))
            else:
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget) and _is_enter(event):
            if isinstance(watched, QComboBox) and watched.view().isVisible():
                return False  # Enter chooses from the open list
            self.advance(watched)
            return True
        return False

    def advance(self, current: QWidget) -> None:
        index = self.widgets.index(current)
        for widget in self.widgets[index + 1:]:
            if widget.isVisibleTo(widget.window()) and widget.isEnabled():
                focus_on(widget)
                return
        if isinstance(self.then, QWidget):
            focus_on(self.then)
        elif self.then is not None:
            self.then()


def enter_moves_on(*widgets: QWidget, then: Callable[[], None] | QWidget | None = None,
                   owner: QObject) -> None:
    """Enter in each of ``widgets`` (fields, drop-downs, check boxes) moves to the next one
    shown; in the last one it does ``then`` (the step's action, or the widget to go to)."""
    _EnterChain(widgets, then, owner)


class _EnterPressesButtons(QObject):
    """Enter on a focused push or tool button presses it, as Space does. Dialogs do this
    themselves (auto-default buttons); main windows do not, so this filter does."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if _is_enter(event) and isinstance(watched, (QPushButton, QToolButton)) \
                and not isinstance(watched.window(), QDialog) \
                and watched.isEnabled() and watched.isVisible():
            if isinstance(watched, QPushButton) and (watched.isDefault()
                                                     or watched.autoDefault()):
                return False  # the button clicks itself
            assert isinstance(watched, QAbstractButton)
            watched.click()
            return True
        return False


def install_keyboard_rules(app: QApplication | None = None) -> None:
    """Once per application: Enter presses the focused button everywhere."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if app is None or app.property("authdeskEnterRule"):
        return
    rule = _EnterPressesButtons(app)
    app.installEventFilter(rule)
    app.setProperty("authdeskEnterRule", True)


def click_focus_only(widget: QWidget) -> None:
    """``widget`` and everything in it take the focus only when clicked: Tab passes them by,
    and no focus falls into them when a focused widget is hidden or disabled (the demo
    panel)."""
    for child in [widget, *widget.findChildren(QWidget)]:
        if child.focusPolicy() != Qt.FocusPolicy.NoFocus:
            child.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
