"""Draw the AuthDesk app icon and write it in the formats each OS wants.

    uv run python tools/make_icons.py

writes resources/icons/authdesk.png (256 px, Linux and the window icon), authdesk.ico (Windows:
16-256 px) and authdesk.icns (macOS). The icon is drawn with QPainter at each size rather than
scaled from one bitmap, so the small sizes stay sharp. The files are committed; run this again
only when the drawing changes.

.ico and .icns are written here as plain containers of PNG images: both formats allow PNG
entries (Windows Vista and later, macOS 10.7 and later), which keeps this free of Qt's optional
image-format plugins and gives several sizes in one file (Qt's writers store one image).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (Apple's "icns" format).
ICNS_TYPES = {32: b"ic11", 64: b"ic12", 128: b"ic07", 256: b"ic08", 512: b"ic09"}

NAVY = QColor("#1f3a5f")
TEAL = QColor("#2a9d8f")
WHITE = QColor("#ffffff")


def draw(size: int) -> QImage:
    """A white shield with a check mark on a navy rounded square: verified, protected."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(NAVY)
    p.drawRoundedRect(QRectF(0.02 * s, 0.02 * s, 0.96 * s, 0.96 * s), 0.2 * s, 0.2 * s)

    shield = QPainterPath()
    shield.moveTo(0.5 * s, 0.14 * s)
    shield.lineTo(0.8 * s, 0.25 * s)
    shield.cubicTo(0.8 * s, 0.58 * s, 0.7 * s, 0.76 * s, 0.5 * s, 0.88 * s)
    shield.cubicTo(0.3 * s, 0.76 * s, 0.2 * s, 0.58 * s, 0.2 * s, 0.25 * s)
    shield.closeSubpath()
    p.setBrush(WHITE)
    p.drawPath(shield)

    pen = QPen(TEAL, max(1.5, 0.085 * s))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPolyline([QPointF(0.36 * s, 0.5 * s), QPointF(0.46 * s, 0.61 * s),
                    QPointF(0.65 * s, 0.39 * s)])
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """ICONDIR + one ICONDIRENTRY per size + the PNG data (0 in a size byte means 256)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        blobs += png
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    """'icns' + total length, then one (type, length, PNG) element per size; big-endian."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png
        for size, png in sorted(images.items())
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    pngs = {size: png_bytes(draw(size)) for size in sorted({*ICO_SIZES, *ICNS_TYPES})}
    outputs = {
        "authdesk.png": pngs[256],
        "authdesk.ico": ico({size: pngs[size] for size in ICO_SIZES}),
        "authdesk.icns": icns({size: pngs[size] for size in ICNS_TYPES}),
    }
    for name, data in outputs.items():
        (ICONS / name).write_bytes(data)
        print(f"wrote {ICONS / name} ({len(data)} bytes)")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
