"""Administrator pages: staff accounts, policies, keys. Every change is the core's (it checks
the role and writes the audit event); these pages only ask and show."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from authdesk.core.keyservice import KeyStatus
from authdesk.core.policy import SPECS, Policy, PolicySpec
from authdesk.core.roles import STAFF_ROLES, Operation, Role
from authdesk.core.staff import Enrollment, StaffInfo
from authdesk.gui.admin.firm import FirmPanel
from authdesk.gui.admin.import_page import ImportPage
from authdesk.gui.kit.i18n import format_datetime, format_number
from authdesk.gui.kit.messages import confirm, error_text, role_label, roles_label
from authdesk.gui.kit.page import PageContext, PageSpec
from authdesk.gui.kit.shortcuts import button_shortcut
from authdesk.gui.kit.tablemodel import RowsTableModel
from authdesk.gui.kit.widgets import (
    EnrollmentPanel,
    FormMessage,
    Retranslating,
    monospace_font,
    tidy_table,
)

translate = QCoreApplication.translate


def policy_text(text: str) -> str:
    """A policy's description or unit (English in the core) in the user's language."""
    return translate("PolicySpec", text)


def policy_explanation(name: str) -> str:
    """What a policy means for the people at the desks, in plain words. (Where each default
    comes from is documented with the core's ``policy.SPECS``; staff are not sent there.)"""
    texts = {
        "totp_drift_steps": translate(
            "PolicyExplanation", "How far the clock of the customer's phone may be off. One "
            "step is 30 seconds: with 1, the code of the previous or the next 30 seconds is "
            "accepted too."),
        "totp_wrong_per_verification": translate(
            "PolicyExplanation", "How many wrong codes a caller may give in one verification. "
            "Then that verification is void and the agent starts a new one."),
        "totp_consecutive_failures": translate(
            "PolicyExplanation", "After this many wrong codes in a row (on any call, with any "
            "agent) the customer's authenticator locks. Only a supervisor can unlock it."),
        "verifications_per_hour": translate(
            "PolicyExplanation", "How many verifications can be started for one customer in "
            "an hour. More are refused, so nobody can keep guessing codes."),
        "verifications_per_day": translate(
            "PolicyExplanation", "How many verifications can be started for one customer in "
            "a day. More are refused, so nobody can keep guessing codes."),
        "stepup_fresh_minutes": translate(
            "PolicyExplanation", "After a correct code, the agent may open a change request "
            "for that customer, on the same call, for this long. Then the code is asked again."),
        "staff_stepup_fresh_minutes": translate(
            "PolicyExplanation", "A supervisor's own code confirms an approval for this long "
            "after it is typed."),
        "activation_letter_days": translate(
            "PolicyExplanation", "The code in an authenticator activation letter works for "
            "this long after the letter is issued."),
        "staff_stepup_failures": translate(
            "PolicyExplanation", "This many wrong confirmation codes in a row end a staff "
            "member's session; they must sign in again."),
        "staff_lockout_failures": translate(
            "PolicyExplanation", "This many failed sign-ins in a row lock a staff account."),
        "staff_lockout_minutes": translate(
            "PolicyExplanation", "How long a locked staff account stays locked before its "
            "owner can try again. An administrator can unlock it sooner."),
        "staff_idle_minutes": translate(
            "PolicyExplanation", "The screen locks after this long without use. The password "
            "and a code unlock it."),
        "staff_absolute_hours": translate(
            "PolicyExplanation", "A session ends after this long even while it is in use; "
            "the person signs in again."),
        "cooling_off_hours": translate(
            "PolicyExplanation", "After approval, the new withdrawal account takes effect only "
            "after this wait. Until then the customer can cancel, and the old account stays "
            "in force."),
        "request_expiry_days": translate(
            "PolicyExplanation", "A change request nobody decides within this time expires; "
            "the customer must ask again."),
        "contact_change_window_days": translate(
            "PolicyExplanation", "A change of address, phone number or e-mail address this "
            "recent makes a withdrawal-account change riskier, so more evidence is asked for."),
        "checkpoint_interval_minutes": translate(
            "PolicyExplanation", "How often, at the least, the audit log is sealed with a "
            "signed checkpoint, so that a later change to it is detected."),
        "retention_years": translate(
            "PolicyExplanation", "How long records are kept. The law on preventing money "
            "laundering requires at least seven years."),
        # Issue 11, e-mail notices
        "email_attempts": translate(
            "PolicyExplanation", "How many times an e-mail notice is tried before it counts "
            "as failed. A failed notice holds the change and alerts the supervisors."),
        "email_retry_first_minutes": translate(
            "PolicyExplanation", "The wait after the first failed attempt to send an e-mail "
            "notice; each later wait is twice as long."),
    }
    return texts.get(name, "")


# -- staff ---------------------------------------------------------------------------------------


class StaffTableModel(RowsTableModel):
    COLUMNS = ("username", "name", "employee_no", "roles", "status", "authenticator")
    rows: list[StaffInfo]

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Username"), self.tr("Name"), self.tr("Employee no."), self.tr("Roles"),
                self.tr("Status"), self.tr("Authenticator"))

    def cell(self, info: StaffInfo, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "username":
                return info.username
            if column == "name":
                return info.display_name
            if column == "employee_no":
                return info.employee_no
            if column == "roles":
                return roles_label(info.roles)
            if column == "status":
                if not info.active:
                    return self.tr("Disabled")
                if info.locked_until is not None:
                    return self.tr("Locked until {time}").format(
                        time=format_datetime(info.locked_until))
                return self.tr("Active")
            return self.tr("Set up") if info.totp_confirmed else self.tr("Not yet used")
        if role == Qt.ItemDataRole.ForegroundRole and not info.active:
            return Qt.GlobalColor.gray
        return None

    def info(self, row: int) -> StaffInfo | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None


class RoleChoice(QWidget):
    """One checkbox per role."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[Role, QCheckBox] = {}
        for role in STAFF_ROLES:  # the roles a person can hold (not the core's own "system")
            box = QCheckBox(role_label(role), self)
            box.setObjectName(f"role_{role.value}")
            self.boxes[role] = box
            layout.addWidget(box)
        layout.addStretch(1)

    def roles(self) -> frozenset[Role]:
        return frozenset(role for role, box in self.boxes.items() if box.isChecked())

    def set_roles(self, roles: frozenset[Role]) -> None:
        for role, box in self.boxes.items():
            box.setChecked(role in roles)


class AddStaffDialog(QDialog):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("addStaffDialog")
        self.setWindowTitle(self.tr("Add a staff member"))
        self.enrollment: Enrollment | None = None
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("displayName")
        self.employee_no = QLineEdit(self)
        self.employee_no.setObjectName("employeeNo")
        self.roles = RoleChoice(self)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit(self)
        self.password_again.setObjectName("passwordAgain")
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Username"), self.username)
        form.addRow(self.tr("&Full name"), self.display_name)
        form.addRow(self.tr("&Employee number"), self.employee_no)
        form.addRow(self.tr("Roles"), self.roles)
        form.addRow(self.tr("First &password"), self.password)
        form.addRow(self.tr("&Repeat password"), self.password_again)
        hint = QLabel(self.tr("Tell the new staff member this password in person. They add "
                              "their authenticator app from the QR code shown next."), self)
        hint.setWordWrap(True)
        self.message = FormMessage(self)
        self.message.setObjectName("addStaffMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = self.buttons.addButton(self.tr("Add"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("addButton")
        self.add_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(hint)
        column.addWidget(self.message)
        column.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def submit(self) -> None:
        if self.password.text() != self.password_again.text():
            self.message.show_problem(self.tr("The two passwords are not the same."))
            self.password_again.setFocus()
            return
        self.add_button.setEnabled(False)
        desk, handle = self.context.desk, self.context.handle
        username, name, number = (self.username.text(), self.display_name.text(),
                                  self.employee_no.text())
        roles, password = self.roles.roles(), self.password.text()

        def add() -> Enrollment:
            return desk.staff.add(handle, username=username, display_name=name,
                                  employee_no=number, roles=roles, password=password)

        def added(enrollment: Enrollment) -> None:
            self.enrollment = enrollment
            self.accept()

        def refused(error: BaseException) -> None:
            self.add_button.setEnabled(True)
            self.message.show_error(error)

        self.context.run(add, added, refused, owner=self, action=True)


class RolesDialog(QDialog):
    def __init__(self, context: PageContext, info: StaffInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.info = info
        self.setObjectName("rolesDialog")
        self.setWindowTitle(self.tr("Roles of {username}").format(username=info.username))
        self.roles = RoleChoice(self)
        self.roles.set_roles(info.roles)
        self.message = FormMessage(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        column = QVBoxLayout(self)
        column.addWidget(QLabel(self.tr("{name} ({username}) may work as:").format(
            name=info.display_name, username=info.username), self))
        column.addWidget(self.roles)
        column.addWidget(self.message)
        column.addWidget(buttons)

    def submit(self) -> None:
        self.save_button.setEnabled(False)
        desk, handle, username, roles = (self.context.desk, self.context.handle,
                                        self.info.username, self.roles.roles())

        def refused(error: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.message.show_error(error)

        self.context.run(lambda: desk.staff.set_roles(handle, username, roles),
                         lambda _r: self.accept(), refused, owner=self, action=True)


class EnrollmentDialog(QDialog):
    """The new (or reset) authenticator of a staff member: shown once, then gone."""

    def __init__(self, enrollment: Enrollment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrollmentDialog")
        self.setWindowTitle(self.tr("Authenticator app for {username}").format(
            username=enrollment.username))
        warning = QLabel(self.tr(
            "Show this to {username} now: it is shown only once. They scan the QR code (or "
            "type the key) in their authenticator app and sign in with its code.").format(
                username=enrollment.username), self)
        warning.setWordWrap(True)
        warning.setStyleSheet("font-weight: bold;")
        self.panel = EnrollmentPanel(self)
        self.panel.set_enrollment(enrollment.username, enrollment.uri, enrollment.manual_key)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        column = QVBoxLayout(self)
        column.addWidget(warning)
        column.addWidget(self.panel)
        column.addWidget(buttons)
        self.setMinimumWidth(620)


class StaffPage(Retranslating, QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.model = StaffTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("staffTable")
        self.view.setModel(self.model)
        tidy_table(self.view)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.doubleClicked.connect(lambda _i: self.change_roles())

        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addStaffButton")
        if not context.may(Operation.TAKE_CALL):
            # Ctrl+N is "New caller" for someone who also takes calls.
            button_shortcut(QKeySequence.StandardKey.New, self.add_button)
        self.add_button.clicked.connect(self.add_staff)
        self.roles_button = QPushButton(self)
        self.roles_button.setObjectName("rolesButton")
        self.roles_button.clicked.connect(self.change_roles)
        self.disable_button = QPushButton(self)
        self.disable_button.setObjectName("disableButton")
        self.disable_button.clicked.connect(self.disable)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setObjectName("unlockStaffButton")
        self.unlock_button.clicked.connect(self.unlock)
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("resetTotpButton")
        self.reset_button.clicked.connect(self.reset_totp)
        self.refresh_button = QPushButton(self)
        button_shortcut(QKeySequence.StandardKey.Refresh, self.refresh_button)
        self.refresh_button.clicked.connect(self.refresh)
        self.message = FormMessage(self)
        self.message.setObjectName("staffMessage")
        bar = QHBoxLayout()
        for button in (self.add_button, self.roles_button, self.disable_button,
                       self.unlock_button, self.reset_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        column = QVBoxLayout(self)
        column.addLayout(bar)
        column.addWidget(self.message)
        column.addWidget(self.view, 1)
        self.retranslate_ui()
        self._selection_changed()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("&Add staff…"))
        self.roles_button.setText(self.tr("&Roles…"))
        self.disable_button.setText(self.tr("&Disable"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.reset_button.setText(self.tr("Reset au&thenticator…"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          self.model.columnCount() - 1)

    def page_shown(self) -> None:
        self.refresh()

    def selected(self) -> StaffInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.info(rows[0].row()) if rows else None

    def select_username(self, username: str) -> None:
        for row, info in enumerate(self.model.rows):
            if info.username == username:
                self.view.selectRow(row)
                return

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected() is not None
        for button in (self.roles_button, self.disable_button, self.unlock_button,
                       self.reset_button):
            button.setEnabled(chosen)

    def refresh(self, then_select: str | None = None) -> None:
        desk, handle = self.context.desk, self.context.handle
        chosen = self.selected()
        keep = then_select or (chosen.username if chosen else None)

        def show(rows: list[StaffInfo]) -> None:
            self.model.set_rows(rows)
            if keep:
                self.select_username(keep)
            self._selection_changed()

        self.context.run(lambda: desk.staff.list(handle), show, self.message.show_error,
                         owner=self)

    def add_staff(self) -> None:
        dialog = AddStaffDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._staff_added(dialog.enrollment))
        dialog.open()

    def _staff_added(self, enrollment: Enrollment | None) -> None:
        if enrollment is None:
            return
        self.message.show_info(self.tr("{username} was added.").format(
            username=enrollment.username))
        self.show_enrollment(enrollment)
        self.refresh(then_select=enrollment.username)

    def show_enrollment(self, enrollment: Enrollment) -> None:
        dialog = EnrollmentDialog(enrollment, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def change_roles(self) -> None:
        info = self.selected()
        if info is None:
            return
        dialog = RolesDialog(self.context, info, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def changed() -> None:
            self.message.show_info(self.tr("The roles of {username} were changed.").format(
                username=info.username))
            self.refresh()

        dialog.accepted.connect(changed)
        dialog.open()

    def _act(self, call: Any, done_text: str) -> None:
        def done(result: object) -> None:
            self.message.show_info(done_text)
            self.refresh()

        self.context.run(call, done, self.message.show_error, owner=self, action=True)

    def disable(self) -> None:
        info = self.selected()
        if info is None:
            return
        desk, handle = self.context.desk, self.context.handle
        confirm(self, self.tr("Disable {username}? They can no longer sign in, and any open "
                              "session ends.").format(username=info.username),
                lambda: self._act(lambda: desk.staff.disable(handle, info.username),
                                  self.tr("{username} was disabled.").format(
                                      username=info.username)))

    def unlock(self) -> None:
        info = self.selected()
        if info is None:
            return
        desk, handle = self.context.desk, self.context.handle
        self._act(lambda: desk.staff.unlock(handle, info.username),
                  self.tr("{username} can sign in again.").format(username=info.username))

    def reset_totp(self) -> None:
        info = self.selected()
        if info is None:
            return
        desk, handle = self.context.desk, self.context.handle

        def done(enrollment: Enrollment) -> None:
            self.message.show_info(self.tr("The authenticator of {username} was reset.").format(
                username=info.username))
            self.show_enrollment(enrollment)
            self.refresh()

        confirm(self, self.tr(
            "Reset the authenticator of {username}? Their current app stops working; they must "
            "add the new key before they can sign in.").format(username=info.username),
            lambda: self.context.run(lambda: desk.staff.reset_totp(handle, info.username), done,
                                     self.message.show_error, owner=self, action=True))


# -- policies ------------------------------------------------------------------------------------


class PolicyTableModel(RowsTableModel):
    """One row per policy name; ``set_policy`` supplies the values in force."""

    COLUMNS = ("description", "value", "default", "range")
    rows: list[str]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = list(SPECS)
        self.values: dict[str, int] = {}

    def set_policy(self, policy: Policy) -> None:
        self.values = policy.as_dict()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.COLUMNS) - 1))

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Setting"), self.tr("Value"), self.tr("Default"), self.tr("Allowed"))

    @staticmethod
    def with_unit(value: int, spec: PolicySpec) -> str:
        return f"{format_number(value)} {policy_text(spec.unit)}"

    def cell(self, name: str, column: str, role: int) -> Any:
        spec = SPECS[name]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "description":
                return policy_text(spec.description)
            if column == "value":
                value = self.values.get(name)
                return "" if value is None else self.with_unit(value, spec)
            if column == "default":
                return self.with_unit(spec.default, spec)
            return f"{format_number(spec.minimum)}–{format_number(spec.maximum)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return policy_explanation(name)
        if role == Qt.ItemDataRole.FontRole and column == "value" and \
                self.values.get(name, spec.default) != spec.default:
            font = QFont()
            font.setBold(True)
            return font
        return None


class PoliciesPage(Retranslating, QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.model = PolicyTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("policyTable")
        self.view.setModel(self.model)
        tidy_table(self.view, stretch=0)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

        self.editor = QGroupBox(self)
        self.editor.setObjectName("policyEditor")
        self.name_label = QLabel(self.editor)
        self.name_label.setWordWrap(True)
        self.name_label.setStyleSheet("font-weight: bold;")
        self.detail_label = QLabel(self.editor)
        self.detail_label.setWordWrap(True)
        self.value = QSpinBox(self.editor)
        self.value.setObjectName("policyValue")
        self.value.setMinimumWidth(120)
        self.save_button = QPushButton(self.editor)
        self.save_button.setObjectName("savePolicyButton")
        self.save_button.clicked.connect(self.save)
        value_edit = self.value.lineEdit()
        if value_edit is not None:
            value_edit.returnPressed.connect(self.save)  # Enter saves
        self.message = FormMessage(self.editor)
        self.message.setObjectName("policyMessage")
        row = QHBoxLayout()
        row.addWidget(self.value)
        row.addWidget(self.save_button)
        row.addStretch(1)
        box = QVBoxLayout(self.editor)
        box.addWidget(self.name_label)
        box.addWidget(self.detail_label)
        box.addLayout(row)
        box.addWidget(self.message)
        self.may_change = context.may(Operation.CHANGE_POLICY)
        self.value.setEnabled(self.may_change)
        self.save_button.setVisible(self.may_change)
        column = QVBoxLayout(self)
        column.addWidget(self.view, 1)
        column.addWidget(self.editor)
        # issue 11, letters: the firm's name and phone number, set by administrators
        self.firm = FirmPanel(context, self)
        column.addWidget(self.firm)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.editor.setTitle(self.tr("Selected setting"))
        self.save_button.setText(self.tr("Sa&ve"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.model.COLUMNS)
                                          - 1)
        self._show_selected()

    def page_shown(self) -> None:
        self.refresh()
        self.firm.refresh()

    def refresh(self) -> None:
        desk, handle = self.context.desk, self.context.handle

        def show(policy: Policy) -> None:
            self.model.set_policy(policy)
            if not self.view.currentIndex().isValid():
                self.view.selectRow(0)
            self._show_selected()

        self.context.run(lambda: desk.policies.current(handle), show, self.message.show_error,
                         owner=self)

    def current_name(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def select(self, name: str) -> None:
        self.view.selectRow(self.model.rows.index(name))

    def _current_changed(self, *_args: object) -> None:
        self.message.clear_message()
        self._show_selected()

    def _show_selected(self) -> None:
        name = self.current_name()
        self.editor.setEnabled(name is not None)
        if name is None:
            return
        spec = SPECS[name]
        self.name_label.setText(policy_text(spec.description))
        self.detail_label.setText(policy_explanation(name) + "\n" + self.tr(
            "Allowed: {minimum}–{maximum} {unit}. Default {default}.").format(
                minimum=format_number(spec.minimum), maximum=format_number(spec.maximum),
                unit=policy_text(spec.unit), default=format_number(spec.default)))
        self.value.setSuffix(f" {policy_text(spec.unit)}")
        # The spin box allows any number so that the core's validation is what refuses.
        self.value.setRange(-1_000_000, 1_000_000)
        if not self.value.hasFocus():
            self.value.setValue(self.model.values.get(name, spec.default))

    def save(self) -> None:
        name = self.current_name()
        if name is None:
            return
        desk, handle, value = self.context.desk, self.context.handle, self.value.value()
        self.save_button.setEnabled(False)

        def saved(policy: Policy) -> None:
            self.save_button.setEnabled(True)
            self.model.set_policy(policy)
            self.message.show_info(self.tr("Saved. The change is in the audit log."))

        def refused(error: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.message.show_error(error)

        self.context.run(lambda: desk.policies.set(handle, name, value), saved, refused,
                         owner=self, action=True)


# -- keys ----------------------------------------------------------------------------------------


class KeysPage(Retranslating, QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.status: KeyStatus | None = None
        self.fields: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(16)
        for key in ("check", "key_id", "public_key", "backend", "database", "checkpoint",
                    "head"):
            caption = QLabel(self)
            value = QLabel(self)
            value.setObjectName(f"key_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if key in ("key_id", "public_key", "database"):
                value.setFont(monospace_font())
            form.addRow(caption, value)
            self.captions[key], self.fields[key] = caption, value
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet("color: palette(dark);")
        self.check_button = QPushButton(self)
        self.check_button.setObjectName("keyCheckButton")
        self.check_button.clicked.connect(self.refresh)
        self.message = FormMessage(self)
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addStretch(1)
        self.box = QGroupBox(self)
        self.box.setMaximumWidth(980)
        inner = QVBoxLayout(self.box)
        inner.setContentsMargins(16, 12, 16, 12)
        inner.addLayout(form)
        inner.addSpacing(8)
        inner.addWidget(self.explain)
        inner.addLayout(row)
        inner.addWidget(self.message)
        column = QVBoxLayout(self)
        column.addWidget(self.box)
        column.addStretch(1)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        captions = {"check": self.tr("Key check"), "key_id": self.tr("Key id"),
                    "public_key": self.tr("Signing public key"),
                    "backend": self.tr("Credential store"), "database": self.tr("Database id"),
                    "checkpoint": self.tr("Newest signed checkpoint"),
                    "head": self.tr("Newest audit event")}
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.explain.setText(self.tr(
            "The keys live only in this workstation's credential store (OS keyring), never in "
            "the database. The key check proves they belong to this database. To move keys to "
            "another workstation use 'authdesk-admin keys export' and 'keys import'."))
        self.check_button.setText(self.tr("Check &again"))
        self.box.setTitle(self.tr("Keys of this database"))
        self._show()

    def page_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        desk, handle = self.context.desk, self.context.handle

        def show(status: KeyStatus) -> None:
            self.status = status
            self._show()

        self.context.run(lambda: desk.key_admin.status(handle), show, self.message.show_error,
                         owner=self)

    def _show(self) -> None:
        status = self.status
        if status is None:
            return
        check = self.fields["check"]
        if status.problem is None:
            check.setText(self.tr("OK — the keys in this credential store belong to this "
                                  "database"))
            check.setStyleSheet("color: #1b5e20; font-weight: bold;")
        else:
            check.setText(self.tr("FAILED — {problem}").format(problem=error_text(status.problem)))
            check.setStyleSheet("color: #b00020; font-weight: bold;")
        self.fields["key_id"].setText(status.key_id)
        self.fields["public_key"].setText(status.public_key)
        self.fields["backend"].setText(status.backend)
        self.fields["database"].setText(status.installation_id)
        cp = status.latest_checkpoint
        if cp is None:
            self.fields["checkpoint"].setText(self.tr("none yet"))
        else:
            from datetime import UTC, datetime

            taken = datetime.strptime(cp.ts, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
            self.fields["checkpoint"].setText(self.tr("event #{seq}, {time}").format(
                seq=format_number(cp.seq), time=format_datetime(taken)))
        self.fields["head"].setText(f"#{format_number(status.head_seq)}")


PAGES = [
    PageSpec("admin.staff", lambda: translate("Pages", "Staff"), (Operation.VIEW_STAFF,),
             StaffPage, order=90),
    PageSpec("admin.policies", lambda: translate("Pages", "Policies"), (Operation.VIEW_POLICY,),
             PoliciesPage, order=91),
    PageSpec("admin.keys", lambda: translate("Pages", "Keys"), (Operation.VIEW_KEYS,), KeysPage,
             order=92),
    PageSpec("admin.import", lambda: translate("Pages", "Customer import"),
             (Operation.IMPORT_CUSTOMERS,), ImportPage, order=93),
]
