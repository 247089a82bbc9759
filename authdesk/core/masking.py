"""The one place that masks personal data, for screens and audit details alike."""

from __future__ import annotations

import re
from collections.abc import Callable

MASK = "•"
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")


def mask_tail(value: str | None, visible: int = 3) -> str:
    """Keep only the last ``visible`` characters: '1234567' -> '••••567'."""
    if not value:
        return ""
    keep = value[-visible:] if 0 < visible < len(value) else ""
    return MASK * (len(value) - len(keep)) + keep


def mask_phone(phone: str | None) -> str:
    """Keep the last 4 digits, which is what a caller is asked to confirm."""
    if not phone:
        return ""
    digits = [c for c in phone if c.isdigit()]
    shown = "".join(digits[-4:])
    return f"{MASK * 3}-{MASK * 4}-{shown}" if digits else MASK * len(phone)


def mask_address(address: str | None) -> str:
    """Keep the prefecture and municipality (up to the first 市/区/町/村/郡), hide the rest."""
    if not address:
        return ""
    for i, ch in enumerate(address):
        if ch in "市区町村郡" and i >= 2:
            return address[: i + 1] + MASK * 6
    return address[:3] + MASK * 6


def mask_email(email: str | None) -> str:
    if not email or "@" not in email:
        return mask_tail(email, 0)
    local, domain = email.split("@", 1)
    return (local[:1] + MASK * 4) + "@" + domain


def mask_date(_: str | None) -> str:
    return "••••-••-••"


MASKERS: dict[str, Callable[[str | None], str]] = {
    "account_number": mask_tail,
    "phone": mask_phone,
    "address": mask_address,
    "email": mask_email,
    "birth_date": mask_date,
}


def mask_field(field: str, value: str | None) -> str:
    return MASKERS[field](value)


def escape_controls(text: str) -> str:
    """Control characters (C0, DEL, C1) written as visible ``\\u001b`` escapes, so a value never
    moves a terminal's cursor, hides text in a viewer or splits a line in a log or a file."""
    return _CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def mask_name(name: str | None, visible: int = 1, longest: int = 16) -> str:
    """A name typed into a search: its first ``visible`` characters, the rest masked, at most
    ``longest`` characters in all: 'やまだ' -> 'や••'. Enough to tell two searches apart in the
    log, not enough to read whom they were for."""
    if not name:
        return ""
    keep = min(visible, len(name) - 1)  # never the whole name
    return (escape_controls(name[:keep]) + MASK * (len(name) - keep))[:longest]


UNKNOWN_USER = "(unknown)"
"""The ``actor`` of a sign-in attempt whose username is no staff member's: what was typed is
never the actor (it may be a password typed in the wrong field, or text made to look like
someone else's name)."""


def typed_username(text: str, visible: int = 2, longest: int = 24) -> str:
    """What an unknown username typed at the sign-in screen is recorded as: its first
    ``visible`` characters (control characters escaped), the rest masked, at most ``longest``
    characters, and its length: 'mallory' -> 'ma••••• (7)'."""
    keep = max(0, min(visible, len(text) - 1))
    masked = (escape_controls(text[:keep]) + MASK * (len(text) - keep))[:longest]
    return f"{masked} ({len(text)})"
