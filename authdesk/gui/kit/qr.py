"""QR codes drawn with Qt from the ``qrcode`` package's module matrix (no image library)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPixmap


def qr_image(data: str, *, module_px: int = 6) -> QImage:
    """Black modules on white with the standard quiet zone of four modules."""
    import qrcode  # here, not at the top: the sign-in window needs no QR code (issue 14)

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(data)
    code.make(fit=True)
    matrix = code.get_matrix()
    size = len(matrix)
    small = QImage(size, size, QImage.Format.Format_RGB32)
    small.fill(QColor("white"))
    black = QColor("black").rgb()
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                small.setPixel(x, y, black)
    # Nearest-neighbour scaling keeps module edges sharp for phone cameras.
    return small.scaled(size * module_px, size * module_px,
                        Qt.AspectRatioMode.IgnoreAspectRatio,
                        Qt.TransformationMode.FastTransformation)


def qr_pixmap(data: str, *, module_px: int = 6) -> QPixmap:
    return QPixmap.fromImage(qr_image(data, module_px=module_px))


def group_key(manual_key: str, size: int = 4) -> str:
    """'JBSWY3DPEHPK3PXP' -> 'JBSW Y3DP EHPK 3PXP': easier to type into a phone by hand."""
    return " ".join(manual_key[i:i + size] for i in range(0, len(manual_key), size))
