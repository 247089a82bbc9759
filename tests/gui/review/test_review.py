"""The dashboard and the reports page (issue 12), driven as a supervisor or an auditor would:
the tabs only they see, 30 days of bars with numbers on pointing, and the look-back report saved
as CSV and PDF from the page, with its requests and totals on screen."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pyotp
import pytest
from guikit import People
from helpers import pdf_text
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.modeltest import ModelTester
from sqlalchemy import select

from authdesk import demo
from authdesk.core.actions import Action
from authdesk.core.clock import FakeClock
from authdesk.core.dashboard import Dashboard, Measure
from authdesk.core.desk import Desk
from authdesk.core.reference import request_reference
from authdesk.core.roles import Role
from authdesk.gui.kit.session import SignedIn
from authdesk.gui.review.dashboard import DashboardPage
from authdesk.gui.review.reports import LookbackTableModel, ReportsPage
from authdesk.gui.shell.context import AppContext
from authdesk.gui.shell.controller import AppController
from authdesk.gui.shell.mainwindow import MainWindow
from authdesk.storage.models import AuditEvent, ChangeRequest


def window_for(qtbot: Any, context: AppContext, signed: SignedIn) -> MainWindow:
    main = AppController(context).signed_in(signed)
    qtbot.addWidget(main)
    return main


def demo_window(qtbot: Any, context: AppContext, summary: demo.DemoSummary, clock: FakeClock,
                username: str) -> MainWindow:
    clock.advance(seconds=60)
    handle = context.desk.staff.sign_in(
        username, demo.DEMO_PASSWORD,
        pyotp.TOTP(summary.staff_keys[username]).at(clock.now()))
    return window_for(qtbot, context, SignedIn(handle, context.desk.staff.me(handle)))


def test_only_supervisors_and_auditors_get_the_review_pages(
        qtbot: Any, context: AppContext, people: People) -> None:
    for username, role in (("sv", Role.SUPERVISOR), ("au", Role.AUDITOR), ("ag", Role.AGENT),
                           ("ad", Role.ADMIN)):
        people.add(username, role)
        keys = window_for(qtbot, context, people.signed_in(username)).page_keys()
        allowed = role in (Role.SUPERVISOR, Role.AUDITOR)
        assert ("review.dashboard" in keys) is allowed, username
        assert ("review.reports" in keys) is allowed, username
    # A supervisor still lands on the approval queue: the dashboard is a tab beside it.
    people.add("sv2", Role.SUPERVISOR)
    main = window_for(qtbot, context, people.signed_in("sv2"))
    assert main.tabs.currentWidget() is main.page("supervisor.queue")


def test_the_dashboard_draws_the_days_and_names_a_day_when_pointed_at(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    with desk.kernel.write() as s:  # three alerts today, as the alerts feature writes them
        for rule in ("after_hours", "after_hours", "unmask_outside_call"):
            desk.kernel.record(s, desk.kernel.system_actor(), Action.ALERT_RAISED,
                               subject="alert:1", details={"rule": rule})
    people.add("sv", Role.SUPERVISOR)
    main = window_for(qtbot, context, people.signed_in("sv"))
    page = main.page("review.dashboard")
    assert isinstance(page, DashboardPage)
    with qtbot.waitSignal(page.loaded, timeout=10_000) as loaded:
        main.show_page("review.dashboard")
    board: Dashboard = loaded.args[0]
    assert len(board.days) == 30 and board.days[-1].day.isoformat() == "2026-01-05"
    chart = page.alerts_chart
    assert [s.label for s in chart.series] == ["after_hours", "Unmasked outside a call"]
    assert [s.total for s in chart.series] == [2, 1]
    assert [s.label for s in page.requests_chart.series] == [
        "Created", "Approved", "Failed verifications"]
    assert "3 alerts" in page.summary()
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    with qtbot.waitSignal(chart.hovered, timeout=5_000):
        qtbot.mouseMove(chart, chart.day_center(29))
    assert chart.hover_text == "2026/01/05 — after_hours 2 · Unmasked outside a call 1 · total 3"
    assert page.hover.text() == chart.hover_text
    assert board.total(Measure.CREATED) == 0


def test_the_look_back_report_is_saved_as_csv_and_pdf_from_the_page(
        qtbot: Any, context: AppContext, desk: Desk, clock: FakeClock, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, pytestconfig: pytest.Config) -> None:
    summary = demo.seed(desk)
    main = demo_window(qtbot, context, summary, clock, "demo.auditor")
    page = main.show_page("review.reports")
    assert isinstance(page, ReportsPage)
    ModelTester(pytestconfig).check(page.model, force_py=True)
    # The period defaults to the month so far, in Japan.
    assert page.start.date() == QDate(2026, 1, 1) and page.end.date() == QDate(2026, 1, 5)
    out = tmp_path / "lookback.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    with qtbot.waitSignal(page.saved, timeout=20_000):
        qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    with desk.kernel.read() as s:
        ids = list(s.scalars(select(ChangeRequest.id).order_by(ChangeRequest.id)))
    lines = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert [line[0] for line in lines[1:1 + len(ids)]] == [request_reference(i) for i in ids]
    assert ["total", "requests", str(len(ids))] in lines
    assert page.model.rowCount() == len(ids)
    assert page.model.data(page.model.index(0, 0)) == request_reference(ids[0])
    assert f"{len(ids)} requests" in page.totals.text()
    assert "Saved the report of" in page.message.text()

    pdf = tmp_path / "lookback"  # no suffix typed: the page adds it
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    with qtbot.waitSignal(page.saved, timeout=20_000):
        qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    text = pdf_text((tmp_path / "lookback.pdf").read_bytes())
    assert all(request_reference(i) in text for i in ids)
    with desk.kernel.read() as s:
        exported = [json.loads(e.details) for e in s.scalars(
            select(AuditEvent).where(AuditEvent.action == "report.lookback.exported"))]
    assert [e["format"] for e in exported] == ["csv", "pdf"]
    assert exported[0]["from"] == "2026-01-01" and exported[0]["to"] == "2026-01-05"


def test_a_backwards_period_is_refused_in_words_and_nothing_is_written(
        qtbot: Any, context: AppContext, people: People, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    people.add("sv", Role.SUPERVISOR)
    main = window_for(qtbot, context, people.signed_in("sv"))
    page = main.show_page("review.reports")
    assert isinstance(page, ReportsPage)
    page.start.setFocus()
    page.start.setDate(QDate(2026, 1, 5))
    page.end.setDate(QDate(2026, 1, 2))
    out = tmp_path / "r.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cannot be reported" in page.message.text(), timeout=10_000)
    assert "the last date is before the first" in page.message.text()
    assert not out.exists() and page.model.rowCount() == 0


def test_qtmodeltester_lookback_model(pytestconfig: pytest.Config, qtbot: Any) -> None:
    model = LookbackTableModel()
    ModelTester(pytestconfig).check(model, force_py=True)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Reference"


def test_a_file_that_cannot_be_written_is_said_in_words(
        qtbot: Any, context: AppContext, people: People, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    people.add("sv", Role.SUPERVISOR)
    main = window_for(qtbot, context, people.signed_in("sv"))
    page = main.show_page("review.reports")
    assert isinstance(page, ReportsPage)
    out = tmp_path / "no such folder" / "r.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "could not be written" in page.message.text(), timeout=20_000)
    assert "No such file or directory" in page.message.text() and not page.busy


def test_the_dashboard_names_alert_rules_as_the_alert_queue_does(qapp: Any) -> None:
    from authdesk.gui.kit.alertrules import rule_label as queue_name
    from authdesk.gui.review.dashboard import rule_label

    assert rule_label("out_of_hours") == queue_name("out_of_hours") == (
        "Activity outside working hours")
    assert rule_label("a_rule_that_was_removed") == "a_rule_that_was_removed"
    assert rule_label("(unnamed)") == "(no rule named)"
