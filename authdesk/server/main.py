"""``authdesk-server --config FILE [--check]``: the AuthDesk server (shared mode).

It alone holds the database address and the installation's keys: from the host's keyring, or
from an encrypted key file (``authdesk-admin keys export``) unlocked at start with the
passphrase from ``AUTHDESK_KEY_PASSPHRASE``, the file named by ``AUTHDESK_KEY_PASSPHRASE_FILE``
(a systemd credential) or a prompt. Its clock is the only clock for TOTP
windows and audit times. uvicorn serves it over HTTPS with client certificates and shuts it
down gracefully on SIGTERM or SIGINT (requests in flight finish).

``--check`` tests the configuration, the certificate files, the database (reachable, schema
current, a role that cannot change the audit log), the keys and the clock, prints one line per
check, and exits 0 when all pass, 1 otherwise, without serving.

Exit codes: 0 done, 1 a check failed, 2 the server could not start (one sentence on stderr).
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import logging
import os
import ssl
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import keyring.backend
from cryptography import x509
from sqlalchemy import select, text

from authdesk.core.desk import Desk
from authdesk.core.errors import AuthDeskError
from authdesk.core.kernel import storage_errors
from authdesk.core.keyfile import KeyFileForOtherDatabase, unseal
from authdesk.core.keys import KeyCheck, KeyStore, MemoryKeyring
from authdesk.core.workstation import Workstation
from authdesk.server.app import Server, create_app
from authdesk.server.checkpoints import CheckpointTask
from authdesk.server.config import ServerConfig, load_server_config
from authdesk.server.tls import ClientCertificateProtocol, server_ssl_context
from authdesk.storage.db import Database
from authdesk.storage.models import Meta

log = logging.getLogger("authdesk.server")
PASSPHRASE_ENV = "AUTHDESK_KEY_PASSPHRASE"
PASSPHRASE_FILE_ENV = "AUTHDESK_KEY_PASSPHRASE_FILE"
CLOCK_TOLERANCE = dt.timedelta(seconds=2)
EXIT_OK, EXIT_CHECK_FAILED, EXIT_START = 0, 1, 2
# The workstation name of the server's own work (the interval checkpoint).
SYSTEM_WORKSTATION = "authdesk-server"


class _JsonLines(logging.Formatter):
    """One JSON object a line: the server's own entries are JSON already; others are wrapped."""

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        try:
            entry = json.loads(message)
            if not isinstance(entry, dict):
                raise ValueError
        except ValueError:
            entry = {"event": "log", "message": message}
        stamp = dt.datetime.fromtimestamp(record.created, dt.UTC)
        return json.dumps({"ts": stamp.isoformat(timespec="milliseconds"),
                           "level": record.levelname.lower(), "logger": record.name, **entry},
                          ensure_ascii=False)


def configure_logging() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_JsonLines())
    for name in ("authdesk", "uvicorn", "uvicorn.error"):
        logger = logging.getLogger(name)
        logger.handlers = [handler]
        logger.setLevel(logging.INFO)
        logger.propagate = False


def _meta(db: Database) -> dict[str, str]:
    with storage_errors():
        db.require_current()
        with db.read() as s:
            return {m.key: m.value for m in s.scalars(select(Meta))}


