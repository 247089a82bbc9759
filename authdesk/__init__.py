"""AuthDesk: identity verification and four-eyes withdrawal-account changes.

What the program is made of:

- ``authdesk.core``    the rules, in plain Python with no Qt: staff sign-in, customer TOTP
                       step-up, documents, bank accounts, risk, change requests, the audit log.
- ``authdesk.storage`` where they are stored: SQLAlchemy tables, the engine, Alembic migrations.
- ``authdesk.gui``     the PySide6 desktop app; it only asks the core and shows the answer.
- ``authdesk.cli``     ``authdesk-admin``, the scriptable tool for IT and auditors.
"""

from __future__ import annotations

APP_NAME = "AuthDesk"


def __getattr__(name: str) -> str:
    """``__version__`` is read from the package metadata on first use: importlib.metadata and
    the scan of the installed distributions cost about as much as a bare Qt window's start, so
    the app does it after its sign-in window is up (issue 14)."""
    if name != "__version__":
        raise AttributeError(f"module 'authdesk' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("authdesk")
    except PackageNotFoundError:  # running from a source tree without installation metadata
        found = "0.0.0"
    globals()["__version__"] = found
    return found
