"""The one place that masks personal data, for screens and audit details alike."""

from __future__ import annotations

from collections.abc import Callable

MASK = "•"


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
