"""``authdesk-admin`` commands of shared mode (issue 10): the installation's certificate
authority, workstations' client certificates, servers' TLS certificates.

``workstation enroll NAME --out DIR`` writes ``DIR/NAME.crt`` (the certificate),
``DIR/NAME.key`` (its key, encrypted PKCS#8, readable by its owner only) and ``DIR/ca.crt``, and
prints the key's passphrase once: the workstation keeps it in its OS keyring
(``authdesk.client.identity``), never in a file.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from authdesk.cli import commands
from authdesk.cli.context import Context, UsageError
from authdesk.core.authority import SessionHandle
from authdesk.core.certificates import KIND_SERVER, CertificateService, Issued
from authdesk.core.config import Config

OK = 0


def _service(ctx: Context) -> tuple[CertificateService, SessionHandle]:
    desk, me = ctx.signed_in()
    return CertificateService(desk.kernel), me


def cmd_ca_init(ctx: Context, args: argparse.Namespace) -> int:
    service, me = _service(ctx)
    pem = service.create_ca(me)
    ctx.out.result({"ca_certificate": pem.decode("ascii")},
                   ["Certificate authority created; its key is in this machine's keyring.",
                    "Enrol workstations with 'authdesk-admin workstation enroll NAME --out DIR'."])
    return OK


def _targets(out: Path, name: str) -> dict[str, Path]:
    if not out.is_dir():
        raise UsageError(reason=f"the folder {out} does not exist")
    files = {"certificate": out / f"{name}.crt", "key": out / f"{name}.key",
             "ca": out / "ca.crt"}
    for path in (files["certificate"], files["key"]):
        if path.exists():
            raise UsageError(reason=f"{path} exists already; choose another folder")
    return files


def _write(files: dict[str, Path], issued: Issued) -> None:
    # The key file is created readable by its owner only, before any byte is written.
    fd = os.open(files["key"], os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as key_file:
        key_file.write(issued.key_pem)
    files["certificate"].write_bytes(issued.certificate_pem)
    files["ca"].write_bytes(issued.ca_pem)


def cmd_workstation_enroll(ctx: Context, args: argparse.Namespace) -> int:
    files = _targets(Path(args.out), args.name)
    service, me = _service(ctx)
    issued = service.enroll(me, args.name)
    _write(files, issued)
    data = {"name": issued.name, "serial": issued.serial,
            "not_after": issued.not_after.isoformat(),
            **{k: str(v) for k, v in files.items()}, "key_passphrase": issued.passphrase}
    ctx.out.result(data, [
        f"Workstation {issued.name} enrolled (certificate serial {issued.serial}, valid until "
        f"{issued.not_after:%Y-%m-%d}).",
        f"  certificate: {files['certificate']}",
        f"  key:         {files['key']} (encrypted)",
        f"  CA:          {files['ca']}",
        f"Passphrase of the key (shown once; store it in the workstation's keyring with "
        f"'authdesk-admin workstation install --key FILE'): {issued.passphrase}"])
    return OK


def cmd_workstation_revoke(ctx: Context, args: argparse.Namespace) -> int:
    service, me = _service(ctx)
    serials = service.revoke(me, args.name)
    ctx.out.result({"name": args.name, "revoked": serials},
                   f"Workstation {args.name} revoked (serial {', '.join(serials)}); the server "
                   "refuses it from its next request.")
    return OK


def cmd_workstation_list(ctx: Context, args: argparse.Namespace) -> int:
    service, me = _service(ctx)
    rows = service.list(me)
    lines = [f"{'KIND':<12} {'NAME':<24} {'SERIAL':<42} STATE"]
    for r in rows:
        state = (f"revoked {r.revoked_at:%Y-%m-%d %H:%M}Z" if r.revoked_at
                 else f"valid until {r.not_after:%Y-%m-%d}")
        lines.append(f"{r.kind:<12} {r.name:<24} {r.serial:<42} {state}")
    ctx.out.result([{"kind": r.kind, "name": r.name, "serial": r.serial,
                     "fingerprint": r.fingerprint, "issued_at": r.issued_at.isoformat(),
                     "not_after": r.not_after.isoformat(),
                     "revoked_at": r.revoked_at.isoformat() if r.revoked_at else None}
                    for r in rows], lines if rows else ["No certificates issued yet."])
    return OK


def cmd_server_certificate(ctx: Context, args: argparse.Namespace) -> int:
    files = _targets(Path(args.out), args.name)
    service, me = _service(ctx)
    issued = service.server_certificate(me, args.name, list(args.host))
    _write(files, issued)
    data = {"name": issued.name, "kind": KIND_SERVER, "serial": issued.serial,
            "hosts": list(args.host), **{k: str(v) for k, v in files.items()}}
    ctx.out.result(data, [
        f"Server certificate {issued.name} for {', '.join(args.host)} (serial "
        f"{issued.serial}, valid until {issued.not_after:%Y-%m-%d}).",
        f"  certificate: {files['certificate']}",
        f"  key:         {files['key']} (readable by its owner only)",
        f"  CA:          {files['ca']}"])
    return OK


def cmd_workstation_install(ctx: Context, args: argparse.Namespace) -> int:
    """On the workstation: keep the key's passphrase in this workstation's keyring (checked
    against the key first). No database and no sign-in: the key is this desk's own."""
    from authdesk.client.identity import install_passphrase

    key = Path(args.key)
    if not key.is_file():
        raise UsageError(reason=f"{key} does not exist")
    passphrase = ctx.prompter.secret("Passphrase of the workstation key")
    entry = install_passphrase(key, passphrase)
    ctx.out.result({"key": str(key), "keyring_entry": entry},
                   [f"The passphrase of {key} is in this workstation's keyring.",
                    "config.toml then names server_url, client_certificate, client_key and "
                    "ca_certificate (docs/deployment.md)."])
    return OK


