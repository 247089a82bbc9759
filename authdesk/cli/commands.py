"""The ``authdesk-admin`` commands. Each takes the context and the parsed arguments and returns
the exit code; refusals are raised as ``AuthDeskError`` and turned into one sentence by main."""

from __future__ import annotations

import argparse
import importlib
from dataclasses import asdict, is_dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from authdesk.cli.context import Context, SignInNeeded, UsageError
from authdesk.core import baseline
from authdesk.core.auditlog import EXPORT_FORMATS, manifest_path
from authdesk.core.auditquery import AuditFilter
from authdesk.core.csvimport import ImportProgress, import_customers
from authdesk.core.desk import Desk
from authdesk.core.kernel import storage_errors
from authdesk.core.keys import KeysMissing, WrongKey, key_id_of, usable_backend
from authdesk.core.keyservice import stage_import
from authdesk.core.lookback import ReportFormat, lookback_csv
from authdesk.core.policy import SPECS
from authdesk.core.roles import Role
from authdesk.core.staff import Enrollment, StaffInfo
from authdesk.printing.pdf import write_private
from authdesk.storage.db import Database
from authdesk.storage.pgroles import (
    remembered_app_role,
    role_exists,
    set_up_app_role,
    valid_role_name,
)

OK, CHECK_FAILED = 0, 1


def _enrollment_lines(enrol: Enrollment, stdout_is_tty: bool) -> list[str]:
    lines = [
        f"Give {enrol.username} these once; they are not shown again:",
        f"  otpauth URI: {enrol.uri}",
        f"  manual key:  {enrol.manual_key}",
    ]
    if stdout_is_tty:
        import io

        import qrcode

        qr = qrcode.QRCode(border=1)
        qr.add_data(enrol.uri)
        text = io.StringIO()
        qr.print_ascii(out=text, invert=True)
        lines += ["  or scan:", text.getvalue().rstrip("\n")]
    return lines


def _enrollment_data(enrol: Enrollment) -> dict[str, str]:
    return {"username": enrol.username, "otpauth_uri": enrol.uri, "manual_key": enrol.manual_key}


def _tty(ctx: Context) -> bool:
    return ctx.out.stdout.isatty()


def _read_new_password(ctx: Context, username: str) -> str:
    return ctx.prompter.secret(f"Password for {username}", confirm=True)


# -- customers -----------------------------------------------------------------------------------


def cmd_customers_import(ctx: Context, args: argparse.Namespace) -> int:
    desk, me = ctx.signed_in()
    shown = ctx.out.counter("Rows read")

    def progress(at: ImportProgress) -> None:
        if shown is not None:
            shown(at.rows)

    try:
        report = import_customers(desk.kernel, me, Path(args.file),
                                  progress=progress if shown is not None else None)
    finally:
        ctx.out.end_counter(shown)
    data: dict[str, Any] = {"ok": report.ok, "rows": report.rows, "imported": report.imported,
                            "error_count": report.error_count,
                            "errors": [{"line": e.line, "reason": e.reason}
                                       for e in report.errors]}
    if report.ok:
        ctx.out.result(data, f"Imported {report.imported:,} customers from {args.file}.")
        return OK
    lines = [f"line {e.line}: {e.reason}" for e in report.errors]
    if report.error_count > len(report.errors):
        lines.append(f"... and {report.error_count - len(report.errors):,} more bad rows")
    ctx.out.result(data, lines)
    ctx.out.error(f"{report.error_count:,} of {report.rows:,} rows are bad; no customer was "
                  "imported.")
    return CHECK_FAILED


# -- init ----------------------------------------------------------------------------------------


