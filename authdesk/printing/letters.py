"""Customer letters and the mail room's batch, as A4 HTML pages and one PDF.

Every letter is Japanese, for the customer. The address block sits where the window of a
長形3号 window envelope shows it when the A4 sheet is folded in three: about 22 mm from the
left edge and from 16 mm down (the page margins of ``printing.pdf`` plus a small indent), with
nothing else beside it inside the window's width. The date, the firm's name and its phone
number stand to the right, outside the window.

The content comes from the core (``core.letters.LetterContent``): the phone number is the
firm's configured one, never one from a request or a customer record.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date, datetime

from authdesk.core.lettercontent import JST, BatchContents, LetterContent
from authdesk.printing.pdf import pages_to_pdf

POINT_SIZE = 10.5
# Kinds are NotificationKind values (core.notifications, which this package cannot import: it
# reads the database); tests/printing checks every kind has its label and its text.
_WEEKDAYS = "月火水木金土日"

KIND_LABELS_JA: dict[str, str] = {
    "request.approved": "出金口座変更の承認",
    "request.rejected": "出金口座変更の却下",
    "request.cancelled": "出金口座変更の取消し",
    "account.changed": "出金口座の変更完了",
    "factor.activated": "認証アプリの登録完了",
    "factor.locked": "認証アプリの停止",
    "factor.unlocked": "認証アプリの再開",
    "factor.reenrolled": "認証アプリの再登録",
    "contact.changed": "ご登録内容の変更",
}

_FIELDS_JA = {"address": "ご住所", "postal_code": "郵便番号", "phone": "電話番号",
              "email": "メールアドレス"}


def _e(text: object) -> str:
    return html.escape(str(text))


def date_ja(day: date | datetime) -> str:
    if isinstance(day, datetime):
        day = day.astimezone(JST).date()
    return f"{day.year}年{day.month}月{day.day}日（{_WEEKDAYS[day.weekday()]}）"


def moment_ja(moment: datetime) -> str:
    local = moment.astimezone(JST)
    return f"{date_ja(local)} {local:%H:%M}（日本時間）"


def _body(letter: LetterContent) -> tuple[str, list[str]]:
    """The title and the paragraphs that differ by kind (plain text, escaped later)."""
    when = date_ja(letter.happened_at)
    kind = letter.kind
    if kind == "request.approved":
        if letter.effective_at is not None:
            effect = (f"新しい出金口座は {moment_ja(letter.effective_at)} から有効になります。"
                      "それまでは、現在ご登録の出金口座が使われます。")
        else:
            effect = (f"新しい出金口座は、このお知らせの発送から {letter.cooling_off_hours} "
                      "時間後に有効になります。それまでは、現在ご登録の出金口座が使われます。")
        return "出金口座の変更のお手続きについて", [
            f"お客様の出金口座を下記の口座に変更するお申し込みを、{when}に承りました。",
            effect,
            "このお申し込みにお心当たりがない場合や、変更を取りやめたい場合は、有効になる前に"
            "下記の電話番号へお電話のうえ、お問い合わせ番号をお伝えください。変更をお取り消し"
            "いたします。",
        ]
    if kind == "request.rejected":
        return "出金口座の変更のお申し込みについて", [
            f"{when}に、お客様の出金口座を下記の口座に変更するお申し込みがありましたが、"
            "お手続きを承ることができませんでした。現在ご登録の出金口座に変更はありません。",
            "お心当たりがない場合は、第三者がお客様になりすましてお申し込みをした可能性が"
            "あります。お手数ですが、下記の電話番号へご連絡ください。",
        ]
    if kind == "request.cancelled":
        return "出金口座の変更のお取り消しについて", [
            f"下記の口座への出金口座の変更のお申し込みは、{when}に取り消されました。"
            "現在ご登録の出金口座に変更はありません。",
        ]
    if kind == "account.changed":
        return "出金口座の変更完了のお知らせ", [
            f"お申し込みのとおり、{when}に、お客様の出金口座を下記の口座へ変更いたしました。"
            "今後のご出金は、この口座へのお振込みとなります。",
        ]
    if kind == "factor.activated":
        return "認証アプリのご登録完了のお知らせ", [
            f"お電話でのご本人確認に使う認証アプリのご登録が、{when}に完了しました。",
            "今後、お客様からお電話をいただいた際に、アプリに表示される 6 桁の数字をお伺い"
            "することがあります。",
        ]
    if kind == "factor.locked":
        return "認証アプリによるご本人確認の停止のお知らせ", [
            f"{when}に、お客様の認証アプリの 6 桁の数字が続けて正しく入力されなかったため、"
            "安全のため、認証アプリによるご本人確認を停止しました。",
            "再開には、本人確認書類の確認と、ご登録の電話番号への折り返しのお電話が必要です。",
        ]
    if kind == "factor.unlocked":
        return "認証アプリによるご本人確認の再開のお知らせ", [
            f"本人確認書類の確認とご登録の電話番号への折り返しのお電話により、{when}に、"
            "認証アプリによるご本人確認を再開しました。",
        ]
    if kind == "factor.reenrolled":
        return "認証アプリの再登録のお知らせ", [
            f"{when}に、お客様の認証アプリの登録をやり直しました。これまでの登録は使えなく"
            "なりました。",
            "新しい登録のご案内は、別にお送りするお手紙、または窓口でお渡しします。",
        ]
    if kind == "contact.changed":
        what = _FIELDS_JA.get(letter.contact_field or "", "ご連絡先")
        return "ご登録内容の変更のお知らせ", [
            f"{when}に、お客様のご登録の{what}を変更しました。このお手紙は、変更後のご登録"
            "住所にお送りしています。",
        ]
    return "お客様へのお知らせ", [f"{when}のお手続きについてお知らせします。"]


def _account_table(letter: LetterContent) -> str:
    account = letter.account
    if account is None:
        return ""
    caption = ("変更後の出金口座" if letter.kind == "account.changed"
               else "お申し込みの出金口座")
    rows = [("金融機関", f"{account.bank}（{account.bank_code}）"),
            ("支店", f"{account.branch}（{account.branch_code}）"),
            ("預金種目", account.account_type),
            ("口座番号", f"{account.number}（下 3 桁のみ表示）")]
    cells = "".join(f"<tr><td width='25%' bgcolor='#f0f0f0'>{_e(k)}</td><td>{_e(v)}</td></tr>"
                    for k, v in rows)
    return (f"<p><b>{_e(caption)}</b></p>"
            f"<table border='1' cellspacing='0' cellpadding='5' width='70%'>{cells}</table>")


def letter_html(letter: LetterContent) -> str:
    """One letter as one A4 page of HTML."""
    title, paragraphs = _body(letter)
    to = letter.to
    firm, phone, ref = _e(letter.firm_name), _e(letter.firm_phone), _e(letter.reference)
    body = "".join(f"<p>{_e(p)}</p>" for p in paragraphs)
    # Japanese sentences are joined without spaces: a line break in the HTML would show as one.
    return _join_lines(f"""
