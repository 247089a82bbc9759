"""AuthDesk: identity verification and four-eyes withdrawal-account changes.

What the program is made of:

- ``authdesk.core``    the rules, in plain Python with no Qt: staff sign-in, customer TOTP
                       step-up, documents, bank accounts, risk, change requests, the audit log.
- ``authdesk.storage`` where they are stored: SQLAlchemy tables, the engine, Alembic migrations.
- ``authdesk.gui``     the PySide6 desktop app; it only asks the core and shows the answer.
- ``authdesk.cli``     ``authdesk-admin``, the scriptable tool for IT and auditors.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("authdesk")
except PackageNotFoundError:  # running from a source tree without installation metadata
    __version__ = "0.0.0"

APP_NAME = "AuthDesk"
