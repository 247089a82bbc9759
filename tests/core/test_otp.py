from __future__ import annotations

import string
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlparse

import pyotp
import pytest
from hypothesis import given
from hypothesis import strategies as st

from authdesk.core.errors import AuthDeskError
from authdesk.core.otp import (
    MalformedCode,
    OtpMatch,
    match_step,
    new_secret,
    normalise_code,
    provisioning_uri,
    secret_to_base32,
    time_step,
    totp_code,
)

SEED = {
    "sha1": b"12345678901234567890",
    "sha256": b"12345678901234567890123456789012",
    "sha512": b"1234567890" * 6 + b"1234",
}

# RFC 6238 Appendix B.
RFC_VECTORS = [
    (59, "94287082", "sha1"),
    (59, "46119246", "sha256"),
    (59, "90693936", "sha512"),
    (1111111109, "07081804", "sha1"),
    (1111111109, "68084774", "sha256"),
    (1111111109, "25091201", "sha512"),
    (1111111111, "14050471", "sha1"),
    (1111111111, "67062674", "sha256"),
    (1111111111, "99943326", "sha512"),
    (1234567890, "89005924", "sha1"),
    (1234567890, "91819424", "sha256"),
    (1234567890, "93441116", "sha512"),
    (2000000000, "69279037", "sha1"),
    (2000000000, "90698825", "sha256"),
    (2000000000, "38618901", "sha512"),
    (20000000000, "65353130", "sha1"),
    (20000000000, "77737706", "sha256"),
    (20000000000, "47863826", "sha512"),
]

NOW = datetime(2026, 1, 5, 9, 0, 10, tzinfo=UTC)
SECRET = b"\x01" * 20


def at_unix(seconds: int) -> datetime:
    return datetime(1970, 1, 1, tzinfo=UTC) + timedelta(seconds=seconds)


