"""Languages: the app switches between Japanese and English at once; the core's refusals are
shown in the chosen language; every core error template has a Japanese translation."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

import pytest
from guikit import People
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from authdesk.core.calls import NoOpenCall
from authdesk.core.errors import InvalidInput, NotFound
from authdesk.core.kernel import SessionEndedByChange
from authdesk.core.requests import EvidenceMissing
from authdesk.core.risk import (
    REASON_PARAMS,
    EvidenceItem,
    EvidenceKind,
    ReasonCode,
    RiskReason,
)
from authdesk.core.roles import Role
from authdesk.core.staff import AccountLocked, SignInFailed, StepUpWrongCode
from authdesk.core.text import canonical_employee_no
from authdesk.gui.kit.i18n import Translations, format_datetime, to_qdatetime
from authdesk.gui.kit.messages import error_text, roles_label
from authdesk.gui.kit.resources import resource_path
from authdesk.gui.kit.texts import evidence_text, risk_reason_text
from authdesk.gui.shell.context import AppContext
from authdesk.gui.shell.controller import AppController
from authdesk.gui.shell.signin import SignInWindow


def test_switching_to_japanese_retranslates_the_open_window(
        qtbot: Any, context: AppContext, people: People) -> None:
    people.add("admin", Role.ADMIN)
    window = AppController(context).start()
    qtbot.addWidget(window)
    assert isinstance(window, SignInWindow)
    assert window.submit.text() == "Sign in"
    window.message.show_error(SignInFailed(attempts_left=3))
    window.language.setCurrentIndex(window.language.findData("ja"))
    window.language.activated.emit(window.language.currentIndex())
    QApplication.processEvents()
    assert context.translations.language == "ja"
    assert window.submit.text() == "サインイン"
    assert window.username_label.text() == "ユーザー名(&U)"
    # An error already on screen is re-translated too.
    assert window.message.text() == ("ユーザー名、パスワード、コードのいずれかが正しくありません。"
                                     "残り 3 回です。")


def test_core_refusals_are_translated_with_their_params(translations: Translations) -> None:
    translations.apply("ja")
    assert error_text(AccountLocked(minutes=15)).startswith("サインインの失敗が続いたため")
    assert "15 分後" in error_text(AccountLocked(minutes=15))
    # Literal params the core passes (here a field name) are translated as well.
    assert error_text(NotFound(what="staff member", key="yamada")) == \
        "yamada に該当する職員が見つかりません。"
    assert roles_label(frozenset({Role.AGENT, Role.SUPERVISOR})) == "受付担当、スーパーバイザー"
    # Each reason an employee number is refused with has its Japanese sentence.
    for typed in ("E-7002\u200b", "E\u20107002", "E\u00a07002", "E_7002", "E" * 33, " "):
        with pytest.raises(InvalidInput) as refused:
            canonical_employee_no(typed)
        shown = error_text(refused.value)
        assert shown.startswith("社員番号: ")
        assert refused.value.params["reason"] not in shown, shown
    # The refusals of calls and of ended sessions, with their params.
    assert "あと 3 回" in error_text(StepUpWrongCode(attempts_left=3))
    assert error_text(NoOpenCall()).startswith("受付中の通話がありません")
    assert "サインイン" in error_text(SessionEndedByChange())
    translations.apply("en")
    assert error_text(AccountLocked(minutes=15)).startswith("This account is locked")


def test_every_core_error_has_a_japanese_translation() -> None:
    """Adding an error to the core means: run 'uv run python tools/i18n.py update', translate
    the new message in resources/i18n/authdesk_ja.ts, then 'tools/i18n.py release'."""
    import importlib
    import pkgutil

    import authdesk.core
    from authdesk.core.errors import AuthDeskError

    for module in pkgutil.walk_packages(authdesk.core.__path__, "authdesk.core."):
        importlib.import_module(module.name)
    templates, pending = set(), [AuthDeskError]
    while pending:
        cls = pending.pop()
        # The GUI shows the core's refusals; the admin CLI's own errors are English only
        # (they are subclasses too once the CLI tests have imported them).
        if cls.__module__.startswith("authdesk.core."):
            templates.add(cls.template)
        pending.extend(cls.__subclasses__())
    tree = ET.parse(resource_path("i18n/authdesk_ja.ts"))
    translated = {
        m.findtext("source") for c in tree.getroot().iter("context")
        if c.findtext("name") == "AuthDeskError" for m in c.iter("message")
        if m.find("translation") is not None
        and m.find("translation").get("type") is None
        and (m.find("translation").text or "").strip()
    }
    assert sorted(templates - translated) == []


def test_dates_read_the_same_in_both_languages(translations: Translations) -> None:
    """One unambiguous form, year first, 24-hour clock: never 1/5/2026 or 5/1/2026."""
    from datetime import UTC, date, datetime

    from authdesk.gui.kit.i18n import format_date, format_time

    moment = datetime(2026, 1, 5, 0, 3, 7, tzinfo=UTC)
    local = to_qdatetime(moment).toString("yyyy/MM/dd HH:mm")
    shown = []
    for language in ("ja", "en"):
        translations.apply(language)
        shown.append((format_datetime(moment), format_datetime(moment, seconds=True),
                      format_time(moment), format_date(date(2031, 1, 31))))
    assert shown[0] == shown[1]
    assert shown[0] == (local, local + ":07", local[-5:], "2031/01/31")
    assert QCoreApplication.translate("Pages", "Audit log") == "Audit log"


# One reason of each code, with parameters that show up in the sentence.
REASON_SAMPLES = {"fields": ("address", "phone", "email"), "days": 45, "wrong_codes": 7,
                  "void_verifications": 2, "requests": 3,
                  "text": "A reason written before reasons had codes."}


def sample_reasons() -> list[RiskReason]:
    return [RiskReason(code, {name: REASON_SAMPLES[name] for name in REASON_PARAMS[code]})
            for code in ReasonCode] + [  # the sentence without void verifications
        RiskReason(ReasonCode.RECENT_FAILED_VERIFICATIONS,
                   {"wrong_codes": 3, "void_verifications": 0, "days": 30})]


def sample_evidence() -> list[EvidenceItem]:
    return [EvidenceItem(kind, count=count, photo_id=photo)
            for kind in EvidenceKind for count in (1, 2) for photo in (False, True)]


def test_every_risk_reason_is_translated_with_its_parameters(
        translations: Translations) -> None:
    reasons = sample_reasons()
    translations.apply("en")
    english = [risk_reason_text(r) for r in reasons]
    # On screen in English the sentence is the core's own (which the CLI prints).
    assert english == [r.text for r in reasons]
    translations.apply("ja")
    japanese = [risk_reason_text(r) for r in reasons]
    for reason, text in zip(reasons, japanese, strict=True):
        if reason.code is ReasonCode.RECORDED_TEXT:  # shown as it was stored
            assert text == "A reason written before reasons had codes."
        else:  # no English, no placeholder left
            assert not re.search(r"[A-Za-z{}]", text), (reason, text)
    assert len(set(japanese)) == len(japanese)
    assert japanese[-1] == "過去30日間に認証コードの誤りが3回ありました。"
    japanese = {r.code: text for r, text in zip(reasons[:-1], japanese[:-1], strict=True)}
    contact = japanese[ReasonCode.CONTACT_CHANGED_RECENTLY]
    assert contact.startswith("お客様の住所、電話番号、メールアドレスが")
    assert "45日" in japanese[ReasonCode.CONTACT_CHANGED_RECENTLY]
    assert "7回" in japanese[ReasonCode.RECENT_FAILED_VERIFICATIONS]
    assert "2件" in japanese[ReasonCode.RECENT_FAILED_VERIFICATIONS]
    assert "45日" in japanese[ReasonCode.RECENT_FACTOR_RESET]
    assert "3件" in japanese[ReasonCode.OTHER_RECENT_REQUESTS]


def test_every_piece_of_required_evidence_is_translated(translations: Translations) -> None:
    items = sample_evidence()
    translations.apply("en")
    english = {item: evidence_text(item) for item in items}
    assert english[EvidenceItem(EvidenceKind.STRONG_DOCUMENTS, count=2)].startswith(
        "2 strong identity documents that passed every check (")
    assert english[EvidenceItem(EvidenceKind.STRONG_DOCUMENTS, count=1)].startswith(
        "a strong identity document that passed every check (")
    translations.apply("ja")
    for item in items:
        text = evidence_text(item)
        assert not re.search(r"[A-Za-z{}]", text), (item, text)
        assert text != english[item]
    assert "2点" in evidence_text(EvidenceItem(EvidenceKind.STRONG_DOCUMENTS, count=2))


def test_missing_evidence_is_named_in_the_users_language(translations: Translations) -> None:
    needs = (EvidenceItem(EvidenceKind.CALLBACK), EvidenceItem(EvidenceKind.BANK_ACCOUNT_PROOF))
    refused = EvidenceMissing(what="; ".join(n.text for n in needs), needs=needs)
    translations.apply("ja")
    text = error_text(refused)
    assert text.startswith("この依頼はまだ承認に回せません。")
    assert "お客様の登録電話番号へのコールバック、すべての確認項目に合格した新しい口座" in text
    assert not re.search(r"[A-Za-z]", text), text
    translations.apply("en")
    assert error_text(refused) == refused.message  # English: the core's own sentence
