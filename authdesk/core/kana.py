"""Japanese names: half-width katakana, the Zengin character set, holder-name matching and
search keys. Every rule here is documented in docs/name-matching.md; keep the two in step.
"""

from __future__ import annotations

import itertools
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from authdesk.core.errors import AuthDeskError
from authdesk.core.text import DASHES, LONG_VOWEL_MARKS, Translation, visible

# --- Tables ----------------------------------------------------------------------------------

_VOICED = "\uff9e"  # ﾞ
_SEMI_VOICED = "\uff9f"  # ﾟ
_COMBINING_VOICED = "\u3099"
_COMBINING_SEMI_VOICED = "\u309a"

# Full-width -> half-width, derived from Unicode's own half-width block (U+FF61..U+FF9F) by
# inverting NFKC, so the table cannot drift from the standard. It includes the combining
# voiced marks (NFKC maps ﾞ to U+3099) and ー, ・, 「」, 。、.
_FULL_TO_HALF: dict[str, str] = {
    unicodedata.normalize("NFKC", chr(cp)): chr(cp) for cp in range(0xFF61, 0xFFA0)
}
# Katakana with no half-width form: small ヮヵヶ become their large forms; the obsolete
# ヰ ヱ become イ エ (how banks write them).
_FULL_TO_HALF.update(
    {"ヮ": "ﾜ", "ヵ": "ｶ", "ヶ": "ｹ", "ヰ": "ｲ", "ヱ": "ｴ", "゛": _VOICED, "゜": _SEMI_VOICED}
)

# The stand-alone marks ゛゜ become combining marks first, so NFKC can fuse them with the
# preceding kana (か゛ -> が) instead of turning them into a space plus a mark.
_pre_nfkc = Translation({"゛": _COMBINING_VOICED, "゜": _COMBINING_SEMI_VOICED})

# Zengin has no small kana; banks write them large (キョウコ -> ｷﾖｳｺ).
_small_to_large_half = Translation(dict(zip("ｧｨｩｪｫｯｬｭｮ", "ｱｲｳｴｵﾂﾔﾕﾖ", strict=True)))
_small_to_large_full = Translation(
    dict(zip("ァィゥェォッャュョヮヵヶ", "アイウエオツヤユヨワカケ", strict=True)))

# Long-vowel marks and the dashes people type for them. Zengin writes ー as '-'. Besides the
# shared dash set, the hyphen bullet ⁃ and the box-drawing line ─ that IMEs offer for ー.
_WRITTEN_AS_DASH = LONG_VOWEL_MARKS | DASHES | frozenset("\u2043\u2500")

_HALFWIDTH_KATAKANA = "ｦｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ"

ZENGIN_CHARSET: frozenset[str] = frozenset(
    _HALFWIDTH_KATAKANA
    + _VOICED
    + _SEMI_VOICED
    + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    + "0123456789"
    + " ()."
    + "-/¥,"
)
"""Characters a Zengin holder name may use: half-width katakana ｱ..ﾝ and ｦ, ﾞ ﾟ, A-Z, 0-9,
space and ( ) . - / ¥ , — no small kana and no ｰ (written '-')."""

# The vowel each half-width kana ends in, for the long-vowel rule of compare_names.
_VOWEL_OF: dict[str, str] = {}
for _vowel, _row in (
    ("a", "ｱｶｻﾀﾅﾊﾏﾔﾗﾜ"),
    ("i", "ｲｷｼﾁﾆﾋﾐﾘ"),
    ("u", "ｳｸｽﾂﾇﾌﾑﾕﾙ"),
    ("e", "ｴｹｾﾃﾈﾍﾒﾚ"),
    ("o", "ｵｺｿﾄﾉﾎﾓﾖﾛｦ"),
):
    for _kana in _row:
        _VOWEL_OF[_kana] = _vowel
# A vowel kana after a kana ending in the vowel(s) listed lengthens it: おお/おう, えい, ゆう...
_LENGTHENS: dict[str, frozenset[str]] = {
    "ｱ": frozenset("a"),
    "ｲ": frozenset("ie"),
    "ｳ": frozenset("uo"),
    "ｴ": frozenset("e"),
    "ｵ": frozenset("o"),
}


