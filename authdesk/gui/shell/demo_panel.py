"""The demo panel: the authenticator apps of the demo staff and customers, as their phones
would show them, so a newcomer can try every path without a phone. Demo mode only."""

from __future__ import annotations

import pyotp
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from authdesk.core.desk import Desk
from authdesk.gui.kit.widgets import Retranslating, monospace_font
from authdesk.gui.shell.context import DemoInfo, DemoPhone

PERIOD = 30  # seconds per code, as every authenticator app shows them


class DemoPanel(Retranslating, QFrame):
    staff_chosen = Signal(str, str, str)
    """username, password, current code: a demo staff member was picked (double-click/Enter)."""

    def __init__(self, demo: DemoInfo, desk: Desk, parent: QWidget | None = None, *,
                 compact: bool = False) -> None:
        """``compact``: beside the main window, each note goes under its owner's name, so the
        panel needs two columns' width, not three."""
        super().__init__(parent)
        self.setObjectName("demoPanel")
        self.demo = demo
        self.desk = desk
        self.compact = compact
        self.setStyleSheet("#demoPanel { background: #fff8e1; border: 2px solid #f9a825; "
                           "border-radius: 6px; } #demoBanner { color: #8d5d00; }")
        self.banner = QLabel(self)
        self.banner.setObjectName("demoBanner")
        self.banner.setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.banner.setWordWrap(True)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.countdown = QProgressBar(self)
        self.countdown.setObjectName("demoCountdown")
        self.countdown.setRange(0, PERIOD)
        self.table = QTableWidget(len(demo.phones), 3, self)
        self.table.setObjectName("demoPhones")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if compact:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            self.table.setColumnHidden(2, True)
        self.table.setWordWrap(True)
        self.table.itemActivated.connect(self._activated)
        code_font = monospace_font(3)
        code_font.setBold(True)
        for row, phone in enumerate(demo.phones):
            self.table.setItem(row, 0, QTableWidgetItem(phone.owner))
            code = QTableWidgetItem()
            code.setFont(code_font)
            code.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, 1, code)
            self.table.setItem(row, 2, QTableWidgetItem())
        column = QVBoxLayout(self)
        column.addWidget(self.banner)
        column.addWidget(self.explain)
        column.addWidget(self.countdown)
        column.addWidget(self.table, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.banner.setText(self.tr("DEMO — fake data, deleted when AuthDesk closes"))
        text = self.tr(
            "The authenticator apps of the demo staff and customers, as their phones would "
            "show them. Double-click a staff member to fill in the sign-in form.")
        passwords = {p.password for p in self.demo.phones if p.kind == "staff"}
        if len(passwords) == 1:
            text += " " + self.tr("Every demo staff password: {password}").format(
                password=passwords.pop())
        self.explain.setText(text)
        self.table.setHorizontalHeaderLabels([
            self.tr("Whose phone · notes") if self.compact else self.tr("Whose phone"),
            self.tr("Code"), self.tr("Notes")])
        for row, phone in enumerate(self.demo.phones):
            # The seed writes its notes in English; tools/i18n.py extracts them.
            note = QCoreApplication.translate("DemoNotes", phone.note)
            owner, notes = self.table.item(row, 0), self.table.item(row, 2)
            if notes is not None:
                notes.setText(note)
            if owner is not None:
                owner.setText(f"{phone.owner}\n{note}" if self.compact and note else phone.owner)
                owner.setToolTip(note)
        self._show_countdown()

    def rows_cut(self) -> int:
        """How many pixels of the table's rows do not fit at the panel's present size."""
        self.table.resizeRowsToContents()
        shown = self.table.viewport().height()
        return max(0, self.table.verticalHeader().length() - shown)

    def code_of(self, phone: DemoPhone) -> str:
        return pyotp.TOTP(phone.key).at(self.desk.clock.now())

    def refresh(self) -> None:
        for row, phone in enumerate(self.demo.phones):
            code = self.code_of(phone)
            item = self.table.item(row, 1)
            if item is not None:
                item.setText(f"{code[:3]} {code[3:]}")
        self._show_countdown()

    def _show_countdown(self) -> None:
        left = PERIOD - int(self.desk.clock.now().timestamp()) % PERIOD
        self.countdown.setValue(left)
        self.countdown.setFormat(self.tr("New codes in %v s"))

    def _activated(self, item: QTableWidgetItem) -> None:
        phone = self.demo.phones[item.row()]
        if phone.kind == "staff" and phone.username:
            self.staff_chosen.emit(phone.username, phone.password, self.code_of(phone))
