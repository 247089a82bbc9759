"""Every refusal and failure the user sees, in their language. One module for every screen.

A core error carries an English ``template`` and its ``params`` (see ``core/errors.py``). The
template is looked up in the Qt catalogue under context ``AuthDeskError`` and then formatted
with the params; text params that the core writes as literals (a field name, a reason) are
looked up too, under ``AuthDeskParam``. ``tools/i18n.py`` puts all of them in the catalogues.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from authdesk.core.errors import AuthDeskError
from authdesk.core.roles import Role

log = logging.getLogger("authdesk.gui")

ERROR_CONTEXT = "AuthDeskError"
PARAM_CONTEXT = "AuthDeskParam"


translate = QCoreApplication.translate  # lupdate finds calls by this name


def error_text(error: BaseException) -> str:
    """The sentence to show (and read out) for ``error``."""
    if isinstance(error, AuthDeskError):
        params = {key: translate(PARAM_CONTEXT, value) if isinstance(value, str) else value
                  for key, value in error.params.items()}
        if "needs" in error.params and _is_evidence_missing(error):
            from authdesk.gui.kit.texts import evidence_text

            # ``what`` is the core's English list; the typed items say it in the user's language.
            params["what"] = translate("Messages", "; ").join(
                evidence_text(item) for item in error.params["needs"])
        template = translate(ERROR_CONTEXT, type(error).template)
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            # A translation naming a field the error lacks must not hide the refusal itself.
            log.warning("translation of %s does not fit its params", type(error).__name__)
            return error.message
    log.error("unexpected error:\n%s", "".join(traceback.format_exception(error)))
    return translate("Messages", "Something unexpected went wrong ({kind}). Nothing more was done; "
               "please tell your administrator.").format(kind=type(error).__name__)


def _is_evidence_missing(error: AuthDeskError) -> bool:
    # Imported here: the core's request rules (and SQLAlchemy's ORM with them) are not loaded
    # before the sign-in window, which shows errors through this module too (issue 14).
    from authdesk.core.requests import EvidenceMissing

    return isinstance(error, EvidenceMissing)


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """A window-modal message box; it does not block the caller (nor a test driving it)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title or translate("Messages", "AuthDesk"),
                      error_text(error), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def confirm(parent: QWidget, question: str, on_yes: Callable[[], None]) -> QMessageBox:
    """Ask a yes/no question without blocking; ``on_yes`` runs only after Yes."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("Messages", "Please confirm"),
                      question, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                      parent)
    box.setObjectName("confirmBox")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(result: int) -> None:
        if result == QMessageBox.StandardButton.Yes:
            on_yes()

    box.finished.connect(answered)
    box.open()
    return box


def role_label(role: Role | str) -> str:
    labels = {
        Role.AGENT: translate("Roles", "Agent"),
        Role.SUPERVISOR: translate("Roles", "Supervisor"),
        Role.AUDITOR: translate("Roles", "Auditor"),
        Role.ADMIN: translate("Roles", "Administrator"),
        Role.SYSTEM: translate("Roles", "System (scheduled work)"),
    }
    try:
        return labels[Role(role)]
    except (ValueError, KeyError):
        return str(role)


def roles_label(roles: frozenset[Role] | set[Role]) -> str:
    order = list(Role)
    return translate("Roles", ", ").join(role_label(r) for r in sorted(roles, key=order.index))


def outcome_label(outcome: str) -> str:
    labels = {
        "ok": translate("Outcomes", "OK"),
        "refused": translate("Outcomes", "Refused"),
        "failed": translate("Outcomes", "Failed"),
    }
    return labels.get(outcome, outcome)