# --- Errors ----------------------------------------------------------------------------------


class InvalidHolderName(AuthDeskError):
    template = (
        "The account holder name contains '{character}', which bank transfers cannot carry. "
        "Please ask the customer how the name is written in katakana on the account."
    )


class EmptyHolderName(InvalidHolderName):
    template = "Enter the account holder name in katakana, as written on the account."


# --- Conversion ------------------------------------------------------------------------------


def _to_halfwidth_char(ch: str) -> str:
    """What ``to_halfwidth_katakana`` makes of one character (after NFKC)."""
    cp = ord(ch)
    if 0x3041 <= cp <= 0x3096 or cp in (0x309D, 0x309E):
        ch = chr(cp + 0x60)  # hiragana -> katakana (ゝゞ -> ヽヾ)
        cp += 0x60
    if 0x3099 <= cp <= 0x30FF:
        # Precomposed voiced kana split into base + mark (ガ -> カ + U+3099 -> ｶﾞ).
        return "".join(_FULL_TO_HALF.get(part, part) for part in unicodedata.normalize("NFD", ch))
    return _FULL_TO_HALF.get(ch, ch)  # 「」。、


# Each character is converted on its own, so the conversion is one str.translate (in C: this
# runs for every holder name of a million-row import). Every character it changes is hiragana,
# katakana with its marks, or a key of _FULL_TO_HALF; all others map to themselves.
_to_half = Translation({
    ch: _to_halfwidth_char(ch)
    for ch in itertools.chain(
        map(chr, range(0x3041, 0x3097)), "\u309d\u309e", map(chr, range(0x3099, 0x3100)),
        _FULL_TO_HALF)
    if _to_halfwidth_char(ch) != ch
})


def to_halfwidth_katakana(text: str) -> str:
    """Hiragana and full-width katakana -> half-width katakana; full-width ASCII and spaces ->
    ASCII. Other characters (kanji, Latin) pass through, after Unicode NFKC."""
    return _to_half(unicodedata.normalize("NFKC", _pre_nfkc(text)))


# After the half-width conversion: dashes and long-vowel marks -> '-', a backslash -> ¥ (a
# Japanese keyboard's ¥ key types a backslash), a..z -> A..Z.
_canonical_chars = Translation({
    **dict.fromkeys(_WRITTEN_AS_DASH, "-"), "\\": "¥",
    **{chr(cp): chr(cp - 32) for cp in range(ord("a"), ord("z") + 1)},
})


def _canonical(text: str) -> str:
    """The lenient canonical half-width form: everything normalise_holder_name does except
    refusing characters outside the set."""
    half = _small_to_large_half(to_halfwidth_katakana(text))
    return " ".join(_canonical_chars(half).split())


def normalise_holder_name(text: str, allowed: frozenset[str] = ZENGIN_CHARSET) -> str:
    """What the agent typed -> the canonical half-width Zengin holder name.

    Raises InvalidHolderName naming the first character that cannot be represented.
    """
    name = _canonical(text)
    if not name:
        raise EmptyHolderName()
    if not allowed.issuperset(name):  # the usual case in C; the loop names the first culprit
        for ch in name:
            if ch not in allowed:
                raise InvalidHolderName(character=visible(ch))
    return name


def name_key(text: str) -> str:
    """The exact comparison key: equal keys are a MATCH. Canonical form without spaces."""
    return _canonical(text).replace(" ", "")


def loose_name_key(text: str) -> str:
    """The close-match key: equal loose keys (and unequal name keys) are a CLOSE match.

    From name_key: ヅ/ヂ -> ズ/ジ, ｦ -> ｵ, voiced marks dropped, long vowels dropped (a '-' or a
    vowel kana that only lengthens the vowel before it).
    """
    key = name_key(text).replace("ﾂﾞ", "ｽﾞ").replace("ﾁﾞ", "ｼﾞ").replace("ｦ", "ｵ")
    key = key.replace(_VOICED, "").replace(_SEMI_VOICED, "")
    out: list[str] = []
    previous: str | None = None  # the vowel the previous kana ends in
    for ch in key:
        if ch == "-":
            continue
        if previous is not None and previous in _LENGTHENS.get(ch, frozenset()):
            continue
        out.append(ch)
        previous = _VOWEL_OF.get(ch)
    return "".join(out)


