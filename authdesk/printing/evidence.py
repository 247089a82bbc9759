"""The evidence pack of one change request on paper (A4), from the pack's plain data
(``core.evidencepack.EvidencePack.plain()``: texts, numbers, lists; printing never imports
the core's storage): what was checked, each line with the audit event that records it
(sequence number and hash), and the integrity proof a third party checks with
docs/verify_export.py. Japanese with English labels: it goes to regulators and courts in Japan.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from html import escape
from typing import Any

from authdesk.printing.pdf import pages_to_pdf

JST = timezone(timedelta(hours=9), "JST")
Pack = Mapping[str, Any]

# What each fact of the pack is, in Japanese and English.
FACT_LABELS: dict[str, tuple[str, str]] = {
    "request": ("お問い合わせ番号", "Request reference"),
    "status": ("状態", "Status"),
    "customer": ("お客様", "Customer"),
    "channel": ("受付経路", "Channel"),
    "requester": ("依頼の作成者", "Opened by"),
    "created_at": ("作成日時", "Opened at"),
    "new_account": ("新しい出金口座", "New withdrawal account"),
    "old_account": ("変更前の出金口座", "Previous account"),
    "call": ("通話", "Call"),
    "verification": ("本人確認（認証アプリのコード）", "Customer verification (TOTP step-up)"),
    "verification_failures": ("本人確認の失敗・拒否", "Failed or refused verifications"),
    "document": ("確認書類", "Document checked"),
    "callback": ("登録電話番号へのコールバック", "Call-back to registered phone"),
    "name_match": ("口座名義の照合", "Holder name match"),
    "risk": ("リスク", "Risk level"),
    "risk_reason": ("リスクの理由", "Risk reason"),
    "decision": ("承認・却下（二者承認）", "Decision (four eyes)"),
    "notice": ("通知（書面・メール）", "Notice"),
    "cooling_off": ("待機期間（取消可能）", "Cancellation window (cooling-off)"),
    "cancelled": ("取消", "Cancelled"),
    "outcome": ("結果", "Outcome"),
}

SECTION_LABELS: dict[str, tuple[str, str]] = {
    "request": ("依頼", "Request"),
    "call": ("通話", "Call"),
    "verification": ("本人確認", "Verification"),
    "documents": ("書類", "Documents"),
    "callback": ("コールバック", "Call-back"),
    "risk": ("リスク", "Risk"),
    "approval": ("承認", "Approval"),
    "notices": ("通知", "Notices"),
    "cooling_off": ("待機期間", "Cooling-off"),
    "outcome": ("結果", "Outcome"),
    "views": ("閲覧・出力", "Views"),
    "other": ("その他", "Other"),
}

STATUS_LABELS: dict[str, str] = {
    "draft": "下書き / draft",
    "pending_approval": "承認待ち / waiting for approval",
    "approved": "承認済み（待機期間中） / approved (cooling-off)",
    "effective": "変更済み / in effect",
    "rejected": "却下 / rejected",
    "cancelled": "取消 / cancelled",
    "expired": "期限切れ / expired",
}

_STYLE = """
<style>
h1 { font-size: 15pt; margin: 0 0 4pt 0; }
h2 { font-size: 11.5pt; margin: 10pt 0 4pt 0; }
td, th { padding: 2pt 4pt; vertical-align: top; }
th { background-color: #e8e8e8; text-align: left; }
.small { font-size: 7.5pt; color: #333333; }
.mono { font-family: monospace; font-size: 7pt; }
.muted { color: #555555; }
</style>
"""


def _label(pair: tuple[str, str]) -> str:
    return f"{escape(pair[0])}<br><span class='small'>{escape(pair[1])}</span>"


def when(ts: str) -> str:
    """An event's UTC ``ts`` as Japan time, zone named: ``2026/12/03 09:30:00 JST``."""
    moment = datetime.fromisoformat(ts.replace("Z", "+00:00"))
    return moment.astimezone(JST).strftime("%Y/%m/%d %H:%M:%S JST")


def _value(fact: Mapping[str, Any]) -> str:
    text = str(fact["value"])
    if fact["key"] in ("status", "outcome"):
        text = STATUS_LABELS.get(text, text)
    elif fact["key"] == "channel":
        text = {"phone": "電話 / phone", "mail": "郵送 / mail"}.get(text, text)
    # Facts carry UTC times in the ts form; show them as Japan time too.
    words = []
    for word in text.split(" "):
        stripped = word.rstrip(";,")
        if len(stripped) == 27 and stripped.endswith("Z") and stripped[10:11] == "T":
            word = when(stripped) + word[len(stripped):]
        words.append(word)
    return escape(" ".join(words))


def _seqs(seqs: list[int]) -> str:
    return ", ".join(f"#{s}" for s in seqs) or "-"


def _details(line: Mapping[str, Any]) -> str:
    shown = {k: v for k, v in line["details"].items() if k not in ("after",)}
    text = json.dumps(shown, ensure_ascii=False, separators=(", ", ": "))
    return escape(text if len(text) <= 160 else text[:157] + "…")


def _hash(value: str) -> str:
    return f"<span class='mono'>{value[:32]}<br>{value[32:]}</span>"


def _header(pack: Pack, page: str) -> str:
    return (f"<h1>証跡パック Evidence pack — {escape(pack['reference'])}</h1>"
            f"<p class='small'>{escape(page)} · 作成 made {escape(when(pack['made_at']))} "
            f"({escape(pack['made_at'])}) · {escape(pack['made_by'])} · "
            f"個人情報はマスクしています / personal data masked</p>")


def _facts_page(pack: Pack) -> str:
    rows = []
    for fact in pack["facts"]:
        label = FACT_LABELS.get(fact["key"], (fact["key"], fact["key"]))
        rows.append(f"<tr><td width='28%'>{_label(label)}</td><td>{_value(fact)}</td>"
                    f"<td width='14%' class='small'>{_seqs(fact['events'])}</td></tr>")
    return (_STYLE + _header(pack, "1. 確認内容 What was checked")
            + "<h2>確認内容 / What was checked</h2>"
            "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
            "<tr><th>項目 / Item</th><th>内容 / Value</th><th>記録 / Events</th></tr>"
            + "".join(rows) + "</table>"
            "<p class='small'>「記録」は各項目を記録した監査イベントの通番です（2ページ目以降に"
            "ハッシュとともに掲載）。 Events: the audit events that record each item, listed "
            "with their hashes on the next pages.</p>")


def _events_page(pack: Pack) -> str:
    rows = []
    for name in pack["sections"]:
        lines = [line for line in pack["lines"] if line["section"] == name]
        if not lines:
            continue
        label = SECTION_LABELS.get(name, (name, name))
        rows.append(f"<tr><td colspan='4'><b>{escape(' / '.join(label))}</b></td></tr>")
        for line in lines:
            rows.append(
                f"<tr><td><b>#{line['seq']}</b></td>"
                f"<td class='small'>{escape(when(line['ts']))}<br>{escape(line['actor'])} "
                f"({escape(line['role'])})<br>{escape(line['workstation'])}</td>"
                f"<td class='small'><b>{escape(line['action'])}</b> · "
                f"{escape(line['outcome'])}<br>{_details(line)}</td>"
                f"<td>{_hash(line['hash'])}</td></tr>")
    return (_STYLE + _header(pack, "2. 監査イベント Audit events")
            + "<h2>監査イベント / Audit events of this request</h2>"
            "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
            "<tr><th width='9%'>通番<br>Seq</th><th width='24%'>日時・担当者<br>Time, staff"
            "</th><th>操作・内容<br>Action, details</th><th width='30%'>ハッシュ<br>Hash "
            "(SHA-256)</th></tr>" + "".join(rows) + "</table>")


def _proof_page(pack: Pack) -> str:
    cp: Mapping[str, Any] = pack["checkpoint"]
    jsonl = pack["jsonl"]
    rows = [
        (("署名付きチェックポイント", "Signed checkpoint"), f"#{cp['seq']} · {when(cp['ts'])} "
         f"({cp['ts']})"),
        (("先頭ハッシュ", "Head hash"), cp["head_hash"]),
        (("鍵ID", "Key id"), cp["key_id"]),
        (("公開鍵", "Public key (Ed25519)"), cp["public_key"]),
        (("署名", "Checkpoint signature"), cp["signature"]),
        (("チェーン区間", "Chain segment"), f"#{pack['segment_from']} – #{cp['seq']} "
         f"({pack['segment_count']} events)"),
        (("JSONLファイル", "JSONL file"), jsonl),
        (("ファイルのSHA-256", "File SHA-256"), pack["file_sha256"]),
        (("マニフェスト署名", "Manifest signature"), pack["manifest_signature"]),
        (("データベースID", "Database id"), pack["database_id"]),
    ]
    body = "".join(
        f"<tr><td width='28%'>{_label(label)}</td><td class='mono'>{escape(str(value))}</td></tr>"
        for label, value in rows)
    command = f"python verify_export.py {jsonl} --key-id {cp['key_id']}"
    return (_STYLE + _header(pack, "3. 完全性の証明 Integrity proof")
            + "<h2>完全性の証明 / Integrity proof</h2>"
            "<table border='1' cellspacing='0' cellpadding='3' width='100%'>" + body + "</table>"
            "<p>このパックの監査イベントは、上記の署名付きチェックポイントまで途切れのない"
            "ハッシュチェーン（区間）に含まれています。第三者は JSONL ファイルとマニフェスト"
            "（" + escape(jsonl) + ".manifest.json）から、AuthDesk を使わずに検証"
            "できます。鍵IDは、貴社が記録した鍵IDと照合してください。</p>"
            "<p class='small'>The events of this pack are in an unbroken hash chain (the "
            "segment above) ending at the signed checkpoint. A third party can check the JSONL "
            "file and its manifest without AuthDesk (docs/audit-format.md §5.2, §6); compare "
            "the key id with the one your organisation recorded for this database.</p>"
            f"<p class='mono'>{escape(command)}</p>")


def evidence_pdf(pack: Pack) -> bytes:
    """The pack (``EvidencePack.plain()``) as an A4 PDF: the facts, the events, the proof."""
    return pages_to_pdf([_facts_page(pack), _events_page(pack), _proof_page(pack)],
                        title=f"Evidence pack {pack['reference']}", point_size=9)
