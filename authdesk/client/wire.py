"""The wire between a workstation and the AuthDesk server: which operations may cross it, and
a typed JSON encoding of their arguments, results and refusals.

One endpoint, ``POST /v1/call``, carries ``{"service", "method", "args", "kwargs"}``; the
session handle travels in the ``X-AuthDesk-Session`` header, never in the body or a URL, and a
write carries an ``Idempotency-Key``. Only the pairs in ``OPERATIONS`` are dispatched: the
server never looks up an attribute a client names unless it is listed here.

Encoding: JSON values as they are; everything else as a one-key tagged object:
``{"$tuple": [...]}``, ``{"$set": [...]}``, ``{"$dict": [[key, value], ...]}`` (and
``$mappingproxy`` for a read-only one), ``{"$bytes":
base64}``, ``{"$datetime": iso}``, ``{"$date": iso}``, ``{"$timedelta": seconds}``,
``{"$enum": "module:Class", "value": v}``, ``{"$dataclass": "module:Class", "fields": {...}}``,
``{"$handle": token}`` (only a sign-in's answer). A refusal is ``{"$error": "module:Class",
"params": {...}}`` and becomes the same ``AuthDeskError`` class on the other side, so it reads
exactly as in embedded mode. Classes are looked up only in ``authdesk.core`` and only as
dataclasses, enums or ``AuthDeskError`` subclasses of it.
"""

from __future__ import annotations

import base64
import dataclasses
import enum
import importlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from types import MappingProxyType
from typing import Any

from authdesk.core.authority import SessionHandle
from authdesk.core.errors import AuthDeskError
from authdesk.core.remote import ServerRefused

CALL_PATH = "/v1/call"
HEALTH_PATH = "/health"
SESSION_HEADER = "X-AuthDesk-Session"
IDEMPOTENCY_HEADER = "Idempotency-Key"
_CORE = "authdesk.core."


@dataclass(frozen=True)
class Operation:
    """One service method the wire carries. ``handle``: it takes the session handle first;
    ``write``: it changes state, so it needs an idempotency key."""

    handle: bool = True
    write: bool = False


_R, _W = Operation(), Operation(write=True)
# The allow-list: (service attribute of core.desk.Desk, method). Anything else is refused.
OPERATIONS: dict[tuple[str, str], Operation] = {
    ("staff", "sign_in"): Operation(handle=False, write=True),
    ("staff", "has_admin"): Operation(handle=False),
    ("staff", "needs_first_admin"): Operation(handle=False),
    ("staff", "me"): _R,
    ("staff", "check_session"): _R,
    ("staff", "lock_session"): _W,
    ("staff", "unlock_session"): _W,
    ("staff", "sign_out"): _W,
    ("staff", "step_up"): _W,
    ("staff", "list"): _R,
    ("staff", "add"): _W,
    ("staff", "disable"): _W,
    ("staff", "set_roles"): _W,
    ("staff", "unlock"): _W,
    ("staff", "reset_totp"): _W,
    ("staff", "reset_password"): _W,
    ("customers", "search"): _R,
    ("customers", "view"): _R,
    ("customers", "unmask"): _R,
    ("customers", "add"): _W,
    ("customers", "change_contact"): _W,
    ("calls", "take"): _W,
    ("calls", "current"): _R,
    ("calls", "wrap_up"): _W,
    ("calls", "recent_for_customer"): _R,
    ("factors", "state"): _R,
    ("factors", "enroll"): _W,
    ("factors", "reenroll"): _W,
    ("factors", "revoke"): _W,
    ("factors", "activate"): _W,
    ("factors", "start_verification"): _W,
    ("factors", "verify"): _W,
    ("factors", "freshness"): _R,
    ("factors", "unlock"): _W,
    ("requests", "create"): _W,
    ("requests", "record_document"): _W,
    ("requests", "attach_document"): _W,
    ("requests", "record_callback"): _W,
    ("requests", "submit"): _W,
    ("requests", "approve"): _W,
    ("requests", "reject"): _W,
    ("requests", "cancel"): _W,
    ("requests", "apply_due"): _W,
    ("requests", "queue"): _R,
    ("requests", "get"): _R,
    ("requests", "creation_gate"): _R,
    ("notifications", "outbox"): _R,
    ("notifications", "mark_sent"): _W,
    ("notifications", "mark_failed"): _W,
    ("policies", "current"): _R,
    ("policies", "set"): _W,
    ("audit", "checkpoint"): _W,
    ("audit", "checkpoint_due"): Operation(handle=False),
}
SERVICES = frozenset(service for service, _ in OPERATIONS)


class WireError(ValueError):
    """Something on the wire that this encoding does not carry, or a class it refuses."""