<html><body>
<table width="100%" cellspacing="0" cellpadding="0"><tr>
<td width="2%"></td>
<td width="54%" valign="top">
<p style="font-size: 11pt;">〒{_e(to.postal_code)}<br/>{_e(to.address)}</p>
<p style="font-size: 14pt;">{_e(to.name)} 様</p>
<p style="font-size: 8pt;">お客様番号 {_e(letter.customer_number)}</p>
</td>
<td width="44%" valign="top" align="right">
<p>{_e(date_ja(letter.dated))}</p>
<p><b>{firm}</b><br/>お客様窓口 電話 {phone}</p>
</td></tr></table>
<p style="font-size: 6pt;">&nbsp;</p>
<p align="center" style="font-size: 15pt;"><b>{_e(title)}</b></p>
<p>平素より{firm}をご利用いただき、誠にありがとうございます。</p>
{body}
{_account_table(letter)}
<p></p>
<table border="1" cellspacing="0" cellpadding="8" width="100%"><tr><td>
<p><b>お問い合わせ番号　{ref}</b></p>
<p>このお知らせについてのお問い合わせやお取り消しは、{firm} お客様窓口（電話 <b>{phone}</b>）|
までお電話のうえ、お問い合わせ番号をお伝えください。</p>
<p style="font-size: 9pt;">お心当たりがない場合は、すぐにお電話ください。電話番号は、お手元の|
取引報告書や当社ウェブサイトに記載の番号と同じであることをお確かめください。当社を名乗って|
連絡してきた人が伝える番号にはおかけにならないでください。</p>
</td></tr></table>
<p style="font-size: 8pt;">当社が電子メールや SMS で、認証アプリの 6 桁の数字やパスワードを|
お尋ねすることはありません。6 桁の数字をお伝えいただくのは、お客様から当社にお電話いただいた|
ときだけです。</p>
</body></html>
""")


def _join_lines(text: str) -> str:
    """Lines ending in ``|`` continue a Japanese sentence: joined without a space."""
    return text.replace("|\n", "")


def cover_html(contents: BatchContents) -> str:
    """The mail room's cover sheet: the batch, its count and every letter's reference."""
    batch = contents.batch
    rows = "".join(
        f"<tr><td align='right'>{i}</td><td>{_e(letter.reference)}</td>"
        f"<td>{_e(KIND_LABELS_JA.get(letter.kind, letter.kind))}</td>"
        f"<td>{_e(letter.customer_number)}</td><td>〒{_e(letter.to.postal_code)}</td></tr>"
        for i, letter in enumerate(contents.letters, start=1))
    return _join_lines(f"""
