"""``authdesk-admin``: the scriptable tool for IT and auditors.

Exit codes: 0 done; 1 a check failed (the audit log is damaged, or a rule refused the action);
2 a usage or environment error (bad arguments, database unreachable, no keyring, missing or
wrong keys, a corrupt configuration file). Every failure is one sentence on stderr, never a
traceback (set AUTHDESK_DEBUG=1 to see one for an unexpected error). With ``--json`` the result,
or the error, is also one JSON document on stdout.

Passwords and passphrases are read from a prompt, or from standard input when it is not a
terminal, never from the command line.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, NoReturn

from authdesk import __version__
from authdesk.cli import commands, shared
from authdesk.cli.context import Context, Output, Prompter, UsageError
from authdesk.core.config import load_config
from authdesk.core.csvimport import CsvImportError
from authdesk.core.errors import (
    AppRoleNotSetUp,
    AuditLogWritable,
    AuthDeskError,
    ConfigError,
    DatabaseNotInitialised,
    DatabaseTooNew,
    DatabaseUnavailable,
    InvalidInput,
    NotFound,
)
from authdesk.core.exportverify import ExportUnreadable
from authdesk.core.kernel import translate_storage_error
from authdesk.core.keyfile import (
    KeyFileForOtherDatabase,
    KeyFileUnreadable,
    WeakPassphrase,
    WrongPassphrase,
)
from authdesk.core.keys import KeyringUnavailable, KeysMissing, WrongKey
from authdesk.core.policy import SPECS
from authdesk.core.roles import STAFF_ROLES
from authdesk.core.staff import WeakPassword
from authdesk.storage.db import StorageError

EXIT_OK, EXIT_CHECK_FAILED, EXIT_USAGE = 0, 1, 2

# Errors of the caller's input or of the environment; any other refusal is a failed check.
_USAGE_ERRORS: tuple[type[AuthDeskError], ...] = (
    UsageError, InvalidInput, NotFound, WeakPassword, WeakPassphrase, ConfigError,
    DatabaseUnavailable, DatabaseTooNew, DatabaseNotInitialised, KeyringUnavailable, KeysMissing,
    WrongKey, KeyFileUnreadable, KeyFileForOtherDatabase, WrongPassphrase, ExportUnreadable,
    CsvImportError,
    AuditLogWritable, AppRoleNotSetUp,
)
# Issue 11, e-mail notices: a missing SMTP configuration or password is the environment's.
from authdesk.core.emailnotices import SmtpNotConfigured, SmtpPasswordMissing  # noqa: E402

_USAGE_ERRORS += (SmtpNotConfigured, SmtpPasswordMissing)

Handler = Callable[[Context, argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """Usage errors become one sentence (via UsageError) instead of argparse's own exit."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(reason=f"{message} (see '{self.prog} --help')")


