from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from authdesk.core.errors import AuthDeskError
from authdesk.core.kana import (
    ZENGIN_CHARSET,
    CloseRule,
    EmptyHolderName,
    InvalidHolderName,
    NameMatch,
    NameOutcome,
    compare_names,
    loose_name_key,
    name_key,
    normalise_holder_name,
    search_key,
    to_halfwidth_katakana,
)

MATCH, CLOSE, NO = NameOutcome.MATCH, NameOutcome.CLOSE, NameOutcome.NO_MATCH
VARIANT, ORDER, EDIT = CloseRule.VARIANT, CloseRule.NAME_ORDER, CloseRule.ONE_EDIT

# --- to_halfwidth_katakana -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("やまだ たろう", "ﾔﾏﾀﾞ ﾀﾛｳ"),
        ("ヤマダ\u3000タロウ", "ﾔﾏﾀﾞ ﾀﾛｳ"),
        ("ﾔﾏﾀﾞ", "ﾔﾏﾀﾞ"),
        ("パン", "ﾊﾟﾝ"),
        ("ヴ", "ｳﾞ"),
        ("ゔ", "ｳﾞ"),
        ("ヷヺ", "ﾜﾞｦﾞ"),
        ("キョウコ", "ｷｮｳｺ"),  # small kana stay small here; holder names fold them later
        ("ヮヵヶ", "ﾜｶｹ"),  # no half-width small forms exist
        ("ヰヱ", "ｲｴ"),
        ("か゛", "ｶﾞ"),  # a stand-alone voiced mark fuses with its kana
        ("か\u3099", "ｶﾞ"),
        ("ア゛", "ｱﾞ"),
        ("ー・「」。、", "ｰ･｢｣｡､"),
        ("ＡＢＣ　１２３", "ABC 123"),
        ("山田 太郎", "山田 太郎"),
        ("Müller", "Müller"),
        ("", ""),
    ],
)
def test_to_halfwidth_katakana(text: str, expected: str) -> None:
    assert to_halfwidth_katakana(text) == expected


# --- normalise_holder_name -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("やまだ　たろう", "ﾔﾏﾀﾞ ﾀﾛｳ"),
        ("  ヤマダ   タロウ ", "ﾔﾏﾀﾞ ﾀﾛｳ"),
        ("キョウコ", "ｷﾖｳｺ"),
        ("ハットリ", "ﾊﾂﾄﾘ"),
        ("ｼｭｳｼﾞ", "ｼﾕｳｼﾞ"),
        ("オーノ", "ｵ-ﾉ"),
        ("ｵｰﾉ", "ｵ-ﾉ"),
        ("オ―ノ", "ｵ-ﾉ"),
        ("ｶ)ｴｰﾋﾞｰｼｰ", "ｶ)ｴ-ﾋﾞ-ｼ-"),
        ("（カ）エービーシー", "(ｶ)ｴ-ﾋﾞ-ｼ-"),
        ("abc shoji", "ABC SHOJI"),
        ("ｺｳｼﾞ.ﾀﾅｶ/ﾀﾛｳ,1", "ｺｳｼﾞ.ﾀﾅｶ/ﾀﾛｳ,1"),
        ("ﾔﾏﾀﾞ\\", "ﾔﾏﾀﾞ¥"),
        ("ヤマダ￥", "ﾔﾏﾀﾞ¥"),
        ("ヲ", "ｦ"),
    ],
)
def test_normalise_holder_name(text: str, expected: str) -> None:
    assert normalise_holder_name(text) == expected


@pytest.mark.parametrize(
    ("text", "character"),
    [
        ("山田 タロウ", "山"),
        ("ヤマダ・タロウ", "･"),
        ("ヤマダ@", "@"),
        ("ヤマダ\u200bタロウ", "U+200B"),
        ("ヤマダ\x00", "U+0000"),
        ("ヤマダ🙂", "🙂"),
        ("ヤマダ〜", "〜"),
        ("Müller", "ü"),
    ],
)
def test_normalise_holder_name_names_the_bad_character(text: str, character: str) -> None:
    with pytest.raises(InvalidHolderName) as info:
        normalise_holder_name(text)
    assert info.value.params == {"character": character}
    assert character in info.value.message


