"""Fixtures of the core tests: a database with its people (``request_fixtures.Kit``) and the
agent most tests act as."""

from __future__ import annotations

import pytest
from request_fixtures import Kit, Person

from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.roles import Role


@pytest.fixture
def kit(desk: Desk, clock: FakeClock) -> Kit:
    return Kit(desk, clock)


@pytest.fixture
def agent(kit: Kit) -> Person:
    return kit.staff("agent1", Role.AGENT)
