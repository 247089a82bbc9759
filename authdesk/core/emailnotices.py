"""E-mail notices over SMTP (issue 11): plain-text Japanese, no link of any kind, retried with
backoff, every attempt audited.

- The server is configured in ``config.toml`` (``config.SmtpSettings``: host, port, STARTTLS or
  implicit TLS, login user); the login password lives in the OS keyring only
  (``store_smtp_password``), never in a file. No keyring, or no password stored for a configured
  login: sending is refused with a sentence, nothing is tried.
- The message is built with the standard library (``email.message.EmailMessage``): UTF-8 text,
  the Subject encoded (RFC 2047), From the firm's sender address (``core.firm``). Its text names
  the firm and the firm's phone number, never one from a request or the customer record.
- No link: the FSA's guidance is that a firm sends no login links by e-mail, so customers can
  treat every e-mail with a link as phishing. ``refuse_links`` checks the subject and body
  before anything is sent (a URL, ``www.``, a bare domain or an e-mail address); a notice whose
  text has one fails for good.
- ``EmailService.send_due`` sends the e-mail notices that are due, one transaction each (the
  notification row locked while the server is asked, so two desks never send the same notice).
  Accepted by the server: the notice went out (``notifications.went_out``), which may start the
  cooling-off of the request it tells of. Refused: ``notification.attempt.failed`` and the next
  attempt after ``email_retry_first_minutes``, doubling each time; after ``email_attempts``
  attempts, or at once when the server says the refusal is permanent (5xx), the notice has
  failed (``notification.failed``: the supervisors' alert, and the change it gates stays
  pending). Addresses in the log are masked, reasons too.
"""

from __future__ import annotations

import re
import smtplib
import ssl
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from zoneinfo import ZoneInfo

import keyring
import keyring.errors
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from authdesk.core.actions import Action
from authdesk.core.authority import Actor, Principal
from authdesk.core.bank import lookup_bank, lookup_branch
from authdesk.core.config import SmtpSettings
from authdesk.core.errors import AuthDeskError, InvalidInput
from authdesk.core.firm import Firm, firm
from authdesk.core.kernel import Kernel
from authdesk.core.keys import SERVICE, usable_backend
from authdesk.core.masking import mask_email, mask_tail
from authdesk.core.notifications import (
    Channel,
    NotificationKind,
    NotificationStatus,
    destination_of,
    failed,
    went_out,
)
from authdesk.core.reference import notice_reference, request_reference
from authdesk.core.roles import Operation
from authdesk.storage.models import ChangeRequest, Customer, Notification

JAPAN = ZoneInfo("Asia/Tokyo")
MAX_BATCH = 200
SMTP_TIMEOUT_SECONDS = 20
MAX_REASON = 300

# --- Refusals -----------------------------------------------------------------------------------


class SmtpNotConfigured(AuthDeskError):
    template = (
        "No SMTP server is configured for e-mail notices, so nothing was sent. An administrator "
        "sets smtp_host (and smtp_port, smtp_security, smtp_user) in config.toml; see "
        "docs/notices.md."
    )


class FirmSenderNotSet(AuthDeskError):
    template = (
        "The firm's sender address for e-mail notices is not set, so nothing was sent. An "
        "administrator sets it on the Policies page or with 'authdesk-admin firm set --sender'."
    )


class SmtpPasswordMissing(AuthDeskError):
    template = (
        "The SMTP password for {user} is not in this machine's credential store, so nothing was "
        "sent. An administrator stores it with 'authdesk-admin outbox smtp-password'."
    )


class LinkInEmail(AuthDeskError):
    template = (
        "The e-mail text contains a link or an address ({what}). AuthDesk never sends links by "
        "e-mail, so this notice was not sent."
    )


# --- No links -----------------------------------------------------------------------------------

# After NFKC (full-width letters and dots become ASCII): a scheme, "www.", an e-mail address or
# a dotted name ending in letters (example.com, bit.ly) all count as links.
_LINK = re.compile(
    r"(?i)([a-z][a-z0-9+.-]*://|\b(?:https?|ftp|mailto|file|tel|sms|data|javascript):"
    r"|\bwww\.|[a-z0-9._%+-]+@[a-z0-9.-]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b)")


