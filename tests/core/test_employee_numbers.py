"""Employee numbers: one canonical form for storage and for every person comparison (four eyes,
one active account per person). Anything that only looks like a number is refused."""

from __future__ import annotations

import pytest
from request_fixtures import Kit, Person
from sqlalchemy import select

from authdesk.core.desk import Desk
from authdesk.core.errors import InvalidInput
from authdesk.core.requests import RequestStatus, SameApproverRefused
from authdesk.core.roles import Role
from authdesk.core.staff import DuplicateEmployee
from authdesk.storage.models import AuditEvent, Staff

PASSWORD = "a long test password"


def _events(desk: Desk) -> list[tuple[str, str]]:
    with desk.kernel.read() as s:
        return [(e.action, e.details)
                for e in s.scalars(select(AuditEvent).order_by(AuditEvent.seq))]


def test_full_width_and_lower_case_forms_are_the_same_employee(kit: Kit) -> None:
    desk = kit.desk
    desk.staff.add(kit.admin, username="sato", display_name="Sato", employee_no=" e-7002 ",
                   roles=frozenset({Role.AGENT}), password=PASSWORD)
    with pytest.raises(DuplicateEmployee) as refused:
        desk.staff.add(kit.admin, username="sato2", display_name="Sato again",
                       employee_no="Ｅ－７００２", roles=frozenset({Role.SUPERVISOR}),
                       password=PASSWORD)
    assert refused.value.params == {"employee_no": "E-7002", "username": "sato"}
    with desk.kernel.read() as s:
        assert s.scalar(select(Staff.employee_no).where(Staff.username == "sato")) == "E-7002"
    added = [details for action, details in _events(desk) if action == "staff.added"]
    assert '"employee_no":"E-7002"' in added[-1]


@pytest.mark.parametrize("number", ["E-7002\u200b", "E\u20107002", "E\u00a07002",
                                    "E-7002\ufeff", "E\u22127002"])
def test_a_number_with_an_invisible_character_space_or_other_dash_is_refused(
        kit: Kit, number: str) -> None:
    desk = kit.desk
    desk.staff.add(kit.admin, username="sato", display_name="Sato", employee_no="E-7002",
                   roles=frozenset({Role.AGENT}), password=PASSWORD)
    before = len(_events(desk))
    # Taken as a second person, this would give one employee a second, approving login.
    with pytest.raises(InvalidInput) as refused:
        desk.staff.add(kit.admin, username="sato2", display_name="Sato again",
                       employee_no=number, roles=frozenset({Role.SUPERVISOR}),
                       password=PASSWORD)
    assert refused.value.params["field"] == "employee number"
    assert len(_events(desk)) == before
    with desk.kernel.read() as s:
        assert s.scalar(select(Staff.id).where(Staff.username == "sato2")) is None


def test_four_eyes_knows_a_full_width_number_is_the_same_person(kit: Kit) -> None:
    first_login = kit.staff("sato.agent", Role.AGENT, employee_no="E-7002")
    pending = kit.pending(first_login, kit.customer())
    kit.desk.staff.disable(kit.admin, "sato.agent")
    second = kit.staff("sato.super", Role.SUPERVISOR, employee_no="Ｅ－７００２")
    kit.step_up(second)
    with pytest.raises(SameApproverRefused, match="another login"):
        kit.desk.requests.approve(second.handle, pending.id)


def _pending_then_second_login_stored_as(kit: Kit, stored: str) -> tuple[Person, int]:
    """E-7002 submits a request and leaves; a supervisor login whose stored number is
    ``stored`` (written into the table directly, as an old row or one written around the rules
    would be) then tries to approve it."""
    first_login = kit.staff("sato.agent", Role.AGENT, employee_no="E-7002")
    pending = kit.pending(first_login, kit.customer())
    kit.desk.staff.disable(kit.admin, "sato.agent")
    second = kit.staff("sato.super", Role.SUPERVISOR, employee_no="E-9999")
    with kit.desk.kernel.write() as s:
        row = s.scalar(select(Staff).where(Staff.username == "sato.super"))
        assert row is not None
        row.employee_no = stored
    kit.step_up(second)
    return second, pending.id


@pytest.mark.parametrize("stored", ["ｅ－７００２", "e-7002 "])
def test_four_eyes_compares_the_canonical_form_of_numbers_stored_before_it(
        kit: Kit, stored: str) -> None:
    second, pending = _pending_then_second_login_stored_as(kit, stored)
    with pytest.raises(SameApproverRefused, match="another login"):
        kit.desk.requests.approve(second.handle, pending)


@pytest.mark.parametrize("stored", ["E-7002\u200b", "E\u20107002", "E-\u00a07002"])
def test_a_stored_number_with_an_invisible_character_or_other_dash_never_approves(
        kit: Kit, stored: str) -> None:
    second, pending = _pending_then_second_login_stored_as(kit, stored)
    # The comparison refuses rather than take it for another person.
    with pytest.raises(InvalidInput, match="employee number"):
        kit.desk.requests.approve(second.handle, pending)
    assert kit.desk.requests.get(second.handle, pending).status is RequestStatus.PENDING
