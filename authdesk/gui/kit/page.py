"""What a page of the main window is and may use. Each feature package declares its pages, and
the main window shows those the signed-in roles may use.

A feature's page module (``admin.pages``, ``audit.page``, ``customers.page``, ``approvals.page``)
defines::

    PAGES = [PageSpec("audit", lambda: QCoreApplication.translate("Pages", "Audit log"),
                      (Operation.VIEW_AUDIT,), AuditPage, order=80)]

and is listed in ``PAGE_MODULES`` of ``shell.pages`` (the registry). ``build(context)`` makes
the page widget. A page may define ``page_shown()`` (called when its tab becomes current, to
refresh) and should set its texts in ``retranslate_ui`` (see ``widgets.Retranslating``); a page
without that method is rebuilt when the language changes. A page with things waiting on it (the
approval queue, letters to send) declares ``count_changed = Signal(object)`` and emits the
number (or None); the main window shows it on the page's tab, "Approvals (3)".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtWidgets import QWidget

from authdesk.core.authority import SessionHandle
from authdesk.core.desk import Desk
from authdesk.core.roles import Operation, Role, may
from authdesk.core.staff import Me

if TYPE_CHECKING:
    from authdesk.gui.kit.calls import CallDesk
    from authdesk.gui.kit.session import SessionGuard


class SharedContext(Protocol):
    """What a page needs of the app's shared context (``shell.context.AppContext``), named
    here so that the kit and the features need not import the shell."""

    @property
    def desk(self) -> Desk: ...


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]  # called each time, so it follows the current language
    operations: tuple[Operation, ...]  # offered when the roles allow any of these
    build: Callable[[PageContext], QWidget]
    order: int = 100

    def allowed(self, roles: frozenset[Role]) -> bool:
        return any(may(roles, op) for op in self.operations)


@dataclass
class PageContext:
    """What a page may use: the desk, the session handle (the only authority: every call to
    the core passes it), who the core says is signed in, the open call, and one way to run
    work off the GUI thread."""

    app: SharedContext
    handle: SessionHandle
    me: Me
    session: SessionGuard
    calls: CallDesk

    @property
    def desk(self) -> Desk:
        return self.app.desk

    def may(self, operation: Operation) -> bool:
        """Whether to offer ``operation`` (a convenience: the core refuses anyway)."""
        return may(self.me.roles, operation)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        owner: QWidget,
        action: bool = False,
    ) -> None:
        """Run ``fn`` in the background (see ``SessionGuard.run``)."""
        self.session.run(fn, on_done, on_error, owner=owner, action=action)
