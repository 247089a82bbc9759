"""A bar chart of daily counts, drawn with QPainter (QtCharts is not in PySide6-Essentials).

One slot per day, oldest on the left. Series are drawn side by side (``stacked=False``) or on
top of each other (``stacked=True``, with the day's total above the bar). A legend with each
series' total sits under the title; the y axis has whole-number ticks and a caption; the x axis
names every seventh day and the last. Pointing at a day shows its numbers (a tooltip, and
``hover_text`` for tests and screen readers).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from authdesk.gui.kit.i18n import format_date, format_number


@dataclass(frozen=True)
class Series:
    label: str
    color: str
    values: tuple[int, ...]  # one per day

    @property
    def total(self) -> int:
        return sum(self.values)


def nice_step(top: int, ticks: int = 5) -> int:
    """A step of 1, 2 or 5 times a power of ten giving at most ``ticks`` steps up to ``top``."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if top <= step * factor * ticks:
                return step * factor
        step *= 10


class DailyBarChart(QWidget):
    hovered = Signal(str)
    """The pointer is over a day: its date and numbers, as the tooltip shows them."""

    LEFT, RIGHT, BOTTOM = 52, 12, 44

    def __init__(self, parent: QWidget | None = None, *, stacked: bool = False) -> None:
        super().__init__(parent)
        self.stacked = stacked
        self.title = ""
        self.y_caption = ""
        self.x_caption = ""
        self.empty_text = ""
        self.days: list[date] = []
        self.series: list[Series] = []
        self.hover_text = ""
        self.setMouseTracking(True)
        self.setMinimumSize(QSize(400, 220))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # -- data ------------------------------------------------------------------------------------

    def set_texts(self, *, title: str, y_caption: str, x_caption: str, empty: str) -> None:
        self.title, self.y_caption, self.x_caption, self.empty_text = (
            title, y_caption, x_caption, empty)
        self._describe()
        self.update()

    def set_data(self, days: list[date], series: list[Series]) -> None:
        if any(len(s.values) != len(days) for s in series):
            raise ValueError("every series needs one value a day")
        self.days, self.series = list(days), list(series)
        self._describe()
        self.update()

    def _describe(self) -> None:
        totals = ", ".join(f"{s.label} {format_number(s.total)}" for s in self.series)
        self.setAccessibleName(self.title)
        self.setAccessibleDescription(totals)

    def top_value(self) -> int:
        if not self.days or not self.series:
            return 0
        if self.stacked:
            return max(sum(s.values[i] for s in self.series) for i in range(len(self.days)))
        return max(max(s.values) for s in self.series)

    def day_text(self, index: int) -> str:
        """'2026/12/03 — Created 3 · Approved 1' for the day at ``index``."""
        parts = [f"{s.label} {format_number(s.values[index])}" for s in self.series]
        if self.stacked and len(self.series) > 1:
            total = sum(s.values[index] for s in self.series)
            parts.append(self.tr("total {n}").format(n=format_number(total)))
        return f"{format_date(self.days[index])} — " + " · ".join(parts)

    # -- geometry --------------------------------------------------------------------------------

    def _legend_rows(self, width: int) -> list[list[tuple[Series, str, int]]]:
        metrics = QFontMetrics(self.font())
        rows: list[list[tuple[Series, str, int]]] = [[]]
        used = 0
        for s in self.series:
            text = f"{s.label} ({format_number(s.total)})"
            item = 14 + metrics.horizontalAdvance(text) + 18
            if rows[-1] and used + item > width:
                rows.append([])
                used = 0
            rows[-1].append((s, text, item))
            used += item
        return rows

    def _header_height(self) -> int:
        line = QFontMetrics(self.font()).height()
        legend = len(self._legend_rows(self.width() - self.LEFT - self.RIGHT)) if self.series \
            else 0
        return int(line * 1.4) + legend * (line + 4) + 8

    def plot_rect(self) -> QRectF:
        top = self._header_height()
        return QRectF(self.LEFT, top, max(1, self.width() - self.LEFT - self.RIGHT),
                      max(1, self.height() - top - self.BOTTOM))

    def day_at(self, x: float) -> int | None:
        plot = self.plot_rect()
        if not self.days or not plot.left() <= x < plot.right():
            return None
        return min(len(self.days) - 1, int((x - plot.left()) / (plot.width() / len(self.days))))

    def day_center(self, index: int) -> QPoint:
        """Where day ``index`` is drawn (its slot's middle, halfway up the plot)."""
        plot = self.plot_rect()
        slot = plot.width() / len(self.days)
        return QPoint(int(plot.left() + slot * (index + 0.5)), int(plot.center().y()))

    # -- drawing ---------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.windowText().color()
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        # Title and legend.
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_color)
        painter.drawText(QRectF(self.LEFT, 0, self.width() - self.LEFT, line * 1.4),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title)
        painter.setFont(self.font())
        y = line * 1.4 + 2
        for row in self._legend_rows(self.width() - self.LEFT - self.RIGHT):
            x = float(self.LEFT)
            for s, text, width in row:
                painter.fillRect(QRectF(x, y + (line - 10) / 2, 10, 10), QColor(s.color))
                painter.setPen(text_color)
                painter.drawText(QRectF(x + 14, y, width - 14, line),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 text)
                x += width
            y += line + 4
        plot = self.plot_rect()
        top = self.top_value()
        step = nice_step(max(top, 1))
        ceiling = step * max(1, -(-max(top, 1) // step))
        # Grid and y labels.
        grid = QColor(text_color)
        grid.setAlpha(40)
        small = self.font()
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.85))
        painter.setFont(small)
        small_line = QFontMetrics(small).height()
        for value in range(0, ceiling + 1, step):
            gy = plot.bottom() - plot.height() * value / ceiling
            painter.setPen(QPen(grid, 1))
            painter.drawLine(int(plot.left()), int(gy), int(plot.right()), int(gy))
            painter.setPen(text_color)
            painter.drawText(QRectF(0, gy - small_line / 2, self.LEFT - 6, small_line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             format_number(value))
        # The y caption, turned up the left edge.
        painter.save()
        painter.translate(2, plot.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), small_line),
                         Qt.AlignmentFlag.AlignCenter, self.y_caption)
        painter.restore()
        # Bars.
        if self.days:
            slot = plot.width() / len(self.days)
            inner = slot * 0.8
            for i, day in enumerate(self.days):
                left = plot.left() + slot * i + (slot - inner) / 2
                if self.stacked:
                    base = plot.bottom()
                    for s in self.series:
                        h = plot.height() * s.values[i] / ceiling
                        if h > 0:
                            painter.fillRect(QRectF(left, base - h, inner, h), QColor(s.color))
                        base -= h
                    total = sum(s.values[i] for s in self.series)
                    if total:
                        painter.setPen(text_color)
                        painter.drawText(QRectF(left - 4, base - small_line, inner + 8,
                                                small_line),
                                         Qt.AlignmentFlag.AlignCenter, format_number(total))
                else:
                    bar = inner / max(1, len(self.series))
                    for k, s in enumerate(self.series):
                        h = plot.height() * s.values[i] / ceiling
                        if h > 0:
                            painter.fillRect(QRectF(left + k * bar, plot.bottom() - h,
                                                    max(1.0, bar - 1), h), QColor(s.color))
                # A day label every seven days back from the last, and the last.
                if (len(self.days) - 1 - i) % 7 == 0:
                    painter.setPen(text_color)
                    painter.drawText(QRectF(plot.left() + slot * i - 30, plot.bottom() + 2,
                                            slot + 60, small_line),
                                     Qt.AlignmentFlag.AlignCenter, day.strftime("%m/%d"))
        painter.setPen(QPen(text_color, 1))
        painter.drawLine(int(plot.left()), int(plot.bottom()), int(plot.right()),
                         int(plot.bottom()))
        painter.drawText(QRectF(plot.left(), plot.bottom() + small_line + 4, plot.width(),
                                small_line), Qt.AlignmentFlag.AlignCenter, self.x_caption)
        if top == 0 and self.empty_text:
            painter.setFont(self.font())
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.empty_text)
        painter.end()

    # -- pointing ----------------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.day_at(event.position().x())
        text = self.day_text(index) if index is not None else ""
        if text != self.hover_text:
            self.hover_text = text
            if text:
                self.hovered.emit(text)
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: object) -> None:
        self.hover_text = ""
        super().leaveEvent(event)  # type: ignore[arg-type]


__all__ = ["DailyBarChart", "Series", "nice_step"]
