"""The activation letter: a PDF written with Qt's own PDF writer, to print and post to the
customer's registered address.

It carries the QR code, the key for typing by hand, the expiry, and what to do if the customer
did not ask for it. The letter is written in Japanese with English beneath, whatever language
the agent's screen is in: it is for the customer.

The file holds the customer's key. The PDF is made in memory and written once, readable by the
agent's own account only; the screen asks the agent to delete it once printed and offers a
button that overwrites and removes it (``erase_file``).
"""

from __future__ import annotations

import html
import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from authdesk.core.evidence import JST
from authdesk.core.factors import FactorEnrollment
from authdesk.gui.kit.qr import group_key, qr_image

QR_URL = QUrl("authdesk-letter://qr")
RESOLUTION_DPI = 300
QR_SIZE_MM = 48


def _date_ja(moment: datetime) -> str:
    local = moment.astimezone(JST)
    return f"{local.year}年{local.month}月{local.day}日"


def activation_letter_html(enrollment: FactorEnrollment, customer_name: str,
                           issued_at: datetime, *, qr_px: int = 190) -> str:
    """The letter's text as HTML; the QR code is the image resource ``QR_URL``."""
    name = html.escape(customer_name)
    number = html.escape(enrollment.customer_number)
    key = html.escape(group_key(enrollment.manual_key))
    expires = enrollment.activation_expires_at
    expires_ja = _date_ja(expires)
    expires_en = expires.astimezone(JST).date().isoformat()
    # Japanese sentences are joined without spaces: a line break in HTML would show as one.
    ja_intro = ("お客様のご依頼により、お電話でのご本人確認に使う認証アプリの登録コードを"
                "お送りします。このお手紙は、ご登録の住所にのみお送りしています。")
    ja_step1 = ("1. スマートフォンの認証アプリ（Google Authenticator、Microsoft Authenticator "
                "など）でアカウントを追加します。")
    ja_step3 = ("3. コールセンターにお電話のうえ、アプリに表示される 6 桁の数字をお読み"
                "ください。登録が完了します。")
    ja_warning = ("このキーをアプリに登録しないでください。お手元の取引報告書または当社ウェブ"
                  "サイトに記載の電話番号（連絡してきた人が伝える番号ではありません）へ、すぐに"
                  "お電話ください。第三者がお客様の出金口座の変更を試みている可能性があります。")
    ja_never = ("当社が電子メールや SMS でこのキーや 6 桁の数字をお尋ねすることはありません。"
                "6 桁の数字をお伝えいただくのは、お客様から当社にお電話いただいたときだけです。")
    return f"""
<html><body>
<p align="right">{_date_ja(issued_at)}</p>
<p style="font-size: 12pt;"><b>{name} 様</b><br/>お客様番号 {number}</p>
<p style="font-size: 15pt;"><b>認証アプリ登録のご案内</b><br/>
<span style="font-size: 11pt;">Setting up your authenticator app</span></p>
<p>{ja_intro}<br/>
<i>As you asked, here is the code to add AuthDesk to your authenticator app. We use it to confirm
it is you when you call us. This letter is sent only to your registered address.</i></p>
<table cellpadding="4"><tr>
<td valign="top"><img src="{QR_URL.toString()}" width="{qr_px}" height="{qr_px}"/></td>
<td valign="top">
<p><b>手順 / Steps</b></p>
<p>{ja_step1}<br/><i>Open your authenticator app and add an account.</i></p>
<p>2. 左の QR コードを読み取るか、下の登録キーを入力します。<br/>
<i>Scan the QR code, or type the key below.</i></p>
<p style="font-family: monospace; font-size: 12pt;"><b>{key}</b></p>
<p style="font-size: 8pt;">時間ベース・6 桁・30 秒 / time-based, 6 digits, every 30 seconds</p>
<p>{ja_step3}<br/><i>Call us and read out the 6-digit code the app shows;
that completes the set-up.</i></p>
</td></tr></table>
<p><b>有効期限: {expires_ja}</b>（この日を過ぎると登録できません）<br/>
<b>Valid until {expires_en}</b> (after that date the key cannot be activated)</p>
<table border="1" cellpadding="6" cellspacing="0" width="100%"><tr><td>
<p><b>お心当たりがない場合 / If you did not ask for this letter</b></p>
<p>{ja_warning}<br/>
<i>Do not add this key to any app. Call us straight away on the number printed on your
statements or on our website — never a number given by someone who contacted you. Someone may be
trying to change your withdrawal account.</i></p>
</td></tr></table>
<p style="font-size: 8pt;">{ja_never}<br/>
<i>We never ask for this key or a code by e-mail or text message. Read out a code only on a call
you made to us.</i></p>
</body></html>
"""


def write_activation_letter(path: Path, enrollment: FactorEnrollment, customer_name: str,
                            issued_at: datetime) -> Path:
    """Write the letter as a one-page A4 PDF at ``path``, readable by this account only."""
    data = activation_letter_pdf(enrollment, customer_name, issued_at)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    try:
        if hasattr(os, "fchmod"):  # an existing file keeps its mode through O_TRUNC
            os.fchmod(fd, 0o600)
        os.write(fd, data)
    finally:
        os.close(fd)
    return path


def erase_file(path: Path) -> None:
    """Overwrite the file with zeros, then remove it (best effort against undelete tools; an
    SSD or a backup may still keep old blocks). Raises OSError if it cannot."""
    with open(path, "r+b") as fh:
        size = fh.seek(0, os.SEEK_END)
        fh.seek(0)
        fh.write(bytes(size))
        fh.flush()
        os.fsync(fh.fileno())
    path.unlink()


def activation_letter_pdf(enrollment: FactorEnrollment, customer_name: str,
                          issued_at: datetime) -> bytes:
    """The letter as the bytes of a one-page A4 PDF, made in memory."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 16, 18, 16), QPageLayout.Unit.Millimeter))
    writer.setTitle("認証アプリ登録のご案内 / Authenticator activation letter")
    writer.setCreator("AuthDesk")
    document = QTextDocument()
    # Lay the text out on the PDF itself, so points are points on paper and the page is A4
    # less the margins above (QTextDocument.print_ would add margins of its own).
    document.documentLayout().setPaintDevice(writer)
    font = QFont("Noto Sans CJK JP")
    font.setPointSizeF(9.5)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    # A big QR bitmap, scaled down by the layout: modules stay sharp when printed.
    document.addResource(QTextDocument.ResourceType.ImageResource, QR_URL,
                         qr_image(enrollment.uri, module_px=12))
    # Image sizes in the HTML are in CSS pixels (1/96 inch); the layout scales them to the PDF.
    qr_px = round(QR_SIZE_MM / 25.4 * 96)
    document.setHtml(activation_letter_html(enrollment, customer_name, issued_at, qr_px=qr_px))
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    painter = QPainter(writer)
    try:
        for page in range(document.pageCount()):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * rect.height())
            document.drawContents(painter, QRectF(0, page * rect.height(), rect.width(),
                                                  rect.height()))
            painter.restore()
    finally:
        painter.end()
    del writer  # the painter's end() completed the PDF; let go of the writer before its buffer
    data = bytes(buffer.data().data())
    buffer.close()
    return data
