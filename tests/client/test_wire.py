"""The wire's encoding: core values survive the trip with their types, refusals come back as
their own class with their parameters, and nothing outside the core's dataclasses, enums and
errors is ever built from what a peer sends."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from types import MappingProxyType

import pytest

from authdesk.client import wire
from authdesk.core.authority import SessionHandle
from authdesk.core.errors import AuthDeskError, InvalidInput, PermissionDenied
from authdesk.core.factors import VerificationHandle, WrongCode
from authdesk.core.factorstate import FactorState
from authdesk.core.remote import ServerRefused
from authdesk.core.roles import Role
from authdesk.core.staff import Me


def trip(value: object) -> object:
    return wire.decode(json.loads(json.dumps(wire.encode(value))))


def test_values_keep_their_types() -> None:
    at = datetime(2026, 12, 3, 9, 30, tzinfo=UTC)
    values: list[object] = [
        None, True, 7, 1.5, "見本", [1, "a"], (1, 2), frozenset({Role.AGENT}),
        {"a": 1, 2: "b"}, MappingProxyType({"k": (1,)}), b"\x00\xff", at, date(2026, 1, 5),
        timedelta(minutes=15), FactorState.ACTIVE, Role.SUPERVISOR,
        VerificationHandle(3, 4, "C0000004", at, 5),
        Me("tanaka", "田中", "E001", frozenset({Role.AGENT}), "WS-A"),
    ]
    for value in values:
        back = trip(value)
        assert back == value and type(back) is type(value), value
    handle = SessionHandle.new()
    assert trip(handle) == handle  # only a sign-in's answer carries one


@pytest.mark.parametrize("error", [
    WrongCode(attempts_left=3), PermissionDenied(operation="staff.view"),
    InvalidInput(field="phone", reason="use digits"),
])
def test_refusals_come_back_as_their_class_with_their_parameters(error: AuthDeskError) -> None:
    back = wire.decode_error(json.loads(json.dumps(wire.encode_error(error))))
    assert type(back) is type(error)
    assert back.params == error.params and back.message == error.message


@pytest.mark.parametrize("data", [
    {"$dataclass": "subprocess:Popen", "fields": {"args": ["true"]}},
    {"$dataclass": "authdesk.storage.db:Database", "fields": {"url": "sqlite://"}},
    {"$dataclass": "authdesk.core.desk:Desk", "fields": {}},
    {"$dataclass": "authdesk.core.kernel:Kernel", "fields": {}},
    {"$enum": "os:environ", "value": 1},
    {"$dataclass": "authdesk.core.staff:_info", "fields": {}},
    {"$tuple": [1], "$set": [2]},
    {"unknown": 1},
])
def test_only_core_dataclasses_and_enums_are_built(data: dict[str, object]) -> None:
    with pytest.raises(wire.WireError):
        wire.decode(data)


def test_an_unknown_refusal_reads_as_the_servers_sentence() -> None:
    back = wire.decode_error({"$error": "builtins:SystemExit", "params": {"$dict": []},
                              "message": "something"})
    assert isinstance(back, ServerRefused) and "something" in back.message


def test_values_outside_the_wire_are_refused_when_sent() -> None:
    from pathlib import Path

    for value in (Path("/etc/passwd"), object(), lambda: None):
        with pytest.raises(wire.WireError):
            wire.encode(value)


def test_the_allow_list_names_only_real_public_service_methods() -> None:
    import inspect

    from authdesk.core.desk import Desk

    for (service, method), operation in wire.OPERATIONS.items():
        assert not method.startswith("_")
        service_class = {
            "staff": "StaffService", "customers": "CustomerService", "calls": "CallService",
            "factors": "FactorService", "requests": "RequestService",
            "notifications": "NotificationService", "policies": "PolicyService",
            "audit": "AuditService"}[service]
        module = inspect.getmodule(Desk)
        found = getattr(getattr(module, service_class), method)
        params = list(inspect.signature(found).parameters)
        assert (params[1:2] == ["handle"]) == operation.handle, (service, method)
