"""The page registry: which feature modules have pages for the main window. They are loaded by
name, so the shell decides which features there are and no feature imports another."""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from authdesk.gui.kit.page import PageSpec

# Feature modules with a PAGES list, in no particular order (PageSpec.order sorts the tabs).
PAGE_MODULES: tuple[str, ...] = (
    "authdesk.gui.audit.page",
    "authdesk.gui.admin.pages",
    "authdesk.gui.customers.page",
    "authdesk.gui.approvals.page",
)


def registered_pages(modules: Sequence[str] = PAGE_MODULES) -> list[PageSpec]:
    pages: list[PageSpec] = []
    for name in modules:
        pages.extend(importlib.import_module(name).PAGES)
    return sorted(pages, key=lambda p: (p.order, p.key))
