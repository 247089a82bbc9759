"""A4 PDFs from HTML pages, made in memory (``pages_to_pdf``), and written readable by this
account only (``write_private``).

Each page is its own HTML document starting on a new sheet; a page whose text is longer than
one sheet flows onto the next ones. Images are resources the HTML names by URL (``images``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

RESOLUTION_DPI = 300
# A TrueType Japanese font first: Qt writes a usable ToUnicode map for it, so the text of the
# PDF can be searched and extracted (with Noto's CFF outlines Qt maps Latin digits to nothing).
# Debian: fonts-ipaexfont-gothic. The others are fallbacks where it is not installed.
FONT_FAMILIES = ["IPAexGothic", "Noto Sans CJK JP", "Yu Gothic", "MS Gothic"]
MARGINS_MM = QMarginsF(18, 16, 18, 16)

_app: QGuiApplication | None = None


def ensure_gui_application() -> None:
    """Text layout needs a QGuiApplication. In the GUI there is one; the admin CLI gets one on
    the offscreen platform (no screen needed) the first time it prints. It is a QApplication
    (widgets included), so that whatever later wants one in the same process (pytest-qt in a
    test run) finds a usable instance instead of a QGuiApplication it cannot use."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") \
            and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _app = QApplication(["authdesk-print"])


def pages_to_pdf(pages: Sequence[str], *, title: str, point_size: float = 9.5,
                 images: Mapping[str, QImage] | None = None,
                 landscape: bool = False) -> bytes:
    """The bytes of an A4 PDF with each HTML page of ``pages`` starting on a new sheet."""
    ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    orientation = (QPageLayout.Orientation.Landscape if landscape
                   else QPageLayout.Orientation.Portrait)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                                     MARGINS_MM, QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    writer.setCreator("AuthDesk")
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    painter = QPainter(writer)
    try:
        first = True
        for page_html in pages:
            document = QTextDocument()
            # Lay the text out on the PDF itself, so points are points on paper and the page
            # is A4 less the margins (QTextDocument.print_ would add margins of its own).
            document.documentLayout().setPaintDevice(writer)
            font = QFont()
            font.setFamilies(FONT_FAMILIES)
            font.setPointSizeF(point_size)
            document.setDefaultFont(font)
            document.setDocumentMargin(0)
            for url, image in (images or {}).items():
                document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
            document.setHtml(page_html)
            document.setPageSize(QSizeF(rect.width(), rect.height()))
            for sheet in range(document.pageCount()):
                if not first:
                    writer.newPage()
                first = False
                painter.save()
                painter.translate(0, -sheet * rect.height())
                document.drawContents(painter, QRectF(0, sheet * rect.height(), rect.width(),
                                                      rect.height()))
                painter.restore()
    finally:
        painter.end()
    del writer  # the painter's end() completed the PDF; let go of the writer before its buffer
    data = bytes(buffer.data().data())
    buffer.close()
    return data


def write_private(path: Path, data: bytes) -> Path:
    """Write ``data`` at ``path``, readable and writable by this account only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    try:
        if hasattr(os, "fchmod"):  # an existing file keeps its mode through O_TRUNC
            os.fchmod(fd, 0o600)
        os.write(fd, data)
    finally:
        os.close(fd)
    return path
