"""The audit log's codes read as words in both languages (issue 12, a readable log)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from authdesk.core.actions import RENAMED, Action
from authdesk.gui.audit.labels import action_label, detail_key_label, details_list
from authdesk.gui.kit.i18n import Translations, format_datetime

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@pytest.mark.parametrize("language", ["en", "ja"])
def test_every_action_has_its_own_label_in_both_languages(translations: Translations,
                                                         language: str) -> None:
    translations.apply(language)
    try:
        labels = {a: action_label(a.value) for a in Action}
        assert all(label and label != a.value for a, label in labels.items())
        assert len(set(labels.values())) == len(labels)  # no two actions read the same
        if language == "ja":
            assert all(JAPANESE.search(label) for label in labels.values()), labels
        for old, action in RENAMED.items():  # names written by earlier versions read the same
            assert action_label(old) == labels[action]
    finally:
        translations.apply("en")


def test_an_unknown_code_is_shown_as_it_is() -> None:
    assert action_label("plugin.did_something") == "plugin.did_something"
    assert detail_key_label("some_key") == "some_key"


def test_details_are_a_labelled_list_in_key_order() -> None:
    items = details_list({"session": "abc", "reason": "signed out", "results": 3,
                          "nested": {"b": 1, "a": [1, 2]}})
    assert items == [("nested", "nested", '{"a": [1, 2], "b": 1}'),
                     ("Reason", "reason", "signed out"),
                     ("Results", "results", "3"),
                     ("Session", "session", "abc")]


def test_times_name_their_zone() -> None:
    shown = format_datetime(datetime(2026, 12, 3, 0, 30, tzinfo=UTC), seconds=True, zone=True)
    assert re.fullmatch(r"2026/12/0[23] \d\d:30:00 \S+", shown), shown
