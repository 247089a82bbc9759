"""What every window of one running app shares: the open desk, the language, the page list,
and in demo mode what the demo phones show."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from authdesk.core.desk import Desk
from authdesk.gui.kit.i18n import Translations
from authdesk.gui.kit.page import PageSpec
from authdesk.gui.shell.pages import registered_pages


@dataclass(frozen=True)
class DemoPhone:
    """One authenticator app of a demo person, as their phone would show it."""

    owner: str  # who holds the phone: a staff username or a customer number and name
    kind: str  # "staff" or "customer"
    key: str  # base32 TOTP key
    note: str = ""  # what else a newcomer needs (a demo password, a customer's situation)
    username: str = ""  # staff only: fills the sign-in form
    password: str = ""  # staff only (fake demo data)


@dataclass(frozen=True)
class DemoInfo:
    directory: Path
    phones: list[DemoPhone]


@dataclass
class AppContext:
    desk: Desk
    translations: Translations
    demo: DemoInfo | None = None
    pages: list[PageSpec] = field(default_factory=registered_pages)