def cmd_init(ctx: Context, args: argparse.Namespace) -> int:
    """Create or upgrade the database, as the role that owns its tables. On PostgreSQL also
    give the application's own role its grants (docs/deployment-database.md). Standard input,
    in this order when not on a terminal: the sign-in of an administrator (a database in use),
    the new application role's password (twice on a terminal), the first administrator."""
    usable_backend()  # no keyring: refuse before a database file is created
    if args.owner_url:
        ctx.config = replace(ctx.config, database_url=args.owner_url)
    db = ctx.database(create=True)
    if args.app_role is not None and db.is_sqlite:
        raise UsageError(reason="--app-role is for PostgreSQL: an embedded SQLite database has "
                                "no roles")
    if args.app_role is not None and not valid_role_name(args.app_role):
        raise UsageError(reason=f"{args.app_role!r} is not a usable role name (use lower-case "
                                "letters, digits and '_', starting with a letter)")
    with storage_errors():
        fresh = db.schema_state() == "empty"
    if not fresh:
        # Through the context, so the session signed in here is signed out when the command ends.
        existing = ctx.open_desk(as_owner=True) if db.schema_state() == "current" else None
        if existing is not None and not existing.staff.needs_first_admin():
            # Upgrading or re-checking a database in use is an administrator's act: signing in
            # proves who it is, and the core decides whether they may.
            _, me = ctx.signed_in(existing)
            existing.staff.authorize_set_up(me)
    app_password = None
    if args.app_role is not None:
        with storage_errors():
            if not role_exists(db, args.app_role):
                app_password = ctx.prompter.secret(f"Password for the database role "
                                                   f"{args.app_role}", confirm=True)
    desk = Desk.initialise(db, workstation=ctx.workstation)
    data: dict[str, Any] = {"database": db.describe(), "database_id": desk.installation_id,
                            "key_id": key_id_of(desk.keys.public_key_hex), "created": fresh}
    data["keyring"] = desk.keys.backend_name
    lines = [f"{'Created' if fresh else 'Checked'} database {db.describe()} "
             f"(id {desk.installation_id}, key id {data['key_id']}).",
             f"Its keys are in this workstation's keyring ({desk.keys.backend_name})."]
    if not db.is_sqlite:
        lines += _app_role(db, args.app_role, app_password, data)
    if not desk.staff.needs_first_admin():
        lines.append("Staff accounts exist already; administrators add the others.")
    elif args.no_admin:
        lines.append("No administrator yet: run 'authdesk-admin init' again to create one.")
    else:
        username = args.admin_username or ctx.prompter.text("Administrator username")
        name = args.admin_name or ctx.prompter.text("Full name")
        employee_no = args.admin_employee_no or ctx.prompter.text("Employee number")
        password = _read_new_password(ctx, username)
        enrol = desk.staff.create_first_admin(username=username, display_name=name,
                                              employee_no=employee_no, password=password)
        data["admin"] = _enrollment_data(enrol)
        lines.append(f"Administrator {username} created.")
        lines += _enrollment_lines(enrol, _tty(ctx))
    # Setting up, and adding the first administrator, each signed the head as they committed.
    ctx.out.result(data, lines)
    return OK


def _app_role(db: Database, role: str | None, password: str | None,
              data: dict[str, Any]) -> list[str]:
    """Grant the application's role (given now, or remembered from an earlier init) what it
    needs and no more; a new migration's tables are covered by running init again."""
    with storage_errors():
        role = role or remembered_app_role(db)
        if role is None:
            data["app_role"] = None
            return ["No application role is set up yet: workstations refuse to work as a role "
                    "that can change the audit log. Run init again with --app-role NAME."]
        data["app_role"] = role
        data["app_role_grants"] = set_up_app_role(db, role, password)
    app_url = db.url.set(username=role, password=None).render_as_string(hide_password=True)
    return [f"Application role {role}: it may add and read audit events and checkpoints, never "
            "change or delete them.",
            f"Workstations connect as it: database_url = \"{app_url}\" (the password in "
            "~/.pgpass or PGPASSWORD, not in the file)."]


# -- staff ---------------------------------------------------------------------------------------


def cmd_staff_add(ctx: Context, args: argparse.Namespace) -> int:
    desk, me = ctx.signed_in()
    roles = frozenset(Role(r) for r in args.role)
    password = _read_new_password(ctx, args.username)
    enrol = desk.staff.add(me, username=args.username, display_name=args.name,
                           employee_no=args.employee_no, roles=roles, password=password)
    added = f"Staff member {enrol.username} added (roles: {', '.join(sorted(roles))})."
    ctx.out.result(_enrollment_data(enrol), [added, *_enrollment_lines(enrol, _tty(ctx))])
    return OK


def _staff_row(info: StaffInfo) -> dict[str, Any]:
    return {"username": info.username, "name": info.display_name,
            "employee_no": info.employee_no, "roles": sorted(info.roles),
            "active": info.active,
            "locked_until": info.locked_until.isoformat() if info.locked_until else None,
            "totp_confirmed": info.totp_confirmed}


