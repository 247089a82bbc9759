"""Customer search as you type: number, kana, kanji or phone. Arrow keys move through the
results while the cursor stays in the search field; Enter picks.

The core decides what a query means and what matches (``CustomerService.search``); each search
is an audit event there, so typing is debounced: the core is asked once the agent pauses.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from authdesk.core.customers import CustomerSummary
from authdesk.gui.kit.page import PageContext
from authdesk.gui.kit.texts import factor_state_label
from authdesk.gui.kit.widgets import FormMessage, Retranslating

DEBOUNCE_MS = 300
RESULT_LIMIT = 50

_Index = QModelIndex | QPersistentModelIndex


class AgentSearchModel(QAbstractListModel):
    """The results of one search, two lines each: number and name, then kana, phone, factor."""

    SummaryRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CustomerSummary] = []

    def set_rows(self, rows: list[CustomerSummary]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{number}  {name}\n{kana} · {phone} · {factor}").format(
                number=row.number, name=row.name_kanji, kana=row.name_kana, phone=row.phone,
                factor=factor_state_label(row.factor_state))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Born {birth} · {address}").format(birth=row.birth_date,
                                                               address=row.address)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.number} {row.name_kanji} {row.name_kana}"
        if role == self.SummaryRole:
            return row
        return None

    def summary(self, row: int) -> CustomerSummary | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def update_factor_state(self, customer_id: int, state: str) -> None:
        """The record was read again and its authenticator changed: keep the row in step."""
        for row, summary in enumerate(self.rows):
            if summary.id == customer_id and summary.factor_state != state:
                self.rows[row] = replace(summary, factor_state=state)
                self.dataChanged.emit(self.index(row), self.index(row))


class AgentCustomerSearch(Retranslating, QWidget):
    """The search field over its results. ``picked`` carries the chosen ``CustomerSummary``."""

    picked = Signal(object)
    searched = Signal(int)
    """A search answered (the number of results); tests and the page wait for it."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.caption = QLabel(self)
        self.query = QLineEdit(self)
        self.query.setObjectName("customerQuery")
        self.query.setClearButtonEnabled(True)
        self.caption.setBuddy(self.query)
        self.model = AgentSearchModel(self)
        self.results = QListView(self)
        self.results.setObjectName("customerResults")
        self.results.setModel(self.model)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setAlternatingRowColors(True)
        self.results.setSpacing(1)
        # Long rows wrap inside the column instead of hiding behind a horizontal scroll bar.
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.activated.connect(lambda index: self._pick_row(index.row()))
        self.hint = FormMessage(self)
        self.hint.setObjectName("searchHint")

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_now)
        self.query.textChanged.connect(self._typed)
        self.query.installEventFilter(self)
        self._generation = 0
        self._answered = 0  # the generation whose results are shown
        self._pick_when_answered = False

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.caption)
        column.addWidget(self.query)
        column.addWidget(self.results, 1)
        column.addWidget(self.hint)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.caption.setText(self.tr("&Find a customer"))
        self.query.setPlaceholderText(self.tr("Number, name in kana or kanji, or phone"))
        self.query.setToolTip(self.tr("Type and pause; ↑ ↓ choose, Enter opens the record."))
        # The two-line rows hold translated words (the factor state).
        self.model.dataChanged.emit(self.model.index(0), self.model.index(
            max(0, self.model.rowCount() - 1)))

    # -- typing --------------------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        self._generation += 1
        self._pick_when_answered = False
        if not text.strip():
            self.timer.stop()
            self.model.set_rows([])
            self.hint.clear_message()
            return
        self.timer.start()

    def search_now(self) -> None:
        """Ask the core now (the debounce timer calls this; so does Enter while it runs)."""
        self.timer.stop()
        text = self.query.text()
        if not text.strip():
            return
        generation = self._generation
        desk, handle = self.context.desk, self.context.handle

        def answered(rows: list[CustomerSummary]) -> None:
            if generation != self._generation:
                return  # the agent typed on; a newer search is coming
            self._answered = generation
            self.model.set_rows(rows)
            if rows:
                self.hint.clear_message()
                self.results.setCurrentIndex(self.model.index(0))
            else:
                self.hint.show_problem(self.tr("No customer found. Check the number or the "
                                               "spelling with the caller."))
            self.searched.emit(len(rows))
            if self._pick_when_answered:
                self._pick_when_answered = False
                self.pick_current()

        def refused(error: BaseException) -> None:
            if generation != self._generation:
                return
            self._answered = generation
            self.model.set_rows([])
            self.hint.show_error(error)
            self.searched.emit(0)

        self.context.run(lambda: desk.customers.search(handle, text, limit=RESULT_LIMIT),
                         answered, refused, owner=self)

    # -- choosing ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self._move(key)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.timer.isActive() or self._answered != self._generation:
                    # Enter before the results came: pick the first one when they do.
                    self._pick_when_answered = True
                    if self.timer.isActive():
                        self.search_now()
                else:
                    self.pick_current()
                return True
        return super().eventFilter(watched, event)

    def _move(self, key: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        row = self.results.currentIndex().row()
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5,
                Qt.Key.Key_PageUp: -5}[Qt.Key(key)]
        row = 0 if row < 0 else max(0, min(count - 1, row + step))
        self.results.setCurrentIndex(self.model.index(row))

    def pick_current(self) -> None:
        row = self.results.currentIndex().row()
        self._pick_row(row if row >= 0 else 0)

    def _pick_row(self, row: int) -> None:
        summary = self.model.summary(row)
        if summary is not None:
            self.picked.emit(summary)

    def start_over(self) -> None:
        """A new caller: no query, no results, nothing picked."""
        self._generation += 1  # an answer still on its way is for the last caller
        self._pick_when_answered = False
        self.timer.stop()
        self.query.clear()
        self.model.set_rows([])
        self.hint.clear_message()

    def focus_query(self) -> None:
        self.query.setFocus()
        self.query.selectAll()
