"""What a person would see cut off on a screen: a label, button, group title or tab whose text is
wider than the widget, a table header or cell that its delegate elides ("waiting f…"), a table
that must be scrolled sideways. ``cut_off(window)`` lists them, one line each."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListView,
    QStyle,
    QStyleOptionGroupBox,
    QTabBar,
    QTableView,
    QWidget,
)


def _plain(text: str) -> str:
    """The text as drawn: a mnemonic's '&' is not drawn ('&&' draws one)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or '-'})"


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisible() and widget.isVisibleTo(root) and widget.width() > 0


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.wordWrap() or not label.pixmap().isNull():
        return None
    if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and "<" in text and ">" in text):
        return None
    metrics = label.fontMetrics()
    need = max(metrics.horizontalAdvance(line) for line in _plain(text).splitlines() or [""])
    have = label.contentsRect().width() - 2 * label.margin()
    if need > have:
        return f"{_name(label)} '{text}' needs {need} px, has {have}"
    return None


def _button(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    if button.width() < button.sizeHint().width():
        return (f"{_name(button)} '{_plain(button.text())}' needs {button.sizeHint().width()} "
                f"px, has {button.width()}")
    return None


def _group(box: QGroupBox) -> str | None:
    if not box.title():
        return None
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    title = box.style().subControlRect(QStyle.ComplexControl.CC_GroupBox, option,
                                       QStyle.SubControl.SC_GroupBoxLabel, box)
    need = box.fontMetrics().horizontalAdvance(_plain(box.title()))
    if need > box.width() or title.right() > box.width():
        return f"{_name(box)} title '{box.title()}' needs {need} px, has {box.width()}"
    return None


def _tabs(bar: QTabBar) -> list[str]:
    found = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        if bar.tabRect(index).width() < bar.tabSizeHint(index).width():
            found.append(f"{_name(bar)} tab '{_plain(bar.tabText(index))}' is elided")
    return found


def _view(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    found = []
    name = _name(view)
    if isinstance(view, QAbstractScrollArea) and view.horizontalScrollBar().isVisible() and \
            not isinstance(view, QListView):
        found.append(f"{name} must be scrolled sideways")
    columns = range(1 if isinstance(view, QListView) else model.columnCount(QModelIndex()))
    header: QHeaderView | None = view.horizontalHeader() if isinstance(view, QTableView) else None
    for column in columns:
        if header is not None:
            if header.isSectionHidden(column):
                continue
            width = header.sectionSize(column)
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            if header.isVisible() and title and header.sectionSizeFromContents(column).width() \
                    > width:
                found.append(f"{name} header '{title}' is elided ({width} px)")
        else:
            width = view.viewport().width()
        if view.wordWrap() or model.rowCount(QModelIndex()) == 0:
            continue
        if isinstance(view, QTableView) and view.sizeHintForColumn(column) > width:
            sample = model.index(0, column).data()
            found.append(f"{name} column {column} ('{sample}'…) is elided ({width} px, "
                         f"needs {view.sizeHintForColumn(column)})")
        if isinstance(view, QListView) and view.sizeHintForColumn(0) > width:
            found.append(f"{name} items are elided ({width} px, needs "
                         f"{view.sizeHintForColumn(0)})")
    return found


def cut_off(root: QWidget) -> list[str]:
    """Everything shown in ``root`` (and its visible children) whose text does not fit."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root):
            continue
        if isinstance(widget, QLabel):
            problem = _label(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button(widget)
        elif isinstance(widget, QGroupBox):
            problem = _group(widget)
        elif isinstance(widget, QTabBar):
            found += _tabs(widget)
            continue
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            found += _view(widget)
            continue
        elif isinstance(widget, QAbstractScrollArea) and \
                widget.horizontalScrollBar().isVisible() and \
                widget.horizontalScrollBar().maximum() < 8:
            problem = f"{_name(widget)} has a sideways scroll bar for a few pixels"
        else:
            continue
        if problem is not None:
            found.append(problem)
    return found
