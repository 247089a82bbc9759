"""The audit log as a table model that stays smooth with millions of events.

- Newest first. Rows come in pages of ``PAGE_SIZE`` from ``core.auditview.AuditReader``, which
  locates any page by keyset from the nearest known row (or the top, or the bottom: the end
  of the log is as quick as its start). Filtering is done in the database.
- All database work runs off the GUI thread. A view asks ``data()`` only for visible rows; a
  missing page is wanted, and after a short pause the model fetches the pages wanted since the
  last fetch, one batch at a time, latest request first: dragging the scroll bar through a
  million rows does not queue a million fetches.
- ``rowCount`` is the count of the filtered snapshot. Until the count arrives it is the first
  page, so that page is shown without waiting for the count.
- Only ``MAX_PAGES`` pages are kept; memory stays flat however far one scrolls.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from authdesk.core.auditquery import AuditFilter
from authdesk.core.auditview import AuditReader, EventRow, Extent, Opening
from authdesk.gui.audit.labels import action_label
from authdesk.gui.kit.background import run_in_background
from authdesk.gui.kit.i18n import format_datetime
from authdesk.gui.kit.messages import outcome_label, role_label

PAGE_SIZE = 200
MAX_PAGES = 40
MAX_ANCHORS = 20_000
FETCH_DELAY_MS = 15

_Index = QModelIndex | QPersistentModelIndex


class AuditTableModel(QAbstractTableModel):
    COLUMNS = ("seq", "time", "actor", "role", "workstation", "action", "subject", "outcome")

    loading_changed = Signal(bool)
    """True while the first page of a (new) filter is being read."""
    extent_known = Signal(int)
    """The number of events the filtered snapshot holds."""
    page_loaded = Signal(int)
    """A page of rows arrived (its first row)."""
    failed = Signal(object)
    """A read failed; carries the error (the page shows it)."""

    def __init__(self, reader: AuditReader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.filter = AuditFilter()
        self.upto_seq = 0
        self.extent: Extent | None = None
        self._rows = 0
        self._generation = 0
        self._pages: OrderedDict[int, list[EventRow]] = OrderedDict()
        self._anchors: dict[int, int] = {}
        self._wanted: set[int] = set()
        self._fetching = False
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(FETCH_DELAY_MS)
        self._fetch_timer.timeout.connect(self._fetch_wanted)
        self.loading = False

    # -- opening a snapshot --------------------------------------------------------------------

    def set_filter(self, flt: AuditFilter) -> None:
        """Show the events matching ``flt`` as of now (a new snapshot)."""
        self._generation += 1
        generation = self._generation
        self.filter = flt
        self.beginResetModel()
        self._rows = 0
        self.extent = None
        self._pages.clear()
        self._anchors.clear()
        self._wanted.clear()
        self.endResetModel()
        self._set_loading(True)
        reader = self.reader
        run_in_background(lambda: reader.open(flt, limit=PAGE_SIZE),
                          lambda opening: self._opened(generation, opening),
                          lambda error: self._failed(generation, error), owner=self)

    def refresh(self) -> None:
        self.set_filter(self.filter)

    def _opened(self, generation: int, opening: Opening) -> None:
        if generation != self._generation:
            return
        self.upto_seq = opening.upto_seq
        if opening.rows:
            self.beginInsertRows(QModelIndex(), 0, len(opening.rows) - 1)
            self._store(0, opening.rows)
            self._rows = len(opening.rows)
            self.endInsertRows()
        self._set_loading(False)
        self.page_loaded.emit(0)
        if len(opening.rows) < PAGE_SIZE:
            self._set_extent(generation, Extent(len(opening.rows), False))
            return
        reader, flt, upto = self.reader, self.filter, self.upto_seq
        run_in_background(lambda: reader.extent(flt, upto),
                          lambda extent: self._set_extent(generation, extent),
                          lambda error: self._failed(generation, error), owner=self)

    def _set_extent(self, generation: int, extent: Extent) -> None:
        if generation != self._generation:
            return
        self.extent = extent
        if extent.total > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, extent.total - 1)
            self._rows = extent.total
            self.endInsertRows()
        elif extent.total < self._rows:  # the log shrank under us: someone removed events
            self.beginRemoveRows(QModelIndex(), extent.total, self._rows - 1)
            self._rows = extent.total
            self.endRemoveRows()
        self.extent_known.emit(extent.total)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._set_loading(False)
        self.failed.emit(error)

    def _set_loading(self, loading: bool) -> None:
        if loading != self.loading:
            self.loading = loading
            self.loading_changed.emit(loading)

    # -- pages ----------------------------------------------------------------------------------

    def _store(self, page: int, rows: list[EventRow]) -> None:
        self._pages[page] = rows
        self._pages.move_to_end(page)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        if rows:
            first = page * PAGE_SIZE
            if len(self._anchors) > MAX_ANCHORS:
                self._anchors.clear()
            self._anchors[first] = rows[0].seq
            self._anchors[first + len(rows) - 1] = rows[-1].seq

    def event_at(self, row: int) -> EventRow | None:
        """The event in ``row`` if its page is loaded (else None, and the page is wanted)."""
        if not 0 <= row < self._rows:
            return None
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            self._want(page)
            return None
        self._pages.move_to_end(page)
        offset = row - page * PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    def is_loaded(self, row: int) -> bool:
        page = self._pages.get(row // PAGE_SIZE)
        return page is not None and row - (row // PAGE_SIZE) * PAGE_SIZE < len(page)

    def _want(self, page: int) -> None:
        if self.extent is None and page > 0:
            return  # positions past the first page exist only once the count is known
        self._wanted.add(page)
        if not self._fetching and not self._fetch_timer.isActive():
            self._fetch_timer.start()

    def _fetch_wanted(self) -> None:
        if self._fetching or not self._wanted or (self.extent is None and self._wanted != {0}):
            return
        # Only the pages asked for since the last fetch: what is on screen now.
        pages = sorted(p for p in self._wanted if p not in self._pages)
        self._wanted.clear()
        if not pages:
            return
        self._fetching = True
        generation = self._generation
        reader, flt, upto = self.reader, self.filter, self.upto_seq
        extent = self.extent or Extent(self._rows, False)
        anchors = dict(self._anchors)

        def fetch() -> list[tuple[int, list[EventRow]]]:
            loaded = []
            for page in pages:
                rows = reader.rows(flt, upto_seq=upto, extent=extent,
                                   first_row=page * PAGE_SIZE, limit=PAGE_SIZE, anchors=anchors)
                if rows:
                    anchors[page * PAGE_SIZE] = rows[0].seq
                    anchors[page * PAGE_SIZE + len(rows) - 1] = rows[-1].seq
                loaded.append((page, rows))
            return loaded

        run_in_background(fetch, lambda loaded: self._fetched(generation, loaded),
                          lambda error: self._failed(generation, error), owner=self)

    def _fetched(self, generation: int, loaded: list[tuple[int, list[EventRow]]]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        last_column = len(self.COLUMNS) - 1
        for page, rows in loaded:
            self._store(page, rows)
            first = page * PAGE_SIZE
            last = min(first + PAGE_SIZE, self._rows) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))
            self.page_loaded.emit(first)
        if self._wanted:
            self._fetch_timer.start()

    # -- the model interface --------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        # The zone is named once, in the header, so the columns keep room for the subject.
        zone = QDateTime.currentDateTime().timeZoneAbbreviation()
        return (self.tr("#"), self.tr("Time ({zone})").format(zone=zone), self.tr("Staff"),
                self.tr("Role"),
                self.tr("Workstation"), self.tr("Action"), self.tr("Subject"),
                self.tr("Outcome"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                        Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = self.COLUMNS[index.column()] if 0 <= index.column() < len(self.COLUMNS) else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == "seq":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        event = self.event_at(index.row())
        if event is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and column == "time" else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if event.outcome == "failed":
                return QColor("#b00020")
            if event.outcome == "refused":
                return QColor("#a05a00")
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            # The table shows labels in the interface language and long ids shortened; the
            # stored code and the whole subject are one hover away (the detail pane shows
            # both).
            if column == "action":
                return event.action
            if column == "role":
                return event.role or None
            if column == "subject":
                return event.subject
            return event.outcome if column == "outcome" else None
        if column == "seq":
            return str(event.seq)
        if column == "time":
            return format_datetime(event.ts, seconds=True)
        if column == "outcome":
            return outcome_label(event.outcome)
        if column == "action":
            return action_label(event.action)
        if column == "role":
            return role_label(event.role) if event.role else ""
        if column == "subject":
            return short_ids(event.subject)
        return str(getattr(event, column))


_UUID = re.compile(r"\b([0-9a-f]{8})-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")


def short_ids(subject: str) -> str:
    """A subject with each UUID (an installation's or a database's id) cut to its first eight
    characters: nobody reads the rest, and the whole subject is on the row's tooltip."""
    return _UUID.sub(lambda m: m.group(1) + "…", subject)
