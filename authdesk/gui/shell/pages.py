"""The page registry: which feature modules have pages for the main window. They are loaded by
name, so the shell decides which features there are and no feature imports another."""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from authdesk.core.roles import Role
from authdesk.gui.kit.page import PageSpec

# Feature modules with a PAGES list, in no particular order (PageSpec.order sorts the tabs).
PAGE_MODULES: tuple[str, ...] = (
    "authdesk.gui.audit.page",
    "authdesk.gui.admin.pages",
    "authdesk.gui.customers.page",
    "authdesk.gui.approvals.page",
    # the dashboard and the look-back report (issue 12)
    "authdesk.gui.review.page",
    # alerts (issue 12)
    "authdesk.gui.alerts.page",
)


def registered_pages(modules: Sequence[str] = PAGE_MODULES) -> list[PageSpec]:
    pages: list[PageSpec] = []
    for name in modules:
        pages.extend(importlib.import_module(name).PAGES)
    return sorted(pages, key=lambda p: (p.order, p.key))


# Where each role starts after signing in, in this order of precedence: a supervisor opens on
# the approval queue (their work waits there) even if they also take calls.
LANDING: tuple[tuple[Role, str], ...] = (
    (Role.SUPERVISOR, "supervisor.queue"),
    (Role.AGENT, "agent.customers"),
    (Role.AUDITOR, "audit"),
    (Role.ADMIN, "admin.staff"),
)


def landing_page(roles: frozenset[Role], keys: Sequence[str]) -> str | None:
    """The page to open first for someone with ``roles``, among the pages ``keys`` offered."""
    for role, key in LANDING:
        if role in roles and key in keys:
            return key
    return keys[0] if keys else None
