"""Customer letters on paper: every notice kind has its Japanese text, the address block sits
in the window of a 長形3号 envelope, and nothing but the configured phone number is printed."""

from __future__ import annotations

import io
import unicodedata
from datetime import UTC, date, datetime

import pytest
from helpers import pdf_page_texts
from pypdf import PdfReader

from authdesk.core.lettercontent import LetterAccount, LetterAddress, LetterContent
from authdesk.core.notifications import NotificationKind
from authdesk.printing.letters import KIND_LABELS_JA, letter_html, letters_pdf

TO = LetterAddress("100-0001", "東京都千代田区見本町1-1", "見本 太郎")
ACCOUNT = LetterAccount("三菱ＵＦＪ", "0005", "本店", "001", "普通", "••••321")


def letter(kind: str, **overrides: object) -> LetterContent:
    fields: dict[str, object] = dict(
        notification_id=7, reference="N0000007-6", kind=kind, customer_number="C0000001",
        to=TO, firm_name="みほん証券株式会社", firm_phone="0120-000-000",
        dated=date(2026, 12, 3), happened_at=datetime(2026, 12, 2, 1, 0, tzinfo=UTC))
    fields.update(overrides)
    return LetterContent(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", list(NotificationKind))
def test_every_kind_has_its_own_title_and_label(kind: NotificationKind) -> None:
    assert kind.value in KIND_LABELS_JA
    page = letter_html(letter(kind.value))
    assert "お客様へのお知らせ" not in page  # the fallback title: a kind without its text
    assert "見本 太郎 様" in page and "〒100-0001" in page and "0120-000-000" in page


def test_an_approval_says_when_it_takes_effect_and_how_to_stop_it() -> None:
    effective = datetime(2026, 12, 5, 9, 30, tzinfo=UTC)
    data = letters_pdf([
        letter("request.approved", reference="R0000123-4", account=ACCOUNT,
               effective_at=effective, cooling_off_hours=72),
        letter("request.approved", reference="R0000124-2", account=ACCOUNT,
               cooling_off_hours=72)])
    first, second = pdf_page_texts(data)
    assert "2026年12月5日(土) 18:30" in first  # 09:30 UTC is 18:30 in Japan
    assert "R0000123-4" in first and "三菱UFJ" in first and "••••321" in first
    assert "お取り消し" in first
    assert "発送から 72 時間後" in second  # the time is not known before it is posted
    assert len(PdfReader(io.BytesIO(data)).pages) == 2


def test_the_address_sits_in_the_envelope_window() -> None:
    data = letters_pdf([letter("factor.locked")])
    page = PdfReader(io.BytesIO(data)).pages[0]
    found: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object,
              size: object) -> None:
        if text.strip():  # the text's origin, in points on the page (y from the bottom)
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            found.append((unicodedata.normalize("NFKC", text), x, y))

    page.extract_text(visitor_text=visit)
    height = float(page.mediabox.height)
    mm = 25.4 / 72
    postal = next((x, y) for text, x, y in found if "100-0001" in text)
    name = next((x, y) for text, x, y in found if "見本" in text and "太郎" in text)
    for x, y in (postal, name):
        assert 19 <= x * mm <= 26, x * mm  # from the left edge
        assert 14 <= (height - y) * mm <= 50, (height - y) * mm  # from the top
