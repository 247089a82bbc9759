"""What each alert rule means, in the interface language: its title, a plain-language
explanation filled in with the alert's figures, what a supervisor should do, and the alert's
subject and the events behind it as words. docs/alerts.md says the same at more length."""

from __future__ import annotations

import json
from collections.abc import Mapping
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from authdesk.core.alerts import AlertDetail, AlertEvent, AlertStatus, AlertSummary, Rule
from authdesk.gui.kit.alertrules import rule_title
from authdesk.gui.kit.i18n import format_datetime

translate = QCoreApplication.translate  # lupdate finds calls by this name


def _list(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def rule_explanation(alert: AlertSummary) -> str:
    """What happened, with the alert's figures (as the rule last saw them)."""
    f: dict[str, Any] = {k: v for k, v in alert.facts.items()}
    f.setdefault("who", subject_text(alert.subject))
    rule = alert.rule
    if rule is Rule.RECORDS_WITHOUT_CALLS:
        text = translate("AlertRules", "{who} opened or unmasked {records} customer records in "
                         "{minutes} minutes that none of their calls or verifications explain "
                         "(the policy allows {threshold}).")
    elif rule is Rule.UNMASK_OUTSIDE_CALL:
        text = (translate("AlertRules", "{who} unmasked a field ({field}) of customer "
                          "{customer} in a call about another customer.")
                if f.get("in_call") else
                translate("AlertRules", "{who} unmasked a field ({field}) of customer "
                          "{customer} with no call open."))
    elif rule is Rule.OUT_OF_HOURS:
        text = translate("AlertRules", "{who} worked at {at} (Japan time), outside the working "
                         "hours of {start}:00 to {end}:00.")
    elif rule is Rule.NAME_SEARCH_OUTSIDE_CALL:
        text = translate("AlertRules", "{who} searched customers by name ({query}) with no "
                         "call open.")
    elif rule is Rule.SHARED_NEW_ACCOUNT:
        f["customers"] = _list(f.get("customers", []))
        text = translate("AlertRules", "The bank account {account} was named as the new "
                         "withdrawal account of different customers ({customers}) within "
                         "{days} days.")
    elif rule is Rule.HOLDER_NAME_MISMATCHES:
        text = translate("AlertRules", "{count} requests from {who} in {days} days named an "
                         "account holder that only nearly matched or did not match the "
                         "customer (the policy allows {threshold}).")
    elif rule is Rule.APPROVER_SHARE:
        text = translate("AlertRules", "{who} approved {approved} of the {total} approved "
                         "requests of {agent} in {days} days ({share}%; the policy's limit is "
                         "{threshold}%).")
    elif rule is Rule.FAILURES_ON_CUSTOMER:
        f["agents"] = _list(f.get("agents", []))
        text = translate("AlertRules", "{count} wrong codes were entered for {who} within "
                         "{hours} hours (by {agents}).")
    elif rule is Rule.FAILURES_AT_WORKSTATION:
        text = translate("AlertRules", "{count} wrong codes were entered at {who} within "
                         "{hours} hour, for {customers} customers.")
    elif rule is Rule.CHANGE_AFTER_RESET:
        f["changes"] = _list([event_label(c) for c in f.get("changes", [])])
        text = translate("AlertRules", "A withdrawal-account change was requested for {who} "
                         "within {days} days of: {changes}.")
    else:
        text = translate("AlertRules", "The notice {notification} of request {request} to "
                         "{who} could not be sent; the change waits until the customer has "
                         "been told.")
    try:
        return text.format(**f)
    except (KeyError, IndexError, ValueError):
        return text


def rule_advice(rule: Rule) -> str:
    """What a supervisor should do."""
    advice = {
        Rule.RECORDS_WITHOUT_CALLS: translate(
            "AlertRules", "Ask what the records were needed for. Browsing customers' data "
            "without a caller may be a leak; escalate if there is no good reason."),
        Rule.UNMASK_OUTSIDE_CALL: translate(
            "AlertRules", "Read the reason given in the event. If there was no contact with "
            "the customer, ask why the full value was needed."),
        Rule.OUT_OF_HOURS: translate(
            "AlertRules", "Confirm the shift (overtime, an agreed call-back). Unplanned work "
            "on customer data at night needs an explanation."),
        Rule.NAME_SEARCH_OUTSIDE_CALL: translate(
            "AlertRules", "Ask who was being looked for and why. Looking people up by name "
            "without a caller may be curiosity or gathering data."),
        Rule.SHARED_NEW_ACCOUNT: translate(
            "AlertRules", "A typical sign of fraud: hold the requests, call each customer "
            "back at the registered number, and escalate."),
        Rule.HOLDER_NAME_MISMATCHES: translate(
            "AlertRules", "Review the requests and the reasons written for close matches. "
            "Trying names until one passes is a warning sign."),
        Rule.APPROVER_SHARE: translate(
            "AlertRules", "Spread approvals across supervisors and check the approved "
            "requests of this pair with a second person."),
        Rule.FAILURES_ON_CUSTOMER: translate(
            "AlertRules", "Someone may be guessing codes or relaying a phishing session. Call "
            "the customer back at the registered number before any change."),
        Rule.FAILURES_AT_WORKSTATION: translate(
            "AlertRules", "Check who used the workstation and whether codes were being "
            "guessed."),
        Rule.CHANGE_AFTER_RESET: translate(
            "AlertRules", "Account takeovers often begin with new contact details or a new "
            "authenticator. Confirm by letter to the registered address and a call-back "
            "before approving."),
        Rule.NOTICE_FAILED: translate(
            "AlertRules", "Check the registered address or e-mail, send the notice again and "
            "call the customer. The change must not take effect before."),
    }
    return advice[rule]


def status_label(status: AlertStatus) -> str:
    return {
        AlertStatus.OPEN: translate("AlertRules", "Open"),
        AlertStatus.ACKNOWLEDGED: translate("AlertRules", "Acknowledged"),
        AlertStatus.ESCALATED: translate("AlertRules", "Escalated"),
    }[status]


def subject_text(subject: str) -> str:
    """``staff:agent1`` as 'staff member agent1', and so on (never more than the subject
    holds: an account is a fingerprint)."""
    kind, _, value = subject.partition(":")
    if kind == "staff":
        return translate("AlertRules", "staff member {name}").format(name=value)
    if kind == "customer":
        return translate("AlertRules", "customer {number}").format(number=value)
    if kind == "workstation":
        return translate("AlertRules", "workstation {name}").format(name=value)
    if kind == "account":
        return translate("AlertRules", "bank account {fingerprint}").format(
            fingerprint=value[:12])
    return subject


def event_label(action: str) -> str:
    """The actions the rules watch, in words (the labels of the readable log, same source
    texts, so one translation); anything else as its code."""
    labels = {
        "customer.viewed": translate("AuditActions", "Customer viewed"),
        "customer.unmasked": translate("AuditActions", "Customer data unmasked"),
        "customer.searched": translate("AuditActions", "Customers searched"),
        "customer.contact_changed": translate("AuditActions", "Customer contact changed"),
        "staff.signed_in": translate("AuditActions", "Signed in"),
        "request.created": translate("AuditActions", "Change request created"),
        "request.refused": translate("AuditActions", "Change request refused"),
        "request.approved": translate("AuditActions", "Change request approved"),
        "totp.verification.failed": translate("AuditActions", "Code verification failed"),
        "factor.revoked": translate("AuditActions", "Authenticator revoked"),
        "factor.unlocked": translate("AuditActions", "Authenticator unlocked"),
        "notification.failed": translate("AuditActions", "Notice failed"),
    }
    return labels.get(action, action)


def detail_key_label(key: str) -> str:
    """Details keys of the watched events in words (the readable log's source texts, so one
    translation); anything else as its key."""
    labels = {
        "reason": translate("AuditDetails", "Reason"),
        "field": translate("AuditDetails", "Field"),
        "query": translate("AuditDetails", "Search"),
        "kind": translate("AuditDetails", "Kind"),
        "results": translate("AuditDetails", "Results"),
        "customer": translate("AuditDetails", "Customer"),
        "request": translate("AuditDetails", "Request"),
        "account": translate("AuditDetails", "Account"),
        "call": translate("AuditDetails", "Call"),
        "channel": translate("AuditDetails", "Channel"),
        "risk": translate("AuditDetails", "Risk"),
        "verification": translate("AuditDetails", "Verification"),
        "factor": translate("AuditDetails", "Authenticator"),
        "wrong_codes": translate("AuditDetails", "Wrong codes"),
        "consecutive_failures": translate("AuditDetails", "Consecutive failures"),
        "session": translate("AuditDetails", "Session"),
    }
    return labels.get(key, key)


def _detail_value(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _details(details: Mapping[str, Any]) -> str:
    shown = {k: v for k, v in details.items() if k != "after"}
    return "; ".join(f"{detail_key_label(k)}: {_detail_value(v)}"
                     for k, v in sorted(shown.items()))


def _event_row(event: AlertEvent) -> str:
    return (f"<tr><td align='right'><a href='seq:{event.seq}'>#{event.seq}</a></td>"
            f"<td>{escape(format_datetime(event.ts, seconds=True))}</td>"
            f"<td>{escape(event.actor)}</td>"
            f"<td>{escape(event_label(event.action))}<br/>"
            f"<span style='color:#666'>{escape(event.action)} · {escape(event.subject)}</span>"
            f"</td><td>{escape(_details(event.details))}</td></tr>")


def _words() -> dict[str, str]:
    """The captions of the detail pane, escaped for HTML, in the interface language."""
    words = {
        "What to do": translate("AlertRules", "What to do"),
        "Subject": translate("AlertRules", "Subject"),
        "Raised": translate("AlertRules", "Raised"),
        "Latest event": translate("AlertRules", "Latest event"),
        "Handled by": translate("AlertRules", "Handled by"),
        "Note": translate("AlertRules", "Note"),
        "No.": translate("AlertRules", "No."),
        "Time": translate("AlertRules", "Time"),
        "Who": translate("AlertRules", "Who"),
        "What": translate("AlertRules", "What"),
        "Details": translate("AlertRules", "Details"),
    }
    return {key: escape(value) for key, value in words.items()}


def alert_html(detail: AlertDetail) -> str:
    """The alert as the detail pane shows it: what, why it matters, and the events."""
    a = detail.summary
    w = _words()
    parts = [f"<h2>{escape(rule_title(a.rule))} — {escape(status_label(a.status))}</h2>",
             f"<p>{escape(rule_explanation(a))}</p>",
             f"<p><b>{w['What to do']}:</b> "
             f"{escape(rule_advice(a.rule))}</p>",
             "<table cellpadding='2'>",
             f"<tr><td><b>{w['Subject']}</b></td>"
             f"<td>{escape(subject_text(a.subject))} "
             f"<span style='color:#666'>({escape(a.subject)})</span></td></tr>",
             f"<tr><td><b>{w['Raised']}</b></td>"
             f"<td>{escape(format_datetime(a.raised_at, zone=True))}</td></tr>",
             f"<tr><td><b>{w['Latest event']}</b></td>"
             f"<td>{escape(format_datetime(a.last_event_at, zone=True))}</td></tr>"]
    if a.handled_by is not None:
        parts.append(f"<tr><td><b>{w['Handled by']}</b></td>"
                     f"<td>{escape(a.handled_by)} · "
                     f"{escape(format_datetime(a.handled_at, zone=True))}</td></tr>")
        parts.append(f"<tr><td><b>{w['Note']}</b></td>"
                     f"<td>{escape(a.note or '')}</td></tr>")
    parts.append("</table>")
    shown = len(detail.events)
    heading = translate("AlertRules", "Events behind it ({shown} of {count})").format(
        shown=shown, count=a.event_count)
    parts.append(f"<h3>{escape(heading)}</h3>")
    parts.append("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>"
                 f"<th>{w['No.']}</th>"
                 f"<th>{w['Time']}</th>"
                 f"<th>{w['Who']}</th>"
                 f"<th>{w['What']}</th>"
                 f"<th>{w['Details']}</th></tr>")
    parts.extend(_event_row(e) for e in detail.events)
    parts.append("</table>")
    return "".join(parts)
