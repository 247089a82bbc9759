"""A request's full evidence, as the supervisor weighs it: who verified the customer, when and
how; the documents and each of their checks; the holder-name match side by side; the risk and
its reasons; the call-back; notes; the decision and the letters. Rendered from the core's
``RequestDetail`` as HTML for a read-only browser (selectable, printable)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from authdesk.core.documents import CHECK_NAMES
from authdesk.core.notifications import NotificationStatus
from authdesk.core.requests import AccountInfo, RequestDetail, RequestStatus
from authdesk.gui.kit.i18n import format_date, format_datetime
from authdesk.gui.kit.texts import (
    account_type_label,
    channel_label,
    check_label,
    close_rule_label,
    document_label,
    evidence_text,
    name_outcome_color,
    name_outcome_label,
    notification_kind_label,
    notification_status_label,
    request_status_label,
    risk_color,
    risk_label,
    risk_reason_text,
    verification_method_label,
)

_GREEN, _RED, _GREY = "#1b5e20", "#b00020", "#777777"

translate = QCoreApplication.translate  # lupdate finds calls by this name


def _e(text: object) -> str:
    return html.escape(str(text))


def _account(info: AccountInfo | None) -> str:
    if info is None:
        return _e(translate("SupervisorEvidence", "none registered"))
    return _e(f"{info.bank_name} ({info.bank_code}) {info.branch_name} ({info.branch_code}), "
              f"{account_type_label(info.account_type)} {info.account_number}, {info.holder}")


def _row(caption: str, value_html: str) -> str:
    return (f"<tr><td style='color:#555; padding-right:12px' valign='top'>{_e(caption)}</td>"
            f"<td>{value_html}</td></tr>")


def _mark(value: bool | None) -> str:
    if value is None:
        return f"<span style='color:{_GREY}'>—</span>"
    return (f"<span style='color:{_GREEN}'>✓</span>" if value
            else f"<span style='color:{_RED}'><b>✗</b></span>")


def _words() -> dict[str, str]:
    """The captions of the evidence, in the current language."""
    return {
        "Request #{id}": translate("SupervisorEvidence", "Request #{id}"),
        "Customer": translate("SupervisorEvidence", "Customer"),
        "Request came": translate("SupervisorEvidence", "Request came"),
        "Opened by": translate("SupervisorEvidence", "Opened by"),
        "Sent for approval": translate("SupervisorEvidence", "Sent for approval"),
        "Account now": translate("SupervisorEvidence", "Account now"),
        "New account": translate("SupervisorEvidence", "New account"),
        "Risk": translate("SupervisorEvidence", "Risk"),
        "Holder name": translate("SupervisorEvidence", "Holder name"),
        "Registered (normalised)": translate("SupervisorEvidence", "Registered (normalised)"),
        "Account holder (normalised)": translate("SupervisorEvidence",
                                                 "Account holder (normalised)"),
        "Why close": translate("SupervisorEvidence", "Why close"),
        "Agent’s reason": translate("SupervisorEvidence", "Agent’s reason"),
        "Identity verification": translate("SupervisorEvidence", "Identity verification"),
        "Verified by": translate("SupervisorEvidence", "Verified by"),
        "When": translate("SupervisorEvidence", "When"),
        "How": translate("SupervisorEvidence", "How"),
        "Fresh until": translate("SupervisorEvidence", "Fresh until"),
        "No authenticator code: the documents and call-back path.": translate(
            "SupervisorEvidence", "No authenticator code: the documents and call-back path."),
        "Evidence the risk requires": translate("SupervisorEvidence", "Evidence the risk requires"),
        "nothing beyond the approval": translate("SupervisorEvidence",
                                                 "nothing beyond the approval"),
        "Still missing": translate("SupervisorEvidence", "Still missing"),
        "Documents": translate("SupervisorEvidence", "Documents"),
        "Document": translate("SupervisorEvidence", "Document"),
        "No.": translate("SupervisorEvidence", "No."),
        "Expiry": translate("SupervisorEvidence", "Expiry"),
        "Result": translate("SupervisorEvidence", "Result"),
        "Checked by": translate("SupervisorEvidence", "Checked by"),
        "passed": translate("SupervisorEvidence", "passed"),
        "failed": translate("SupervisorEvidence", "failed"),
        "None recorded.": translate("SupervisorEvidence", "None recorded."),
        "Call-back": translate("SupervisorEvidence", "Call-back"),
        "Made by": translate("SupervisorEvidence", "Made by"),
        "Number called": translate("SupervisorEvidence", "Number called"),
        "Note": translate("SupervisorEvidence", "Note"),
        "Notes": translate("SupervisorEvidence", "Notes"),
        "Decision": translate("SupervisorEvidence", "Decision"),
        "By": translate("SupervisorEvidence", "By"),
        "Reason": translate("SupervisorEvidence", "Reason"),
        "Takes effect": translate("SupervisorEvidence", "Takes effect"),
        "Letters and notices": translate("SupervisorEvidence", "Letters and notices"),
        # Issue 11: notices gate the change
        "waiting": translate("SupervisorEvidence",
                             "not yet: waiting for the notice to go out, then the cooling-off "
                             "period runs from that moment"),
        "held": translate("SupervisorEvidence",
                          "held: a notice to the customer could not go out, so the change "
                          "does not take effect (see the outbox)"),
        "before the recent change": translate("SupervisorEvidence",
                                              "to the contact before the recent change"),
    }


def evidence_html(detail: RequestDetail) -> str:
    s, w = detail.summary, _words()
    parts: list[str] = []
    title = w["Request #{id}"].format(id=s.id)
    parts.append(f"<h2>{_e(title)} — {_e(request_status_label(s.status))}</h2>")
    parts.append("<table>")
    parts.append(_row(w["Customer"], _e(f"{s.customer_number} {s.customer_name}")))
    parts.append(_row(w["Request came"], _e(channel_label(s.channel))))
    parts.append(_row(w["Opened by"], _e(f"{s.requester} · {format_datetime(s.created_at)}")))
    if s.submitted_at is not None:
        parts.append(_row(w["Sent for approval"], _e(format_datetime(s.submitted_at))))
    parts.append(_row(w["Account now"], _account(detail.old_account)))
    parts.append(_row(w["New account"], f"<b>{_account(s.account)}</b>"))
    parts.append("</table>")

    level = str(detail.risk_level)
    parts.append(f"<h3>{_e(w['Risk'])}: <span style='color:{risk_color(level)}'>"
                 f"{_e(risk_label(level))}</span></h3><ul>")
    parts.extend(f"<li>{_e(risk_reason_text(reason))}</li>" for reason in detail.risk_reasons)
    parts.append("</ul>")

    match = detail.name_match
    outcome = str(match.outcome)
    parts.append(f"<h3>{_e(w['Holder name'])}: <span style='color:{name_outcome_color(outcome)}'>"
                 f"{_e(name_outcome_label(outcome))}</span></h3>")
    parts.append("<table border='1' cellspacing='0' cellpadding='4'><tr>"
                 f"<th>{_e(w['Registered (normalised)'])}</th>"
                 f"<th>{_e(w['Account holder (normalised)'])}</th></tr>"
                 f"<tr><td style='font-family:monospace'>{_e(match.registered)}</td>"
                 f"<td style='font-family:monospace'>{_e(match.holder)}</td></tr></table>")
    if match.rule is not None:
        parts.append(f"<p>{_e(w['Why close'])}: {_e(close_rule_label(str(match.rule)))}</p>")
    if match.reason:
        parts.append(f"<p>{_e(w['Agent’s reason'])}: {_e(match.reason)}</p>")

    parts.append(f"<h3>{_e(w['Identity verification'])}</h3>")
    verification = detail.verification
    if verification is not None:
        parts.append("<table>")
        parts.append(_row(w["Verified by"], _e(verification.agent)))
        parts.append(_row(w["When"], _e(format_datetime(verification.succeeded_at))))
        parts.append(_row(w["How"], _e(verification_method_label(verification.method))))
        parts.append(_row(w["Fresh until"], _e(format_datetime(verification.fresh_until))))
        parts.append("</table>")
    else:
        parts.append(f"<p>{_e(w['No authenticator code: the documents and call-back path.'])}"
                     "</p>")

    parts.append(f"<h3>{_e(w['Evidence the risk requires'])}</h3><ul>")
    needs = detail.required.describe()
    parts.extend(f"<li>{_e(evidence_text(need))}</li>" for need in needs)
    if not needs:
        parts.append(f"<li>{_e(w['nothing beyond the approval'])}</li>")
    parts.append("</ul>")
    if detail.missing:
        parts.append(f"<p style='color:{_RED}'><b>{_e(w['Still missing'])}:</b> "
                     f"{_e('; '.join(evidence_text(m) for m in detail.missing))}</p>")

    parts.append(f"<h3>{_e(w['Documents'])}</h3>")
    if detail.documents:
        parts.append("<table border='1' cellspacing='0' cellpadding='3'><tr>"
                     f"<th>{_e(w['Document'])}</th><th>{_e(w['No.'])}</th>"
                     f"<th>{_e(w['Expiry'])}</th>")
        parts.extend(f"<th>{_e(check_label(c))}</th>" for c in CHECK_NAMES)
        parts.append(f"<th>{_e(w['Result'])}</th><th>{_e(w['Checked by'])}</th></tr>")
        for doc in detail.documents:
            result = (f"<span style='color:{_GREEN}'>{_e(w['passed'])}</span>" if doc.passed
                      else f"<span style='color:{_RED}'><b>{_e(w['failed'])}</b></span>")
            parts.append(
                f"<tr><td>{_e(document_label(doc.doc_type))}</td>"
                f"<td>{_e('••••' + doc.last_digits if doc.last_digits else '—')}</td>"
                f"<td>{_e(format_date(doc.expiry))}</td>"
                + "".join(f"<td align='center'>{_mark(doc.checks.get(c))}</td>"
                          for c in CHECK_NAMES)
                + f"<td>{result}</td>"
                f"<td>{_e(doc.checked_by)} · {_e(format_datetime(doc.checked_at))}</td></tr>")
        parts.append("</table>")
    else:
        parts.append(f"<p>{_e(w['None recorded.'])}</p>")

    parts.append(f"<h3>{_e(w['Call-back'])}</h3>")
    callback = detail.callback
    if callback is not None:
        parts.append("<table>")
        parts.append(_row(w["Made by"], _e(f"{callback.by} · {format_datetime(callback.at)}")))
        parts.append(_row(w["Number called"], _e(callback.phone)))
        parts.append(_row(w["Note"], _e(callback.note)))
        parts.append("</table>")
    else:
        parts.append(f"<p>{_e(w['None recorded.'])}</p>")

    if detail.notes:
        parts.append(f"<h3>{_e(w['Notes'])}</h3><p>{_e(detail.notes)}</p>")

    decision = detail.decision
    if decision is not None:
        parts.append(f"<h3>{_e(w['Decision'])}</h3><table>")
        parts.append(_row(w["By"], _e(f"{decision.by} · {format_datetime(decision.at)}")))
        if decision.reason:
            parts.append(_row(w["Reason"], _e(decision.reason)))
        if decision.effective_at is not None:
            parts.append(_row(w["Takes effect"],
                              _e(format_datetime(decision.effective_at, zone=True))))
        elif s.status is RequestStatus.APPROVED:
            # Issue 11: the cooling-off starts only when the approval notices have gone out.
            held = any(n.kind == "request.approved" and n.status is NotificationStatus.FAILED
                       for n in detail.notifications)
            parts.append(_row(w["Takes effect"],
                              f"<span style='color:{_RED}'>{_e(w['held'])}</span>" if held
                              else _e(w["waiting"])))
        parts.append("</table>")
    if detail.notifications:
        parts.append(f"<h3>{_e(w['Letters and notices'])}</h3><ul>")
        for note in detail.notifications:
            extra = ""
            if note.previous_contact:
                extra += f" ({_e(w['before the recent change'])})"
            sent = f" {_e(format_datetime(note.sent_at))}" if note.sent_at else ""
            failure = (f" — <span style='color:{_RED}'>{_e(note.failure_reason)}</span>"
                       if note.status is NotificationStatus.FAILED and note.failure_reason
                       else "")
            parts.append(f"<li>{_e(notification_kind_label(note.kind))} · "
                         f"{_e(channel_label(note.channel))} · {_e(note.destination)}{extra} · "
                         f"{_e(notification_status_label(note.status))}{sent}{failure}</li>")
        parts.append("</ul>")
    return "".join(parts)
