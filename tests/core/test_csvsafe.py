"""The one rule for CSV cells a spreadsheet must not execute (issue 12, hygiene)."""

from __future__ import annotations

import csv
import io

import pytest

from authdesk.core.csvsafe import audit_cell, audit_cell_value, safe_cell, safe_row


@pytest.mark.parametrize(("value", "cell"), [
    ("=HYPERLINK(\"http://evil\",\"x\")", "'=HYPERLINK(\"http://evil\",\"x\")"),
    ("+81-90-1234-5678", "'+81-90-1234-5678"),
    ("-1+2", "'-1+2"),
    ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("\t=1", "\\u0009=1"),  # escaped first: a backslash starts no formula
    ("\r=1", "\\u000d=1"),
    ("a\x1b[31mred", "a\\u001b[31mred"),
    ("line\nbreak", "line\\u000abreak"),
    ("山田 太郎", "山田 太郎"),
    ("'already", "'already"),
    ("", ""),
    (None, ""),
    (12, "12"),
    (-3, "'-3"),
])
def test_a_cell_is_neither_a_formula_nor_a_control_character(value: object, cell: str) -> None:
    assert safe_cell(value) == cell


def test_a_written_row_has_no_cell_a_spreadsheet_would_run() -> None:
    out = io.StringIO()
    csv.writer(out).writerow(safe_row(["=1+1", "+1", "-1", "@A1", "\tx", "\rx", "ok"]))
    cells = next(csv.reader(io.StringIO(out.getvalue())))
    assert all(not c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cells)
    assert not any(ch in out.getvalue().rstrip("\r\n") for ch in "\t\r\n")


@pytest.mark.parametrize("stored", ["=1+1", "+1", "-1", "@A1", "\tx", "\rx", "'", "''x", "x'",
                                    "", "{\"a\":1}", "a\x07b"])
def test_an_audit_cell_gives_back_exactly_the_stored_text(stored: str) -> None:
    cell = audit_cell(stored)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert audit_cell_value(cell) == stored