def cmd_staff_list(ctx: Context, args: argparse.Namespace) -> int:
    desk, me = ctx.signed_in()
    staff = desk.staff.list(me)
    now = desk.clock.now()
    lines = [f"{'USERNAME':<20} {'EMPLOYEE':<10} {'ROLES':<28} STATE"]
    for info in staff:
        state = "disabled" if not info.active else (
            f"locked until {info.locked_until:%Y-%m-%d %H:%M}Z"
            if info.locked_until and info.locked_until > now else "active")
        if info.active and not info.totp_confirmed:
            state += ", code not yet used"
        lines.append(f"{info.username:<20} {info.employee_no:<10} "
                     f"{','.join(sorted(info.roles)):<28} {state}")
    if not staff:
        lines = ["No staff accounts yet."]
    ctx.out.result([_staff_row(i) for i in staff], lines)
    return OK


def cmd_staff_disable(ctx: Context, args: argparse.Namespace) -> int:
    desk, me = ctx.signed_in()
    desk.staff.disable(me, args.username)
    ctx.out.result({"username": args.username, "active": False},
                   f"Staff member {args.username} disabled; open sessions ended.")
    return OK


def cmd_staff_unlock(ctx: Context, args: argparse.Namespace) -> int:
    desk, me = ctx.signed_in()
    desk.staff.unlock(me, args.username)
    ctx.out.result({"username": args.username, "unlocked": True},
                   f"Staff member {args.username} unlocked.")
    return OK


def cmd_staff_reset_totp(ctx: Context, args: argparse.Namespace) -> int:
    desk, me = ctx.signed_in()
    enrol = desk.staff.reset_totp(me, args.username)
    reset = f"New authenticator key for {enrol.username}; the old one no longer works."
    ctx.out.result(_enrollment_data(enrol), [reset, *_enrollment_lines(enrol, _tty(ctx))])
    return OK


def cmd_staff_reset_password(ctx: Context, args: argparse.Namespace) -> int:
    desk, me = ctx.signed_in()
    password = _read_new_password(ctx, args.username)
    desk.staff.reset_password(me, args.username, password)
    ctx.out.result({"username": args.username, "password_reset": True},
                   f"New password set for {args.username}; open sessions ended.")
    return OK


# -- demo ----------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    return value


def cmd_demo_seed(ctx: Context, args: argparse.Namespace) -> int:
    desk = ctx.open_desk()
    try:
        demo = importlib.import_module("authdesk.demo")
    except ModuleNotFoundError as exc:
        if exc.name != "authdesk.demo":
            raise
        raise UsageError(reason="demo data is not available in this version of AuthDesk") from None
    result = _plain(demo.seed(desk))
    lines = ["Demo data added (all names, numbers and accounts are fictitious)."]
    if isinstance(result, dict) and all(isinstance(result.get(k, []), list)
                                        for k in ("staff", "customers")):
        lines += _demo_lines(result)
    elif result is not None:
        lines.append(str(result))
    ctx.out.result({"seeded": True, "result": result}, lines)
    return OK


def _demo_lines(result: dict[str, Any]) -> list[str]:
    """The demo sign-ins and authenticator keys, one line each (they are fake by design)."""
    lines = []
    for s in result.get("staff", []):
        roles = ",".join(str(r) for r in s.get("roles", ()))
        lines.append(f"  staff     {s.get('username', ''):<14} {roles:<11} password "
                     f"{s.get('password', '')}  key {s.get('manual_key', '')}")
    for c in result.get("customers", []):
        lines.append(f"  customer  {c.get('number', '')} {c.get('name', '')}  "
                     f"{c.get('factor_state', ''):<8} {c.get('note', '')}")
    return lines


# -- audit ---------------------------------------------------------------------------------------


# Rows named one by one in the text output of 'audit verify' (all of them with --json).
MISMATCHES_SHOWN = 50


