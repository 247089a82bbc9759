"""The supervisors' dashboard: the last 30 days at a glance (issue 12), as two bar charts drawn
by ``chart.DailyBarChart`` from ``desk.dashboard.daily``: change requests created and approved
with failed verifications, and alerts per rule. Refreshed when shown and every few minutes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from authdesk.core.dashboard import Dashboard, Measure
from authdesk.gui.kit.alertrules import rule_label as alert_rule_label
from authdesk.gui.kit.i18n import format_date, format_number
from authdesk.gui.kit.page import PageContext
from authdesk.gui.kit.widgets import FormMessage, Retranslating
from authdesk.gui.review.chart import DailyBarChart, Series

translate = QCoreApplication.translate

REFRESH_MS = 5 * 60_000
# Colours that stay apart for the common kinds of colour blindness (Okabe–Ito).
REQUEST_COLORS = {Measure.CREATED: "#0072B2", Measure.APPROVED: "#009E73",
                  Measure.VERIFICATION_FAILURES: "#D55E00"}
RULE_COLORS = ("#E69F00", "#56B4E9", "#CC79A7", "#009E73", "#0072B2", "#D55E00", "#F0E442",
               "#000000")


def rule_label(rule: str) -> str:
    """An alert rule's name in the interface language (gui.kit.alertrules); a code no rule has
    is shown as it is."""
    if rule == "(unnamed)":
        return translate("DashboardPage", "(no rule named)")
    return alert_rule_label(rule)


class DashboardPage(Retranslating, QWidget):
    loaded = Signal(object)
    """The numbers were read and drawn (the ``Dashboard``)."""

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.board: Dashboard | None = None
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("dashboardRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.requests_chart = DailyBarChart(self)
        self.requests_chart.setObjectName("requestsChart")
        self.alerts_chart = DailyBarChart(self, stacked=True)
        self.alerts_chart.setObjectName("alertsChart")
        self.hover = QLabel(self)
        self.hover.setObjectName("dashboardHover")
        self.requests_chart.hovered.connect(self.hover.setText)
        self.alerts_chart.hovered.connect(self.hover.setText)
        self.message = FormMessage(self)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.refresh_button)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.caption)
        column.addWidget(self.requests_chart, 1)
        column.addWidget(self.alerts_chart, 1)
        column.addWidget(self.hover)
        column.addWidget(self.message)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Dashboard: the last 30 days"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.hover.setText(self.tr("Point at a day to see its numbers."))
        self._draw()

    def page_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        desk, handle = self.context.desk, self.context.handle
        self.context.run(lambda: desk.dashboard.daily(handle), self.show_board,
                         self.message.show_error, owner=self)

    def show_board(self, board: Dashboard) -> None:
        """Draw ``board`` (what ``refresh`` read)."""
        self.board = board
        self.message.clear_message()
        self._draw()
        self.loaded.emit(board)

    def _draw(self) -> None:
        board = self.board
        days = [d.day for d in board.days] if board is not None else []
        if days:
            self.caption.setText(self.tr(
                "Per day in Japan time, {first} to {last}. Counted from the audit log.").format(
                    first=format_date(days[0]), last=format_date(days[-1])))
        x_caption = self.tr("Day (Japan time)")
        self.requests_chart.set_texts(
            title=self.tr("Change requests and failed verifications"),
            y_caption=self.tr("Number a day"), x_caption=x_caption,
            empty=self.tr("Nothing in these 30 days."))
        self.alerts_chart.set_texts(
            title=self.tr("Alerts per rule"), y_caption=self.tr("Alerts a day"),
            x_caption=x_caption, empty=self.tr("No alerts in these 30 days."))
        if board is None:
            return
        labels = {Measure.CREATED: self.tr("Created"), Measure.APPROVED: self.tr("Approved"),
                  Measure.VERIFICATION_FAILURES: self.tr("Failed verifications")}
        self.requests_chart.set_data(days, [
            Series(label, REQUEST_COLORS[measure],
                   tuple(d.count(measure) for d in board.days))
            for measure, label in labels.items()])
        self.alerts_chart.set_data(days, [
            Series(rule_label(rule), RULE_COLORS[i % len(RULE_COLORS)],
                   tuple(d.alert_count(rule) for d in board.days))
            for i, rule in enumerate(board.rules)])

    def summary(self) -> str:
        """The 30 days in one line (tests, and the accessible description)."""
        if self.board is None:
            return ""
        return self.tr("{created} created, {approved} approved, {failures} failed "
                       "verifications, {alerts} alerts").format(
            created=format_number(self.board.total(Measure.CREATED)),
            approved=format_number(self.board.total(Measure.APPROVED)),
            failures=format_number(self.board.total(Measure.VERIFICATION_FAILURES)),
            alerts=format_number(self.board.alert_total()))


__all__ = ["DashboardPage", "rule_label"]