def build_parser() -> argparse.ArgumentParser:
    # Global options are accepted before or after the command ('authdesk-admin audit verify
    # --json'); SUPPRESS keeps a command's copy from overwriting the one given before it.
    common = _Parser(add_help=False)
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help="database URL (default: config file, AUTHDESK_DATABASE_URL, "
                             "or SQLite in the user data folder)")
    common.add_argument("--config", metavar="FILE", default=argparse.SUPPRESS,
                        help="configuration file (default: AUTHDESK_CONFIG or the user "
                             "config folder)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="machine-readable output: one JSON document on stdout")
    common.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS,
                        help="act as this staff member: their password and the code from "
                             "their authenticator app are asked for (or read as two lines of "
                             "standard input), and their roles decide what is allowed")

    parser = _Parser(prog="authdesk-admin", parents=[common],
                     description="AuthDesk administration: set-up, staff, customer import, "
                                 "audit log, policy and keys. Every command but --help, "
                                 "--version, init and demo-seed on an empty database acts as "
                                 "the person named by --user.",
                     epilog="Exit codes: 0 ok, 1 check failed, 2 usage or environment error.")
    parser.add_argument("--version", action="version", version=f"authdesk-admin {__version__}")
    top = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(group: argparse._SubParsersAction[_Parser], name: str,
                handler: Handler, help_text: str) -> argparse.ArgumentParser:
        sub = group.add_parser(name, parents=[common], help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    init = command(top, "init", commands.cmd_init,
                   "create or upgrade the database and its keys; create the first administrator")
    init.add_argument("--admin-username", metavar="NAME")
    init.add_argument("--admin-name", metavar="TEXT", help="the administrator's full name")
    init.add_argument("--admin-employee-no", metavar="NUMBER")
    init.add_argument("--no-admin", action="store_true",
                      help="do not create the first administrator now")
    init.add_argument("--owner-url", metavar="URL",
                      help="PostgreSQL: the database as the role that owns its tables; the "
                           "schema, the keys and the grants are set up through it (default: "
                           "--db or the configuration)")
    init.add_argument("--app-role", metavar="NAME",
                      help="PostgreSQL: the role workstations connect as, given SELECT and "
                           "INSERT only on the audit tables; created if missing (its password "
                           "is asked for, or read from standard input); remembered, so a later "
                           "init grants new tables to it too")

    staff = top.add_parser("staff", help="staff accounts").add_subparsers(
        dest="staff_command", metavar="ACTION", required=True)
    add = command(staff, "add", commands.cmd_staff_add,
                  "add a staff member (the password is prompted or read from stdin)")
    add.add_argument("--username", required=True)
    add.add_argument("--name", required=True, help="full name")
    add.add_argument("--employee-no", required=True)
    add.add_argument("--role", required=True, action="append",
                     choices=[r.value for r in STAFF_ROLES],
                     help="repeat for several roles")
    command(staff, "list", commands.cmd_staff_list, "list staff accounts")
    for name, handler, text in (
        ("disable", commands.cmd_staff_disable, "disable an account and end its sessions"),
        ("unlock", commands.cmd_staff_unlock, "clear a sign-in lockout"),
        ("reset-totp", commands.cmd_staff_reset_totp,
         "issue a new authenticator key (printed once); open sessions end"),
        ("reset-password", commands.cmd_staff_reset_password,
         "set a new password (asked for, or read from stdin); open sessions end"),
    ):
        command(staff, name, handler, text).add_argument("username")

    command(top, "demo-seed", commands.cmd_demo_seed,
            "fill an EMPTY database with clearly fictitious staff and customers")

    customers = top.add_parser("customers", help="the customer book").add_subparsers(
        dest="customers_command", metavar="ACTION", required=True)
    customer_import = command(
        customers, "import", commands.cmd_customers_import,
        "import customers from a CSV file (UTF-8 or Shift_JIS): every row or none; bad rows "
        "are listed with their line (administrators)")
    customer_import.add_argument("file", metavar="FILE")

    audit = top.add_parser("audit", help="the audit log").add_subparsers(
        dest="audit_command", metavar="ACTION", required=True)
    command(audit, "verify", commands.cmd_audit_verify,
            "check the hash chain, the signed checkpoints and this workstation's memory")
    command(audit, "checkpoint", commands.cmd_audit_checkpoint, "sign the current head")
    command(audit, "baseline", commands.cmd_audit_baseline,
            "once after an upgrade: record the state of the table rows an older version left "
            "with no event behind them; refused, recording nothing, if any row differs from "
            "its event (administrators; docs/audit-format.md 9.4)")
    export = command(audit, "export", commands.cmd_audit_export,
                     "export events (JSONL or CSV) with a manifest, after a signed checkpoint")
    export.add_argument("--out", required=True, metavar="FILE")
    export.add_argument("--format", choices=["jsonl", "csv"],
                        help="default: csv for a .csv file name, else jsonl")
    export.add_argument("--force", action="store_true", help="replace existing files")
    export.add_argument("--since", type=commands.parse_moment, metavar="TIME",
                        help="from this time (ISO 8601; UTC unless an offset is given)")
    export.add_argument("--until", type=commands.parse_moment, metavar="TIME",
                        help="before this time")
    export.add_argument("--actor", metavar="USERNAME")
    export.add_argument("--customer", metavar="NUMBER")
    export.add_argument("--action", metavar="PREFIX", help="dotted action or its prefix")
    export.add_argument("--outcome", choices=["ok", "refused", "failed"])
    verify_export = command(audit, "verify-export", commands.cmd_audit_verify_export,
                            "check an export and its signed manifest as docs/verify_export.py "
                            "does, against this database's signing key (exit 0 intact, 1 "
                            "damaged, 2 unreadable)")
    verify_export.add_argument("manifest", metavar="MANIFEST",
                               help="the export's FILE.manifest.json")
    verify_export.add_argument("--file", metavar="FILE",
                               help="the export file (default: the file the manifest names, "
                                    "in the manifest's folder)")

    policy = top.add_parser("policy", help="policy values").add_subparsers(
        dest="policy_command", metavar="ACTION", required=True)
    command(policy, "show", commands.cmd_policy_show, "show every policy value")
    policy_set = command(policy, "set", commands.cmd_policy_set, "change one policy value")
    policy_set.add_argument("name", choices=sorted(SPECS), metavar="NAME")
    policy_set.add_argument("value", type=int)

    keys = top.add_parser("keys", help="the keys in this workstation's keyring").add_subparsers(
        dest="keys_command", metavar="ACTION", required=True)
    command(keys, "status", commands.cmd_keys_status, "show the key id and check the keys")
    key_export = command(keys, "export", commands.cmd_keys_export,
                         "write the keys to a passphrase-protected file for another workstation")
    key_export.add_argument("--out", required=True, metavar="FILE")
    key_import = command(keys, "import", commands.cmd_keys_import,
                         "store the keys from a key file in this workstation's keyring")
    key_import.add_argument("file", metavar="FILE")
    command(keys, "rotate", commands.cmd_keys_rotate,
            "replace the audit signing key (a hand-over checkpoint signed by both keys)")

    # Reports for supervisors and auditors (issue 12). The group is shared: each report adds
    # its own command below.
    report = top.add_parser("report", help="reports for supervisors and auditors").add_subparsers(
        dest="report_command", metavar="REPORT", required=True)
    # the look-back report (issue 12)
    lookback = command(report, "lookback", commands.cmd_report_lookback,
                       "every change request created in a period (Japan dates, both "
                       "included) and how each was verified, with totals; CSV or PDF by the "
                       "file name's suffix (supervisors and auditors)")
    lookback.add_argument("--from", dest="start", required=True, type=commands.parse_day,
                          metavar="YYYY-MM-DD")
    lookback.add_argument("--to", dest="end", required=True, type=commands.parse_day,
                          metavar="YYYY-MM-DD")
    lookback.add_argument("--out", required=True, metavar="FILE", help="FILE.csv or FILE.pdf")
    lookback.add_argument("--force", action="store_true", help="replace an existing file")
    # issue 12, evidence pack
    evidence = command(report, "evidence", commands.cmd_report_evidence,
                       "the evidence pack of one change request: FILE.pdf, FILE.jsonl and its "
                       "signed manifest, checkable with docs/verify_export.py (supervisors and "
                       "auditors)")
    evidence.add_argument("request", metavar="REQUEST",
                          help="the request's number or reference (R0000123-4)")
    evidence.add_argument("--out", required=True, metavar="FILE.pdf")
    evidence.add_argument("--force", action="store_true", help="replace existing files")
    # issue 11, letters: the mail room's batches and the firm's identity
    outbox = top.add_parser("outbox", help="letters and e-mail notices to customers"
                            ).add_subparsers(dest="outbox_command", metavar="ACTION",
                                             required=True)
    outbox_print = command(outbox, "print", commands.cmd_outbox_print,
                           "put the letters waiting up to the end of a day (Japan time) in a "
                           "new batch and write it as one PDF: a cover sheet listing the "
                           "references, then one letter a page (supervisors)")
    outbox_print.add_argument("--date", type=commands.parse_day, metavar="YYYY-MM-DD",
                              help="the day (default: today in Japan)")
    outbox_print.add_argument("--out", required=True, metavar="FILE.pdf")
    outbox_print.add_argument("--batch", type=int, metavar="BATCH",
                              help="write this existing, not yet posted batch again instead")
    outbox_print.add_argument("--force", action="store_true", help="replace an existing file")
    command(outbox, "printed", commands.cmd_outbox_printed,
            "mark a batch printed").add_argument("batch", type=int, metavar="BATCH")
    command(outbox, "posted", commands.cmd_outbox_posted,
            "mark a printed batch posted: its letters are then sent").add_argument(
        "batch", type=int, metavar="BATCH")
    command(outbox, "batches", commands.cmd_outbox_batches, "list the newest batches")
    firm = top.add_parser("firm", help="the firm's name, phone number and sender address"
                          ).add_subparsers(dest="firm_command", metavar="ACTION", required=True)
    command(firm, "show", commands.cmd_firm_show, "show the firm's identity")
    firm_set = command(firm, "set", commands.cmd_firm_set,
                       "change the firm's identity (administrators); what is not given stays")
    firm_set.add_argument("--name", metavar="TEXT", help="printed on letters, and the issuer "
                                                         "customers' authenticator apps show")
    firm_set.add_argument("--phone", metavar="NUMBER",
                          help="the number letters tell customers to call, e.g. 0120-000-000")
    firm_set.add_argument("--sender", metavar="ADDRESS", help="the From address of e-mail notices")
    # issue 11, e-mail notices: the outbox's e-mail goes out from here (docs/notices.md)
    command(outbox, "send", commands.cmd_outbox_send,
            "send the e-mail notices that are due over the SMTP server in the configuration "
            "(supervisors; exit 1 if a notice failed for good)")
    command(outbox, "smtp-password", commands.cmd_outbox_smtp_password,
            "store the SMTP login's password in this machine's keyring (administrators; "
            "asked for, or read from standard input)")
    # shared mode (issue 10): the CA, workstation and server certificates
    shared.add_commands(top, command)
    return parser


def exit_code_for(error: AuthDeskError) -> int:
    return EXIT_USAGE if isinstance(error, _USAGE_ERRORS) else EXIT_CHECK_FAILED


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith((".", "!", "?", ")")) else text + "."


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: IO[str] | None = None,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
) -> int:
    """Run one command; return the exit code (the console script passes it to sys.exit)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    out = Output("--json" in argv, stdout or sys.stdout, stderr or sys.stderr)

    def fail(code: int, error: str, sentence: str) -> int:
        sentence = _sentence(sentence)
        out.error(sentence)
        if out.json_mode:
            json.dump({"ok": False, "error": error, "message": sentence, "exit": code},
                      out.stdout, ensure_ascii=False)
            out.stdout.write("\n")
        return code

    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        return fail(EXIT_USAGE, "UsageError", exc.message)
    except SystemExit as exc:  # --help and --version print and stop
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    ctx: Context | None = None
    try:
        out.json_mode = bool(getattr(args, "json", False))
        config_file = getattr(args, "config", None)
        config = load_config(Path(config_file) if config_file else None,
                             database_url=getattr(args, "db", None))
        ctx = Context.create(config, out, Prompter(stdin or sys.stdin, out.stderr),
                             getattr(args, "user", None))
        handler: Handler = args.handler
        shared.refuse_on_workstation(config, handler)  # shared mode (issue 10)
        return handler(ctx, args)
    except AuthDeskError as exc:
        return fail(exit_code_for(exc), type(exc).__name__, exc.message)
    except StorageError as exc:
        error = translate_storage_error(exc)
        return fail(EXIT_USAGE, type(error).__name__, error.message)
    except KeyboardInterrupt:
        return fail(EXIT_USAGE, "Interrupted", "interrupted; nothing more was done")
    except Exception as exc:
        if os.environ.get("AUTHDESK_DEBUG"):
            raise
        return fail(EXIT_USAGE, "InternalError",
                    f"unexpected internal error ({type(exc).__name__}: {exc}); run again with "
                    "AUTHDESK_DEBUG=1 to see where it happened")
    finally:
        if ctx is not None:
            ctx.close()


if __name__ == "__main__":
    sys.exit(main())