def find_link(text: str) -> str | None:
    """The first thing in ``text`` a mail program could turn into a link, or None."""
    found = _LINK.search(unicodedata.normalize("NFKC", text))
    return found.group(0) if found else None


def refuse_links(*texts: str) -> None:
    for text in texts:
        link = find_link(text)
        if link is not None:
            raise LinkInEmail(what=_mask_link(link))


def _mask_link(text: str) -> str:
    return mask_email(text) if "@" in text else text[:40]


# --- The text of each notice --------------------------------------------------------------------

_ACCOUNT_TYPES = {"ordinary": "普通", "current": "当座", "savings": "貯蓄"}


def _account_line(bank_code: str | None, branch_code: str | None, account_type: str | None,
                  number: str | None) -> str:
    if not (bank_code and branch_code and number):
        return "（登録なし）"
    bank = lookup_bank(bank_code)
    branch = lookup_branch(bank_code, branch_code)
    return (f"{bank.name if bank else bank_code} {branch.name if branch else branch_code} "
            f"{_ACCOUNT_TYPES.get(account_type or '', '')} {mask_tail(number)}").replace("  ", " ")


def _japan_time(moment: datetime) -> str:
    return moment.astimezone(JAPAN).strftime("%Y/%m/%d %H:%M") + "（日本時間）"


@dataclass(frozen=True)
class NoticeText:
    subject: str
    body: str


def compose(kind: str, customer: Customer, the_firm: Firm, notice_id: int,
            request: ChangeRequest | None, *, cooling_off_hours: int,
            previous_contact: bool, now: datetime) -> NoticeText:
    """The subject and plain-text body of one e-mail notice, in Japanese. Raises ``KeyError``
    for a kind that has no e-mail text (the activation letter, which is never e-mailed)."""
    reference = request_reference(request.id) if request is not None else None
    new_account = old_account = ""
    if request is not None:
        new_account = _account_line(request.bank_code, request.branch_code,
                                    request.account_type, request.account_number)
        old = request.old_account or {}
        old_account = _account_line(old.get("bank_code"), old.get("branch_code"),
                                    old.get("account_type"), old.get("account_number"))
    texts: dict[str, tuple[str, list[str]]] = {
        NotificationKind.REQUEST_APPROVED: (
            "出金口座の変更を承認しました",
            ["出金口座の変更のご依頼を承認しましたので、お知らせします。",
             f"新しい出金口座: {new_account}",
             f"この変更は、このお知らせをお送りしてから{cooling_off_hours}時間が経過した後に"
             "有効になります。それまでは、これまでの出金口座が有効です。",
             "お心当たりのない場合や取消をご希望の場合は、有効になる前に、下記の電話番号"
             "までお電話ください。お電話の際はお問い合わせ番号をお伝えください。"]),
        NotificationKind.REQUEST_REJECTED: (
            "出金口座の変更のご依頼について",
            ["出金口座の変更のご依頼がありましたが、お受けできませんでした。"
             "出金口座は変更されていません。",
             "お心当たりのない場合は、第三者によるご依頼のおそれがあります。"
             "下記の電話番号までお電話ください。"]),
        NotificationKind.REQUEST_CANCELLED: (
            "出金口座の変更を取り消しました",
            ["出金口座の変更のご依頼を取り消しました。出金口座は変更されていません。",
             "お心当たりのない場合は、下記の電話番号までお電話ください。"]),
        NotificationKind.ACCOUNT_CHANGED: (
            "出金口座を変更しました",
            ["ご依頼のとおり、出金口座を変更しました。",
             f"変更前: {old_account}",
             f"変更後: {new_account}",
             "お心当たりのない場合は、至急、下記の電話番号までお電話ください。"]),
        NotificationKind.FACTOR_ACTIVATED: (
            "認証アプリの登録が完了しました",
            ["本人確認に使う認証アプリの登録が完了しました。",
             "お心当たりのない場合は、至急、下記の電話番号までお電話ください。"]),
        NotificationKind.FACTOR_LOCKED: (
            "認証アプリによる本人確認を停止しました",
            ["誤った確認コードが続けて入力されたため、認証アプリによる本人確認を停止しました。",
             "再開には、本人確認書類の確認と、ご登録の電話番号へのお電話による確認が必要です。",
             "お心当たりのない場合は、下記の電話番号までお電話ください。"]),
        NotificationKind.FACTOR_UNLOCKED: (
            "認証アプリによる本人確認を再開しました",
            ["認証アプリによる本人確認を再開しました。",
             "お心当たりのない場合は、至急、下記の電話番号までお電話ください。"]),
        NotificationKind.FACTOR_REENROLLED: (
            "認証アプリを登録し直しました",
            ["認証アプリを登録し直しました。これまでの登録は使えなくなりました。",
             "お心当たりのない場合は、至急、下記の電話番号までお電話ください。"]),
        NotificationKind.CONTACT_CHANGED: (
            "ご登録の連絡先を変更しました",
            ["ご登録の住所、電話番号またはメールアドレスを変更しました。",
             "お心当たりのない場合は、至急、下記の電話番号までお電話ください。"]),
    }
    subject, paragraphs = texts[kind]
    lines = [f"{customer.name_kanji} 様", "", f"{the_firm.name}です。", ""]
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    if previous_contact:
        lines += ["このお知らせは、最近変更される前のご連絡先にもお送りしています。", ""]
    lines += [f"お知らせ日時: {_japan_time(now)}"]
    if reference is not None:
        lines += [f"ご依頼番号: {reference}"]
    lines += [f"お問い合わせ番号: {notice_reference(notice_id)}", "",
              f"{the_firm.name} お客様窓口 電話 {the_firm.phone}",
              "", "当社は、メールでリンクをご案内することはありません。"
              "リンクのあるメールは当社からのものではありませんので、開かないでください。",
              "このメールは送信専用です。ご返信いただいてもお答えできません。"]
    return NoticeText(subject=f"【{the_firm.name}】{subject}", body="\n".join(lines) + "\n")