def cmd_audit_verify(ctx: Context, args: argparse.Namespace) -> int:
    desk, me = ctx.signed_in()
    result = desk.audit.verify(me, progress=ctx.out.progress("Verifying"))
    damage = result.damage
    data = {"ok": result.ok, "events": result.events, "head_seq": result.head_seq,
            "head_hash": result.head_hash, "checkpoints": result.checkpoints,
            "damage": asdict(damage) if damage else None, "notes": result.notes,
            "workstation_memory": "damaged" if result.memory_error else "ok",
            "mismatches": [{**asdict(m), "sentence": m.sentence} for m in result.mismatches]}
    if damage is not None and damage.kind == "state_differs":
        shown = result.mismatches[:MISMATCHES_SHOWN]
        lines = [f"Events and checkpoints intact: {result.events:,} events "
                 f"(1..{result.head_seq}), {result.checkpoints} signed checkpoint(s), but "
                 f"{len(result.mismatches):,} table row(s) disagree with the log:"]
        lines += [f"  {m.sentence}" for m in shown]
        if len(result.mismatches) > len(shown):
            lines.append(f"  ... and {len(result.mismatches) - len(shown):,} more "
                         "(--json lists them all)")
    elif damage is None and result.memory_error is not None:
        lines = [f"Events and checkpoints intact: {result.events:,} events "
                 f"(1..{result.head_seq}), {result.checkpoints} signed checkpoint(s), but the "
                 "rollback check could not run (see below)."]
    elif damage is None:
        lines = [f"Audit log intact: {result.events:,} events (1..{result.head_seq}), "
                 f"{result.checkpoints} signed checkpoint(s) verified."]
    else:
        lines = [f"Audit log DAMAGED: first bad event {damage.seq} ({damage.kind}): "
                 f"{damage.detail}.", f"Events 1..{result.head_seq} before it are intact."]
    lines += [f"note: {n}" for n in result.notes]
    ctx.out.result(data, lines)
    if damage is not None and damage.kind == "state_differs":
        ctx.out.error(f"the tables disagree with the audit log: {damage.detail}"
                      + (f" (and {len(result.mismatches) - 1:,} more)."
                         if len(result.mismatches) > 1 else "."))
        return CHECK_FAILED
    if damage is not None:
        ctx.out.error(f"the audit log is damaged at event {damage.seq} ({damage.kind}): "
                      f"{damage.detail}.")
        return CHECK_FAILED
    if result.memory_error is not None:
        ctx.out.error(result.memory_error.message)
        return CHECK_FAILED
    return OK


def cmd_audit_checkpoint(ctx: Context, args: argparse.Namespace) -> int:
    desk, me = ctx.signed_in()
    info = desk.audit.checkpoint(me, reason="manual")
    ctx.out.result(info.as_dict(), f"Signed checkpoint at event {info.seq} "
                   f"(head {info.head_hash[:16]}…, key id {info.key_id}).")
    return OK


def cmd_audit_baseline(ctx: Context, args: argparse.Namespace) -> int:
    desk, me = ctx.signed_in()
    report = baseline.record(desk.kernel, me)
    data = {"ok": True, "rows": report.rows, "customers": report.customers,
            "authenticators": report.authenticators, "staff": report.staff,
            "policies": report.policies, "events": report.events,
            "checkpoint": report.checkpoint}
    if not report.rows:
        ctx.out.result(data, "Every table row already has an event behind it; nothing was "
                             "recorded.")
        return OK
    lines = [
        f"Recorded the state of {report.rows:,} table row(s) that had no event behind them: "
        f"{report.customers:,} customer(s), {report.authenticators:,} authenticator(s), "
        f"{len(report.staff):,} staff, {len(report.policies):,} policy value(s), in events "
        f"{report.events[0]}..{report.events[-1]} (state.baselined), signed by the checkpoint "
        f"at event {report.checkpoint}."]
    lines += [f"  staff {name}: roles {', '.join(state['roles']) or '(none)'}, "
              f"{'active' if state['active'] else 'disabled'}, employee number "
              f"{state['employee_no']}" for name, state in report.staff.items()]
    lines += [f"  policy {name} = {value}" for name, value in report.policies.items()]
    lines.append("These are now the reference; check that you recognise every staff account "
                 "and policy value above. 'audit verify' checks these rows against them.")
    ctx.out.result(data, lines)
    return OK