def encode(value: Any) -> Any:
    """A JSON-ready form of ``value``; WireError for anything the wire does not carry."""
    if isinstance(value, enum.Enum):  # first: a StrEnum is a str too
        return {"$enum": _name(type(value)), "value": value.value}
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, tuple):
        return {"$tuple": [encode(v) for v in value]}
    if isinstance(value, set | frozenset):
        return {"$set": [encode(v) for v in value]}
    if isinstance(value, dict):
        return {"$dict": [[encode(k), encode(v)] for k, v in value.items()]}
    if isinstance(value, MappingProxyType):  # a read-only mapping stays read-only
        return {"$mappingproxy": [[encode(k), encode(v)] for k, v in value.items()]}
    if isinstance(value, bytes):
        return {"$bytes": base64.b64encode(value).decode("ascii")}
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, timedelta):
        return {"$timedelta": value.total_seconds()}
    if isinstance(value, SessionHandle):
        return {"$handle": value.token}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {"$dataclass": _name(type(value)),
                "fields": {f.name: encode(getattr(value, f.name))
                           for f in dataclasses.fields(value) if f.init}}
    raise WireError(f"a {type(value).__name__} does not cross the wire")


def decode(data: Any) -> Any:
    if data is None or isinstance(data, bool | int | float | str):
        return data
    if isinstance(data, list):
        return [decode(v) for v in data]
    if not isinstance(data, dict) or not data:
        raise WireError("not an encoded value")
    if "$enum" in data:
        cls = _class(data["$enum"])
        if not (isinstance(cls, type) and issubclass(cls, enum.Enum)):
            raise WireError(f"{data['$enum']} is not an enum")
        return cls(data["value"])
    if "$dataclass" in data:
        cls = _class(data["$dataclass"])
        if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)):
            raise WireError(f"{data['$dataclass']} is not a dataclass")
        fields = data.get("fields")
        if not isinstance(fields, dict):
            raise WireError("a dataclass needs its fields")
        try:
            return cls(**{str(k): decode(v) for k, v in fields.items()})
        except TypeError as exc:
            raise WireError(f"{data['$dataclass']}: {exc}") from None
    if len(data) != 1:
        raise WireError("unknown tags " + ",".join(sorted(map(str, data))))
    tag, value = next(iter(data.items()))
    try:
        if tag == "$tuple":
            return tuple(decode(v) for v in value)
        if tag == "$set":
            return frozenset(decode(v) for v in value)
        if tag == "$dict":
            return {decode(k): decode(v) for k, v in value}
        if tag == "$mappingproxy":
            return MappingProxyType({decode(k): decode(v) for k, v in value})
        if tag == "$bytes":
            return base64.b64decode(value, validate=True)
        if tag == "$datetime":
            return datetime.fromisoformat(value)
        if tag == "$date":
            return date.fromisoformat(value)
        if tag == "$timedelta":
            return timedelta(seconds=float(value))
        if tag == "$handle":
            return SessionHandle(str(value))
    except (TypeError, ValueError) as exc:
        raise WireError(f"{tag}: {exc}") from None
    raise WireError(f"unknown tag {tag}")


def encode_error(error: AuthDeskError) -> dict[str, Any]:
    return {"$error": _name(type(error)), "params": encode(error.params),
            "message": error.message}


def decode_error(data: Any) -> AuthDeskError:
    """The refusal as its own class with its own parameters; ``ServerRefused`` with the
    server's sentence when this version does not know the class."""
    message = str(data.get("message", "")) if isinstance(data, dict) else ""
    try:
        cls = _class(str(data["$error"]))
        params = decode(data["params"])
        if not (isinstance(cls, type) and issubclass(cls, AuthDeskError)
                and isinstance(params, dict)):
            raise WireError("not a refusal")
        return cls(**{str(k): v for k, v in params.items()})
    except (WireError, KeyError, TypeError, ValueError, IndexError):
        return ServerRefused(reason=message or "an answer this workstation cannot read")


def _name(cls: type) -> str:
    if not cls.__module__.startswith(_CORE):
        raise WireError(f"{cls.__module__}.{cls.__qualname__} does not cross the wire")
    return f"{cls.__module__}:{cls.__qualname__}"


def _class(name: str) -> Any:
    module, _, qualname = name.partition(":")
    if not module.startswith(_CORE) or not qualname or "." in qualname or qualname[:1] == "_":
        raise WireError(f"{name} is not a class of the core")
    try:
        found = getattr(importlib.import_module(module), qualname)
    except (ImportError, AttributeError):
        raise WireError(f"{name} is unknown here") from None
    if not isinstance(found, type):
        raise WireError(f"{name} is not a class")
    return found
