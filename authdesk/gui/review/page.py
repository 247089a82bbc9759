"""The review pages: the dashboard (supervisors and auditors see the last 30 days) and the
reports page (the look-back report)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from authdesk.core.roles import Operation
from authdesk.gui.kit.page import PageSpec
from authdesk.gui.review.dashboard import DashboardPage
from authdesk.gui.review.reports import ReportsPage

translate = QCoreApplication.translate

PAGES = [
    PageSpec("review.dashboard", lambda: translate("Pages", "Dashboard"),
             (Operation.VIEW_DASHBOARD,), DashboardPage, order=35),
    PageSpec("review.reports", lambda: translate("Pages", "Reports"),
             (Operation.EXPORT_LOOKBACK,), ReportsPage, order=85),
]
