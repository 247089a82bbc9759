"""The firm's identity on what customers receive: its name, its phone number, its sender address.

A minimal stand-in until issue 11's letters branch (helper D1) brings the configured identity,
read from the database; the signature is the same, so callers need not change at merge. The
phone number on a notice is always this one, never a number taken from a request or the
customer record (a fraudster could have put their own there).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Firm:
    name: str
    phone: str
    sender: str  # the From address of e-mail notices


_DEFAULT = Firm(name="AuthDesk証券株式会社", phone="0120-000-000",
                sender="notice@authdesk.example")


def firm(session: Session) -> Firm:
    """The firm's identity (configured in the database after issue 11's merge)."""
    return _DEFAULT
