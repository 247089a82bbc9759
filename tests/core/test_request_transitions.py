"""The request transition table is the one place status changes are decided."""

from __future__ import annotations

import pytest

from authdesk.core.requests import FINAL, TRANSITIONS, RequestStatus, Transition, _move
from authdesk.storage.models import ChangeRequest


def test_every_status_but_the_final_ones_can_leave_and_final_ones_cannot() -> None:
    sources = set().union(*(from_ for from_, _ in TRANSITIONS.values()))
    assert sources == set(RequestStatus) - FINAL
    assert all(target is not RequestStatus.DRAFT for _, target in TRANSITIONS.values())


@pytest.mark.parametrize("transition", list(Transition))
@pytest.mark.parametrize("status", list(RequestStatus))
def test_move_follows_the_table(transition: Transition, status: RequestStatus) -> None:
    row = ChangeRequest(id=1, status=str(status))
    sources, target = TRANSITIONS[transition]
    if status in sources:
        assert _move(row, transition) is status
        assert row.status == target
    else:
        with pytest.raises(AssertionError):
            _move(row, transition)
        assert row.status == status


def test_the_table_says_what_the_lifecycle_says() -> None:
    assert TRANSITIONS[Transition.APPROVE] == ({RequestStatus.PENDING}, RequestStatus.APPROVED)
    assert RequestStatus.APPROVED in TRANSITIONS[Transition.CANCEL][0]  # cooling-off cancel
    assert RequestStatus.APPROVED not in TRANSITIONS[Transition.EXPIRE][0]
