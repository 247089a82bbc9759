"""One list of audit actions, documented, with the older names still understood."""

from __future__ import annotations

import re
from pathlib import Path

from authdesk.core.actions import RENAMED, Action, action_of, spellings

DOC = Path(__file__).resolve().parents[2] / "docs" / "audit-format.md"
FORM = re.compile(r"^[a-z]+(\.[a-z_]+){1,3}$")


def test_every_action_and_every_older_name_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    for action in Action:
        assert f"| `{action.value}` |" in text, action
    for old in RENAMED:
        assert f"`{old}`" in text, old


def test_names_have_one_form_and_old_names_never_collide_with_new_ones() -> None:
    assert all(FORM.match(a.value) for a in Action)
    assert not set(RENAMED) & {a.value for a in Action}


def test_old_names_mean_their_action_and_queries_ask_for_every_spelling() -> None:
    assert action_of("totp.verify.failed") is Action.TOTP_VERIFICATION_FAILED
    assert action_of("request.approved") is Action.REQUEST_APPROVED
    assert action_of("no.such") is None
    assert spellings(Action.STAFF_SIGNED_IN) == ("staff.signed_in", "staff.signin")