# --- Comparison ------------------------------------------------------------------------------


class NameOutcome(StrEnum):
    MATCH = "match"
    CLOSE = "close"
    NO_MATCH = "no_match"


class CloseRule(StrEnum):
    """Why a name is a close match, for the supervisor."""

    VARIANT = "variant"  # voiced marks, long vowels, ヅ/ズ, ヂ/ジ, ヲ/オ
    NAME_ORDER = "name_order"  # family and given name swapped
    ONE_EDIT = "one_edit"  # one character inserted, deleted or replaced


@dataclass(frozen=True)
class NameMatch:
    outcome: NameOutcome
    registered: str  # canonical half-width, for display side by side
    holder: str
    rule: CloseRule | None = None


_MIN_LENGTH_FOR_ONE_EDIT = 4
_MAX_PARTS_FOR_ORDER = 4  # 4! orders; a longer name is not reordered


def _within_one_edit(a: str, b: str) -> bool:
    """Levenshtein distance <= 1, in linear time."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def _orders(canonical: str) -> list[tuple[str, str]]:
    """(name key, loose key) of every other order of the space-separated parts."""
    parts = canonical.split(" ")
    if not 2 <= len(parts) <= _MAX_PARTS_FOR_ORDER:
        return []
    out = []
    for order in itertools.permutations(parts):
        if list(order) != parts:
            joined = "".join(order)
            out.append((name_key(joined), loose_name_key(joined)))
    return out


def compare_names(registered_kana: str, holder: str) -> NameMatch:
    """Compare the customer's registered kana name with a bank-account holder name."""
    reg, hold = _canonical(registered_kana), _canonical(holder)

    def result(outcome: NameOutcome, rule: CloseRule | None = None) -> NameMatch:
        return NameMatch(outcome=outcome, registered=reg, holder=hold, rule=rule)

    reg_key, hold_key = name_key(reg), name_key(hold)
    if not reg_key or not hold_key:
        return result(NameOutcome.NO_MATCH)
    if reg_key == hold_key:
        return result(NameOutcome.MATCH)
    reg_loose, hold_loose = loose_name_key(reg), loose_name_key(hold)
    if reg_loose and reg_loose == hold_loose:
        return result(NameOutcome.CLOSE, CloseRule.VARIANT)
    # Either side may carry the space that tells family from given name.
    for key, loose in _orders(reg):
        if key == hold_key or (loose and loose == hold_loose):
            return result(NameOutcome.CLOSE, CloseRule.NAME_ORDER)
    for key, loose in _orders(hold):
        if key == reg_key or (loose and loose == reg_loose):
            return result(NameOutcome.CLOSE, CloseRule.NAME_ORDER)
    if min(len(reg_key), len(hold_key)) >= _MIN_LENGTH_FOR_ONE_EDIT and _within_one_edit(
        reg_key, hold_key
    ):
        return result(NameOutcome.CLOSE, CloseRule.ONE_EDIT)
    return result(NameOutcome.NO_MATCH)


# --- Search ----------------------------------------------------------------------------------


# Hiragana (and ゝゞ) -> katakana, ASCII upper case -> lower case; one str.translate.
_search_chars = Translation({
    **{chr(cp): chr(cp + 0x60) for cp in (*range(0x3041, 0x3097), 0x309D, 0x309E)},
    **{chr(cp): chr(cp + 32) for cp in range(ord("A"), ord("Z") + 1)},
})


def search_key(text: str) -> str:
    """A key for prefix search of kana and kanji names, insensitive to width, hiragana vs
    katakana, small vs large kana, spaces and ASCII case.

    The canonical form is NFKC's: full-width precomposed katakana (so one character per kana
    and a prefix never ends inside a voiced pair) and ASCII letters and digits. Kanji pass
    through unchanged.
    """
    folded = _search_chars(unicodedata.normalize("NFKC", _pre_nfkc(text)))
    # str.split() splits on exactly the characters str.isspace() accepts: spaces are dropped.
    # Dropping a space can bring a base letter and a combining mark together; compose them.
    return _small_to_large_full(unicodedata.normalize("NFKC", "".join(folded.split())))
