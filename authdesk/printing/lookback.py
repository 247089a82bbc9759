"""The look-back report as a landscape A4 PDF (issue 12): a heading with the period and who
made it, the totals, then one table line per change request.

It renders plain text it is given (``core.lookback.LookbackReport.printable`` makes it), so it
needs neither the core's storage nor the GUI. Headings are in Japanese and English: the report
goes to compliance staff, auditors and regulators alike. Every value is HTML-escaped here.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from authdesk.printing.pdf import pages_to_pdf

# Column headings, Japanese over English; the cells the core gives follow this order.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("お問い合わせ番号・受付日時", "Reference, created"),
    ("経路・状態", "Channel, status"),
    ("顧客番号・新しい出金口座", "Customer, new account"),
    ("本人確認・書類", "Verification, documents"),
    ("リスク", "Risk"),
    ("受付担当・承認", "Requester, approval"),
    ("承認までの時間・待機期間", "Time to approval, cooling-off"),
    ("通知", "Notices"),
    ("却下・取消", "Rejected, cancelled"),
    ("要確認事項", "Exceptions"),
)
# Widths in per cent of the table, in the order of COLUMNS.
WIDTHS = (10, 8, 11, 13, 10, 11, 10, 10, 9, 8)

_STYLE = """
<style>
h1 { font-size: 14pt; margin: 0; }
p.facts { margin: 2pt 0 6pt 0; }
table { border-collapse: collapse; }
th { background-color: #e8eaf0; font-weight: bold; text-align: left; }
td { vertical-align: top; }
</style>
"""


def _lines(text: str) -> str:
    return "<br>".join(escape(line) for line in text.split("\n"))


def lookback_html(*, title: str, facts: Sequence[tuple[str, str]],
                  rows: Sequence[Sequence[str]],
                  totals: Sequence[tuple[str, str]]) -> str:
    """One HTML document (it flows onto as many sheets as it needs)."""
    parts = [_STYLE, f"<h1>{escape(title)}</h1>", "<p class='facts'>"]
    parts.append("<br>".join(f"{escape(k)}: {escape(v)}" for k, v in facts))
    parts.append("</p>")
    # The totals first, in three columns of "name: value", so one glance gives the period.
    parts.append("<table width='100%' border='0.5' cellspacing='0' cellpadding='2'><tr>")
    parts += ["<th width='33%'>集計 Totals</th>"] * 3
    parts.append("</tr>")
    third = -(-len(totals) // 3)
    for i in range(third):
        parts.append("<tr>")
        for j in range(3):
            k = i + j * third
            if k < len(totals):
                name, value = totals[k]
                parts.append(f"<td>{escape(name)}: <b>{escape(value)}</b></td>")
            else:
                parts.append("<td></td>")
        parts.append("</tr>")
    parts.append("</table><p></p>")
    parts.append("<table width='100%' border='0.5' cellspacing='0' cellpadding='2'><thead><tr>")
    for (ja, en), width in zip(COLUMNS, WIDTHS, strict=True):
        parts.append(f"<th width='{width}%'>{escape(ja)}<br>{escape(en)}</th>")
    parts.append("</tr></thead>")
    for row in rows:
        parts.append("<tr>" + "".join(f"<td>{_lines(cell)}</td>" for cell in row) + "</tr>")
    if not rows:
        parts.append(f"<tr><td colspan='{len(COLUMNS)}'>この期間の変更依頼はありません。"
                     "No change requests in this period.</td></tr>")
    parts.append("</table>")
    return "".join(parts)


def lookback_pdf(*, title: str, facts: Sequence[tuple[str, str]],
                 rows: Sequence[Sequence[str]], totals: Sequence[tuple[str, str]]) -> bytes:
    """The bytes of the landscape A4 PDF."""
    for row in rows:
        if len(row) != len(COLUMNS):
            raise ValueError(f"a look-back row has {len(row)} cells, not {len(COLUMNS)}")
    return pages_to_pdf([lookback_html(title=title, facts=facts, rows=rows, totals=totals)],
                        title=title, point_size=7.5, landscape=True)


__all__ = ["COLUMNS", "lookback_html", "lookback_pdf"]