def build_message(text: NoticeText, the_firm: Firm, to: str, now: datetime) -> EmailMessage:
    """The MIME message: UTF-8 plain text, Subject and display name encoded by the standard
    library's default policy (RFC 2047), no HTML part."""
    refuse_links(text.subject, text.body)
    message = EmailMessage()
    message["Subject"] = text.subject
    message["From"] = formataddr((the_firm.name, the_firm.sender))
    message["To"] = to
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(domain=the_firm.sender.rpartition("@")[2] or None)
    message.set_content(text.body, charset="utf-8")
    return message


# --- The SMTP password --------------------------------------------------------------------------


def _password_entry(settings: SmtpSettings) -> str:
    return f"smtp:{settings.user}@{settings.host}"


def store_smtp_password(settings: SmtpSettings, password: str) -> None:
    """Keep the SMTP login's password in the OS keyring (refused without one)."""
    if settings.user is None:
        raise SmtpPasswordMissing(user="(no smtp_user configured)")
    backend = usable_backend()
    try:
        backend.set_password(SERVICE, _password_entry(settings), password)
    except keyring.errors.KeyringError:
        raise SmtpPasswordMissing(user=settings.user) from None


def smtp_password(settings: SmtpSettings) -> str | None:
    """The login password from the keyring; None when the server needs no login."""
    if settings.user is None:
        return None
    backend = usable_backend()
    try:
        password = backend.get_password(SERVICE, _password_entry(settings))
    except keyring.errors.KeyringError:
        password = None
    if not password:
        raise SmtpPasswordMissing(user=settings.user)
    return password


# --- Talking to the server ----------------------------------------------------------------------


