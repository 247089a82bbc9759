"""The printing package: A4 pages from HTML, Japanese text that can be read back out."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

from helpers import pdf_page_texts, pdf_text
from pypdf import PdfReader

from authdesk.printing.pdf import pages_to_pdf, write_private


def test_each_page_starts_a_sheet_and_japanese_text_reads_back() -> None:
    first = "<p>出金口座変更のお知らせ R0000123-4 〒100-0001 東京都千代田区 様</p>"
    data = pages_to_pdf([first, "<p>page two</p>"], title="test")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 2
    box = reader.pages[0].mediabox
    assert round(float(box.width) / 72 * 25.4) == 210  # A4
    assert round(float(box.height) / 72 * 25.4) == 297
    text = pdf_page_texts(data)
    for words in ("出金口座変更のお知らせ", "R0000123-4", "〒100-0001", "東京都千代田区", "様"):
        assert words in text[0]
    assert "page two" in text[1]


def test_a_long_page_flows_onto_more_sheets() -> None:
    rows = "".join(f"<p>line {i}</p>" for i in range(400))
    data = pages_to_pdf([rows], title="long")
    text = pdf_text(data)
    assert len(PdfReader(io.BytesIO(data)).pages) > 1
    assert "line 0" in text and "line 399" in text


def test_written_for_this_account_only(tmp_path: Path) -> None:
    path = write_private(tmp_path / "out.pdf", b"%PDF-1.4 test")
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_application_printing_makes_is_one_widgets_can_use() -> None:
    from PySide6.QtWidgets import QApplication

    pages_to_pdf(["<p>x</p>"], title="x")
    assert isinstance(QApplication.instance(), QApplication)
