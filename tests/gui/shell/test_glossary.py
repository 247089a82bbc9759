"""One language at a time, with one word for each thing: the Japanese catalogue and the Japanese
written in the GUI's code follow docs/glossary.md; no vendor names or design-document
references reach the interface; the document names the core puts into its messages are
translated (no more "My Number cardに記載の番号")."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from authdesk.core.documents import DocumentType
from authdesk.gui.kit.resources import resource_path

ROOT = Path(__file__).resolve().parents[3]
GLOSSARY = ROOT / "docs" / "glossary.md"
# 顧客 is avoided on its own, but the names of these fields keep it.
COMPOUNDS = ("顧客番号", "顧客ファイル")
NOT_ON_SCREEN = ("Twilio", "privacyIDEA", "CloudTrail", "Specops", "DESIGN", "NIST", "RFC 6238",
                 "§")
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def avoided_words() -> list[str]:
    words = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0] != "English" and JAPANESE.search(cells[1]) and cells[2]:
            words += [w.strip() for w in cells[2].split(",") if w.strip()]
    return words


def catalogue(language: str) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every message in a catalogue."""
    tree = ET.parse(resource_path(f"i18n/authdesk_{language}.ts"))
    return [(context.findtext("name") or "", message.findtext("source") or "",
             message.findtext("translation") or "")
            for context in tree.getroot().iter("context") for message in context.iter("message")]


def japanese_in_gui_code() -> list[tuple[str, str]]:
    found = []
    for path in sorted((ROOT / "authdesk" / "gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and \
                    JAPANESE.search(node.value):
                found.append((path.name, node.value))
    return found


def test_the_glossary_lists_words_to_avoid() -> None:
    assert {"お客さま", "銀行コード", "旅券", "申請"} <= set(avoided_words())


@pytest.mark.parametrize("word", avoided_words())
def test_the_japanese_interface_follows_the_glossary(word: str) -> None:
    texts = [(f"[{context}] {source}", text) for context, source, text in catalogue("ja")]
    texts += japanese_in_gui_code()
    for compound in COMPOUNDS:
        texts = [(where, text.replace(compound, "")) for where, text in texts]
    assert [where for where, text in texts if word in text] == []


def test_no_vendor_names_or_design_references_on_screen() -> None:
    for language in ("ja", "en"):
        shown = [text for _c, source, translation in catalogue(language)
                 for text in (source, translation)]
        assert [t for t in shown if any(word in t for word in NOT_ON_SCREEN)] == []


def test_document_names_in_messages_are_translated() -> None:
    params = {source: text for context, source, text in catalogue("ja")
              if context == "AuthDeskParam"}
    for kind in DocumentType:
        assert params.get(kind.label), kind.label
        assert not re.search(r"[A-Za-z]", params[kind.label]), params[kind.label]
