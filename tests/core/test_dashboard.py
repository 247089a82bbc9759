"""The supervisors' dashboard (issue 12): per Japan day over the last 30, requests created and
approved, failed verifications and alerts per rule, counted from a seeded history."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from request_fixtures import Kit, Person

from authdesk.core.actions import Action
from authdesk.core.clock import FakeClock
from authdesk.core.dashboard import DAYS, Measure, count_days
from authdesk.core.errors import PermissionDenied
from authdesk.core.factors import WrongCode
from authdesk.core.roles import Role


def alert(kit: Kit, rule: str | None) -> None:
    """An ``alert.raised`` event as the alerts of issue 12 write it."""
    with kit.desk.kernel.write() as s:
        kit.desk.kernel.record(s, kit.desk.kernel.system_actor(), Action.ALERT_RAISED,
                               subject="alert:1", details={"rule": rule} if rule else {})


def wrong_code(kit: Kit, agent: Person, customer: int) -> None:
    kit.call(agent)
    handle = kit.desk.factors.start_verification(agent.handle, customer)
    with pytest.raises(WrongCode):
        kit.desk.factors.verify(agent.handle, handle.id, "000000")


def test_a_seeded_history_is_counted_per_japan_day(kit: Kit, agent: Person,
                                                   clock: FakeClock) -> None:
    supervisor = kit.staff("super1", Role.SUPERVISOR)
    # Every hour is a working hour here: the alert rules would otherwise raise real
    # out-of-hours alerts for the sign-in just after midnight below.
    kit.desk.policies.set(kit.admin, "alert_work_start_hour", 0)
    kit.desk.policies.set(kit.admin, "alert_work_end_hour", 24)
    # Day 1 (2026-01-05 in Japan): two requests, one approved; one wrong code; two alerts.
    first = kit.pending(agent, kit.customer(), number="7000001")
    kit.pending(agent, kit.customer(), number="7000002")
    kit.step_up(supervisor)
    kit.desk.requests.approve(supervisor.handle, first.id)
    customer = kit.customer()
    kit.active_factor(agent, customer)
    wrong_code(kit, agent, customer)
    alert(kit, "unmask_outside_call")
    alert(kit, "after_hours")
    # Day 3, just before midnight in Japan (14:59 UTC): one more alert of the first rule, one
    # without a rule; then just after midnight: the next day's.
    clock.set(datetime(2026, 1, 7, 14, 59, tzinfo=UTC))
    alert(kit, "unmask_outside_call")
    alert(kit, None)
    clock.set(datetime(2026, 1, 7, 15, 1, tzinfo=UTC))
    alert(kit, "after_hours")
    handle = kit.sign_in_again(supervisor).handle
    board = kit.desk.dashboard.daily(handle)
    assert len(board.days) == DAYS
    assert board.days[-1].day == date(2026, 1, 8)
    assert board.days[0].day == date(2026, 1, 8) - timedelta(days=DAYS - 1)
    by_day = {d.day: d for d in board.days}
    one, three, four = by_day[date(2026, 1, 5)], by_day[date(2026, 1, 7)], by_day[date(2026, 1, 8)]
    assert one.count(Measure.CREATED) == 2 and one.count(Measure.APPROVED) == 1
    assert one.count(Measure.VERIFICATION_FAILURES) == 1
    assert one.alerts == {"unmask_outside_call": 1, "after_hours": 1}
    assert three.alerts == {"unmask_outside_call": 1, "(unnamed)": 1}
    assert four.alerts == {"after_hours": 1}
    assert board.rules == ["(unnamed)", "after_hours", "unmask_outside_call"]
    assert board.total(Measure.CREATED) == 2 and board.alert_total() == 5
    assert board.alert_total("after_hours") == 2
    assert sum(d.count(Measure.CREATED) for d in board.days if d.day != one.day) == 0


def test_only_the_last_thirty_days_count(kit: Kit, clock: FakeClock) -> None:
    alert(kit, "after_hours")  # 2026-01-05
    clock.advance(days=DAYS)  # 2026-02-04: the 5th of January is 31 days back
    alert(kit, "after_hours")
    with kit.desk.kernel.read() as s:
        board = count_days(s, date(2026, 2, 4))
        assert board.alert_total() == 1
        assert count_days(s, date(2026, 2, 3)).alert_total() == 1  # the 5th is day one
        assert count_days(s, date(2026, 2, 4), days=31).alert_total() == 2


def test_agents_and_administrators_may_not_see_it(kit: Kit, agent: Person) -> None:
    with pytest.raises(PermissionDenied):
        kit.desk.dashboard.daily(agent.handle)
    with pytest.raises(PermissionDenied):
        kit.desk.dashboard.daily(kit.admin)
    assert kit.desk.dashboard.daily(kit.auditor).days  # auditors read it too