def key_backend(config: ServerConfig, db: Database,
                passphrase: str | None = None) -> keyring.backend.KeyringBackend | None:
    """None: the host's keyring. With ``key_file``: the keys unsealed into this process's
    memory (proven against the database's key check first)."""
    if config.key_file is None:
        return None
    meta = _meta(db)
    if passphrase is None:
        passphrase = os.environ.get(PASSPHRASE_ENV)
    if passphrase is None and os.environ.get(PASSPHRASE_FILE_ENV):
        # systemd's LoadCredential: a file only this service can read.
        try:
            passphrase = Path(os.environ[PASSPHRASE_FILE_ENV]).read_text(
                encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise StartRefused(reason=f"{PASSPHRASE_FILE_ENV} cannot be read "
                                      f"({exc.strerror})") from None
    if passphrase is None:
        if not sys.stdin.isatty():
            raise StartRefused(reason=f"the key file needs its passphrase: set {PASSPHRASE_ENV} "
                                      "or start the server on a terminal")
        passphrase = getpass.getpass(f"Passphrase of {config.key_file}: ")
    try:
        blob = config.key_file.read_bytes()
    except OSError as exc:
        raise StartRefused(reason=f"{config.key_file} cannot be read ({exc.strerror})") from None
    header, material = unseal(blob, passphrase, str(config.key_file))
    installation = meta.get("installation_id", "")
    if header.database_id != installation:
        raise KeyFileForOtherDatabase(found=header.database_id, expected=installation)
    backend = MemoryKeyring()
    KeyStore(installation, backend).import_material(
        material, KeyCheck(meta["key_check"], meta["signing_public_key"], meta["key_id"]))
    return backend


class StartRefused(AuthDeskError):
    template = "The server did not start: {reason}."


def open_server(config: ServerConfig, *, passphrase: str | None = None) -> Server:
    db = Database(config.database_url)
    try:
        backend = key_backend(config, db, passphrase)
        # Desk.open refuses a role that could change the audit log, a schema that is not
        # current, and keys that are missing or not this database's.
        opened = Desk.open(db, workstation=_placeholder(config), keyring_backend=backend)
    except BaseException:
        db.dispose()
        raise
    config.data_dir.mkdir(parents=True, exist_ok=True)
    return Server(db, opened.keys, data_dir=config.data_dir,
                  revocation_cache_seconds=config.revocation_cache_seconds,
                  witness_dir=config.witness_dir)


def _placeholder(config: ServerConfig) -> Workstation:
    # Opening needs a workstation; each request gets its own, named by its certificate.
    return Workstation(SYSTEM_WORKSTATION, config.data_dir / "server-state.json",
                       config.witness_dir)


def serve(config: ServerConfig, server: Server) -> None:
    import uvicorn

    def context(_config: uvicorn.Config, _default: Any) -> ssl.SSLContext:
        return server_ssl_context(config.certificate, config.key, config.ca_certificate)

    uv_config = uvicorn.Config(
        create_app(server), host=config.host, port=config.port,
        http=ClientCertificateProtocol, ssl_context_factory=context,
        ssl_certfile=str(config.certificate), ssl_keyfile=str(config.key),
        access_log=False, log_config=None, timeout_graceful_shutdown=15,
        server_header=False, lifespan="off")
    log.info(json.dumps({"event": "server.starting", "listen": f"{config.host}:{config.port}",
                         "database": server.db.describe()}))
    checkpoints = CheckpointTask(server.desk(SYSTEM_WORKSTATION))
    checkpoints.start()
    try:
        uvicorn.Server(uv_config).run()
    finally:
        checkpoints.stop()
        server.db.dispose()
        log.info(json.dumps({"event": "server.stopped"}))


# -- --check -------------------------------------------------------------------------------------


def check(config: ServerConfig, out: Any) -> int:
    failures = 0

    def line(ok: bool, what: str, detail: str) -> None:
        nonlocal failures
        failures += 0 if ok else 1
        out.write(f"{'ok  ' if ok else 'FAIL'} {what}: {detail}\n")

    line(True, "configuration", str(config.config_file))
    try:
        ca = x509.load_pem_x509_certificate(config.ca_certificate.read_bytes())
        cert = x509.load_pem_x509_certificate(config.certificate.read_bytes())
        cert.verify_directly_issued_by(ca)
        server_ssl_context(config.certificate, config.key, config.ca_certificate)
        days = (cert.not_valid_after_utc - dt.datetime.now(dt.UTC)).days
        line(days > 0, "certificates",
             f"{config.certificate.name} issued by {ca.subject.rfc4514_string()}, "
             f"{days} days left; key {config.key.name} matches")
    except (OSError, ValueError, TypeError, ssl.SSLError) as exc:
        line(False, "certificates", f"{type(exc).__name__}: {exc}")
    try:
        server = open_server(config)
    except AuthDeskError as exc:
        line(False, "database and keys", exc.message)
        return EXIT_CHECK_FAILED
    try:
        line(True, "database", f"{server.db.describe()}: reachable, schema current, its role "
                               "cannot change the audit log")
        line(True, "keys", f"key id {server.keys.key_check().key_id} "
                           f"({'key file' if config.key_file else server.keys.backend_name})")
        line(*_clock(server.db))
    finally:
        server.db.dispose()
    return EXIT_OK if failures == 0 else EXIT_CHECK_FAILED


def _clock(db: Database) -> tuple[bool, str, str]:
    if db.is_sqlite:
        return True, "clock", "SQLite: this host's clock is the only one"
    with storage_errors(), db.read() as s:
        theirs = s.execute(text("SELECT clock_timestamp()")).scalar_one()
    drift = abs(theirs - dt.datetime.now(dt.UTC))
    return (drift <= CLOCK_TOLERANCE, "clock",
            f"{drift.total_seconds():.3f} s from the database server's clock "
            f"(at most {CLOCK_TOLERANCE.total_seconds():.0f} s)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="authdesk-server", description=__doc__.split("\n")[0])
    parser.add_argument("--config", required=True, metavar="FILE", type=Path)
    parser.add_argument("--check", action="store_true",
                        help="check configuration, certificates, database, keys and clock")
    args = parser.parse_args(argv)
    configure_logging()
    try:
        config = load_server_config(args.config)
        if args.check:
            return check(config, sys.stdout)
        server = open_server(config)
    except AuthDeskError as exc:
        sys.stderr.write(f"authdesk-server: {exc.message}\n")
        return EXIT_START
    serve(config, server)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