@pytest.mark.parametrize("text", ["", "   ", "\u3000"])
def test_empty_holder_name(text: str) -> None:
    with pytest.raises(EmptyHolderName) as info:
        normalise_holder_name(text)
    assert isinstance(info.value, InvalidHolderName)


def test_allowed_set_is_configurable() -> None:
    assert normalise_holder_name("ヤマダ・タロウ", ZENGIN_CHARSET | {"･"}) == "ﾔﾏﾀﾞ･ﾀﾛｳ"
    kana_only = frozenset(c for c in ZENGIN_CHARSET if not c.isascii()) | {" "}
    with pytest.raises(InvalidHolderName):
        normalise_holder_name("ABC ｼﾖｳｼﾞ", kana_only)


def test_zengin_charset() -> None:
    assert {
        "ｱ",
        "ﾝ",
        "ｦ",
        "ﾞ",
        "ﾟ",
        "A",
        "Z",
        "0",
        "9",
        " ",
        "(",
        ")",
        ".",
        "-",
        "/",
        "¥",
        ",",
    } <= ZENGIN_CHARSET
    assert not {"ｧ", "ｯ", "ｮ", "ｰ", "a", "･", "\\", "ア"} & ZENGIN_CHARSET
    assert len(ZENGIN_CHARSET) == 46 + 2 + 26 + 10 + 8


@given(st.text(max_size=40))
def test_normalise_holder_name_on_arbitrary_text(text: str) -> None:
    try:
        name = normalise_holder_name(text)
    except InvalidHolderName as exc:
        assert isinstance(exc, AuthDeskError)
        return
    assert name and set(name) <= ZENGIN_CHARSET
    assert name == name.strip() and "  " not in name
    assert normalise_holder_name(name) == name


@given(st.text(alphabet="ぁあぃいかがぱっゃょーアァカガパッャョヴｱｧｶﾞﾊﾟｯｬｮｰ 　-", max_size=20))
def test_normalise_holder_name_on_kana(text: str) -> None:
    try:
        name = normalise_holder_name(text)
    except EmptyHolderName:
        assert not text.strip()
        return
    assert set(name) <= ZENGIN_CHARSET


# --- compare_names ---------------------------------------------------------------------------

