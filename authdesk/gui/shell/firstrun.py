"""First run: with no administrator yet, create one, enroll their authenticator app (QR on
screen, manual key beside it) and confirm it by signing in with a code."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from authdesk.core.staff import Enrollment
from authdesk.gui.kit.background import run_in_background
from authdesk.gui.kit.session import SignedIn, sign_in_and_read
from authdesk.gui.kit.widgets import CodeEdit, EnrollmentPanel, FormMessage, Retranslating
from authdesk.gui.shell.context import AppContext
from authdesk.gui.shell.signin import DatabaseFooter, LanguagePicker, app_icon, heading_font_css


class FirstRunWindow(Retranslating, QWidget):
    signed_in = Signal(object)
    """Emitted with the new administrator's ``SignedIn`` session once the code confirmed the
    app."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("firstRunWindow")
        self.setWindowIcon(app_icon())
        self._password = ""  # kept only until the first sign-in confirms the app
        self._username = ""

        self.title = QLabel(self)
        self.title.setStyleSheet(heading_font_css(16))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.stack = QStackedWidget(self)

        # -- step 1: the administrator's account --
        account = QWidget(self)
        self.username = QLineEdit(account)
        self.username.setObjectName("username")
        self.display_name = QLineEdit(account)
        self.display_name.setObjectName("displayName")
        self.employee_no = QLineEdit(account)
        self.employee_no.setObjectName("employeeNo")
        self.password = QLineEdit(account)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit(account)
        self.password_again.setObjectName("passwordAgain")
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels = [QLabel(account) for _ in range(5)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.username, self.display_name, self.employee_no,
                                              self.password, self.password_again), strict=True):
            form.addRow(label, field)
            label.setBuddy(field)
            field.returnPressed.connect(self.create_account)
        self.account_message = FormMessage(account)
        self.account_message.setObjectName("accountMessage")
        self.create_button = QPushButton(account)
        self.create_button.setObjectName("createAdminButton")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_account)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.create_button)
        column = QVBoxLayout(account)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(self.account_message)
        column.addLayout(row)
        column.addStretch(1)

        # -- step 2: the authenticator app, confirmed by a code --
        enroll = QWidget(self)
        self.enrollment = EnrollmentPanel(enroll)
        self.code_label = QLabel(enroll)
        self.code = CodeEdit(enroll)
        self.code.setObjectName("code")
        self.code_label.setBuddy(self.code)
        self.code.returnPressed.connect(self.confirm)
        self.confirm_button = QPushButton(enroll)
        self.confirm_button.setObjectName("confirmButton")
        self.confirm_button.setDefault(True)
        self.confirm_button.clicked.connect(self.confirm)
        self.enroll_message = FormMessage(enroll)
        self.enroll_message.setObjectName("enrollMessage")
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_label)
        code_row.addWidget(self.code)
        code_row.addWidget(self.confirm_button)
        code_row.addStretch(1)
        column = QVBoxLayout(enroll)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.enrollment)
        column.addLayout(code_row)
        column.addWidget(self.enroll_message)
        column.addStretch(1)

        self.stack.addWidget(account)
        self.stack.addWidget(enroll)
        self.language_label = QLabel(self)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_label)
        language_row.addWidget(LanguagePicker(context, self))
        language_row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addWidget(self.title)
        outer.addWidget(self.intro)
        outer.addSpacing(8)
        outer.addWidget(self.stack, 1)
        outer.addLayout(language_row)
        outer.addWidget(DatabaseFooter(context, self))
        self.setMinimumWidth(640)
        self.retranslate_ui()
        self.username.setFocus()

    @property
    def on_enrollment_step(self) -> bool:
        return self.stack.currentIndex() == 1

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("AuthDesk — First start"))
        texts = (self.tr("&Username"), self.tr("&Full name"), self.tr("&Employee number"),
                 self.tr("&Password"), self.tr("&Repeat password"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.create_button.setText(self.tr("Create administrator"))
        self.code_label.setText(self.tr("&Code shown in the app now"))
        self.confirm_button.setText(self.tr("Confirm and sign in"))
        self.language_label.setText(self.tr("Language"))
        if self.on_enrollment_step:
            self.title.setText(self.tr("Step 2 of 2: your authenticator app"))
            self.intro.setText(self.tr(
                "Add this account to the authenticator app on your phone. The key is shown only "
                "now. Then type the code the app shows to confirm it and sign in."))
        else:
            self.title.setText(self.tr("Step 1 of 2: the first administrator"))
            self.intro.setText(self.tr(
                "This database has no administrator yet. Create the first one; the "
                "administrator then adds the other staff. Passwords need at least 12 "
                "characters."))

    def create_account(self) -> None:
        if not self.create_button.isEnabled():
            return
        if self.password.text() != self.password_again.text():
            self.account_message.show_problem(self.tr("The two passwords are not the same."))
            self.password_again.selectAll()
            self.password_again.setFocus()
            return
        self.account_message.clear_message()
        self.create_button.setEnabled(False)
        desk = self.context.desk
        username, name, number, password = (self.username.text(), self.display_name.text(),
                                            self.employee_no.text(), self.password.text())

        def create() -> Enrollment:
            # Only while the database has no administrator: the core refuses it afterwards.
            return desk.staff.create_first_admin(username=username, display_name=name,
                                                 employee_no=number, password=password)

        def created(enrollment: Enrollment) -> None:
            self._username, self._password = enrollment.username, password
            self.enrollment.set_enrollment(enrollment.username, enrollment.uri,
                                           enrollment.manual_key)
            self.stack.setCurrentIndex(1)
            self.retranslate_ui()
            self.code.setFocus()

        def refused(error: BaseException) -> None:
            self.create_button.setEnabled(True)
            self.account_message.show_error(error)

        run_in_background(create, created, refused, owner=self)

    def confirm(self) -> None:
        if not self.confirm_button.isEnabled() or not self.code.text():
            return
        self.enroll_message.clear_message()
        self.confirm_button.setEnabled(False)
        desk, username, password, code = (self.context.desk, self._username, self._password,
                                          self.code.text())

        def confirmed(signed: SignedIn) -> None:
            self._password = ""
            self.signed_in.emit(signed)

        def refused(error: BaseException) -> None:
            self.confirm_button.setEnabled(True)
            self.enroll_message.show_error(error)
            self.code.clear()
            self.code.setFocus()

        run_in_background(lambda: sign_in_and_read(desk, username, password, code),
                          confirmed, refused, owner=self)