class SendFailure(Exception):
    """The server did not accept the message; ``permanent`` for a 5xx answer."""

    def __init__(self, reason: str, *, permanent: bool) -> None:
        super().__init__(reason)
        self.reason, self.permanent = reason, permanent


_ADDRESS = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+")


def _clean_reason(text: str) -> str:
    """A server's answer for the log and the outbox: addresses masked, one line, short."""
    text = _ADDRESS.sub(lambda m: mask_email(m.group(0)), " ".join(text.split()))
    return text[:MAX_REASON]


def _answer(error: smtplib.SMTPResponseException) -> str:
    message = error.smtp_error
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else str(message)
    return f"{error.smtp_code} {text}"


def smtp_send(settings: SmtpSettings, password: str | None, message: EmailMessage) -> None:
    """Hand one message to the server; ``SendFailure`` unless it was accepted."""
    context = ssl.create_default_context()
    try:
        smtp: smtplib.SMTP
        if settings.security == "tls":
            smtp = smtplib.SMTP_SSL(settings.host, settings.port, timeout=SMTP_TIMEOUT_SECONDS,
                                    context=context)
        else:
            smtp = smtplib.SMTP(settings.host, settings.port, timeout=SMTP_TIMEOUT_SECONDS)
        with smtp:
            if settings.security == "starttls":
                smtp.starttls(context=context)
            if settings.user is not None and password is not None:
                smtp.login(settings.user, password)
            refused = smtp.send_message(message)
        if refused:  # some recipients refused (we send to one, so this is that one)
            code, answer = next(iter(refused.values()))
            raise SendFailure(_clean_reason(f"{code} {answer.decode('utf-8', 'replace')}"),
                              permanent=code >= 500)
    except smtplib.SMTPRecipientsRefused as error:
        code, answer = next(iter(error.recipients.values()))
        raise SendFailure(_clean_reason(f"{code} {answer.decode('utf-8', 'replace')}"),
                          permanent=code >= 500) from None
    except smtplib.SMTPResponseException as error:
        raise SendFailure(_clean_reason(_answer(error)),
                          permanent=error.smtp_code >= 500) from None
    except (smtplib.SMTPException, OSError) as error:  # refused connection, TLS, time-out
        raise SendFailure(_clean_reason(f"{type(error).__name__}: {error}"),
                          permanent=False) from None


# --- The service --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SendReport:
    attempted: int
    sent: list[int]
    retrying: list[int]  # failed this time, another attempt is due later
    failed: list[int]  # failed for good (the supervisors' alert)


Transport = Callable[[SmtpSettings, str | None, EmailMessage], None]


