"""The firm's identity on the administrator's policies page: the name printed on letters and
shown as the issuer in customers' authenticator apps, the phone number letters tell customers
to call, and the sender address of e-mail notices. The core validates and audits the change
(core.firm); this panel only asks and shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from authdesk.core.firm import Firm
from authdesk.core.roles import Operation
from authdesk.gui.kit.page import PageContext
from authdesk.gui.kit.widgets import FormMessage, Retranslating


class FirmPanel(Retranslating, QGroupBox):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("firmPanel")
        self.name = QLineEdit(self)
        self.name.setObjectName("firmName")
        self.phone = QLineEdit(self)
        self.phone.setObjectName("firmPhone")
        self.sender_address = QLineEdit(self)
        self.sender_address.setObjectName("firmSender")
        self.name_caption, self.phone_caption, self.sender_caption = (
            QLabel(self), QLabel(self), QLabel(self))
        self.name_caption.setBuddy(self.name)
        self.phone_caption.setBuddy(self.phone)
        self.sender_caption.setBuddy(self.sender_address)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveFirm")
        self.save_button.clicked.connect(self.save)
        self.message = FormMessage(self)
        self.message.setObjectName("firmMessage")
        for edit in (self.name, self.phone, self.sender_address):
            edit.returnPressed.connect(self.save)
        may_change = context.may(Operation.CHANGE_FIRM)
        for edit in (self.name, self.phone, self.sender_address):
            edit.setReadOnly(not may_change)
        self.save_button.setVisible(may_change)

        form = QFormLayout()
        form.addRow(self.name_caption, self.name)
        form.addRow(self.phone_caption, self.phone)
        form.addRow(self.sender_caption, self.sender_address)
        side = QVBoxLayout()
        side.addWidget(self.explanation)
        side.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        side.addLayout(buttons)
        row = QHBoxLayout(self)
        row.addLayout(form, 1)
        row.addLayout(side, 1)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("The firm on letters and in authenticator apps"))
        self.name_caption.setText(self.tr("Firm &name"))
        self.phone_caption.setText(self.tr("&Phone for customers"))
        self.sender_caption.setText(self.tr("E-mail sen&der"))
        self.explanation.setText(self.tr(
            "Letters print this name and phone number, never a number from a request or a "
            "customer record; customers' authenticator apps show the name. Letters cannot be "
            "printed until both are set."))
        self.save_button.setText(self.tr("Save fir&m"))

    def refresh(self) -> None:
        desk, handle = self.context.desk, self.context.handle
        self.context.run(lambda: desk.firm.current(handle), self._show, self.message.show_error,
                         owner=self)

    def _show(self, firm: Firm) -> None:
        self.name.setText(firm.name if firm.configured else "")
        self.name.setPlaceholderText(firm.name)
        self.phone.setText(firm.phone)
        self.phone.setPlaceholderText("0120-000-000")
        self.sender_address.setText(firm.sender)
        self.sender_address.setPlaceholderText("notice@example.co.jp")

    def save(self) -> None:
        desk, handle = self.context.desk, self.context.handle
        name, phone, sender = self.name.text(), self.phone.text(), self.sender_address.text()
        self.save_button.setEnabled(False)

        def saved(firm: Firm) -> None:
            self.save_button.setEnabled(True)
            self._show(firm)
            self.message.show_info(self.tr("Saved. The change is in the audit log."))

        def refused(error: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.message.show_error(error)

        # An empty sender is left as it is: e-mail is optional, letters are not.
        self.context.run(lambda: desk.firm.set(handle, name=name, phone=phone,
                                               sender=sender or None),
                         saved, refused, owner=self, action=True)