<html><body>
<p style="font-size: 15pt;"><b>郵送バッチ 第 {batch.id} 号　送付状一覧</b></p>
<p>{_e(contents.firm_name)}　お客様あて通知（窓あき封筒・長形3号）</p>
<table cellspacing="0" cellpadding="3">
<tr><td>対象日</td><td>{_e(date_ja(batch.day))}までに発生した通知</td></tr>
<tr><td>作成</td><td>{_e(moment_ja(batch.created_at))}　{_e(batch.created_by)}</td></tr>
<tr><td>通数</td><td><b>{len(contents.letters)} 通</b></td></tr>
</table>
<p>1 通ずつ三つ折りにし、宛名が窓に出ることを確かめて封入してください。印刷が終わったら|
AuthDesk でこのバッチを「印刷済み」に、投函したら「投函済み」にしてください。投函済みにした|
時点で、各通知は送付済みになります。</p>
<table border="1" cellspacing="0" cellpadding="4" width="100%">
<tr bgcolor="#f0f0f0"><th>No.</th><th>お問い合わせ番号</th><th>種類</th><th>お客様番号</th>
<th>郵便番号</th></tr>
{rows}
</table>
<p style="font-size: 8pt;">この一覧と各通知には個人情報が含まれます。投函後は社内規程に従って|
保管または廃棄してください。</p>
</body></html>
""")


def batch_pages(contents: BatchContents) -> list[str]:
    return [cover_html(contents), *(letter_html(letter) for letter in contents.letters)]


def batch_pdf(contents: BatchContents) -> bytes:
    """The batch as one A4 PDF: the cover sheet, then one letter per page."""
    return pages_to_pdf(batch_pages(contents),
                        title=f"郵送バッチ 第 {contents.batch.id} 号", point_size=POINT_SIZE)


def letters_pdf(letters: Sequence[LetterContent], *, title: str = "お客様へのお知らせ") -> bytes:
    """Letters without a cover (a single letter shown on screen, a screenshot)."""
    return pages_to_pdf([letter_html(letter) for letter in letters], title=title,
                        point_size=POINT_SIZE)
