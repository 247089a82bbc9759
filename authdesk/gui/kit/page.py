"""What a page of the main window is and may use. Each feature package declares its pages, and
the main window shows those the signed-in roles may use.

A feature's page module (``admin.pages``, ``audit.page``, ``customers.page``, ``approvals.page``)
defines::

    PAGES = [PageSpec("audit", lambda: QCoreApplication.translate("Pages", "Audit log"),
                      (Operation.VIEW_AUDIT,), AuditPage, order=80)]

and is listed in ``PAGE_MODULES`` of ``shell.pages`` (the registry). ``build(context)`` makes
the page widget. A page may define ``page_shown()`` (called when its tab becomes current, to
refresh) and should set its texts in ``retranslate_ui`` (see ``widgets.Retranslating``); a page
without that method is rebuilt when the language changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtWidgets import QWidget

from authdesk.core.desk import Desk
from authdesk.core.roles import Actor, Operation
from authdesk.core.staff import SessionLocked
from authdesk.gui.kit.background import run_in_background
from authdesk.gui.kit.messages import show_error

if TYPE_CHECKING:
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
    operations: tuple[Operation, ...]  # shown when the actor may do any of these
    build: Callable[[PageContext], QWidget]
    order: int = 100

    def allowed(self, actor: Actor) -> bool:
        return any(actor.may(op) for op in self.operations)


@dataclass
class PageContext:
    """What a page may use: the desk and actor, and one way to run work off the GUI thread."""

    app: SharedContext
    actor: Actor
    session: SessionGuard

    @property
    def desk(self) -> Desk:
        return self.app.desk

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        owner: QWidget,
        action: bool = False,
    ) -> None:
        """Run ``fn`` in the background. A locked or ended session goes to the lock screen or
        sign-in; any other error goes to ``on_error``, or to a message box over ``owner``.

        ``action``: the person asked for this (a click, not a refresh). If the session locked
        first, ``on_error`` hears it too, so the page stops waiting (its buttons work again
        after unlocking) and can say the action was not done."""

        def done(result: Any) -> None:
            self.session.activity()
            if on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            if self.session.session_error(error):
                # Ended: the window closes, so there is nothing to tell the page.
                if action and isinstance(error, SessionLocked) and on_error is not None:
                    on_error(error)
                return
            if on_error is not None:
                on_error(error)
            else:
                show_error(owner, error)

        run_in_background(fn, done, failed, owner=owner)

