"""The customer import page: a good file imports with the progress bar reaching the end; a bad
file lists every bad line and writes nothing; a cancel writes nothing and says so."""

from __future__ import annotations

import csv
import importlib.util
import sys
import threading
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from guikit import People
from guimnemonics import all_clashes
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from sqlalchemy import func, select

from authdesk.core import csvimport
from authdesk.core.desk import Desk
from authdesk.core.roles import Role
from authdesk.gui.admin.import_page import PROGRESS_STEPS, ImportPage
from authdesk.gui.shell.context import AppContext
from authdesk.gui.shell.controller import AppController
from authdesk.storage.models import AuditEvent, Customer

ROOT = Path(__file__).resolve().parents[3]


def _bench() -> ModuleType:
    """benchmarks/import.py: its generator writes valid, unique customers."""
    name = "import_benchmark"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "import.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csvimport, "BATCH_ROWS", 10)


def customer_file(folder: Path, n: int, bad_lines: tuple[int, ...] = ()) -> Path:
    path = folder / "customers.csv"
    bench = _bench()
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(bench.HEADER)
        for i in range(n):
            row = bench.row(i)
            if i + 2 in bad_lines:
                row[3] = "1975-13-24"  # no 13th month
            writer.writerow(row)
    return path


def import_page(qtbot: Any, context: AppContext, people: People,
                monkeypatch: pytest.MonkeyPatch, path: Path) -> ImportPage:
    people.add("admin", Role.ADMIN)
    main = AppController(context).signed_in(people.signed_in("admin"))
    qtbot.addWidget(main)
    page = main.show_page("admin.import")
    assert isinstance(page, ImportPage)
    monkeypatch.setattr(page, "choose_file", lambda: path)
    return page


def customer_count(desk: Desk) -> int:
    with desk.kernel.read() as s:
        return s.scalar(select(func.count()).select_from(Customer)) or 0


def test_a_good_file_imports_with_progress_to_the_end(
        qtbot: Any, context: AppContext, people: People, desk: Desk, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    page = import_page(qtbot, context, people, monkeypatch, customer_file(tmp_path, 45))
    values: list[int] = []
    page.progress_bar.valueChanged.connect(values.append)
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and page.result.isVisible(), timeout=20_000)
    assert page.result.text() == "Imported 45 customers from 45 rows."
    assert values == sorted(values) and values[-1] == PROGRESS_STEPS
    assert page.progress_bar.isVisible() and page.progress_bar.value() == PROGRESS_STEPS
    assert page.rows_label.text() == "Rows read: 45"
    assert not page.error_view.isVisible() and not page.cancel_button.isVisible()
    assert customer_count(desk) == 45


def test_a_bad_file_lists_every_bad_line_and_writes_nothing(
        qtbot: Any, context: AppContext, people: People, desk: Desk, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    page = import_page(qtbot, context, people, monkeypatch,
                       customer_file(tmp_path, 40, bad_lines=(3, 17, 41)))
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and page.result.isVisible(), timeout=20_000)
    assert page.result.text().startswith("3 of 40 rows are bad, so no customer was imported.")
    model = page.errors
    assert page.error_view.isVisible() and model.rowCount() == 3
    assert [model.index(r, 0).data() for r in range(3)] == ["3", "17", "41"]
    assert model.index(0, 1).data() == "birth date: there is no such date"
    assert customer_count(desk) == 0
    # With the bad rows on screen, every Alt key of the window is still its own.
    assert all_clashes(page.window()) == []

    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0] == "Line\tProblem" and [line.split("\t")[0] for line in copied[1:]] == [
        "3", "17", "41"]
    saved = tmp_path / "errors.csv"
    monkeypatch.setattr(page, "choose_save_file", lambda: saved)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    with saved.open(encoding="utf-8-sig", newline="") as f:
        assert [row[0] for row in csv.reader(f)] == ["Line", "3", "17", "41"]

    # A reason that quotes the file's own text is saved as text, never as a formula.
    formulas = ["=HYPERLINK(\"http://evil\")", "+1", "-1", "@SUM(A1)", "\tx", "\rx\x1b"]
    model.rows[:] = [csvimport.RowError(i, text) for i, text in enumerate(formulas, start=1)]
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    with saved.open(encoding="utf-8-sig", newline="") as f:
        reasons = [row[1] for row in csv.reader(f)][1:]
    assert reasons == ["'=HYPERLINK(\"http://evil\")", "'+1", "'-1", "'@SUM(A1)", "\\u0009x",
                       "\\u000dx\\u001b"]


def test_a_cancel_writes_nothing_and_says_so(
        qtbot: Any, context: AppContext, people: People, desk: Desk, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    page = import_page(qtbot, context, people, monkeypatch, customer_file(tmp_path, 60))
    # The import waits before its second batch until the test has pressed Cancel, so the press
    # lands mid-way on any machine.
    pressed = threading.Event()
    real_flush = csvimport._Run.flush

    def flush(run: Any) -> None:
        if run.flushes == 1:
            pressed.wait(20)
        real_flush(run)

    monkeypatch.setattr(csvimport._Run, "flush", flush)
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.rows_label.text() == "Rows read: 10", timeout=20_000)
    assert page.cancel_button.isVisible()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    pressed.set()
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    assert page.result.text() == ("The import was cancelled. No customer was imported; the "
                                  "database is as it was.")
    assert customer_count(desk) == 0
    with desk.kernel.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "customer.imported")) == 0