class EmailService:
    """Sends the outbox's e-mail notices. ``settings`` come from the configuration of the
    machine that runs the core: whoever opens the desk sets them (CLI, GUI, server)."""

    def __init__(self, kernel: Kernel, settings: SmtpSettings | None = None,
                 transport: Transport = smtp_send) -> None:
        self.kernel = kernel
        self.settings = settings
        self.transport = transport

    def store_password(self, handle: Principal, password: str) -> None:
        """An administrator keeps the configured SMTP login's password in this machine's
        keyring (the machine that sends: in shared mode the server). Audited without it."""
        if not password:
            raise InvalidInput(field="SMTP password", reason="it is empty")
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.TRANSFER_KEYS)
            settings = self.settings
            if settings is None:
                raise SmtpNotConfigured()
            store_smtp_password(settings, password)
            self.kernel.record(s, actor, Action.SMTP_PASSWORD_STORED, subject="smtp",
                               details={"host": settings.host, "user": settings.user})

    def _due_ids(self, s: Session, limit: int) -> list[int]:
        now = self.kernel.now()
        return list(s.scalars(
            select(Notification.id)
            .where(Notification.channel == str(Channel.EMAIL),
                   Notification.status == str(NotificationStatus.QUEUED),
                   or_(Notification.next_attempt_at.is_(None),
                       Notification.next_attempt_at <= now))
            .order_by(Notification.id).limit(limit)))

    def send_due(self, handle: Principal, *, limit: int = MAX_BATCH) -> SendReport:
        """Send every e-mail notice that is due (oldest first, at most ``limit``)."""
        with self.kernel.read() as s:
            self.kernel.authorize(s, handle, Operation.SEND_EMAIL)
            due = self._due_ids(s, max(0, min(limit, MAX_BATCH)))
            sender = firm(s).sender
        if not due:
            return SendReport(0, [], [], [])
        settings = self.settings
        if settings is None:
            raise SmtpNotConfigured()
        if not sender:
            raise FirmSenderNotSet()
        password = smtp_password(settings)  # refuses before anything is tried
        sent: list[int] = []
        retrying: list[int] = []
        gone: list[int] = []
        for notification_id in due:
            outcome = self._attempt(handle, settings, password, notification_id)
            {"sent": sent, "retrying": retrying, "failed": gone}.get(outcome, []).append(
                notification_id)
        return SendReport(len(due), sent, retrying, gone)

    def _attempt(self, handle: Principal, settings: SmtpSettings, password: str | None,
                 notification_id: int) -> str:
        """One attempt at one notice, in its own transaction; "sent", "retrying", "failed" or
        "skipped" (another desk got there first)."""
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.SEND_EMAIL)
            row = s.scalar(select(Notification).where(Notification.id == notification_id)
                           .with_for_update())
            now = self.kernel.now()
            if row is None or row.status != NotificationStatus.QUEUED or (
                    row.next_attempt_at is not None and row.next_attempt_at > now):
                return "skipped"
            customer = s.get(Customer, row.customer_id)
            assert customer is not None  # foreign key
            row.attempts = (row.attempts or 0) + 1
            attempt = row.attempts
            policy = self.kernel.policy(s)
            to = destination_of(row, customer).email
            try:
                if not to:
                    raise SendFailure("the customer has no e-mail address any more",
                                      permanent=True)
                request = s.get(ChangeRequest, row.request_id) if row.request_id else None
                the_firm = firm(s)
                try:
                    text = compose(row.kind, customer, the_firm, row.id, request,
                                   cooling_off_hours=policy.cooling_off_hours,
                                   previous_contact=row.recipient is not None, now=now)
                except KeyError:
                    raise SendFailure(f"there is no e-mail text for notices of kind {row.kind}",
                                      permanent=True) from None
                try:
                    message = build_message(text, the_firm, to, now)
                except LinkInEmail as error:
                    raise SendFailure(str(error), permanent=True) from None
                self.transport(settings, password, message)
            except SendFailure as failure:
                return self._failed_attempt(s, actor, row, customer, failure, attempt,
                                            policy.email_attempts,
                                            policy.email_retry_first_minutes)
            went_out(s, self.kernel, actor, row, customer, attempt=attempt)
            return "sent"

    def _failed_attempt(self, s: Session, actor: Actor, row: Notification, customer: Customer,
                        failure: SendFailure, attempt: int, attempts: int,
                        first_minutes: int) -> str:
        if failure.permanent or attempt >= attempts:
            failed(s, self.kernel, actor, row, customer, failure.reason, attempt=attempt)
            return "failed"
        wait = timedelta(minutes=first_minutes * 2 ** (attempt - 1))
        row.next_attempt_at = self.kernel.now() + wait
        row.failure_reason = failure.reason
        self.kernel.record(s, actor, Action.NOTIFICATION_ATTEMPT_FAILED,
                           subject=f"customer:{customer.number}", outcome="failed",
                           details={"notification_id": row.id, "request_id": row.request_id,
                                    "reason": failure.reason, "attempt": attempt,
                                    "next_attempt_at": row.next_attempt_at.isoformat()})
        return "retrying"


__all__ = [
    "EmailService",
    "LinkInEmail",
    "NoticeText",
    "SendFailure",
    "SendReport",
    "SmtpNotConfigured",
    "SmtpPasswordMissing",
    "build_message",
    "compose",
    "find_link",
    "refuse_links",
    "smtp_password",
    "smtp_send",
    "store_smtp_password",
]
