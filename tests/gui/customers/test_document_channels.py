"""The document checklist asks only what the channel allows and says which checks apply where:
by phone no photo, by mail the photo on the copy, at a branch the photo against the person."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from authdesk.core.desk import Desk
from authdesk.core.documents import DocumentType
from authdesk.gui.customers.documents import AgentDocumentForm
from authdesk.gui.kit.i18n import Translations


def form_for(qtbot: Any, desk: Desk, channel: str, kind: DocumentType) -> AgentDocumentForm:
    form = AgentDocumentForm(SimpleNamespace(desk=desk))  # type: ignore[arg-type]
    qtbot.addWidget(form)
    form.show()
    form.set_channel(channel)
    form.doc_type.setCurrentIndex(form.doc_type.findData(kind.value))
    form.number.setText("123456789012")
    form.expiry.setText("2030/03/31")
    for box in (form.name_matches, form.birth_matches, form.address_matches):
        box.setChecked(True)
    return form


def test_by_phone_a_photo_id_passes_without_a_photo_check(
        qtbot: Any, desk: Desk, translations: Translations) -> None:
    form = form_for(qtbot, desk, "phone", DocumentType.DRIVERS_LICENCE)
    assert not form.photo_present.isVisible()
    assert form.document().photo_present is None
    assert "Passes every check" in form.summary.text()
    assert form.channel_note.text().startswith("By phone the caller reads the document out")
    assert "Photo: mail (on the copy), branch" in form.channel_note.text()


def test_by_mail_the_photo_on_the_copy_is_asked(
        qtbot: Any, desk: Desk, translations: Translations) -> None:
    form = form_for(qtbot, desk, "mail", DocumentType.DRIVERS_LICENCE)
    assert form.photo_present.isVisible()
    assert form.photo_present.text() == "Ph&oto present on the copy"
    assert "Passes every check" not in form.summary.text()
    form.photo_present.setChecked(True)
    assert "Passes every check" in form.summary.text()
    form.set_channel("branch")
    assert form.photo_present.text() == "Ph&oto present and it is the person at the counter"
    # A document without a photo never asks for one, on any channel.
    form.doc_type.setCurrentIndex(form.doc_type.findData(DocumentType.HEALTH_INSURANCE_CARD.value))
    assert not form.photo_present.isVisible()