# What an administrator may run from a workstation in shared mode: the operations the wire
# carries. Everything else (set-up, keys, the CA, imports, exports, verification) runs on the
# server host, where authdesk-admin reaches the database with --db.
_ON_WORKSTATION = {
    commands.cmd_staff_add, commands.cmd_staff_list, commands.cmd_staff_disable,
    commands.cmd_staff_unlock, commands.cmd_staff_reset_totp,
    commands.cmd_staff_reset_password, commands.cmd_policy_show, commands.cmd_policy_set,
    commands.cmd_audit_checkpoint, cmd_workstation_install,
}


class ServerHostOnly(UsageError):
    template = (
        "in shared mode this command runs on the server host (authdesk-admin --db URL ...); "
        "from a workstation only staff, policy, 'audit checkpoint' and 'workstation install' "
        "go through the AuthDesk server"
    )


def refuse_on_workstation(config: Config, handler: Callable[..., int]) -> None:
    """In shared mode, only what the wire carries. (Without server_url the CLI may reach a
    PostgreSQL database from its configuration: on the server host that is how set-up and
    upgrades run; the desktop app refuses it, core.config.refuse_direct_shared_database.)"""
    if config.shared and handler not in _ON_WORKSTATION:
        raise ServerHostOnly()


def add_commands(top: Any, cmd: Callable[..., argparse.ArgumentParser]) -> None:
    """Register the commands on the parser ``main.build_parser`` builds; ``cmd`` is its helper
    ``command(group, name, handler, help)``."""
    ca = top.add_parser("ca", help="the installation's certificate authority (shared mode)"
                        ).add_subparsers(dest="ca_command", metavar="ACTION", required=True)
    cmd(ca, "init", cmd_ca_init,
        "create the certificate authority; its key goes into this machine's keyring")
    ws = top.add_parser("workstation", help="workstations' client certificates (shared mode)"
                        ).add_subparsers(dest="workstation_command", metavar="ACTION",
                                         required=True)
    enroll = cmd(ws, "enroll", cmd_workstation_enroll,
                 "issue a workstation's certificate and encrypted key into a folder; the key's "
                 "passphrase is printed once")
    enroll.add_argument("name", metavar="NAME")
    enroll.add_argument("--out", required=True, metavar="DIR")
    cmd(ws, "revoke", cmd_workstation_revoke,
        "revoke a workstation's certificate; the server refuses it from the next request"
        ).add_argument("name", metavar="NAME")
    cmd(ws, "list", cmd_workstation_list,
        "list the certificates issued (workstations and servers)")
    cmd(ws, "install", cmd_workstation_install,
        "on the workstation: keep its key's passphrase (asked for, or read from standard "
        "input) in this workstation's keyring").add_argument("--key", required=True,
                                                              metavar="FILE")
    server = top.add_parser("server", help="servers' TLS certificates (shared mode)"
                            ).add_subparsers(dest="server_command", metavar="ACTION",
                                             required=True)
    cert = cmd(server, "certificate", cmd_server_certificate,
               "issue a server's TLS certificate and key into a folder")
    cert.add_argument("name", metavar="NAME")
    cert.add_argument("--host", required=True, action="append", metavar="HOST",
                      help="a DNS name or IP address the server answers on; repeat for several")
    cert.add_argument("--out", required=True, metavar="DIR")