def parse_moment(text: str) -> datetime:
    """An ISO date or date-time; without an offset it is taken as UTC."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date or time (use 2026-01-05 or 2026-01-05T09:00+09:00)"
        ) from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def cmd_audit_export(ctx: Context, args: argparse.Namespace) -> int:
    out = Path(args.out)
    file_format = args.format or ("csv" if out.suffix.lower() == ".csv" else "jsonl")
    if file_format not in EXPORT_FORMATS:
        raise UsageError(reason=f"unknown export format {file_format}")
    for path in (out, manifest_path(out)):
        if path.exists() and not args.force:
            raise UsageError(reason=f"{path} exists already; choose another name or add --force")
    if not out.parent.is_dir():
        raise UsageError(reason=f"the folder {out.parent} does not exist")
    desk, me = ctx.signed_in()
    flt = AuditFilter(since=args.since, until=args.until, actor=args.actor,
                      customer=args.customer, action=args.action, outcome=args.outcome)
    manifest = desk.audit.export(me, out, flt, ctx.out.progress("Exporting"),
                                 format=file_format)
    span = f" ({manifest.first_seq}..{manifest.last_seq})" if manifest.count else ""
    lines = [f"Exported {manifest.count:,} event(s){span} to {out}.",
             f"Manifest: {manifest_path(out)} (SHA-256 {manifest.file_sha256}).",
             f"Signed checkpoint at event {manifest.checkpoint['seq']} "
             f"(key id {manifest.checkpoint['key_id']})."]
    if not manifest.complete:
        lines.append("This is a filtered export: it proves each event's own hash, not that "
                     "no matching event is missing (see docs/audit-format.md).")
    ctx.out.result(manifest.as_dict(), lines)
    return OK


def cmd_audit_verify_export(ctx: Context, args: argparse.Namespace) -> int:
    """The same checks, findings and sentences as docs/verify_export.py; exit 1 when anything
    is found, 2 (by ExportUnreadable) when a file cannot be read at all."""
    if not ctx.username:
        raise SignInNeeded()  # before anything is read: the check is a signed-in person's act
    desk, me = ctx.signed_in()
    manifest = Path(args.manifest)
    verdict = desk.audit.verify_export(me, manifest, Path(args.file) if args.file else None)
    data = {"ok": verdict.ok, "manifest": str(manifest), "file": verdict.file,
            "events": verdict.events, "complete": verdict.complete, "filter": verdict.filter,
            "checkpoint_seq": verdict.checkpoint_seq, "key_id": verdict.key_id,
            "findings": [{"kind": f.kind, "seq": f.seq, "sentence": f.sentence}
                         for f in verdict.findings]}
    ctx.out.result(data, verdict.lines())
    if verdict.findings:
        # The sentence names the damaged event when one is named: that is where to look.
        first = next((f for f in verdict.findings if f.seq is not None), verdict.findings[0])
        more = len(verdict.findings) - 1
        also = f" (and {more} more finding{'s' if more > 1 else ''})" if more else ""
        ctx.out.error(f"the export does not verify: {first.sentence}{also}.")
        return CHECK_FAILED
    return OK


# -- policy --------------------------------------------------------------------------------------


def cmd_policy_show(ctx: Context, args: argparse.Namespace) -> int:
    desk, me = ctx.signed_in()
    values = desk.policies.current(me).as_dict()
    data = [{"name": name, "value": values[name], "default": spec.default,
             "minimum": spec.minimum, "maximum": spec.maximum, "unit": spec.unit,
             "description": spec.description, "source": spec.source}
            for name, spec in SPECS.items()]
    lines = []
    for row in data:
        changed = "" if row["value"] == row["default"] else f" (default {row['default']})"
        lines.append(f"{row['name']:<30} {row['value']:>5} {row['unit']}{changed}"
                     f"  — {row['description']}")
    ctx.out.result(data, lines)
    return OK


def cmd_policy_set(ctx: Context, args: argparse.Namespace) -> int:
    desk, me = ctx.signed_in()
    policy = desk.policies.set(me, args.name, args.value)
    value = policy.as_dict()[args.name]
    ctx.out.result({"name": args.name, "value": value},
                   f"Policy {args.name} set to {value} {SPECS[args.name].unit}.")
    return OK


# -- keys ----------------------------------------------------------------------------------------


def cmd_keys_status(ctx: Context, args: argparse.Namespace) -> int:
    desk, me = ctx.signed_in()  # opening refuses with one sentence if keys are missing or wrong
    status = desk.key_admin.status(me)
    if status.problem is not None:
        raise status.problem
    data = {"database_id": status.installation_id, "key_id": status.key_id,
            "public_key": status.public_key, "key_check": "ok", "keyring": status.backend,
            "handovers": [h.as_dict() for h in status.handovers]}
    lines = [f"Database id:  {status.installation_id}",
             f"Key id:       {status.key_id}",
             f"Public key:   {status.public_key}",
             f"Keyring:      {status.backend}",
             "Key check:    ok (the keys in this keyring belong to this database)"]
    lines += [f"Earlier key:  {h.previous_key_id} (handed over to {h.key_id} at event {h.seq}, "
              f"{h.ts})" for h in status.handovers]
    ctx.out.result(data, lines)
    return OK


def cmd_keys_rotate(ctx: Context, args: argparse.Namespace) -> int:
    desk, me = ctx.signed_in()
    done = desk.key_admin.rotate(me)
    ctx.out.result({"previous_key_id": done.previous_key_id, "key_id": done.key_id,
                    "handover_seq": done.handover_seq},
                   [f"Signing key {done.previous_key_id} handed over to {done.key_id} at event "
                    f"{done.handover_seq}.",
                    "Other workstations need a new key file (keys export, then keys import "
                    "there); their old key no longer signs."])
    return OK


def cmd_keys_export(ctx: Context, args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.exists():
        raise UsageError(reason=f"{out} exists already; choose another name")
    desk, me = ctx.signed_in()
    passphrase = ctx.prompter.secret("Passphrase for the key file", confirm=True)
    written = desk.key_admin.export_file(me, out, passphrase)
    ctx.out.result({"file": str(out), "database_id": written.database_id,
                    "key_id": written.key_id},
                   [f"Keys of database {written.database_id} (key id {written.key_id}) written "
                    f"to {out}.",
                    "Keep the file and its passphrase apart; anyone with both holds the keys."])
    return OK


def cmd_keys_import(ctx: Context, args: argparse.Namespace) -> int:
    """Store the keys, then have the administrator sign in (their sign-in needs the keys) and
    record it; if that fails, the keys are removed again."""
    path = Path(args.file)
    try:
        blob = path.read_bytes()
    except OSError as exc:
        raise UsageError(reason=f"{path} cannot be read: {exc.strerror}") from None
    if not ctx.username:
        raise SignInNeeded()
    db = ctx.database()
    with storage_errors():
        db.require_current()
    # A workstation that holds this database's keys already (a repeated import) keeps them
    # whatever happens below: the file cannot change them (it is proven against the same key
    # check), and a failed sign-in must not leave the workstation without its keys.
    try:
        ctx.open_desk()
        had_keys = True
    except (KeysMissing, WrongKey):
        had_keys = False
    passphrase = ctx.prompter.secret("Passphrase of the key file")
    store = stage_import(db, blob, passphrase, str(path))
    try:
        desk, me = ctx.signed_in()
        key_id = desk.key_admin.confirm_import(me, path.name)
    except BaseException:
        if not had_keys:
            store.forget()
        raise
    ctx.out.result({"database_id": desk.installation_id, "key_id": key_id,
                    "keyring": desk.keys.backend_name},
                   f"Keys of database {desk.installation_id} (key id {key_id}) stored "
                   f"in this workstation's keyring ({desk.keys.backend_name}).")
    return OK


# --- the look-back report (issue 12) ---------------------------------------------------------


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (use 2026-12-03)") from None


def cmd_report_lookback(ctx: Context, args: argparse.Namespace) -> int:
    out = Path(args.out)
    suffix = out.suffix.lower().lstrip(".")
    if suffix not in (ReportFormat.CSV, ReportFormat.PDF):
        raise UsageError(reason=f"the report is written as .csv or .pdf, not {out.name}")
    if out.exists() and not args.force:
        raise UsageError(reason=f"{out} exists already; choose another name or add --force")
    if not out.parent.is_dir():
        raise UsageError(reason=f"the folder {out.parent} does not exist")
    desk, me = ctx.signed_in()
    report = desk.lookback.export(me, args.start, args.end, suffix)
    if suffix == ReportFormat.CSV:
        # UTF-8 with a byte-order mark: Excel on a Japanese desk then reads it as UTF-8.
        data = lookback_csv(report).encode("utf-8-sig")
    else:
        # Qt is loaded only for a PDF: the other commands start without it.
        from authdesk.printing.lookback import lookback_pdf

        data = lookback_pdf(**report.printable())
    write_private(out, data)  # it names customers: readable by this account only
    totals = report.totals
    ctx.out.result({"file": str(out), "format": suffix, "from": args.start.isoformat(),
                    "to": args.end.isoformat(), "totals": dict(totals.items())},
                   [f"Look-back report {args.start}..{args.end}: {totals.requests:,} change "
                    f"request(s), {totals.approved:,} approved, {totals.with_exceptions:,} "
                    f"with exceptions, written to {out}."])
    return OK


# -- issue 12: reports -----------------------------------------------------------------------


def cmd_report_evidence(ctx: Context, args: argparse.Namespace) -> int:
    """The evidence pack of one change request (core.evidencepack), printed through
    authdesk.printing (Qt's PDF writer on the offscreen platform)."""
    from authdesk.core.evidencepack import jsonl_path, manifest_path_of, request_id_of
    from authdesk.printing.evidence import evidence_pdf

    request_id = request_id_of(args.request)  # a mistyped reference is refused before sign-in
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise UsageError(reason=f"{out} is not a .pdf file name")
    jsonl = jsonl_path(out)
    for path in (out, jsonl, manifest_path_of(jsonl)):
        if path.exists() and not args.force:
            raise UsageError(reason=f"{path} exists already; choose another name or add --force")
    if not out.parent.is_dir():
        raise UsageError(reason=f"the folder {out.parent} does not exist")
    desk, me = ctx.signed_in()
    files = desk.evidence.write(me, request_id, out, render=evidence_pdf)
    pack, cp = files.pack, files.pack.checkpoint
    ctx.out.result(
        {"request": pack.reference, "request_id": pack.request_id, "pdf": str(files.pdf),
         "jsonl": str(files.jsonl), "manifest": str(files.manifest), "events": pack.cited,
         "segment_from": pack.segment_from, "checkpoint_seq": cp["seq"],
         "key_id": cp["key_id"], "file_sha256": pack.manifest.file_sha256},
        [f"Evidence pack of {pack.reference}: {len(pack.lines)} event(s) of the request, in the "
         f"chain segment {pack.segment_from}..{cp['seq']} ({pack.segment_count:,} events).",
         f"PDF: {files.pdf}",
         f"JSONL: {files.jsonl} (SHA-256 {pack.manifest.file_sha256})",
         f"Manifest: {files.manifest}",
         f"Signed checkpoint at event {cp['seq']} (key id {cp['key_id']}). Check it with: "
         f"python docs/verify_export.py {files.jsonl} --key-id {cp['key_id']}"])
    return OK


# -- letters and the firm's identity (issue 11, letters) -----------------------------------------


def _batch_data(info: Any) -> dict[str, Any]:
    return {"batch": info.id, "day": info.day.isoformat(), "letters": info.letters,
            "status": str(info.status), "created_by": info.created_by,
            "printed_at": info.printed_at.isoformat() if info.printed_at else None,
            "printed_by": info.printed_by,
            "posted_at": info.posted_at.isoformat() if info.posted_at else None,
            "posted_by": info.posted_by}


def cmd_outbox_print(ctx: Context, args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.exists() and not args.force:
        raise UsageError(reason=f"{out} exists already; choose another name or add --force")
    if not out.parent.is_dir():
        raise UsageError(reason=f"the folder {out.parent} does not exist")
    if args.batch is not None and args.date is not None:
        raise UsageError(reason="give --date for a new batch or --batch for an existing one, "
                                "not both")
    desk, me = ctx.signed_in()
    batch_id = (args.batch if args.batch is not None
                else desk.letters.create_batch(me, args.date).id)
    # A batch whose PDF could not be written stays unprinted: '--batch N' writes it again.
    contents = desk.letters.contents(me, batch_id)
    from authdesk.printing.letters import batch_pdf
    from authdesk.printing.pdf import write_private

    write_private(out, batch_pdf(contents))
    info = contents.batch
    data = {**_batch_data(info), "file": str(out), "references": list(contents.references)}
    ctx.out.result(data, [
        f"Batch {info.id} ({info.day.isoformat()}): {len(contents.letters)} letter(s) written "
        f"to {out} (readable by you only).",
        f"After printing: 'outbox printed {info.id}'; after posting: 'outbox posted {info.id}' "
        "(the letters count as sent from then)."])
    return OK


def cmd_outbox_printed(ctx: Context, args: argparse.Namespace) -> int:
    desk, me = ctx.signed_in()
    info = desk.letters.mark_printed(me, args.batch)
    ctx.out.result(_batch_data(info), f"Batch {info.id} marked printed ({info.letters} "
                                      "letter(s)).")
    return OK


def cmd_outbox_posted(ctx: Context, args: argparse.Namespace) -> int:
    desk, me = ctx.signed_in()
    info = desk.letters.mark_posted(me, args.batch)
    ctx.out.result(_batch_data(info), f"Batch {info.id} marked posted: its {info.letters} "
                                      "letter(s) are sent.")
    return OK


def cmd_outbox_batches(ctx: Context, args: argparse.Namespace) -> int:
    desk, me = ctx.signed_in()
    batches = desk.letters.batches(me)
    lines = [f"{'BATCH':>6}  {'DAY':<10}  {'LETTERS':>7}  STATUS"]
    lines += [f"{b.id:>6}  {b.day.isoformat():<10}  {b.letters:>7}  {b.status}" for b in batches]
    if not batches:
        lines = ["No letter batches yet."]
    ctx.out.result([_batch_data(b) for b in batches], lines)
    return OK


def cmd_firm_show(ctx: Context, args: argparse.Namespace) -> int:
    desk, me = ctx.signed_in()
    firm = desk.firm.current(me)
    lines = [f"Name:    {firm.name}", f"Phone:   {firm.phone or '(not set)'}",
             f"Sender:  {firm.sender or '(not set)'}"]
    if not firm.configured:
        lines.append("Not set yet: letters cannot be printed until the name and phone are set.")
    ctx.out.result({**firm.as_dict(), "configured": firm.configured}, lines)
    return OK


def cmd_firm_set(ctx: Context, args: argparse.Namespace) -> int:
    if args.name is None and args.phone is None and args.sender is None:
        raise UsageError(reason="give --name, --phone or --sender")
    desk, me = ctx.signed_in()
    firm = desk.firm.set(me, name=args.name, phone=args.phone, sender=args.sender)
    ctx.out.result({**firm.as_dict(), "configured": firm.configured},
                   f"Firm set: {firm.name}, phone {firm.phone or '(not set)'}, sender "
                   f"{firm.sender or '(not set)'}.")
    return OK


# -- outbox (issue 11: e-mail notices) -----------------------------------------------------------


def cmd_outbox_send(ctx: Context, args: argparse.Namespace) -> int:
    """Send the e-mail notices that are due over the configured SMTP server."""
    desk, me = ctx.signed_in()
    desk.email.settings = ctx.config.smtp
    report = desk.email.send_due(me)
    data = {"attempted": report.attempted, "sent": report.sent, "retrying": report.retrying,
            "failed": report.failed}
    lines = [f"{report.attempted} e-mail notice(s) due: {len(report.sent)} sent, "
             f"{len(report.retrying)} to be tried again later, {len(report.failed)} failed."]
    if report.failed:
        lines.append("Failed notices hold the changes they gate; see the outbox for the "
                     f"reasons (notices {', '.join(str(i) for i in report.failed)}).")
    ctx.out.result(data, lines)
    return CHECK_FAILED if report.failed else OK


def cmd_outbox_smtp_password(ctx: Context, args: argparse.Namespace) -> int:
    """Store the SMTP login's password in this machine's keyring (administrators)."""
    desk, me = ctx.signed_in()
    desk.email.settings = ctx.config.smtp
    password = ctx.prompter.secret("SMTP password", confirm=True)
    desk.email.store_password(me, password)
    smtp = ctx.config.smtp
    assert smtp is not None  # store_password refused otherwise
    ctx.out.result({"host": smtp.host, "user": smtp.user},
                   f"The SMTP password for {smtp.user} at {smtp.host} is in this machine's "
                   "keyring.")
    return OK
