"""The tables reconciled with the audit log: is every security-relevant row's state the state
the log says it should have?

Every writer of such state records, in the event of the change, what the row holds after it
(``details["after"]``): a customer's withdrawal account, registered address, phone and e-mail
as keyed fingerprints (``KeyStore.fingerprint``: personal values never go into the log in the
clear); a factor's state and failure count; a staff member's roles, active flag and employee
number; a policy's value (``details["to"]`` of ``policy.changed``). A customer import records
one fingerprint of each imported row (``customer.batch.imported``, up to ``csvimport``'s batch
size per event). An upgrade baseline (``core.baseline``, ``state.baselined``) records the
state of the rows an older version left without such events, and counts as their event.
``check`` replays those events (only the actions that matter, keyset-paged
through the action index) into the expected state, reads the tables and names every row whose
state has no event behind it. docs/audit-format.md, "Fingerprints and reconciliation".

What it cannot see: a change made together with a forged event (that is the chain's and the
checkpoints' job), state outside the list above, and a row changed and changed back between
two verifications.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from authdesk.core.actions import Action, spellings
from authdesk.core.keys import KeyStore
from authdesk.core.policy import SPECS
from authdesk.storage.models import (
    AuditEvent,
    Customer,
    CustomerFactor,
    PolicySetting,
    Staff,
    WithdrawalLock,
)

if TYPE_CHECKING:
    from authdesk.core.authority import Actor
    from authdesk.core.kernel import Kernel

# The customer columns each fingerprint covers, in the order they are encoded.
ACCOUNT_COLUMNS = ("bank_code", "branch_code", "account_type", "account_number",
                   "account_holder")
ADDRESS_COLUMNS = ("postal_code", "address")
CUSTOMER_FIELDS: dict[str, tuple[str, ...]] = {
    "account": ACCOUNT_COLUMNS,
    "address": ADDRESS_COLUMNS,
    "phone": ("phone",),
    "email": ("email",),
}
# An imported row: one fingerprint over every column above (one HMAC a row, so a million-row
# import and its reconciliation stay cheap), which cannot say which of them differs.
RECORD_COLUMNS = (*ACCOUNT_COLUMNS, *ADDRESS_COLUMNS, "phone", "email")
RECORD = "record"
_COLUMNS = tuple(getattr(Customer, c) for c in ("number", *RECORD_COLUMNS))

CUSTOMER_ACTIONS = (Action.CUSTOMER_ADDED, Action.CUSTOMER_CONTACT_CHANGED,
                    Action.CUSTOMER_ACCOUNT_CHANGED)
IMPORT_ACTIONS = (Action.CUSTOMER_BATCH_IMPORTED,)
FACTOR_ACTIONS = (Action.FACTOR_ENROLLED, Action.FACTOR_ACTIVATED,
                  Action.FACTOR_ACTIVATION_FAILED, Action.FACTOR_LOCKED, Action.FACTOR_UNLOCKED,
                  Action.FACTOR_REVOKED, Action.TOTP_VERIFICATION_FAILED,
                  Action.TOTP_VERIFICATION_SUCCEEDED)
STAFF_ACTIONS = (Action.STAFF_ADDED, Action.STAFF_DISABLED, Action.STAFF_ROLES_CHANGED,
                 Action.STAFF_UNLOCKED, Action.STAFF_TOTP_RESET, Action.STAFF_PASSWORD_RESET)
POLICY_ACTIONS = (Action.POLICY_CHANGED,)
# An upgrade baseline (core.baseline): one action, a subject per table, ``details.rows`` maps
# each row's key to what it held ({number: customer.record fingerprint}, {factor id: {customer,
# state, failures}}, {username: staff after}, {policy name: value}).
BASELINE_ACTIONS = (Action.STATE_BASELINED,)
BASELINE_CUSTOMERS, BASELINE_FACTORS = "customers", "authenticators"
BASELINE_STAFF, BASELINE_POLICIES = "staff", "policies"
# The withdrawal-account lock (issue 11, core.accountlock): ``details.lock`` is the row,
# ``details.after`` its state.
LOCK_ACTIONS = (Action.WITHDRAWAL_LOCK_PLACED, Action.WITHDRAWAL_UNLOCK_REQUESTED,
                Action.WITHDRAWAL_UNLOCK_DOCUMENT_ATTACHED,
                Action.WITHDRAWAL_UNLOCK_CALLBACK_RECORDED, Action.WITHDRAWAL_LOCK_LIFTED)
PAGE = 5000


# --- What writers put in their events ----------------------------------------------------------


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def customer_fingerprints(keys: KeyStore, values: Mapping[Any, Any]) -> dict[str, str]:
    """``details["after"]`` of an event that adds or changes a customer: the fingerprint of
    each field (``values`` maps column names to the row's values, ``number`` included)."""
    number = str(values["number"])
    return {name: keys.fingerprint(f"customer.{name}", number,
                                   *(_text(values[c]) for c in columns))
            for name, columns in CUSTOMER_FIELDS.items()}


def record_fingerprint(keys: KeyStore, values: Mapping[Any, Any]) -> str:
    """The one fingerprint of an imported row."""
    return keys.fingerprint("customer.record", str(values["number"]),
                            *(_text(values[c]) for c in RECORD_COLUMNS))


def customer_after(keys: KeyStore, row: Customer) -> dict[str, str]:
    return customer_fingerprints(keys, {c: getattr(row, c) for c in ("number", *RECORD_COLUMNS)})


def factor_after(factor: CustomerFactor) -> dict[str, Any]:
    """``details["after"]`` of an event that changes a factor: its state and failure count."""
    return {"state": str(factor.state), "failures": int(factor.consecutive_failures or 0)}


def lock_after(row: WithdrawalLock) -> dict[str, Any]:
    """``details["after"]`` of an event that changes a withdrawal-account lock (issue 11)."""
    return {"state": "locked" if row.lifted_at is None else "lifted",
            "unlock_requested": row.unlock_requested_at is not None,
            "document": row.unlock_document_id,
            "callback": row.callback_at is not None}


def staff_after(row: Staff) -> dict[str, Any]:
    """``details["after"]`` of an event that adds or changes a staff account (in the clear)."""
    return {"roles": sorted({part for part in (row.roles or "").split(",") if part}),
            "active": bool(row.active),
            "employee_no": row.employee_no}


def record_imported(kernel: Kernel, s: Session, actor: Actor,
                    rows: Sequence[Mapping[str, Any]]) -> None:
    """One ``customer.batch.imported`` event for rows just written by the import, in its
    transaction: ``{"count": n, "records": {number: fingerprint}}``."""
    if not rows:
        return
    record = kernel.keys.fingerprinter("customer.record")
    records = {str(v["number"]): record(str(v["number"]), *(_text(v[c]) for c in RECORD_COLUMNS))
               for v in rows}
    kernel.record(s, actor, Action.CUSTOMER_BATCH_IMPORTED, subject="customers",
                  details={"count": len(records), "records": records})


# --- What verification reports -----------------------------------------------------------------


FIELD_NAMES = {
    "account": "withdrawal account",
    "address": "registered address",
    "phone": "phone",
    "email": "e-mail",
    RECORD: "registered details (withdrawal account, address, phone or e-mail)",
    "authenticator": "authenticator state",
    "roles": "roles",
    "active": "active flag",
    "employee_no": "employee number",
    "value": "value",
    "withdrawal_lock": "withdrawal-account lock",
}


@dataclass(frozen=True)
class Mismatch:
    """One row whose state the log does not account for.

    ``table`` is customer, staff or policy; ``key`` the customer number, username or policy
    name; ``field`` one of ``FIELD_NAMES`` or "row"; ``problem`` is "differs" (the table holds
    something else than event ``since`` left), "no_event" (no event behind the row or value at
    all; ``since`` is None) or "missing" (the log has the row, the table not)."""

    table: str
    key: str
    field: str
    since: int | None
    problem: str = "differs"
    # The factor row of an authenticator mismatch (the customer number does not say which).
    row_id: int | None = dataclasses.field(default=None, compare=False, repr=False)

    @property
    def sentence(self) -> str:
        what = FIELD_NAMES.get(self.field, self.field)
        if self.problem == "missing":
            return (f"{self.table} {self.key} is in the log (event #{self.since}) but not in "
                    "the table")
        if self.problem == "no_event" and self.field == "row":
            return f"{self.table} {self.key} has no event behind it"
        if self.problem == "no_event" or self.since is None:
            return f"{self.table} {self.key}: {what} has no event behind it"
        verb = "differ" if self.field in ("roles", RECORD) else "differs"
        return f"{self.table} {self.key}: {what} {verb} from the log since event #{self.since}"


# --- Replaying the log -------------------------------------------------------------------------


def _events(s: Session, actions: Sequence[Action], cancelled: Callable[[], bool] | None,
            of_subject: str | None = None) -> Iterator[tuple[int, str, dict[str, Any]]]:
    """(seq, subject, details) of every event of these actions (each spelling walked through
    the action index in sequence order, a page at a time), of this subject if given."""
    for name in spellings(*actions):
        after = 0
        while True:
            if cancelled is not None and cancelled():
                raise ReconcileCancelled()
            query = (select(AuditEvent.seq, AuditEvent.subject, AuditEvent.details)
                     .where(AuditEvent.action == name, AuditEvent.seq > after))
            if of_subject is not None:
                query = query.where(AuditEvent.subject == of_subject)
            rows = s.execute(query.order_by(AuditEvent.seq).limit(PAGE)).all()
            if not rows:
                break
            for seq, subject, text in rows:
                try:
                    details = json.loads(text)
                except ValueError:
                    details = None
                yield seq, subject, details if isinstance(details, dict) else {}
            after = rows[-1][0]


class ReconcileCancelled(Exception):
    pass


def _keep(table: dict[Any, tuple[Any, ...]], key: Any, seq: int, *value: Any) -> None:
    """Keep the newest event's word about ``key`` (events arrive grouped by action)."""
    held = table.get(key)
    if held is None or held[0] < seq:
        table[key] = (seq, *value)


def _baselined(s: Session, subject: str,
               cancelled: Callable[[], bool] | None) -> Iterator[tuple[int, str, Any]]:
    """(seq, key, what the row held) of every row an upgrade baseline recorded."""
    for seq, _subject, details in _events(s, BASELINE_ACTIONS, cancelled, subject):
        rows = details.get("rows")
        if isinstance(rows, dict):
            for key, held in rows.items():
                yield seq, key, held


def _of(subject: str, kind: str) -> str | None:
    prefix = f"{kind}:"
    return subject[len(prefix):] if subject.startswith(prefix) else None


def check(session: Session, keys: KeyStore, *,
          cancelled: Callable[[], bool] | None = None) -> list[Mismatch]:
    """Every row of the customer, customer_factor, staff and policy_setting tables whose
    security-relevant state differs from what the audit log says, or that has no event
    behind it; customers first, in table order."""
    mismatches: list[Mismatch] = []
    mismatches += _customers(session, keys, cancelled)
    mismatches += _factors(session, cancelled)
    mismatches += _staff(session, cancelled)
    mismatches += _policies(session, cancelled)
    mismatches += _locks(session, cancelled)
    return mismatches


def _customers(s: Session, keys: KeyStore,
               cancelled: Callable[[], bool] | None) -> list[Mismatch]:
    expected: dict[str, tuple[Any, ...]] = {}
    for seq, subject, details in _events(s, CUSTOMER_ACTIONS, cancelled):
        number, after = _of(subject, "customer"), details.get("after")
        if number and isinstance(after, dict):
            _keep(expected, number, seq, after)
    for seq, _subject, details in _events(s, IMPORT_ACTIONS, cancelled):
        records = details.get("records")
        if isinstance(records, dict):
            for number, fingerprint in records.items():
                _keep(expected, number, seq, fingerprint)
    for seq, number, fingerprint in _baselined(s, BASELINE_CUSTOMERS, cancelled):
        _keep(expected, number, seq, fingerprint)
    out: list[Mismatch] = []
    record = keys.fingerprinter("customer.record")  # the one per row of most customers
    after_id = 0
    while True:
        if cancelled is not None and cancelled():
            raise ReconcileCancelled()
        rows = s.execute(select(Customer.id, *_COLUMNS).where(Customer.id > after_id)
                         .order_by(Customer.id).limit(PAGE)).all()
        if not rows:
            break
        after_id = rows[-1][0]
        for row in rows:
            number = row[1]
            held = expected.pop(number, None)
            if held is None:
                out.append(Mismatch("customer", number, "row", None, "no_event"))
                continue
            seq, said = held
            if isinstance(said, dict):
                now = customer_fingerprints(keys, row._mapping)
                out += [Mismatch("customer", number, name, seq)
                        for name in CUSTOMER_FIELDS if said.get(name) != now[name]]
            elif said != record(number, *row[2:]):
                out.append(Mismatch("customer", number, RECORD, seq))
    out += [Mismatch("customer", number, "row", held[0], "missing")
            for number, held in sorted(expected.items())]
    return out


def _factors(s: Session, cancelled: Callable[[], bool] | None) -> list[Mismatch]:
    expected: dict[int, tuple[Any, ...]] = {}
    for seq, subject, details in _events(s, FACTOR_ACTIONS, cancelled):
        factor, after = details.get("factor"), details.get("after")
        if isinstance(factor, int) and isinstance(after, dict):
            _keep(expected, factor, seq, _of(subject, "customer") or "?", after.get("state"),
                  after.get("failures"))
    for seq, key, held in _baselined(s, BASELINE_FACTORS, cancelled):
        if isinstance(held, dict) and key.isdigit():
            _keep(expected, int(key), seq, held.get("customer") or "?", held.get("state"),
                  held.get("failures"))
    out: list[Mismatch] = []
    after_id = 0
    while True:
        if cancelled is not None and cancelled():
            raise ReconcileCancelled()
        rows = s.execute(
            select(CustomerFactor.id, CustomerFactor.state, CustomerFactor.consecutive_failures,
                   Customer.number)
            .join(Customer, Customer.id == CustomerFactor.customer_id)
            .where(CustomerFactor.id > after_id).order_by(CustomerFactor.id).limit(PAGE)).all()
        if not rows:
            break
        after_id = rows[-1][0]
        for factor_id, state, failures, number in rows:
            held = expected.pop(factor_id, None)
            if held is None:
                out.append(Mismatch("customer", number, "authenticator", None, "no_event",
                                    factor_id))
            elif (held[2], held[3]) != (str(state), int(failures or 0)):
                out.append(Mismatch("customer", number, "authenticator", held[0],
                                    row_id=factor_id))
    out += [Mismatch("customer", held[1], "authenticator", held[0], "missing", factor_id)
            for factor_id, held in sorted(expected.items())]
    return out


def _staff(s: Session, cancelled: Callable[[], bool] | None) -> list[Mismatch]:
    expected: dict[str, tuple[Any, ...]] = {}
    for seq, subject, details in _events(s, STAFF_ACTIONS, cancelled):
        username, after = _of(subject, "staff"), details.get("after")
        if username and isinstance(after, dict):
            _keep(expected, username, seq, after)
    for seq, username, held in _baselined(s, BASELINE_STAFF, cancelled):
        if isinstance(held, dict):
            _keep(expected, username, seq, held)
    out: list[Mismatch] = []
    for row in s.scalars(select(Staff).order_by(Staff.username)):
        held = expected.pop(row.username, None)
        if held is None:
            out.append(Mismatch("staff", row.username, "row", None, "no_event"))
            continue
        seq, said = held
        now = staff_after(row)
        out += [Mismatch("staff", row.username, name, seq)
                for name in ("roles", "active", "employee_no") if said.get(name) != now[name]]
    out += [Mismatch("staff", username, "row", held[0], "missing")
            for username, held in sorted(expected.items())]
    return out


def _policies(s: Session, cancelled: Callable[[], bool] | None) -> list[Mismatch]:
    expected: dict[str, tuple[Any, ...]] = {}
    for seq, subject, details in _events(s, POLICY_ACTIONS, cancelled):
        name = _of(subject, "policy")
        if name:
            _keep(expected, name, seq, details.get("to"))
    for seq, name, value in _baselined(s, BASELINE_POLICIES, cancelled):
        _keep(expected, name, seq, value)
    stored = {name: value for name, value in s.execute(
        select(PolicySetting.name, PolicySetting.value))}
    out: list[Mismatch] = []
    for name, spec in SPECS.items():
        held = expected.get(name)
        said = held[1] if held else spec.default
        if stored.get(name, spec.default) != said:
            out.append(Mismatch("policy", name, "value", held[0] if held else None,
                                "differs" if held else "no_event"))
    return out


def _locks(s: Session, cancelled: Callable[[], bool] | None) -> list[Mismatch]:
    """Withdrawal-account locks (issue 11): each row's state as its latest event left it."""
    expected: dict[int, tuple[Any, ...]] = {}
    for seq, subject, details in _events(s, LOCK_ACTIONS, cancelled):
        lock, after = details.get("lock"), details.get("after")
        if isinstance(lock, int) and isinstance(after, dict):
            _keep(expected, lock, seq, _of(subject, "customer") or "?", after)
    out: list[Mismatch] = []
    rows = s.execute(select(WithdrawalLock, Customer.number)
                     .join(Customer, Customer.id == WithdrawalLock.customer_id)
                     .order_by(WithdrawalLock.id)).all()
    for row, number in rows:
        held = expected.pop(row.id, None)
        if held is None:
            out.append(Mismatch("customer", number, "withdrawal_lock", None, "no_event", row.id))
        elif held[2] != lock_after(row):
            out.append(Mismatch("customer", number, "withdrawal_lock", held[0], row_id=row.id))
    out += [Mismatch("customer", held[1], "withdrawal_lock", held[0], "missing", lock_id)
            for lock_id, held in sorted(expected.items())]
    return out