@pytest.mark.parametrize(("seconds", "expected", "digest"), RFC_VECTORS)
def test_rfc6238_vectors(seconds: int, expected: str, digest: str) -> None:
    at = at_unix(seconds)
    assert totp_code(SEED[digest], at, digits=8, digest=digest) == expected
    result = match_step(
        SEED[digest], expected, at, drift=0, after_step=None, digits=8, digest=digest
    )
    assert result == OtpMatch(step=seconds // 30)
    assert result.accepted


def test_time_step() -> None:
    assert time_step(at_unix(59)) == 1
    assert time_step(at_unix(60)) == 2
    assert time_step(at_unix(1111111109)) == 0x23523EC
    assert time_step(at_unix(20000000000)) == 0x27BC86AA
    assert time_step(at_unix(59), period=60) == 0


def test_time_step_refuses_naive_datetime() -> None:
    with pytest.raises(ValueError):
        time_step(datetime(2026, 1, 1))


def test_time_step_uses_aware_time_not_local() -> None:
    jst = datetime(2026, 1, 5, 18, 0, 10, tzinfo=UTC).astimezone(
        datetime.now(UTC).astimezone().tzinfo
    )
    assert time_step(jst) == time_step(datetime(2026, 1, 5, 18, 0, 10, tzinfo=UTC))


def code_at_offset(offset: int) -> str:
    return totp_code(SECRET, NOW + timedelta(seconds=30 * offset))


@pytest.mark.parametrize("offset", [-1, 0, 1])
def test_drift_one_accepts_neighbouring_steps(offset: int) -> None:
    result = match_step(SECRET, code_at_offset(offset), NOW, drift=1, after_step=None)
    assert result.step == time_step(NOW) + offset
    assert not result.replay


@pytest.mark.parametrize("offset", [-2, 2, 5])
def test_drift_one_refuses_two_steps_away(offset: int) -> None:
    result = match_step(SECRET, code_at_offset(offset), NOW, drift=1, after_step=None)
    assert result == OtpMatch(step=None, replay=False)
    assert not result.accepted


def test_drift_zero_accepts_only_current_step() -> None:
    assert match_step(SECRET, code_at_offset(0), NOW, drift=0, after_step=None).accepted
    for offset in (-1, 1):
        assert not match_step(
            SECRET, code_at_offset(offset), NOW, drift=0, after_step=None
        ).accepted


def test_negative_drift_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        match_step(SECRET, code_at_offset(0), NOW, drift=-1, after_step=None)


def test_replay_of_the_accepted_step_is_reported_as_replay() -> None:
    code = code_at_offset(0)
    first = match_step(SECRET, code, NOW, drift=1, after_step=None)
    assert first.step is not None
    again = match_step(SECRET, code, NOW + timedelta(seconds=5), drift=1, after_step=first.step)
    assert again == OtpMatch(step=None, replay=True, replayed_step=first.step)
    assert not again.accepted


def test_earlier_step_after_a_later_one_is_a_replay() -> None:
    now_step = time_step(NOW)
    result = match_step(SECRET, code_at_offset(-1), NOW, drift=1, after_step=now_step)
    assert result.replay and result.replayed_step == now_step - 1


def test_later_step_after_accepted_one_is_fresh() -> None:
    now_step = time_step(NOW)
    result = match_step(SECRET, code_at_offset(1), NOW, drift=1, after_step=now_step)
    assert result == OtpMatch(step=now_step + 1)


def test_wrong_code_is_not_a_replay() -> None:
    good = code_at_offset(0)
    wrong = f"{(int(good) + 1) % 1_000_000:06d}"
    result = match_step(SECRET, wrong, NOW, drift=1, after_step=time_step(NOW))
    assert result == OtpMatch(step=None, replay=False)


@pytest.mark.parametrize("code", ["", "12345", "1234567", "12345a", "１２３４５６", "12 345"])
def test_malformed_code_simply_does_not_match(code: str) -> None:
    assert match_step(SECRET, code, NOW, drift=1, after_step=None) == OtpMatch(step=None)


def test_new_secret_is_20_random_bytes() -> None:
    a, b = new_secret(), new_secret()
    assert len(a) == 20 and len(b) == 20 and a != b


def test_secret_to_base32_round_trips_through_pyotp() -> None:
    text = secret_to_base32(SEED["sha1"])
    assert text == "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
    assert pyotp.TOTP(text).byte_secret() == SEED["sha1"]


def test_provisioning_uri_is_explicit_and_parses() -> None:
    uri = provisioning_uri(SECRET, account="山田 太郎 (C-000123)", issuer="Example 証券")
    parsed = urlparse(uri)
    assert parsed.scheme == "otpauth" and parsed.netloc == "totp"
    query = parse_qs(parsed.query)
    assert query["algorithm"] == ["SHA1"]
    assert query["digits"] == ["6"]
    assert query["period"] == ["30"]
    assert query["issuer"] == ["Example 証券"]
    assert query["secret"] == [secret_to_base32(SECRET)]
    totp = pyotp.parse_uri(uri)
    assert isinstance(totp, pyotp.TOTP)
    assert totp.issuer == "Example 証券" and totp.name == "山田 太郎 (C-000123)"
    assert totp.at(NOW) == totp_code(SECRET, NOW)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("123456", "123456"),
        ("１２３４５６", "123456"),
        ("１２３　４５６", "123456"),
        ("123-456", "123456"),
        ("１２３－４５６", "123456"),
        (" 123 456 ", "123456"),
        ("０１２３４５", "012345"),
    ],
)
def test_normalise_code_accepts_what_agents_type(text: str, expected: str) -> None:
    assert normalise_code(text) == expected


@pytest.mark.parametrize(
    "text", ["", "12345", "1234567", "12345a", "①②③④⑤⑥", "١٢٣٤٥٦", "12.3456", "１２３４５"]
)
def test_normalise_code_refuses(text: str) -> None:
    with pytest.raises(MalformedCode) as info:
        normalise_code(text)
    assert text.strip() == "" or text not in str(info.value)
    assert "6 digits" in info.value.message


@given(st.text())
def test_normalise_code_returns_six_ascii_digits_or_refuses(text: str) -> None:
    try:
        code = normalise_code(text)
    except MalformedCode:
        return
    assert len(code) == 6 and all(ch in string.digits for ch in code)


@given(st.text(alphabet="0123456789０１２３４５６７８９ -\u3000", max_size=12))
def test_normalise_code_on_digit_like_text(text: str) -> None:
    try:
        code = normalise_code(text)
    except MalformedCode as exc:
        assert isinstance(exc, AuthDeskError)
        return
    assert len(code) == 6 and all(ch in string.digits for ch in code)


@given(
    st.text(max_size=10),
    st.integers(min_value=0, max_value=2),
    st.one_of(st.none(), st.integers(min_value=0, max_value=2**40)),
)
def test_match_step_never_raises_on_arbitrary_codes(
    code: str, drift: int, after_step: int | None
) -> None:
    result = match_step(SECRET, code, NOW, drift=drift, after_step=after_step)
    assert isinstance(result, OtpMatch)