NAME_TABLE: list[tuple[str, str, NameOutcome, CloseRule | None]] = [
    # MATCH: width, hiragana/katakana, small kana, spaces, long-vowel marks
    ("ヤマダ タロウ", "ﾔﾏﾀﾞ ﾀﾛｳ", MATCH, None),
    ("ヤマダ タロウ", "やまだ たろう", MATCH, None),
    ("ヤマダ タロウ", "ヤマダ\u3000タロウ", MATCH, None),
    ("ヤマダ タロウ", "ﾔﾏﾀﾞﾀﾛｳ", MATCH, None),
    ("ヤマダ タロウ", "  ﾔﾏﾀﾞ   ﾀﾛｳ ", MATCH, None),
    ("ヤマダ　タロウ", "ﾔﾏﾀﾞ　ﾀﾛｳ", MATCH, None),
    ("キョウコ", "ｷﾖｳｺ", MATCH, None),
    ("サトウ キョウコ", "さとう きょうこ", MATCH, None),
    ("ハットリ", "ﾊﾂﾄﾘ", MATCH, None),
    ("オーノ", "ｵ-ﾉ", MATCH, None),
    ("オーノ", "ｵｰﾉ", MATCH, None),
    ("オーノ", "おーの", MATCH, None),
    ("オーノ", "オ‐ノ", MATCH, None),
    ("オーノ", "オ−ノ", MATCH, None),
    ("ジョン スミス", "ｼﾞﾖﾝ ｽﾐｽ", MATCH, None),
    ("エービーシー ショウジ", "ｴ-ﾋﾞ-ｼ- ｼﾖｳｼﾞ", MATCH, None),
    ("ガク", "ｶﾞｸ", MATCH, None),
    ("ヴィクトル", "ｳﾞｲｸﾄﾙ", MATCH, None),
    ("ABC ショウジ", "abc しょうじ", MATCH, None),
    # CLOSE: voiced-mark variants
    ("ハマダ", "ﾊﾏﾀ", CLOSE, VARIANT),
    ("ホンダ", "ﾎﾟﾝﾀﾞ", CLOSE, VARIANT),
    ("ハタ", "ﾊﾀﾞ", CLOSE, VARIANT),
    ("ヴェルデ", "ｳｴﾙﾃﾞ", CLOSE, VARIANT),
    # CLOSE: long vowel vs vowel
    ("オオノ", "ｵ-ﾉ", CLOSE, VARIANT),
    ("オオノ", "ｵﾉ", CLOSE, VARIANT),
    ("オーノ", "ｵﾉ", CLOSE, VARIANT),
    ("ユウコ", "ﾕ-ｺ", CLOSE, VARIANT),
    ("ユウコ", "ﾕｺ", CLOSE, VARIANT),
    ("サトウ", "ｻﾄ-", CLOSE, VARIANT),
    ("セイコ", "ｾ-ｺ", CLOSE, VARIANT),
    ("コウノ", "ｺ-ﾉ", CLOSE, VARIANT),
    # CLOSE: ヅ/ズ, ヂ/ジ, ヲ/オ
    ("ミカヅキ", "ﾐｶｽﾞｷ", CLOSE, VARIANT),
    ("ツヅキ", "ﾂｽﾞｷ", CLOSE, VARIANT),
    ("チヂワ", "ﾁｼﾞﾜ", CLOSE, VARIANT),
    ("ヲノ", "ｵﾉ", CLOSE, VARIANT),
    # CLOSE: family and given name swapped
    ("ヤマダ タロウ", "ﾀﾛｳ ﾔﾏﾀﾞ", CLOSE, ORDER),
    ("ヤマダ タロウ", "ﾀﾛｳﾔﾏﾀﾞ", CLOSE, ORDER),
    ("ヤマダタロウ", "ﾀﾛｳ ﾔﾏﾀﾞ", CLOSE, ORDER),
    ("スズキ イチロウ", "ｲﾁﾛ- ｽｽﾞｷ", CLOSE, ORDER),
    # CLOSE: one edit on names of four or more characters
    ("タナカ ハナコ", "ﾀﾅｶ ﾊﾅｴ", CLOSE, EDIT),
    ("ワタナベ", "ﾜﾀﾍﾞ", CLOSE, EDIT),
    ("イトウ ケン", "ｲﾄｳ ｹｲ", CLOSE, EDIT),
    ("タカハシ", "ﾀｶﾊﾏ", CLOSE, EDIT),
    ("ヤマダ タロウ", "ﾔﾏﾀﾞ ﾀﾛｳｳ", CLOSE, VARIANT),  # an extra ウ only lengthens ロ
    # NO_MATCH: short names with one edit, different names
    ("ウノ", "ｳﾀﾞ", NO, None),
    ("サトウ", "ｶﾄｳ", NO, None),
    ("イシイ", "ｲｼﾀﾞ", NO, None),
    ("ヤマダ タロウ", "ｽｽﾞｷ ﾀﾛｳ", NO, None),  # different family name
    ("ヤマダ タロウ", "ﾔﾏﾓﾄ ﾀﾛｳ", NO, None),
    ("ヤマダ タロウ", "ﾔﾏﾀﾞ ｼﾞﾛｳ", NO, None),  # different given name
    ("ヤマダ タロウ", "ｻﾄｳ ﾊﾅｺ", NO, None),
    ("タナカ", "ﾅｶﾀ", NO, None),
    ("ヤマダ タロウ", "山田 太郎", NO, None),
    ("ヤマダ タロウ", "", NO, None),
    ("", "", NO, None),
    ("ヤマダ", "ﾔﾏﾀﾞ ﾀﾛｳ", NO, None),  # given name missing
]


def test_name_table_is_large_enough() -> None:
    assert len(NAME_TABLE) >= 40
    assert {(o, r) for _, _, o, r in NAME_TABLE} == {
        (MATCH, None),
        (CLOSE, VARIANT),
        (CLOSE, ORDER),
        (CLOSE, EDIT),
        (NO, None),
    }


