"""One identity document, checked in a small form with live feedback.

The feedback comes from the same core functions that judge the document when it is saved
(``documents.assess_document``, ``normalise_document_number``, ``my_number_valid``,
``parse_td3_line2``): the agent sees a wrong check digit while the caller is still on the line.
Saving goes through the core, which assesses the document again and keeps only what it may
keep.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from authdesk.core.documents import (
    DocumentChannel,
    DocumentType,
    MalformedMrz,
    assess_document,
    checks_to_ask,
    document_channel,
    my_number_valid,
    normalise_document_number,
    parse_td3_line2,
)
from authdesk.core.errors import AuthDeskError
from authdesk.core.evidence import DocumentInput, today_in_japan
from authdesk.core.text import fold_width
from authdesk.gui.kit.focus import enter_moves_on
from authdesk.gui.kit.i18n import format_date
from authdesk.gui.kit.messages import error_text
from authdesk.gui.kit.page import PageContext
from authdesk.gui.kit.texts import check_label, document_label
from authdesk.gui.kit.widgets import Retranslating, monospace_font

_GREEN, _AMBER, _RED = "#1b5e20", "#8d5d00", "#b00020"


def parse_typed_date(text: str) -> date | None:
    """'2029-03-31', '2029/03/31' or full-width digits -> a date; None if it is not one."""
    folded = fold_width(text).strip().replace("/", "-").replace(".", "-")
    if not re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", folded):
        return None
    year, month, day = (int(part) for part in folded.split("-"))
    try:
        return date(year, month, day)
    except ValueError:
        return None


class AgentDocumentForm(Retranslating, QGroupBox):
    """Emits ``document_ready`` with a ``DocumentInput`` when the agent saves it."""

    document_ready = Signal(object)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.channel = DocumentChannel.PHONE  # how the document reaches the agent
        self.setObjectName("documentForm")
        self.doc_type = QComboBox(self)
        self.doc_type.setObjectName("documentType")
        for kind in DocumentType:
            self.doc_type.addItem(document_label(kind), kind.value)
        self.number = QLineEdit(self)
        self.number.setObjectName("documentNumber")
        self.number.setFont(monospace_font(1))
        self.number_check = QLabel(self)
        self.number_check.setObjectName("documentNumberCheck")
        self.number_check.setWordWrap(True)
        self.mrz = QLineEdit(self)
        self.mrz.setObjectName("documentMrz")
        self.mrz.setFont(monospace_font())
        self.mrz.setMaxLength(60)
        self.mrz_check = QLabel(self)
        self.mrz_check.setObjectName("documentMrzCheck")
        self.mrz_check.setWordWrap(True)
        self.expiry = QLineEdit(self)
        self.expiry.setObjectName("documentExpiry")
        self.expiry.setMaximumWidth(160)
        self.no_expiry = QCheckBox(self)
        self.no_expiry.setObjectName("documentNoExpiry")
        expiry_row = QHBoxLayout()
        expiry_row.addWidget(self.expiry)
        expiry_row.addWidget(self.no_expiry)
        expiry_row.addStretch(1)
        self.name_matches = QCheckBox(self)
        self.name_matches.setObjectName("checkName")
        self.birth_matches = QCheckBox(self)
        self.birth_matches.setObjectName("checkBirthDate")
        self.address_matches = QCheckBox(self)
        self.address_matches.setObjectName("checkAddress")
        self.photo_present = QCheckBox(self)
        self.photo_present.setObjectName("checkPhoto")
        # Which checks apply on which channel, and what this one allows (core rule:
        # documents.CHECKS_BY_CHANNEL).
        self.channel_note = QLabel(self)
        self.channel_note.setObjectName("documentChannelNote")
        self.channel_note.setWordWrap(True)
        self.channel_note.setStyleSheet("color: #555555;")
        checks = QVBoxLayout()
        for box in (self.name_matches, self.birth_matches, self.address_matches,
                    self.photo_present):
            checks.addWidget(box)
        checks.addWidget(self.channel_note)
        self.summary = QLabel(self)
        self.summary.setObjectName("documentSummary")
        self.summary.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveDocument")
        self.save_button.clicked.connect(self.save)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.type_label, self.number_label = QLabel(self), QLabel(self)
        self.mrz_label, self.expiry_label = QLabel(self), QLabel(self)
        self.checks_label = QLabel(self)
        self.form.addRow(self.type_label, self.doc_type)
        self.form.addRow(self.number_label, self.number)
        self.form.addRow("", self.number_check)
        self.form.addRow(self.mrz_label, self.mrz)
        self.form.addRow("", self.mrz_check)
        self.form.addRow(self.expiry_label, expiry_row)
        self.form.addRow(self.checks_label, checks)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.addLayout(self.form)
        column.addLayout(buttons)

        self.doc_type.currentIndexChanged.connect(self._type_changed)
        for edit in (self.number, self.mrz, self.expiry):
            edit.textChanged.connect(self.refresh)
        # Enter moves on through the document, check boxes included (Space ticks them), to
        # the save button; Enter there saves.
        enter_moves_on(self.doc_type, self.number, self.mrz, self.expiry, self.no_expiry,
                       self.name_matches, self.birth_matches, self.address_matches,
                       self.photo_present, then=self.save_button, owner=self)
        self.mrz.textChanged.connect(self._mrz_typed)
        for box in (self.no_expiry, self.name_matches, self.birth_matches, self.address_matches,
                    self.photo_present):
            box.toggled.connect(self.refresh)
        self.retranslate_ui()
        self._type_changed()

    # -- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Check a document"))
        for index in range(self.doc_type.count()):
            self.doc_type.setItemText(index, document_label(self.doc_type.itemData(index)))
        self.type_label.setText(self.tr("&Document"))
        self.type_label.setBuddy(self.doc_type)
        self.number_label.setText(self.tr("N&umber"))
        self.number_label.setBuddy(self.number)
        self.number.setPlaceholderText(self.tr("as printed; spaces and hyphens are fine"))
        self.mrz_label.setText(self.tr("&MRZ line 2"))
        self.mrz_label.setBuddy(self.mrz)
        self.mrz.setPlaceholderText(self.tr("the 44 characters of the second line at the "
                                            "bottom of the photo page"))
        self.expiry_label.setText(self.tr("E&xpiry"))
        self.expiry_label.setBuddy(self.expiry)
        self.expiry.setPlaceholderText(self.tr("YYYY/MM/DD"))
        self.no_expiry.setText(self.tr("no expiry date printed"))
        self.checks_label.setText(self.tr("Compared with the record"))
        self.name_matches.setText(self.tr("&Name matches the registered name"))
        self.birth_matches.setText(self.tr("Date of &birth matches"))
        self.address_matches.setText(self.tr("Add&ress matches the registered address"))
        self.photo_present.setText(
            self.tr("Ph&oto present on the copy") if self.channel is DocumentChannel.MAIL else
            self.tr("Ph&oto present and it is the person at the counter"))
        here = {
            DocumentChannel.PHONE: self.tr("By phone the caller reads the document out: compare "
                                           "what they read. Its photo cannot be checked."),
            DocumentChannel.MAIL: self.tr("By mail: check the copy, including its photo."),
            DocumentChannel.BRANCH: self.tr("At the branch counter: check the original, and "
                                            "that its photo is the person in front of you."),
        }[self.channel]
        self.channel_note.setText("\n".join((
            here,
            self.tr("Name, date of birth, address, number, expiry: phone, mail, branch."),
            self.tr("Photo: mail (on the copy), branch (the person at the counter)."))))
        self.save_button.setText(self.tr("Save this docum&ent"))
        self.refresh()

    # -- reading the form ----------------------------------------------------------------------

    def kind(self) -> DocumentType:
        return DocumentType(self.doc_type.currentData())

    def set_channel(self, channel: str) -> None:
        """The channel the request came by (phone, mail) decides which checks are asked."""
        self.channel = document_channel(channel)
        self.retranslate_ui()
        self._type_changed()

    def photo_asked(self) -> bool:
        return "photo_present" in checks_to_ask(self.kind(), self.channel)

    def _type_changed(self, _index: int = 0) -> None:
        kind = self.kind()
        passport = kind is DocumentType.PASSPORT
        for widget in (self.mrz, self.mrz_check):
            widget.setVisible(passport)
        self.form.setRowVisible(self.mrz, passport)
        self.form.setRowVisible(self.mrz_check, passport)
        self.photo_present.setVisible(self.photo_asked())
        self.no_expiry.setVisible(not kind.expiry_required)
        if kind.expiry_required:
            self.no_expiry.setChecked(False)
        self.refresh()

    def _mrz_typed(self, text: str) -> None:
        """A valid MRZ fills what it carries (number, expiry) if the agent has not yet."""
        try:
            mrz = parse_td3_line2(text)
        except MalformedMrz:
            return
        if not self.number.text().strip():
            self.number.setText(mrz.document_number)
        if not self.expiry.text().strip():
            self.expiry.setText(format_date(mrz.expiry))

    def expiry_date(self) -> date | None:
        if self.no_expiry.isChecked() and self.no_expiry.isVisible():
            return None
        return parse_typed_date(self.expiry.text())

    def document(self) -> DocumentInput:
        kind = self.kind()
        return DocumentInput(
            doc_type=kind, number=self.number.text(), expiry=self.expiry_date(),
            name_matches=self.name_matches.isChecked(),
            birth_date_matches=self.birth_matches.isChecked(),
            address_matches=self.address_matches.isChecked(),
            photo_present=self.photo_present.isChecked() if self.photo_asked() else None,
            mrz_line2=self.mrz.text() if kind is DocumentType.PASSPORT and self.mrz.text().strip()
            else None)

    # -- live feedback -------------------------------------------------------------------------

    def refresh(self) -> None:
        kind = self.kind()
        self._number_feedback(kind)
        self._mrz_feedback(kind)
        expiry_text = self.expiry.text().strip()
        if expiry_text and self.expiry_date() is None and not self.no_expiry.isChecked():
            self._say(self.summary, self.tr("The expiry is not a date: write it as "
                                            "YYYY/MM/DD."), _RED)
            return
        try:
            found = self.document().assess(today_in_japan(self.context.desk.clock.now()),
                                           self.channel)
        except AuthDeskError as error:  # something still to enter: the core names it
            self._say(self.summary, error_text(error), _AMBER)
            return
        failed = found.failed_checks
        if found.passed:
            self._say(self.summary, self.tr("✓ Passes every check."), _GREEN)
        elif failed:
            self._say(self.summary, self.tr("✗ Fails: {checks}. It can be saved, but it will "
                                            "not count as evidence.").format(
                checks=", ".join(check_label(c) for c in failed)), _RED)
        else:
            self._say(self.summary, self.tr("✗ Does not pass every check."), _RED)

    def _number_feedback(self, kind: DocumentType) -> None:
        typed = self.number.text().strip()
        if not typed:
            self.number_check.clear()
            return
        if kind is DocumentType.MY_NUMBER_CARD:
            digits = normalise_document_number(typed)
            if len(digits) != 12:
                self._say(self.number_check, self.tr("A My Number has 12 digits ({count} "
                                                     "typed).").format(count=len(digits)),
                          _AMBER)
            elif my_number_valid(digits):
                self._say(self.number_check, self.tr("✓ Check digit correct. The My Number "
                                                     "itself is not stored."), _GREEN)
            else:
                self._say(self.number_check, self.tr("✗ The check digit does not match: ask "
                                                     "the customer to read the number "
                                                     "again."), _RED)
            return
        try:
            # Only the number's form is asked here; the other checks are given as passed.
            found = assess_document(kind, number=typed, expiry=date.max, today=date.min,
                                    name_matches=True, birth_date_matches=True,
                                    address_matches=True, photo_present=True,
                                    mrz_line2=self.mrz.text() or None)
        except AuthDeskError as error:
            self._say(self.number_check, error_text(error), _AMBER)
            return
        well_formed = found.checks.get("number_well_formed")
        if well_formed is None:
            self._say(self.number_check, self.tr("This document has no check digit to "
                                                 "verify."), "#555555")
        elif well_formed:
            self._say(self.number_check, self.tr("✓ The number has the right form."), _GREEN)
        elif kind is DocumentType.PASSPORT and self.mrz.text().strip():
            self._say(self.number_check, self.tr("✗ The number does not have the right form or "
                                                 "does not match the MRZ."), _RED)
        else:
            self._say(self.number_check, self.tr("✗ The number does not have the right form "
                                                 "for this document."), _RED)

    def _mrz_feedback(self, kind: DocumentType) -> None:
        text = self.mrz.text().strip()
        if kind is not DocumentType.PASSPORT or not text:
            self.mrz_check.clear()
            return
        try:
            mrz = parse_td3_line2(text)
        except MalformedMrz as error:
            self._say(self.mrz_check, error_text(error), _RED)
            return
        self._say(self.mrz_check, self.tr("✓ Every MRZ check digit is correct: passport "
                                          "{number}, expires {expiry}.").format(
            number=mrz.document_number, expiry=format_date(mrz.expiry)), _GREEN)

    @staticmethod
    def _say(label: QLabel, text: str, color: str) -> None:
        label.setText(text)
        label.setStyleSheet(f"color: {color};")

    # -- saving --------------------------------------------------------------------------------

    def save(self) -> None:
        if self.expiry.text().strip() and self.expiry_date() is None \
                and not self.no_expiry.isChecked():
            self.expiry.setFocus()
            return
        self.document_ready.emit(self.document())

    def reset(self) -> None:
        for edit in (self.number, self.mrz, self.expiry):
            edit.clear()
        for box in (self.no_expiry, self.name_matches, self.birth_matches, self.address_matches,
                    self.photo_present):
            box.setChecked(False)
        self.doc_type.setFocus()
