"""The firm's identity: its name, the phone number customers are told to call, and the address
e-mail notices come from.

Held in the database (one row, ``firm_identity``) so every workstation prints and sends the same
thing; set by an administrator, validated here and audited (``firm.changed``). Letters take the
phone number only from here, never from a request or a customer record: a fraudster who got
a number into either must not have the firm's letters tell the customer to call it.

``firm(session)`` is what other services read inside their own transaction (letters, e-mail,
the issuer of a customer's authenticator entry). Until an administrator sets it the name is
``DEFAULT_NAME`` and there is no phone number, and letters are refused (``FirmNotConfigured``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy.orm import Session

from authdesk.core.actions import Action
from authdesk.core.authority import Principal
from authdesk.core.errors import AuthDeskError, InvalidInput
from authdesk.core.kernel import Kernel
from authdesk.core.roles import Operation
from authdesk.storage.models import FirmIdentity

DEFAULT_NAME = "AuthDesk"
MAX_NAME_LENGTH = 64
MAX_SENDER_LENGTH = 256
_ROW_ID = 1
_PHONE = re.compile(r"0\d{1,4}(-\d{1,4}){1,2}|0\d{9,10}")
_EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")


class FirmNotConfigured(AuthDeskError):
    template = (
        "The firm's name and phone number are not set, so no letter can be printed. An "
        "administrator sets them on the Policies page or with 'authdesk-admin firm set'."
    )


@dataclass(frozen=True)
class Firm:
    name: str
    phone: str  # as printed: digits and hyphens, e.g. 0120-000-000; "" until set
    sender: str  # the From address of e-mail notices; "" until set
    configured: bool = True

    def as_dict(self) -> dict[str, str]:
        return {"name": self.name, "phone": self.phone, "sender": self.sender}


UNCONFIGURED = Firm(name=DEFAULT_NAME, phone="", sender="", configured=False)


def firm(session: Session) -> Firm:
    """The firm as configured, read in the caller's transaction (``UNCONFIGURED`` until set)."""
    row = session.get(FirmIdentity, _ROW_ID)
    if row is None:
        return UNCONFIGURED
    return Firm(name=row.name, phone=row.phone, sender=row.sender)


def configured_firm(session: Session) -> Firm:
    """The firm, refusing when its name and phone number were never set (letters need them)."""
    found = firm(session)
    if not found.configured or not found.phone:
        raise FirmNotConfigured()
    return found


def parse_firm_name(text: str) -> str:
    name = " ".join(unicodedata.normalize("NFKC", text or "").split())
    # NFKC folds full-width letters and digits but keeps kana and kanji as they are.
    if not name:
        raise InvalidInput(field="firm name", reason="the name is missing")
    if len(name) > MAX_NAME_LENGTH or not name.isprintable():
        raise InvalidInput(field="firm name",
                           reason=f"at most {MAX_NAME_LENGTH} printable characters")
    return name


def parse_firm_phone(text: str) -> str:
    """Digits and hyphens as printed (0120-000-000); full-width digits are folded."""
    phone = unicodedata.normalize("NFKC", text or "").strip().replace("‐", "-").replace("ー", "-")
    digits = phone.replace("-", "")
    if not _PHONE.fullmatch(phone) or not 10 <= len(digits) <= 11:
        raise InvalidInput(field="firm phone",
                           reason="digits and hyphens, 10 or 11 digits starting with 0, e.g. "
                                  "0120-000-000")
    return phone


def parse_sender(text: str) -> str:
    sender = (text or "").strip()
    if len(sender) > MAX_SENDER_LENGTH or not _EMAIL.fullmatch(sender):
        raise InvalidInput(field="sender address",
                           reason="an e-mail address such as notice@example.co.jp")
    return sender


class FirmService:
    def __init__(self, kernel: Kernel) -> None:
        self.kernel = kernel

    def current(self, handle: Principal) -> Firm:
        with self.kernel.read() as s:
            self.kernel.authorize(s, handle, Operation.VIEW_POLICY)
            return firm(s)

    def set(self, handle: Principal, *, name: str | None = None, phone: str | None = None,
            sender: str | None = None) -> Firm:
        """Change any of the three; what is not given keeps its value. Audited with the old
        and new values (the firm's own, public data: no masking needed)."""
        new_name = parse_firm_name(name) if name is not None else None
        new_phone = parse_firm_phone(phone) if phone is not None else None
        new_sender = parse_sender(sender) if sender is not None else None
        kernel = self.kernel
        with kernel.write() as s:
            actor = kernel.authorize(s, handle, Operation.CHANGE_FIRM)
            old = firm(s)
            row = s.get(FirmIdentity, _ROW_ID)
            if row is None:
                row = FirmIdentity(id=_ROW_ID, name=old.name, phone=old.phone,
                                   sender=old.sender, updated_at=kernel.now(),
                                   updated_by=actor.username)
                s.add(row)
            if new_name is not None:
                row.name = new_name
            if new_phone is not None:
                row.phone = new_phone
            if new_sender is not None:
                row.sender = new_sender
            row.updated_at, row.updated_by = kernel.now(), actor.username
            s.flush()
            now = firm(s)
            changed = {k: {"from": old.as_dict()[k], "to": v} for k, v in now.as_dict().items()
                       if old.as_dict()[k] != v}
            kernel.record(s, actor, Action.FIRM_CHANGED, subject="firm",
                          details={"changed": changed, "after": now.as_dict()})
            kernel.checkpoint_at_commit(s, actor, Action.FIRM_CHANGED)
            return now