@pytest.mark.parametrize(("registered", "holder", "outcome", "rule"), NAME_TABLE)
def test_compare_names(
    registered: str, holder: str, outcome: NameOutcome, rule: CloseRule | None
) -> None:
    result = compare_names(registered, holder)
    assert (result.outcome, result.rule) == (outcome, rule)
    # Symmetric: which side is registered does not change the outcome.
    assert compare_names(holder, registered).outcome == outcome


def test_compare_names_returns_display_forms() -> None:
    result = compare_names("ヤマダ　タロウ", "やまだ たろう")
    assert result == NameMatch(outcome=MATCH, registered="ﾔﾏﾀﾞ ﾀﾛｳ", holder="ﾔﾏﾀﾞ ﾀﾛｳ")


def test_keys() -> None:
    assert name_key("ヤマダ タロウ") == "ﾔﾏﾀﾞﾀﾛｳ"
    assert loose_name_key("ヤマダ タロウ") == "ﾔﾏﾀﾀﾛ"
    assert loose_name_key("ｵｵﾉ") == loose_name_key("ｵｰﾉ") == loose_name_key("ｵﾉ") == "ｵﾉ"
    assert loose_name_key("ﾐｶﾂﾞｷ") == loose_name_key("ﾐｶｽﾞｷ") == "ﾐｶｽｷ"
    assert loose_name_key("ﾏﾂﾀﾞ") != loose_name_key("ﾏｽﾀﾞ")  # ツ/ス only when voiced


@given(st.text(max_size=30), st.text(max_size=30))
def test_compare_names_on_arbitrary_text(a: str, b: str) -> None:
    result = compare_names(a, b)
    assert isinstance(result, NameMatch)
    assert result.outcome in NameOutcome
    assert (result.rule is None) == (result.outcome is not CLOSE)
    assert compare_names(b, a).outcome == result.outcome


@given(
    st.text(
        alphabet="アイウエオカガキギサザシジタダツヅチヂナハバパマヤラワヲンーァッャ ", max_size=12
    )
)
def test_a_name_matches_itself_in_every_spelling(name: str) -> None:
    if not name_key(name):
        return
    assert compare_names(name, name).outcome is MATCH
    assert compare_names(name, to_halfwidth_katakana(name)).outcome is MATCH
    hiragana = "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ン" else c for c in name)
    assert compare_names(name, hiragana).outcome is MATCH


# --- search_key ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("やまだ", "ヤマダ"),
        ("ﾔﾏﾀﾞ", "ヤマダ"),
        ("ヤマダ タロウ", "ヤマダ\u3000タロウ"),
        ("ヤマダタロウ", "やまだ　たろう"),
        ("きょうこ", "キヨウコ"),
        ("ＡＢＣ", "abc"),
        ("Smith", "SMITH"),
        ("山田 太郎", "山田　太郎"),
        ("ｻﾄｰ", "さとー"),
    ],
)
def test_search_key_equal(a: str, b: str) -> None:
    assert search_key(a) == search_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("ハタ", "ハダ"), ("山田", "山口"), ("サトウ", "サトー")],
)
def test_search_key_keeps_real_differences(a: str, b: str) -> None:
    assert search_key(a) != search_key(b)


def test_search_key_forms() -> None:
    assert search_key("ﾔﾏﾀﾞ ﾀﾛｳ") == "ヤマダタロウ"
    assert search_key("山田　太郎") == "山田太郎"
    assert search_key("ＳＭＩＴＨ ｊｏｈｎ") == "smithjohn"


def test_search_key_prefix() -> None:
    stored = search_key("ヤマダ タロウ")
    assert stored.startswith(search_key("やまだ た"))
    assert stored.startswith(search_key("ﾔﾏﾀﾞ"))
    # A prefix typed before the voiced mark does not match the voiced kana.
    assert not search_key("ハダ").startswith(search_key("ﾊﾀ"))


@given(st.text(max_size=30))
def test_search_key_is_idempotent(text: str) -> None:
    key = search_key(text)
    assert search_key(key) == key
    assert not any(c.isspace() for c in key)
