"""TOTP primitives (RFC 6238) over pyotp.

Only the arithmetic lives here: which time step a code belongs to, whether it is a replay.
Lock-outs, counters and freshness are the verification service's business. Nothing here logs
or formats a secret or a code into a message.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import quote, urlencode

import pyotp

from authdesk.core.errors import AuthDeskError
from authdesk.core.text import strip_separators, to_ascii_digits

DEFAULT_DIGITS = 6
DEFAULT_PERIOD = 30
DEFAULT_DIGEST = "sha1"
SECRET_BYTES = 20  # RFC 4226 recommends 160 bits

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_DIGESTS = {"sha1": "SHA1", "sha256": "SHA256", "sha512": "SHA512"}



class MalformedCode(AuthDeskError):
    template = "A code has exactly 6 digits. Please ask the customer to read it again."


@dataclass(frozen=True)
class OtpMatch:
    """The outcome of checking one code against the time window.

    ``step`` is the time step the code was accepted for (None if not accepted). ``replay`` is
    True when the code matched only steps at or below the last accepted step; ``replayed_step``
    then names the newest such step, for the audit log.
    """

    step: int | None
    replay: bool = False
    replayed_step: int | None = None

    @property
    def accepted(self) -> bool:
        return self.step is not None


def new_secret() -> bytes:
    return secrets.token_bytes(SECRET_BYTES)


def secret_to_base32(secret: bytes) -> str:
    # Authenticator apps dislike '=' padding in otpauth URIs; pyotp re-pads when decoding.
    return base64.b32encode(secret).decode("ascii").rstrip("=")


def provisioning_uri(secret: bytes, *, account: str, issuer: str) -> str:
    """The otpauth:// URI for a QR code, with algorithm, digits and period spelled out.

    pyotp omits parameters equal to the defaults; some apps then guess, so they are explicit.
    """
    label = f"{quote(issuer, safe='')}:{quote(account, safe='')}"
    query = urlencode(
        {
            "secret": secret_to_base32(secret),
            "issuer": issuer,
            "algorithm": "SHA1",
            "digits": str(DEFAULT_DIGITS),
            "period": str(DEFAULT_PERIOD),
        },
        quote_via=quote,
    )
    return f"otpauth://totp/{label}?{query}"


def normalise_code(text: str) -> str:
    """Return exactly six ASCII digits, or raise MalformedCode."""
    # Callers group digits ("123 456", "123-456") and Japanese IMEs produce full-width digits
    # and ー for '-'. Only separators are dropped; nothing else is guessed.
    code = strip_separators(to_ascii_digits(text), long_vowel_marks=True)
    # isdigit() alone would accept other scripts' digits; require ASCII explicitly.
    if len(code) != DEFAULT_DIGITS or not (code.isascii() and code.isdigit()):
        raise MalformedCode()
    return code


def time_step(at: datetime, period: int = DEFAULT_PERIOD) -> int:
    """The RFC 6238 counter T = floor((unix time) / period) for an aware datetime."""
    if at.tzinfo is None:
        # pyotp would read a naive time as local time; a silent shift of hours is worse.
        raise ValueError("time_step needs a timezone-aware datetime")
    if period <= 0:
        raise ValueError("period must be positive")
    return (at - _EPOCH) // timedelta(seconds=period)


def _totp(secret: bytes, digits: int, period: int, digest: str) -> pyotp.TOTP:
    try:
        digest_name = _DIGESTS[digest.lower()]
    except KeyError:
        raise ValueError(f"unsupported TOTP digest {digest!r}") from None
    return pyotp.TOTP(
        secret_to_base32(secret),
        digits=digits,
        interval=period,
        digest=getattr(hashlib, digest_name.lower()),
    )


def totp_code(
    secret: bytes,
    at: datetime,
    *,
    digits: int = DEFAULT_DIGITS,
    period: int = DEFAULT_PERIOD,
    digest: str = DEFAULT_DIGEST,
) -> str:
    """The code an authenticator app shows at ``at`` (for tests and demo data)."""
    return _totp(secret, digits, period, digest).generate_otp(time_step(at, period))


def match_step(
    secret: bytes,
    code: str,
    at: datetime,
    *,
    drift: int,
    after_step: int | None,
    digits: int = DEFAULT_DIGITS,
    period: int = DEFAULT_PERIOD,
    digest: str = DEFAULT_DIGEST,
) -> OtpMatch:
    """Check ``code`` against the steps now-drift .. now+drift.

    ``after_step`` is the last step already accepted for this factor (None if never): a code
    for that step or any earlier one is a replay (RFC 6238 §5.2), reported as such.
    """
    if drift < 0:
        raise ValueError("drift must not be negative")
    now = time_step(at, period)
    totp = _totp(secret, digits, period, digest)
    # The code's shape is not secret, so refusing a wrong shape early leaks nothing.
    if len(code) != digits or not (code.isascii() and code.isdigit()):
        return OtpMatch(step=None)
    given = code.encode("ascii")

    fresh: list[int] = []
    replayed: list[int] = []
    # Every candidate is generated and compared (no early exit) so timing does not reveal
    # which step, if any, matched.
    for step in range(now - drift, now + drift + 1):
        if step < 0:
            continue
        expected = totp.generate_otp(step).encode("ascii")
        if hmac.compare_digest(expected, given):
            if after_step is not None and step <= after_step:
                replayed.append(step)
            else:
                fresh.append(step)
    if fresh:
        # A collision across steps is ~1e-6; prefer the step nearest now, then the earlier one,
        # so a match never burns a future step needlessly.
        return OtpMatch(step=min(fresh, key=lambda s: (abs(s - now), s)))
    if replayed:
        return OtpMatch(step=None, replay=True, replayed_step=max(replayed))
    return OtpMatch(step=None)
